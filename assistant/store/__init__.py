"""Where drafts are kept: one interface, and the store used by default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from .base import DraftInfo, DraftStore, StoreError, check_id
from .files import FileDraftStore

DATA_DIR_ENV = "QICAO_DATA_DIR"


def data_dir() -> Path:
    """Return the folder for the user's data: $QICAO_DATA_DIR, else the platform's user data folder."""
    configured = os.environ.get(DATA_DIR_ENV)
    return Path(configured) if configured else Path(user_data_dir("qicao", appauthor=False))


def default_store() -> DraftStore:
    """Return the store the app uses."""
    return FileDraftStore(data_dir() / "drafts")


__all__ = ["DATA_DIR_ENV", "DraftInfo", "DraftStore", "FileDraftStore", "StoreError", "check_id", "data_dir",
           "default_store"]
