"""The database behind every store: one SQLAlchemy engine, SQLite (WAL) by default or PostgreSQL by URL."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from .base import StoreError
from .migrations import LATEST, current_version, migrate

BUSY_SECONDS = 15.0


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of an SQLite file."""
    return f"sqlite:///{path.resolve().as_posix()}"


class Database:
    """A connection pool to one database, migrated to the current schema when opened."""

    def __init__(self, url: str, *, busy_seconds: float = BUSY_SECONDS) -> None:
        """Open (creating if needed) the database at `url`; raise StoreError with a Chinese message."""
        self.url = url
        self.where = _describe(url)
        self.engine = _engine(url, busy_seconds, self.where)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        with self.read() as conn:
            if current_version(conn) == LATEST:
                return
        with self.write() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7162534)"))
            migrate(conn)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """Yield a connection in a write transaction (SQLite: BEGIN IMMEDIATE, so writers queue, never fail)."""
        with self.translate(), self.engine.connect() as conn:
            conn = conn.execution_options(qicao_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """Yield a connection in a read transaction."""
        with self.translate(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def translate(self) -> Iterator[None]:
        """Turn database errors into StoreError with a message the user can act on."""
        try:
            yield
        except DBAPIError as exc:
            raise StoreError(explain(exc.orig, self.where)) from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"数据库出错（{self.where}）：{exc}") from exc

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def explain(error: BaseException | None, where: str) -> str:
    """Return a Chinese explanation of a database driver error."""
    message = str(error or "").lower()
    if "not a database" in message or "malformed" in message or "file is encrypted" in message:
        return (f"数据库文件已损坏或不是本程序的数据库（{where}）。程序没有改动它；"
                "请从备份恢复，或用 --db 指定另一个数据库文件")
    if "locked" in message or "busy" in message:
        return f"数据库正被其他程序占用（{where}），等待后仍无法写入，请稍后重试"
    if "readonly" in message or "read-only" in message or "read only" in message:
        return f"数据库是只读的（{where}），无法保存。已有内容没有改动；请检查文件权限，或用 --db 指定可写的位置"
    if "unable to open" in message:
        return f"无法打开数据库文件（{where}），请检查文件夹是否存在、是否有写入权限"
    if "disk is full" in message or "disk full" in message:
        return f"磁盘已满，无法保存到数据库（{where}）"
    if "connection" in message or "could not connect" in message or "password" in message:
        return f"无法连接数据库服务器（{where}）：{str(error).strip()}"
    return f"数据库出错（{where}）：{str(error).strip()}"


def _engine(url: str, busy_seconds: float, where: str) -> Engine:
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            _prepare_sqlite_file(parsed.database, where)
            engine = create_engine(url, connect_args={"timeout": busy_seconds, "check_same_thread": False})
            _configure_sqlite(engine, busy_seconds)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError(f"数据库地址“{_describe(url)}”无效或不受支持（支持 sqlite:/// 与 postgresql://）") from exc


def _prepare_sqlite_file(database: str | None, where: str) -> None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"无法创建数据库所在的文件夹 {folder}（{exc.strerror or exc}）") from exc
    if Path(database).is_dir():
        raise StoreError(f"数据库路径是一个文件夹，不是文件（{where}）")


def _configure_sqlite(engine: Engine, busy_seconds: float) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun explicitly below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc) and "read-only" not in str(exc):
                raise
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("qicao_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _describe(url: str) -> str:
    """Return the URL without its password, for messages."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url.split("@")[-1]
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "内存数据库"
    return parsed.render_as_string(hide_password=True)


def environment_url() -> str | None:
    """Return the database URL configured in the environment, if any."""
    return os.environ.get("QICAO_DB_URL") or os.environ.get("GONGWEN_DB_URL") or None
