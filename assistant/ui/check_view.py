"""The 校对 page: check pasted text or an uploaded file, apply suggestions, download the fixed text."""

from __future__ import annotations

import streamlit as st

from ..check import Finding, apply_fixes, check_text, extract_text
from ..errors import QicaoError
from .text import SEVERITY_NAMES, escape

MAX_UPLOAD = 5 * 1024 * 1024
TEXT_KEY = "check_text"


def show() -> None:
    """Render the proofreading page."""
    st.title("规范表述校对")
    st.caption("粘贴文字或上传 .docx/.txt/.md 文件，检查占位符、网页残留、提法错误、错别字、标点和编号等问题。")
    upload = st.file_uploader("上传文件", type=["docx", "txt", "md"], key="check_upload",
                              max_upload_size=MAX_UPLOAD // 1024 // 1024)
    if upload is not None and st.session_state.get("check_loaded") != upload.file_id:
        _load(upload.name, upload.getvalue())
        st.session_state["check_loaded"] = upload.file_id
    text = st.text_area("要校对的文字", key=TEXT_KEY, height=260, placeholder="在此粘贴文字……")
    year = st.number_input("文稿年份（用于判断提法是否过时；0 表示按标题推断）", min_value=0, max_value=2100, value=0,
                           key="check_year")
    if not text.strip():
        return
    findings = check_text(text, year=int(year) or None)
    _results(text, findings)


def _load(name: str, data: bytes) -> None:
    if len(data) > MAX_UPLOAD:
        st.error(f"文件“{name}”超过 {MAX_UPLOAD // 1024 // 1024} MB，请拆分后再校对。")
        return
    try:
        st.session_state[TEXT_KEY] = extract_text(data, name)
    except QicaoError as exc:
        st.error(str(exc))


def _results(text: str, findings: list[Finding]) -> None:
    if not findings:
        st.success("未发现问题。")
        return
    errors = sum(f.severity == "error" for f in findings)
    st.subheader(f"发现 {len(findings)} 处问题（其中错误 {errors} 处）")
    fixable = [f for f in findings if f.suggestion is not None]
    left, right = st.columns(2)
    if fixable:
        left.button(f"全部采用建议（{len(fixable)} 处）", key="check_fix_all", type="primary", on_click=_replace,
                    args=(apply_fixes(text, fixable),))
    right.download_button("下载修改后的文本", apply_fixes(text, fixable).encode("utf-8"), "校对后.txt",
                          mime="text/plain", key="check_download")
    for n, finding in enumerate(findings):
        _finding(text, finding, n)


def _finding(text: str, finding: Finding, n: int) -> None:
    line = text.count("\n", 0, finding.start) + 1
    column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
    context = text[max(0, finding.start - 12):finding.end + 12].replace("\n", " ")
    with st.container(border=True, key=f"finding_{n}"):
        st.markdown(escape(f"{SEVERITY_NAMES[finding.severity]} · 第{line}行第{column}列：{finding.message}"))
        st.caption(escape(f"原文：…{context}…"))
        if finding.suggestion is not None:
            shown = finding.suggestion or "（删除）"
            st.button(f"采用建议：{shown}", key=f"check_fix_{n}", on_click=_replace,
                      args=(apply_fixes(text, [finding]),))


def _replace(text: str) -> None:
    st.session_state[TEXT_KEY] = text
