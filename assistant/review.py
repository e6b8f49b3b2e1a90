"""Proofread a Draft: run the checker over its plain text and place each finding on its block."""

from __future__ import annotations

from dataclasses import dataclass

from .check import Finding, check_text
from .draft import Block, Draft, blocks
from .export.text import line_of


@dataclass(frozen=True)
class Mark:
    """A finding inside one block's `text`: `start`/`end` are offsets into that text."""

    block: int
    start: int
    end: int
    finding: Finding


def review(draft: Draft, year: int | None = None) -> list[Mark]:
    """Return the checker's findings on `draft`, each placed on the block whose text it falls in."""
    items = list(blocks(draft))
    lines = [line_of(block) for block in items]
    offsets, position = [], 0
    for block, line in zip(items, lines, strict=True):
        offsets.append(position + len(line) - len(block.text))
        position += len(line) + 1
    marks = []
    for finding in check_text("\n".join(lines) + "\n", year=year):
        for n, (block, start) in enumerate(zip(items, offsets, strict=True)):
            if start <= finding.start and finding.end <= start + len(block.text):
                marks.append(Mark(n, finding.start - start, finding.end - start, finding))
                break
    return marks


def marks_of(marks: list[Mark], block: int) -> list[Mark]:
    """Return the marks on one block."""
    return [m for m in marks if m.block == block]


__all__ = ["Block", "Mark", "marks_of", "review"]
