"""The Streamlit entry point: `qicao app` runs this file."""

from pathlib import Path

import streamlit as st

PAGES = Path(__file__).parent / "pages"

st.set_page_config(page_title="起草 · 公文起草助手", page_icon=":material/edit_note:", layout="wide")
navigation = st.navigation([
    st.Page(PAGES / "draft.py", title="起草", icon=":material/edit_note:", default=True),
    st.Page(PAGES / "search.py", title="词库搜索", icon=":material/search:"),
    st.Page(PAGES / "check.py", title="校对", icon=":material/spellcheck:"),
    st.Page(PAGES / "drafts.py", title="我的草稿", icon=":material/folder_open:"),
    st.Page(PAGES / "phrases.py", title="我的词库", icon=":material/bookmark:"),
    st.Page(PAGES / "import_docs.py", title="导入旧文稿", icon=":material/upload_file:"),
])
navigation.run()
