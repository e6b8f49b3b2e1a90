"""The one entry point: render a Draft in a format chosen by name or by file extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from ..draft import Draft
from ..errors import QicaoError
from .fonts import font_profile
from .md import render_markdown
from .rich_html import render_html
from .text import render_text
from .word import render_docx

FORMATS: dict[str, str] = {".docx": "docx", ".html": "html", ".htm": "html", ".txt": "text", ".md": "markdown"}

_RENDERERS: dict[str, Callable[[Draft, str], bytes]] = {
    "docx": lambda draft, fonts: render_docx(draft, fonts=fonts),
    "html": lambda draft, fonts: render_html(draft, fonts=fonts).encode("utf-8"),
    "text": lambda draft, fonts: render_text(draft).encode("utf-8"),
    "markdown": lambda draft, fonts: render_markdown(draft).encode("utf-8"),
}


def format_for_path(path: str | PurePath) -> str:
    """Return the format that a file called `path` should be written in, judged by its extension."""
    suffix = PurePath(path).suffix.lower()
    if suffix not in FORMATS:
        known = "、".join(FORMATS)
        raise QicaoError(f"无法识别输出文件“{path}”的格式（扩展名“{suffix or '无'}”），支持：{known}")
    return FORMATS[suffix]


def render(draft: Draft, fmt: str, *, fonts: str = "gb2312") -> bytes:
    """Return `draft` rendered as `fmt` (docx, html, text or markdown), ready to write to a file."""
    if fmt not in _RENDERERS:
        raise QicaoError(f"未知的输出格式“{fmt}”，可选：{'、'.join(_RENDERERS)}")
    font_profile(fonts)
    return _RENDERERS[fmt](draft, fonts)
