"""The 校对 page checks pasted text and uploaded files and applies suggestions with one click."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

DEFECTIVE = "2026年工作总结\n严格落实“三会一课”制度，，全年开展主题党日12次。请XXX同志负责。"


def opened(app: Callable[[], AppTest]) -> AppTest:
    at = app()
    at.run()
    at.switch_page("pages/check.py").run()
    return at


def test_it_lists_findings_with_line_and_column(app: Callable[[], AppTest]) -> None:
    at = opened(app)
    at.text_area(key="check_text").input(DEFECTIVE).run()
    assert not at.exception
    texts = [m.value for m in at.markdown]
    assert any("第2行" in t and "标点" in t for t in texts)
    assert any("XXX" in c.value for c in at.caption) or any("占位" in t for t in texts)


def test_one_click_fix_and_fix_all(app: Callable[[], AppTest]) -> None:
    at = opened(app)
    at.text_area(key="check_text").input(DEFECTIVE).run()
    fix = next(b for b in at.button if b.key and b.key.startswith("check_fix_") and b.key != "check_fix_all")
    fix.click().run()
    assert "，，" not in at.text_area(key="check_text").value
    assert "三会一课" in at.text_area(key="check_text").value


def test_clean_text_has_no_findings(app: Callable[[], AppTest]) -> None:
    at = opened(app)
    at.text_area(key="check_text").input("2026年工作总结\n严格落实“三会一课”制度，全年开展主题党日12次。").run()
    assert at.success and at.success[0].value == "未发现问题。"


def test_the_draft_preview_marks_a_hand_edited_defect(app: Callable[[], AppTest]) -> None:
    at = app()
    at.run()
    at.text_input(key="setup_unit").input("第一党支部")
    at.multiselect(key="setup_sections_party_summary").set_value(["political", "problems", "plans"])
    at.button(key="setup_start").click().run()
    at.text_area(key="edit_text_opening").input("我们严格落实“三会一课”制度，，请XXX同志负责。")
    at.button(key="edit_save_opening").click().run()
    marked = [m.value for m in at.markdown if "<mark" in m.value]
    assert marked and "，，</mark>" in marked[0]
    assert any("校对：发现" in e.label for e in at.expander)
