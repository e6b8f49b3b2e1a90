"""The template loader names file:line for bad templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SECTIONS, TEMPLATE, write_template

from assistant.errors import DataError
from assistant.templates import load_template_dir


def problems(folder: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_template_dir(folder, "t")
    return [str(p) for p in caught.value.problems]


def test_it_loads_the_mini_template(tmp_path: Path) -> None:
    template = load_template_dir(write_template(tmp_path), "t")
    assert [s.key for s in template.sections] == ["study", "org", "plans"]
    assert [p.name for p in template.prompts_for(["org"])] == ["活动名称", "落款日期"]


def test_it_reports_a_missing_section_file(tmp_path: Path) -> None:
    sections = {k: v for k, v in SECTIONS.items() if k != "org"}
    assert problems(write_template(tmp_path, sections=sections)) == ["t/sections/org.yaml: 文件不存在"]


def test_it_reports_unknown_keys_and_bad_prompt_types(tmp_path: Path) -> None:
    bad = SECTIONS["study"].replace("type: number", "type: integer").replace("part: work", "part: work\ncolour: red")
    found = problems(write_template(tmp_path, sections={**SECTIONS, "study": bad}))
    assert "t/sections/study.yaml:4: 栏目文件中有未知的键“colour”" in found[0]
    assert found[1].startswith("t/sections/study.yaml:7: 提问类型“integer”无效")


def test_it_reports_a_choice_prompt_without_choices(tmp_path: Path) -> None:
    bad = SECTIONS["study"].replace(", choices: [专题研讨, 读书班, 专家辅导]", "")
    assert problems(write_template(tmp_path, sections={**SECTIONS, "study": bad})) == [
        "t/sections/study.yaml:7: 多选提问“学习形式”缺少 choices"]


def test_it_reports_duplicate_prompt_names(tmp_path: Path) -> None:
    bad = SECTIONS["org"].replace("name: 活动名称", "name: 学习次数")
    found = problems(write_template(tmp_path, sections={**SECTIONS, "org": bad}))
    assert found == ["t/template.yaml: 提问名称“学习次数”重复（同一模板内提问名称须唯一）"]


def test_it_reports_yaml_errors_with_the_line(tmp_path: Path) -> None:
    found = problems(write_template(tmp_path, template=TEMPLATE.replace("parts:", "parts: [")))
    assert found[0].startswith("t/template.yaml:")
