"""PhraseIndex: candidate retrieval from n-gram postings, then rapidfuzz re-ranking of the few candidates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from . import grams, rank
from .corpus import Corpus
from .normalize import normalize
from .postings import Postings
from .query import Keyword, parse_query

CANDIDATES = 200  # texts re-ranked with rapidfuzz per query
BUDGET_PER_TEXT = 2  # postings read per channel and keyword, as a multiple of the number of texts
CHANNEL_FACTORS = (1.0, rank.HOMOPHONE_FACTOR, rank.INITIALS_FACTOR)


@dataclass(frozen=True)
class Hit:
    """A search result: the text, its score (0-100), its position in the texts and the spans to highlight."""

    text: str
    score: float
    index: int
    spans: list[tuple[int, int]] = field(default_factory=list)


class PhraseIndex:
    """A fuzzy, pinyin-aware index over a sequence of short texts."""

    def __init__(self, texts: Iterable[str]) -> None:
        """Index `texts` (phrases of one line each; the order gives Hit.index)."""
        self.texts: tuple[str, ...] = tuple(texts)
        self._corpus = Corpus(self.texts)
        # A tiny bonus for short texts breaks ties between equally good candidates.
        self._brevity = 1e-6 / (1 + self._corpus.lengths)

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def nbytes(self) -> int:
        """Return the memory held by the index arrays (texts and their folded forms not counted)."""
        return self._corpus.nbytes

    def search(self, query: str, limit: int = 10, *, where: npt.ArrayLike | None = None) -> list[Hit]:
        """Return up to `limit` hits for `query`, best first; `where` (booleans per text) restricts the texts.

        The query may hold several keywords separated by spaces, in any order; texts matching
        all of them rank first. A keyword may be Chinese (typos tolerated), full pinyin or initials.
        """
        keywords = parse_query(query)
        if not keywords or limit <= 0 or not self.texts:
            return []
        candidates = self._candidates(keywords, where)
        if candidates.size == 0:
            return []
        return self._rerank(keywords, candidates, limit)

    def _candidates(self, keywords: list[Keyword], where: npt.ArrayLike | None) -> npt.NDArray[np.int64]:
        total = np.zeros(len(self.texts))
        for keyword in keywords:
            total += self._coverage(keyword)
        if where is not None:
            total[~np.asarray(where, dtype=bool)] = 0.0
        found = np.flatnonzero(total > 0)
        if found.size > CANDIDATES:
            score = total[found] + self._brevity[found]
            found = found[np.argpartition(-score, CANDIDATES - 1)[:CANDIDATES]]
        return found

    def _coverage(self, keyword: Keyword) -> npt.NDArray[np.float64]:
        """Return per text the weighted share of the keyword's grams it holds, best channel (0-1)."""
        best = np.zeros(len(self.texts))
        for postings, query, factor in self._channels(keyword):
            scores, weight = postings.accumulate(query, BUDGET_PER_TEXT * len(self.texts))
            if weight > 0:
                np.maximum(best, scores * (factor / weight), out=best)
        return best

    def _channels(self, keyword: Keyword) -> list[tuple[Postings, dict[int, float], float]]:
        corpus = self._corpus
        channels = [(corpus.char_postings, corpus.chars.query(keyword.text), CHANNEL_FACTORS[0])]
        if keyword.typed_pinyin or len(keyword.text) >= 2:
            channels.append((corpus.letter_postings, grams.letter_query(keyword.letters), CHANNEL_FACTORS[1]))
        if keyword.typed_pinyin:
            channels.append((corpus.initial_postings, grams.initial_query(keyword.text), CHANNEL_FACTORS[2]))
        return channels

    def _rerank(self, keywords: list[Keyword], candidates: npt.NDArray[np.int64], limit: int) -> list[Hit]:
        corpus = self._corpus
        views = rank.Views([corpus.folded[i] for i in candidates], [corpus.letters[i] for i in candidates],
                           [corpus.initials[i] for i in candidates])
        results = [rank.keyword_scores(keyword, views) for keyword in keywords]
        scores = np.vstack([s for s, _ in results])
        channels = np.vstack([c for _, c in results])
        matched = scores >= np.array([[rank.matched_minimum(k)] for k in keywords])
        count = matched.sum(axis=0)
        share = count / len(keywords)
        final = np.where(matched, scores, 0.0).mean(axis=0) * share
        contenders = _contenders(count, final, limit) if len(keywords) > 1 else np.zeros(0, dtype=np.int64)
        adjacent = rank.adjacency(keywords, views, contenders)
        order = np.lexsort((candidates, corpus.lengths[candidates], -adjacent, -final, -count))
        hits = []
        for position in order[:limit]:
            if count[position] == 0:
                break
            index = int(candidates[position])
            norm = normalize(self.texts[index])
            spans = [rank.keyword_span(keyword, int(channels[k, position]), norm, self.texts[index])
                     for k, keyword in enumerate(keywords) if matched[k, position]]
            hits.append(Hit(self.texts[index], round(float(final[position]), 1), index, rank.merge(spans)))
        return hits


def _contenders(count: npt.NDArray[np.int64], final: npt.NDArray[np.float64], limit: int) -> npt.NDArray[np.int64]:
    """Return the candidates that may be among the first `limit` once ties are broken: ties need breaking."""
    last = np.lexsort((-final, -count))[:limit][-1]
    return np.flatnonzero((count > 0) & ((count > count[last]) | ((count == count[last]) & (final >= final[last]))))
