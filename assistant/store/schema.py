"""The tables of the store (SQLAlchemy Core), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

meta = Table(
    "qicao_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)

drafts = Table(
    "drafts", metadata,
    Column("id", String(40), primary_key=True),
    Column("owner", String(64), nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
    Column("state", Text, nullable=False),
    Column("name", Text, nullable=False, default=""),
    Index("drafts_owner_updated", "owner", "updated"),
)

versions = Table(
    "draft_versions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("draft_id", String(40), ForeignKey("drafts.id", ondelete="CASCADE"), nullable=False),
    Column("saved", String(32), nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("note", String(200), nullable=False, default=""),
    Column("state", Text, nullable=False),
    Index("draft_versions_draft", "draft_id", "id"),
)

phrases = Table(
    "personal_phrases", metadata,
    Column("owner", String(64), primary_key=True),
    Column("id", String(120), primary_key=True),
    Column("text", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
)

marks = Table(
    "phrase_marks", metadata,
    Column("owner", String(64), primary_key=True),
    Column("phrase_id", String(120), primary_key=True),
    Column("favourite", Boolean, nullable=False, default=False),
    Column("uses", Integer, nullable=False, default=0),
    Column("last_used", String(32), nullable=False, default=""),
)
