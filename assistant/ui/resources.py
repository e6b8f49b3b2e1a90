"""What every page shares, loaded once per server process: bank, templates, search index, store."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from ..bank import Bank, load_bank
from ..errors import QicaoError
from ..search import BankIndex
from ..store import (
    Database,
    Identity,
    PersonalPhrases,
    PersonalSearch,
    SqlDraftStore,
    StoreError,
    check_user,
    database_url,
    open_database,
)
from ..templates import Template, load_templates

T = TypeVar("T")


@st.cache_resource(show_spinner="正在加载词库……")
def _bank() -> Bank:
    return load_bank()


@st.cache_resource(show_spinner=False)
def _templates() -> dict[str, Template]:
    return load_templates()


@st.cache_resource(show_spinner="正在建立搜索索引……")
def _index() -> BankIndex:
    return BankIndex(_bank())


def bank() -> Bank:
    """Return the bank, or stop the page with the loader's Chinese message if it is broken."""
    return _guard(_bank)


def templates() -> dict[str, Template]:
    """Return the templates, or stop the page with the loader's message."""
    return _guard(_templates)


def index() -> BankIndex:
    """Return the search index over the bank."""
    return _guard(_index)


@st.cache_resource(show_spinner=False)
def _database(url: str) -> Database:
    return open_database(url)


USER_PARAM = "u"


def database() -> Database:
    """Return the database of QICAO_DB_URL (or the local file), opened once per server process."""
    return _guard(lambda: _database(database_url()))


def user() -> str:
    """Return who is using the app; in `name` mode ask once and keep the name in the URL (`?u=`)."""
    try:
        identity = Identity.from_environment()
        name = identity.user(typed=st.query_params.get(USER_PARAM) or st.session_state.get("user_name"),
                             headers=dict(st.context.headers))
    except StoreError as exc:
        st.error(str(exc))
        st.stop()
    if name is None:
        _ask_name()
        st.stop()
    st.session_state["user_name"] = name
    if identity.mode == "name" and st.query_params.get(USER_PARAM) != name:
        st.query_params[USER_PARAM] = name
    return name


def _ask_name() -> None:
    st.title("起草：请先输入您的用户名")
    st.caption("同一服务器上的每位用户只看到自己的草稿和个人词库。请每次使用同一个用户名（保存在网址中，可收藏该网址）。")
    typed = st.text_input("用户名", key="login_name", placeholder="例如：zhangsan 或 张三")
    if st.button("进入", type="primary", key="login_enter") and typed.strip():
        try:
            st.query_params[USER_PARAM] = check_user(typed)
        except StoreError as exc:
            st.error(str(exc))
            return
        st.rerun()


def store() -> SqlDraftStore:
    """Return the drafts of the current user."""
    return SqlDraftStore(database(), user())


def personal() -> PersonalPhrases:
    """Return the personal pack and phrase marks of the current user."""
    return PersonalPhrases(database(), user())


def personal_search() -> PersonalSearch:
    """Return the search over the bank and the user's own phrases, ranked by the user's marks."""
    mine = personal()
    return _guard(lambda: PersonalSearch(index(), mine.list(), mine.marks()))


def _guard(load: Callable[[], T]) -> T:
    try:
        return load()
    except QicaoError as exc:
        st.error(f"无法启动：{exc}")
        st.stop()
