"""The public surface of assistant.check: functions, the Finding, and reading user files."""

from __future__ import annotations

import io
from dataclasses import fields
from pathlib import Path

import pytest
from docx import Document

import assistant.check as check
from assistant.check import check_file, check_text, extract_text, infer_year
from assistant.errors import QicaoError

DEFECTIVE = "对所属基层党委织开展检查，，确保实效。"


def test_the_public_api_is_exactly_this() -> None:
    assert sorted(check.__all__) == sorted([
        "RULES", "SEVERITIES", "Finding", "Formulation", "Lexicon", "Rule", "Severity", "apply_fixes",
        "check_file", "check_text", "extract_text", "infer_year", "load_lexicon"])


def test_a_finding_carries_offsets_rule_severity_message_and_suggestion() -> None:
    assert [f.name for f in fields(check.Finding)] == ["start", "end", "rule", "severity", "message",
                                                       "suggestion"]
    finding = check_text(DEFECTIVE)[0]
    assert (DEFECTIVE[finding.start:finding.end], finding.rule, finding.severity) == ("党委织", "term-typo", "error")
    assert "党组织" in finding.message


def test_rule_ids_are_unique_and_titled_in_chinese() -> None:
    ids = [rule.id for rule in check.RULES]
    assert len(ids) == len(set(ids)) == 12
    assert all(rule.title and not rule.title.isascii() for rule in check.RULES)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_it_reads_text_files_in_the_encodings_users_have(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "总结.txt"
    path.write_bytes(DEFECTIVE.encode(encoding))
    assert [f.rule for f in check_file(path)] == ["term-typo", "doubled-punct"]


def test_it_reads_markdown_and_word_files(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("2025年工作总结")
    document.add_paragraph(DEFECTIVE)
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract_text(buffer.getvalue(), "总结.docx")
    assert text == f"2025年工作总结\n{DEFECTIVE}"
    assert extract_text(DEFECTIVE.encode(), "a.md") == DEFECTIVE


@pytest.mark.parametrize(("data", "name", "says"), [
    (b"PK\x03\x04broken", "坏文件.docx", "无法读取 Word 文件"),
    (b"\xd0\xcf\x11\xe0", "旧格式.doc", "另存为 .docx"),
    (b"%PDF-1.4", "文件.pdf", "不支持的文件类型"),
])
def test_it_explains_files_it_cannot_read(data: bytes, name: str, says: str) -> None:
    with pytest.raises(QicaoError, match=says):
        extract_text(data, name)


def test_a_missing_file_is_a_chinese_error(tmp_path: Path) -> None:
    with pytest.raises(QicaoError, match="无法读取文件"):
        check_file(tmp_path / "不存在.txt")


@pytest.mark.parametrize(("text", "year"), [
    ("2025年第三党支部工作总结\n正文", 2025),
    ("\n  2023年度述职报告", 2023),
    ("二〇二四年工作要点", 2024),
    ("关于开展评选活动的通知\n2025年4月28日", None),
])
def test_it_takes_the_year_from_the_title(text: str, year: int | None) -> None:
    assert infer_year(text) == year
