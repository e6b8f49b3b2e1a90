"""BankIndex: hits carry their phrase; filters apply before the limit."""

from __future__ import annotations

from assistant.bank import Bank
from assistant.search import BankHit, BankIndex


def test_hits_carry_their_phrase(bank_index: BankIndex, bank: Bank) -> None:
    hit = bank_index.search("sanhuiyike", limit=1)[0]
    assert isinstance(hit, BankHit)
    assert hit.phrase is bank.phrases[hit.index]
    assert (hit.id, hit.topic, hit.function) == (hit.phrase.id, "组织建设", hit.phrase.function)
    assert "三会一课" in hit.text


def test_filters_apply_before_the_limit(bank_index: BankIndex) -> None:
    assert bank_index.search("党员", limit=1)[0].topic != "作风建设"
    hits = bank_index.search("党员", limit=1, topic="作风建设")
    assert [h.text for h in hits] == ["个别党员干部作风不够扎实，存在形式主义苗头。"]


def test_every_filter_narrows_the_hits(bank_index: BankIndex) -> None:
    assert {h.function for h in bank_index.search("党员", limit=50, function="问题")} == {"问题"}
    assert all("会议" in h.phrase.tags for h in bank_index.search("党员", limit=50, tag="会议"))  # type: ignore[union-attr]
    assert all(h.phrase.valid_in(2026) for h in bank_index.search("党员", limit=50, year=2026))  # type: ignore[union-attr]
    assert bank_index.search("党员", genre="述职报告") == []


def test_a_filter_can_exclude_the_best_match(bank_index: BankIndex) -> None:
    assert [h.topic for h in bank_index.search("四风", topic="组织建设")] == []
    assert bank_index.search("四风", topic="作风建设")[0].score == 100.0
