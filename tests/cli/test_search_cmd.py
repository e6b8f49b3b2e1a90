"""`qicao search`: bank or text-file search, highlighted or JSON output, Chinese errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.cli.search_cmd import ANSI, highlight

QICAO = Path(sys.executable).with_name("qicao")
LINES = ["严格落实“三会一课”制度，按时召开支部党员大会。", "", "按时足额收缴党费，每半年公示一次。",
         "每月开展主题党日活动，组织党员重温入党誓词。", "打造“党建+业务”融合品牌。"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "短语.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_it_searches_a_text_file_and_marks_the_match(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "三会一可", "--corpus", str(corpus))
    assert code == 0
    first = out.splitlines()[0]
    assert "严格落实“【三会一课】”制度" in first and "第 1 行" in first
    assert "\x1b[" not in out


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_it_reads_text_files_in_bom_utf8_and_gbk(tmp_path: Path, encoding: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "corpus.txt"
    path.write_bytes("\r\n".join(LINES).encode(encoding))
    code, out, _ = run(capsys, "search", "dangfei", "--corpus", str(path), "--json")
    assert code == 0
    assert json.loads(out)[0]["text"] == LINES[2]


def test_json_lists_text_score_spans_and_line(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "重温", "入党誓词", "--corpus", str(corpus), "--json", "--limit", "1")
    assert code == 0
    assert json.loads(out) == [{"text": LINES[3], "score": 100.0, "spans": [[15, 21]], "line": 4}]
    assert "重温入党誓词" in out  # not \\u escapes


def test_json_of_bank_hits_carries_id_topic_and_function(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "党员", "--json", "-n", "2")
    hits = json.loads(out)
    assert code == 0 and 1 <= len(hits) <= 2
    for hit in hits:
        assert set(hit) == {"text", "score", "spans", "id", "topic", "function"}
        assert "党员" in hit["text"] and 0 < hit["score"] <= 100
        assert [hit["text"][a:b] for a, b in hit["spans"]] == ["党员"]


def test_the_shipped_bank_answers_initials(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "shyk", "--json", "--limit", "3")
    hits = json.loads(out)
    assert code == 0
    assert hits, "the shipped bank should hold a phrase about 三会一课"
    assert "三会一课" in hits[0]["text"]


def test_topic_and_function_filter_the_bank(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "党员", "--json", "--topic", "组织建设", "--function", "措施", "-n", "50")
    hits = json.loads(out)
    assert code == 0
    assert all((h["topic"], h["function"]) == ("组织建设", "措施") for h in hits)


def test_nothing_found_is_said_in_chinese(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "search", "量子计算", "--corpus", str(corpus)) == (0, "没有找到匹配的短语。\n", "")
    assert run(capsys, "search", "量子计算", "--corpus", str(corpus), "--json")[1] == "[]\n"


def test_filters_with_a_text_file_are_an_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "党费", "--corpus", str(corpus), "--topic", "组织建设")
    assert code == 2
    assert err.startswith("错误：") and "--corpus" in err


def test_a_missing_file_is_a_chinese_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "党费", "--corpus", str(tmp_path / "无.txt"))
    assert code == 2 and "无法读取文件" in err and "Traceback" not in err


def test_a_bad_limit_is_refused_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["search", "党费", "--limit", "0"])
    assert "不是正整数" in capsys.readouterr().err


def test_highlight_wraps_only_the_spans() -> None:
    assert highlight("严格落实三会一课制度", [(4, 8)]) == "严格落实【三会一课】制度"
    assert highlight("党费公示党费", [(0, 2), (4, 6)], ANSI) == "\x1b[1;31m党费\x1b[0m公示\x1b[1;31m党费\x1b[0m"
    assert highlight("无匹配", []) == "无匹配"


def test_the_installed_command_searches(corpus: Path) -> None:
    done = subprocess.run([str(QICAO), "search", "shyk", "--corpus", str(corpus)], capture_output=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").splitlines()[0].endswith("严格落实“【三会一课】”制度，按时召开支部党员大会。  （第 1 行）")
