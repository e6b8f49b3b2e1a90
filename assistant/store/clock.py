"""Timestamps the store writes: ISO local time with microseconds, so text order is time order."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    """Return the current local time as ISO text with microseconds."""
    return dt.datetime.now().isoformat(timespec="microseconds")


def shown(stamp: str) -> str:
    """Return a stored time as the user reads it: 2026-12-25 09:30."""
    return stamp[:16].replace("T", " ")
