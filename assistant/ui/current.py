"""The draft of the current URL (`?d=<id>`): loaded from the store, saved after every change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from ..bank import Bank
from ..compose import compose
from ..interview import Conversation, Reply
from ..session import Session
from ..state import DraftState
from ..store import DraftStore, StoreError
from ..templates import Template
from . import resources

PARAM = "d"


@dataclass
class Current:
    """The open draft: its id, session, chat and the messages shown so far."""

    draft_id: str
    session: Session
    chat: Conversation
    messages: list[tuple[str, Reply | str]] = field(default_factory=list)


def _saver(store: DraftStore, draft_id: str, template: Template, bank: Bank) -> Callable[[DraftState], None]:
    def save(state: DraftState) -> None:
        try:
            store.save(draft_id, state, compose(template, bank, state).title)
        except StoreError as exc:
            st.error(f"这次修改未能保存：{exc}")
    return save


def open_draft(draft_id: str) -> Current:
    """Return the Current for `draft_id`, loading it from the store; raise StoreError if impossible."""
    store = resources.store()
    state = store.load(draft_id)
    templates = resources.templates()
    if state.template not in templates:
        raise StoreError(f"草稿使用的模板“{state.template}”已不存在")
    template, bank = templates[state.template], resources.bank()
    session = Session(template, bank, state, on_change=_saver(store, draft_id, template, bank))
    current = Current(draft_id, session, Conversation(session, search=_search(session)))
    current.messages.append(("assistant", Reply("info", "已打开草稿，可以继续回答，或直接编辑右侧草稿。")))
    current.messages.append(("assistant", current.chat.ask()))
    return current


def _search(session: Session) -> Any:
    def search(query: str) -> list[Any]:
        return resources.index().search(query, 5, year=session.state.year)
    return search


def get() -> Current | None:
    """Return the draft of the URL, or None when the URL names none (or a draft that cannot be opened)."""
    draft_id = st.query_params.get(PARAM)
    if not draft_id:
        return None
    current = st.session_state.get("current")
    if isinstance(current, Current) and current.draft_id == draft_id:
        return current
    try:
        current = open_draft(draft_id)
    except StoreError as exc:
        st.error(f"{exc}。已回到新建页面。")
        del st.query_params[PARAM]
        return None
    st.session_state["current"] = current
    return current


def start(session: Session) -> None:
    """Store a new draft for `session`, point the URL at it and open it."""
    store = resources.store()
    title = session.draft().title
    try:
        draft_id = store.create(session.state, title)
    except StoreError as exc:
        st.error(f"未能新建草稿：{exc}")
        return
    st.query_params[PARAM] = draft_id
    st.session_state.pop("current", None)


def close() -> None:
    """Leave the current draft (it stays saved) and go back to the start page."""
    st.session_state.pop("current", None)
    if PARAM in st.query_params:
        del st.query_params[PARAM]
