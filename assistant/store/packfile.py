"""Personal packs as files: the bank's YAML format, and .xlsx for people who curate in Excel."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

import yaml

from ..bank import Phrase, Source, parse_sources
from ..errors import DataError, Problem

KEYS = ("id", "text", "function", "topic", "genre", "tags", "slots", "group", "since", "until", "campaign",
        "source")
LISTS = ("genre", "tags", "slots")
HEADERS = {"id": "编号", "text": "内容", "function": "功能", "topic": "主题", "genre": "文种", "tags": "标签",
           "slots": "占位符", "group": "同组", "since": "起始年份", "until": "截止年份", "campaign": "专项活动",
           "source": "出处"}
SEPARATORS = ("、", "，", ",", ";", "；")


def record(phrase: Phrase) -> dict[str, Any]:
    """Return the phrase as the mapping a pack file holds (empty fields left out)."""
    values: dict[str, Any] = {"id": phrase.id, "text": phrase.text, "function": phrase.function,
                              "topic": phrase.topic, "genre": list(phrase.genres), "tags": list(phrase.tags),
                              "slots": list(phrase.slots), "group": phrase.group, "since": phrase.since,
                              "until": phrase.until, "campaign": phrase.campaign, "source": phrase.source}
    return {key: value for key, value in values.items() if value not in (None, "", [])}


def validate(records: Iterable[Mapping[str, Any]], name: str) -> tuple[list[Phrase], list[Problem]]:
    """Check mappings with the bank's own rules; problem lines are the 1-based positions of the records."""
    lines = ["phrases:"] + [f"  - {json.dumps(dict(item), ensure_ascii=False)}" for item in records]
    if len(lines) == 1:
        return [], []
    phrases, problems = parse_sources([Source(name, "\n".join(lines).encode("utf-8"))])
    return phrases, [Problem(p.file, max(p.line - 1, 0), p.message) for p in problems]


def to_yaml(phrases: Iterable[Phrase]) -> str:
    """Return a pack file holding the phrases, loadable by `qicao bank` and by import."""
    items = [record(p) for p in phrases]
    header = "# 个人词库（起草导出）：可直接再导入，或作为词库文件使用\n"
    return header + yaml.safe_dump({"phrases": items}, allow_unicode=True, sort_keys=False, width=1000)


def from_yaml(data: bytes, name: str) -> list[Phrase]:
    """Return the phrases of a pack file; raise DataError naming file:line for every problem."""
    phrases, problems = parse_sources([Source(name, data)])
    if problems:
        raise DataError(problems, f"{name} 有误，未导入任何短语")
    return phrases


def to_xlsx(phrases: Iterable[Phrase]) -> bytes:
    """Return an .xlsx workbook with one phrase a row under Chinese column headers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "个人词库"
    sheet.append([HEADERS[key] for key in KEYS])
    for phrase in phrases:
        values = record(phrase)
        sheet.append([_cell(values.get(key)) for key in KEYS])
    sheet.column_dimensions["B"].width = 80
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def from_xlsx(data: bytes, name: str) -> list[Phrase]:
    """Return the phrases of a workbook's first sheet; raise DataError naming the row of every problem."""
    rows = _rows(data, name)
    phrases, problems = validate((item for _, item in rows), name)
    if problems:
        numbers = [number for number, _ in rows]
        raise DataError([Problem(name, 0, f"第{_row(p, numbers)}行：{p.message}") for p in problems],
                        f"{name} 有误，未导入任何短语")
    return phrases


def _rows(data: bytes, name: str) -> list[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DataError([Problem(name, 0, "不是有效的 .xlsx 文件（请在 Excel 或 WPS 中另存为 .xlsx）")],
                        f"{name} 无法读取") from exc
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    book.close()
    if not values:
        raise DataError([Problem(name, 1, "表格是空的，第一行应为列名：编号、内容、功能、主题、文种……")],
                        f"{name} 无法读取")
    columns = _columns(values[0], name)
    rows = []
    for number, row in enumerate(values[1:], start=2):
        item = {key: _value(key, row[index]) for key, index in columns.items() if index < len(row)}
        item = {key: value for key, value in item.items() if value not in (None, "", [])}
        if item:
            rows.append((number, item))
    return rows


def _columns(header: tuple[Any, ...], name: str) -> dict[str, int]:
    names = {label: key for key, label in HEADERS.items()} | {key: key for key in KEYS}
    columns: dict[str, int] = {}
    unknown = []
    for index, cell in enumerate(header):
        label = str(cell or "").strip()
        if not label:
            continue
        if label not in names:
            unknown.append(label)
        else:
            columns[names[label]] = index
    problems = [Problem(name, 1, f"第1行：未知的列名“{label}”（可用：{'、'.join(HEADERS.values())}）")
                for label in unknown]
    problems += [Problem(name, 1, f"第1行：缺少“{HEADERS[key]}”列") for key in ("text", "function")
                 if key not in columns]
    if problems:
        raise DataError(problems, f"{name} 的列名有误")
    return columns


def _value(key: str, cell: Any) -> Any:
    if cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if key in ("since", "until"):
        text = str(cell).strip()
        return int(text) if text.isdigit() else text or None
    text = str(cell).strip()
    if key in LISTS:
        for separator in SEPARATORS[1:]:
            text = text.replace(separator, SEPARATORS[0])
        return [part.strip() for part in text.split(SEPARATORS[0]) if part.strip()]
    return text


def _cell(value: Any) -> Any:
    return "、".join(value) if isinstance(value, list) else value


def _row(problem: Problem, numbers: list[int]) -> int:
    return numbers[problem.line - 1] if 0 < problem.line <= len(numbers) else 1
