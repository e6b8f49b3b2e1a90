"""End to end in real headless Chromium: start the app, answer the interview, copy rich text, download .docx."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.state import DraftState
from assistant.store import DB_FILE, LOCAL_USER, SqlDraftStore, open_database, sqlite_url

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="未安装 Chromium（Debian 软件包 chromium），无法进行浏览器测试")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """Run `qicao app` on a free port with its own data folder; yield its URL and that folder."""
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    env = dict(os.environ, QICAO_DATA_DIR=str(data))
    started = time.monotonic()
    log = (data / "app.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "assistant", "app", "--port", str(port), "--no-browser"],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        while time.monotonic() - started < 30:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        ready = time.monotonic() - started
        assert ready < 5, f"the app should be ready in under 5 s, took {ready:.1f} s"
        yield url, data
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def test_interview_copy_and_download(server: tuple[str, Path], tmp_path: Path) -> None:
    from docx import Document
    from playwright.sync_api import expect, sync_playwright

    url, data = server
    state = DraftState("party_summary", 2026, "市直机关第一党支部", ["political", "problems", "plans"])
    draft_id = SqlDraftStore(open_database(sqlite_url(data / DB_FILE)), LOCAL_USER).create(state, "草稿")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1500, "height": 1100})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
        page = context.new_page()
        page.goto(f"{url}/?d={draft_id}")
        chat = page.get_by_placeholder("输入回答")
        for answer, echo in [("十二次", "已记录：12次。"), ("好多", "不是一个数字"), ("4", "已记录：4次。"),
                             ("理论学习、组织建设", "已记录：理论学习和组织建设。"), ("全部", "已记录："),
                             ("2026年12月25日", "问题都已回答完毕")]:
            chat.fill(answer)
            chat.press("Enter")
            expect(page.get_by_text(echo).last).to_be_visible(timeout=15000)
        expect(page.get_by_text("2026年12月25日").last).to_be_visible()
        page.get_by_role("button", name="复制到 Word").click()
        expect(page.get_by_text("已复制")).to_be_visible(timeout=10000)
        html = page.evaluate("""async () => {
            const items = await navigator.clipboard.read();
            const blob = await items[0].getType('text/html');
            return await blob.text();
        }""")
        assert "市直机关第一党支部" in html and "12次" in html and "仿宋" in html
        with page.expect_download() as download:
            page.get_by_role("button", name="下载 Word（.docx）").click()
        target = tmp_path / "draft.docx"
        download.value.save_as(target)
        browser.close()
    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    assert any("12次" in p for p in paragraphs)
    assert "市直机关第一党支部" in paragraphs and "2026年12月25日" in paragraphs


def test_the_start_page_creates_a_draft_with_its_own_url(server: tuple[str, Path]) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, _ = server
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(url)
        page.get_by_label("单位名称").fill("县交通运输局党支部")
        page.get_by_role("button", name="开始起草").click()
        expect(page.get_by_text("第1/")).to_be_visible(timeout=15000)
        assert "?d=" in page.url
        page.reload()
        expect(page.get_by_text("已打开草稿")).to_be_visible(timeout=15000)
        browser.close()
