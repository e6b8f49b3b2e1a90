"""A corrupt, locked, read-only or unreachable database gives a clear Chinese message and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.state import DraftState
from assistant.store import Database, SqlDraftStore, StoreError, sqlite_url


def _saved(path: Path) -> tuple[Database, str]:
    db = Database(sqlite_url(path))
    draft_id = SqlDraftStore(db, "local").create(DraftState("party_summary", 2026, "单位", []), "原稿")
    return db, draft_id


def test_a_corrupt_file_is_reported_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "qicao.db"
    path.write_bytes(b"\x00\x01 this is not a database at all " * 200)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"数据库文件已损坏或不是本程序的数据库.*没有改动") as caught:
        Database(sqlite_url(path))
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before


def test_a_locked_database_says_it_is_busy_and_the_draft_keeps_its_last_save(tmp_path: Path) -> None:
    path = tmp_path / "qicao.db"
    db, draft_id = _saved(path)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    busy = Database(sqlite_url(path), busy_seconds=0.2)
    with pytest.raises(StoreError, match=r"数据库正被其他程序占用"):
        SqlDraftStore(busy, "local").save(draft_id, DraftState("party_summary", 2026, "改了", []), "新")
    locker.execute("ROLLBACK")
    locker.close()
    assert SqlDraftStore(db, "local").load(draft_id).unit == "单位"


def test_a_read_only_database_can_be_read_but_refuses_to_save(tmp_path: Path) -> None:
    path = tmp_path / "qicao.db"
    db, draft_id = _saved(path)
    db.close()
    readonly = Database(f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true")
    store = SqlDraftStore(readonly, "local")
    assert store.load(draft_id).unit == "单位"
    with pytest.raises(StoreError, match=r"数据库是只读的.*没有改动"):
        store.save(draft_id, DraftState("party_summary", 2026, "改了", []), "新")
    readonly.close()
    assert SqlDraftStore(Database(sqlite_url(path)), "local").load(draft_id).unit == "单位"


def test_a_folder_in_place_of_the_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"是一个文件夹"):
        Database(sqlite_url(tmp_path))


def test_an_unreachable_server_and_a_bad_url_are_reported() -> None:
    with pytest.raises(StoreError, match=r"无法连接数据库服务器（postgresql\+psycopg2://someone:\*\*\*@127\.0\.0\.1:1/x）"):
        Database("postgresql+psycopg2://someone:secret@127.0.0.1:1/x")
    with pytest.raises(StoreError, match=r"数据库地址.*无效或不受支持"):
        Database("nosuchdb://x")
