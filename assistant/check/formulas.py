"""Formulations prepared for matching: skeletons, anchors, items, and their exact places in a document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .chars import strip_marks
from .document import Document
from .lexicon import Formulation, Lexicon

ITEM_SEPARATORS = re.compile(r"[、，,；;]")
_CONJUNCTIONS = set("和及与以")


@dataclass(frozen=True)
class Pattern:
    """A formulation as the matchers use it: skeleton, edit limit, bigram anchors and list items."""

    formulation: Formulation
    skel: str
    limit: int
    anchors: tuple[tuple[str, int], ...]
    items: tuple[str, ...]
    wrong: tuple[str, ...]
    variants: tuple[str, ...]
    boundaries: frozenset[int]

    def conjunction(self, chars: str, target_position: int) -> bool:
        """Return whether `chars` are a conjunction (和、及、与、以及) written between two list items."""
        return bool(self.boundaries) and target_position in self.boundaries and set(chars) <= _CONJUNCTIONS


def edit_limit(length: int) -> int:
    """Return how many edits a near miss of a formulation with `length` characters may have."""
    return 1 if length < 10 else 2 if length < 25 else 3


@cache
def patterns(lex: Lexicon) -> tuple[Pattern, ...]:
    """Return the prepared pattern of every formulation of `lex`."""
    return tuple(_pattern(f) for f in lex.formulations)


def _pattern(formulation: Formulation) -> Pattern:
    skel = strip_marks(formulation.text)
    anchors = tuple(dict.fromkeys((skel[j:j + 2], j) for j in range(len(skel) - 1)))
    items = tuple(strip_marks(item) for item in ITEM_SEPARATORS.split(formulation.text))
    boundaries = {sum(len(item) for item in items[:i]) for i in range(1, len(items))}
    return Pattern(formulation, skel, edit_limit(len(skel)), anchors, items if len(items) >= 3 else (),
                   tuple(strip_marks(w) for w in formulation.wrong),
                   (skel, *(strip_marks(a) for a in formulation.allow)), frozenset(boundaries))


def exact_spans(doc: Document, lex: Lexicon) -> list[tuple[int, int, Pattern]]:
    """Return the skeleton spans where a formulation or an allowed variant occurs exactly."""
    def build() -> list[tuple[int, int, Pattern]]:
        skel = doc.skeleton[0]
        spans: list[tuple[int, int, Pattern]] = []
        for pattern in patterns(lex):
            for variant in pattern.variants:
                position = skel.find(variant)
                while position >= 0:
                    spans.append((position, position + len(variant), pattern))
                    position = skel.find(variant, position + 1)
        return spans
    return doc.memo("formulas.exact_spans", build)


def inside_exact(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """Return whether skeleton span [start, end) lies within an exact formulation or allowed variant."""
    return any(s <= start and end <= e for s, e, _ in exact_spans(doc, lex))


def original_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Return the text offsets covered by skeleton span [start, end)."""
    offsets = doc.skeleton[1]
    return offsets[start], offsets[end - 1] + 1
