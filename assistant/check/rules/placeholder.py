"""Leftover placeholders: XXX, ×××, 某某, {{ 名称 }}, （单位名称）, 【待补】 and fill-in blanks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

_MARKS = re.compile(r"(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|某{2,}|□{2,}|\{\{[^{}\n]*\}\}|\{%[^%\n]*%\}")
_BLANKS = re.compile(r"_{3,}|＿{2,}")
_BRACKETED = re.compile(r"[（(【\[]\s*([^（()）【】\[\]\n]{1,12}?)\s*[）)】\]]")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each placeholder left unfilled, a warning for each fill-in blank."""
    for match in _MARKS.finditer(doc.text):
        yield _finding(match)
    for match in _BRACKETED.finditer(doc.text):
        content = match.group(1)
        if content in lex.bracket_words or content.startswith(lex.bracket_prefixes):
            yield _finding(match)
    for match in _BLANKS.finditer(doc.text):
        yield Finding(match.start(), match.end(), RULE.id, "warning", "留有待填写的空白横线，请补全内容")


def _finding(match: re.Match[str]) -> Finding:
    return Finding(match.start(), match.end(), RULE.id, "error",
                   f"占位符“{match.group(0)}”未替换，请填写实际内容")


RULE = Rule("placeholder", "占位符未替换", check)
