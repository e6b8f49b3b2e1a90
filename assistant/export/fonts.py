"""Font profiles: which face each part of a GB/T 9704 document uses, per installed font family.

The profiles are a typed frozen table rather than a YAML file: four face names per profile are
configuration of this renderer, not text a user reads, and a table keeps them checked by mypy.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import QicaoError

LATIN = "Times New Roman"
PAGE_NUMBER = "宋体"

# Faces tried after the profile's own, so a pasted fragment still looks right where a face is missing.
_FALLBACKS = {
    "body": ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "serif"),
    "hei": ("黑体", "SimHei", "Heiti SC", "STHeiti", "sans-serif"),
    "kai": ("楷体_GB2312", "楷体", "KaiTi", "STKaiti", "serif"),
    "title": ("方正小标宋简体", "华文中宋", "STZhongsong", "宋体", "SimSun", "serif"),
}


@dataclass(frozen=True)
class FontProfile:
    """The East Asian faces of one profile; digits and Latin letters always use Times New Roman."""

    name: str
    body: str
    hei: str
    kai: str
    title: str

    def face(self, role: str) -> str:
        """Return the face for `role` (body, hei, kai or title)."""
        return str(getattr(self, role))

    def css_family(self, role: str) -> str:
        """Return a CSS font-family list for `role`: this profile's face first, then fallbacks."""
        names = dict.fromkeys((self.face(role), *_FALLBACKS[role]))
        return ", ".join(n if n in ("serif", "sans-serif") else f'"{n}"' for n in names)


PROFILES: dict[str, FontProfile] = {
    "gb2312": FontProfile("gb2312", body="仿宋_GB2312", hei="黑体", kai="楷体_GB2312", title="方正小标宋简体"),
    "windows": FontProfile("windows", body="仿宋", hei="黑体", kai="楷体", title="宋体"),
}


def font_profile(name: str) -> FontProfile:
    """Return the profile called `name`, or raise a QicaoError listing the choices."""
    try:
        return PROFILES[name]
    except KeyError:
        choices = "、".join(PROFILES)
        raise QicaoError(f"未知的字体方案“{name}”，可选：{choices}") from None


def heading_role(level: int) -> str:
    """Return the font role of a heading at `level`: 一、 黑体, （一） 楷体, 1. and （1） 仿宋."""
    return {1: "hei", 2: "kai"}.get(level, "body")
