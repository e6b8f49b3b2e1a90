"""`qicao draft ANSWERS.yaml [-o FILE]`: draft a document in batch from an answers file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..bank import load_bank
from ..compose import compose
from ..errors import QicaoError
from ..export import PROFILES, format_for_path, render, render_text
from ..session.answers_file import load_answers
from ..templates import load_templates
from ..textio import read_text


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `draft` command."""
    parser = commands.add_parser(
        "draft", help="按答案文件批量生成草稿",
        description="读取答案文件（*.answers.yaml：模板、年份、单位、栏目和各题回答），生成草稿。\n"
                    "示例答案文件见 phrasebank/templates/<模板>/ 下的 *.answers.yaml。")
    parser.add_argument("answers", type=Path, metavar="答案文件", help="答案文件路径（UTF-8 或 GBK 编码的 YAML）")
    parser.add_argument("-o", "--output", type=Path, metavar="输出文件",
                        help="写入文件，按扩展名选择格式：.docx（GB/T 9704 排版）、.html、.txt、.md（默认输出纯文本到屏幕）")
    parser.add_argument("--fonts", choices=list(PROFILES), default="gb2312", metavar="字体方案",
                        help="Word 字体方案：gb2312（仿宋_GB2312、方正小标宋简体，默认）或 windows（仿宋、宋体）")
    parser.add_argument("--seed", type=int, metavar="N", help="措辞种子：换一个数字得到另一种说法")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the draft from the answers file and write it out."""
    template, state = load_answers(read_text(args.answers), str(args.answers), load_templates())
    if args.seed is not None:
        state.seed = args.seed
    draft = compose(template, load_bank(), state)
    if args.output is None:
        sys.stdout.write(render_text(draft))
        return 0
    data = render(draft, format_for_path(args.output), fonts=args.fonts)
    try:
        args.output.write_bytes(data)
    except OSError as exc:
        raise QicaoError(f"无法写入 {args.output}（{exc.strerror or exc}）") from exc
    print(f"已生成：{args.output}")
    return 0
