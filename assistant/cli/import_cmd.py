"""`qicao import FILE...`: read past documents into candidate phrases; --accept adds them to the personal pack."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from ..bank import load_bank
from ..errors import QicaoError
from ..importer import ImportResult, accept, analyse
from ..store import LOCAL_USER, PersonalPhrases, open_database

GENRES = ("party_summary", "work_summary", "debriefing")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `import` command."""
    parser = commands.add_parser(
        "import", help="导入往年文稿：拆分成句、归入主题，审阅后加入个人词库",
        description="读取往年的 .docx/.txt/.md 文稿，按标题层级（一、（一）1.（1））拆分成句，去掉网页残留、"
                    "把占位符改为待填项，归入词库主题，并剔除与词库近似重复的句子。默认只列出候选句；"
                    "加 --accept 才把未标记重复的句子加入个人词库。")
    parser.add_argument("files", nargs="+", type=Path, metavar="文件", help="要导入的文稿（.docx、.txt 或 .md）")
    parser.add_argument("--genre", choices=GENRES, metavar="文种",
                        help=f"文种（{'、'.join(GENRES)}；默认按标题判断）")
    parser.add_argument("--accept", action="store_true", help="把候选句（不含重复和有问题的）加入个人词库")
    parser.add_argument("--db", metavar="URL", help="数据库地址（默认读取 QICAO_DB_URL，否则用本机数据文件）")
    parser.add_argument("--user", default=LOCAL_USER, metavar="用户", help=f"加入谁的个人词库（默认 {LOCAL_USER}）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出候选句")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Analyse each file, print its candidates, and add them when asked."""
    bank = load_bank()
    personal = PersonalPhrases(open_database(args.db), args.user)
    results = [analyse(_read(path), path.name, bank, args.genre, personal.list()) for path in args.files]
    if args.json:
        print(json.dumps([{"file": r.filename, "genre": r.genre, "candidates": [asdict(c) for c in r.candidates]}
                          for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            _print(result)
    if args.accept:
        for result in results:
            added = accept(result, personal, bank)
            print(f"已把《{result.title or result.filename}》的 {added} 条短语加入 {args.user} 的个人词库。")
    elif not args.json:
        print("以上为候选句，未做任何保存；确认后加 --accept 加入个人词库。")
    return 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise QicaoError(f"{path}: 无法读取文件（{exc.strerror or exc}）") from exc


def _print(result: ImportResult) -> None:
    kept = len(result.accepted())
    print(f"《{result.title or result.filename}》（{result.filename}，文种 {result.genre}）："
          f"{len(result.candidates)} 句，拟加入 {kept} 句")
    for candidate in result.candidates:
        mark = "＋" if candidate.accept else "－"
        notes = [*candidate.notes]
        if candidate.duplicate_of:
            notes.append(f"与 {candidate.duplicate_of} 近似重复")
        if candidate.problem:
            notes.append(candidate.problem)
        extra = f"　〔{'；'.join(notes)}〕" if notes else ""
        print(f"{mark} 第{candidate.line}行 [{candidate.topic}·{candidate.function}] {candidate.text}{extra}")
