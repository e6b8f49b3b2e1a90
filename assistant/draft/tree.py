"""The Draft tree: title, optional salutation and opening, numbered sections, closing and sign-off."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Provenance:
    """Where a paragraph came from: the phrases and answers used, or the user's own hand."""

    phrase_ids: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    by_hand: bool = False


@dataclass
class Paragraph:
    """A body paragraph; `key` is stable across regeneration so edits can be kept."""

    key: str
    text: str
    provenance: Provenance = field(default_factory=Provenance)


@dataclass
class Section:
    """A heading with its children; the level (一、（一）1.（1）) comes from the depth in the tree.

    A run-in section's heading is printed at the start of its first paragraph, ending with 。.
    """

    key: str
    heading: str
    children: list[Section | Paragraph] = field(default_factory=list)
    run_in: bool = False

    def paragraphs(self) -> list[Paragraph]:
        """Return every paragraph under this section, in order."""
        found: list[Paragraph] = []
        for child in self.children:
            found.extend(child.paragraphs() if isinstance(child, Section) else [child])
        return found


@dataclass(frozen=True)
class SignOff:
    """The 落款: the unit's name and the date (already written as `2026年12月25日`)."""

    unit: str
    date: str


@dataclass
class Draft:
    """One document; every output format is a renderer of this tree."""

    title: str
    sections: list[Section] = field(default_factory=list)
    salutation: str = ""
    opening: list[Paragraph] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    signoff: SignOff | None = None

    def paragraphs(self) -> list[Paragraph]:
        """Return every paragraph of the draft in reading order."""
        found = list(self.opening)
        for section in self.sections:
            found.extend(section.paragraphs())
        return found + list(self.closing)

    def find_section(self, key: str) -> Section | None:
        """Return the section with `key`, searching the whole tree."""
        stack = list(self.sections)
        while stack:
            section = stack.pop()
            if section.key == key:
                return section
            stack.extend(c for c in section.children if isinstance(c, Section))
        return None
