"""The searchable form of a list of texts: folded text, pinyin letters and initials, and their postings."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .grams import CharCoder, codepoints, initial_codes, letter_codes, symbols
from .pinyin import fold_and_read
from .postings import Postings


class Corpus:
    """Per text: folded characters, pinyin letters, pinyin initials; per channel: an inverted index."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.folded: list[str] = []
        self.letters: list[str] = []
        self.initials: list[str] = []
        for text in texts:
            folded, reading = fold_and_read(text)
            self.folded.append(folded)
            self.letters.append("".join(reading))
            self.initials.append("".join(r[0] for r in reading))
        size = len(self.folded)
        self.lengths = np.fromiter((len(t) for t in self.folded), dtype=np.int64, count=size)
        points = codepoints("".join(self.folded))
        self.chars = CharCoder(np.unique(points))
        self.char_postings = Postings(*self.chars.corpus(points, _doc_numbers(self.lengths)), size=size)
        letter_lengths = np.fromiter((len(t) for t in self.letters), dtype=np.int64, count=size)
        self.letter_postings = Postings(
            *letter_codes(symbols("".join(self.letters)), _doc_numbers(letter_lengths)), size=size)
        self.initial_postings = Postings(
            *initial_codes(symbols("".join(self.initials)), _doc_numbers(self.lengths)), size=size)

    def __len__(self) -> int:
        return len(self.folded)

    @property
    def nbytes(self) -> int:
        """Return the memory held by the postings arrays."""
        return sum(p.nbytes for p in (self.char_postings, self.letter_postings, self.initial_postings))


def _doc_numbers(lengths: np.ndarray) -> np.ndarray:
    return np.repeat(np.arange(lengths.size, dtype=np.int32), lengths)
