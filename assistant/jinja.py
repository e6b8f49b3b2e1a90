"""The one sandboxed Jinja2 environment every piece of rendering goes through."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from .chinese import join_list


class SlotError(ValueError):
    """A phrase text whose slots are malformed; the message is Chinese."""


@cache
def environment() -> SandboxedEnvironment:
    """Return the shared sandboxed environment (StrictUndefined, no autoescape: output is plain text)."""
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters["顿号连接"] = join_list
    return env


def slot_names(text: str) -> list[str]:
    """Return the slots of a phrase text in order; raise SlotError unless it is text with `{{ 名称 }}` slots."""
    try:
        tree = environment().parse(text)
    except TemplateSyntaxError as exc:
        raise SlotError(f"占位符写法有误：{exc.message}") from exc
    names: list[str] = []
    for node in tree.body:
        if not isinstance(node, nodes.Output):
            raise SlotError("短语中只允许 {{ 名称 }} 形式的占位符，不允许 {% %} 语句")
        for part in node.nodes:
            if isinstance(part, nodes.Name):
                if part.name not in names:
                    names.append(part.name)
            elif not isinstance(part, nodes.TemplateData):
                raise SlotError("占位符只能是一个名称，例如 {{ 次数 }}，不能含运算或过滤器")
    return names


@lru_cache(maxsize=8192)
def _compiled(text: str) -> Template:
    return environment().from_string(text)


def render_phrase(text: str, values: Mapping[str, Any]) -> str:
    """Fill a phrase's slots with already formatted values; values are inserted as data, never evaluated."""
    return _compiled(text).render(**values)
