"""Doubled characters that are slips: 的的, 了了, and a measure word doubled after a numeral (四个个)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

_DOUBLE = re.compile(r"([\u4e00-\u9fff])\1")
_NUMERALS = set("一二两三四五六七八九十百千几多0123456789０１２３４５６７８９")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each doubled character of the listed kinds outside the allowed contexts."""
    text = doc.text
    for match in _DOUBLE.finditer(text):
        ch, start = match.group(1), match.start()
        counted = ch in lex.measures and start > 0 and text[start - 1] in _NUMERALS
        if (ch in lex.doubled_chars or counted) and not _allowed(text, start, ch * 2, lex):
            where = f"“{text[start - 1]}{ch * 2}”" if counted else f"“{ch * 2}”"
            yield Finding(start, start + 2, RULE.id, "error", f"{where}多了一个“{ch}”", ch)


def _allowed(text: str, start: int, pair: str, lex: Lexicon) -> bool:
    for context in lex.doubled_allow:
        at = context.find(pair)
        while at >= 0:
            if text.startswith(context, start - at) and start >= at:
                return True
            at = context.find(pair, at + 1)
    return False


RULE = Rule("doubled-char", "重复用字", check)
