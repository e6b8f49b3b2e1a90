"""Shared fixtures: the tiny template and bank of support.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import PACK, write_template

from assistant.bank import Bank, Source, parse_sources
from assistant.templates import Template, load_template_dir


@pytest.fixture
def mini_template(tmp_path: Path) -> Template:
    """Return the tiny template."""
    return load_template_dir(write_template(tmp_path / "mini"), "mini")


@pytest.fixture
def mini_bank() -> Bank:
    """Return the tiny bank the tiny template uses."""
    phrases, problems = parse_sources([Source("mini.yaml", PACK.encode())])
    assert problems == []
    return Bank(phrases)
