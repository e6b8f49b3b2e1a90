"""The qicao command: Chinese help, bank check, templates, draft, and errors without tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import COMMANDS, build_parser, main

QICAO = Path(sys.executable).with_name("qicao")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：qicao") and "显示本帮助并退出" in out


def test_every_subcommand_has_chinese_help() -> None:
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    names = set(actions[0].choices)  # type: ignore[arg-type]
    assert len(names) == len(COMMANDS) and {"bank", "draft", "templates"} <= names
    for name in names:
        sub = actions[0].choices[name]  # type: ignore[index]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in sub.format_help()), name


def test_bank_check_reports_problems_with_file_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text("genre: g\ntopic: t\nphrases:\n  - id: a\n    function: 措施\n    text: ''\n", encoding="utf-8")
    code, out, _ = run(capsys, "bank", "check", str(tmp_path))
    assert code == 1
    assert f"{pack}:6: 短语内容为空" in out and "共 1 个文件，0 条有效短语，1 处问题。" in out


def test_bank_check_counts_the_shipped_bank(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bank", "check")
    assert code == 0 and "0 处问题" in out
    assert "按体裁/主题/功能：" in out and "party_summary / 政治建设 / 措施" in out


def test_templates_lists_sections_and_prompts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0
    assert "党支部（机关党委）年度工作总结（party_summary）" in out and "* 政治建设（political）" in out


ANSWERS = """\
template: party_summary
year: 2026
unit: 市直机关第一党支部
sections: [political, problems, plans]
answers:
  第一议题次数: 十二次
  不足方面: [政治建设]
  计划方面: 政治建设
  落款日期: 2026年12月25日
"""


def test_draft_writes_the_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.answers.yaml"
    answers.write_text(ANSWERS, encoding="gb18030")
    out_file = tmp_path / "out.txt"
    code, out, _ = run(capsys, "draft", str(answers), "-o", str(out_file))
    text = out_file.read_text(encoding="utf-8")
    assert code == 0 and "已生成" in out
    assert text.startswith("2026年市直机关第一党支部党建工作总结\n")
    assert "12次" in text and "　　一、主要工作" in text and text.rstrip().endswith("2026年12月25日")


def test_a_bad_answers_file_names_file_key_and_expectation(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "bad.yaml"
    answers.write_text(ANSWERS.replace("十二次", "很多").replace("year: 2026", "year: 明年"), encoding="utf-8")
    code, _, err = run(capsys, "draft", str(answers))
    assert code == 2 and "Traceback" not in err
    assert f"{answers}:2: year 应为四位年份，例如 2026" in err
    assert f"{answers}:6: “第一议题次数”的回答有误：“很多”不是一个数字。请输入次数，例如 3 或 三" in err


def test_a_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "draft", str(tmp_path / "nope.yaml"))
    assert code == 2 and "无法读取文件" in err


@pytest.mark.skipif(not QICAO.exists(), reason="qicao 命令未安装到当前环境（请先 pip install .）")
def test_the_installed_console_command_runs() -> None:
    result = subprocess.run([str(QICAO), "templates"], capture_output=True, text=True, encoding="utf-8",
                            check=False)
    assert result.returncode == 0 and "party_summary" in result.stdout


def test_draft_picks_the_renderer_by_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    answers = tmp_path / "a.answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    for suffix in (".docx", ".html", ".md"):
        assert run(capsys, "draft", str(answers), "-o", str(tmp_path / f"out{suffix}"), "--fonts", "windows")[0] == 0
    paragraphs = [p.text for p in Document(str(tmp_path / "out.docx")).paragraphs]
    assert any("12次" in p for p in paragraphs) and "2026年12月25日" in paragraphs
    assert "<" not in (tmp_path / "out.md").read_text(encoding="utf-8").split("\n")[0]
    assert "12次" in (tmp_path / "out.html").read_text(encoding="utf-8")


def test_draft_refuses_an_unknown_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    code, _, err = run(capsys, "draft", str(answers), "-o", str(tmp_path / "out.pdf"))
    assert code == 2 and "无法识别输出文件" in err and ".docx" in err
    assert not (tmp_path / "out.pdf").exists()
