"""Who the user is: one local user by default; on a shared server a name or a proxy header says so."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .base import StoreError

LOCAL_USER = "local"
USER_NAME = re.compile(r"^[\w.@-]{1,64}$")
MODES = ("single", "name", "header")
DEFAULT_HEADER = "X-Remote-User"


def check_user(name: str) -> str:
    """Return the user name if it is well formed; raise StoreError otherwise."""
    name = (name or "").strip()
    if not USER_NAME.match(name):
        raise StoreError(f"用户名“{name}”无效：请使用 1–64 个汉字、字母、数字或 . _ - @")
    return name


@dataclass(frozen=True)
class Identity:
    """How the app learns who is using it: `single` (one local user), `name` (typed once) or `header`."""

    mode: str = "single"
    header: str = DEFAULT_HEADER

    @classmethod
    def from_environment(cls) -> Identity:
        """Return the identity settings of QICAO_USER_MODE and QICAO_USER_HEADER."""
        mode = os.environ.get("QICAO_USER_MODE", "single").strip().lower() or "single"
        if mode not in MODES:
            raise StoreError(f"QICAO_USER_MODE“{mode}”无效（可用：{'、'.join(MODES)}）")
        return cls(mode, os.environ.get("QICAO_USER_HEADER", DEFAULT_HEADER).strip() or DEFAULT_HEADER)

    def user(self, *, typed: str | None = None, headers: dict[str, str] | None = None) -> str | None:
        """Return the user of a request, or None when a name still has to be asked for."""
        if self.mode == "single":
            return LOCAL_USER
        if self.mode == "header":
            value = _header(headers or {}, self.header)
            if not value:
                raise StoreError(f"未能识别用户：反向代理没有提供 {self.header} 请求头，请联系管理员")
            return check_user(value)
        return check_user(typed) if typed else None


def _header(headers: dict[str, str], name: str) -> str:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), "").strip()
