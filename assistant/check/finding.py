"""The Finding: one defect the proofreader reports, located by character offsets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "hint"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "hint")

# Rules that judge the wording itself; overlapping findings of these describe one defect, so the
# narrowest wins (ties go to the earlier rule here: a mistyped term says more than a whole formulation).
WORDING_RULES = ("term-typo", "formulation", "doubled-char")


@dataclass(frozen=True)
class Finding:
    """A defect in `text[start:end]`, with a Chinese message and, when certain, the replacement."""

    start: int
    end: int
    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None

    def overlaps(self, other: Finding) -> bool:
        """Return whether the two findings share at least one character."""
        return self.start < other.end and other.start < self.end


def finalize(findings: Iterable[Finding]) -> list[Finding]:
    """Return the findings de-duplicated, one per wording defect, sorted by position."""
    unique: dict[tuple[int, int, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.start, finding.end, finding.rule), finding)
    others = [f for f in unique.values() if f.rule not in WORDING_RULES]
    wording: list[Finding] = []
    for finding in sorted((f for f in unique.values() if f.rule in WORDING_RULES),
                          key=lambda f: (f.end - f.start, WORDING_RULES.index(f.rule), f.start)):
        if not any(finding.overlaps(kept) for kept in wording):
            wording.append(finding)
    return sorted(others + wording, key=lambda f: (f.start, f.end, f.rule))


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Return `text` with every suggestion applied, skipping findings that overlap one already applied."""
    pieces: list[str] = []
    position = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if finding.suggestion is None or finding.start < position:
            continue
        pieces.append(text[position:finding.start])
        pieces.append(finding.suggestion)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)
