"""Heading numbers at line starts (一、 （一） 1. （1）), as the numbering and count rules read them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document

_CN = "一二三四五六七八九十"
_PATTERNS = (
    (1, re.compile(rf"[ \t\u3000]*([{_CN}]{{1,3}})([、.．，,])")),
    (2, re.compile(rf"[ \t\u3000]*([（(])([{_CN}]{{1,3}})([）)])")),
    (3, re.compile(r"[ \t\u3000]*(\d{1,2})([.．、])(?!\d)")),
    (4, re.compile(r"[ \t\u3000]*([（(])(\d{1,2})([）)])")),
)


@dataclass(frozen=True)
class Heading:
    """A numbered line: its level (1–4), number, the marker's offsets and the marker as written."""

    level: int
    number: int
    start: int
    end: int
    marker: str
    line: int


def chinese_value(numeral: str) -> int:
    """Return the value of a heading numeral from 一 to 九十九."""
    if "十" not in numeral:
        return _CN.index(numeral) + 1
    tens, _, ones = numeral.partition("十")
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(ones) + 1 if ones else 0)


def heading_marker(line: str) -> re.Match[str] | None:
    """Return the match of the heading number (一、 （一） 1. （1）) a line starts with, or None."""
    for level, pattern in _PATTERNS:
        match = pattern.match(line)
        if match and _valid(level, match):
            return match
    return None


def marker_level(match: re.Match[str]) -> int:
    """Return the level (1–4) of a match from heading_marker."""
    return next(level for level, pattern in _PATTERNS if pattern is match.re)


def headings(doc: Document) -> list[Heading]:
    """Return every numbered line of the document in order."""
    def build() -> list[Heading]:
        found: list[Heading] = []
        for index, (start, line) in enumerate(doc.lines):
            match = heading_marker(line)
            if match is None:
                continue
            level = marker_level(match)
            numeral = match.group(1) if level in (1, 3) else match.group(2)
            number = chinese_value(numeral) if level in (1, 2) else int(numeral)
            found.append(Heading(level, number, start + match.start(1),
                                 start + match.end(), match.group(0).strip(), index))
        return found
    return doc.memo("headings", build)


def _valid(level: int, match: re.Match[str]) -> bool:
    if level in (1, 2):
        numeral = match.group(1) if level == 1 else match.group(2)
        return numeral.count("十") <= 1 and (len(numeral) == 1 or "十" in numeral)
    return True
