"""The chat column: the assistant's questions, quick replies and the chat input."""

from __future__ import annotations

import streamlit as st

from ..interview import HELP, Reply
from ..search import BankHit
from .current import Current
from .text import escape, highlight


def show(current: Current) -> None:
    """Render the conversation and handle the user's message or quick reply."""
    with st.container(height=520, key="chat_log"):
        for role, message in current.messages:
            with st.chat_message(role):
                _message(message)
    _quick_replies(current)
    text = st.chat_input("输入回答，或输入：跳过、跳过本栏、上一步、修改第N题、搜索 关键词", key="chat_input")
    if text:
        say(current, text)
        st.rerun()


def say(current: Current, text: str) -> None:
    """Send `text` as the user's message."""
    current.messages.append(("user", text))
    current.messages.extend(("assistant", reply) for reply in current.chat.handle(text))


def _message(message: Reply | str) -> None:
    if isinstance(message, str):
        st.markdown(escape(message))
        return
    if message.kind == "error":
        st.warning(escape(message.text))
    else:
        st.markdown(escape(message.text).replace("\n", "  \n"))
    for hit in message.hits:
        if isinstance(hit, BankHit):
            st.markdown(f"- {highlight(hit.text, hit.spans)}　`{hit.topic}·{hit.function}`")


def _quick_replies(current: Current) -> None:
    prompt = current.session.current_prompt()
    if prompt is None:
        st.caption(HELP)
        return
    options: list[str] = []
    if prompt.type == "bool":
        options = ["是", "否"]
    elif prompt.type == "choice":
        options = list(prompt.choices)
    if prompt.type == "multi":
        picked = st.pills("可多选后点“确定”", prompt.choices, selection_mode="multi", key=f"pick_{prompt.name}")
        if st.button("确定", key=f"pick_ok_{prompt.name}", disabled=not picked):
            say(current, "、".join(picked))
            st.rerun()
    commands = ["跳过", "跳过本栏", "上一步"] if prompt.section else ["跳过", "上一步"]
    columns = st.columns(len(options) + len(commands))
    for column, option in zip(columns, [*options, *commands], strict=True):
        if column.button(option, key=f"quick_{prompt.name}_{option}"):
            say(current, option)
            st.rerun()
