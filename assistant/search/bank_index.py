"""BankIndex: the phrase index over a Bank, with the bank's filters applied before the limit."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..bank import Bank, Phrase
from .index import Hit, PhraseIndex


@dataclass(frozen=True)
class BankHit(Hit):
    """A hit that also carries its phrase of the bank."""

    phrase: Phrase | None = None

    @property
    def id(self) -> str:
        """Return the phrase id."""
        return self._phrase.id

    @property
    def topic(self) -> str:
        """Return the phrase topic."""
        return self._phrase.topic

    @property
    def function(self) -> str:
        """Return the phrase function (开头, 措施, ...)."""
        return self._phrase.function

    @property
    def _phrase(self) -> Phrase:
        assert self.phrase is not None, "a BankHit always carries its phrase"
        return self.phrase


class BankIndex:
    """Search the phrases of a bank; filters by genre, topic, function, tag and year."""

    def __init__(self, bank: Bank) -> None:
        """Index every phrase of `bank`."""
        self.bank = bank
        self._index = PhraseIndex(p.text for p in bank.phrases)

    def __len__(self) -> int:
        return len(self._index)

    def search(self, query: str, limit: int = 10, *, genre: str | None = None, topic: str | None = None,
               function: str | None = None, tag: str | None = None, year: int | None = None) -> list[BankHit]:
        """Return up to `limit` phrases matching `query` and every filter given, best first."""
        allowed = {id(p) for p in self.bank.filter(genre=genre, topic=topic, function=function, tag=tag,
                                                   year=year)}
        where = np.fromiter((id(p) in allowed for p in self.bank.phrases), dtype=bool, count=len(self.bank))
        phrases = self.bank.phrases
        return [BankHit(h.text, h.score, h.index, h.spans, phrases[h.index])
                for h in self._index.search(query, limit, where=where)]
