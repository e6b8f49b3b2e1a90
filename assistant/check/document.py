"""The Document: the text under check plus the indexes several rules share, built on first use."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from .chars import skeleton

T = TypeVar("T")

_TITLE_YEAR = re.compile(r"^\s*(20\d\d|二〇[一二三四五六七八九〇]{2})\s*年")
_CN_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")}


def infer_year(text: str) -> int | None:
    """Return the year a leading title names (`2025年…工作总结`), or None."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    match = _TITLE_YEAR.match(first)
    if not match:
        return None
    digits = "".join(_CN_DIGITS.get(ch, ch) for ch in match.group(1))
    return int(digits)


class Document:
    """Plain text with its year, lines, skeleton and n-gram indexes."""

    def __init__(self, text: str, year: int | None = None) -> None:
        self.text = text
        self.year = year
        self._memo: dict[str, Any] = {}
        self._found: dict[str, list[int]] = {}

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """Return the value cached under `key`, building it on first use."""
        if key not in self._memo:
            self._memo[key] = build()
        value: T = self._memo[key]
        return value

    @cached_property
    def lines(self) -> list[tuple[int, str]]:
        """Return each line with the offset it starts at."""
        result: list[tuple[int, str]] = []
        start = 0
        for line in self.text.split("\n"):
            result.append((start, line))
            start += len(line) + 1
        return result

    @cached_property
    def skeleton(self) -> tuple[str, list[int]]:
        """Return the text without punctuation and spaces, and each kept character's offset."""
        return skeleton(self.text)

    @cached_property
    def bigrams(self) -> dict[str, list[int]]:
        """Return the positions of every two-character sequence of the skeleton."""
        index: dict[str, list[int]] = defaultdict(list)
        skel = self.skeleton[0]
        for position in range(len(skel) - 1):
            index[skel[position:position + 2]].append(position)
        return index

    def find_all(self, needle: str) -> list[int]:
        """Return every offset where `needle` occurs in the text (overlapping occurrences too)."""
        if needle not in self._found:
            found: list[int] = []
            position = self.text.find(needle)
            while position >= 0:
                found.append(position)
                position = self.text.find(needle, position + 1)
            self._found[needle] = found
        return self._found[needle]

    def line_of(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of `offset`."""
        line = self.text.count("\n", 0, offset)
        column = offset - (self.text.rfind("\n", 0, offset) + 1)
        return line + 1, column + 1
