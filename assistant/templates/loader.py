"""Load document templates from `phrasebank/templates/<id>/`, naming file:line for every problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from ..errors import DataError, Problem
from ..resources import data_dir
from ..textio import decode
from ..yamlfile import LDict, LList, loads
from .model import PROMPT_TYPES, Condition, Part, Point, Prompt, SectionSpec, SentenceRule, Template

T = TypeVar("T")

TEMPLATE_KEYS = {"id", "genre", "name", "description", "title", "prompts", "opening", "parts", "sections",
                 "closing", "salutation", "signoff", "signer", "order"}
SECTION_KEYS = {"key", "name", "part", "heading", "prompts", "points", "items", "default", "description"}
PROMPT_KEYS = {"name", "type", "question", "example", "default", "choices", "unit"}
POINT_KEYS = {"heading", "heading_group", "sentences", "when"}
RULE_KEYS = {"group", "when"}
PART_KEYS = {"key", "heading", "intro"}


@dataclass
class Reader:
    """Walks one YAML file, converting nodes and collecting problems with their lines."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        """Record a problem at `line`."""
        self.problems.append(Problem(self.file, line, message))

    def mapping(self, value: Any, line: int, allowed: set[str], what: str) -> LDict | None:
        """Return `value` if it is a mapping with only `allowed` keys; record problems otherwise."""
        if not isinstance(value, LDict):
            self.problem(line, f"{what}应为映射（键: 值）")
            return None
        for key in sorted(value.keys() - allowed):
            self.problem(value.key_lines[key], f"{what}中有未知的键“{key}”（可用：{'、'.join(sorted(allowed))}）")
        return value

    def text(self, node: LDict, key: str, what: str, required: bool = True) -> str:
        """Return the string under `key`, recording a problem if it is required and missing."""
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(node.key_lines.get(key, node.line), f"{what}缺少“{key}”")
            return ""
        if isinstance(value, (LDict, LList)):
            self.problem(node.key_lines[key], f"{what}的“{key}”应为文字")
            return ""
        return str(value)

    def texts(self, node: LDict, key: str, what: str, required: bool = True) -> tuple[str, ...]:
        """Return a string or a list of strings under `key` as a tuple."""
        value = node.get(key)
        if isinstance(value, LList):
            return tuple(str(v) for v in value if str(v).strip())
        single = self.text(node, key, what, required)
        return (single,) if single else ()

    def items(self, node: LDict, key: str, parse: Callable[[Any, int], T | None]) -> tuple[T, ...]:
        """Return the parsed items of the list under `key` (absent: empty)."""
        value = node.get(key)
        if value is None:
            return ()
        if not isinstance(value, LList):
            self.problem(node.key_lines[key], f"“{key}”应为列表")
            return ()
        parsed = (parse(item, line) for item, line in zip(value, value.item_lines, strict=True))
        return tuple(p for p in parsed if p is not None)

    def condition(self, node: LDict) -> Condition:
        """Return the `when` condition of a rule: a name, a list of names, or {name: choice}."""
        value = node.get("when")
        if value is None:
            return Condition()
        line = node.key_lines["when"]
        if isinstance(value, LDict):
            return Condition(chosen=tuple((str(k), str(v)) for k, v in value.items()))
        if isinstance(value, LList):
            return Condition(given=tuple(str(v) for v in value))
        if isinstance(value, str) and value.strip():
            return Condition(given=(value.strip(),))
        self.problem(line, "when 应为答案名称、名称列表或 {名称: 选项}")
        return Condition()

    def rule(self, value: Any, line: int) -> SentenceRule | None:
        """Return a sentence rule: `- group: 名称` (optionally with `when`)."""
        if isinstance(value, str):
            return SentenceRule(group=value)
        node = self.mapping(value, line, RULE_KEYS, "句子规则")
        if node is None:
            return None
        group = self.text(node, "group", "句子规则")
        return SentenceRule(group=group, when=self.condition(node)) if group else None

    def prompt(self, value: Any, line: int, section: str) -> Prompt | None:
        """Return a prompt with its type checked."""
        node = self.mapping(value, line, PROMPT_KEYS, "提问")
        if node is None:
            return None
        name, kind = self.text(node, "name", "提问"), self.text(node, "type", "提问")
        question = self.text(node, "question", "提问")
        if kind and kind not in PROMPT_TYPES:
            self.problem(node.key_lines["type"], f"提问类型“{kind}”无效（可用：{'、'.join(PROMPT_TYPES)}）")
        choices = self.texts(node, "choices", "提问", required=False)
        if kind in ("choice", "multi") and not choices:
            self.problem(node.line, f"{PROMPT_TYPES[kind]}提问“{name}”缺少 choices")
        if not (name and kind and question):
            return None
        return Prompt(name=name, type=kind, question=question, example=str(node.get("example") or ""),
                      default=node.get("default"), choices=choices, unit=self.text(node, "unit", "", False),
                      section=section)

    def point(self, value: Any, line: int, key: str) -> Point | None:
        """Return a point (sub-point or item) with its sentence rules."""
        node = self.mapping(value, line, POINT_KEYS, "要点")
        if node is None:
            return None
        sentences = self.items(node, "sentences", self.rule)
        if not sentences:
            self.problem(node.line, "要点缺少 sentences")
        return Point(key=key, headings=self.texts(node, "heading", "要点", required=False), sentences=sentences,
                     when=self.condition(node), heading_group=self.text(node, "heading_group", "要点", False))


def _section(reader: Reader, document: Any) -> SectionSpec | None:
    node = reader.mapping(document, 1, SECTION_KEYS, "栏目文件")
    if node is None:
        return None
    key = reader.text(node, "key", "栏目")
    prompts = reader.items(node, "prompts", lambda v, line: reader.prompt(v, line, key))
    points = _points(reader, node, "points", key)
    items = _points(reader, node, "items", key)
    if not points and not items:
        reader.problem(node.line, "栏目应有 points（要点）或 items（条目）")
    headings = reader.texts(node, "heading", "栏目", required=False)
    return SectionSpec(key=key, name=reader.text(node, "name", "栏目"), part=reader.text(node, "part", "栏目"),
                       headings=headings, prompts=prompts, points=points, items=items,
                       default=bool(node.get("default", True)),
                       description=reader.text(node, "description", "栏目", required=False))


def _points(reader: Reader, node: LDict, key: str, section: str) -> tuple[Point, ...]:
    counter = iter(range(1, 1000))
    return reader.items(node, key, lambda v, line: reader.point(v, line, f"{section}.{key}{next(counter)}"))


def _part(reader: Reader, value: Any, line: int) -> Part | None:
    node = reader.mapping(value, line, PART_KEYS, "部分")
    if node is None:
        return None
    return Part(key=reader.text(node, "key", "部分"), headings=reader.texts(node, "heading", "部分"),
                intro=reader.items(node, "intro", reader.rule))


def _load_yaml(folder: Any, name: str, display: str) -> Any:
    entry = folder / name
    if not entry.is_file():
        raise DataError([Problem(display, 0, "文件不存在")], "模板有误")
    return loads(decode(entry.read_bytes(), display), display)


def load_template_dir(folder: Any, display: str) -> Template:
    """Return the template in `folder` (template.yaml + sections/*.yaml); raise DataError listing problems."""
    main = f"{display}/template.yaml"
    reader = Reader(main)
    node = reader.mapping(_load_yaml(folder, "template.yaml", main), 1, TEMPLATE_KEYS, "模板文件")
    if node is None:
        raise DataError(reader.problems, "模板有误")
    section_keys = reader.texts(node, "sections", "模板")
    sections = []
    for key in section_keys:
        path = f"{display}/sections/{key}.yaml"
        section_reader = Reader(path)
        section = _section(section_reader, _load_yaml(folder / "sections", f"{key}.yaml", path))
        reader.problems.extend(section_reader.problems)
        if section is not None:
            if section.key != key:
                reader.problem(1, f"{path} 的 key 应为“{key}”")
            sections.append(section)
    template = Template(
        id=reader.text(node, "id", "模板"), genre=reader.text(node, "genre", "模板"),
        name=reader.text(node, "name", "模板"), description=reader.text(node, "description", "模板", False),
        titles=reader.texts(node, "title", "模板"),
        prompts=reader.items(node, "prompts", lambda v, line: reader.prompt(v, line, "")),
        opening=reader.items(node, "opening", reader.rule), parts=reader.items(node, "parts", lambda v, line: _part(reader, v, line)),
        sections=tuple(sections), closing=reader.items(node, "closing", reader.rule),
        salutation=reader.text(node, "salutation", "模板", required=False),
        signoff=bool(node.get("signoff", True)), signer=reader.text(node, "signer", "模板", required=False),
        order=int(node.get("order", 100)), file=main,
    )
    reader.problems.extend(_structure_problems(template, main))
    if reader.problems:
        raise DataError(reader.problems, "模板有误")
    return template


def _structure_problems(template: Template, file: str) -> list[Problem]:
    problems = []
    parts = {p.key for p in template.parts}
    for section in template.sections:
        if section.part not in parts:
            problems.append(Problem(file, 0, f"栏目“{section.key}”所属部分“{section.part}”不存在"))
    names = {p.name for p in template.all_prompts()}
    if template.signer and template.signer not in names:
        problems.append(Problem(file, 0, f"signer“{template.signer}”不是模板中的提问名称"))
    seen: set[str] = set()
    for prompt in template.all_prompts():
        if prompt.name in seen:
            problems.append(Problem(file, 0, f"提问名称“{prompt.name}”重复（同一模板内提问名称须唯一）"))
        seen.add(prompt.name)
    return problems


@cache
def load_templates() -> dict[str, Template]:
    """Return every shipped template by id."""
    root = data_dir("templates")
    templates = {}
    for folder in sorted(root.iterdir(), key=lambda e: e.name):
        if folder.is_dir() and (folder / "template.yaml").is_file():
            template = load_template_dir(folder, f"phrasebank/templates/{folder.name}")
            templates[template.id] = template
    return dict(sorted(templates.items(), key=lambda item: (item[1].order, item[0])))


def example_answer_files() -> list[tuple[str, Any]]:
    """Return (display name, resource) of every shipped `*.answers.yaml` example."""
    root = data_dir("templates")
    found: list[tuple[str, Any]] = []
    for folder in sorted(root.iterdir(), key=lambda e: e.name):
        if folder.is_dir():
            found.extend((f"phrasebank/templates/{folder.name}/{entry.name}", entry)
                         for entry in sorted(folder.iterdir(), key=lambda e: e.name)
                         if entry.name.endswith(".answers.yaml"))
    return found
