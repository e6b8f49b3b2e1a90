"""The store as a user meets it: drafts survive a restart, drafts page actions, personal phrases, two users."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest
from ui_support import say, start


def started(at: AppTest, unit: str = "市直机关第一党支部") -> AppTest:
    return start(at, unit, ["political", "plans"])


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [m.value for m in at.caption])


def test_a_draft_is_continued_after_the_app_restarts(app: Callable[[], AppTest]) -> None:
    first = say(started(app()), "12")
    draft_id = first.query_params["d"][0] if isinstance(first.query_params["d"], list) else first.query_params["d"]
    restarted = app()
    restarted.run()
    assert "最近的草稿" in [h.value for h in restarted.subheader]
    restarted.button(key=f"open_{draft_id}").click().run()
    assert not restarted.exception
    assert restarted.session_state["current"].session.state.answers["第一议题次数"] == 12


def test_the_drafts_page_renames_copies_restores_and_deletes(app: Callable[[], AppTest]) -> None:
    at = say(say(started(app()), "12"), "是")
    draft_id = at.session_state["current"].draft_id
    page = app()
    page.run()
    page.switch_page("pages/drafts.py").run()
    page.text_input(key=f"name_{draft_id}").input("去年的总结（改）")
    page.button(key=f"rename_{draft_id}").click().run()
    assert "**去年的总结（改）**" in texts(page)
    page.button(key=f"copy_{draft_id}").click().run()
    assert "**去年的总结（改）（副本）**" in texts(page)
    first_version = [b for b in page.button if b.key and b.key.startswith(f"restore_{draft_id}_")][-1]
    first_version.click().run()
    assert not page.exception
    assert "恢复到第 1 版" in texts(page)
    page.button(key=f"delete_{draft_id}").click().run()
    assert "**去年的总结（改）**" not in texts(page)
    assert "**去年的总结（改）（副本）**" in texts(page)


def test_a_personal_phrase_is_added_then_found_in_search(app: Callable[[], AppTest]) -> None:
    at = app()
    at.run()
    at.switch_page("pages/phrases.py").run()
    at.text_area(key="text_new").input("组织青年党员到结对社区开展垃圾分类宣传。")
    at.button(key="save_new").click().run()
    assert not at.exception
    assert "组织青年党员到结对社区开展垃圾分类宣传。" in [t.value for t in at.text]
    at.switch_page("pages/search.py").run()
    at.text_input(key="page_query").input("垃圾分类").run()
    assert any("垃圾分类" in m.value for m in at.markdown)


def test_two_named_users_never_see_each_others_drafts(app: Callable[[], AppTest],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QICAO_USER_MODE", "name")
    anonymous = app()
    anonymous.run()
    assert anonymous.text_input(key="login_name") is not None
    alice = app()
    alice.query_params["u"] = "alice"
    started(alice, "甲支部")
    alice_draft = alice.session_state["current"].draft_id
    bob = app()
    bob.query_params["u"] = "bob"
    bob.run()
    bob.switch_page("pages/drafts.py").run()
    assert "还没有草稿" in "".join(i.value for i in bob.info)
    intruder = app()
    intruder.query_params["u"] = "bob"
    intruder.query_params["d"] = alice_draft
    intruder.run()
    assert not intruder.exception
    assert any("找不到草稿" in e.value for e in intruder.error)
    assert "current" not in intruder.session_state
