"""Schema migrations: an ordered list of steps; the database records the number of steps applied."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select

from . import schema
from .base import StoreError

VERSION_KEY = "schema_version"


def _v1_drafts(conn: Connection) -> None:
    for table in (schema.meta, schema.drafts, schema.versions):
        table.create(conn, checkfirst=True)


def _v2_personal_phrases(conn: Connection) -> None:
    for table in (schema.phrases, schema.marks):
        table.create(conn, checkfirst=True)


MIGRATIONS: list[Callable[[Connection], None]] = [_v1_drafts, _v2_personal_phrases]
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """Return the schema version recorded in the database (0 for an empty database)."""
    if not conn.dialect.has_table(conn, schema.meta.name):
        return 0
    value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == VERSION_KEY)).scalar()
    return int(value) if value is not None else 0


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Apply the missing steps up to `target` inside the caller's transaction; return the version reached."""
    version = current_version(conn)
    if version > LATEST:
        raise StoreError(f"数据库的结构版本（{version}）比本程序支持的（{LATEST}）新，请升级本程序后再打开；"
                         "数据库未做任何改动")
    for step in range(version, target):
        MIGRATIONS[step](conn)
        _record(conn, step + 1)
    return max(version, target)


def _record(conn: Connection, version: int) -> None:
    meta = schema.meta
    updated = conn.execute(meta.update().where(meta.c.key == VERSION_KEY).values(value=str(version)))
    if updated.rowcount == 0:
        conn.execute(meta.insert().values(key=VERSION_KEY, value=str(version)))
