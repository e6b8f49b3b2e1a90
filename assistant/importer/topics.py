"""Assign an imported sentence to one of the bank's topics, and guess what the sentence does."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..bank import Phrase

HEADING_MATCH = 90.0
_SLOT = re.compile(r"\{\{[^{}]*\}\}")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_RESULT = re.compile(r"\d+(?:\.\d+)?\s*(?:次|个|场|人|名|项|期|篇|条|件|家|户|万|亿|元|%|％|小时|课时)")
PROBLEM_WORDS = ("问题", "不足", "困难", "差距", "短板")
PLAN_WORDS = ("下一步", "计划", "打算", "思路", "努力方向", "工作要点", "明年")


def bigrams(text: str) -> list[str]:
    """Return the character bigrams of the Han characters of `text`."""
    han = _NOT_HAN.sub("", _SLOT.sub("", text))
    return [han[i:i + 2] for i in range(len(han) - 1)]


class TopicMatcher:
    """Topic profiles built from the bank's phrases; a sentence goes to its heading's or nearest topic."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for phrase in phrases:
            counts[phrase.topic].update(bigrams(phrase.text))
        self.topics = sorted(counts)
        documents = Counter(gram for profile in counts.values() for gram in profile)
        self._idf = {gram: math.log((1 + len(counts)) / (1 + n)) + 1 for gram, n in documents.items()}
        self._profiles = {topic: self._weigh(profile) for topic, profile in counts.items()}

    def assign(self, sentence: str, path: Sequence[str]) -> str:
        """Return the topic of a sentence under the headings `path` (outermost first)."""
        if not self.topics:
            return ""
        inner, outer = list(reversed(path[2:])), list(reversed(path[:2]))
        for heading in inner:
            if named := self._named(heading):
                return named
        if mentioned := self._mentioned(sentence):
            return mentioned
        for heading in outer:
            if named := self._named(heading):
                return named
        return self._nearest(" ".join([*path[1:], sentence]))

    def _mentioned(self, sentence: str) -> str:
        """Return the one topic (of three or more characters) the sentence names literally, else ''."""
        named = [topic for topic in self.topics if len(topic) >= 3 and topic in sentence]
        return named[0] if len(named) == 1 else ""

    def _named(self, heading: str) -> str:
        scored = [(fuzz.partial_ratio(topic, heading), topic) for topic in self.topics if len(topic) >= 2]
        score, topic = max(scored, default=(0.0, ""))
        return topic if score >= HEADING_MATCH else ""

    def _nearest(self, text: str) -> str:
        vector = self._weigh(Counter(bigrams(text)))
        return max(self.topics, key=lambda topic: _cosine(vector, self._profiles[topic]))

    def _weigh(self, counts: Counter[str]) -> dict[str, float]:
        weights = {gram: n * self._idf.get(gram, 0.0) for gram, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {gram: w / norm for gram, w in weights.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(gram, 0.0) for gram, weight in a.items())


def function_of(sentence: str, path: Sequence[str]) -> str:
    """Return the function of a sentence from its part heading and content (开头, 措施, 成效, 问题, 计划)."""
    part = path[0] if path else ""
    if not path:
        return "开头"
    if any(word in part for word in PROBLEM_WORDS):
        return "问题"
    if any(word in part for word in PLAN_WORDS):
        return "计划"
    return "成效" if _RESULT.search(sentence) else "措施"
