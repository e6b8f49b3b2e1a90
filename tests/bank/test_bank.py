"""The Bank answers lookups by id, variant group and filters, honouring validity years."""

from __future__ import annotations

from assistant.bank import Source, parse_sources
from assistant.bank.bank import Bank

PACK = """\
genre: party_summary
topic: 主题教育
phrases:
  - id: c.2023
    function: 措施
    group: c
    since: 2023
    until: 2023
    text: 扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。
  - id: c.2024
    function: 措施
    group: c
    since: 2024
    until: 2024
    text: 扎实开展党纪学习教育。
  - id: any
    function: 计划
    tags: [长效机制]
    text: 持续巩固拓展学习教育成果。
"""


def bank() -> Bank:
    phrases, problems = parse_sources([Source("p.yaml", PACK.encode())])
    assert problems == []
    return Bank(phrases)


def test_a_group_offers_only_the_variants_valid_in_the_year() -> None:
    assert [p.id for p in bank().group("c", 2023)] == ["c.2023"]
    assert [p.id for p in bank().group("c", 2024)] == ["c.2024"]
    assert bank().group("c", 2026) == ()


def test_filters_combine() -> None:
    assert [p.id for p in bank().filter(function="计划")] == ["any"]
    assert [p.id for p in bank().filter(tag="长效机制", year=2026)] == ["any"]
    assert [p.id for p in bank().filter(topic="主题教育", year=2024)] == ["c.2024", "any"]


def test_it_counts_per_genre_topic_and_function() -> None:
    counts = bank().counts()
    assert counts["function"]["措施"] == 2
    assert counts["genre/topic/function"]["party_summary / 主题教育 / 计划"] == 1


def test_years_label_says_the_years() -> None:
    assert bank()["c.2023"].years_label == "2023年"
    assert bank()["any"].years_label == ""
