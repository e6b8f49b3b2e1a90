"""Clean an imported sentence with the proofreader: drop web residue, fix certain slips, slot placeholders."""

from __future__ import annotations

from dataclasses import dataclass

from ..check import Finding, check_text

PLACEHOLDER_RULE = "placeholder"
SLOT = "待填"


@dataclass(frozen=True)
class Cleaned:
    """A sentence after cleaning, with one Chinese note per change made."""

    text: str
    notes: tuple[str, ...] = ()


def clean(sentence: str, year: int | None = None) -> Cleaned:
    """Return the sentence with the checker's certain fixes applied and placeholders turned into slots."""
    pieces: list[str] = []
    notes: list[str] = []
    position = slots = 0
    for finding in _findings(sentence, year):
        if finding.start < position:
            continue
        found = sentence[finding.start:finding.end]
        if finding.rule == PLACEHOLDER_RULE and not found.startswith("{{"):
            slots += 1
            replacement = f"{{{{ {SLOT}{slots if slots > 1 else ''} }}}}"
            notes.append(f"占位符“{found}”改为待填项")
        elif finding.suggestion is not None:
            replacement = finding.suggestion
            notes.append(f"删除“{found}”" if not replacement else f"“{found}”改为“{replacement}”")
        else:
            continue
        pieces += [sentence[position:finding.start], replacement]
        position = finding.end
    pieces.append(sentence[position:])
    return Cleaned("".join(pieces).strip(), tuple(notes))


def _findings(sentence: str, year: int | None) -> list[Finding]:
    return sorted(check_text(sentence, year=year), key=lambda f: (f.start, f.end))
