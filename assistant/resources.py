"""The one way code reaches the data shipped in `phrasebank/`."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def phrasebank() -> Traversable:
    """Return the root of the shipped phrase-bank data."""
    return files("phrasebank")


def data_dir(*parts: str) -> Traversable:
    """Return a folder inside the shipped phrase-bank data."""
    node = phrasebank()
    for part in parts:
        node = node / part
    return node


def yaml_files(folder: Traversable) -> list[Traversable]:
    """Return every .yaml file under `folder`, recursively, in a stable order."""
    found: list[Traversable] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            found.extend(yaml_files(entry))
        elif entry.name.endswith(".yaml"):
            found.append(entry)
    return found
