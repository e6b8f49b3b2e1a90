"""Fuzzy phrase search: typos, several keywords, full pinyin and initials, with spans to highlight."""

from .bank_index import BankHit, BankIndex
from .index import Hit, PhraseIndex

__all__ = ["BankHit", "BankIndex", "Hit", "PhraseIndex"]
