"""`qicao import`: lists candidates without saving; --accept adds them to the user's personal pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main
from assistant.store import Database, PersonalPhrases, sqlite_url


def test_import_lists_then_accepts_into_the_named_users_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "2025年支部工作总结.md"
    doc.write_text("2025年支部工作总结\n一、主要工作\n（一）理论武装\n全年组织集中学习12次，##paidbegin##开展专题研讨4次。\n"
                   "二、存在的问题\n学习的系统性还不够强，联系实际还不够紧密。\n", encoding="utf-8")
    url = sqlite_url(tmp_path / "q.db")
    assert main(["import", str(doc), "--db", url, "--user", "alice"]) == 0
    listed = capsys.readouterr().out
    assert "＋ 第4行 [理论武装·成效] 全年组织集中学习12次，开展专题研讨4次。　〔删除“##paidbegin##”〕" in listed
    assert "未做任何保存" in listed
    assert PersonalPhrases(Database(url), "alice").list() == []
    assert main(["import", str(doc), "--db", url, "--user", "alice", "--accept"]) == 0
    assert "的 2 条短语加入 alice 的个人词库" in capsys.readouterr().out
    assert len(PersonalPhrases(Database(url), "alice").list()) == 2
    assert PersonalPhrases(Database(url), "bob").list() == []


def test_a_wrong_file_type_is_refused_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "总结.pdf"
    sheet.write_bytes(b"%PDF")
    assert main(["import", str(sheet), "--db", sqlite_url(tmp_path / "q.db")]) == 2
    assert "只能导入 .docx、.txt 或 .md 文件" in capsys.readouterr().err
