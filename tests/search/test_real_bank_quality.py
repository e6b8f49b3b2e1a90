"""Search quality on the shipped bank: recall@5 of labelled queries that office staff would type."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.bank import Bank, Phrase, load_bank
from assistant.search import BankHit, BankIndex

QUERIES_FILE = Path(__file__).with_name("real_bank_queries.yaml")
KINDS = ("typo", "initials", "pinyin", "fragment", "keywords", "mixed")
TOP = 5
MINIMUM_RECALL = 0.95


@dataclass(frozen=True)
class Labelled:
    """A query and what one of its top hits must be: texts it contains, its topic, its id."""

    query: str
    kind: str
    texts: tuple[str, ...] = ()
    topic: str | None = None
    id: str | None = None

    def accepts(self, phrase: Phrase) -> bool:
        """Return whether `phrase` is a right answer to the query."""
        return (all(t in phrase.text for t in self.texts) and self.topic in (None, phrase.topic)
                and self.id in (None, phrase.id))


def _labelled(entry: dict[str, Any]) -> Labelled:
    texts = entry.get("expect_text", [])
    return Labelled(query=str(entry["query"]), kind=str(entry["kind"]),
                    texts=(texts,) if isinstance(texts, str) else tuple(str(t) for t in texts),
                    topic=entry.get("expect_topic"), id=entry.get("expect_id"))


def load_queries() -> list[Labelled]:
    """Return the labelled queries of the YAML file, in file order."""
    data = yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))
    return [_labelled(entry) for entry in data["queries"]]


QUERIES = load_queries()


@pytest.fixture(scope="module")
def shipped_bank() -> Bank:
    """Return the shipped bank."""
    return load_bank()


@pytest.fixture(scope="module")
def shipped_index(shipped_bank: Bank) -> BankIndex:
    """Return the index over the shipped bank."""
    return BankIndex(shipped_bank)


def found(query: Labelled, hits: Iterable[BankHit]) -> bool:
    """Return whether a right answer is among `hits`."""
    return any(hit.phrase is not None and query.accepts(hit.phrase) for hit in hits)


def recall_table(index: BankIndex, queries: list[Labelled]) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Return per kind and 'overall' (found, asked) at top 5, and a line per missed query with its hits."""
    table: dict[str, tuple[int, int]] = {}
    misses: list[str] = []
    for query in queries:
        hits = index.search(query.query, limit=TOP)
        ok = found(query, hits)
        for key in (query.kind, "overall"):
            hit_count, asked = table.get(key, (0, 0))
            table[key] = (hit_count + ok, asked + 1)
        if not ok:
            misses.append(f"{query.kind:9} {query.query!r} -> {[h.text[:24] for h in hits]}")
    return table, misses


def format_table(table: dict[str, tuple[int, int]]) -> str:
    """Return the table as lines of kind, found/asked and recall@5."""
    keys = [k for k in (*KINDS, "overall") if k in table]
    return "\n".join(f"{key:9} {table[key][0]:3d}/{table[key][1]:<3d} {table[key][0] / table[key][1]:.3f}"
                     for key in keys)


def test_the_set_has_80_queries_or_more_of_every_kind() -> None:
    assert len(QUERIES) >= 80
    assert {q.kind for q in QUERIES} == set(KINDS)
    assert len({q.query for q in QUERIES}) == len(QUERIES), "a query is listed twice"
    assert all(q.texts or q.topic or q.id for q in QUERIES), "a query expects nothing"


@pytest.mark.parametrize("query", QUERIES, ids=[q.query for q in QUERIES])
def test_every_label_names_phrases_of_the_shipped_bank(shipped_bank: Bank, query: Labelled) -> None:
    assert any(query.accepts(p) for p in shipped_bank.phrases), f"no shipped phrase fits the label of {query}"


def test_recall_at_5_on_the_shipped_bank_is_at_least_095(shipped_index: BankIndex) -> None:
    table, misses = recall_table(shipped_index, QUERIES)
    found_count, asked = table["overall"]
    assert found_count / asked >= MINIMUM_RECALL, (
        f"recall@{TOP} below {MINIMUM_RECALL}:\n{format_table(table)}\nmissed:\n" + "\n".join(misses))
