"""An argparse parser whose own words (usage, headings, help flag, errors) are Chinese."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help formatter that says 用法 instead of usage."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class ChineseParser(argparse.ArgumentParser):
    """ArgumentParser with Chinese headings, a Chinese -h and Chinese error lines."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：参数错误：{message}\n")
