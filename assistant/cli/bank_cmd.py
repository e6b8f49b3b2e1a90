"""`qicao bank check [PATH]`: validate phrase packs and print coverage."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..bank import Bank, parse_sources, path_sources, shipped_sources


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `bank` command."""
    parser = commands.add_parser("bank", help="词库管理：检查词库文件", description="词库管理。")
    actions = parser.add_subparsers(dest="bank_action", required=True, metavar="操作",
                                    parser_class=type(parser))
    check = actions.add_parser("check", help="检查词库文件，报告全部问题并统计数量",
                               description="检查词库（默认为内置词库），逐条报告 文件:行 的问题，并按体裁/主题/功能统计。")
    check.add_argument("path", nargs="?", type=Path, metavar="路径", help="要检查的 .yaml 文件或文件夹（默认：内置词库）")
    check.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    """Check the packs, print every problem and the coverage; exit 1 when there is a problem."""
    sources = path_sources(args.path) if args.path else shipped_sources()
    phrases, problems = parse_sources(sources)
    for problem in problems:
        print(problem)
    bank = Bank(phrases)
    print(f"共 {len(sources)} 个文件，{len(bank)} 条有效短语，{len(problems)} 处问题。")
    counts = bank.counts()
    for title, key in (("按体裁", "genre"), ("按主题", "topic"), ("按功能", "function"),
                       ("按体裁/主题/功能", "genre/topic/function")):
        print(f"\n{title}：")
        for name, count in sorted(counts[key].items()):
            print(f"  {name}\t{count}")
    return 1 if problems else 0
