"""The loader accepts well-formed packs and names file:line for every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.bank import Source, load_bank, parse_sources
from assistant.errors import DataError

GOOD = """\
genre: party_summary
topic: 组织建设
phrases:
  - id: org.a.01
    function: 措施
    group: org.a
    text: 严格落实“三会一课”制度。
  - id: org.b.01
    function: 成效
    group: org.b
    slots: [次数]
    text: 全年召开支部党员大会{{ 次数 }}次。
"""


def problems_of(text: str, name: str = "pack.yaml", encoding: str = "utf-8") -> list[str]:
    """Return the problems of one pack as `line: message` strings."""
    _, problems = parse_sources([Source(name, text.encode(encoding))])
    return [f"{p.line}: {p.message}" for p in problems]


def test_it_loads_a_good_pack_with_defaults_from_the_file_header() -> None:
    phrases, problems = parse_sources([Source("pack.yaml", GOOD.encode())])
    assert problems == []
    assert [p.id for p in phrases] == ["org.a.01", "org.b.01"]
    assert phrases[1].slots == ("次数",)
    assert phrases[0].genres == ("party_summary",) and phrases[0].topic == "组织建设"
    assert (phrases[0].file, phrases[0].line) == ("pack.yaml", 4)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_it_reads_packs_saved_with_bom_or_gbk(encoding: str) -> None:
    assert problems_of(GOOD, encoding=encoding) == []


def test_it_reports_yaml_syntax_errors_with_their_line() -> None:
    found = problems_of("genre: x\nphrases:\n  - id: [a\n    text: b\n")
    assert len(found) == 1 and found[0].startswith("4: YAML 语法错误")


def test_it_reports_unknown_keys() -> None:
    assert problems_of(GOOD.replace("    group: org.a\n", "    grop: org.a\n")) == [
        "4: 未知的键“grop”（可用：campaign、function、genre、group、id、since、slots、source、tags、text、"
        "topic、until）"]


def test_it_reports_missing_fields() -> None:
    assert problems_of(GOOD.replace("    function: 措施\n", "")) == ["4: 缺少必填项“function”"]


def test_it_reports_a_missing_topic_when_the_file_gives_none() -> None:
    assert problems_of(GOOD.replace("topic: 组织建设\n", "")) == [
        "3: 缺少“topic”（可在文件开头统一给出）", "7: 缺少“topic”（可在文件开头统一给出）"]


def test_it_reports_duplicate_ids_naming_the_first() -> None:
    found = problems_of(GOOD.replace("id: org.b.01", "id: org.a.01"))
    assert found == ["8: 短语编号“org.a.01”重复（首次出现于 pack.yaml:4）"]


def test_it_reports_duplicate_ids_across_files() -> None:
    _, problems = parse_sources([Source("a.yaml", GOOD.encode()), Source("b.yaml", GOOD.replace(
        "三会一课", "主题党日").replace("党员大会", "委员会").encode())])
    assert [str(p) for p in problems] == [
        "b.yaml:4: 短语编号“org.a.01”重复（首次出现于 a.yaml:4）",
        "b.yaml:8: 短语编号“org.b.01”重复（首次出现于 a.yaml:8）"]


def test_it_reports_empty_text() -> None:
    assert problems_of(GOOD.replace("text: 严格落实“三会一课”制度。", "text: ''")) == ["7: 短语内容为空"]


def test_it_reports_malformed_slots() -> None:
    found = problems_of(GOOD.replace("{{ 次数 }}次", "{{ 次数 次"))
    assert len(found) == 1 and found[0].startswith("12: 占位符写法有误")


def test_it_rejects_statements_and_expressions_in_phrases() -> None:
    assert problems_of(GOOD.replace("{{ 次数 }}次", "{{ 次数 }}{% if 1 %}次{% endif %}")) == [
        "12: 短语中只允许 {{ 名称 }} 形式的占位符，不允许 {% %} 语句"]
    assert problems_of(GOOD.replace("{{ 次数 }}次", "{{ 次数 * 2 }}次")) == [
        "12: 占位符只能是一个名称，例如 {{ 次数 }}，不能含运算或过滤器"]


def test_it_reports_undeclared_and_unused_slots() -> None:
    assert problems_of(GOOD.replace("slots: [次数]", "slots: [人数]")) == [
        "12: 占位符“次数”未在 slots 中声明", "11: slots 中的“人数”在正文中没有用到"]


def test_it_reports_exact_duplicate_texts() -> None:
    found = problems_of(GOOD.replace("全年召开支部党员大会{{ 次数 }}次。", "严格落实“三会一课”制度。")
                        .replace("    slots: [次数]\n", ""))
    assert found == ["8: 短语内容与 pack.yaml:4（org.a.01）完全相同"]


def test_it_reports_an_unknown_function_and_a_bad_year() -> None:
    found = problems_of(GOOD.replace("function: 措施", "function: 感想").replace(
        "    group: org.a\n", "    group: org.a\n    since: 23\n"))
    assert found == ["5: 功能“感想”无效（可用：标题、开头、总述、措施、成效、问题、计划、过渡、结尾）",
                     "7: since 应为四位年份，例如 2026"]


def test_it_requires_the_same_slots_within_a_variant_group() -> None:
    found = problems_of(GOOD.replace("group: org.b", "group: org.a"))
    assert found == ["8: 同组“org.a”的说法应使用相同的占位符（org.a.01 用 无，此处用 次数）"]


def test_one_bad_file_does_not_hide_the_problems_of_another() -> None:
    _, problems = parse_sources([Source("bad.yaml", b"phrases: [\n"), Source("also.yaml", b"- 1\n")])
    assert [p.file for p in problems] == ["bad.yaml", "also.yaml"]


def test_load_bank_refuses_a_broken_extra_pack_with_every_problem(tmp_path: Path) -> None:
    broken = tmp_path / "mine.yaml"
    broken.write_text(GOOD.replace("function: 措施", "function: 感想").replace("text: ''", ""), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_bank([broken], shipped=False)
    assert f"{broken}:5: 功能“感想”无效" in str(caught.value)


def test_the_shipped_bank_loads_without_problems() -> None:
    bank = load_bank()
    assert len(bank) >= 150
    assert all(p.text.strip() for p in bank.phrases)


def test_the_same_text_may_serve_two_genres_in_different_packs() -> None:
    other = GOOD.replace("genre: party_summary", "genre: debriefing").replace("org.", "deb.")
    _, problems = parse_sources([Source("a.yaml", GOOD.encode()), Source("b.yaml", other.encode())])
    assert problems == []
