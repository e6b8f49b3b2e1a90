"""Plain text out of the files users check: .txt, .md (any supported encoding) and .docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import QicaoError
from ..textio import decode

TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def extract_text(data: bytes, filename: str) -> str:
    """Return the plain text of a file's bytes; .docx paragraphs are joined with line breaks."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".docx":
        return _docx_text(data, filename)
    if suffix in TEXT_SUFFIXES or not suffix:
        return decode(data, filename)
    if suffix in (".doc", ".wps"):
        raise QicaoError(f"{filename}: 暂不支持 {suffix} 格式，请在 Word/WPS 中另存为 .docx 后再校对")
    raise QicaoError(f"{filename}: 不支持的文件类型“{suffix}”，请使用 .txt、.md 或 .docx 文件")


def _docx_text(data: bytes, filename: str) -> str:
    from docx import Document  # deferred: python-docx and lxml load only for Word files

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise QicaoError(f"{filename}: 无法读取 Word 文件，文件可能已损坏或并非 .docx 格式") from exc
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def read_file(path: Path) -> str:
    """Return the plain text of the file at `path`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QicaoError(f"{path}: 无法读取文件（{exc.strerror or exc}）") from exc
    return extract_text(data, path.name)
