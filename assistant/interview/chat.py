"""The chat: turn each user message into a command or an answer, and say what happens next."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..session import Session
from ..templates.model import Prompt
from .parse import AnswerError, describe, parse_answer, parse_number

Kind = Literal["prompt", "info", "error", "search", "done"]
_SEARCH = re.compile(r"^(?:搜索|找)\s*[:：]?\s*(.+)$")
_REVISIT = re.compile(r"^(?:修改|改)\s*第?\s*(\S+?)\s*[题问]$")
_SKIP = {"跳过", "略过", "不填", "下一题"}
_SKIP_SECTION = {"跳过本栏", "跳过本栏目", "跳过这一栏"}
_BACK = {"上一步", "上一题", "返回", "后退"}
_RESTART = {"重新开始", "重来"}
_UNDO = {"撤销", "撤消"}

HELP = "可以直接回答问题，也可以输入：跳过、跳过本栏、上一步、修改第N题、重新开始、撤销，或“搜索 关键词”查找规范表述。"


@dataclass(frozen=True)
class Reply:
    """One assistant message; a prompt carries the Prompt (for quick replies), a search its hits."""

    kind: Kind
    text: str
    prompt: Prompt | None = None
    hits: Sequence[Any] = field(default_factory=tuple)


class Conversation:
    """Drives a Session from chat messages; `search` finds phrases for “搜索 …” (injected)."""

    def __init__(self, session: Session, search: Callable[[str], Sequence[Any]] | None = None) -> None:
        self.session = session
        self.search = search

    def ask(self) -> Reply:
        """Return the message for the prompt to answer now, or the closing message when all are done."""
        prompt = self.session.current_prompt()
        if prompt is None:
            return Reply("done", "问题都已回答完毕，草稿已生成。可以在草稿中换一种说法、编辑或删除段落，"
                                 "再下载 Word 文档或一键复制到 Word。需要修改某题时输入“修改第N题”。")
        prompts = self.session.prompts()
        number = prompts.index(prompt) + 1
        section = self.session.template.section(prompt.section).name if prompt.section else "文档信息"
        lines = [f"第{number}/{len(prompts)}题（{section}）：{prompt.question}"]
        if prompt.name in self.session.state.answers:
            lines.append(f"当前回答：{describe(prompt, self.session.state.answers[prompt.name])}")
        if prompt.example:
            lines.append(f"例如：{prompt.example}")
        return Reply("prompt", "\n".join(lines), prompt=prompt)

    def handle(self, message: str) -> list[Reply]:
        """Return the assistant's replies to one user message."""
        text = message.strip()
        if not text:
            return [Reply("error", "请输入回答。" + HELP), self.ask()]
        if match := _SEARCH.match(text):
            return self._search(match.group(1))
        if text in _SKIP:
            return self._skip()
        if text in _SKIP_SECTION:
            return self._skip_section()
        if text in _BACK:
            if self.session.back() is None:
                return [Reply("info", "已经是第一题了。"), self.ask()]
            return [self.ask()]
        if match := _REVISIT.match(text):
            return self._revisit(match.group(1))
        if text in _RESTART:
            self.session.restart()
            return [Reply("info", "已清空全部回答，重新开始（可输入“撤销”恢复）。"), self.ask()]
        if text in _UNDO:
            done = self.session.undo()
            return [Reply("info", "已撤销上一步修改。" if done else "没有可以撤销的修改。"), self.ask()]
        return self._answer(text)

    def _answer(self, text: str) -> list[Reply]:
        prompt = self.session.current_prompt()
        if prompt is None:
            return [Reply("info", "问题已经答完了。" + HELP)]
        try:
            value = parse_answer(prompt, text, self.session.state.year)
        except AnswerError as exc:
            return [Reply("error", f"{exc}\n（也可以输入“跳过”。）", prompt=prompt)]
        self.session.answer(prompt.name, value)
        return [Reply("info", f"已记录：{describe(prompt, value)}。"), self.ask()]

    def _skip(self) -> list[Reply]:
        prompt = self.session.current_prompt()
        if prompt is None:
            return [Reply("info", "没有需要跳过的问题。")]
        self.session.skip(prompt.name)
        return [Reply("info", "已跳过，草稿中不写这一项。"), self.ask()]

    def _skip_section(self) -> list[Reply]:
        prompt = self.session.current_prompt()
        if prompt is None or not prompt.section:
            return self._skip()
        names = self.session.skip_section(prompt.section)
        section = self.session.template.section(prompt.section).name
        return [Reply("info", f"已跳过“{section}”栏目的其余 {len(names)} 个问题。"), self.ask()]

    def _revisit(self, token: str) -> list[Reply]:
        number = parse_number(token)
        try:
            self.session.revisit(int(number) if isinstance(number, (int, float)) else 0)
        except IndexError:
            total = len(self.session.prompts())
            return [Reply("error", f"没有第{token}题，请输入 1 到 {total} 之间的题号。"), self.ask()]
        return [self.ask()]

    def _search(self, query: str) -> list[Reply]:
        if self.search is None:
            return [Reply("error", "当前无法搜索词库。")]
        hits = list(self.search(query))
        if not hits:
            return [Reply("search", f"没有找到与“{query}”相关的规范表述，换个关键词试试（支持拼音和首字母）。")]
        return [Reply("search", f"找到 {len(hits)} 条与“{query}”相关的规范表述：", hits=hits)]
