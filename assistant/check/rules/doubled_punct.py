"""Doubled or clashing punctuation: ，， 。。 、、 and marks like ，。 written next to each other."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..finding import Finding
from ..lexicon import Lexicon
from ..rule import Rule

_RUN = re.compile(r"[，。、；：！？]{2,}")


def check(doc: Document, lex: Lexicon) -> Iterator[Finding]:
    """Yield an error for each run of two or more sentence marks (…… and —— are not in the set)."""
    for match in _RUN.finditer(doc.text):
        run = match.group(0)
        if len(set(run)) == 1:
            yield Finding(match.start(), match.end(), RULE.id, "error", f"标点“{run}”重复", run[0])
        else:
            yield Finding(match.start(), match.end(), RULE.id, "error", f"标点“{run}”连用，请保留一个")


RULE = Rule("doubled-punct", "标点重复", check)
