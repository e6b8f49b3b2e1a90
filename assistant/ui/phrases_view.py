"""The personal pack: add, edit, delete and favourite own phrases; export and import as YAML or Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from ..bank import FUNCTIONS, Phrase
from ..errors import QicaoError
from ..store import Mark, PersonalPhrases
from ..store.packfile import from_xlsx, from_yaml, to_xlsx, to_yaml
from . import resources

MAX_PACK_BYTES = 2 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def show() -> None:
    """Render the personal pack page."""
    st.title("我的词库")
    st.caption("自己常用的表述：与内置词库一起出现在搜索中；收藏和常用的排在前面。")
    mine = resources.personal()
    with st.expander("新增短语", expanded=False):
        _form(mine, None, "new")
    phrases, marks = _load(mine)
    _transfer(mine, phrases)
    if not phrases:
        st.info("个人词库还是空的：可在上方新增，或到“导入旧文稿”页从往年文稿中挑选。")
        return
    only = st.toggle("只看收藏", key="phrases_favourites")
    for phrase in phrases:
        mark = marks.get(phrase.id, Mark())
        if not only or mark.favourite:
            _phrase(mine, phrase, mark)


def _load(mine: PersonalPhrases) -> tuple[list[Phrase], dict[str, Mark]]:
    try:
        return mine.list(), mine.marks()
    except QicaoError as exc:
        st.error(str(exc))
        return [], {}


def _form(mine: PersonalPhrases, phrase: Phrase | None, key: str) -> None:
    bank = resources.bank()
    genres = sorted({g for p in bank.phrases for g in p.genres})
    names = {t.genre: t.name for t in resources.templates().values()}
    text = st.text_area("内容（可用 {{ 名称 }} 表示待填项）", value=phrase.text if phrase else "", key=f"text_{key}")
    left, middle, right = st.columns(3)
    genre = left.selectbox("文种", genres, index=_at(genres, phrase.genres[0] if phrase else None),
                           format_func=lambda g: names.get(g, g), key=f"genre_{key}")
    topics = sorted({p.topic for p in bank.phrases if genre in p.genres})
    topic = middle.selectbox("主题", topics, index=_at(topics, phrase.topic if phrase else None), key=f"topic_{key}")
    function = right.selectbox("功能", FUNCTIONS, index=_at(list(FUNCTIONS), phrase.function if phrase else "措施"),
                               key=f"function_{key}")
    tags = st.text_input("标签（用顿号分隔，可不填）", value="、".join(phrase.tags) if phrase else "", key=f"tags_{key}")
    if st.button("保存" if phrase else "加入个人词库", key=f"save_{key}", type="primary"):
        fields: dict[str, Any] = {"text": text.strip(), "genre": [genre], "topic": topic, "function": function,
                                  "tags": [t.strip() for t in tags.replace("，", "、").split("、") if t.strip()],
                                  "slots": _slots(text)}
        if phrase is None:
            _act(lambda: mine.add(fields, bank), "已加入个人词库。")
        else:
            _act(lambda: mine.edit(phrase.id, fields | {"source": phrase.source}, bank), "已保存。")


def _phrase(mine: PersonalPhrases, phrase: Phrase, mark: Mark) -> None:
    with st.container(border=True, key=f"mine_{phrase.id}"):
        st.text(phrase.text)
        facts = [phrase.topic, phrase.function, f"用过 {mark.uses} 次"] + ([phrase.source] if phrase.source else [])
        st.caption(" · ".join(facts))
        cols = st.columns(3)
        label = "★ 取消收藏" if mark.favourite else "☆ 收藏"
        if cols[0].button(label, key=f"fav_{phrase.id}"):
            _act(lambda: mine.set_favourite(phrase.id, not mark.favourite), "已更新收藏。")
        with cols[1].popover("修改"):
            _form(mine, phrase, phrase.id)
        with cols[2].popover("删除"):
            if st.button("确认删除", key=f"del_{phrase.id}", type="primary"):
                _act(lambda: mine.delete(phrase.id), "已删除。")


def _transfer(mine: PersonalPhrases, phrases: list[Phrase]) -> None:
    with st.expander("导出 / 导入个人词库（词库 YAML 格式或 Excel）", expanded=False):
        left, right = st.columns(2)
        left.download_button("下载 YAML", to_yaml(phrases).encode("utf-8"), "个人词库.yaml", "text/yaml",
                             key="export_yaml", disabled=not phrases)
        right.download_button("下载 Excel", to_xlsx(phrases), "个人词库.xlsx", XLSX, key="export_xlsx",
                              disabled=not phrases)
        upload = st.file_uploader("导入 .yaml 或 .xlsx（编号相同的短语会被替换）", type=["yaml", "yml", "xlsx"],
                                  key="import_pack", max_upload_size=2)
        if upload is not None and st.button("导入", key="import_pack_go"):
            _act(lambda: _import(mine, upload.name, upload.getvalue()), "导入完成。")


def _import(mine: PersonalPhrases, name: str, data: bytes) -> None:
    if len(data) > MAX_PACK_BYTES:
        raise QicaoError(f"“{name}”太大，词库文件不能超过 2 MB")
    suffix = Path(name).suffix.lower()
    if suffix not in (".yaml", ".yml", ".xlsx"):
        raise QicaoError(f"“{name}”的类型不支持：只能导入 .yaml 或 .xlsx 文件")
    phrases = from_xlsx(data, name) if suffix == ".xlsx" else from_yaml(data, name)
    added, replaced = mine.import_phrases(phrases, resources.bank())
    st.session_state["pack_imported"] = f"新增 {added} 条，替换 {replaced} 条。"


def _act(action: Callable[[], object], done: str) -> None:
    try:
        action()
    except QicaoError as exc:
        st.error(str(exc).replace("\n", "  \n"))
        return
    st.toast(st.session_state.pop("pack_imported", done))
    st.rerun()


def _slots(text: str) -> list[str]:
    from ..jinja import SlotError, slot_names

    try:
        return slot_names(text)
    except SlotError:
        return []


def _at(options: list[str], value: str | None) -> int:
    return options.index(value) if value in options else 0
