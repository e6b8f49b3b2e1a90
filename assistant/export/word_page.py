"""Page setup of the GB/T 9704 document: A4, margins, line and character grid, page-number footers."""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from .layout import (
    BOTTOM_MM,
    FOOTER_MM,
    LEFT_MM,
    LINE_PITCH_TWIPS,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    RIGHT_MM,
    TOP_MM,
)
from .word_styles import PAGE, PAGE_NUMBER_PT
from .word_xml import ppr_child, set_attrs

DASH = "\u2014"  # 一字线 on each side of the page number


def set_up_page(document: Document) -> None:
    """Give the only section A4 paper, the standard margins, the grid and odd/even page numbers."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
    section.footer_distance = Mm(FOOTER_MM)
    grid = section._sectPr.find(qn("w:docGrid"))
    # A line grid only: a character grid narrower than the font is drawn two cells a character by
    # LibreOffice; the 28 characters a line come from the styles' character spacing instead.
    set_attrs(grid, type="lines", linePitch=LINE_PITCH_TWIPS)
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(document, section.footer, "right")
    _page_number(document, section.even_page_footer, "left")


def _page_number(document: Document, footer: _Footer, side: str) -> None:
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles[PAGE.name]
    ind = ppr_child(paragraph._p.get_or_add_pPr(), "w:ind")
    one_char = PAGE_NUMBER_PT * 20
    if side == "right":
        set_attrs(ind, rightChars=100, right=one_char)
    else:
        set_attrs(ind, leftChars=100, left=one_char)
    set_attrs(ppr_child(paragraph._p.get_or_add_pPr(), "w:jc"), val=side)
    paragraph.add_run(f"{DASH} ")
    _page_field(paragraph)
    paragraph.add_run(f" {DASH}")


def _page_field(paragraph: Paragraph) -> None:
    """Append a PAGE field (begin, instruction, separate, placeholder, end) to `paragraph`."""
    for part in ("begin", " PAGE ", "separate", "1", "end"):
        run = paragraph.add_run()
        if part in ("begin", "separate", "end"):
            fld = OxmlElement("w:fldChar")
            set_attrs(fld, fldCharType=part)
            run._r.append(fld)
        elif part == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = part
            run._r.append(instr)
        else:
            run.text = part  # shown until the field is updated

