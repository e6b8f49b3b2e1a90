"""Search the bank and the user's own phrases together; favourites and often-used phrases rank higher."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from ..bank import Bank, Phrase
from ..search import BankHit, BankIndex
from .phrases import Mark

FAVOURITE_BONUS = 8.0
USE_BONUS = 4.0
MAX_USE_BONUS = 12.0


def boost(mark: Mark | None) -> float:
    """Return the score bonus of a phrase: a favourite gets a fixed bonus, uses add a bounded log bonus."""
    if mark is None:
        return 0.0
    uses = min(USE_BONUS * math.log2(1 + mark.uses), MAX_USE_BONUS)
    return (FAVOURITE_BONUS if mark.favourite else 0.0) + uses


class PersonalSearch:
    """The bank's index plus a small index of personal phrases, re-ranked by the user's marks."""

    def __init__(self, index: BankIndex, personal: Sequence[Phrase], marks: Mapping[str, Mark]) -> None:
        self.index, self.marks = index, marks
        self.personal = BankIndex(Bank(personal)) if personal else None

    def search(self, query: str, limit: int = 10, *, genre: str | None = None, topic: str | None = None,
               function: str | None = None, tag: str | None = None, year: int | None = None) -> list[BankHit]:
        """Return up to `limit` hits from both indexes, ordered by match score plus each phrase's bonus."""
        filters = {"genre": genre, "topic": topic, "function": function, "tag": tag, "year": year}
        pool = limit + 20
        hits = list(self.index.search(query, pool, **filters))  # type: ignore[arg-type]
        if self.personal is not None:
            hits += self.personal.search(query, pool, **filters)  # type: ignore[arg-type]
        hits.sort(key=lambda hit: hit.score + boost(self.marks.get(hit.id)), reverse=True)
        return hits[:limit]
