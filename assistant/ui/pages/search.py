"""词库搜索 page."""

import streamlit as st

from assistant.ui import search_view

st.title("词库搜索")
search_view.show(prefix="page")
