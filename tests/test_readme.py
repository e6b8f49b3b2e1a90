"""The README stays true: its test command is what CI runs, and it documents every command."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks() -> list[str]:
    return re.findall(r"```bash\n(.+?)\n```", README, flags=re.S)


def test_it_opens_with_the_start_command_and_the_test_command() -> None:
    start, tests = code_blocks()[:2]
    assert start.endswith("qicao app") and "pip install ." in start
    assert tests.endswith("pytest") and '".[test]"' in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert code_blocks()[1] in ci.splitlines()


def test_every_command_is_documented() -> None:
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    assert commands
    missing = [name for name in commands if f"`qicao {name}" not in README]  # type: ignore[union-attr]
    assert missing == []


def test_every_image_it_shows_exists() -> None:
    images = re.findall(r"\]\((docs/images/[^)]+)\)", README)
    assert images and all((ROOT / image).is_file() for image in images)
