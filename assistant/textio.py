"""Read the text files users really have: UTF-8, UTF-8 with BOM, or GB18030/GBK."""

from __future__ import annotations

from pathlib import Path

from .errors import QicaoError

_ENCODINGS = ("utf-8-sig", "gb18030")


def decode(data: bytes, name: str = "输入") -> str:
    """Return the text of `data`, trying UTF-8 (with or without BOM) then GB18030."""
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise QicaoError(f"{name}: 无法识别文件编码，请另存为 UTF-8 或 GBK 后重试")


def read_text(path: Path) -> str:
    """Return the text of the file at `path`, whatever encoding of the supported ones it uses."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QicaoError(f"{path}: 无法读取文件（{exc.strerror or exc}）") from exc
    return decode(data, str(path))
