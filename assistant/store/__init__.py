"""Where users' work is kept: drafts with versions, personal phrases and marks, in SQLite or PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from .base import DraftInfo, DraftStore, StoreError, check_id
from .database import Database, environment_url, explain, sqlite_url
from .drafts import SqlDraftStore, VersionInfo
from .migrations import LATEST as SCHEMA_VERSION
from .personal_search import PersonalSearch, boost
from .phrases import Mark, PersonalPhrases, conflicts
from .users import LOCAL_USER, Identity, check_user

DATA_DIR_ENV = "QICAO_DATA_DIR"
DB_FILE = "qicao.db"


def data_dir() -> Path:
    """Return the folder for the user's data: $QICAO_DATA_DIR, else the platform's user data folder."""
    configured = os.environ.get(DATA_DIR_ENV)
    return Path(configured) if configured else Path(user_data_dir("qicao", appauthor=False))


def database_url() -> str:
    """Return the configured database: $QICAO_DB_URL, $GONGWEN_DB_URL, else an SQLite file in data_dir()."""
    return environment_url() or sqlite_url(data_dir() / DB_FILE)


def open_database(url: str | None = None) -> Database:
    """Open the database at `url` (default: database_url())."""
    return Database(url or database_url())


def default_store(user: str = LOCAL_USER) -> SqlDraftStore:
    """Return the drafts of `user` in the configured database."""
    return SqlDraftStore(open_database(), user)


__all__ = ["DATA_DIR_ENV", "DB_FILE", "LOCAL_USER", "SCHEMA_VERSION", "Database", "DraftInfo", "DraftStore",
           "Identity", "Mark", "PersonalPhrases", "PersonalSearch", "SqlDraftStore",
           "StoreError", "VersionInfo", "boost", "check_id", "check_user", "conflicts", "data_dir",
           "database_url", "default_store", "explain", "open_database", "sqlite_url"]
