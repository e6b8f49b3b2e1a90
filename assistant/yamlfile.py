"""Load YAML keeping the line of every mapping and item, so errors can say file:line."""

from __future__ import annotations

from typing import Any

import yaml

from .errors import DataError, Problem


class LDict(dict[str, Any]):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LList(list[Any]):
    """A sequence from YAML that knows its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


def line_of(value: Any, default: int = 0) -> int:
    """Return the line a loaded YAML value started on, or `default`."""
    return getattr(value, "line", default)


def loads(text: str, filename: str) -> Any:
    """Parse `text` as YAML; raise DataError naming file and line on bad syntax or duplicate keys."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise DataError([Problem(filename, line, f"YAML 语法错误：{exc.problem or exc}")],
                        "文件无法解析") from exc
    finally:
        loader.dispose()
    if node is None:
        return None
    problems: list[Problem] = []
    value = _convert(node, loader, filename, problems)
    if problems:
        raise DataError(problems, "文件无法解析")
    return value


def _convert(node: yaml.Node, loader: yaml.SafeLoader, filename: str, problems: list[Problem]) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result = LDict()
        result.line, result.key_lines = line, {}
        for key_node, value_node in node.value:
            key = str(loader.construct_object(key_node, deep=True))
            key_line = key_node.start_mark.line + 1
            if key in result:
                problems.append(Problem(filename, key_line, f"键“{key}”重复出现"))
                continue
            result[key] = _convert(value_node, loader, filename, problems)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        items = LList()
        items.line, items.item_lines = line, []
        for item in node.value:
            items.append(_convert(item, loader, filename, problems))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    return loader.construct_object(node, deep=True)
