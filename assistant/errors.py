"""Errors that carry a Chinese message for the user, with the place they refer to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem found in user-editable data, located by file and line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class QicaoError(Exception):
    """An error whose message is written for the user (in Chinese)."""


class DataError(QicaoError):
    """User data (a pack, template or answers file) has one or more problems."""

    def __init__(self, problems: list[Problem], summary: str = "数据有误") -> None:
        self.problems = problems
        lines = [f"{summary}（共 {len(problems)} 处）："] + [f"  {p}" for p in problems]
        super().__init__("\n".join(lines))
