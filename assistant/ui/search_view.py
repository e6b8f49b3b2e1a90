"""The phrase search panel: type-ahead fuzzy search with pinyin, filters, highlights, insert or copy."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ..bank import FUNCTIONS
from ..search import BankHit
from ..store import Mark, StoreError
from . import resources
from .components import live_search
from .text import highlight

LABEL = "搜索规范表述"


def show(*, prefix: str, year: int | None = None, genre: str | None = None,
         insert: Callable[[BankHit], None] | None = None) -> None:
    """Render the search box, filters and results; `insert` adds a chosen phrase to the draft."""
    bank = resources.bank()
    query = st.text_input(LABEL, key=f"{prefix}_query", placeholder="关键词、错别字、全拼或首字母，例如 shyk、sanhuiyike、组织生话会")
    live_search(LABEL, key=f"{prefix}_live")
    left, middle, right = st.columns(3)
    genres = sorted({g for p in bank.phrases for g in p.genres})
    genre = left.selectbox("文种", [None, *genres], index=_index_of(genre, genres), key=f"{prefix}_genre",
                           format_func=_genre_name)
    topics = sorted({p.topic for p in bank.phrases if genre is None or genre in p.genres})
    topic = middle.selectbox("主题", [None, *topics], key=f"{prefix}_topic", format_func=lambda t: t or "全部")
    function = right.selectbox("功能", [None, *FUNCTIONS], key=f"{prefix}_function", format_func=lambda f: f or "全部")
    if not query.strip():
        st.caption("输入后自动搜索；支持错别字、全拼（sanhuiyike）和首字母（shyk），多个关键词用空格分开。")
        return
    search = resources.personal_search()
    hits = search.search(query, 10, genre=genre, topic=topic, function=function, year=year)
    if not hits:
        st.info("没有找到相关的规范表述，换个关键词试试。")
    for n, hit in enumerate(hits):
        _hit(hit, f"{prefix}_{n}", insert, search.marks.get(hit.id, Mark()))


def _hit(hit: BankHit, key: str, insert: Callable[[BankHit], None] | None, mark: Mark) -> None:
    with st.container(border=True, key=f"hit_{key}"):
        st.markdown(highlight(hit.text, hit.spans))
        st.caption(" · ".join(_facts(hit)) + f" · 匹配度 {hit.score:.0f}")
        left, middle, right = st.columns([1, 1, 2])
        insertable = insert is not None and hit.phrase is not None and hit.phrase.function != "标题"
        if insertable and left.button("插入草稿", key=f"insert_{key}"):
            _mark(lambda: resources.personal().record_use(hit.id))
            insert(hit)  # type: ignore[misc]
        if middle.button("★ 已收藏" if mark.favourite else "☆ 收藏", key=f"favourite_{key}"):
            _mark(lambda: resources.personal().set_favourite(hit.id, not mark.favourite))
            st.rerun()
        with right.popover("复制这句"):
            st.code(hit.text, language=None, wrap_lines=True)


def _mark(action: Callable[[], None]) -> None:
    """Record a use or a favourite; a store failure is shown but does not stop the insertion."""
    try:
        action()
    except StoreError as exc:
        st.warning(f"未能记录：{exc}")


def _facts(hit: BankHit) -> list[str]:
    phrase = hit.phrase
    if phrase is None:
        return []
    facts = [phrase.topic, phrase.function] + ([phrase.years_label] if phrase.years_label else [])
    return facts + ([f"出处：{phrase.source}"] if phrase.source else [])


def _index_of(value: str | None, options: list[str]) -> int:
    return options.index(value) + 1 if value in options else 0


def _genre_name(genre: str | None) -> str:
    if genre is None:
        return "全部"
    names = {t.genre: t.name for t in resources.templates().values()}
    return names.get(genre, genre)
