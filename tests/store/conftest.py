"""Store fixtures: every store test runs on SQLite, and on a real PostgreSQL when it is installed."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from store.postgres import binaries, cluster, create_database

from assistant.store import Database, sqlite_url

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Yield the URL of a throwaway PostgreSQL server started for this test session."""
    if binaries() is None:
        pytest.skip("未安装 PostgreSQL（initdb/pg_ctl 不存在），跳过 PostgreSQL 测试")
    with cluster() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return the URL of an empty database of each kind."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "qicao.db")
    server = request.getfixturevalue("postgres_server")
    return create_database(server, f"t{next(_numbers)}")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """Yield an opened, migrated database of each kind."""
    database = Database(db_url)
    yield database
    database.close()
