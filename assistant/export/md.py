"""Markdown renderer: title as `#`, 一、 and （一） headings as `##` and `###`, deeper ones bold."""

from __future__ import annotations

import re

from ..draft import Block, Draft, blocks
from .layout import clean_title

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """Return `text` with characters Markdown would act on backslash-escaped."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


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
    lead = f"**{escape_markdown(block.lead)}**" if block.lead else ""
    return lead + escape_markdown(block.text)
