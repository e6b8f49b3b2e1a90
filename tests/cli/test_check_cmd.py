"""`qicao check`: a readable report with line:column, JSON on request, exit 1 on errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from assistant.cli import main

DEFECTIVE = "2025年工作总结\n对所属基层党委织开展检查，，确保实效。\n深入开展党纪学习教育。\n"


@pytest.fixture
def summary(tmp_path: Path) -> Path:
    path = tmp_path / "总结.txt"
    path.write_text(DEFECTIVE, encoding="utf-8")
    return path


def test_it_prints_each_finding_with_place_context_and_fix(summary: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(summary)]) == 1
    out = capsys.readouterr().out
    assert "2:6  错误  “党委织”疑为“党组织”之误  [term-typo]" in out
    assert "    对所属基层[党委织]开展检查，，确保实效。" in out
    assert "    建议：改为“党组织”" in out
    assert "3:5  提示  “党纪学习教育”是2024年开展的学习教育，本文为2025年" in out
    assert "共发现 3 处问题：错误 2，警告 0，提示 1。（按 2025 年判断提法年份）" in out


def test_json_lists_the_findings(summary: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(summary), "--json", "--year", "2024"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert [(f["rule"], f["severity"], f["suggestion"]) for f in findings] == [
        ("term-typo", "error", "党组织"), ("doubled-punct", "error", "，")]
    assert set(findings[0]) == {"start", "end", "rule", "severity", "message", "suggestion"}
    assert DEFECTIVE[findings[0]["start"]:findings[0]["end"]] == "党委织"


def test_it_reads_standard_input_and_exits_0_when_clean(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("坚定拥护“两个确立”、坚决做到“两个维护”。".encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["check", "-"]) == 0
    assert "未发现问题。" in capsys.readouterr().out


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.md"
    path.write_text("存在的问题主要有以下三个方面：\n（一）学习不深。\n（二）融合不够。\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert "警告" in capsys.readouterr().out


def test_an_unreadable_file_is_a_chinese_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "无.docx")]) == 2
    assert "无法读取文件" in capsys.readouterr().err


def test_help_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "-h"])
    out = capsys.readouterr().out
    assert "用法：" in out and "--json" in out and "退出码为 1" in out
