"""Import past documents: upload, review the proposed sentences (topic, function, keep or not), accept."""

from __future__ import annotations

import streamlit as st

from ..bank import FUNCTIONS
from ..errors import QicaoError
from ..importer import MAX_BYTES, SUFFIXES, ImportResult, accept, analyse, check_upload
from . import resources

AUTO = "auto"


def show() -> None:
    """Render the import page."""
    st.title("导入旧文稿")
    st.caption("上传往年的总结（.docx、.txt、.md），助手按标题层级拆分成句、去掉网页残留、把占位符改为待填项、"
               "归入主题，并剔除与词库重复的句子；审阅后加入个人词库。")
    names = {t.genre: t.name for t in resources.templates().values()}
    genre = st.selectbox("文种", [AUTO, *sorted(names)], key="import_genre",
                         format_func=lambda g: "按标题自动判断" if g == AUTO else names.get(g, g))
    upload = st.file_uploader("选择文稿", type=[s.lstrip(".") for s in SUFFIXES], key="import_file",
                              max_upload_size=MAX_BYTES // 1024 // 1024)
    if upload is not None and st.button("分析文稿", key="import_analyse", type="primary"):
        _analyse(upload.name, upload.getvalue(), None if genre == AUTO else genre)
    result = st.session_state.get("import_result")
    if isinstance(result, ImportResult):
        _review(result)


def _analyse(name: str, data: bytes, genre: str | None) -> None:
    try:
        check_upload(name, len(data))
        with st.spinner("正在分析……"):
            mine = resources.personal()
            st.session_state["import_result"] = analyse(data, name, resources.bank(), genre, mine.list())
    except QicaoError as exc:
        st.session_state.pop("import_result", None)
        st.error(str(exc))


def _review(result: ImportResult) -> None:
    kept = len(result.accepted())
    st.subheader(f"《{result.title or result.filename}》")
    st.caption(f"共 {len(result.candidates)} 句，默认勾选 {kept} 句（重复或不合格的未勾选）。可修改主题、功能和内容。")
    topics = sorted({p.topic for p in resources.bank().phrases if result.genre in p.genres})
    rows = [{"加入": c.accept, "内容": c.text, "主题": c.topic, "功能": c.function,
             "位置": f"第{c.line}行 {c.heading}", "说明": _notes(c.notes, c.duplicate_of, c.problem)}
            for c in result.candidates]
    edited = st.data_editor(rows, key="import_rows", hide_index=True, use_container_width=True, column_config={
        "加入": st.column_config.CheckboxColumn(width="small"),
        "内容": st.column_config.TextColumn(width="large"),
        "主题": st.column_config.SelectboxColumn(options=topics, required=True),
        "功能": st.column_config.SelectboxColumn(options=list(FUNCTIONS), required=True),
    }, disabled=["位置", "说明"])
    if st.button("把勾选的句子加入个人词库", key="import_accept", type="primary"):
        for candidate, row in zip(result.candidates, edited, strict=True):
            candidate.accept, candidate.text = bool(row["加入"]), str(row["内容"]).strip()
            candidate.topic, candidate.function = str(row["主题"]), str(row["功能"])
        try:
            added = accept(result, resources.personal(), resources.bank())
        except QicaoError as exc:
            st.error(str(exc).replace("\n", "  \n"))
            return
        st.session_state.pop("import_result", None)
        st.success(f"已加入 {added} 条短语，可在“我的词库”中查看和修改。")


def _notes(notes: tuple[str, ...], duplicate: str, problem: str) -> str:
    extra = ([f"与 {duplicate} 近似重复"] if duplicate else []) + ([problem] if problem else [])
    return "；".join([*notes, *extra])
