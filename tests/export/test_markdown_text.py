"""Markdown and plain text: numbered headings, paragraphs, and user text that cannot become markup."""

from __future__ import annotations

from export_helpers import draft_from

from assistant.export import escape_markdown, render_markdown, render_text


def test_markdown_has_the_title_headings_and_paragraphs(sample):
    md = render_markdown(sample).split("\n\n")
    assert md[0] == "# 2026年某某市财政局机关党委党建工作总结"
    assert "## 一、政治建设" in md
    assert "### （一）理论学习" in md
    assert "**1.加强学习。**坚持“第一议题”制度。" in md
    assert md[-2:] == ["中共某某市财政局机关委员会  ", "2026年12月25日\n"]


def test_markdown_escapes_active_characters_at_line_start_and_inline():
    assert escape_markdown("# 不是标题") == "\\# 不是标题"
    assert escape_markdown("- 不是列表") == "\\- 不是列表"
    assert escape_markdown("1. 不是编号") == "1\\. 不是编号"
    assert escape_markdown("a*b*<script>") == "a\\*b\\*\\<script\\>"


def test_a_paragraph_starting_with_a_hash_stays_a_paragraph():
    md = render_markdown(draft_from("标题\n- #话题 讨论"))
    assert "\n\n\\#话题 讨论\n" in md


def test_plain_text_indents_paragraphs_with_full_width_spaces(sample):
    lines = render_text(sample).splitlines()
    assert lines[0] == "2026年某某市财政局机关党委党建工作总结"
    assert "\u3000\u3000一、政治建设" in lines
    assert "\u3000\u30001.加强学习。坚持“第一议题”制度。" in lines
