"""Turn typed answers into slot values and decide whether a rule's condition holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..chinese import join_list
from ..draft import chinese_number
from ..templates.model import Condition, Prompt, Template

CONTEXT_NAMES = ("年份", "单位名称", "下一年份", "条目数")


def is_given(value: Any) -> bool:
    """Return whether an answer counts as given: not None, not 0, not empty, not False."""
    if value is None or value is False:
        return False
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, (str, list, tuple)):
        return len(value) > 0
    return True


def format_value(prompt: Prompt, value: Any) -> str:
    """Return an answer as it is written into a sentence."""
    if prompt.type in ("list", "multi"):
        return join_list(value)
    if prompt.type == "date":
        return format_date(value)
    if prompt.type == "number" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_date(value: Any) -> str:
    """Return an ISO date as `2026年12月25日` (Arabic numerals, no zero padding)."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return f"{day.year}年{day.month}月{day.day}日"


def slot_values(template: Template, answers: Mapping[str, Any], year: int, unit: str) -> dict[str, str]:
    """Return the value of every given answer and context name, formatted for slots."""
    values = {"年份": str(year), "下一年份": str(year + 1)}
    if unit.strip():
        values["单位名称"] = unit.strip()
    for prompt in template.all_prompts():
        value = answers.get(prompt.name)
        if is_given(value) and prompt.type != "bool":
            values[prompt.name] = format_value(prompt, value)
    return values


def with_defaults(template: Template, answers: Mapping[str, Any], skipped: list[str]) -> dict[str, Any]:
    """Return the answers plus the declared defaults of choice prompts not yet answered or skipped.

    Only choices get defaults (which problems to discuss, say): a number or a name is a fact, and a
    fact the user did not give is never filled in.
    """
    merged = dict(answers)
    for prompt in template.all_prompts():
        if prompt.type in ("choice", "multi") and prompt.default is not None \
                and prompt.name not in merged and prompt.name not in skipped:
            default = prompt.default
            merged[prompt.name] = ([default] if isinstance(default, str) else list(default)) \
                if prompt.type == "multi" else default
    return merged


def item_count(n: int) -> str:
    """Return a count of items as written in prose (`两`, `四`), used by part introductions.

    A part with a single item gets no count: “以下一个方面” reads badly, so intros that announce a
    count are then left out.
    """
    return "两" if n == 2 else chinese_number(n)


def holds(condition: Condition, answers: Mapping[str, Any]) -> bool:
    """Return whether `condition` holds for `answers`."""
    if not all(is_given(answers.get(name)) for name in condition.given):
        return False
    return all(_selected(answers.get(name), option) for name, option in condition.chosen)


def _selected(value: Any, option: str) -> bool:
    if isinstance(value, bool):
        return value == (option in ("是", "有", "true", "True"))
    if isinstance(value, (list, tuple)):
        return option in value
    return value == option
