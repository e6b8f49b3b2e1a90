"""The main page: start a draft, or continue the draft of the URL with chat, preview and output."""

from __future__ import annotations

import streamlit as st

from ..compose import available_sections
from ..draft import Draft
from ..search import BankHit
from . import chat_view, current, output_view, preview_view, search_view, setup_view
from .current import Current


def show() -> None:
    """Render the drafting page."""
    now = current.get()
    if now is None:
        setup_view.show()
        return
    _sidebar(now)
    chat, preview = st.columns([5, 6], gap="medium")
    with chat:
        chat_view.show(now)
    draft = now.session.draft()
    with preview:
        preview_view.show(now.session, draft)
    with st.expander("插入规范表述（搜索词库）", expanded=False):
        _insert_panel(now, draft)
    with st.expander("导出：下载 Word / 复制到 Word", expanded=True):
        output_view.show(draft)


def _sidebar(now: Current) -> None:
    session = now.session
    template = session.template
    with st.sidebar:
        st.subheader(template.name)
        names = {s.key: s.name for s in template.sections}
        offered = available_sections(template, session.bank, session.state.year)
        offered += [k for k in session.state.sections if k not in offered]
        chosen = st.multiselect("栏目", offered, default=session.state.sections, format_func=names.__getitem__,
                                key=f"sections_{now.draft_id}")
        if chosen and set(chosen) != set(session.state.sections):
            keep = [k for k in session.state.sections if k in chosen]
            session.set_sections(keep + [k for k in chosen if k not in keep])
            st.rerun()
        st.caption(f"{session.state.year}年 · {session.state.unit}")
        if st.button("新建草稿", key="new_draft"):
            current.close()
            st.rerun()


def _insert_panel(now: Current, draft: Draft) -> None:
    targets = preview_view.targets(draft)
    if not targets:
        st.caption("草稿中还没有可插入的栏目。")
        return
    where = st.selectbox("插入到", list(targets), format_func=targets.__getitem__, key="insert_target")

    def insert(hit: BankHit) -> None:
        now.session.insert(where, hit.text, phrase_id=hit.phrase.id if hit.phrase else "")
        st.toast("已插入草稿。")
        st.rerun()

    search_view.show(prefix="panel", year=now.session.state.year, genre=now.session.template.genre,
                     insert=insert)
