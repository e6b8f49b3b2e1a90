"""Schema migrations: numbered steps; an old database is upgraded in place, a newer one is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from assistant.state import DraftState
from assistant.store import SCHEMA_VERSION, Database, SqlDraftStore, StoreError, schema, sqlite_url
from assistant.store.migrations import current_version, migrate


def test_a_new_database_is_at_the_latest_version(db: Database) -> None:
    with db.read() as conn:
        assert current_version(conn) == SCHEMA_VERSION == 3


def test_a_version_1_database_is_upgraded_to_3_keeping_its_drafts(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        migrate(conn, target=1)
        conn.execute(text("INSERT INTO drafts (id, owner, title, created, updated, state) VALUES "
                          "('old_draft_1', 'local', '旧稿', '2025', '2025', :state)"),
                     {"state": '{"template": "party_summary", "year": 2025, "unit": "旧单位", "sections": []}'})
    engine.dispose()
    db = Database(db_url)
    with db.read() as conn:
        assert current_version(conn) == 3
        assert db.engine.dialect.has_table(conn, "personal_phrases")
    store = SqlDraftStore(db, "local")
    assert store.load("old_draft_1") == DraftState("party_summary", 2025, "旧单位", [])
    assert store.list()[0].title == "旧稿"
    store.rename("old_draft_1", "改名后")
    assert store.list()[0].title == "改名后"
    db.close()


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Database(sqlite_url(path)).close()
    engine = create_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE qicao_meta SET value = '9' WHERE key = 'schema_version'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="比本程序支持的（3）新"):
        Database(sqlite_url(path))
    assert path.read_bytes() == before
    engine = create_engine(sqlite_url(path))
    with engine.connect() as conn:
        assert conn.execute(select(schema.meta.c.value)).scalar() == "9"
    engine.dispose()
