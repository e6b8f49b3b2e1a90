"""Every page renders without an exception, in Chinese."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

PAGES = ["pages/draft.py", "pages/search.py", "pages/check.py", "pages/drafts.py", "pages/phrases.py",
         "pages/import_docs.py"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app: Callable[[], AppTest], page: str) -> None:
    at = app()
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    assert at.title and any("\u4e00" <= ch <= "\u9fff" for ch in at.title[0].value)


def test_the_search_page_finds_phrases_by_initials(app: Callable[[], AppTest]) -> None:
    at = app()
    at.run()
    at.switch_page("pages/search.py").run()
    at.text_input(key="page_query").input("shyk").run()
    assert any("三会一课" in m.value for m in at.markdown)
