"""A session changes the state through operations that can be undone and serialised."""

from __future__ import annotations

from assistant.bank import Bank
from assistant.export import render_text
from assistant.session import Session
from assistant.state import DraftState
from assistant.templates import Template


def session(template: Template, bank: Bank) -> Session:
    return Session.start(template, bank, 2026, "第一党支部")


def test_it_starts_with_the_default_sections_and_asks_in_order(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    assert s.state.sections == ["study", "org", "plans"]
    assert [p.name for p in s.prompts()] == ["学习次数", "学习形式", "活动名称", "计划方面", "落款日期"]
    assert s.current_prompt().name == "学习次数"  # type: ignore[union-attr]


def test_back_revisit_and_skip_never_lose_answers(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    s.answer("学习次数", 12)
    s.answer("学习形式", ["读书班"])
    assert s.back().name == "学习形式"  # type: ignore[union-attr]
    assert s.back().name == "学习次数"  # type: ignore[union-attr]
    s.skip("学习次数")
    assert s.state.answers == {"学习次数": 12, "学习形式": ["读书班"]}
    assert s.current_prompt().name == "活动名称"  # type: ignore[union-attr]
    assert s.revisit(2).name == "学习形式"
    s.answer("学习形式", ["专题研讨"])
    assert s.state.answers["学习次数"] == 12 and s.current_prompt().name == "活动名称"  # type: ignore[union-attr]


def test_undo_restores_each_earlier_state(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    s.answer("学习次数", 12)
    s.rephrase("study.points1")
    s.delete("study.points1")
    assert "抓好集中学习" not in render_text(s.draft())
    assert s.undo() and "抓好集中学习" in render_text(s.draft())
    assert s.undo() and s.state.variants == {}
    assert s.undo() and s.state.answers == {}
    assert not s.undo()


def test_moving_a_section_swaps_it_within_its_part(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    s.move_section("org", -1)
    assert s.state.sections == ["org", "study", "plans"]
    s.move_section("org", -1)
    assert s.state.sections == ["org", "study", "plans"]
    s.move_section("study", +1)
    assert s.state.sections == ["org", "study", "plans"], "plans is in another part"


def test_insert_edit_and_rephrase(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    key = s.insert("org", "我们自己写的一段话。", phrase_id="")
    s.edit(key, "改过的一段话。")
    assert "改过的一段话。" in render_text(s.draft())
    before = render_text(s.draft())
    s.rephrase("study.points1")
    assert render_text(s.draft()) != before


def test_restart_clears_answers_but_is_undoable(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    s.answer("学习次数", 12)
    s.restart()
    assert s.state.answers == {}
    s.undo()
    assert s.state.answers == {"学习次数": 12}


def test_state_round_trips_through_plain_data(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    s.answer("学习形式", ["读书班"])
    s.insert("org", "一段。")
    assert DraftState.from_dict(s.state.to_dict()) == s.state


def test_every_change_is_reported_to_the_listener(mini_template: Template, mini_bank: Bank) -> None:
    saved: list[dict[str, object]] = []
    s = Session(mini_template, mini_bank, DraftState("mini", 2026, "支部", ["study"]),
                on_change=lambda state: saved.append(state.to_dict()))
    s.answer("学习次数", 3)
    s.answer("学习次数", 3)
    s.undo()
    assert [d["answers"] for d in saved] == [{"学习次数": 3}, {}]


def test_edits_are_kept_as_one_paragraph(mini_template: Template, mini_bank: Bank) -> None:
    s = session(mini_template, mini_bank)
    s.edit("opening", "  第一行，\n\n第二行。 ")
    assert s.state.edits["opening"] == "第一行，第二行。"


def test_a_draft_naming_a_section_that_no_longer_exists_still_opens(mini_template: Template,
                                                                     mini_bank: Bank) -> None:
    s = Session(mini_template, mini_bank, DraftState("mini", 2026, "支部", ["gone", "study"]))
    assert s.state.sections == ["study"]
    assert "加强理论学习" in render_text(s.draft())
