"""The Bank: the validated set of phrases, with lookups by id, group and filters."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import DataError
from .loader import Source, parse_sources, path_sources, shipped_sources
from .model import Phrase


class Bank:
    """An immutable, validated collection of phrases."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.phrases: tuple[Phrase, ...] = tuple(phrases)
        self._by_id = {p.id: p for p in self.phrases}
        groups: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in self.phrases:
            if phrase.group:
                groups[phrase.group].append(phrase)
        self._groups = {name: tuple(members) for name, members in groups.items()}

    def __len__(self) -> int:
        return len(self.phrases)

    def __getitem__(self, phrase_id: str) -> Phrase:
        return self._by_id[phrase_id]

    def __contains__(self, phrase_id: object) -> bool:
        return phrase_id in self._by_id

    def group(self, name: str, year: int | None = None) -> tuple[Phrase, ...]:
        """Return the variants of a group that are valid in `year`, in file order."""
        return tuple(p for p in self._groups.get(name, ()) if p.valid_in(year))

    def group_names(self) -> list[str]:
        """Return the names of every variant group."""
        return list(self._groups)

    def filter(self, *, genre: str | None = None, topic: str | None = None, function: str | None = None,
               tag: str | None = None, year: int | None = None) -> list[Phrase]:
        """Return the phrases matching every filter given."""
        return [p for p in self.phrases
                if (genre is None or genre in p.genres) and (topic is None or p.topic == topic)
                and (function is None or p.function == function) and (tag is None or tag in p.tags)
                and p.valid_in(year)]

    def counts(self) -> dict[str, Counter[str]]:
        """Return phrase counts per genre, topic, function and genre/topic/function."""
        result: dict[str, Counter[str]] = {"genre": Counter(), "topic": Counter(), "function": Counter(),
                                           "genre/topic/function": Counter()}
        for p in self.phrases:
            result["topic"][p.topic] += 1
            result["function"][p.function] += 1
            for genre in p.genres:
                result["genre"][genre] += 1
                result["genre/topic/function"][f"{genre} / {p.topic} / {p.function}"] += 1
        return result


def load_bank(extra: Iterable[Path] = (), *, shipped: bool = True) -> Bank:
    """Return the bank of the shipped packs plus `extra` paths; raise DataError listing every problem."""
    sources: list[Source] = shipped_sources() if shipped else []
    for path in extra:
        sources.extend(path_sources(path))
    phrases, problems = parse_sources(sources)
    if problems:
        raise DataError(problems, "词库有误，请修改后重试")
    return Bank(phrases)
