"""`qicao templates`: list the genres with their sections and prompts."""

from __future__ import annotations

import argparse

from ..templates import PROMPT_TYPES, load_templates


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `templates` command."""
    parser = commands.add_parser("templates", help="列出可用的文种模板及其栏目和问题",
                                 description="列出每个文种模板：栏目（* 为默认选中）和每个栏目要回答的问题。")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print every template."""
    for template in load_templates().values():
        print(f"{template.name}（{template.id}）")
        if template.description:
            print(f"  {template.description}")
        for section in template.sections:
            mark = "*" if section.default else " "
            print(f"  {mark} {section.name}（{section.key}）")
            for prompt in section.prompts:
                print(f"      - {prompt.question} [{PROMPT_TYPES[prompt.type]}，答案名：{prompt.name}]")
        for prompt in template.prompts:
            print(f"    文档：{prompt.question} [{PROMPT_TYPES[prompt.type]}，答案名：{prompt.name}]")
        print()
    return 0
