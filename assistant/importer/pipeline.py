"""Import past documents: read, outline, split, clean, assign topics, drop near-duplicates, then accept."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from ..bank import Bank, Phrase
from ..check import extract_text, infer_year
from ..errors import DataError, QicaoError
from ..jinja import SlotError, slot_names
from ..store import PersonalPhrases
from ..store.packfile import validate
from ..store.phrases import conflicts, new_id
from .clean import clean
from .outline import parse
from .sentences import MIN_CHARS, split
from .topics import TopicMatcher, function_of

SUFFIXES = (".docx", ".txt", ".md")
MAX_BYTES = 5 * 1024 * 1024
NEAR_DUPLICATE = 88.0
_PUNCTUATION = re.compile(r"[\s\W_]+")


class ImportRefused(QicaoError):
    """A file the importer will not read (wrong type, too large, unreadable)."""


@dataclass
class Candidate:
    """A sentence proposed for the personal pack, with what the importer found out about it."""

    text: str
    topic: str
    function: str
    heading: str
    line: int
    notes: tuple[str, ...] = ()
    duplicate_of: str = ""
    problem: str = ""
    accept: bool = True


@dataclass
class ImportResult:
    """The candidates of one document, in document order."""

    filename: str
    title: str
    genre: str
    candidates: list[Candidate] = field(default_factory=list)

    def accepted(self) -> list[Candidate]:
        """Return the candidates the user keeps."""
        return [c for c in self.candidates if c.accept]


def check_upload(filename: str, size: int) -> None:
    """Refuse, in Chinese, a file of the wrong type or over the size limit."""
    suffix = Path(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportRefused(f"“{filename}”的类型不支持：只能导入 .docx、.txt 或 .md 文件"
                            + ("（.doc/.wps 请先在 Word/WPS 中另存为 .docx）" if suffix in (".doc", ".wps") else ""))
    if size > MAX_BYTES:
        raise ImportRefused(f"“{filename}”太大（{size / 1024 / 1024:.1f} MB），单个文件不能超过 "
                            f"{MAX_BYTES // 1024 // 1024} MB")
    if size == 0:
        raise ImportRefused(f"“{filename}”是空文件")


def guess_genre(title: str) -> str:
    """Return the genre a document's title suggests: debriefing, party_summary or work_summary."""
    if "述职" in title:
        return "debriefing"
    if "党" in title or "支部" in title:
        return "party_summary"
    return "work_summary"


def analyse(data: bytes, filename: str, bank: Bank, genre: str | None,
            personal: Sequence[Phrase] = (), year: int | None = None) -> ImportResult:
    """Return the candidates of a document for `genre` (None: guessed from the title), cleaned and marked."""
    check_upload(filename, len(data))
    text = extract_text(data, filename)
    outline = parse(text)
    genre = genre or guess_genre(outline.title)
    year = year if year is not None else infer_year(text)
    in_genre = [p for p in bank.phrases if genre in p.genres] + [p for p in personal if genre in p.genres]
    matcher = TopicMatcher([p for p in bank.phrases if genre in p.genres] or bank.phrases)
    known = _Known(in_genre)
    result = ImportResult(filename, outline.title, genre)
    for paragraph in outline.paragraphs:
        for sentence in split(paragraph.text):
            cleaned = clean(sentence, year)
            if len(cleaned.text) < MIN_CHARS:
                continue
            candidate = Candidate(cleaned.text, matcher.assign(cleaned.text, paragraph.path),
                                  function_of(cleaned.text, paragraph.path),
                                  " / ".join(h for h in paragraph.path if h), paragraph.line, cleaned.notes)
            candidate.duplicate_of = known.near(cleaned.text)
            candidate.problem = _problem(candidate, genre)
            candidate.accept = not candidate.duplicate_of and not candidate.problem
            known.add(cleaned.text, f"本文第 {paragraph.line} 行")
            result.candidates.append(candidate)
    return result


def accept(result: ImportResult, personal: PersonalPhrases, bank: Bank) -> int:
    """Add the accepted candidates to the personal pack in one step; return how many were added."""
    chosen = result.accepted()
    records = [_record(c, result) for c in chosen]
    phrases, problems = validate(records, f"导入：{result.filename}")
    problems += conflicts(phrases, bank)
    if problems:
        raise DataError(problems, "有短语不合格，未加入个人词库")
    added, _ = personal.import_phrases(phrases)
    return added


def _record(candidate: Candidate, result: ImportResult) -> dict[str, object]:
    return {"id": new_id(), "text": candidate.text, "function": candidate.function, "topic": candidate.topic,
            "genre": [result.genre], "slots": _slots(candidate.text), "source": f"导入自《{result.title or result.filename}》"}


def _slots(text: str) -> list[str]:
    try:
        return slot_names(text)
    except SlotError:
        return []


def _problem(candidate: Candidate, genre: str) -> str:
    phrase = {"id": "check", "text": candidate.text, "function": candidate.function,
              "topic": candidate.topic or "通用", "genre": [genre], "slots": _slots(candidate.text)}
    _, problems = validate([phrase], "导入")
    return "；".join(p.message for p in problems)


class _Known:
    """Texts already known (bank, personal pack, earlier sentences), for near-duplicate lookups."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.keys: list[str] = []
        self.names: list[str] = []
        for phrase in phrases:
            self.add(phrase.text, phrase.id)

    def add(self, text: str, name: str) -> None:
        self.keys.append(_key(text))
        self.names.append(name)

    def near(self, text: str) -> str:
        """Return the name of a known text nearly the same as `text`, or ''."""
        found = process.extractOne(_key(text), self.keys, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE)
        return self.names[found[2]] if found else ""


def _key(text: str) -> str:
    return _PUNCTUATION.sub("", re.sub(r"\{\{[^{}]*\}\}", "", text))
