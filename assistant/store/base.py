"""The interface every draft store implements, so the app does not care where drafts live."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ..errors import QicaoError
from ..state import DraftState

DRAFT_ID = re.compile(r"^[A-Za-z0-9_-]{6,40}$")


class StoreError(QicaoError):
    """The store cannot do what was asked; the message says why, in Chinese."""


@dataclass(frozen=True)
class DraftInfo:
    """A draft as listed: its id, title and when it was last saved (ISO time)."""

    id: str
    title: str
    updated: str


class DraftStore(Protocol):
    """Keeps drafts by id; every save replaces the draft's state at once."""

    def create(self, state: DraftState, title: str) -> str:
        """Store a new draft and return its id."""

    def load(self, draft_id: str) -> DraftState:
        """Return the draft's state; raise StoreError if there is no such draft."""

    def save(self, draft_id: str, state: DraftState, title: str) -> None:
        """Replace the draft's state."""

    def list(self) -> list[DraftInfo]:
        """Return every draft, most recently saved first."""


def check_id(draft_id: str) -> str:
    """Return `draft_id` if it is well formed; raise StoreError otherwise (ids come from URLs)."""
    if not DRAFT_ID.match(draft_id or ""):
        raise StoreError(f"草稿编号“{draft_id}”无效")
    return draft_id
