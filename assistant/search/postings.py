"""Inverted index of integer gram codes to document numbers, stored as numpy arrays (CSR)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
UIntArray = npt.NDArray[np.uint32]


def _sorted(codes: npt.NDArray[np.integer], docs: npt.NDArray[np.int32]) -> tuple[npt.NDArray[np.integer],
                                                                              npt.NDArray[np.int32]]:
    """Return (codes, docs) stably sorted by code: two 16-bit radix passes when codes fit in 32 bits."""
    if codes.size == 0 or int(codes.max()) >= 1 << 32:
        order = np.argsort(codes, kind="stable")
        return codes[order], docs[order]
    codes = codes.astype(np.uint32)
    for shift in (0, 16):
        # One pass at a time, so only one index array of the size of the corpus exists at once.
        order = np.argsort((codes >> shift).astype(np.uint16), kind="stable")
        codes, docs = codes[order], docs[order]
        del order
    return codes, docs


class Postings:
    """For each gram code, the sorted distinct documents containing it."""

    def __init__(self, codes: npt.NDArray[np.integer], docs: npt.NDArray[np.int32], size: int) -> None:
        """Index gram `codes[i]` as occurring in document `docs[i]`; docs must be non-decreasing per code."""
        codes, docs = _sorted(codes, docs)
        keep = np.ones(codes.size, dtype=bool)
        keep[1:] = (codes[1:] != codes[:-1]) | (docs[1:] != docs[:-1])
        codes, docs = codes[keep], docs[keep]
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if codes.size else np.zeros(0, np.int64)
        self.size = size
        self.keys = codes[starts].astype(np.int64)
        self.indptr = np.r_[starts, codes.size].astype(np.int64)
        self.docs = docs.astype(np.int32)
        self.frequency = self.indptr[1:] - self.indptr[:-1]

    @property
    def nbytes(self) -> int:
        """Return the memory held by the arrays."""
        return self.keys.nbytes + self.indptr.nbytes + self.docs.nbytes + self.frequency.nbytes

    def _slots(self, codes: Iterable[int]) -> list[int]:
        wanted = np.fromiter(codes, dtype=np.int64)
        if wanted.size == 0 or self.keys.size == 0:
            return []
        slots = np.minimum(np.searchsorted(self.keys, wanted), self.keys.size - 1)
        return [int(s) for s in slots[self.keys[slots] == wanted]]

    def accumulate(self, grams: dict[int, float], budget: int) -> tuple[npt.NDArray[np.float64], float]:
        """Return per-document sums of idf-weighted grams, and the weight of a document having them all.

        Grams are taken rarest first until about `budget` postings are read, so a query of
        common characters stays fast; frequent grams carry little weight anyway. Grams found
        nowhere (typos) count at full weight in the total.
        """
        slots = self._slots(grams)
        unseen = sum(grams.values()) - sum(grams[int(self.keys[s])] for s in slots)
        if not slots:
            return np.zeros(0), 0.0
        frequency = self.frequency
        chosen: list[tuple[int, float]] = []
        read = 0
        for slot in sorted(slots, key=lambda s: int(frequency[s])):
            count = int(frequency[slot])
            if chosen and read + count > budget:
                break
            read += count
            chosen.append((slot, grams[int(self.keys[slot])] * math.log(1 + self.size / count)))
        parts = [self.docs[self.indptr[s]:self.indptr[s + 1]] for s, _ in chosen]
        weights = np.repeat(np.array([w for _, w in chosen]), [p.size for p in parts])
        total = float(sum(w for _, w in chosen)) + unseen * math.log(1 + self.size)
        sums = np.bincount(np.concatenate(parts), weights=weights, minlength=self.size).astype(np.float64)
        return sums, total
