"""The one entry point: a format per file extension, bytes out, Chinese errors for bad choices."""

from __future__ import annotations

import pytest

import assistant.export as export
from assistant.errors import QicaoError
from assistant.export import FORMATS, format_for_path, render


def test_the_public_api_is_exactly_this():
    assert set(export.__all__) == {"FORMATS", "PROFILES", "FontProfile", "escape_markdown", "font_profile",
                                   "format_for_path", "render", "render_docx", "render_html", "render_markdown",
                                   "render_text"}


@pytest.mark.parametrize(("path", "fmt"), [("out.docx", "docx"), ("总结.HTML", "html"), ("a/b.txt", "text"),
                                           ("x.md", "markdown")])
def test_the_extension_chooses_the_format(path, fmt):
    assert format_for_path(path) == fmt


def test_every_extension_renders(sample):
    for fmt in set(FORMATS.values()):
        assert render(sample, fmt)


def test_text_formats_are_utf8(sample):
    assert render(sample, "text").decode("utf-8").startswith("2026年某某市财政局")
    assert render(sample, "markdown").decode("utf-8").startswith("# 2026年")


def test_a_docx_is_a_zip_package(sample):
    assert render(sample, "docx", fonts="windows")[:2] == b"PK"


def test_an_unknown_extension_is_a_chinese_error():
    with pytest.raises(QicaoError, match=r"无法识别输出文件“out.pdf”的格式.*\.docx"):
        format_for_path("out.pdf")


def test_an_unknown_font_profile_is_a_chinese_error(sample):
    with pytest.raises(QicaoError, match="未知的字体方案“mac”，可选：gb2312、windows"):
        render(sample, "docx", fonts="mac")


def test_an_unknown_format_is_a_chinese_error(sample):
    with pytest.raises(QicaoError, match="未知的输出格式“pdf”"):
        render(sample, "pdf")
