"""Flatten a Draft into numbered blocks: the one reading order every renderer follows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .numbering import label
from .tree import Draft, Paragraph, Section

Kind = Literal["title", "salutation", "heading", "paragraph", "closing", "signoff_unit", "signoff_date"]


@dataclass(frozen=True)
class Block:
    """One printed line or paragraph of the document.

    For a heading, `label` is its number (`一、`) and `level` its depth (1–4). A paragraph that begins
    with a run-in heading has that heading in `lead` (numbered, ending with 。) and its level in `level`.
    """

    kind: Kind
    text: str
    level: int = 0
    label: str = ""
    lead: str = ""
    key: str = ""

    @property
    def heading_text(self) -> str:
        """Return a heading's full printed text, number included."""
        return self.label + self.text


def blocks(draft: Draft) -> Iterator[Block]:
    """Yield the blocks of `draft` in reading order, with heading numbers computed from the tree."""
    yield Block("title", draft.title)
    if draft.salutation:
        yield Block("salutation", draft.salutation)
    for paragraph in draft.opening:
        yield Block("paragraph", paragraph.text, key=paragraph.key)
    for n, section in enumerate(draft.sections, start=1):
        yield from _section(section, 1, n)
    for paragraph in draft.closing:
        yield Block("closing", paragraph.text, key=paragraph.key)
    if draft.signoff:
        yield Block("signoff_unit", draft.signoff.unit)
        yield Block("signoff_date", draft.signoff.date)


def _section(section: Section, level: int, n: int) -> Iterator[Block]:
    number = label(level, n)
    children = section.children
    if section.run_in:
        first, children = _leading_paragraph(children)
        yield Block("paragraph", first.text if first else "", level=level, lead=number + _with_stop(section.heading),
                    key=first.key if first else section.key)
    else:
        yield Block("heading", section.heading, level=level, label=number, key=section.key)
    sub = 0
    for child in children:
        if isinstance(child, Section):
            sub += 1
            yield from _section(child, level + 1, sub)
        else:
            yield Block("paragraph", child.text, key=child.key)


def _leading_paragraph(children: list[Section | Paragraph]) -> tuple[Paragraph | None, list[Section | Paragraph]]:
    if children and isinstance(head := children[0], Paragraph):
        return head, children[1:]
    return None, children


def _with_stop(heading: str) -> str:
    return heading if heading.endswith(("。", "？", "！")) else heading + "。"
