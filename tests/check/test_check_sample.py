"""The real 范文 sample: its genuine defects are found, its correct formulations are not flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.check import check_text

SAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "000_56c70b57f5e8e916.txt"


@pytest.fixture(scope="module")
def sample() -> str:
    if not SAMPLE.exists():
        pytest.skip(f"the shared sample is not beside the repository: {SAMPLE}")
    return SAMPLE.read_text(encoding="utf-8")


def test_it_finds_every_real_defect_of_the_sample(sample: str) -> None:
    found = sorted((f.rule, sample[f.start:f.end], f.suggestion) for f in check_text(sample))
    assert found == sorted([
        ("placeholder", "XXX", None), ("placeholder", "XXX", None), ("placeholder", "XXX", None),
        ("placeholder", "XXX", None), ("placeholder", "某某", None), ("placeholder", "某某", None),
        ("residue", "##paidbegin##", ""), ("residue", "##paidend##", ""),
        ("doubled-punct", "，，", "，"), ("doubled-char", "个个", "个"),
        ("term-typo", "党委织", "党组织"), ("term-typo", "党委织", "党组织"), ("term-typo", "不取腐", "不敢腐"),
        ("term-typo", "真碰硬", "动真碰硬"), ("formulation", "重实效", "重实践"),
    ])


def test_it_reads_the_sample_as_a_2023_document(sample: str) -> None:
    assert not [f for f in check_text(sample) if f.rule == "outdated"]
    assert [f.rule for f in check_text(sample, year=2026) if f.rule == "outdated"] == []
