"""Integer codes for the grams of the three channels: characters, pinyin letters, pinyin initials."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

CHAR_UNIGRAM, CHAR_BIGRAM = 0.5, 1.0
LETTER_TRIGRAM = 1.0
INITIAL_BIGRAM, INITIAL_TRIGRAM = 0.5, 1.0

_ALPHABET = 37  # '_' and anything else, a-z, 0-9
_LUT = np.zeros(256, dtype=np.uint32)
_LUT[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz0123456789", dtype=np.uint8)] = np.arange(1, _ALPHABET)
_TRIGRAMS = _ALPHABET ** 3

Values = npt.NDArray[np.int32] | npt.NDArray[np.uint32] | npt.NDArray[np.int64]
Codes = tuple[Values, npt.NDArray[np.int32]]


def codepoints(text: str) -> npt.NDArray[np.uint32]:
    """Return the code points of `text` as an array."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def symbols(ascii_text: str) -> npt.NDArray[np.int32]:
    """Return pinyin letters as small integers: a-z and 0-9 from 1, anything else 0."""
    return _LUT[np.frombuffer(ascii_text.encode("ascii", "replace"), dtype=np.uint8)].astype(np.int32)


def ngrams(values: Values, docs: npt.NDArray[np.int32], n: int, base: int) -> Codes:
    """Return the codes of every n-gram (n = 1, 2 or 3) that lies inside one document, with its document.

    Codes keep the dtype of `values`, which must be wide enough for base ** n.
    """
    if values.size < n:
        return np.zeros(0, values.dtype), np.zeros(0, np.int32)
    end = values.size - n + 1
    codes = values[:end].copy()
    for k in range(1, n):
        codes = codes * base + values[k:end + k]
    inside = docs[:end] == docs[n - 1:]
    return codes[inside], docs[:end][inside]


def join(parts: list[Codes], offsets: list[int]) -> Codes:
    """Concatenate gram codes of several kinds, shifting each kind by its offset so kinds never collide."""
    return (np.concatenate([codes + offset for (codes, _), offset in zip(parts, offsets, strict=True)]),
            np.concatenate([docs for _, docs in parts]))


class CharCoder:
    """Character unigram and bigram codes over the corpus vocabulary; unknown characters never match."""

    def __init__(self, vocabulary: npt.NDArray[np.uint32]) -> None:
        self.vocabulary = vocabulary
        self.base = vocabulary.size + 1

    def ids(self, points: npt.NDArray[np.uint32]) -> Values:
        """Return vocabulary ids of code points; unknown ones get the id one past the end."""
        slots = np.searchsorted(self.vocabulary, points)
        known = slots < self.vocabulary.size
        known[known] = self.vocabulary[slots[known]] == points[known]
        ids = np.where(known, slots, self.vocabulary.size)
        return ids.astype(np.uint32) if self.base * (self.base + 1) < 1 << 32 else ids.astype(np.int64)

    def corpus(self, points: npt.NDArray[np.uint32], docs: npt.NDArray[np.int32]) -> Codes:
        """Return the unigram and bigram codes of the whole corpus."""
        ids = self.ids(points)
        return join([ngrams(ids, docs, 1, self.base), ngrams(ids, docs, 2, self.base)], [0, self.base])

    def query(self, text: str) -> dict[int, float]:
        """Return the weighted grams of one keyword."""
        ids = self.ids(codepoints(text))
        return _weighted([(ngrams(ids, _docs(ids), 1, self.base)[0], CHAR_UNIGRAM),
                          (ngrams(ids, _docs(ids), 2, self.base)[0] + self.base, CHAR_BIGRAM)])


def letter_codes(values: Values, docs: npt.NDArray[np.int32]) -> Codes:
    """Return the trigram codes of pinyin letters."""
    return ngrams(values, docs, 3, _ALPHABET)


def initial_codes(values: Values, docs: npt.NDArray[np.int32]) -> Codes:
    """Return the bigram and trigram codes of pinyin initials."""
    return join([ngrams(values, docs, 3, _ALPHABET), ngrams(values, docs, 2, _ALPHABET)], [0, _TRIGRAMS])


def letter_query(letters: str) -> dict[int, float]:
    """Return the weighted letter trigrams of a keyword's pinyin."""
    values = symbols(letters)
    return _weighted([(letter_codes(values, _docs(values))[0], LETTER_TRIGRAM)])


def initial_query(letters: str) -> dict[int, float]:
    """Return the weighted initial bigrams and trigrams of letters typed as initials."""
    values = symbols(letters)
    docs = _docs(values)
    return _weighted([(ngrams(values, docs, 3, _ALPHABET)[0], INITIAL_TRIGRAM),
                      (ngrams(values, docs, 2, _ALPHABET)[0] + _TRIGRAMS, INITIAL_BIGRAM)])


def _docs(values: Values) -> npt.NDArray[np.int32]:
    return np.zeros(values.size, dtype=np.int32)


def _weighted(parts: list[tuple[Values, float]]) -> dict[int, float]:
    grams: dict[int, float] = {}
    for codes, weight in parts:
        for code in codes.tolist():
            grams[code] = weight
    return grams
