"""GB/T 9704-2012 .docx renderer: every block of the Draft as a paragraph in a GW style."""

from __future__ import annotations

import io

import docx
from docx.document import Document
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..draft import Block, Draft, blocks
from .fonts import FontProfile, font_profile, heading_role
from .layout import clean_title, title_lines
from .word_page import set_up_page
from .word_styles import BODY, HEADINGS, SALUTATION, SIGNOFF, TITLE, StyleSpec, face, install_styles
from .word_xml import set_fonts


def render_docx(draft: Draft, *, fonts: str = "gb2312") -> bytes:
    """Return the draft as a .docx laid out to GB/T 9704-2012 with the font profile `fonts`."""
    profile = font_profile(fonts)
    document = docx.Document()
    _clear_body(document)
    install_styles(document, profile)
    set_up_page(document)
    document.core_properties.title = clean_title(draft.title)
    document.core_properties.author = ""
    document.core_properties.language = "zh-CN"
    writer = _Writer(document, profile)
    for block in blocks(draft):
        writer.write(block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _clear_body(document: Document) -> None:
    body = document.element.body
    for element in list(body):
        if element is not body.sectPr:
            body.remove(element)


class _Writer:
    """Append blocks to a document, adding the blank lines the standard asks for."""

    def __init__(self, document: Document, fonts: FontProfile) -> None:
        self.document = document
        self.fonts = fonts

    def write(self, block: Block) -> None:
        """Append `block` in its style."""
        if block.kind == "title":
            self._title(block.text)
        elif block.kind == "salutation":
            self._paragraph(SALUTATION, block.text)
        elif block.kind == "heading":
            self._paragraph(HEADINGS[block.level], block.heading_text)
        elif block.kind == "signoff_unit":
            self._paragraph(BODY, "")
            self._paragraph(SIGNOFF, block.text)
        elif block.kind == "signoff_date":
            self._paragraph(SIGNOFF, block.text)
        else:
            paragraph = self._paragraph(BODY, "")
            if block.lead:
                self._run(paragraph, block.lead, self.fonts.face(heading_role(block.level)))
            self._run(paragraph, block.text, self.fonts.body)

    def _title(self, title: str) -> None:
        paragraph = self._paragraph(TITLE, "")
        for n, line in enumerate(title_lines(title)):
            run = self._run(paragraph, "", self.fonts.title)
            if n:
                run.add_break()
            run.add_text(line)
        self._paragraph(BODY, "")

    def _paragraph(self, spec: StyleSpec, text: str) -> Paragraph:
        paragraph = self.document.add_paragraph(style=self.document.styles[spec.name])
        if text:
            self._run(paragraph, text, face(spec, self.fonts))
        return paragraph

    def _run(self, paragraph: Paragraph, text: str, east_asia: str) -> Run:
        run = paragraph.add_run(text)
        set_fonts(run._r.get_or_add_rPr(), east_asia)
        return run
