"""A draft store of JSON files in one folder, written atomically so a crash never leaves half a file."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import tempfile
from pathlib import Path
from typing import Any

from ..state import DraftState
from .base import DraftInfo, StoreError, check_id


class FileDraftStore:
    """Drafts as `<id>.json` files under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def create(self, state: DraftState, title: str) -> str:
        """Store a new draft and return its id."""
        draft_id = secrets.token_urlsafe(9)
        self.save(draft_id, state, title)
        return draft_id

    def load(self, draft_id: str) -> DraftState:
        """Return the draft's state; raise StoreError if it is missing or unreadable."""
        record = self._read(self._path(draft_id))
        try:
            return DraftState.from_dict(record["state"])
        except (KeyError, TypeError) as exc:
            raise StoreError(f"草稿 {draft_id} 的文件已损坏，无法打开（{self._path(draft_id)}）") from exc

    def save(self, draft_id: str, state: DraftState, title: str) -> None:
        """Replace the draft's file atomically."""
        record = {"title": title, "updated": dt.datetime.now().isoformat(timespec="seconds"),
                  "state": state.to_dict()}
        path = self._path(draft_id)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.root, suffix=".tmp",
                                             delete=False) as handle:
                json.dump(record, handle, ensure_ascii=False, indent=1)
            os.replace(handle.name, path)
        except OSError as exc:
            raise StoreError(f"无法保存草稿到 {path}（{exc.strerror or exc}）") from exc

    def list(self) -> list[DraftInfo]:
        """Return every readable draft, most recently saved first."""
        infos = []
        for path in self.root.glob("*.json") if self.root.exists() else []:
            try:
                record = self._read(path)
            except StoreError:
                continue
            infos.append(DraftInfo(path.stem, str(record.get("title", "")), str(record.get("updated", ""))))
        return sorted(infos, key=lambda info: info.updated, reverse=True)

    def _path(self, draft_id: str) -> Path:
        return self.root / f"{check_id(draft_id)}.json"

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise StoreError(f"找不到草稿 {path.stem}") from exc
        except (OSError, ValueError) as exc:
            raise StoreError(f"草稿文件 {path} 无法读取或已损坏") from exc
        if not isinstance(record, dict):
            raise StoreError(f"草稿文件 {path} 已损坏")
        return record
