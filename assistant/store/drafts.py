"""Drafts in the database: one user's drafts, each save kept as a version that can be restored."""

from __future__ import annotations

import builtins
import json
import secrets
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, and_, delete, func, insert, select, update

from ..state import DraftState
from . import schema
from .base import DraftInfo, StoreError, check_id
from .clock import now
from .database import Database
from .users import check_user

D, V = schema.drafts, schema.versions


@dataclass(frozen=True)
class VersionInfo:
    """One saved version of a draft: its number (1 = first save), when, its title and why it was made."""

    id: int
    number: int
    saved: str
    title: str
    note: str


class SqlDraftStore:
    """The drafts of one user; other users' drafts are neither listed nor opened."""

    def __init__(self, database: Database, user: str) -> None:
        self.db, self.user = database, check_user(user)

    def create(self, state: DraftState, title: str, note: str = "新建", name: str = "") -> str:
        """Store a new draft and return its id; `name` is the name in the list (default: the title)."""
        draft_id, stamp, data = secrets.token_urlsafe(9), now(), _dump(state)
        with self.db.write() as conn:
            conn.execute(insert(D).values(id=draft_id, owner=self.user, title=title, created=stamp,
                                          updated=stamp, state=data, name=name))
            conn.execute(insert(V).values(draft_id=draft_id, saved=stamp, title=title, note=note, state=data))
        return draft_id

    def load(self, draft_id: str) -> DraftState:
        """Return the draft's state; raise StoreError if this user has no such draft."""
        with self.db.read() as conn:
            data = conn.execute(select(D.c.state).where(self._mine(draft_id))).scalar()
        if data is None:
            raise StoreError(f"找不到草稿 {draft_id}（可能已被删除）")
        return _load(data, draft_id)

    def save(self, draft_id: str, state: DraftState, title: str, note: str = "") -> None:
        """Replace the draft's state and keep it as a new version (unless nothing changed)."""
        stamp, data = now(), _dump(state)
        with self.db.write() as conn:
            current = conn.execute(select(D.c.state, D.c.title).where(self._mine(draft_id))).first()
            if current is None:
                raise StoreError(f"找不到草稿 {draft_id}（可能已在别处删除），本次修改未保存")
            if current.state == data and current.title == title:
                return
            conn.execute(update(D).where(self._mine(draft_id)).values(title=title, updated=stamp, state=data))
            conn.execute(insert(V).values(draft_id=draft_id, saved=stamp, title=title, note=note, state=data))

    def list(self) -> list[DraftInfo]:
        """Return this user's drafts, most recently saved first."""
        with self.db.read() as conn:
            rows = conn.execute(select(D.c.id, D.c.name, D.c.title, D.c.updated).where(D.c.owner == self.user)
                                .order_by(D.c.updated.desc())).all()
        return [DraftInfo(row.id, row.name or row.title, row.updated) for row in rows]

    def rename(self, draft_id: str, title: str) -> None:
        """Give the draft a name in the list (the document's own title is unchanged)."""
        title = title.strip()
        if not title:
            raise StoreError("草稿名称不能为空")
        with self.db.write() as conn:
            if conn.execute(update(D).where(self._mine(draft_id)).values(name=title)).rowcount == 0:
                raise StoreError(f"找不到草稿 {draft_id}")

    def copy(self, draft_id: str, title: str | None = None) -> str:
        """Store a copy of the draft as a new draft (history starts afresh); return the new id."""
        info = self.info(draft_id)
        with self.db.read() as conn:
            document_title = conn.execute(select(D.c.title).where(self._mine(draft_id))).scalar() or ""
        return self.create(self.load(draft_id), document_title, note=f"复制自“{info.title}”",
                           name=title or f"{info.title}（副本）")

    def delete(self, draft_id: str) -> None:
        """Delete the draft and all its versions."""
        with self.db.write() as conn:
            if conn.execute(select(D.c.id).where(self._mine(draft_id))).first() is None:
                raise StoreError(f"找不到草稿 {draft_id}")
            conn.execute(delete(V).where(V.c.draft_id == draft_id))
            conn.execute(delete(D).where(self._mine(draft_id)))

    def info(self, draft_id: str) -> DraftInfo:
        """Return the listing entry of one draft."""
        with self.db.read() as conn:
            row = conn.execute(select(D.c.id, D.c.name, D.c.title, D.c.updated).where(self._mine(draft_id))).first()
        if row is None:
            raise StoreError(f"找不到草稿 {draft_id}")
        return DraftInfo(row.id, row.name or row.title, row.updated)

    def versions(self, draft_id: str) -> builtins.list[VersionInfo]:
        """Return the draft's versions, newest first."""
        with self.db.read() as conn:
            self._require(conn, draft_id)
            rows = conn.execute(select(V.c.id, V.c.saved, V.c.title, V.c.note)
                                .where(V.c.draft_id == draft_id).order_by(V.c.id)).all()
        listed = [VersionInfo(row.id, n, row.saved, row.title, row.note) for n, row in enumerate(rows, start=1)]
        return listed[::-1]

    def version(self, draft_id: str, version_id: int) -> DraftState:
        """Return the state saved in one version."""
        with self.db.read() as conn:
            self._require(conn, draft_id)
            data = conn.execute(select(V.c.state).where(V.c.draft_id == draft_id, V.c.id == version_id)).scalar()
        if data is None:
            raise StoreError(f"草稿 {draft_id} 没有这个历史版本")
        return _load(data, draft_id)

    def restore(self, draft_id: str, version_id: int, title: str) -> None:
        """Make an earlier version current again; it is saved as a new version, so nothing is lost."""
        number = next((v.number for v in self.versions(draft_id) if v.id == version_id), None)
        state = self.version(draft_id, version_id)
        self.save(draft_id, state, title, note=f"恢复到第 {number} 版")

    def count(self) -> int:
        """Return how many drafts this user has."""
        with self.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(D).where(D.c.owner == self.user)).scalar_one())

    def _mine(self, draft_id: str) -> ColumnElement[bool]:
        return and_(D.c.id == check_id(draft_id), D.c.owner == self.user)

    def _require(self, conn: Connection, draft_id: str) -> None:
        if conn.execute(select(D.c.id).where(self._mine(draft_id))).first() is None:
            raise StoreError(f"找不到草稿 {draft_id}")


def _dump(state: DraftState) -> str:
    return json.dumps(state.to_dict(), ensure_ascii=False, sort_keys=True)


def _load(data: str, draft_id: str) -> DraftState:
    try:
        return DraftState.from_dict(json.loads(data))
    except (ValueError, TypeError, KeyError) as exc:
        raise StoreError(f"草稿 {draft_id} 的内容已损坏，无法打开") from exc
