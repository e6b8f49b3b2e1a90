"""Renderers of a Draft: GB/T 9704 .docx, rich HTML for the clipboard, Markdown and plain text."""

from .fonts import PROFILES, FontProfile, font_profile
from .formats import FORMATS, format_for_path, render
from .md import escape_markdown, render_markdown
from .rich_html import render_html
from .text import render_text
from .word import render_docx

__all__ = ["FORMATS", "PROFILES", "FontProfile", "escape_markdown", "font_profile", "format_for_path", "render",
           "render_docx", "render_html", "render_markdown", "render_text"]
