"""The proofreader (规范表述校对): offline, deterministic checks of a Chinese official document."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .document import Document, infer_year
from .extract import extract_text, read_file
from .finding import SEVERITIES, Finding, Severity, apply_fixes, finalize
from .lexicon import Formulation, Lexicon, load_lexicon
from .rule import Rule
from .rules import RULES

__all__ = ["RULES", "SEVERITIES", "Finding", "Formulation", "Lexicon", "Rule", "Severity", "apply_fixes",
           "check_file", "check_text", "extract_text", "infer_year", "load_lexicon"]


def check_text(text: str, *, year: int | None = None, rules: Sequence[Rule] = RULES) -> list[Finding]:
    """Return the findings for `text`, sorted by position; `year` defaults to the year of its title."""
    document = Document(text, year if year is not None else infer_year(text))
    lexicon = load_lexicon()
    return finalize(finding for rule in rules for finding in rule.check(document, lexicon))


def check_file(path: str | Path, *, year: int | None = None) -> list[Finding]:
    """Return the findings for a .txt, .md or .docx file; offsets refer to its extracted plain text."""
    return check_text(read_file(Path(path)), year=year)
