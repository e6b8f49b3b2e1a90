"""`qicao check FILE [--json] [--year N]`: proofread a document and list what needs fixing."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ..check import Finding, check_text, extract_text, infer_year
from ..check.extract import read_file

_SEVERITY = {"error": "错误", "warning": "警告", "hint": "提示"}
_CONTEXT = 12


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `check` command."""
    parser = commands.add_parser(
        "check", help="校对文稿：占位符、规范提法、错字、标点、序号等",
        description="离线校对公文文稿（.txt、.md、.docx，或用 - 从标准输入读取），逐条列出 行:列、"
                    "上下文、问题和修改建议。\n发现“错误”级问题时退出码为 1，否则为 0。")
    parser.add_argument("file", metavar="文件", help="要校对的 .txt、.md 或 .docx 文件；- 表示标准输入")
    parser.add_argument("--json", action="store_true", help="以 JSON 数组输出全部问题")
    parser.add_argument("--year", type=int, metavar="年份",
                        help="文稿所属年份，用于判断提法是否过时（默认取标题开头的“20xx年”）")
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    """Check the file, print the findings; exit 1 when there is an error."""
    if args.file == "-":
        text = extract_text(sys.stdin.buffer.read(), "标准输入.txt")
    else:
        text = read_file(Path(args.file))
    findings = check_text(text, year=args.year)
    if args.json:
        print(json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        _print_report(text, findings, args.year or infer_year(text))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _print_report(text: str, findings: list[Finding], year: int | None) -> None:
    for finding in findings:
        line = text.count("\n", 0, finding.start) + 1
        column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
        print(f"{line}:{column}  {_SEVERITY[finding.severity]}  {finding.message}  [{finding.rule}]")
        print(f"    {_context(text, finding)}")
        if finding.suggestion is not None:
            print(f"    建议：{_suggestion(finding.suggestion)}")
    counts = {name: sum(f.severity == key for f in findings) for key, name in _SEVERITY.items()}
    summary = "，".join(f"{name} {count}" for name, count in counts.items())
    year_note = f"（按 {year} 年判断提法年份）" if year else ""
    print(f"共发现 {len(findings)} 处问题：{summary}。{year_note}" if findings else f"未发现问题。{year_note}")


def _context(text: str, finding: Finding) -> str:
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, finding.start - _CONTEXT):finding.start]
    after = text[finding.end:min(line_end, finding.end + _CONTEXT)]
    return f"{before}[{text[finding.start:finding.end]}]{after}".replace("\n", "↵")


def _suggestion(suggestion: str) -> str:
    return f"改为“{suggestion}”" if suggestion else "删除"
