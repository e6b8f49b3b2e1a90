"""Document templates as data: the prompts a genre asks and the rules that turn answers into paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PROMPT_TYPES = {
    "number": "数字", "text": "文字", "bool": "是/否", "choice": "单选", "multi": "多选",
    "list": "列表", "date": "日期", "year": "年份",
}


@dataclass(frozen=True)
class Prompt:
    """One short question; `name` is also the slot name phrases use for its answer."""

    name: str
    type: str
    question: str
    example: str = ""
    default: Any = None
    choices: tuple[str, ...] = ()
    unit: str = ""
    section: str = ""


@dataclass(frozen=True)
class Condition:
    """When a rule applies: every named answer is given (and non-zero), and each choice is selected."""

    given: tuple[str, ...] = ()
    chosen: tuple[tuple[str, str], ...] = ()

    def names(self) -> set[str]:
        """Return the answer names this condition reads."""
        return set(self.given) | {name for name, _ in self.chosen}


@dataclass(frozen=True)
class SentenceRule:
    """One sentence: a variant group of the bank, included when its condition holds."""

    group: str
    when: Condition = field(default_factory=Condition)


@dataclass(frozen=True)
class Point:
    """A numbered sub-point (1. 2. 3.) with a run-in heading, or an unnumbered paragraph when no heading.

    The heading is one of `headings`, or a phrase of the bank group `heading_group` when that is given.
    """

    key: str
    headings: tuple[str, ...]
    sentences: tuple[SentenceRule, ...]
    when: Condition = field(default_factory=Condition)
    heading_group: str = ""


@dataclass(frozen=True)
class SectionSpec:
    """A section the user may pick: one （一） topic, or several items chosen by answers."""

    key: str
    name: str
    part: str
    headings: tuple[str, ...]
    prompts: tuple[Prompt, ...]
    points: tuple[Point, ...]
    items: tuple[Point, ...] = ()
    default: bool = True
    description: str = ""


@dataclass(frozen=True)
class Part:
    """A first-level part of the document (一、主要工作…); dropped when none of its sections is chosen."""

    key: str
    headings: tuple[str, ...]
    intro: tuple[SentenceRule, ...] = ()


@dataclass(frozen=True)
class Template:
    """One genre's template: title patterns, document prompts, opening, parts, sections, closing.

    The 落款 shows the unit, or the answer to the prompt named by `signer` (a person's name) when given.
    """

    id: str
    genre: str
    name: str
    description: str
    titles: tuple[str, ...]
    prompts: tuple[Prompt, ...]
    opening: tuple[SentenceRule, ...]
    parts: tuple[Part, ...]
    sections: tuple[SectionSpec, ...]
    closing: tuple[SentenceRule, ...] = ()
    salutation: str = ""
    signoff: bool = True
    signer: str = ""
    order: int = 100
    file: str = ""

    def section(self, key: str) -> SectionSpec:
        """Return the section with `key`."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def default_sections(self) -> list[str]:
        """Return the keys of the sections selected by default, in template order."""
        return [s.key for s in self.sections if s.default]

    def all_prompts(self) -> list[Prompt]:
        """Return every prompt of the template: document prompts, then each section's."""
        return list(self.prompts) + [p for s in self.sections for p in s.prompts]

    def prompts_for(self, section_keys: list[str]) -> list[Prompt]:
        """Return the prompts to ask for the chosen sections, in order; document prompts come last."""
        chosen = [p for key in section_keys for p in self.section(key).prompts]
        return chosen + list(self.prompts)
