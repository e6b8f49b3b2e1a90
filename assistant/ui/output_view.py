"""Output: download .docx (font profile), .txt and .md, and copy rich text for Word."""

from __future__ import annotations

import re

import streamlit as st

from ..draft import Draft
from ..export import PROFILES, render, render_html, render_text
from .components import copy_button

PROFILE_NAMES = {"gb2312": "机关常用字体（仿宋_GB2312、方正小标宋简体）", "windows": "Windows 自带字体（仿宋、宋体）"}


def show(draft: Draft) -> None:
    """Render the download buttons and the copy button for `draft`."""
    fonts = st.radio("Word 字体方案", list(PROFILES), format_func=lambda p: PROFILE_NAMES.get(p, p),
                     key="output_fonts", horizontal=True,
                     help="电脑上没有方正小标宋、仿宋_GB2312 时，选“Windows 自带字体”")
    name = _file_name(draft.title)
    cols = st.columns(3)
    cols[0].download_button("下载 Word（.docx）", lambda: render(draft, "docx", fonts=fonts), f"{name}.docx",
                            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            key="download_docx", type="primary")
    cols[1].download_button("下载文本（.txt）", render(draft, "text"), f"{name}.txt", mime="text/plain",
                            key="download_txt")
    cols[2].download_button("下载 Markdown", render(draft, "markdown"), f"{name}.md", mime="text/markdown",
                            key="download_md")
    copy_button(render_html(draft, fonts=fonts), render_text(draft), key="copy_rich")


def _file_name(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "", title)
    return cleaned[:60] or "草稿"
