"""Deterministic, seeded choice among variants, so 换一种说法 is different yet reproducible."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def pick(options: Sequence[T], seed: int, path: str, bump: int = 0) -> T:
    """Return one of `options` chosen by a stable hash of seed and path, shifted by `bump`."""
    start = zlib.crc32(f"{seed}|{path}".encode())
    return options[(start + bump) % len(options)]
