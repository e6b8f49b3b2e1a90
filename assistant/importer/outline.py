"""The outline of an imported document: its title, and each paragraph under its heading path."""

from __future__ import annotations

from dataclasses import dataclass

from ..check.headings import heading_marker, marker_level

MAX_TITLE = 40
MAX_HEADING = 30


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: its text, its 1-based line and the headings above it, outermost first."""

    text: str
    line: int
    path: tuple[str, ...]


@dataclass(frozen=True)
class Outline:
    """A document as the importer reads it."""

    title: str
    paragraphs: list[Paragraph]


def heading_level(line: str) -> tuple[int, str] | None:
    """Return the level (1–4) of a numbered heading line and the line without its number, or None."""
    match = heading_marker(line)
    if match is None:
        return None
    return marker_level(match), line[match.end():].lstrip()


def parse(text: str) -> Outline:
    """Return the outline of a document's plain text (一、 （一） 1. （1） headings, others body)."""
    title = ""
    path: list[str] = []
    paragraphs: list[Paragraph] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip().strip("\u3000")
        if not line:
            continue
        found = heading_level(line)
        if found is None:
            if not title and not paragraphs and not path and _looks_like_title(line):
                title = line
            else:
                paragraphs.append(Paragraph(line, number, tuple(path)))
            continue
        level, rest = found
        heading, body = _split_run_in(rest)
        path = [*path[:level - 1], *[""] * (level - 1 - len(path)), heading]
        if body:
            paragraphs.append(Paragraph(body, number, tuple(path)))
    return Outline(title, paragraphs)


def _looks_like_title(line: str) -> bool:
    return len(line) <= MAX_TITLE and not line.endswith(("。", "；", "，", "：", ":"))


def _split_run_in(rest: str) -> tuple[str, str]:
    """Split a heading run into its paragraph (`加强学习。全年……`) into heading and body."""
    stop = rest.find("。")
    if stop == -1 or stop == len(rest) - 1:
        return rest.rstrip("。"), ""
    if stop <= MAX_HEADING:
        return rest[:stop], rest[stop + 1:].strip()
    return "", rest
