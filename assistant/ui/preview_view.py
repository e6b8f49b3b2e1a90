"""The draft column: the numbered draft with 换一种说法 / 编辑 / 删除 on each paragraph and section moves."""

from __future__ import annotations

import html

import streamlit as st

from ..draft import Block, Draft, blocks
from ..review import Mark, marks_of, review
from ..session import Session
from .text import SEVERITY_NAMES, escape, marked_html

_HEADING_STYLES = {1: "font-weight:bold", 2: "font-style:italic;font-weight:600"}


def show(session: Session, draft: Draft) -> None:
    """Render `draft` (the session's current draft) with its editing controls and the proofreader's marks."""
    marks = review(draft, session.state.year)
    top = st.columns([3, 1, 1])
    top[0].markdown("**草稿预览**")
    if top[1].button("撤销", key="undo", disabled=not session.history, help="撤销上一次修改"):
        session.undo()
        st.rerun()
    if top[2].button("全文换说法", key="reseed", help="整篇换一种措辞（事实和数字不变）"):
        session.reseed(session.state.seed + 1)
        st.rerun()
    with st.container(height=640, key="draft_preview"):
        for n, block in enumerate(blocks(draft)):
            _block(session, block, marks_of(marks, n))
    _summary(marks)


def _summary(marks: list[Mark]) -> None:
    if not marks:
        st.caption("校对：未发现问题。")
        return
    with st.expander(f"校对：发现 {len(marks)} 处可能的问题（草稿中已用底色标出）"):
        for mark in marks:
            suggestion = f"　建议：{mark.finding.suggestion}" if mark.finding.suggestion else ""
            st.markdown(escape(f"{SEVERITY_NAMES[mark.finding.severity]}：{mark.finding.message}{suggestion}"))


def _block(session: Session, block: Block, marks: list[Mark]) -> None:
    if block.kind == "title":
        st.markdown(f"<h3 style='text-align:center'>{html.escape(block.text)}</h3>", unsafe_allow_html=True)
        _edit_popover(session, "title", block.text, "编辑标题")
    elif block.kind == "heading":
        _heading(session, block)
    elif block.kind in ("signoff_unit", "signoff_date"):
        st.markdown(f"<div style='text-align:right'>{html.escape(block.text)}</div>", unsafe_allow_html=True)
    else:
        _paragraph(session, block, marks)


def _heading(session: Session, block: Block) -> None:
    style = _HEADING_STYLES.get(block.level, "")
    text = f"<p style='text-indent:2em;margin:0.3em 0;{style}'>{html.escape(block.heading_text)}</p>"
    if block.key not in session.state.sections:
        st.markdown(text, unsafe_allow_html=True)
        return
    left, up, down = st.columns([8, 1, 1])
    left.markdown(text, unsafe_allow_html=True)
    if up.button("↑", key=f"up_{block.key}", help="上移本栏目"):
        session.move_section(block.key, -1)
        st.rerun()
    if down.button("↓", key=f"down_{block.key}", help="下移本栏目"):
        session.move_section(block.key, +1)
        st.rerun()


def _paragraph(session: Session, block: Block, marks: list[Mark]) -> None:
    lead = f"<b>{html.escape(block.lead)}</b>" if block.lead else ""
    body = marked_html(block.text, marks)
    st.markdown(f"<p style='text-indent:2em;margin:0'>{lead}{body}</p>", unsafe_allow_html=True)
    if not block.key:
        return
    cols = st.columns([1, 1, 1, 4])
    if cols[0].button("换说法", key=f"rephrase_{block.key}", type="tertiary", help="换一种说法"):
        session.rephrase(block.key)
        st.rerun()
    with cols[1]:
        _edit_popover(session, block.key, block.text, "编辑")
    if cols[2].button("删除", key=f"delete_{block.key}", type="tertiary"):
        session.delete(block.key)
        st.rerun()


def _edit_popover(session: Session, key: str, text: str, label: str) -> None:
    with st.popover(label, type="tertiary"):
        new = st.text_area("修改后的文字（保留到以后每次重新生成）", value=text, key=f"edit_text_{key}", height=160)
        if st.button("保存", key=f"edit_save_{key}", type="primary"):
            session.edit(key, new)
            st.session_state.pop(f"edit_text_{key}", None)
            st.rerun()


def targets(draft: Draft) -> dict[str, str]:
    """Return the places a phrase can be inserted: section and point keys with their numbered headings."""
    found: dict[str, str] = {}
    for block in blocks(draft):
        if block.kind == "heading" and block.level >= 2:
            found[block.key] = block.heading_text
        elif block.lead:
            found[block.key] = block.lead.rstrip("。")
    return found
