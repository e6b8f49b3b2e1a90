"""What every page shares, loaded once per server process: bank, templates, search index, store."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from ..bank import Bank, load_bank
from ..errors import QicaoError
from ..search import BankIndex
from ..store import DraftStore, default_store
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


def store() -> DraftStore:
    """Return the draft store (a new handle each run is cheap)."""
    return default_store()


def _guard(load: Callable[[], T]) -> T:
    try:
        return load()
    except QicaoError as exc:
        st.error(f"无法启动：{exc}")
        st.stop()
