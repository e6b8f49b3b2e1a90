"""Schema migrations: an ordered list of steps; the database records the number of steps applied."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Column, Connection, Index, MetaData, String, Table, Text, select, text

from . import schema
from .base import StoreError

VERSION_KEY = "schema_version"


def _v1_drafts(conn: Connection) -> None:
    """Create the meta, drafts and versions tables as they were in version 1 (frozen here)."""
    frozen = MetaData()
    Table("drafts", frozen, Column("id", String(40), primary_key=True), Column("owner", String(64), nullable=False),
          Column("title", Text, nullable=False), Column("created", String(32), nullable=False),
          Column("updated", String(32), nullable=False), Column("state", Text, nullable=False),
          Index("drafts_owner_updated", "owner", "updated"))
    schema.meta.to_metadata(frozen)
    schema.versions.to_metadata(frozen)
    frozen.create_all(conn)


def _v2_personal_phrases(conn: Connection) -> None:
    for table in (schema.phrases, schema.marks):
        table.create(conn, checkfirst=True)


def _v3_draft_names(conn: Connection) -> None:
    """Add the name a user gives a draft in the list, kept apart from the document's own title."""
    conn.execute(text("ALTER TABLE drafts ADD COLUMN name TEXT NOT NULL DEFAULT ''"))


MIGRATIONS: list[Callable[[Connection], None]] = [_v1_drafts, _v2_personal_phrases, _v3_draft_names]
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
