"""Personal packs as files: YAML in the bank's format and .xlsx, with file:line and row-numbered errors."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from assistant.bank import Bank
from assistant.errors import DataError
from assistant.store.packfile import from_xlsx, from_yaml, to_xlsx, to_yaml


def workbook(*rows: list[object]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_yaml_and_excel_round_trip_every_field(mini_bank: Bank) -> None:
    phrases = list(mini_bank.phrases)
    assert from_yaml(to_yaml(phrases).encode("utf-8"), "导出.yaml") == phrases
    assert from_xlsx(to_xlsx(phrases), "导出.xlsx") == phrases


def test_the_excel_file_has_chinese_headers_a_user_can_read(mini_bank: Bank) -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx(mini_bank.phrases))).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:5] == ["编号", "内容", "功能", "主题", "文种"]
    assert sheet.cell(2, 2).value == mini_bank.phrases[0].text


def test_excel_errors_name_the_row() -> None:
    data = workbook(["编号", "内容", "功能", "主题", "文种", "起始年份"],
                    ["my.1", "第一条正确的短语。", "措施", "组织建设", "party_summary", 2024],
                    [None, None, None, None, None, None],
                    ["my.2", "第二条。", "感想", "组织建设", "party_summary", None],
                    ["my.3", "第三条。", "措施", "组织建设", "party_summary", "明年"])
    with pytest.raises(DataError) as caught:
        from_xlsx(data, "词库.xlsx")
    message = str(caught.value)
    assert "词库.xlsx: 第4行：功能“感想”无效" in message
    assert "词库.xlsx: 第5行：since 应为四位年份" in message
    assert "未导入任何短语" in message


def test_excel_lists_accept_chinese_separators_and_years_as_numbers() -> None:
    data = workbook(["内容", "功能", "主题", "文种", "标签", "起始年份", "编号"],
                    ["开展专题学习。", "措施", "理论武装", "party_summary", "学习，研讨、调研", 2024.0, "my.x"])
    phrase = from_xlsx(data, "a.xlsx")[0]
    assert phrase.tags == ("学习", "研讨", "调研") and phrase.since == 2024


def test_unknown_columns_and_a_file_that_is_not_excel_are_explained() -> None:
    with pytest.raises(DataError, match="第1行：未知的列名“备注”"):
        from_xlsx(workbook(["内容", "功能", "备注"]), "a.xlsx")
    with pytest.raises(DataError, match=r"不是有效的 \.xlsx 文件"):
        from_xlsx(b"plain text", "a.xlsx")


def test_yaml_errors_name_file_and_line() -> None:
    with pytest.raises(DataError, match=r"个人\.yaml:4: 功能“感想”无效"):
        from_yaml("genre: mini\ntopic: 学习\nphrases:\n  - {id: a, text: 一句话。, function: 感想}\n".encode(),
                  "个人.yaml")
