"""Heading numbers: skipped level, gap, repeat, wrong order, half-width brackets or wrong separators."""

from __future__ import annotations

from collections.abc import Iterator

from ...draft.numbering import label
from ..document import Document
from ..finding import Finding, Severity
from ..headings import Heading, headings
from ..lexicon import Lexicon
from ..rule import Rule

_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield findings for markers written wrongly and for numbers out of sequence."""
    current: dict[int, int | None] = dict.fromkeys(range(1, 5))
    skipped: set[int] = set()  # levels whose skip is already reported under the current parent
    for heading in headings(doc):
        level = heading.level
        parents = [current[j] for j in range(1, level)]
        skips = level >= 3 and current[level - 1] is None and any(p is not None for p in parents)
        if skips and level not in skipped:
            skipped.add(level)
            above = max(j for j in range(1, level) if current[j] is not None)
            yield Finding(heading.start, heading.end, RULE.id, "error",
                          f"标题层级跳级：“{label(above, current[above] or 1)}”之下应先用"
                          f"“{label(level - 1, 1)}”一级，再用“{heading.marker}”")
        out_of_sequence = list(_sequence(heading, current[level]))
        yield from out_of_sequence or _marker(heading)
        current[level] = heading.number
        for deeper in range(level + 1, 5):
            current[deeper] = None
            skipped.discard(deeper)


def _marker(heading: Heading) -> Iterator[Finding]:
    expected = label(heading.level, heading.number)
    if heading.marker == expected:
        return
    severity: Severity = "warning" if heading.level == 3 and heading.marker.endswith("、") else "error"
    yield Finding(heading.start, heading.end, RULE.id, severity,
                  f"{_NAMES[heading.level]}标题序号“{heading.marker}”写法不规范，应为“{expected}”", expected)


def _sequence(heading: Heading, previous: int | None) -> Iterator[Finding]:
    expected = 1 if previous is None else previous + 1
    if heading.number == expected:
        return
    right = label(heading.level, expected)
    if previous is not None and heading.number == previous:
        message = f"标题序号“{heading.marker}”与上一项重复，应为“{right}”"
    elif heading.number > expected:
        message = f"标题序号跳号：“{heading.marker}”前缺少“{right}”"
    else:
        message = f"标题序号顺序有误：此处应为“{right}”"
    yield Finding(heading.start, heading.end, RULE.id, "error", message, right)


RULE = Rule("numbering", "标题序号", check)
