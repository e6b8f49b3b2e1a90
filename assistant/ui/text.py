"""Show user text safely in Markdown: escape everything, then mark search matches."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from ..review import Mark

_ACTIVE = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:])")


def escape(text: str) -> str:
    """Return `text` with every Markdown-active character escaped, so it shows literally."""
    return _ACTIVE.sub(r"\\\1", text)


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return escaped Markdown of `text` with the character spans in bold on a highlight."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(escape(text[last:start]))
        out.append(f":orange-background[**{escape(text[start:end])}**]")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


SEVERITY_NAMES = {"error": "错误", "warning": "提醒", "hint": "提示"}
_COLOURS = {"error": "#ffd6d6", "warning": "#fff0b3", "hint": "#e0ecff"}


def marked_html(text: str, marks: Sequence[Mark]) -> str:
    """Return escaped HTML of `text` with each mark on a coloured background, its message as a tooltip."""
    out, last = [], 0
    for mark in sorted(marks, key=lambda m: m.start):
        if mark.start < last:
            continue
        finding = mark.finding
        tip = html.escape(f"{SEVERITY_NAMES[finding.severity]}：{finding.message}", quote=True)
        out.append(html.escape(text[last:mark.start]))
        out.append(f"<mark style='background:{_COLOURS[finding.severity]}' title=\"{tip}\">"
                   f"{html.escape(text[mark.start:mark.end])}</mark>")
        last = mark.end
    out.append(html.escape(text[last:]))
    return "".join(out)
