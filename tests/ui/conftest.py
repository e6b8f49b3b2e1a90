"""AppTest fixtures: the app with its data folder in a temporary directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import assistant.ui

APP = str(Path(assistant.ui.__file__).with_name("app.py"))


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], AppTest]:
    """Return a factory of app runs sharing one data folder (a second run is a browser refresh)."""
    monkeypatch.setenv("QICAO_DATA_DIR", str(tmp_path))

    def make() -> AppTest:
        return AppTest.from_file(APP, default_timeout=60)
    return make
