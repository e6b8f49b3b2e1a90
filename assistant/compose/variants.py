"""Deterministic, seeded choice among variants, so 换一种说法 is different yet reproducible."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def pick(options: Sequence[T], seed: int, path: str, bump: int = 0) -> T:
    """Return one of `options` chosen by a stable hash of seed and path, shifted by `bump`.

    A mixing hash (not CRC32, whose low bits can stay put when only the seed changes) makes every
    seed an independent draw.
    """
    digest = hashlib.blake2b(f"{seed}|{path}".encode(), digest_size=8).digest()
    return options[(int.from_bytes(digest, "big") + bump) % len(options)]
