"""Fixed formulations off by one or two characters: near-miss matching of 规范提法 on the text's skeleton."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from ..chars import bounded_after, bounded_before, strip_marks
from ..document import Document
from ..finding import Finding
from ..formulas import Pattern, exact_spans, inside_exact, original_span, patterns
from ..lexicon import Lexicon
from ..rule import Rule
from .enumeration import check_items

_SEGMENT = re.compile(r"[^、，,；;“”‘’\"'（）()\s]+")
_EDGE = 2  # edits this close to either end may just be a different continuation of the text
_CONTEXT = 2
_LONG_ITEM = 8  # longer list items are reported by their differing middle, not whole


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error where the text comes within a few edits of a formulation without matching it."""
    skel = doc.skeleton[0]
    exact_spans(doc, lex)
    for pattern in patterns(lex):
        for wrong in pattern.wrong:
            position = skel.find(wrong)
            while position >= 0:
                yield from _report(doc, pattern, position, position + len(wrong))
                position = skel.find(wrong, position + 1)
        for start, end in _near_misses(pattern, doc):
            if not inside_exact(doc, lex, start, end) and _acceptable(doc, pattern, start, end):
                yield from _report(doc, pattern, start, end)
    yield from check_items(doc, lex, RULE.id)


def _near_misses(pattern: Pattern, doc: Document) -> Iterator[tuple[int, int]]:
    """Yield skeleton windows within the edit limit of the pattern (exact matches excluded)."""
    limit, length = pattern.limit, len(pattern.skel)
    votes: Counter[int] = Counter()
    for bigram, offset in pattern.anchors:
        for position in doc.bigrams.get(bigram, ()):
            votes[position - offset] += 1
    need = max(2, length - 1 - 2 * limit)
    starts = sorted(c for c in votes if sum(votes.get(c + d, 0) for d in range(-limit, limit + 1)) >= need)
    cluster: list[int] = []
    for start in [*starts, None]:
        if cluster and (start is None or start - cluster[-1] > 2 * limit):
            window = _best_window(doc.skeleton[0], pattern, cluster[0] - limit, cluster[-1] + limit)
            if window is not None:
                yield window
            cluster = []
        if start is not None:
            cluster.append(start)


def _best_window(skel: str, pattern: Pattern, low: int, high: int) -> tuple[int, int] | None:
    limit, length = pattern.limit, len(pattern.skel)
    low = max(0, low)
    if skel.find(pattern.skel, low, high + length + limit) >= 0:
        return None
    best: tuple[int, int, int, int] | None = None
    for start in range(low, high + 1):
        for size in range(length - limit, length + limit + 1):
            window = skel[start:start + size]
            if len(window) < size or "\n" in window:
                continue
            distance = Levenshtein.distance(window, pattern.skel, score_cutoff=limit)
            key = (distance, abs(size - length), start, size)
            if distance <= limit and (best is None or key < best):
                best = key
    if best is None or best[0] == 0:
        return None
    return best[2], best[2] + best[3]


def _acceptable(doc: Document, pattern: Pattern, start: int, end: int) -> bool:
    """Return whether the edits are inside the formulation, not a different ending or beginning."""
    window = doc.skeleton[0][start:end]
    ops = [op for op in Levenshtein.editops(window, pattern.skel)
           if not (op.tag == "delete" and pattern.conjunction(window[op.src_pos], op.dest_pos))]
    if not ops:
        return False
    length = len(pattern.skel)
    edge = [op for op in ops if op.dest_pos < _EDGE or op.dest_pos >= length - _EDGE]
    if not edge:
        return True
    if len(ops) != 1 or ops[0].tag != "replace":
        return False
    first, last = original_span(doc, start, end)
    if ops[0].dest_pos < _EDGE and not bounded_before(doc.text, first):
        return False
    return not (ops[0].dest_pos >= length - _EDGE and not bounded_after(doc.text, last))


def _report(doc: Document, pattern: Pattern, start: int, end: int) -> Iterator[Finding]:
    first, last = original_span(doc, start, end)
    original = doc.text[first:last]
    fixed = _rewrite(doc, start, end, pattern)
    reference = f"规范提法为“{pattern.formulation.text}”（{pattern.formulation.reference}）"
    if pattern.items:
        pairs = _segment_pairs(original, fixed)
        if pairs is not None:
            for offset, before, after in pairs:
                if len(before) > _LONG_ITEM:
                    inner, before, after = _narrow(before, after)
                    offset += inner
                yield Finding(first + offset, first + offset + len(before), RULE.id, "error",
                              f"“{before}”应为“{after}”：{reference}", after)
            return
    offset, before, after = _narrow(original, fixed)
    yield Finding(first + offset, first + offset + len(before), RULE.id, "error",
                  f"“{before}”应为“{after}”：{reference}", after)


def _rewrite(doc: Document, start: int, end: int, pattern: Pattern) -> str:
    """Return the original span with the skeleton edits applied, keeping the writer's punctuation."""
    offsets = doc.skeleton[1]
    first, last = original_span(doc, start, end)
    chars = list(doc.text[first:last])
    window, target = doc.skeleton[0][start:end], pattern.skel
    for op in reversed(Levenshtein.opcodes(window, target)):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal" or (tag == "delete" and pattern.conjunction(window[i1:i2], j1)):
            continue
        if i1 < i2:
            low, high = offsets[start + i1] - first, offsets[start + i2 - 1] - first + 1
        else:
            low = high = offsets[start + i1] - first if start + i1 < end else last - first
        chars[low:high] = target[j1:j2]
    return "".join(chars)


def _segment_pairs(original: str, fixed: str) -> list[tuple[int, str, str]] | None:
    """Return (offset, segment, corrected segment) for each list item that differs, or None."""
    before = [(m.start(), m.group(0)) for m in _SEGMENT.finditer(original)]
    after = [m.group(0) for m in _SEGMENT.finditer(fixed)]
    if len(before) != len(after):
        return None
    pairs = [(offset, segment, corrected) for (offset, segment), corrected in zip(before, after, strict=True)
             if strip_marks(segment) != strip_marks(corrected)]
    return pairs or None


def _narrow(original: str, fixed: str) -> tuple[int, str, str]:
    """Return the differing middle of the two strings with a little context on each side."""
    head = 0
    while head < min(len(original), len(fixed)) and original[head] == fixed[head]:
        head += 1
    tail = 0
    while (tail < min(len(original), len(fixed)) - head
           and original[len(original) - 1 - tail] == fixed[len(fixed) - 1 - tail]):
        tail += 1
    head, tail = max(0, head - _CONTEXT), max(0, tail - _CONTEXT)
    return head, original[head:len(original) - tail], fixed[head:len(fixed) - tail]


RULE = Rule("formulation", "规范提法有误", check)
