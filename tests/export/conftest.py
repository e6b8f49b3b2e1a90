"""Fixtures for the renderer tests."""

from __future__ import annotations

import pytest
from export_helpers import SAMPLE, draft_from

from assistant.draft import Draft


@pytest.fixture
def sample() -> Draft:
    """Return a small summary with every kind of block."""
    return draft_from(SAMPLE)
