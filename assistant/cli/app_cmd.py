"""`qicao app [--port N] [--host H]`: start the web app, bound to 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from ..bank import load_bank
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
    parser.set_defaults(run=run)


def streamlit_command(port: int, host: str, open_browser: bool) -> list[str]:
    """Return the command line that starts the app with offline-safe settings."""
    return [sys.executable, "-m", "streamlit", "run", str(APP),
            f"--server.address={host}", f"--server.port={port}",
            f"--server.headless={'false' if open_browser else 'true'}",
            "--server.showEmailPrompt=false", "--browser.gatherUsageStats=false",
            "--server.fileWatcherType=none", "--global.developmentMode=false",
            "--client.toolbarMode=minimal", f"--browser.serverAddress={host}"]


def run(args: argparse.Namespace) -> int:
    """Check the bank and templates, then run Streamlit until the user stops it."""
    load_bank()
    load_templates()
    print(f"起草已启动：http://{args.host}:{args.port}　（按 Ctrl+C 停止）")
    try:
        return subprocess.call(streamlit_command(args.port, args.host, not args.no_browser))
    except KeyboardInterrupt:
        return 0
