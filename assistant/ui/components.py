"""Two small browser components: a rich-text copy button and type-ahead for a text input."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import streamlit as st

COPY_HTML = '<button type="button" class="copy"></button> <span class="status"></span>'
COPY_CSS = """
.copy { padding: 0.4rem 0.9rem; border-radius: 0.5rem; border: 1px solid var(--st-primary-color);
        background: var(--st-primary-color); color: white; cursor: pointer; font-size: 0.95rem; }
.status { margin-left: 0.5rem; color: var(--st-text-color); font-size: 0.9rem; }
"""


def _script(name: str) -> str:
    return files("assistant.ui").joinpath("static", name).read_text(encoding="utf-8")


@cache
def _copy_component() -> Any:
    return st.components.v2.component("qicao_copy", html=COPY_HTML, css=COPY_CSS, js=_script("copy_button.js"))


@cache
def _live_component() -> Any:
    return st.components.v2.component("qicao_live_input", js=_script("live_input.js"), isolate_styles=False)


def copy_button(html: str, text: str, *, key: str, label: str = "复制到 Word") -> None:
    """Show a button that puts `html` (already escaped) and `text` on the clipboard."""
    _copy_component()(key=key, data={"html": html, "text": text, "label": label,
                                     "done": "已复制，可直接粘贴到 Word 或 WPS。",
                                     "failed": "复制失败，请改用下载 Word 文档。"})


def live_search(label: str, *, key: str, delay_ms: int = 300) -> None:
    """Make the text input labelled `label` run its search while the user types."""
    _live_component()(key=key, data={"label": label, "delay": delay_ms})
