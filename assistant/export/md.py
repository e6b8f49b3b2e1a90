"""Markdown renderer: title as `#`, 一、 and （一） headings as `##` and `###`, deeper ones bold."""

from __future__ import annotations

import re

from ..draft import Block, Draft, blocks
from .layout import clean_title

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")


def escape_inline(text: str) -> str:
    """Return `text` with the characters Markdown acts on anywhere in a line backslash-escaped."""
    return _INLINE.sub(r"\\\1", text)


def escape_markdown(text: str) -> str:
    """Return `text`, placed at the start of a line, with every character Markdown would act on escaped."""
    return _LINE_START.sub(_escape_start, escape_inline(text))


def _escape_start(match: re.Match[str]) -> str:
    space, mark, digits, dot = match.groups()
    return space + ("\\" + mark if mark else digits + "\\" + dot)


def render_markdown(draft: Draft) -> str:
    """Return the draft as Markdown, one block per paragraph."""
    return "\n\n".join(_block(block) for block in blocks(draft)) + "\n"


def _block(block: Block) -> str:
    if block.kind == "title":
        return "# " + escape_markdown(clean_title(block.text))
    if block.kind == "heading":
        text = escape_markdown(block.heading_text)
        return f"{'#' * (block.level + 1)} {text}" if block.level <= 2 else f"**{text}**"
    if block.kind == "signoff_unit":
        return escape_markdown(block.text) + "  "
    if block.lead:
        return f"**{escape_inline(block.lead)}**{escape_inline(block.text)}"
    return escape_markdown(block.text)
