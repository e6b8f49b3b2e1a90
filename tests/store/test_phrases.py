"""Personal phrases: validated like the bank, favourites and uses, ranked higher in the user's search."""

from __future__ import annotations

import pytest

from assistant.bank import Bank
from assistant.errors import DataError
from assistant.search import BankIndex
from assistant.store import Database, Mark, PersonalPhrases, PersonalSearch, StoreError, boost

FIELDS = {"text": "坚持每月开展一次{{ 活动 }}。", "function": "措施", "topic": "组织建设", "genre": ["mini"],
          "slots": ["活动"]}


def test_a_phrase_is_added_edited_and_deleted(db: Database) -> None:
    mine = PersonalPhrases(db, "alice")
    phrase = mine.add(FIELDS)
    assert phrase.id.startswith("my.") and phrase.slots == ("活动",)
    edited = mine.edit(phrase.id, FIELDS | {"text": "坚持每季度开展一次{{ 活动 }}。"})
    assert [p.text for p in mine.list()] == [edited.text] == ["坚持每季度开展一次{{ 活动 }}。"]
    mine.delete(phrase.id)
    assert mine.list() == []
    with pytest.raises(StoreError, match="没有编号"):
        mine.delete(phrase.id)


def test_a_bad_phrase_is_refused_with_the_banks_own_messages(db: Database) -> None:
    mine = PersonalPhrases(db, "alice")
    with pytest.raises(DataError, match=r"功能“感想”无效") as caught:
        mine.add(FIELDS | {"function": "感想"})
    assert "短语有误，未保存" in str(caught.value)
    with pytest.raises(DataError, match=r"占位符“地点”未在 slots 中声明"):
        mine.add(FIELDS | {"text": "在{{ 地点 }}开展{{ 活动 }}。"})
    mine.add(FIELDS)
    with pytest.raises(DataError, match=r"与个人词库中的.*内容完全相同"):
        mine.add(FIELDS)
    assert len(mine.list()) == 1


def test_a_phrase_the_bank_already_has_is_refused(db: Database, mini_bank: Bank) -> None:
    taken = mini_bank.phrases[0]
    mine = PersonalPhrases(db, "alice")
    with pytest.raises(DataError, match="内容与内置词库的"):
        mine.add({"text": taken.text, "function": taken.function, "topic": taken.topic,
                  "genre": list(taken.genres), "slots": list(taken.slots)}, mini_bank)
    with pytest.raises(DataError, match="已被内置词库使用"):
        mine.add(FIELDS | {"id": taken.id}, mini_bank)


def test_favourites_and_uses_are_counted_per_user(db: Database) -> None:
    alice, bob = PersonalPhrases(db, "alice"), PersonalPhrases(db, "bob")
    alice.set_favourite("bank.1", True)
    for _ in range(3):
        alice.record_use("bank.1")
    bob.record_use("bank.1")
    assert alice.marks() == {"bank.1": Mark(favourite=True, uses=3)}
    assert bob.marks() == {"bank.1": Mark(favourite=False, uses=1)}
    alice.set_favourite("bank.1", False)
    assert alice.marks()["bank.1"] == Mark(favourite=False, uses=3)


def test_personal_packs_are_private(db: Database) -> None:
    PersonalPhrases(db, "alice").add(FIELDS)
    assert PersonalPhrases(db, "bob").list() == []


def test_the_bonus_grows_with_uses_but_is_bounded() -> None:
    assert boost(None) == 0 == boost(Mark())
    assert boost(Mark(uses=1)) < boost(Mark(uses=3)) < boost(Mark(uses=1000)) == 12
    assert boost(Mark(favourite=True)) == 8


def test_search_finds_personal_phrases_and_ranks_used_ones_first(db: Database, mini_bank: Bank) -> None:
    mine = PersonalPhrases(db, "alice")
    mine.add({"text": "组织党员到社区开展志愿服务活动。", "function": "措施", "topic": "组织建设", "genre": "mini"})
    index = BankIndex(mini_bank)
    hits = PersonalSearch(index, mine.list(), mine.marks()).search("志愿服务", 5)
    assert hits and hits[0].text == "组织党员到社区开展志愿服务活动。"
    plain = PersonalSearch(index, [], {}).search("学习", 5)
    last = plain[-1]
    for _ in range(5):
        mine.record_use(last.id)
    mine.set_favourite(last.id, True)
    ranked = PersonalSearch(index, [], mine.marks()).search("学习", 5)
    assert len(plain) > 1 and ranked[0].id == last.id
    assert ranked[0].score == last.score
