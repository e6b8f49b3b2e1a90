"""The Phrase: one piece of standard wording (规范表述) with what it is for."""

from __future__ import annotations

from dataclasses import dataclass, field

FUNCTIONS = ("标题", "开头", "总述", "措施", "成效", "问题", "计划", "过渡", "结尾")


@dataclass(frozen=True)
class Phrase:
    """A phrase of the bank; `slots` are the names its text fills in, in order."""

    id: str
    text: str
    genres: tuple[str, ...]
    topic: str
    function: str
    tags: tuple[str, ...] = ()
    slots: tuple[str, ...] = ()
    group: str = ""
    since: int | None = None
    until: int | None = None
    campaign: str = ""
    source: str = ""
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    def valid_in(self, year: int | None) -> bool:
        """Return whether the phrase may be offered for a document of `year` (None: any year)."""
        if year is None:
            return True
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)

    @property
    def years_label(self) -> str:
        """Return the validity years as Chinese text, or '' when the phrase is not time-bound."""
        if self.since is None and self.until is None:
            return ""
        if self.since == self.until:
            return f"{self.since}年"
        return f"{self.since or ''}–{self.until or ''}年"
