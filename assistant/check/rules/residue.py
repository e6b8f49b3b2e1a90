"""Residue of copying from web pages: ##markers##, HTML tags and entities, control characters."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

_MARKER = re.compile(r"#{2}[A-Za-z_][A-Za-z0-9_]*#{2}")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>\n]*)?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u2060\ufeff]")
_INVISIBLE = {"\xa0", " "}


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each marker, tag, entity and control character; a warning for site watermarks."""
    text = doc.text
    for match in _MARKER.finditer(text):
        yield _error(match, f"网页复制残留标记“{match.group(0)}”，应删除", "")
    for match in _TAG.finditer(text):
        if match.group(1).lower() in lex.html_tags:
            yield _error(match, f"网页复制残留的 HTML 标签“{match.group(0)}”，应删除", "")
    for match in _ENTITY.finditer(text):
        decoded = html.unescape(match.group(0))
        if decoded != match.group(0):
            replacement = "" if decoded in _INVISIBLE else decoded
            yield _error(match, f"网页复制残留的 HTML 字符实体“{match.group(0)}”", replacement)
    for match in _CONTROL.finditer(text):
        yield _error(match, f"不可见的控制字符（U+{ord(match.group(0)):04X}），应删除", "")
    for phrase in lex.residue_phrases:
        for start in doc.find_all(phrase):
            yield Finding(start, start + len(phrase), RULE.id, "warning",
                          f"“{phrase}”疑为范文网站的水印或按钮文字，请核实后删除")


def _error(match: re.Match[str], message: str, suggestion: str) -> Finding:
    return Finding(match.start(), match.end(), RULE.id, "error", message, suggestion)


RULE = Rule("residue", "网页复制残留", check)
