"""Concurrent writers lose nothing: threads and processes, different drafts, one shared personal pack."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from worker import edit

from assistant.store import Database, PersonalPhrases, SqlDraftStore, sqlite_url

WORKER = str(Path(__file__).with_name("worker.py"))
SAVES = 15


def _check(db: Database, names: list[str], ids: list[str]) -> None:
    for name, draft_id in zip(names, ids, strict=True):
        store = SqlDraftStore(db, name)
        assert store.load(draft_id).answers == {"次数": SAVES - 1}
        assert len(store.versions(draft_id)) == SAVES + 1
    team = PersonalPhrases(db, "team")
    assert len(team.list()) == SAVES * len(names)
    assert team.marks()["shared.phrase"].uses == SAVES * len(names)


def test_threads_editing_different_drafts_and_one_pack_lose_no_write(db: Database) -> None:
    names = [f"user{n}" for n in range(6)]
    with ThreadPoolExecutor(len(names)) as pool:
        ids = list(pool.map(lambda name: edit(db, name, SAVES), names))
    _check(db, names, ids)


def test_processes_editing_different_drafts_and_one_pack_lose_no_write(db: Database) -> None:
    names = [f"proc{n}" for n in range(4)]
    workers = [subprocess.Popen([sys.executable, WORKER, "work", db.url, name, str(SAVES)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in names]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers), [err for _, err in outputs]
    _check(db, names, [out.strip() for out, _ in outputs])


def test_a_killed_process_loses_no_acknowledged_save(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "qicao.db")
    worker = subprocess.Popen([sys.executable, WORKER, "forever", url], stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    draft_id = worker.stdout.readline().strip()
    acknowledged = 0
    while acknowledged < 40:
        acknowledged = int(worker.stdout.readline())
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    worker.stdout.close()
    db = Database(url)
    saved = SqlDraftStore(db, "local").load(draft_id).answers["次数"]
    assert saved >= acknowledged
    assert len(SqlDraftStore(db, "local").versions(draft_id)) == saved + 1
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    db.close()
