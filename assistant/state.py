"""The state of one document being drafted: template, choices, answers and the user's own changes."""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Insertion:
    """A paragraph the user added at the end of a section (from a phrase or typed by hand)."""

    key: str
    section: str
    text: str
    phrase_id: str = ""


@dataclass
class DraftState:
    """Everything needed to rebuild a draft; JSON-serialisable through to_dict/from_dict."""

    template: str
    year: int
    unit: str
    sections: list[str]
    answers: dict[str, Any] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    seed: int = 0
    variants: dict[str, int] = field(default_factory=dict)
    edits: dict[str, str] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    inserted: list[Insertion] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a plain-data copy for JSON."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DraftState:
        """Return a state from `to_dict` output."""
        values = copy.deepcopy(data)
        values["inserted"] = [Insertion(**item) for item in values.get("inserted", [])]
        return cls(**values)

    def copy(self) -> DraftState:
        """Return a deep copy."""
        return DraftState.from_dict(self.to_dict())
