"""Half-width punctuation in Chinese text: , ; : ? ! ( ) and straight quotes next to Chinese characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chars import is_chinese_context
from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
_MARKS = re.compile(r"[,;:?!().\"']")
# heading numbers such as (一) and (1) at a line start are the numbering rule's business
_ENTITY_HEAD = re.compile(r"&#?[A-Za-z0-9]{2,8}$")  # the ; closing &nbsp; is the residue rule's business
_HEADING = re.compile(r"[ \t\u3000]*\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|[ \t\u3000]*[一二三四五六七八九十]{1,3}\.")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each half-width mark touching Chinese text, suggesting the full-width one."""
    for start, line in doc.lines:
        heading = _HEADING.match(line)
        skip = heading.end() if heading else 0
        quotes = {'"': 0, "'": 0}
        for match in _MARKS.finditer(line):
            mark, at = match.group(0), match.start()
            before = line[at - 1] if at else ""
            after = line[at + 1] if at + 1 < len(line) else ""
            if mark in quotes:
                quotes[mark] += 1
            if at < skip or not _in_chinese(mark, before, after) or (
                    mark == ";" and _ENTITY_HEAD.search(line, 0, at)):
                continue
            suggestion = _quote(mark, quotes[mark]) if mark in quotes else _FULL[mark]
            yield Finding(start + at, start + at + 1, RULE.id, "error",
                          f"中文中使用了半角标点“{mark}”，应为全角“{suggestion}”", suggestion)


def _in_chinese(mark: str, before: str, after: str) -> bool:
    if mark == ".":
        return bool(before) and is_chinese_context(before) and not after.isdigit()
    return is_chinese_context(before) or is_chinese_context(after)


def _quote(mark: str, count: int) -> str:
    opening = count % 2 == 1
    if mark == '"':
        return "“" if opening else "”"
    return "‘" if opening else "’"


RULE = Rule("halfwidth-punct", "半角标点", check)
