"""Read an answers file (`*.answers.yaml`): template, year, unit, sections and answers for batch drafting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import DataError, Problem
from ..interview.parse import AnswerError, parse_value
from ..state import DraftState
from ..templates.model import Template
from ..yamlfile import LDict, LList, loads

KEYS = {"template", "year", "unit", "seed", "sections", "answers"}


def load_answers(text: str, name: str, templates: Mapping[str, Template]) -> tuple[Template, DraftState]:
    """Return the template and state an answers file describes; raise DataError naming file:line and key."""
    document = loads(text, name)
    problems: list[Problem] = []
    if not isinstance(document, LDict):
        raise DataError([Problem(name, 1, "答案文件应包含 template、year、unit、answers 等键")], "答案文件有误")
    for key in sorted(document.keys() - KEYS):
        problems.append(Problem(name, document.key_lines[key], f"未知的键“{key}”（可用：{'、'.join(sorted(KEYS))}）"))
    template = _template(document, name, templates)
    year = _int(document, "year", name, problems, "四位年份，例如 2026")
    seed = _int(document, "seed", name, problems, "整数，例如 0", required=False) or 0
    unit = str(document.get("unit") or "").strip()
    if not unit:
        problems.append(Problem(name, document.key_lines.get("unit", 1), "缺少 unit（单位名称）"))
    sections = _sections(document, name, template, problems)
    answers = _answers(document, name, template, year, problems)
    if problems:
        raise DataError(problems, "答案文件有误")
    state = DraftState(template.id, year or 0, unit, sections, answers=answers, seed=seed)
    return template, state


def _template(document: LDict, name: str, templates: Mapping[str, Template]) -> Template:
    key = str(document.get("template") or "")
    if key not in templates:
        line = document.key_lines.get("template", 1)
        hint = "、".join(templates) or "无"
        raise DataError([Problem(name, line, f"template 应为已有模板之一（{hint}），而不是“{key}”")], "答案文件有误")
    return templates[key]


def _int(document: LDict, key: str, name: str, problems: list[Problem], expected: str,
         required: bool = True) -> int | None:
    value = document.get(key)
    if value is None and not required:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    problems.append(Problem(name, document.key_lines.get(key, 1), f"{key} 应为{expected}"))
    return None


def _sections(document: LDict, name: str, template: Template, problems: list[Problem]) -> list[str]:
    value = document.get("sections")
    if value is None:
        return template.default_sections()
    if not isinstance(value, LList):
        problems.append(Problem(name, document.key_lines["sections"], "sections 应为栏目列表"))
        return []
    known = {s.key for s in template.sections}
    for item, line in zip(value, value.item_lines, strict=True):
        if str(item) not in known:
            problems.append(Problem(name, line, f"栏目“{item}”不存在（可用：{'、'.join(sorted(known))}）"))
    return [str(item) for item in value if str(item) in known]


def _answers(document: LDict, name: str, template: Template, year: int | None,
             problems: list[Problem]) -> dict[str, Any]:
    value = document.get("answers") or LDict()
    if not isinstance(value, LDict):
        problems.append(Problem(name, document.key_lines.get("answers", 1), "answers 应为“问题名称: 回答”的映射"))
        return {}
    prompts = {p.name: p for p in template.all_prompts()}
    answers: dict[str, Any] = {}
    for key, raw in value.items():
        line = value.key_lines[key]
        prompt = prompts.get(key)
        if prompt is None:
            problems.append(Problem(name, line, f"answers 中的“{key}”不是模板“{template.name}”的问题"))
            continue
        try:
            answers[key] = parse_value(prompt, raw, year)
        except AnswerError as exc:
            problems.append(Problem(name, line, f"“{key}”的回答有误：{exc}"))
    return answers
