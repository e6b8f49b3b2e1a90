"""Which sections have wording for a given year (a campaign section is empty outside its years)."""

from __future__ import annotations

from ..bank import Bank
from ..templates.model import SectionSpec, Template


def section_groups(section: SectionSpec) -> set[str]:
    """Return the bank groups a section's sentences draw on."""
    return {rule.group for point in (*section.points, *section.items) for rule in point.sentences}


def available_sections(template: Template, bank: Bank, year: int) -> list[str]:
    """Return the keys of the sections that can say something in `year`, in template order."""
    return [s.key for s in template.sections if any(bank.group(g, year) for g in section_groups(s))]
