"""GB/T 9704-2012 page geometry and the shaping of long titles, shared by every renderer."""

from __future__ import annotations

import itertools

# Page and type area, in millimetres.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM = 37, 35, 28, 26
FOOTER_MM = 23  # puts the page number's line top about 7 mm below the type area
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28

# Sizes in points: 2号 title, 3号 body, 4号 page number.
TITLE_PT, BODY_PT, PAGE_NUMBER_PT = 22, 16, 14
LINE_PITCH_TWIPS = 579  # 28.95 pt: 22 lines fill the 225 mm type area
# 16 pt characters drawn 0.25 pt closer: a 15.75 pt pitch puts 28 (not 27) on the 156 mm line, and not 29.
CHAR_SPACING_TWIPS = -5
CHAR_PITCH_TWIPS = BODY_PT * 20 + CHAR_SPACING_TWIPS

TITLE_MAX_CHARS = 20  # 22 pt characters across 156 mm
_END_MARKS = "。，、；：！？.,;:!?"

# Boundaries where a title may break, with how good a break each is.
_BREAK_BEFORE = {"关于": 5, "党建工作总结": 7, "年度工作总结": 6, "工作总结": 6, "述职报告": 6, "工作计划": 6, "工作要点": 6,
                 "工作报告": 6, "情况报告": 5, "情况的报告": 5, "总结": 3, "报告": 3}
_BREAK_AFTER = {"党委": 5, "党组": 5, "党支部": 5, "党总支": 5, "委员会": 5, "支部": 4, "公司": 4, "政府": 4,
                "办公室": 4, "中心": 3, "局": 3, "厅": 3, "院": 2, "学校": 3, "街道": 3, "年": 2, "的": 1}
_NO_START = set("，。、；：？！）》”’〕】")
_NO_END = set("（《“‘〔【")
_NO_BREAK = {"年度", "年的"}


def clean_title(title: str) -> str:
    """Return the title without end punctuation, which official titles never carry."""
    return title.strip().rstrip(_END_MARKS)


def title_lines(title: str) -> list[str]:
    """Split a long title into two or three lines shaped as a trapezoid or diamond, at good boundaries."""
    text = clean_title(title)
    if len(text) <= TITLE_MAX_CHARS:
        return [text]
    count = 2 if len(text) <= 2 * TITLE_MAX_CHARS else 3
    weights = _break_weights(text)
    best: tuple[float, tuple[int, ...]] | None = None
    for cuts in itertools.combinations(sorted(weights), count - 1):
        lines = _cut(text, cuts)
        if any(not 2 <= len(line) <= TITLE_MAX_CHARS for line in lines):
            continue
        score = sum(weights[c] for c in cuts) - _shape_penalty([len(line) for line in lines])
        if best is None or score > best[0]:
            best = (score, cuts)
    if best is None:
        return [text]
    return _cut(text, best[1])


def _break_weights(text: str) -> dict[int, float]:
    weights: dict[int, float] = {}
    for i in range(1, len(text)):
        left, right = text[i - 1], text[i]
        if right in _NO_START or left in _NO_END or left + right in _NO_BREAK or (
                left.isascii() and right.isascii() and left.isalnum()):
            continue
        weights[i] = 0.0
    for words, before in ((_BREAK_BEFORE, True), (_BREAK_AFTER, False)):
        for word, weight in words.items():
            start = text.find(word)
            while start != -1:
                at = start if before else start + len(word)
                if at in weights:
                    weights[at] = max(weights[at], weight)
                start = text.find(word, start + 1)
    return weights


def _cut(text: str, cuts: tuple[int, ...]) -> list[str]:
    bounds = (0, *cuts, len(text))
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def _shape_penalty(lengths: list[int]) -> float:
    penalty = 0.25 * (max(lengths) - min(lengths))
    if len(lengths) == 3 and lengths[1] < min(lengths[0], lengths[2]):
        penalty += 10  # an hourglass is neither trapezoid nor diamond
    return penalty
