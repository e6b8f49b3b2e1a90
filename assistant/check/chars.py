"""Character classes and the confusable-character test the rules share."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

FULL_PUNCT = "，。、；：？！“”‘’（）《》【】〔〕—…·"


def is_cjk(ch: str) -> bool:
    """Return whether `ch` is a Chinese character."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "〇"


def is_chinese_context(ch: str) -> bool:
    """Return whether `ch` belongs to Chinese running text: a Chinese character or full-width mark."""
    return is_cjk(ch) or ch in FULL_PUNCT


def skeleton(text: str) -> tuple[str, list[int]]:
    """Return the letters, digits, Chinese characters and line breaks of `text`, with their offsets."""
    kept: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch.isalnum() or ch == "\n":
            kept.append(ch)
            offsets.append(index)
    return "".join(kept), offsets


def strip_marks(text: str) -> str:
    """Return `text` without punctuation and spaces (its skeleton as a string)."""
    return "".join(ch for ch in text if ch.isalnum())


def bounded_before(text: str, index: int) -> bool:
    """Return whether no Chinese character directly precedes `index`."""
    return index == 0 or not is_cjk(text[index - 1])


def bounded_after(text: str, index: int) -> bool:
    """Return whether no Chinese character sits at `index` (the position just after a span)."""
    return index >= len(text) or not is_cjk(text[index])


@cache
def readings(ch: str) -> frozenset[str]:
    """Return the toneless pinyin readings of a Chinese character."""
    from pypinyin import Style, pinyin  # deferred: loading the dictionary costs time only when needed

    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore") if is_cjk(ch) else []
    return frozenset(found[0]) if found else frozenset()


def confusable(a: str, b: str, groups: Mapping[str, frozenset[str]]) -> bool:
    """Return whether `a` and `b` are easily confused: listed together, or pronounced alike."""
    if b in groups.get(a, frozenset()):
        return True
    return bool(readings(a) & readings(b))
