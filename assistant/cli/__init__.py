"""The `qicao` command: a thin skin over the library; each subcommand lives in its own module."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..errors import QicaoError
from . import app_cmd, bank_cmd, check_cmd, draft_cmd, import_cmd, search_cmd, templates_cmd
from .parser import ChineseParser

COMMANDS = [app_cmd, draft_cmd, templates_cmd, search_cmd, check_cmd, import_cmd, bank_cmd]


def build_parser() -> ChineseParser:
    """Return the parser with every subcommand registered."""
    parser = ChineseParser(prog="qicao", description="起草：离线公文起草助手。")
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令", parser_class=ChineseParser)
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; print user errors in Chinese without a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except QicaoError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
