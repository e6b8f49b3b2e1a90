"""Normalise text for matching (NFKC, lower case, letters, digits and +) with a map back to the original."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Normalized:
    """A normalised text; `offsets[i]` is the index in the original text of normalised character `i`."""

    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original (start, end) covered by normalised characters start..end-1."""
        return self.offsets[start], self.offsets[end - 1] + 1


# Kept although punctuation: it carries meaning in names such as 党建+ and 互联网+.
KEPT_SYMBOLS = frozenset("+")


@lru_cache(maxsize=65536)
def _fold(char: str) -> str:
    """Return what one original character becomes: its NFKC lower-case letters and digits, maybe none."""
    folded = unicodedata.normalize("NFKC", char).lower()
    return "".join(c for c in folded if c.isalnum() or c in KEPT_SYMBOLS)


def normalize(text: str) -> Normalized:
    """Return `text` normalised for matching, with the offset of each kept character in `text`."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold(char)
        if folded:
            chars.append(folded)
            offsets.extend([index] * len(folded))
    return Normalized("".join(chars), tuple(offsets))


GAP = "\x00"


class _FoldTable(dict[int, str]):
    """A str.translate table filled on demand: each character to its folded form, or GAP if none."""

    def __missing__(self, code: int) -> str:
        value = _fold(chr(code)) or GAP
        self[code] = value
        return value


_TABLE = _FoldTable()


def marked(text: str) -> str:
    """Return `text` folded, with GAP where a character folded to nothing (fast: one str.translate)."""
    return text.translate(_TABLE)


def fold(text: str) -> str:
    """Return only the normalised text of `text`, as `normalize(text).text`, without the offsets."""
    return marked(text).replace(GAP, "")
