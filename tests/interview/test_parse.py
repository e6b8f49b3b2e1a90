"""Answers are parsed the forgiving way people type them, or get a clear retry message."""

from __future__ import annotations

import pytest

from assistant.interview import AnswerError, parse_answer, parse_number, parse_value, split_items
from assistant.templates import Prompt


def prompt(kind: str, **extra: object) -> Prompt:
    return Prompt(name="回答", type=kind, question="问题？", **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "value"), [
    ("3", 3), ("三", 3), ("三次", 3), ("十二", 12), ("两", 2), ("二十三", 23), ("一百零五", 105), ("１２", 12),
    ("1,200", 1200), ("12.5%", 12.5), ("没有", 0), ("无", 0), ("十万", 100000), ("3 次", 3), ("12人次", 12),
])
def test_it_reads_numbers_in_digits_or_chinese(text: str, value: float) -> None:
    assert parse_answer(prompt("number", unit="次"), text) == value


@pytest.mark.parametrize("text", ["好多", "abc", "-3", "三四个吧"])
def test_it_asks_again_for_what_is_not_a_number(text: str) -> None:
    with pytest.raises(AnswerError, match="请输入次数，例如 3 或 三"):
        parse_answer(prompt("number", unit="次"), text)


def test_parse_number_returns_none_for_words() -> None:
    assert parse_number("很多") is None


@pytest.mark.parametrize(("text", "value"), [("有", True), ("是", True), ("是的", True), ("没有", False),
                                              ("无", False), ("否", False), ("不需要", False), ("yes", True)])
def test_it_reads_yes_and_no(text: str, value: bool) -> None:
    assert parse_answer(prompt("bool"), text) is value


def test_it_rejects_an_unclear_yes_no() -> None:
    with pytest.raises(AnswerError, match="请回答“是”或“否”"):
        parse_answer(prompt("bool"), "也许吧")


def test_it_splits_lists_on_chinese_separators() -> None:
    assert split_items("读书会、知识竞赛，红色观影和志愿服务及 “清风讲堂”") == [
        "读书会", "知识竞赛", "红色观影", "志愿服务", "清风讲堂"]
    assert parse_answer(prompt("list"), "没有") == []


def test_it_matches_choices_exactly_by_number_or_fuzzily() -> None:
    choose = prompt("choice", choices=("理论学习", "组织建设", "作风建设"))
    assert parse_answer(choose, "组织建设") == "组织建设"
    assert parse_answer(choose, "2") == "组织建设"
    assert parse_answer(choose, "作风") == "作风建设"
    with pytest.raises(AnswerError, match="请从以下选项中选择：理论学习、组织建设、作风建设"):
        parse_answer(choose, "财务管理")


def test_multiple_choices_accept_lists_and_all() -> None:
    multi = prompt("multi", choices=("理论学习", "组织建设", "作风建设"))
    assert parse_answer(multi, "理论学习、作风建设") == ["理论学习", "作风建设"]
    assert parse_answer(multi, "全部") == ["理论学习", "组织建设", "作风建设"]
    assert parse_value(multi, ["理论学习", "组织建设"]) == ["理论学习", "组织建设"]


def test_list_values_from_files_keep_their_items_whole() -> None:
    assert parse_value(prompt("list"), ["党建和业务融合", "读书会"]) == ["党建和业务融合", "读书会"]


@pytest.mark.parametrize(("text", "iso"), [("2026年12月25日", "2026-12-25"), ("2026-12-5", "2026-12-05"),
                                           ("2026/12/25", "2026-12-25"), ("12月25日", "2026-12-25")])
def test_it_reads_dates(text: str, iso: str) -> None:
    assert parse_answer(prompt("date"), text, 2026) == iso


def test_it_rejects_impossible_dates() -> None:
    with pytest.raises(AnswerError, match="不是有效的日期"):
        parse_answer(prompt("date"), "2026年2月30日")


def test_it_reads_years_and_text() -> None:
    assert parse_answer(prompt("year"), "2026年") == 2026
    assert parse_answer(prompt("text"), "  清风护航  ") == "清风护航"
    with pytest.raises(AnswerError, match="没有收到回答"):
        parse_answer(prompt("text"), "   ")


def test_quotes_inside_an_item_stay_balanced() -> None:
    assert split_items("“七一”主题党日、“清风讲堂”") == ["“七一”主题党日", "清风讲堂"]
