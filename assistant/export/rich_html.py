"""Rich HTML of a Draft for the clipboard: inline styles, so Word and WPS keep fonts and indents on paste."""

from __future__ import annotations

from html import escape

from ..draft import Block, Draft, blocks
from .fonts import LATIN, FontProfile, font_profile, heading_role
from .layout import BODY_PT, LINE_PITCH_TWIPS, TITLE_PT, clean_title, title_lines

_LINE = f"line-height:{LINE_PITCH_TWIPS / 20:g}pt;margin:0"


def render_html(draft: Draft, *, fonts: str = "gb2312") -> str:
    """Return the draft as a small HTML document whose every paragraph carries its own style."""
    profile = font_profile(fonts)
    body = "\n".join(_block(block, profile) for block in blocks(draft))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8">'
        f"<title>{escape(clean_title(draft.title))}</title></head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _font(profile: FontProfile, role: str, points: int = BODY_PT) -> str:
    face = escape(profile.face(role), quote=True)
    return (f"font-family:{escape(profile.css_family(role), quote=True)};"
            f"mso-fareast-font-family:&quot;{face}&quot;;"
            f"mso-ascii-font-family:&quot;{LATIN}&quot;;font-size:{points}pt")


def _p(style: str, content: str) -> str:
    return f'<p style="{style};{_LINE}">{content}</p>'


def _block(block: Block, profile: FontProfile) -> str:
    body = _font(profile, "body")
    if block.kind == "title":
        lines = "<br>".join(escape(line) for line in title_lines(block.text))
        return (_p(f"{_font(profile, 'title', TITLE_PT)};text-align:center", lines)
                + "\n" + _p(body, "&nbsp;"))
    if block.kind == "salutation":
        return _p(f"{body};text-align:justify", escape(block.text))
    if block.kind == "heading":
        style = f"{_font(profile, heading_role(block.level))};text-indent:2em;text-align:justify"
        return _p(style, escape(block.heading_text))
    if block.kind in ("signoff_unit", "signoff_date"):
        blank = _p(body, "&nbsp;") + "\n" if block.kind == "signoff_unit" else ""
        return blank + _p(f"{body};text-align:right;margin-right:2em", escape(block.text))
    lead = ""
    if block.lead:
        lead = f'<span style="{_font(profile, heading_role(block.level))}">{escape(block.lead)}</span>'
    return _p(f"{body};text-indent:2em;text-align:justify", lead + escape(block.text))
