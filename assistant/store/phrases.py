"""A user's own phrases (validated like the bank), favourites and how often each phrase was used."""

from __future__ import annotations

import builtins
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..bank import Bank, Phrase
from ..errors import DataError, Problem
from . import schema
from .base import StoreError
from .clock import now
from .database import Database
from .packfile import record, validate
from .users import check_user

P, M = schema.phrases, schema.marks
PACK_NAME = "个人词库"


@dataclass(frozen=True)
class Mark:
    """What a user did with one phrase: marked it as a favourite, and how often they used it."""

    favourite: bool = False
    uses: int = 0


class PersonalPhrases:
    """One user's personal pack and phrase marks; every change is one atomic statement, so none is lost."""

    def __init__(self, database: Database, user: str) -> None:
        self.db, self.user = database, check_user(user)

    def list(self) -> list[Phrase]:
        """Return the user's phrases, oldest first."""
        with self.db.read() as conn:
            rows = conn.execute(select(P.c.data).where(P.c.owner == self.user).order_by(P.c.created, P.c.id)).all()
        phrases, problems = validate((json.loads(row.data) for row in rows), PACK_NAME)
        if problems:
            raise DataError(problems, "个人词库中有无法读取的短语")
        return phrases

    def get(self, phrase_id: str) -> Phrase:
        """Return one of the user's phrases; raise StoreError if there is none with this id."""
        for phrase in self.list():
            if phrase.id == phrase_id:
                return phrase
        raise StoreError(f"个人词库中没有编号为“{phrase_id}”的短语")

    def add(self, fields: Mapping[str, Any], bank: Bank | None = None) -> Phrase:
        """Check and store a new phrase (an id is made up when none is given); return it."""
        values = {key: value for key, value in fields.items() if value not in (None, "", [], ())}
        values.setdefault("id", new_id())
        phrase = self._checked(values, bank, replacing=None)
        stamp = now()
        with self.db.write() as conn:
            if self._exists(conn, phrase.id):
                raise StoreError(f"个人词库中已有编号为“{phrase.id}”的短语")
            conn.execute(insert(P).values(owner=self.user, id=phrase.id, text=phrase.text,
                                          data=_data(phrase), created=stamp, updated=stamp))
        return phrase

    def edit(self, phrase_id: str, fields: Mapping[str, Any], bank: Bank | None = None) -> Phrase:
        """Check and store new fields for an existing phrase (its id stays); return it."""
        values = {key: value for key, value in fields.items() if value not in (None, "", [], ())}
        values["id"] = phrase_id
        phrase = self._checked(values, bank, replacing=phrase_id)
        with self.db.write() as conn:
            changed = conn.execute(update(P).where(P.c.owner == self.user, P.c.id == phrase_id)
                                   .values(text=phrase.text, data=_data(phrase), updated=now()))
            if changed.rowcount == 0:
                raise StoreError(f"个人词库中没有编号为“{phrase_id}”的短语（可能已被删除）")
        return phrase

    def delete(self, phrase_id: str) -> None:
        """Delete a phrase and its marks."""
        with self.db.write() as conn:
            if conn.execute(delete(P).where(P.c.owner == self.user, P.c.id == phrase_id)).rowcount == 0:
                raise StoreError(f"个人词库中没有编号为“{phrase_id}”的短语")
            conn.execute(delete(M).where(M.c.owner == self.user, M.c.phrase_id == phrase_id))

    def import_phrases(self, phrases: Iterable[Phrase], bank: Bank | None = None) -> tuple[int, int]:
        """Add new phrases and replace those with an id already present; return (added, replaced)."""
        chosen = list(phrases)
        if bank is not None and (problems := conflicts(chosen, bank)):
            raise DataError(problems, "与内置词库冲突，未导入任何短语")
        added = replaced = 0
        stamp = now()
        with self.db.write() as conn:
            for phrase in chosen:
                if self._exists(conn, phrase.id):
                    conn.execute(update(P).where(P.c.owner == self.user, P.c.id == phrase.id)
                                 .values(text=phrase.text, data=_data(phrase), updated=stamp))
                    replaced += 1
                else:
                    conn.execute(insert(P).values(owner=self.user, id=phrase.id, text=phrase.text,
                                                  data=_data(phrase), created=stamp, updated=stamp))
                    added += 1
        return added, replaced

    def marks(self) -> dict[str, Mark]:
        """Return the user's marks by phrase id (bank and personal phrases alike)."""
        with self.db.read() as conn:
            rows = conn.execute(select(M.c.phrase_id, M.c.favourite, M.c.uses).where(M.c.owner == self.user)).all()
        return {row.phrase_id: Mark(bool(row.favourite), int(row.uses)) for row in rows}

    def set_favourite(self, phrase_id: str, favourite: bool) -> None:
        """Mark or unmark a phrase as a favourite."""
        self._upsert(phrase_id, {"favourite": favourite}, {"favourite": favourite})

    def record_use(self, phrase_id: str) -> None:
        """Count one more use of a phrase (atomically, so concurrent uses all count)."""
        stamp = now()
        self._upsert(phrase_id, {"uses": 1, "last_used": stamp}, {"uses": M.c.uses + 1, "last_used": stamp})

    def _upsert(self, phrase_id: str, first: dict[str, Any], then: dict[str, Any]) -> None:
        dialect = self.db.engine.dialect.name
        module: Any = postgresql if dialect == "postgresql" else sqlite
        values = {"owner": self.user, "phrase_id": phrase_id, "favourite": False, "uses": 0, "last_used": ""}
        statement = module.insert(M).values(**(values | first))
        statement = statement.on_conflict_do_update(index_elements=[M.c.owner, M.c.phrase_id], set_=then)
        with self.db.write() as conn:
            conn.execute(statement)

    def _same_text(self, phrase: Phrase) -> builtins.list[str]:
        with self.db.read() as conn:
            rows = conn.execute(select(P.c.id, P.c.data).where(P.c.owner == self.user, P.c.text == phrase.text)).all()
        return [row.id for row in rows if set(json.loads(row.data).get("genre", [])) & set(phrase.genres)]

    def _exists(self, conn: Connection, phrase_id: str) -> bool:
        return conn.execute(select(P.c.id).where(P.c.owner == self.user, P.c.id == phrase_id)).first() is not None

    def _checked(self, values: Mapping[str, Any], bank: Bank | None, replacing: str | None) -> Phrase:
        phrases, problems = validate([values], PACK_NAME)
        if problems:
            raise DataError(problems, "短语有误，未保存")
        phrase = phrases[0]
        problems = conflicts([phrase], bank) if bank is not None else []
        problems += [Problem(PACK_NAME, 0, f"与个人词库中的“{other}”内容完全相同")
                     for other in self._same_text(phrase) if other != replacing]
        if problems:
            raise DataError(problems, "短语有误，未保存")
        return phrase


def conflicts(phrases: Iterable[Phrase], bank: Bank) -> list[Problem]:
    """Return the phrases whose id is taken by the bank or whose text the bank already has in that genre."""
    texts = {("".join(p.text.split()), g): p for p in bank.phrases for g in p.genres}
    problems = []
    for phrase in phrases:
        if phrase.id in bank:
            problems.append(Problem(phrase.file, phrase.line, f"编号“{phrase.id}”已被内置词库使用，请换一个"))
        key = "".join(phrase.text.split())
        same = next((texts[(key, g)] for g in phrase.genres if (key, g) in texts), None)
        if same is not None:
            problems.append(Problem(phrase.file, phrase.line, f"内容与内置词库的“{same.id}”完全相同"))
    return problems


def new_id() -> str:
    """Return a fresh id for a personal phrase."""
    return f"my.{secrets.token_hex(4)}"


def _data(phrase: Phrase) -> str:
    return json.dumps(record(phrase), ensure_ascii=False)
