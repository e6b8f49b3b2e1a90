"""Helpers for the renderer tests: drafts from compact outlines, and .docx inspection."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.document import Document as DocumentObject

from assistant.draft import Draft, Paragraph, Section, SignOff

SAMPLE = """
2026年某某市财政局机关党委党建工作总结
> 各位领导、同志们：
- 2026年，机关党委坚持以习近平新时代中国特色社会主义思想为指导，全面加强党的建设。
# 政治建设
- 全年开展集中学习12次，组织专题研讨4次。
## 理论学习
### ! 加强学习 | 坚持“第一议题”制度。
# 组织建设
- 规范落实“三会一课”制度。
~ 特此报告。
@ 中共某某市财政局机关委员会 | 2026年12月25日
"""


def draft_from(outline: str) -> Draft:
    """Build a Draft from an outline: title line, `> ` salutation, `#`-levels, `- ` paragraphs, `~ ` closing, `@ unit | date`.

    A heading written `### ! 加强学习 | 文字` is run into its paragraph.
    """
    lines = [line.strip() for line in outline.strip().splitlines() if line.strip()]
    draft = Draft(title=lines[0])
    stack: list[Section] = []
    for n, line in enumerate(lines[1:], start=1):
        marker, _, text = line.partition(" ")
        key = f"k{n}"
        if marker == ">":
            draft.salutation = text
        elif marker == "-":
            target = stack[-1].children if stack else draft.opening
            target.append(Paragraph(key, text))
        elif marker == "~":
            draft.closing.append(Paragraph(key, text))
        elif marker == "@":
            unit, _, date = text.partition(" | ")
            draft.signoff = SignOff(unit, date)
        elif set(marker) == {"#"}:
            run_in = text.startswith("! ")
            heading, _, body = text.removeprefix("! ").partition(" | ")
            section = Section(key, heading, [Paragraph(key + "p", body)] if body else [], run_in=run_in)
            del stack[len(marker) - 1:]
            (stack[-1].children if stack else draft.sections).append(section)
            stack.append(section)
        else:
            raise ValueError(f"unknown outline line: {line}")
    return draft


def open_docx(data: bytes) -> DocumentObject:
    """Reopen rendered .docx bytes with python-docx."""
    return Document(io.BytesIO(data))


def part_xml(data: bytes, name: str) -> str:
    """Return the XML text of one part (e.g. word/styles.xml) of a .docx."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")
