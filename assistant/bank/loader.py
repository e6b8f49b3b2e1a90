"""Load phrase packs from YAML, validating everything and naming file:line for each problem."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, Problem, QicaoError
from ..jinja import SlotError, slot_names
from ..resources import data_dir, yaml_files
from ..textio import decode
from ..yamlfile import LDict, LList, line_of, loads
from .model import FUNCTIONS, Phrase

PACK_KEYS = {"genre", "topic", "phrases"}
PHRASE_KEYS = {"id", "text", "function", "topic", "genre", "tags", "slots", "group",
               "since", "until", "campaign", "source"}
REQUIRED = ("id", "text", "function")


@dataclass(frozen=True)
class Source:
    """A pack file's display name and its bytes."""

    name: str
    data: bytes


def shipped_sources() -> list[Source]:
    """Return the packs shipped in `phrasebank/packs`."""
    root = data_dir("packs")
    return [Source(f"phrasebank/packs/{_relative(f, root)}", f.read_bytes()) for f in yaml_files(root)]


def path_sources(path: Path) -> list[Source]:
    """Return the packs at `path`: one .yaml file, or every .yaml file under a folder."""
    if path.is_dir():
        files = sorted(path.rglob("*.yaml"))
    elif path.exists():
        files = [path]
    else:
        raise QicaoError(f"{path}: 文件或文件夹不存在")
    return [Source(str(f), f.read_bytes()) for f in files]


def _relative(entry: Any, root: Any) -> str:
    return str(entry).replace(str(root), "").lstrip("/\\").replace("\\", "/")


def parse_sources(sources: Iterable[Source]) -> tuple[list[Phrase], list[Problem]]:
    """Return every valid phrase of `sources` and every problem found, across all files."""
    phrases: list[Phrase] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            document = loads(decode(source.data, source.name), source.name)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        except QicaoError as exc:
            problems.append(Problem(source.name, 0, str(exc)))
            continue
        phrases.extend(_parse_pack(document, source.name, problems))
    problems.extend(_cross_check(phrases))
    return phrases, problems


def _parse_pack(document: Any, name: str, problems: list[Problem]) -> list[Phrase]:
    if not isinstance(document, LDict):
        problems.append(Problem(name, line_of(document, 1), "词库文件应以 genre、topic、phrases 等键开头"))
        return []
    for key in document.keys() - PACK_KEYS:
        problems.append(Problem(name, document.key_lines[key], f"未知的键“{key}”（可用：{_keys(PACK_KEYS)}）"))
    defaults = {"genre": document.get("genre"), "topic": document.get("topic")}
    items = document.get("phrases")
    if not isinstance(items, LList):
        problems.append(Problem(name, document.key_lines.get("phrases", 1), "缺少 phrases 列表"))
        return []
    result = []
    for item, line in zip(items, items.item_lines, strict=True):
        phrase = _parse_phrase(item, line, name, defaults, problems)
        if phrase is not None:
            result.append(phrase)
    return result


def _parse_phrase(item: Any, line: int, name: str, defaults: dict[str, Any],
                  problems: list[Problem]) -> Phrase | None:
    if not isinstance(item, LDict):
        problems.append(Problem(name, line, "每条短语应是含 id、text、function 等键的映射"))
        return None
    found: list[str] = []
    for key in sorted(item.keys() - PHRASE_KEYS):
        found.append(f"未知的键“{key}”（可用：{_keys(PHRASE_KEYS)}）")
    for key in REQUIRED:
        if key not in item or item[key] is None:
            found.append(f"缺少必填项“{key}”")
    merged = {**{k: v for k, v in defaults.items() if v is not None}, **item}
    for key in ("topic", "genre"):
        if not merged.get(key):
            found.append(f"缺少“{key}”（可在文件开头统一给出）")
    if found:
        problems.extend(Problem(name, line, msg) for msg in found)
        return None
    return _build(merged, item, line, name, problems)


def _build(merged: dict[str, Any], item: LDict, line: int, name: str, problems: list[Problem]) -> Phrase | None:
    text = str(merged["text"]).strip()
    text_line = item.key_lines.get("text", line)
    errors: list[Problem] = []
    if not text:
        errors.append(Problem(name, text_line, "短语内容为空"))
    function = str(merged["function"])
    if function not in FUNCTIONS:
        errors.append(Problem(name, item.key_lines["function"], f"功能“{function}”无效（可用：{'、'.join(FUNCTIONS)}）"))
    slots = _check_slots(text, merged.get("slots"), item, name, errors)
    since, until = (_year(merged.get(k), k, item, name, errors) for k in ("since", "until"))
    if errors:
        problems.extend(errors)
        return None
    return Phrase(
        id=str(merged["id"]), text=text, genres=_strings(merged["genre"]), topic=str(merged["topic"]),
        function=function, tags=_strings(merged.get("tags") or ()), slots=slots,
        group=str(merged.get("group") or ""), since=since, until=until,
        campaign=str(merged.get("campaign") or ""), source=str(merged.get("source") or ""),
        file=name, line=line,
    )


def _check_slots(text: str, declared: Any, item: LDict, name: str, errors: list[Problem]) -> tuple[str, ...]:
    line = item.key_lines.get("text", item.line)
    try:
        used = slot_names(text)
    except SlotError as exc:
        errors.append(Problem(name, line, str(exc)))
        return ()
    names = _strings(declared or ())
    for slot in used:
        if slot not in names:
            errors.append(Problem(name, line, f"占位符“{slot}”未在 slots 中声明"))
    for slot in names:
        if slot not in used:
            errors.append(Problem(name, item.key_lines.get("slots", line), f"slots 中的“{slot}”在正文中没有用到"))
    return tuple(used)


def _year(value: Any, key: str, item: LDict, name: str, errors: list[Problem]) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1921 <= value <= 2100:
        return value
    errors.append(Problem(name, item.key_lines[key], f"{key} 应为四位年份，例如 2026"))
    return None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _keys(keys: set[str]) -> str:
    return "、".join(sorted(keys))


def _cross_check(phrases: list[Phrase]) -> list[Problem]:
    """Return duplicate ids, exact duplicate texts within a genre, and groups whose variants differ in slots."""
    problems: list[Problem] = []
    first_id: dict[str, Phrase] = {}
    first_text: dict[str, Phrase] = {}
    group_slots: dict[str, Phrase] = {}
    for phrase in phrases:
        if (seen := first_id.setdefault(phrase.id, phrase)) is not phrase:
            problems.append(Problem(phrase.file, phrase.line,
                                    f"短语编号“{phrase.id}”重复（首次出现于 {seen.file}:{seen.line}）"))
        key = "".join(phrase.text.split())
        if (seen := first_text.setdefault(key, phrase)) is not phrase and set(seen.genres) & set(phrase.genres):
            problems.append(Problem(phrase.file, phrase.line,
                                    f"短语内容与 {seen.file}:{seen.line}（{seen.id}）完全相同"))
        if phrase.group and (seen := group_slots.setdefault(phrase.group, phrase)) is not phrase \
                and set(seen.slots) != set(phrase.slots):
            problems.append(Problem(phrase.file, phrase.line,
                                    f"同组“{phrase.group}”的说法应使用相同的占位符"
                                    f"（{seen.id} 用 {_slots(seen)}，此处用 {_slots(phrase)}）"))
    return problems


def _slots(phrase: Phrase) -> str:
    return "、".join(phrase.slots) or "无"
