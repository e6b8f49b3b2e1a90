"""The .docx as LibreOffice lays it out: 22 lines a page, 28 characters a line, page numbers in place.

Needs `soffice` (LibreOffice) and `pdftotext` (poppler); skipped, with the reason, where either is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import draft_from

from assistant.export import render_docx

# Long CJK lines with no punctuation, so no line end is shortened by punctuation compression.
FILLER = "我们坚持以学习贯彻党的精神为主线深入推进各项工作取得明显成效持续加强组织建设不断提升服务能力水平"
PT_PER_MM = 72 / 25.4


def _require(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{package} 未安装：找不到 {tool}，无法检查排版结果")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    _require("soffice", "LibreOffice (soffice)")
    _require("pdftotext", "poppler-utils (pdftotext)")
    work = tmp_path_factory.mktemp("pdf")
    outline = "\n".join(["2026年某某市财政局机关党委党建工作总结", "# 主要工作"] + [f"- {FILLER * 3}"] * 14
                        + ["@ 中共某某市财政局机关委员会 | 2026年12月25日"])
    source = work / "draft.docx"
    source.write_bytes(render_docx(draft_from(outline)))
    profile = (work / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), str(source)], check=True, capture_output=True, timeout=180)
    return work / "draft.pdf"


def page_lines(pdf: Path, page: int) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def words(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(float(a), float(b), float(c), t) for a, b, c, t in re.findall(pattern, out)]


def test_a_full_page_of_body_text_has_22_lines(pdf):
    body = [line for line in page_lines(pdf, 2) if not line.startswith("—")]
    assert len(body) == 22


def test_the_longest_body_lines_hold_28_characters(pdf):
    lengths = [len(line.replace(" ", "")) for line in page_lines(pdf, 2) if not line.startswith("—")]
    assert max(lengths) == 28
    assert lengths.count(28) >= 15


def test_page_numbers_sit_right_on_odd_pages_and_left_on_even_pages(pdf):
    numbers = {page: [w for w in words(pdf, page) if w[3] in ("—", "1", "2")] for page in (1, 2)}
    odd_right = max(w[2] for w in numbers[1]) / PT_PER_MM
    even_left = min(w[0] for w in numbers[2]) / PT_PER_MM
    assert 210 - 26 - 8 < odd_right < 210 - 26  # one character in from the type area's right edge
    assert 28 < even_left < 28 + 8
    body_bottom = max(w[1] for w in words(pdf, 2) if w[3] not in ("—", "2"))
    number_top = min(w[1] for w in numbers[2])
    assert number_top > body_bottom


def test_the_title_is_centred_on_the_type_area(pdf):
    first = words(pdf, 1)[0]
    left_gap = first[0] / PT_PER_MM - 28
    assert first[3].startswith("2026")
    assert left_gap > 10
