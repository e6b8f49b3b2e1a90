"""Show user text safely in Markdown: escape everything, then mark search matches."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
