"""Split a paragraph into sentences at 。！？ (and at ； between long clauses), never inside quotes."""

from __future__ import annotations

ENDS = "。！？!?"
CLOSERS = "”’）)》」』"
OPENERS = {"“": "”", "‘": "’", "《": "》", "（": "）", "「": "」"}
MIN_CHARS = 8


def split(paragraph: str) -> list[str]:
    """Return the sentences of a paragraph; fragments shorter than MIN_CHARS are dropped."""
    sentences: list[str] = []
    current: list[str] = []
    depth: list[str] = []
    text = paragraph.strip()
    for position, char in enumerate(text):
        current.append(char)
        if char in OPENERS:
            depth.append(OPENERS[char])
        elif depth and char == depth[-1]:
            depth.pop()
        if char in ENDS and not depth:
            following = text[position + 1:position + 2]
            if following and following in CLOSERS:
                continue
            sentences.append("".join(current))
            current = []
        elif char in CLOSERS and not depth and current[-2:-1] and current[-2] in ENDS:
            sentences.append("".join(current))
            current = []
    sentences.append("".join(current))
    return [s.strip() for s in sentences if len(s.strip()) >= MIN_CHARS]
