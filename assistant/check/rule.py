"""The Rule: one kind of check, with a stable id, a Chinese title and its check function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .document import Document
from .finding import Finding
from .lexicon import Lexicon

Check = Callable[[Document, Lexicon], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A proofreading rule: `check(document, lexicon)` yields its findings."""

    id: str
    title: str
    check: Check
