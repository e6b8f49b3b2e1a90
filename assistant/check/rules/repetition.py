"""The same sentence twice in one document (sentences of at least 12 characters)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chars import strip_marks
from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

MIN_LENGTH = 12
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
# a heading number or 一是/二是 in front of a sentence does not make it a different sentence
_LEAD = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[一二三四五六七八九十]{1,3}是)")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield a warning at every repeat of a sentence already written earlier in the document."""
    first: dict[str, int] = {}
    for match in _SENTENCE.finditer(doc.text):
        key = strip_marks(_LEAD.sub("", match.group(0)))
        if len(key) < MIN_LENGTH:
            continue
        if key in first:
            line, _ = doc.line_of(first[key])
            sentence = match.group(0).strip()
            begin = match.start() + match.group(0).find(sentence)
            yield Finding(begin, begin + len(sentence), RULE.id, "warning",
                          f"与第 {line} 行的句子重复，请删去一处或改写")
        else:
            first[key] = match.start()


RULE = Rule("repeated-sentence", "句子重复", check)
