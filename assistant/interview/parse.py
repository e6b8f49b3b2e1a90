"""Parse a free-text answer into its prompt's type, forgiving the ways people really type Chinese."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from rapidfuzz import fuzz, process

from ..compose.values import format_value
from ..errors import QicaoError
from ..templates.model import Prompt

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_TRUE = {"是", "有", "对", "要", "需要", "已", "已经", "是的", "有的", "好", "y", "yes", "true", "1", "√", "✓"}
_FALSE = {"否", "不", "不是", "没有", "无", "没", "不要", "不需要", "未", "n", "no", "false", "0", "×"}
_NONE = {"没有", "无", "没", "零", "0", "〇"}
_ALL = {"全部", "都", "都有", "全选", "以上都是", "以上全部"}
_SPLIT = re.compile(r"[、，,；;和及与\n/]+")
_PAIRS = (("“", "”"), ("\"", "\""), ("《", "》"), ("「", "」"))
_MEASURE = re.compile(r"(次|个|人次|人|场|期|名|项|件|篇|条|家|所|户|元|万元|亿元|天|小时|%|％|余|多)+$")


class AnswerError(QicaoError):
    """An answer that cannot be understood; the message says what to type instead."""


def parse_answer(prompt: Prompt, text: str, year: int | None = None) -> Any:
    """Return `text` parsed for `prompt`'s type; raise AnswerError with a retry message otherwise."""
    raw = unicodedata.normalize("NFKC", str(text)).strip().strip("。.")
    if not raw:
        raise AnswerError(f"没有收到回答。{_hint(prompt)}")
    parser = _PARSERS[prompt.type]
    return parser(prompt, raw, year)


def parse_value(prompt: Prompt, raw: Any, year: int | None = None) -> Any:
    """Return a value from a data file (YAML number, bool, list, date or text) parsed for `prompt`."""
    if isinstance(raw, list):
        if prompt.type == "list":
            return [str(v).strip() for v in raw if str(v).strip()]
        if prompt.type == "multi":
            chosen: list[str] = []
            for item in raw:
                chosen.extend(c for c in _multi(prompt, str(item), year) if c not in chosen)
            return chosen
        raw = "、".join(str(v) for v in raw)
    if isinstance(raw, bool):
        raw = "是" if raw else "否"
    return parse_answer(prompt, str(raw), year)


def _hint(prompt: Prompt) -> str:
    example = f"，例如 {prompt.example}" if prompt.example else ""
    if prompt.type == "number":
        noun = {"次": "次数", "人": "人数", "名": "人数", "人次": "人次"}.get(prompt.unit, "数字")
        return f"请输入{noun}，例如 3 或 三"
    if prompt.type in ("choice", "multi"):
        return f"请从以下选项中选择：{'、'.join(prompt.choices)}"
    if prompt.type == "bool":
        return "请回答“是”或“否”"
    if prompt.type == "date":
        return "请输入日期，例如 2026年12月25日 或 2026-12-25"
    if prompt.type == "year":
        return "请输入四位年份，例如 2026"
    if prompt.type == "list":
        return f"请输入一项或多项，用顿号或逗号分开{example}"
    return f"请输入文字{example}"


def parse_number(text: str) -> int | float | None:
    """Return the number in `3`, `三`, `三次`, `十二`, `两`, `1,200`, `12.5%`; None if there is none."""
    body = _MEASURE.sub("", re.sub(r"[\s,，]", "", text))
    if body in _NONE:
        return 0
    if re.fullmatch(r"\d+", body):
        return int(body)
    if re.fullmatch(r"\d+\.\d+", body):
        return float(body)
    return _chinese_int(body)


def _chinese_int(text: str) -> int | None:
    if not text or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    if len(text) > 1 and all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif _UNITS[char] == 10000:
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            section += (1 if digit is None else digit) * _UNITS[char]
            digit = None
    return total + section + (digit or 0)


def _number(prompt: Prompt, text: str, year: int | None) -> int | float:
    value = parse_number(text)
    if value is None or value < 0:
        raise AnswerError(f"“{text}”不是一个数字。{_hint(prompt)}")
    return value


def _bool(prompt: Prompt, text: str, year: int | None) -> bool:
    word = text.lower()
    if word in _TRUE:
        return True
    if word in _FALSE or word.startswith(("没", "无", "不", "未")):
        return False
    if word.startswith(("是", "有", "已")):
        return True
    raise AnswerError(f"没有理解“{text}”。{_hint(prompt)}")


def _choice(prompt: Prompt, text: str, year: int | None) -> str:
    found = _match_choice(prompt, text)
    if found is None:
        raise AnswerError(f"“{text}”不在选项中。{_hint(prompt)}")
    return found


def _match_choice(prompt: Prompt, text: str) -> str | None:
    if text in prompt.choices:
        return text
    index = parse_number(text.removeprefix("第").removesuffix("项").removesuffix("个"))
    if isinstance(index, int) and 1 <= index <= len(prompt.choices):
        return prompt.choices[index - 1]
    best = process.extractOne(text, prompt.choices, scorer=fuzz.WRatio, score_cutoff=80)
    return best[0] if best else None


def _multi(prompt: Prompt, text: str, year: int | None) -> list[str]:
    if text in _ALL:
        return list(prompt.choices)
    if text in _NONE or text in {"都没有", "无"}:
        return []
    chosen: list[str] = []
    for choice in sorted(prompt.choices, key=len, reverse=True):
        if choice in text:
            chosen.append(choice)
            text = text.replace(choice, "、")
    for part in split_items(text):
        found = _match_choice(prompt, part)
        if found is None:
            raise AnswerError(f"“{part}”不在选项中。{_hint(prompt)}")
        if found not in chosen:
            chosen.append(found)
    return [c for c in prompt.choices if c in chosen]


def split_items(text: str) -> list[str]:
    """Split a list answer on 、，, ； 和 及 与 and new lines; drop empty items and quotes wrapping a whole item."""
    return [item for item in (_unwrap(part.strip()) for part in _SPLIT.split(text)) if item]


def _unwrap(item: str) -> str:
    for left, right in _PAIRS:
        inside = item[1:-1]
        if len(item) > 1 and item[0] == left and item[-1] == right and left not in inside and right not in inside:
            return item[1:-1].strip()
    return item


def _list(prompt: Prompt, text: str, year: int | None) -> list[str]:
    if text in _NONE:
        return []
    return split_items(text)


def _text(prompt: Prompt, text: str, year: int | None) -> str:
    return text


def _year(prompt: Prompt, text: str, year: int | None) -> int:
    value = parse_number(text.removesuffix("年"))
    if not isinstance(value, int) or not 1949 <= value <= 2100:
        raise AnswerError(f"“{text}”不是有效的年份。{_hint(prompt)}")
    return value


def _date(prompt: Prompt, text: str, year: int | None) -> str:
    match = re.fullmatch(r"(?:(\d{4})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?", text)
    if match is None:
        raise AnswerError(f"“{text}”不是有效的日期。{_hint(prompt)}")
    y = int(match.group(1)) if match.group(1) else (year or dt.date.today().year)
    try:
        return dt.date(y, int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError as exc:
        raise AnswerError(f"“{text}”不是有效的日期。{_hint(prompt)}") from exc


def describe(prompt: Prompt, value: Any) -> str:
    """Return an answer as the assistant repeats it back (`12次`, `是`, `A、B和C`)."""
    if prompt.type == "bool":
        return "是" if value else "否"
    if prompt.type == "number":
        return f"{format_value(prompt, value)}{prompt.unit}"
    if prompt.type in ("list", "multi") and not value:
        return "无"
    return format_value(prompt, value)


_PARSERS = {"number": _number, "bool": _bool, "choice": _choice, "multi": _multi, "list": _list, "text": _text,
            "year": _year, "date": _date}
