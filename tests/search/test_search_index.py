"""PhraseIndex: what a user finds for each kind of query, with scores and highlight spans."""

from __future__ import annotations

import time

import pytest

import assistant.search
from assistant.search import Hit, PhraseIndex


def only(index: PhraseIndex, fragment: str) -> int:
    """Return the position of the only indexed text containing `fragment`."""
    found = [i for i, text in enumerate(index.texts) if fragment in text]
    assert len(found) == 1, found
    return found[0]


def texts_of(hits: list[Hit]) -> list[str]:
    return [h.text for h in hits]


def highlighted(hit: Hit) -> list[str]:
    return [hit.text[start:end] for start, end in hit.spans]


def test_the_public_surface_is_explicit() -> None:
    assert sorted(assistant.search.__all__) == ["BankHit", "BankIndex", "Hit", "PhraseIndex"]


def test_it_finds_an_exact_keyword_first_with_a_full_score(index: PhraseIndex) -> None:
    hits = index.search("主题党日")
    assert hits[0].text == index.texts[only(index, "主题党日")]
    assert hits[0].score == 100.0
    assert hits[0].index == only(index, "主题党日")
    assert highlighted(hits[0]) == ["主题党日"]


def test_it_finds_a_partial_keyword(index: PhraseIndex) -> None:
    hits = index.search("清廉机关")
    assert set(texts_of(hits)) == {index.texts[only(index, "深入推进清廉机关")], index.texts[only(index, "深化清廉机关")]}
    assert all(highlighted(h) == ["清廉机关"] for h in hits)


@pytest.mark.parametrize(("query", "fragment", "target"), [
    ("三会一可", "“三会一课”制度", "三会一课"),
    ("组织生话会", "认真召开专题组织生活会", "组织生活会"),
    ("八项规顶", "八项规定及其", "八项规定"),
    ("发展党圆工作", "做好发展党员工作", "发展党员工作"),
    ("廉政风险典", "廉政风险点", "廉政风险点"),
])
def test_it_tolerates_typos_and_highlights_the_real_words(index: PhraseIndex, query: str, fragment: str,
                                                        target: str) -> None:
    hits = index.search(query, limit=3)
    top = [h for h in hits if fragment in h.text]
    assert top, texts_of(hits)
    assert top[0].score >= 70
    assert highlighted(top[0]) == [target]


def test_a_typo_scores_below_the_exact_match(index: PhraseIndex) -> None:
    exact = index.search("组织生活会", limit=1)[0]
    typo = index.search("组织生话会", limit=1)[0]
    assert typo.score < exact.score == 100.0


@pytest.mark.parametrize("query", ["sanhuiyike", "san hui yi ke", "SanHuiYiKe", "shyk", "SHYK"])
def test_it_finds_chinese_by_full_pinyin_or_initials(index: PhraseIndex, query: str) -> None:
    hits = index.search(query, limit=3)
    assert hits
    assert all("三会一课" in h.text for h in hits[:2])
    assert highlighted(hits[0]) == ["三会一课"]


@pytest.mark.parametrize(("query", "word"), [("yinhang", "银行"), ("chongwen", "重温"), ("yhwd", "银行网点")])
def test_pinyin_uses_the_reading_in_context(index: PhraseIndex, query: str, word: str) -> None:
    hits = index.search(query, limit=1)
    assert hits and word in hits[0].text
    assert highlighted(hits[0]) == [word]


def test_pinyin_of_the_reading_out_of_context_scores_lower(index: PhraseIndex) -> None:
    right = index.search("chongwen", limit=1)[0]
    wrong = [h for h in index.search("zhongwen") if h.index == right.index]
    assert not wrong or wrong[0].score < right.score - 10


def test_all_keywords_count_in_any_order(index: PhraseIndex) -> None:
    forward = index.search("党费 公示")
    backward = index.search("公示 党费")
    assert texts_of(forward)[0] == texts_of(backward)[0] == index.texts[only(index, "党费收缴情况")]
    assert highlighted(forward[0]) == highlighted(backward[0]) == ["党费", "公示"]


def test_phrases_matching_every_keyword_rank_first(index: PhraseIndex) -> None:
    hits = index.search("党员大会 5G")
    assert hits[0].text == index.texts[only(index, "5G智慧党建")]
    assert {"党员大会", "5G"} <= set(highlighted(hits[0]))
    others = [h for h in hits[1:] if "5G" not in h.text]
    assert others and all(h.score < hits[0].score for h in others)


@pytest.mark.parametrize("query", ["次数 支委会", "支委会 次数", "cishu zhiweihui"])
def test_keywords_side_by_side_rank_before_keywords_apart(query: str) -> None:
    apart = "全年在支委会上{{ 专题研究党建次数 }}次研究党建工作。"
    together = "一年来，支部共召开支部党员大会{{ 支部党员大会次数 }}次，召开支委会{{ 支委会次数 }}次，及时传达上级精神。"
    hits = PhraseIndex([apart, together]).search(query)
    assert texts_of(hits) == [together, apart]
    assert hits[0].score == hits[1].score


def test_keywords_may_mix_chinese_pinyin_and_initials(index: PhraseIndex) -> None:
    hits = index.search("minzhu 互评")
    assert hits[0].text == index.texts[only(index, "党员互评")]


@pytest.mark.parametrize(("query", "fragment", "marked"), [
    ("党建+", "“党建+业务”", "党建+"),
    ("5G", "5G智慧", "5G"),
    ("5g智慧党建", "5G智慧", "5G智慧党建"),
    ("学习强国app", "学习强国", "学习强国”APP"),
    ("ＡＰＰ", "学习强国", "APP"),
])
def test_it_matches_mixed_chinese_and_ascii(index: PhraseIndex, query: str, fragment: str, marked: str) -> None:
    hits = index.search(query, limit=3)
    assert fragment in hits[0].text
    assert highlighted(hits[0]) == [marked]


def test_spans_point_into_the_original_text_across_punctuation() -> None:
    text = "一是严格落实“三 会 一 课”制度。"
    hit = PhraseIndex([text]).search("三会一课")[0]
    assert hit.spans == [(7, 14)]
    assert hit.text[7:14] == "三 会 一 课"


def test_hits_are_best_first_with_scores_between_0_and_100(index: PhraseIndex) -> None:
    for query in ("党员", "zuzhi", "四风 纠治", "三会一可", "dyxfg"):
        hits = index.search(query, limit=30)
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= s <= 100 for s in scores)


def test_limit_caps_the_hits(index: PhraseIndex) -> None:
    assert len(index.search("党员", limit=3)) == 3
    assert index.search("党员", limit=0) == []


def test_unrelated_text_finds_nothing(index: PhraseIndex) -> None:
    assert index.search("量子计算机") == []


@pytest.mark.parametrize("query", ["", "   ", "，。！？、“”《》", "😀🎉👍" * 20, "\x00\ufeff", "的" * 10_000,
                                   "ａ" * 10_000, "sanhuiyike " * 1000])
def test_absurd_queries_return_quickly_without_error(index: PhraseIndex, query: str) -> None:
    start = time.perf_counter()
    hits = index.search(query)
    assert time.perf_counter() - start < 0.5
    assert all(isinstance(h, Hit) for h in hits)


def test_queries_without_letters_or_digits_find_nothing(index: PhraseIndex) -> None:
    assert index.search("，。！？") == []
    assert index.search("😀😀") == []


def test_an_empty_index_finds_nothing() -> None:
    assert PhraseIndex([]).search("三会一课") == []
