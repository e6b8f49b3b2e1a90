"""Renderers of a Draft: plain text (and, as they land, Markdown, HTML and GB/T 9704 .docx)."""

from .text import render_text

__all__ = ["render_text"]
