"""Quality gates over the whole shipped bank: size, coverage, variety, punctuation, placeholders."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from assistant.bank import Bank, load_bank
from assistant.check import check_text
from assistant.jinja import slot_names
from assistant.templates import load_templates

SLOT = re.compile(r"\{\{\s*[^}]+\}\}")
HALF_WIDTH_BETWEEN_CHINESE = re.compile(r"[\u4e00-\u9fff][,;:?!()\"][\u4e00-\u9fff]")
PARTY_TOPICS_WITH_PROBLEMS = ["political", "theory", "ideology", "organization", "members", "brand", "style",
                              "integrity", "responsibility", "mass", "volunteer"]


@cache
def bank() -> Bank:
    return load_bank()


def plain(text: str) -> str:
    """Return a phrase with its slots replaced by a neutral value, as a reader would see it."""
    return SLOT.sub("3", text)


def test_the_bank_holds_at_least_1200_phrases_for_four_genres() -> None:
    counts = bank().counts()["genre"]
    assert sum(counts.values()) >= 1200
    assert {"party_summary", "work_summary", "debriefing", "work_plan"} <= set(counts)


def test_party_topics_have_eight_problems_and_eight_plans_each() -> None:
    thin = {f"party.{key}.{kind}": len(bank().group(f"party.{key}.{kind}"))
            for key in PARTY_TOPICS_WITH_PROBLEMS for kind in ("problem", "plan")}
    assert {group: n for group, n in thin.items() if n < 8} == {}


def test_every_content_group_a_template_uses_can_regenerate_twice() -> None:
    """Each sentence group offers three wordings in 2026 (or, if time-bound to past years, in its year)."""
    thin: dict[str, int] = {}
    for template in load_templates().values():
        groups = {r.group for s in template.sections for p in (*s.points, *s.items) for r in p.sentences}
        groups |= {r.group for r in (*template.opening, *template.closing)}
        for group in groups:
            members = bank().group(group)
            years = Counter(y for p in members for y in range(p.since or 2019, (p.until or 2030) + 1))
            best = years[2026] if 2026 in years else max(years.values())
            if best < 3:
                thin[group] = best
    assert thin == {}


def test_no_two_phrases_are_near_copies_unless_they_are_variants() -> None:
    phrases = [p for p in bank().phrases if p.function != "标题"]
    texts = [plain(p.text) for p in phrases]
    scores = cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=90, dtype=np.uint8, workers=-1)
    pairs = [(phrases[i].id, phrases[j].id) for i, j in zip(*np.nonzero(scores), strict=True)
             if i < j and phrases[i].group != phrases[j].group]
    assert pairs == []


def test_phrases_use_full_width_punctuation_and_carry_no_placeholders() -> None:
    bad = [p.id for p in bank().phrases if HALF_WIDTH_BETWEEN_CHINESE.search(p.text)
           or re.search(r"XX|××|某某|【待补】|TODO", p.text)]
    assert bad == []


def test_sentences_end_with_a_stop_and_headings_do_not() -> None:
    endings = ("。", "：", "！", "？")
    bad = [p.id for p in bank().phrases
           if (p.function == "标题") == plain(p.text).endswith(endings)]
    assert bad == []


def test_the_proofreader_finds_no_error_in_any_phrase() -> None:
    errors = [(p.id, f.message) for p in bank().phrases
              for f in check_text(plain(p.text), year=p.since or p.until) if f.severity == "error"]
    assert errors == []


def test_slots_are_named_and_declared() -> None:
    assert all(set(slot_names(p.text)) == set(p.slots) for p in bank().phrases)


def test_time_bound_campaign_phrases_carry_their_years() -> None:
    campaigns = ("党纪学习教育", "主题教育", "深入贯彻中央八项规定精神学习教育", "党史学习教育", "不忘初心、牢记使命")
    undated = [p.id for p in bank().phrases if any(c in p.text for c in campaigns) and p.until is None
               and "学习教育成果" not in p.text]
    assert undated == []


def test_every_party_topic_has_eight_measures_and_eight_results() -> None:
    counts = bank().counts()["genre/topic/function"]
    topics = {p.topic for p in bank().phrases if "party_summary" in p.genres and p.function in ("措施", "成效")}
    thin = {f"{t}/{f}": counts[f"party_summary / {t} / {f}"] for t in topics for f in ("措施", "成效")
            if counts[f"party_summary / {t} / {f}"] < 8}
    assert len(topics) >= 12 and thin == {}
