"""Plain-text renderer: numbered headings, paragraphs indented by two full-width spaces."""

from __future__ import annotations

from ..draft import Block, Draft, blocks

INDENT = "\u3000\u3000"


def render_text(draft: Draft) -> str:
    """Return the draft as plain text, one paragraph per line, ready to paste anywhere."""
    return "\n".join(line_of(block) for block in blocks(draft)) + "\n"


def line_of(block: Block) -> str:
    """Return the printed line of one block; the block's own text is always the line's tail."""
    if block.kind == "title":
        return block.text
    if block.kind == "salutation":
        return block.text
    if block.kind == "heading":
        return INDENT + block.heading_text
    if block.kind in ("signoff_unit", "signoff_date"):
        return block.text
    return INDENT + block.lead + block.text
