"""AppTest steps shared by the UI tests: start a draft from the start page, send a chat message."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def start(at: AppTest, unit: str, sections: list[str]) -> AppTest:
    """Run the app, start a party-branch draft for `unit` with `sections`, and return the app."""
    at.run()
    assert at.selectbox(key="setup_template").value == "party_summary", "the main genre comes first"
    at.text_input(key="setup_unit").input(unit)
    at.multiselect(key="setup_sections_party_summary").set_value(sections)
    at.button(key="setup_start").click().run()
    assert not at.exception
    return at


def say(at: AppTest, text: str) -> AppTest:
    """Send `text` in the chat."""
    at.chat_input(key="chat_input").set_value(text).run()
    assert not at.exception
    return at
