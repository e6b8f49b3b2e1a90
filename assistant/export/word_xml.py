"""Small helpers that write the WordprocessingML python-docx has no API for."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from .fonts import LATIN

_THEME_ATTRS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")
# Order of the pPr and rPr children this module writes, as the schema requires.
_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:snapToGrid", "w:spacing", "w:ind", "w:jc", "w:outlineLvl")
_RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:spacing", "w:kern", "w:sz", "w:szCs", "w:lang")


def child(parent: BaseOxmlElement, tag: str, order: tuple[str, ...] = ()) -> BaseOxmlElement:
    """Return `parent`'s `tag` child, creating it in schema order if missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    later = order[order.index(tag) + 1:] if tag in order else ()
    for sibling in parent:
        if sibling.tag in {qn(t) for t in later}:
            sibling.addprevious(element)
            return element
    parent.append(element)
    return element


def set_attrs(element: BaseOxmlElement, **attrs: str | int) -> None:
    """Set `w:`-namespaced attributes on `element`."""
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))


def set_fonts(rpr: BaseOxmlElement, east_asia: str, latin: str = LATIN) -> None:
    """Give `rpr` an East Asian face and a Latin face, with no theme font that could override them."""
    fonts = child(rpr, "w:rFonts", _RPR_ORDER)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    set_attrs(fonts, ascii=latin, hAnsi=latin, cs=latin, eastAsia=east_asia, hint="eastAsia")


def set_size(rpr: BaseOxmlElement, half_points: int) -> None:
    """Set the font size of `rpr` for every script."""
    set_attrs(child(rpr, "w:sz", _RPR_ORDER), val=half_points)
    set_attrs(child(rpr, "w:szCs", _RPR_ORDER), val=half_points)


def strip_theme_fonts(root: BaseOxmlElement) -> None:
    """Remove every theme font reference under `root`, so explicit faces always win."""
    for fonts in root.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)


def ppr_child(ppr: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """Return the `tag` child of a paragraph's properties, created in schema order."""
    return child(ppr, tag, _PPR_ORDER)


def rpr_child(rpr: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """Return the `tag` child of a run's properties, created in schema order."""
    return child(rpr, tag, _RPR_ORDER)
