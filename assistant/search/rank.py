"""Score candidates with rapidfuzz per keyword and channel, and find the characters to highlight."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice, permutations

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .normalize import Normalized
from .pinyin import readings
from .query import Keyword

CHAR, LETTERS, INITIALS = 0, 1, 2
TYPED_PINYIN_FACTOR = 0.95  # full pinyin typed by the user: nearly as good as the characters
HOMOPHONE_FACTOR = 0.9  # Chinese keyword matched only by sound (a typo from the input method)
INITIALS_FACTOR = 0.9

# Raw similarity a sound-based channel needs before it counts at all: pinyin strings are long and
# made of few letters, so loose matches between them are mostly coincidence.
TYPED_PINYIN_MIN, HOMOPHONE_MIN, INITIALS_MIN = 80.0, 80.0, 80.0
MAX_ORDERS = 6  # keyword orders tried when looking for keywords side by side: every order of three


@dataclass(frozen=True)
class Views:
    """The folded text, pinyin letters and initials of the candidates, in candidate order."""

    folded: Sequence[str]
    letters: Sequence[str]
    initials: Sequence[str]


def _scores(query: str, choices: Sequence[str], minimum: float = 0.0, factor: float = 1.0) -> np.ndarray:
    # Texts and queries are already folded by normalize.fold; processor=None keeps rapidfuzz from
    # applying its own processing on top.
    raw = process.cdist([query], choices, scorer=fuzz.partial_ratio, processor=None, workers=1,
                        score_cutoff=minimum)[0]
    return raw.astype(np.float64) * factor


def keyword_scores(keyword: Keyword, views: Views) -> tuple[np.ndarray, np.ndarray]:
    """Return each candidate's best score for `keyword` (0-100) and the channel that gave it."""
    rows = [_scores(keyword.text, views.folded)]
    rows.append(np.zeros(len(views.folded)))
    rows.append(np.zeros(len(views.folded)))
    if keyword.typed_pinyin:
        rows[LETTERS] = _scores(keyword.letters, views.letters, TYPED_PINYIN_MIN, TYPED_PINYIN_FACTOR)
        if len(keyword.text) >= 2:
            rows[INITIALS] = _scores(keyword.text, views.initials, INITIALS_MIN, INITIALS_FACTOR)
    elif len(keyword.text) >= 2:
        rows[LETTERS] = _scores(keyword.letters, views.letters, HOMOPHONE_MIN, HOMOPHONE_FACTOR)
    table = np.vstack(rows)
    return table.max(axis=0), table.argmax(axis=0)


def adjacency(keywords: Sequence[Keyword], views: Views, rows: np.ndarray) -> np.ndarray:
    """Return how well each candidate at `rows` holds the keywords side by side, in some order (0-100).

    Breaks ties between texts that match every keyword: for 次数 支委会, the text with 支委会次数
    comes before texts that mention 支委会 and some other 次数. Candidates not in `rows` get 0.
    """
    best = np.zeros(len(views.folded))
    if len(keywords) < 2 or rows.size == 0:
        return best
    folded = [views.folded[i] for i in rows]
    # Pinyin strings are long, so their alignment is the costly part: only for keywords typed as pinyin.
    letters = [views.letters[i] for i in rows] if any(k.typed_pinyin for k in keywords) else []
    found = np.zeros(rows.size)
    for order in islice(permutations(keywords), MAX_ORDERS):
        np.maximum(found, _scores("".join(k.text for k in order), folded), out=found)
        if letters:
            np.maximum(found, _scores("".join(k.letters for k in order), letters, TYPED_PINYIN_MIN,
                                      TYPED_PINYIN_FACTOR), out=found)
    best[rows] = found
    return best


def matched_minimum(keyword: Keyword) -> float:
    """Return the score from which a text counts as matching `keyword`.

    One wrong character in two or three is too much, unless the sound matches (an input-method typo).
    """
    length = len(keyword.text)
    return 85.0 if length <= 2 else 70.0 if length == 3 else 60.0


def _trim(needle: str, window: str) -> tuple[int, int]:
    """Return the part of `window` from its first to its last character that lines up with `needle`."""
    blocks = [b for b in Indel.opcodes(needle, window) if b.tag == "equal"]
    if not blocks:
        return 0, len(window)
    return blocks[0].dest_start, blocks[-1].dest_end


def _aligned(needle: str, haystack: str) -> tuple[int, int]:
    found = fuzz.partial_ratio_alignment(needle, haystack, processor=None)
    if found is None:
        return 0, 0
    start, end = _trim(needle[found.src_start:found.src_end], haystack[found.dest_start:found.dest_end])
    return found.dest_start + start, found.dest_start + end


def keyword_span(keyword: Keyword, channel: int, norm: Normalized, original: str) -> tuple[int, int]:
    """Return the (start, end) in `original` (normalised as `norm`) that `keyword` matched through `channel`."""
    if channel == CHAR:
        start, end = _aligned(keyword.text, norm.text)
    else:
        reading = readings(original)
        units = reading if channel == LETTERS else [r[0] for r in reading]
        query = keyword.letters if channel == LETTERS else keyword.text
        bounds = np.cumsum([0, *(len(u) for u in units)])
        first, last = _aligned(query, "".join(units))
        start = int(np.searchsorted(bounds, first, side="right")) - 1
        end = int(np.searchsorted(bounds, last, side="left"))
    if end <= start:
        return 0, 0
    return norm.span(start, end)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans sorted, with overlapping or touching ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
