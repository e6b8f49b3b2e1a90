"""Load the proofreader's data (phrasebank/terms), validating it with file:line errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ..errors import DataError, Problem
from ..resources import data_dir
from ..textio import decode
from ..yamlfile import LDict, LList, line_of, loads
from .chars import strip_marks

FILES = ("formulations.yaml", "terms.yaml", "doubled.yaml", "placeholders.yaml")
FORMULATION_KEYS = {"name", "text", "category", "source", "years", "campaign", "wrong", "allow"}


@dataclass(frozen=True)
class Formulation:
    """A fixed formulation (规范提法): its canonical wording, where it comes from and when it is current."""

    name: str
    text: str
    category: str
    source: str = ""
    years: tuple[int, int] | None = None
    campaign: bool = False
    wrong: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    @property
    def years_label(self) -> str:
        """Return the years as Chinese text (`2024年`, `2023—2024年`), or ''."""
        if self.years is None:
            return ""
        first, last = self.years
        return f"{first}年" if first == last else f"{first}—{last}年"

    @property
    def reference(self) -> str:
        """Return the name and source for messages: `四个意识，出处：中国共产党章程`."""
        return f"{self.name}，出处：{self.source}" if self.source else self.name


@dataclass(eq=False)
class Lexicon:
    """Everything the rules look up, loaded once; hashed by identity so rules can cache indexes on it."""

    formulations: tuple[Formulation, ...]
    terms: tuple[str, ...]
    idioms: tuple[str, ...]
    term_allow: frozenset[str]
    confusable: dict[str, frozenset[str]]
    doubled_chars: frozenset[str]
    measures: frozenset[str]
    doubled_allow: tuple[str, ...]
    bracket_words: frozenset[str]
    bracket_prefixes: tuple[str, ...]
    html_tags: frozenset[str]
    residue_phrases: tuple[str, ...]

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Return every term, idiom and allowed word: none of them is ever reported as a typo."""
        return frozenset(self.terms) | frozenset(self.idioms) | self.term_allow


@cache
def load_lexicon() -> Lexicon:
    """Return the shipped lexicon; raise DataError listing every problem with file:line."""
    folder = data_dir("terms")
    documents = {name: (f"phrasebank/terms/{name}", (folder / name).read_bytes()) for name in FILES}
    return parse_lexicon(documents)


def parse_lexicon(documents: dict[str, tuple[str, bytes]]) -> Lexicon:
    """Return the lexicon built from `{file: (display name, bytes)}`; raise DataError on any problem."""
    problems: list[Problem] = []
    parsed = {key: _load(display, data, problems) for key, (display, data) in documents.items()}
    reader = {key: _Reader(documents[key][0], value, problems) for key, value in parsed.items()}
    terms, doubled, marks = reader["terms.yaml"], reader["doubled.yaml"], reader["placeholders.yaml"]
    lexicon = Lexicon(
        formulations=_formulations(reader["formulations.yaml"]),
        terms=terms.words("terms", min_len=3), idioms=terms.words("idioms", min_len=4),
        term_allow=frozenset(terms.words("allow", min_len=2)),
        confusable=_groups(terms.words("confusable", min_len=2)),
        doubled_chars=frozenset(doubled.words("chars", min_len=1, max_len=1)),
        measures=frozenset(doubled.words("measures", min_len=1, max_len=1)),
        doubled_allow=doubled.words("allow", min_len=2),
        bracket_words=frozenset(marks.words("bracket_words", min_len=1)),
        bracket_prefixes=marks.words("bracket_prefixes", min_len=1),
        html_tags=frozenset(marks.words("html_tags", min_len=1)),
        residue_phrases=marks.words("residue_phrases", min_len=2),
    )
    if problems:
        raise DataError(problems, "校对词表有误，请修改后重试")
    return lexicon


def _load(display: str, data: bytes, problems: list[Problem]) -> LDict | None:
    """Return the file's mapping, or None (with the problem recorded) when it cannot be read."""
    try:
        document = loads(decode(data, display), display)
    except DataError as exc:
        problems.extend(exc.problems)
        return None
    if not isinstance(document, LDict):
        problems.append(Problem(display, line_of(document, 1), "文件应是以键开头的映射"))
        return None
    return document


class _Reader:
    """Reads typed values out of one loaded file, recording problems with their lines."""

    def __init__(self, name: str, document: LDict | None, problems: list[Problem]) -> None:
        self.name, self.problems = name, problems
        self.readable = document is not None
        self.document = document if document is not None else LDict()

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))

    def words(self, key: str, *, min_len: int, max_len: int = 200) -> tuple[str, ...]:
        """Return the list of strings under `key`, each checked for length and uniqueness."""
        items = self.document.get(key)
        if not isinstance(items, LList):
            if self.readable:
                self.problem(self.document.key_lines.get(key, 1), f"缺少“{key}”列表")
            return ()
        result: list[str] = []
        for item, item_line in zip(items, items.item_lines, strict=True):
            if not isinstance(item, str) or not min_len <= len(item.strip()) <= max_len:
                self.problem(item_line, f"“{key}”中的每一项应是 {min_len}–{max_len} 个字的文字")
            elif item.strip() in result:
                self.problem(item_line, f"“{item}”重复出现")
            else:
                result.append(item.strip())
        return tuple(result)


def _groups(groups: tuple[str, ...]) -> dict[str, frozenset[str]]:
    result: dict[str, frozenset[str]] = {}
    for group in groups:
        for ch in group:
            result[ch] = result.get(ch, frozenset()) | frozenset(group.replace(ch, ""))
    return result


def _formulations(reader: _Reader) -> tuple[Formulation, ...]:
    items = reader.document.get("formulations")
    if not isinstance(items, LList):
        if reader.readable:
            reader.problem(1, "缺少“formulations”列表")
        return ()
    result: list[Formulation] = []
    seen: dict[str, int] = {}
    for item, line in zip(items, items.item_lines, strict=True):
        formulation = _formulation(reader, item, line)
        if formulation is None:
            continue
        key = strip_marks(formulation.text)
        if key in seen:
            reader.problem(line, f"提法“{formulation.text}”与第 {seen[key]} 行重复")
            continue
        seen[key] = line
        result.append(formulation)
    return tuple(result)


def _formulation(reader: _Reader, item: Any, line: int) -> Formulation | None:
    if not isinstance(item, LDict):
        reader.problem(line, "每条提法应是含 name、text、category 的映射")
        return None
    before = len(reader.problems)
    for key in sorted(item.keys() - FORMULATION_KEYS):
        reader.problem(item.key_lines[key], f"未知的键“{key}”（可用：{'、'.join(sorted(FORMULATION_KEYS))}）")
    for key in ("name", "text", "category"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            reader.problem(item.key_lines.get(key, line), f"缺少必填项“{key}”")
    if "source" in item and not isinstance(item["source"], str):
        reader.problem(item.key_lines["source"], "source 应是文字")
    text = str(item.get("text") or "")
    if text and len(strip_marks(text)) < 5:
        reader.problem(item.key_lines["text"], "提法过短（至少 5 个字），短词请放入 terms.yaml")
    years = _years(reader, item)
    variants = {key: _variants(reader, item, key) for key in ("wrong", "allow")}
    if "campaign" in item and not isinstance(item["campaign"], bool):
        reader.problem(item.key_lines["campaign"], "campaign 应为 true 或 false")
    if len(reader.problems) > before:
        return None
    return Formulation(name=item["name"].strip(), text=text.strip(), category=item["category"].strip(),
                       source=str(item.get("source") or "").strip(), years=years,
                       campaign=bool(item.get("campaign", False)), wrong=variants["wrong"],
                       allow=variants["allow"], file=reader.name, line=line)


def _years(reader: _Reader, item: LDict) -> tuple[int, int] | None:
    value = item.get("years")
    if value is None:
        return None
    ok = isinstance(value, LList) and len(value) == 2 and all(
        isinstance(y, int) and not isinstance(y, bool) and 1921 <= y <= 2100 for y in value)
    if not ok or value[0] > value[1]:
        reader.problem(item.key_lines["years"], "years 应为 [起始年份, 截止年份]，例如 [2023, 2024]")
        return None
    return int(value[0]), int(value[1])


def _variants(reader: _Reader, item: LDict, key: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, LList) or not all(isinstance(v, str) and v.strip() for v in value):
        reader.problem(item.key_lines[key], f"{key} 应是文字列表")
        return ()
    if key == "wrong" and strip_marks(str(item.get("text"))) in {strip_marks(v) for v in value}:
        reader.problem(item.key_lines[key], "错误写法与标准写法相同")
    return tuple(v.strip() for v in value)
