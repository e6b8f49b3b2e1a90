"""A one-character slip inside a known term or fixed idiom: 党委织, 不取腐, 组织生话会, 真碰硬."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..chars import bounded_after, bounded_before, confusable
from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule


@dataclass(frozen=True)
class _Term:
    """A term with the anchors that find every one-edit variant: its halves and its middle swap."""

    text: str
    idiom: bool
    anchors: tuple[tuple[str, int], ...]


@cache
def _terms(lex: Lexicon) -> tuple[_Term, ...]:
    result = []
    for text, idiom in [*((t, False) for t in lex.terms), *((t, True) for t in lex.idioms)]:
        half = len(text) // 2
        swapped = text[:half - 1] + text[half] + text[half - 1] + text[half + 1:]
        # a variant keeps one half intact unless the two characters around the middle are swapped
        anchors = ((text[:half], 0), (text[half:], half), (text[half:], half - 1), (swapped, 0))
        result.append(_Term(text, idiom, anchors))
    return tuple(result)


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each window one edit away from a known term that is not itself a known word."""
    for term in _terms(lex):
        exact = [(p, p + len(term.text)) for p in doc.find_all(term.text)]
        starts = {position - shift for anchor, shift in term.anchors for position in doc.find_all(anchor)}
        for start in sorted(s for s in starts if s >= 0):
            finding = _variant(doc.text, term, start, lex)
            if finding and not any(finding.start < e and s < finding.end for s, e in exact):
                yield finding


def _variant(text: str, term: _Term, start: int, lex: Lexicon) -> Finding | None:
    t, n = term.text, len(term.text)
    window = text[start:start + n]
    if len(window) == n and window != t and window not in lex.known_words:
        diff = [i for i in range(n) if window[i] != t[i]]
        if len(diff) == 1 and (0 < diff[0] < n - 1 or confusable(window[diff[0]], t[diff[0]], lex.confusable)):
            return _finding(start, window, t, f"“{window}”疑为“{t}”之误")
        if len(diff) == 2 and diff[1] == diff[0] + 1 and window[diff[0]] == t[diff[1]] \
                and window[diff[1]] == t[diff[0]]:
            return _finding(start, window, t, f"“{window}”字序颠倒，应为“{t}”")
    short = text[start:start + n - 1]
    if len(short) < 3 or short in lex.known_words or text.startswith(t, start):
        return None
    for missing in range(n):
        if t[:missing] + t[missing + 1:] != short:
            continue
        interior = 0 < missing < n - 1 and (n >= 5 or term.idiom)
        leading = missing == 0 and term.idiom and bounded_before(text, start)
        trailing = missing == n - 1 and term.idiom and bounded_after(text, start + n - 1)
        if interior or leading or trailing:
            return _finding(start, short, t, f"“{short}”疑漏字，应为“{t}”")
    return None


def _finding(start: int, found: str, term: str, message: str) -> Finding:
    return Finding(start, start + len(found), RULE.id, "error", message, term)


RULE = Rule("term-typo", "术语错字", check)
