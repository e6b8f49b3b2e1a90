"""Importing past documents: outline, sentences, cleaning, topics, near-duplicates, acceptance."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from assistant.bank import Bank, load_bank
from assistant.importer import Candidate, ImportRefused, accept, analyse, check_upload, guess_genre
from assistant.importer.clean import clean
from assistant.importer.outline import parse
from assistant.importer.sentences import split
from assistant.store import Database, PersonalPhrases, sqlite_url

SAMPLE = Path("/work/shared/samples/000_56c70b57f5e8e916.txt")
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="样例文稿 ../shared/samples 不在本机")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank()


def docx_of(text: str) -> bytes:
    document = Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_outline_follows_the_four_heading_levels() -> None:
    outline = parse("2025年工作总结\n开头一段。\n一、主要工作\n（一）加强学习。\n1.抓好集中学习\n正文一句。\n"
                    "（1）细项。本段正文。\n二、存在问题\n问题一句。")
    assert outline.title == "2025年工作总结"
    assert [(p.text, p.path) for p in outline.paragraphs] == [
        ("开头一段。", ()),
        ("正文一句。", ("主要工作", "加强学习", "抓好集中学习")),
        ("本段正文。", ("主要工作", "加强学习", "抓好集中学习", "细项")),
        ("问题一句。", ("存在问题",)),
    ]


def test_sentences_end_at_full_stops_but_not_inside_quotes() -> None:
    assert split("开展“学习。讨论”活动3次。坚持每月一次主题党日！短。") == [
        "开展“学习。讨论”活动3次。", "坚持每月一次主题党日！"]


def test_cleaning_drops_residue_fixes_slips_and_turns_placeholders_into_slots() -> None:
    cleaned = clean("##paidbegin##以“XXX”活动为牵引，完善一体推进不取腐、不能腐、不想腐机制，，效果好。")
    assert cleaned.text == "以“{{ 待填 }}”活动为牵引，完善一体推进不敢腐、不能腐、不想腐机制，效果好。"
    assert "删除“##paidbegin##”" in cleaned.notes and "占位符“XXX”改为待填项" in cleaned.notes


def test_the_genre_is_guessed_from_the_title() -> None:
    assert guess_genre("2023年支部工作总结") == "party_summary"
    assert guess_genre("2025年个人述职报告") == "debriefing"
    assert guess_genre("2025年市财政局工作总结") == "work_summary"


@needs_sample
@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_last_years_summary_becomes_clean_candidates_under_the_right_topics(bank: Bank, kind: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data = text.encode("utf-8") if kind == "txt" else docx_of(text)
    result = analyse(data, f"2023年总结.{kind}", bank, None)
    assert result.title == "2023年支部工作总结" and result.genre == "party_summary"
    texts = [c.text for c in result.candidates]
    assert len(texts) >= 50
    assert not any("##" in t or "XXX" in t or "某某" in t or "，，" in t for t in texts)

    def by_start(prefix: str) -> Candidate:
        return next(c for c in result.candidates if c.text.startswith(prefix))

    assert by_start("坚持把学习贯彻思想作为").topic == "理论武装"
    assert by_start("全面落实意识形态工作责任").topic == "意识形态"
    assert by_start("持续深化落实中央八项规定").topic == "作风建设"
    assert by_start("2023年以来开展集中理论学").function == "成效"
    assert by_start("党建工作与业务工作结合还").function == "问题"
    assert by_start("进一步健全完善党建工作制").function == "计划"
    assert "一体推进不敢腐、不能腐、不想腐" in "".join(texts)


@needs_sample
def test_accepted_sentences_join_the_pack_and_a_second_import_finds_them_all_duplicates(
        bank: Bank, tmp_path: Path) -> None:
    mine = PersonalPhrases(Database(sqlite_url(tmp_path / "q.db")), "local")
    data = SAMPLE.read_bytes()
    first = analyse(data, "2023.txt", bank, "party_summary", mine.list())
    first.candidates[0].accept = False
    added = accept(first, mine, bank)
    assert added == len(first.candidates) - 1 == len(mine.list())
    stored = {p.text: p for p in mine.list()}
    slotted = next(p for p in stored.values() if p.text.startswith("在推进{{ 待填 }}工作中"))
    assert slotted.slots == ("待填",) and slotted.source == "导入自《2023年支部工作总结》"
    again = analyse(data, "2023.txt", bank, "party_summary", mine.list())
    assert [c.accept for c in again.candidates][1:] == [False] * (len(again.candidates) - 1)
    assert again.candidates[5].duplicate_of.startswith("my.")


def test_a_sentence_close_to_a_bank_phrase_is_marked_as_duplicate(bank: Bank) -> None:
    phrase = next(p for p in bank.phrases if "party_summary" in p.genres and len(p.text) > 30 and not p.slots)
    near = phrase.text[:-1].replace("，", "、", 1) + "。"
    result = analyse(f"一、主要工作\n{near}".encode(), "x.txt", bank, "party_summary")
    assert result.candidates[0].duplicate_of == phrase.id and not result.candidates[0].accept


@pytest.mark.parametrize(("name", "size", "message"), [
    ("总结.pdf", 10, "类型不支持"), ("总结.doc", 10, "另存为 .docx"), ("总结.txt", 6 * 1024 * 1024, "不能超过 5 MB"),
    ("总结.txt", 0, "空文件")])
def test_wrong_types_and_oversized_files_are_refused_politely(name: str, size: int, message: str) -> None:
    with pytest.raises(ImportRefused, match=message):
        check_upload(name, size)
