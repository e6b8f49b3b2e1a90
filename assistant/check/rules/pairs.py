"""Unbalanced paired marks within a paragraph: “” ‘’ （） 《》 【】 〔〕."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

_CLOSE = {"”": "“", "’": "‘", "）": "（", "》": "《", "】": "【", "〕": "〔"}
_OPEN = {v: k for k, v in _CLOSE.items()}
_QUOTES = {"“", "‘"}


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each opening mark never closed and each closing mark never opened."""
    for start, line in doc.lines:
        stack: list[tuple[str, int]] = []
        for at, ch in enumerate(line):
            if ch in _QUOTES and stack and stack[-1][0] == ch:
                # a quote opened while the same quote is open is almost always the closing one mistyped
                stack.pop()
                yield Finding(start + at, start + at + 1, RULE.id, "error",
                              f"引号方向有误：此处应为后引号“{_OPEN[ch]}”", _OPEN[ch])
            elif ch in _OPEN:
                stack.append((ch, at))
            elif ch in _CLOSE:
                yield from _close(stack, ch, start + at, start)
        for ch, at in stack:
            yield _unclosed(ch, start + at)


def _close(stack: list[tuple[str, int]], ch: str, offset: int, line_start: int) -> Iterator[Finding]:
    opener = _CLOSE[ch]
    if not any(open_ch == opener for open_ch, _ in stack):
        yield Finding(offset, offset + 1, RULE.id, "error", f"“{ch}”没有对应的“{opener}”")
        return
    while stack:
        open_ch, at = stack.pop()
        if open_ch == opener:
            return
        yield _unclosed(open_ch, line_start + at)


def _unclosed(ch: str, offset: int) -> Finding:
    return Finding(offset, offset + 1, RULE.id, "error", f"“{ch}”没有对应的“{_OPEN[ch]}”")


RULE = Rule("unbalanced-pair", "成对标点不配对", check)
