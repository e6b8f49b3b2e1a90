"""The start screen: choose genre, year, unit and sections, then start drafting."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from ..compose import available_sections
from ..session import Session
from . import current, drafts_view, resources


def show() -> None:
    """Render the start screen."""
    st.title("起草：公文起草助手")
    st.caption("选文种和栏目，回答几个简短问题，助手用规范表述拼出草稿。全程离线，不联网。")
    templates = resources.templates()
    ids = list(templates)
    chosen = st.selectbox("文种", ids, format_func=lambda key: templates[key].name, key="setup_template")
    template = templates[chosen]
    if template.description:
        st.caption(template.description)
    left, right = st.columns([1, 2])
    year = left.number_input("年份", min_value=1990, max_value=2100, value=dt.date.today().year, step=1,
                             key="setup_year")
    unit = right.text_input("单位名称", placeholder="例如：市直机关第一党支部", key="setup_unit")
    names = {s.key: s.name for s in template.sections}
    offered = available_sections(template, resources.bank(), int(year))
    sections = st.multiselect("栏目（可增删；顺序之后可在草稿中调整）", offered,
                              default=[k for k in template.default_sections() if k in offered],
                              format_func=names.__getitem__, key=f"setup_sections_{chosen}",
                              help="只列出所选年份有规范表述的栏目（例如某年的主题教育只在当年可选）")
    if st.button("开始起草", type="primary", key="setup_start"):
        if not unit.strip():
            st.error("请填写单位名称。")
        elif not sections:
            st.error("请至少选择一个栏目。")
        else:
            ordered = [s.key for s in template.sections if s.key in sections]
            current.start(Session.start(template, resources.bank(), int(year), unit.strip(), ordered))
            st.rerun()
    drafts_view.recent()

