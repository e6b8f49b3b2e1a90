"""Precision on the shipped phrase bank: standard wording must never be reported as an error."""

from __future__ import annotations

import re

import pytest

from assistant.bank import load_bank
from assistant.check import check_text

_SLOT = re.compile(r"\{\{\s*([^}]*?)\s*\}\}")


def render(text: str) -> str:
    """Return a phrase with every slot filled by a plausible value (a year, a count or 示例)."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if "年" in name:
            return "2026"
        return "3" if any(ch in name for ch in "次数个人项名场批期率") else "示例"
    return _SLOT.sub(value, text)


def test_no_phrase_of_the_shipped_bank_has_an_error() -> None:
    bank = load_bank()
    if not len(bank):
        pytest.skip("the shipped bank has no phrases yet")
    errors = {p.id: [(f.rule, f.message) for f in check_text(render(p.text)) if f.severity == "error"]
              for p in bank.phrases}
    assert {pid: found for pid, found in errors.items() if found} == {}
