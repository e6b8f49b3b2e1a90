"""Heading numbers of official documents: 一、 → （一） → 1. → （1）."""

from __future__ import annotations

MAX_LEVEL = 4
_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """Return `n` (1–99) in Chinese numerals as used in headings: 1→一, 10→十, 12→十二, 20→二十."""
    if not 1 <= n <= 99:
        raise ValueError(f"heading number out of range: {n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def label(level: int, n: int) -> str:
    """Return the heading label of the `n`-th item at `level` (1-based)."""
    if level == 1:
        return f"{chinese_number(n)}、"
    if level == 2:
        return f"（{chinese_number(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4:
        return f"（{n}）"
    raise ValueError(f"official documents use at most {MAX_LEVEL} heading levels, got {level}")
