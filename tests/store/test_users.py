"""Who the user is: one local user, a typed name, or a reverse proxy's header."""

from __future__ import annotations

import pytest

from assistant.store import LOCAL_USER, Identity, StoreError


def test_single_mode_is_the_one_local_user() -> None:
    assert Identity().user(typed="bob") == LOCAL_USER


def test_name_mode_asks_until_a_valid_name_is_typed() -> None:
    identity = Identity("name")
    assert identity.user() is None
    assert identity.user(typed="张三") == "张三"
    with pytest.raises(StoreError, match="用户名"):
        identity.user(typed="a/b")


def test_header_mode_trusts_only_the_configured_header() -> None:
    identity = Identity("header", "X-Remote-User")
    assert identity.user(headers={"x-remote-user": "li.si"}, typed="other") == "li.si"
    with pytest.raises(StoreError, match="没有提供 X-Remote-User"):
        identity.user(headers={"Host": "x"})


def test_the_environment_chooses_the_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QICAO_USER_MODE", "header")
    monkeypatch.setenv("QICAO_USER_HEADER", "X-Forwarded-User")
    assert Identity.from_environment() == Identity("header", "X-Forwarded-User")
    monkeypatch.setenv("QICAO_USER_MODE", "everyone")
    with pytest.raises(StoreError, match="QICAO_USER_MODE"):
        Identity.from_environment()


def test_the_database_url_prefers_qicao_then_gongwen(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from assistant.store import database_url

    monkeypatch.setenv("QICAO_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("QICAO_DB_URL", raising=False)
    monkeypatch.delenv("GONGWEN_DB_URL", raising=False)
    assert database_url().endswith("/qicao.db") and database_url().startswith("sqlite:///")
    monkeypatch.setenv("GONGWEN_DB_URL", "postgresql://g@h/db")
    assert database_url() == "postgresql://g@h/db"
    monkeypatch.setenv("QICAO_DB_URL", "postgresql://q@h/db")
    assert database_url() == "postgresql://q@h/db"
