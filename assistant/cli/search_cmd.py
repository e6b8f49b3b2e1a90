"""`qicao search QUERY`: fuzzy search of the phrase bank (or a text file), with highlighted matches."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..bank import load_bank
from ..errors import QicaoError
from ..search import BankHit, BankIndex, Hit, PhraseIndex
from ..textio import read_text

ANSI = ("\x1b[1;31m", "\x1b[0m")
BRACKETS = ("【", "】")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `search` command."""
    parser = commands.add_parser(
        "search", help="模糊搜索规范表述（容错字、支持全拼和拼音首字母）",
        description="在词库中模糊搜索规范表述。可输入关键词的一部分、带错别字的写法、全拼（如 sanhuiyike）"
                    "或拼音首字母（如 shyk）；多个关键词用空格分隔，同时包含全部关键词的排在前面。")
    parser.add_argument("query", nargs="+", metavar="关键词", help="要搜索的内容，多个关键词用空格分隔")
    parser.add_argument("-n", "--limit", type=_positive, default=10, metavar="N", help="最多显示 N 条（默认 10）")
    parser.add_argument("--topic", metavar="主题", help="只搜索该主题的短语，例如 组织建设")
    parser.add_argument("--function", metavar="功能", help="只搜索该功能的短语，例如 措施、成效、计划")
    parser.add_argument("--json", action="store_true", help="以 JSON 数组输出（text、score、spans 等）")
    parser.add_argument("--corpus", type=Path, metavar="文件",
                        help="改为搜索该文本文件，每行一条（UTF-8、带 BOM 的 UTF-8 或 GBK 均可）")
    parser.set_defaults(run=run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"“{value}”不是正整数")
    return number


def run(args: argparse.Namespace) -> int:
    """Search and print the hits, highlighted on a terminal, or as JSON."""
    query = " ".join(args.query)
    if args.corpus is not None:
        if args.topic or args.function:
            raise QicaoError("--topic 和 --function 只用于搜索词库，不能与 --corpus 同时使用")
        lines = [line.strip() for line in read_text(args.corpus).split("\n")]
        numbers = [n for n, line in enumerate(lines, start=1) if line]
        hits: list[Hit] = list(PhraseIndex(lines[n - 1] for n in numbers).search(query, args.limit))
        records = [{**_record(h), "line": numbers[h.index]} for h in hits]
    else:
        index = BankIndex(load_bank())
        hits = list(index.search(query, args.limit, topic=args.topic, function=args.function))
        records = [_record(h) for h in hits]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("没有找到匹配的短语。")
        return 0
    marks = ANSI if sys.stdout.isatty() else BRACKETS
    for hit, record in zip(hits, records, strict=True):
        where = f"第 {record['line']} 行" if "line" in record else f"{record['id']} · {record['topic']} · {record['function']}"
        print(f"{hit.score:5.1f}  {highlight(hit.text, hit.spans, marks)}  （{where}）")
    return 0


def highlight(text: str, spans: list[tuple[int, int]], marks: tuple[str, str] = BRACKETS) -> str:
    """Return `text` with each span wrapped in the opening and closing marks."""
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts += [text[position:start], marks[0], text[start:end], marks[1]]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _record(hit: Hit) -> dict[str, Any]:
    record: dict[str, Any] = {"text": hit.text, "score": hit.score, "spans": [list(s) for s in hit.spans]}
    if isinstance(hit, BankHit):
        record.update(id=hit.id, topic=hit.topic, function=hit.function)
    return record
