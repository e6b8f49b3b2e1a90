"""Paragraph styles of the GB/T 9704 document: our own, so no built-in style's theme fonts apply."""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from .fonts import LATIN, PAGE_NUMBER, FontProfile
from .layout import BODY_PT, CHAR_PITCH_TWIPS, CHAR_SPACING_TWIPS, LINE_PITCH_TWIPS, PAGE_NUMBER_PT, TITLE_PT
from .word_xml import child, ppr_child, rpr_child, set_attrs, set_fonts, set_size, strip_theme_fonts

CHAR_TWIPS = CHAR_PITCH_TWIPS  # one character, the fallback for readers that ignore `*Chars` indents


@dataclass(frozen=True)
class StyleSpec:
    """How one kind of paragraph looks."""

    name: str
    role: str  # a FontProfile role, or "page" for the page number
    points: int
    align: str = "both"
    first_line_chars: int = 0
    right_chars: int = 0
    outline: int | None = None
    snap_to_grid: bool = True


TITLE = StyleSpec("GW Title", "title", TITLE_PT, align="center", snap_to_grid=False)
BODY = StyleSpec("GW Body", "body", BODY_PT, first_line_chars=2)
HEADINGS = {
    1: StyleSpec("GW H1", "hei", BODY_PT, first_line_chars=2, outline=0),
    2: StyleSpec("GW H2", "kai", BODY_PT, first_line_chars=2, outline=1),
    3: StyleSpec("GW H3", "body", BODY_PT, first_line_chars=2, outline=2),
    4: StyleSpec("GW H4", "body", BODY_PT, first_line_chars=2, outline=3),
}
SALUTATION = StyleSpec("GW Salutation", "body", BODY_PT)
SIGNOFF = StyleSpec("GW Signoff", "body", BODY_PT, align="right", right_chars=2)
PAGE = StyleSpec("GW Page Number", "page", PAGE_NUMBER_PT, snap_to_grid=False)
ALL = (TITLE, BODY, *HEADINGS.values(), SALUTATION, SIGNOFF, PAGE)


def install_styles(document: Document, fonts: FontProfile) -> None:
    """Replace theme fonts by explicit ones and add every GW style to `document`."""
    styles = document.styles.element
    strip_theme_fonts(styles)
    _set_defaults(styles, fonts)
    for spec in ALL:
        _add(document, spec, fonts)


def face(spec: StyleSpec, fonts: FontProfile) -> str:
    """Return the East Asian face a style uses under `fonts`."""
    return PAGE_NUMBER if spec.role == "page" else fonts.face(spec.role)


def _set_defaults(styles: object, fonts: FontProfile) -> None:
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))  # type: ignore[attr-defined]
    set_fonts(rpr, fonts.body)
    set_size(rpr, BODY_PT * 2)
    set_attrs(rpr_child(rpr, "w:lang"), val="en-US", eastAsia="zh-CN", bidi="ar-SA")
    ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))  # type: ignore[attr-defined]
    set_attrs(ppr_child(ppr, "w:spacing"), before=0, after=0, line=LINE_PITCH_TWIPS, lineRule="exact")
    normal = styles.find(qn("w:style") + "[@" + qn("w:styleId") + "='Normal']")  # type: ignore[attr-defined]
    normal_rpr = child(normal, "w:rPr")
    set_fonts(normal_rpr, fonts.body)
    set_size(normal_rpr, BODY_PT * 2)


def _add(document: Document, spec: StyleSpec, fonts: FontProfile) -> None:
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.quick_style = True
    element = style.element
    ppr = child(element, "w:pPr")
    if not spec.snap_to_grid:
        set_attrs(ppr_child(ppr, "w:snapToGrid"), val=0)
    set_attrs(ppr_child(ppr, "w:spacing"), before=0, after=0, line=LINE_PITCH_TWIPS, lineRule="exact")
    set_attrs(ppr_child(ppr, "w:ind"), firstLineChars=spec.first_line_chars * 100,
              firstLine=spec.first_line_chars * CHAR_TWIPS, rightChars=spec.right_chars * 100,
              right=spec.right_chars * CHAR_TWIPS)
    set_attrs(ppr_child(ppr, "w:jc"), val=spec.align)
    if spec.outline is not None:
        set_attrs(ppr_child(ppr, "w:outlineLvl"), val=spec.outline)
    rpr = child(element, "w:rPr")
    east_asia = face(spec, fonts)
    set_fonts(rpr, east_asia, PAGE_NUMBER if spec.role == "page" else LATIN)
    set_size(rpr, spec.points * 2)
    if spec.points == BODY_PT:
        set_attrs(rpr_child(rpr, "w:spacing"), val=CHAR_SPACING_TWIPS)
