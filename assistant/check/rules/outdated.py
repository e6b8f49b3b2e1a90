"""A campaign or formulation of given years named in a document of another year (as this year's work)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..formulas import exact_spans, original_span
from ..lexicon import Lexicon
from ..rule import Rule

_PAST_AFTER = ("成果", "常态化", "长效化", "期间", "以来")
_PAST_BEFORE = ("巩固", "拓展", "回顾", "延续")
_YEAR = re.compile(r"(20\d\d)年")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield a hint for each year-bound formulation used outside its years without a word marking it past."""
    if doc.year is None:
        return
    for start, end, pattern in exact_spans(doc, lex):
        formulation = pattern.formulation
        if formulation.years is None or formulation.years[0] <= doc.year <= formulation.years[1]:
            continue
        if start == end or pattern.skel not in doc.skeleton[0][start:end]:
            continue
        first, last = original_span(doc, start, end)
        if _marked_past(doc.text, first, last, formulation.years):
            continue
        kind = "开展的学习教育" if formulation.campaign else "主题教育或学习教育的提法"
        yield Finding(first, last, RULE.id, "hint",
                      f"“{formulation.name}”是{formulation.years_label}{kind}，本文为{doc.year}年，"
                      f"如作为本年度工作表述请核实")


def _marked_past(text: str, first: int, last: int, years: tuple[int, int]) -> bool:
    after, before = text[last:last + 8], text[max(0, first - 12):first]
    if any(word in after for word in _PAST_AFTER) or any(word in before for word in _PAST_BEFORE):
        return True
    return any(years[0] <= int(y) <= years[1] for y in _YEAR.findall(before))


RULE = Rule("outdated", "提法年份不符", check)
