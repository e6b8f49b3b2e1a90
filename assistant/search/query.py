"""Turn what a user typed into keywords: split at spaces, rejoin spaced pinyin, cap absurd input."""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import Normalized, normalize
from .pinyin import readings, syllables

MAX_QUERY_CHARS = 256
MAX_KEYWORDS = 8
MAX_KEYWORD_CHARS = 48


@dataclass(frozen=True)
class Keyword:
    """One keyword of a query: its normalised text and its pinyin letters."""

    norm: Normalized
    letters: str

    @property
    def text(self) -> str:
        """Return the normalised text."""
        return self.norm.text

    @property
    def typed_pinyin(self) -> bool:
        """Return whether the keyword is ASCII letters only, so it may be pinyin or pinyin initials."""
        return self.text.isascii() and self.text.isalpha()


def _truncate(norm: Normalized) -> Normalized:
    return Normalized(norm.text[:MAX_KEYWORD_CHARS], norm.offsets[:MAX_KEYWORD_CHARS])


def _is_syllable(token: str) -> bool:
    return token.isascii() and token.lower() in syllables()


def _tokens(query: str) -> list[str]:
    """Return the space-separated tokens, with runs of single pinyin syllables (san hui yi ke) rejoined."""
    tokens: list[str] = []
    joining = False
    for token in query.split():
        syllable = _is_syllable(token)
        if syllable and joining:
            tokens[-1] += token
        else:
            tokens.append(token)
        joining = syllable
    return tokens


def parse_query(query: str) -> list[Keyword]:
    """Return the keywords of `query` (at most MAX_KEYWORDS, each at most MAX_KEYWORD_CHARS long)."""
    keywords: list[Keyword] = []
    for token in _tokens(query[:MAX_QUERY_CHARS]):
        norm = _truncate(normalize(token))
        if norm.text and all(k.text != norm.text for k in keywords):
            keywords.append(Keyword(norm, "".join(readings(token)[:MAX_KEYWORD_CHARS])))
        if len(keywords) == MAX_KEYWORDS:
            break
    return keywords
