"""One wrong item inside an enumerated formulation (学思想、强党性、重实效、建新功), however different it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..chars import strip_marks
from ..document import Document
from ..finding import Finding
from ..formulas import Pattern, patterns
from ..lexicon import Lexicon

_SEP = r"\s*[、，,；;]\s*"
_LAST_SEP = r"(?:\s*[、，,；;]\s*|和|及|以及|与)"


@cache
def _regexes(pattern: Pattern) -> tuple[re.Pattern[str], ...]:
    """Return one regex per item: the list with that item replaced by a wildcard of similar length."""
    items = [strip_marks(i) for i in re.split(r"[、，,；;]", pattern.formulation.text)]
    result = []
    for wild, item in enumerate(items):
        edge = wild in (0, len(items) - 1)
        low, high = (len(item), len(item)) if edge else (max(1, len(item) - 1), len(item) + 1)
        parts: list[str] = []
        for index, other in enumerate(items):
            if index:
                parts.append(_LAST_SEP if index == len(items) - 1 else _SEP)
            parts.append(f"([\u4e00-\u9fff]{{{low},{high}}})" if index == wild else re.escape(other))
        result.append(re.compile("".join(parts)))
    return tuple(result)


def check_items(doc: Document, lex: Lexicon, rule_id: str) -> Iterator[Finding]:
    """Yield an error for a list matching a formulation in every item but one similar-looking item."""
    for pattern in patterns(lex):
        items = pattern.items
        if not items or sum(item in doc.text for item in items) < len(items) - 1:
            continue
        for wild, regex in enumerate(_regexes(pattern)):
            for match in regex.finditer(doc.text):
                if _wrong_item(doc.text, match, items[wild], edge=wild in (0, len(items) - 1), lex=lex):
                    yield Finding(match.start(1), match.end(1), rule_id, "error",
                                  f"“{match.group(1)}”应为“{items[wild]}”：规范提法为“{pattern.formulation.text}”"
                                  f"（{pattern.formulation.reference}）", items[wild])


def _wrong_item(text: str, match: re.Match[str], item: str, *, edge: bool, lex: Lexicon) -> bool:
    found = match.group(1)
    if found == item or found in lex.known_words:
        return False
    if item in text[max(0, match.start(1) - 2):match.end(1) + 2]:
        return False
    if edge:
        return sum(a != b for a, b in zip(found, item, strict=True)) == 1
    return bool(set(found) & set(item))

