"""A count announced in the text (以下三个方面, 重点在四个方面) that the items after it do not match."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..headings import Heading, chinese_value, headings
from ..lexicon import Lexicon
from ..rule import Rule

_ANNOUNCE = re.compile(
    r"(?:以下|如下|下列|下面|重点在|重点从|主要在|主要从|主要有|主要是|着力在|着重在|着重从|集中在|体现在|表现在|从)"
    r"(?P<count>[两二三四五六七八九十]|\d{1,2})(?P<unit>个{1,2}方面|方面|个{1,2}问题|点|项|条)")
_SPOKEN = re.compile(r"([一二三四五六七八九十]{1,3})是")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield a warning where the announced number differs from the items that follow."""
    numbered = headings(doc)
    for index, (start, line) in enumerate(doc.lines):
        for match in _ANNOUNCE.finditer(line):
            announced = _value(match.group("count"))
            listed = _spoken_items(line[match.end():]) or _heading_items(numbered, _next_line(doc, index))
            if listed and listed != announced:
                yield Finding(start + match.start("count"), start + match.end(), RULE.id, "warning",
                              f"文中说“{match.group('count')}{match.group('unit')}”，其后实际列出 {listed} 项，请核对")


def _value(count: str) -> int:
    if count.isdigit():
        return int(count)
    return 2 if count == "两" else chinese_value(count)


def _spoken_items(rest: str) -> int:
    """Return how many 一是、二是… items follow in the same paragraph (0 if none)."""
    numbers = [chinese_value(m.group(1)) for m in _SPOKEN.finditer(rest)]
    return max(numbers) if numbers and numbers[0] == 1 else 0


def _next_line(doc: Document, index: int) -> int:
    """Return the index of the first non-blank line after line `index`."""
    following = index + 1
    while following < len(doc.lines) and not doc.lines[following][1].strip():
        following += 1
    return following


def _heading_items(numbered: list[Heading], line: int) -> int:
    """Return how many sibling headings start at line `line` (0 if that line is not a heading)."""
    following = [h for h in numbered if h.line >= line]
    if not following or following[0].line != line:
        return 0
    level = following[0].level
    count = 0
    for heading in following:
        if heading.level < level:
            break
        count += heading.level == level
    return count


RULE = Rule("count-mismatch", "数量与所列不符", check)
