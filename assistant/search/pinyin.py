"""Pinyin readings of normalised text: phrase-aware where a character has several readings, cached."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PINYIN_DICT, RE_HANS
from pypinyin.seg.mmseg import seg

from .normalize import GAP, marked

OTHER = "_"
# pypinyin's own class of Chinese characters, unanchored: "^(?:[...])+$" -> "([...]+)".
_HAN_RUN = re.compile("(" + RE_HANS.pattern.removeprefix("^(?:").removesuffix(")+$") + "+)")


def _toneless(reading: str) -> str:
    """Return a toned reading without tone marks, ü written v (as pypinyin's NORMAL style)."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    """Return every toneless syllable and every character with more than one toneless reading."""
    syllables: set[str] = set()
    heteronyms: set[str] = set()
    for code, value in PINYIN_DICT.items():
        readings = {_toneless(r) for r in value.split(",")}
        syllables.update(readings)
        if len(readings) > 1:
            heteronyms.add(chr(code))
    return frozenset(syllables), frozenset(heteronyms)


def syllables() -> frozenset[str]:
    """Return the set of valid toneless pinyin syllables (`lv` for lü)."""
    return _tables()[0]


def is_han(char: str) -> bool:
    """Return whether `char` has a pinyin reading."""
    return ord(char) in PINYIN_DICT


@lru_cache(maxsize=65536)
def _char_reading(char: str) -> str:
    """Return the reading of a character alone: its first pinyin, as lazy_pinyin gives it, but faster."""
    if is_han(char):
        return _toneless(PINYIN_DICT[ord(char)].split(",")[0]).replace("ê", "e")
    return char if char.isascii() else OTHER


@lru_cache(maxsize=65536)
def _word_readings(word: str) -> tuple[str, ...]:
    found = tuple(str(r) for r in lazy_pinyin(word, style=Style.NORMAL))
    return found if len(found) == len(word) else tuple(_char_reading(c) for c in word)


@lru_cache(maxsize=262144)
def _run_readings(run: str) -> tuple[str, ...]:
    """Return the readings of a run of Chinese characters, segmenting it only if a reading depends on context."""
    heteronyms = _tables()[1]
    if not any(c in heteronyms for c in run):
        return tuple(_char_reading(c) for c in run)
    return tuple(r for word in seg.cut(run) for r in _word_readings(word))


def fold_and_read(text: str) -> tuple[str, list[str]]:
    """Return `text` folded (as normalize.fold) and one reading per folded character.

    A reading is the pinyin of a Chinese character, an ASCII character itself, or '_'.
    Chinese characters are read in the runs they form in the original text, exactly as
    pypinyin's phrase-aware `lazy_pinyin` reads the whole text (it also splits at
    non-Chinese characters), so 银行 reads yinhang and 重温 reads chongwen.
    """
    parts = _HAN_RUN.split(marked(text))
    result: list[str] = []
    for number, part in enumerate(parts):
        if number % 2:
            result.extend(_run_readings(part))
        else:
            result.extend(_char_reading(c) for c in part if c != GAP)
    return "".join(parts).replace(GAP, ""), result


def readings(text: str) -> list[str]:
    """Return one reading per character of `fold(text)`."""
    return fold_and_read(text)[1]
