"""Flow tests of the drafting page, driven as a user would through AppTest."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest
from ui_support import say, start

SECTIONS = ["political", "problems", "plans"]


def started(make: Callable[[], AppTest], sections: list[str] = SECTIONS) -> AppTest:
    """Return the app with a new party-branch draft started for 市直机关第一党支部."""
    return start(make(), "市直机关第一党支部", sections)


def chat_texts(at: AppTest) -> list[str]:
    return [m.markdown[0].value if m.markdown else m.warning[0].value for m in at.chat_message]


def draft_text(at: AppTest) -> str:
    """Return the preview's title, headings and paragraphs (the HTML blocks the preview writes)."""
    return "\n".join(m.value for m in at.markdown if m.value.startswith(("<h3", "<p style", "<div style")))


def current_prompt(at: AppTest) -> object:
    return at.session_state["current"].session.current_prompt()


def test_a_new_draft_gets_its_own_url_and_asks_the_first_question(app: Callable[[], AppTest]) -> None:
    at = started(app)
    assert at.query_params["d"]
    assert chat_texts(at)[-1].startswith("第1/")
    assert "2026年市直机关第一党支部党建工作总结" in draft_text(at) or "党建工作总结" in draft_text(at)


def test_a_bad_answer_then_a_good_one(app: Callable[[], AppTest]) -> None:
    at = say(started(app), "好多")
    assert "请输入次数，例如 3 或 三" in chat_texts(at)[-1]
    at = say(at, "十二次")
    assert "已记录：12次。" in chat_texts(at)
    assert "12次" in draft_text(at)


def test_a_full_interview_ends_in_a_finished_draft(app: Callable[[], AppTest]) -> None:
    at = started(app)
    answers = {"number": "3", "bool": "是", "list": "读书会、知识竞赛", "text": "清风护航",
               "date": "2026年12月25日", "year": "2026"}
    for _ in range(60):
        prompt = current_prompt(at)
        if prompt is None:
            break
        kind = prompt.type  # type: ignore[attr-defined]
        say(at, prompt.choices[0] if kind in ("choice", "multi") else answers[kind])  # type: ignore[attr-defined]
    assert current_prompt(at) is None
    assert chat_texts(at)[-1].startswith("问题都已回答完毕")
    text = draft_text(at)
    assert "一、" in text and "二、" in text and "三、" in text
    assert "2026年12月25日" in text and "{{" not in text


def test_back_and_revisit_keep_answers(app: Callable[[], AppTest]) -> None:
    at = say(say(started(app), "12"), "上一步")
    assert "当前回答：12次" in chat_texts(at)[-1]
    at = say(say(at, "15"), "修改第1题")
    assert chat_texts(at)[-1].startswith("第1/") and "当前回答：15次" in chat_texts(at)[-1]
    assert at.session_state["current"].session.state.answers["第一议题次数"] == 15


def test_quick_reply_buttons_answer_and_skip(app: Callable[[], AppTest]) -> None:
    at = started(app)
    first = current_prompt(at).name  # type: ignore[attr-defined]
    at.button(key=f"quick_{first}_跳过").click().run()
    assert first in at.session_state["current"].session.state.skipped


def test_rephrase_changes_a_paragraph_and_undo_restores_it(app: Callable[[], AppTest]) -> None:
    at = started(app)
    before = draft_text(at)
    at.button(key="rephrase_opening").click().run()
    after = draft_text(at)
    assert after != before
    at.button(key="undo").click().run()
    assert draft_text(at) == before


def test_edit_and_delete_a_paragraph(app: Callable[[], AppTest]) -> None:
    at = started(app)
    at.text_area(key="edit_text_opening").input("这是我亲手写的开头。")
    at.button(key="edit_save_opening").click().run()
    assert "这是我亲手写的开头。" in draft_text(at)
    at.button(key="delete_opening").click().run()
    assert "这是我亲手写的开头。" not in draft_text(at)


def test_search_and_insert_into_a_section(app: Callable[[], AppTest]) -> None:
    at = started(app)
    at.selectbox(key="insert_target").set_value("political")
    at.text_input(key="panel_query").input("shyk").run()
    hit = next(m.value for m in at.markdown if "三会一课" in m.value and "orange-background" in m.value)
    assert hit
    next(b for b in at.button if b.key and b.key.startswith("insert_panel_")).click().run()
    inserted = at.session_state["current"].session.state.inserted
    assert len(inserted) == 1 and inserted[0].section == "political" and "三会一课" in inserted[0].text
    assert inserted[0].text in draft_text(at)


def test_search_from_the_chat(app: Callable[[], AppTest]) -> None:
    at = say(started(app), "搜索 sanhuiyike")
    assert any("三会一课" in m.value for m in at.chat_message[-1].markdown)


def test_moving_a_section(app: Callable[[], AppTest]) -> None:
    at = started(app, ["political", "theory", "problems", "plans"])
    at.button(key="down_political").click().run()
    assert at.session_state["current"].session.state.sections[:2] == ["theory", "political"]


def test_a_refresh_restores_the_draft(app: Callable[[], AppTest]) -> None:
    at = say(started(app), "十二次")
    draft_id = at.query_params["d"]
    at.button(key="rephrase_opening").click().run()
    before = draft_text(at)
    again = app()
    again.query_params["d"] = draft_id
    again.run()
    assert not again.exception
    assert draft_text(again) == before
    assert "已打开草稿" in chat_texts(again)[0] and chat_texts(again)[1].startswith("第2/")


def test_an_unknown_draft_id_goes_back_to_the_start_page(app: Callable[[], AppTest]) -> None:
    at = app()
    at.query_params["d"] = "nosuchdraft"
    at.run()
    assert "找不到草稿" in at.error[0].value
    assert at.button(key="setup_start")


def test_a_campaign_section_is_offered_only_in_its_years(app: Callable[[], AppTest]) -> None:
    at = app()
    at.run()
    assert "主题教育/学习教育" not in at.multiselect(key="setup_sections_party_summary").options
    at.number_input(key="setup_year").set_value(2024).run()
    assert "主题教育/学习教育" in at.multiselect(key="setup_sections_party_summary").options


def test_user_text_is_shown_as_text_never_as_html(app: Callable[[], AppTest]) -> None:
    at = started(app)
    at.text_area(key="edit_text_opening").input("<script>alert(1)</script><b>粗</b>[链接](javascript:alert(1))")
    at.button(key="edit_save_opening").click().run()
    shown = next(m.value for m in at.markdown if "alert" in m.value)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "&lt;b&gt;" in shown
    assert "<script>" not in shown and "<b>" not in shown and "<a " not in shown
