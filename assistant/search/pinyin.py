"""Pinyin readings of normalised text: phrase-aware where a character has several readings, cached."""

from __future__ import annotations

from functools import cache, lru_cache

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PINYIN_DICT
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.seg.mmseg import seg

from .normalize import Normalized

OTHER = "_"


@cache
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    """Return every toneless syllable and every character with more than one toneless reading."""
    syllables: set[str] = set()
    heteronyms: set[str] = set()
    for code, value in PINYIN_DICT.items():
        readings = {to_normal(r) for r in value.split(",")}
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
    if is_han(char):
        return str(lazy_pinyin(char, style=Style.NORMAL)[0])
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


def readings(norm: Normalized) -> list[str]:
    """Return one reading per normalised character: pinyin for Chinese, the character for ASCII, else '_'.

    Chinese characters are read in runs that were contiguous in the original text, exactly as
    pypinyin's phrase-aware `lazy_pinyin` reads the whole text (it also splits at non-Chinese
    characters), so 银行 reads yinhang and 重温 reads chongwen.
    """
    text, offsets = norm.text, norm.offsets
    result: list[str] = []
    start = 0
    while start < len(text):
        end = start + 1
        if is_han(text[start]):
            while end < len(text) and is_han(text[end]) and offsets[end] == offsets[end - 1] + 1:
                end += 1
            result.extend(_run_readings(text[start:end]))
        else:
            result.append(_char_reading(text[start]))
        start = end
    return result
