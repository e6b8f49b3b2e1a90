"""Normalisation with offsets, pinyin readings in context, and how queries split into keywords."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

from assistant.search.normalize import fold, normalize
from assistant.search.pinyin import fold_and_read, readings
from assistant.search.query import MAX_KEYWORD_CHARS, MAX_KEYWORDS, parse_query


def test_normalize_folds_width_and_case_and_drops_punctuation_and_spaces() -> None:
    norm = normalize("“学习强国”ＡＰＰ， 5Ｇ！")
    assert norm.text == "学习强国app5g"
    assert norm.offsets == (1, 2, 3, 4, 6, 7, 8, 11, 12)


def test_normalize_keeps_plus_and_maps_spans_back() -> None:
    text = "打造“党建＋业务”品牌"
    norm = normalize(text)
    assert norm.text == "打造党建+业务品牌"
    start, end = norm.span(2, 5)
    assert text[start:end] == "党建＋"


def test_fold_is_the_text_of_normalize() -> None:
    for text in ("①三会一课⑵", "Ⅻ届 ﬁ", "组织生活会。\t", ""):
        assert fold(text) == normalize(text).text


def test_readings_follow_the_words_around_a_character() -> None:
    assert readings("银行") == ["yin", "hang"]
    assert readings("行动") == ["xing", "dong"]
    assert readings("重温入党誓词") == ["chong", "wen", "ru", "dang", "shi", "ci"]
    assert readings("重要") == ["zhong", "yao"]
    assert readings("绿色") == ["lv", "se"]


def test_readings_give_one_per_folded_character() -> None:
    folded, reading = fold_and_read("学习强国APP，5G！α")
    assert folded == "学习强国app5gα"
    assert reading == ["xue", "xi", "qiang", "guo", "a", "p", "p", "5", "g", "_"]


def test_readings_do_not_join_words_across_punctuation() -> None:
    assert readings("银，行") == readings("银") + readings("行")


def test_query_splits_at_spaces_but_rejoins_spaced_pinyin() -> None:
    assert [k.text for k in parse_query("党费　收缴")] == ["党费", "收缴"]
    assert [k.text for k in parse_query("san hui yi ke 党费")] == ["sanhuiyike", "党费"]
    assert [k.text for k in parse_query("minzhu ceping")] == ["minzhu", "ceping"]
    assert parse_query("三会一课")[0].letters == "sanhuiyike"


def test_query_caps_absurd_input() -> None:
    keywords = parse_query(" ".join(f"词{i}" for i in range(50)))
    assert len(keywords) == MAX_KEYWORDS
    assert len(parse_query("党" * 10_000)[0].text) == MAX_KEYWORD_CHARS
    assert parse_query("，。 😀 ") == []


def test_single_characters_read_as_pypinyin_reads_them() -> None:
    sample = "的了和为会行重长还发教干觉调乐数种差得着地都要一不个我党员誓词绿嗯欸"
    assert readings("，".join(sample)) == [lazy_pinyin(c, style=Style.NORMAL)[0] for c in sample]
