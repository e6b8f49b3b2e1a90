"""Small helpers for Chinese text: list joining, numerals."""

from __future__ import annotations

from collections.abc import Sequence


def join_list(items: Sequence[object]) -> str:
    """Join items the Chinese way: `A`, `A和B`, `A、B和C`."""
    words = [str(item) for item in items if str(item).strip()]
    if len(words) <= 1:
        return "".join(words)
    return "、".join(words[:-1]) + "和" + words[-1]
