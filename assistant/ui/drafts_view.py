"""The user's drafts: continue, copy, rename, delete (confirmed), and every saved version to restore."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import streamlit as st

from ..store import DraftInfo, SqlDraftStore, StoreError
from ..store.clock import shown
from . import current, resources

DRAFT_PAGE = "pages/draft.py"


def show() -> None:
    """Render the drafts page."""
    st.title("我的草稿")
    st.caption("每次修改都会立即保存，并保留历史版本；关闭浏览器或重启程序后可在这里继续。")
    store = resources.store()
    drafts = _listed(store)
    if not drafts:
        st.info("还没有草稿。到“起草”页开始第一篇吧。")
        return
    for info in drafts:
        _draft(store, info)


def recent(limit: int = 5) -> None:
    """Render the most recent drafts with a button to continue each (for the start page)."""
    store = resources.store()
    drafts = _listed(store)[:limit]
    if not drafts:
        return
    st.subheader("最近的草稿")
    for info in drafts:
        left, right = st.columns([4, 1])
        left.write(f"{info.title or '（无标题）'}　·　{shown(info.updated)}")
        if right.button("继续编辑", key=f"open_{info.id}"):
            _open(info.id)
    st.caption("全部草稿、复制、重命名、删除和历史版本见“我的草稿”页。")


def _listed(store: SqlDraftStore) -> list[DraftInfo]:
    try:
        return store.list()
    except StoreError as exc:
        st.error(str(exc))
        return []


def _draft(store: SqlDraftStore, info: DraftInfo) -> None:
    with st.container(border=True, key=f"draft_{info.id}"):
        st.markdown(f"**{info.title or '（无标题）'}**")
        st.caption(f"最后保存：{shown(info.updated)}")
        cols = st.columns(4)
        if cols[0].button("继续编辑", key=f"continue_{info.id}", type="primary"):
            _open(info.id)
        if cols[1].button("复制为新稿", key=f"copy_{info.id}"):
            _act(lambda: store.copy(info.id), "已复制为新稿。")
        with cols[2].popover("重命名"):
            name = st.text_input("新名称", value=info.title, key=f"name_{info.id}")
            if st.button("保存名称", key=f"rename_{info.id}"):
                _act(lambda: store.rename(info.id, name), "已重命名。")
        with cols[3].popover("删除"):
            st.warning("删除后无法恢复（含全部历史版本）。")
            if st.button("确认删除", key=f"delete_{info.id}", type="primary"):
                _forget(info.id)
                _act(lambda: store.delete(info.id), "已删除。")
        with st.expander("历史版本", expanded=False):
            _versions(store, info)


def _versions(store: SqlDraftStore, info: DraftInfo) -> None:
    try:
        versions = store.versions(info.id)
    except StoreError as exc:
        st.error(str(exc))
        return
    for version in versions[:50]:
        left, right = st.columns([4, 1])
        note = f"　{version.note}" if version.note else ""
        left.write(f"第 {version.number} 版　{shown(version.saved)}{note}")
        if version is not versions[0] and right.button("恢复此版", key=f"restore_{info.id}_{version.id}"):
            _forget(info.id)
            _act(partial(store.restore, info.id, version.id, info.title), f"已恢复到第 {version.number} 版。")
    if len(versions) > 50:
        st.caption(f"另有 {len(versions) - 50} 个更早的版本未列出。")


def _act(action: Callable[[], object], done: str) -> None:
    try:
        action()
    except StoreError as exc:
        st.error(str(exc))
        return
    st.toast(done)
    st.rerun()


def _forget(draft_id: str) -> None:
    """Drop the open copy of a draft so the draft page reloads it from the store."""
    now = st.session_state.get("current")
    if now is not None and getattr(now, "draft_id", None) == draft_id:
        st.session_state.pop("current", None)


def _open(draft_id: str) -> None:
    st.session_state.pop("current", None)
    params = {current.PARAM: draft_id}
    if resources.USER_PARAM in st.query_params:
        params[resources.USER_PARAM] = st.query_params[resources.USER_PARAM]
    st.switch_page(DRAFT_PAGE, query_params=params)
