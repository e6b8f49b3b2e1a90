"""`qicao app [--port N] [--host H]`: start the web app, bound to 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ..bank import load_bank
from ..store import open_database
from ..store.users import MODES
from ..templates import load_templates

APP = Path(__file__).resolve().parents[1] / "ui" / "app.py"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the `app` command."""
    parser = commands.add_parser("app", help="启动网页界面（默认只允许本机访问）",
                                 description="启动“起草”网页界面。默认只监听 127.0.0.1，不联网，不收集使用统计。")
    parser.add_argument("--port", type=int, default=8501, metavar="端口", help="端口号（默认 8501）")
    parser.add_argument("--host", default="127.0.0.1", metavar="地址",
                        help="监听地址（默认 127.0.0.1；团队共用时可设为 0.0.0.0）")
    parser.add_argument("--no-browser", action="store_true", help="不自动打开浏览器")
    parser.add_argument("--db", metavar="URL", help="数据库地址，如 postgresql://用户@主机/库 或 sqlite:///路径"
                        "（默认读取 QICAO_DB_URL / GONGWEN_DB_URL，否则用本机数据文件）")
    parser.add_argument("--users", choices=MODES, metavar="方式",
                        help="如何识别用户：single 单人本机（默认）、name 首次输入用户名、header 由反向代理的请求头给出")
    parser.set_defaults(run=run)


def streamlit_command(port: int, host: str, open_browser: bool) -> list[str]:
    """Return the command line that starts the app with offline-safe settings."""
    return [sys.executable, "-m", "streamlit", "run", str(APP),
            f"--server.address={host}", f"--server.port={port}",
            f"--server.headless={'false' if open_browser else 'true'}",
            "--server.showEmailPrompt=false", "--browser.gatherUsageStats=false",
            "--server.fileWatcherType=none", "--global.developmentMode=false",
            "--client.toolbarMode=minimal", f"--browser.serverAddress={host}", "--server.maxUploadSize=10"]


def run(args: argparse.Namespace) -> int:
    """Check the bank and templates, then run Streamlit until the user stops it."""
    load_bank()
    load_templates()
    if args.db:
        os.environ["QICAO_DB_URL"] = args.db
    if args.users:
        os.environ["QICAO_USER_MODE"] = args.users
    open_database().close()
    print(f"起草已启动：http://{args.host}:{args.port}　（按 Ctrl+C 停止）")
    try:
        return subprocess.call(streamlit_command(args.port, args.host, not args.no_browser))
    except KeyboardInterrupt:
        return 0
