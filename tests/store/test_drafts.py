"""Drafts: saved at once with every version kept, restorable, and private to their user."""

from __future__ import annotations

import pytest

from assistant.state import DraftState, Insertion
from assistant.store import Database, SqlDraftStore, StoreError


def state(unit: str = "市直机关第一党支部", **answers: object) -> DraftState:
    return DraftState("party_summary", 2026, unit, ["political", "plans"], answers=dict(answers))


def test_a_saved_draft_loads_back_exactly(db: Database) -> None:
    store = SqlDraftStore(db, "alice")
    original = state(第一议题次数=12)
    original.inserted.append(Insertion("ins1", "political", "自己写的一段话。", "my.1"))
    draft_id = store.create(original, "2026年党建工作总结")
    assert store.load(draft_id) == original
    assert [(d.id, d.title) for d in store.list()] == [(draft_id, "2026年党建工作总结")]


def test_every_change_is_a_version_and_an_unchanged_save_adds_none(db: Database) -> None:
    store = SqlDraftStore(db, "alice")
    draft_id = store.create(state(), "总结")
    store.save(draft_id, state(次数=1), "总结")
    store.save(draft_id, state(次数=1), "总结")
    store.save(draft_id, state(次数=2), "总结")
    versions = store.versions(draft_id)
    assert [v.number for v in versions] == [3, 2, 1]
    assert versions[-1].note == "新建"
    assert store.version(draft_id, versions[1].id).answers == {"次数": 1}


def test_restoring_an_old_version_keeps_the_newer_ones(db: Database) -> None:
    store = SqlDraftStore(db, "alice")
    draft_id = store.create(state(), "总结")
    store.save(draft_id, state(次数=1), "总结")
    store.save(draft_id, state(次数=2), "总结")
    first = store.versions(draft_id)[-1]
    store.restore(draft_id, first.id, "总结")
    assert store.load(draft_id).answers == {}
    versions = store.versions(draft_id)
    assert len(versions) == 4 and versions[0].note == "恢复到第 1 版"
    assert store.version(draft_id, versions[1].id).answers == {"次数": 2}


def test_the_list_shows_the_most_recently_saved_first(db: Database) -> None:
    store = SqlDraftStore(db, "alice")
    older = store.create(state("甲"), "甲")
    newer = store.create(state("乙"), "乙")
    assert [d.id for d in store.list()] == [newer, older]
    store.save(older, state("甲", 次数=1), "甲")
    assert [d.id for d in store.list()] == [older, newer]


def test_rename_copy_and_delete(db: Database) -> None:
    store = SqlDraftStore(db, "alice")
    draft_id = store.create(state(次数=3), "总结")
    store.rename(draft_id, "  2026年度总结（定稿）  ")
    assert store.info(draft_id).title == "2026年度总结（定稿）"
    copy_id = store.copy(draft_id)
    assert store.info(copy_id).title == "2026年度总结（定稿）（副本）"
    assert store.load(copy_id) == store.load(draft_id)
    assert [v.note for v in store.versions(copy_id)] == ["复制自“2026年度总结（定稿）”"]
    store.save(draft_id, state(次数=4), "文中标题变了")
    assert store.info(draft_id).title == "2026年度总结（定稿）"
    store.delete(draft_id)
    assert [d.id for d in store.list()] == [copy_id]
    with pytest.raises(StoreError, match=r"找不到草稿"):
        store.load(draft_id)
    with pytest.raises(StoreError, match=r"不能为空"):
        store.rename(copy_id, " ")


def test_one_users_drafts_are_invisible_to_another(db: Database) -> None:
    alice, bob = SqlDraftStore(db, "alice"), SqlDraftStore(db, "bob")
    draft_id = alice.create(state(), "alice 的总结")
    assert bob.list() == [] and bob.count() == 0
    for attempt in (lambda: bob.load(draft_id), lambda: bob.save(draft_id, state("偷改"), "x"),
                    lambda: bob.delete(draft_id), lambda: bob.rename(draft_id, "x"),
                    lambda: bob.versions(draft_id), lambda: bob.copy(draft_id)):
        with pytest.raises(StoreError, match=r"找不到草稿"):
            attempt()
    assert alice.load(draft_id) == state() and alice.info(draft_id).title == "alice 的总结"


def test_bad_ids_and_user_names_are_refused_in_chinese(db: Database) -> None:
    with pytest.raises(StoreError, match=r"草稿编号“../etc”无效"):
        SqlDraftStore(db, "alice").load("../etc")
    with pytest.raises(StoreError, match=r"用户名"):
        SqlDraftStore(db, "a b")
