"""The composer turns answers into a numbered draft, never inventing or evaluating anything."""

from __future__ import annotations

from pathlib import Path

from support import TEMPLATE, write_template

from assistant.bank import Bank, load_bank
from assistant.compose import available_sections, compose
from assistant.export import render_text
from assistant.state import DraftState, Insertion
from assistant.templates import Template, load_template_dir, load_templates

ANSWERS = {"学习次数": 12, "学习形式": ["专题研讨", "读书班"], "活动名称": ["重温入党誓词", "红色观影"],
           "计划方面": ["理论学习", "组织建设"], "落款日期": "2026-12-25"}


def text(template: Template, bank: Bank, **changes: object) -> str:
    state = DraftState("mini", 2026, "第一党支部", ["study", "org", "plans"], answers=dict(ANSWERS))
    for key, value in changes.items():
        setattr(state, key, value)
    return render_text(compose(template, bank, state))


def lines(rendered: str) -> list[str]:
    return [line.strip("\u3000") for line in rendered.splitlines()]


def test_it_builds_the_whole_document_in_order(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank))
    assert out[0] == "2026年第一党支部工作总结"
    assert out[2:5] == ["一、主要工作", "（一）加强理论学习", out[4]]
    assert out[4].startswith("1.抓好集中学习。") and "12次" in out[4]
    assert out[5] == "2.创新学习形式。采取专题研讨和读书班等形式。"
    assert out[6:8] == ["（二）夯实组织基础", "1.开展主题党日。开展了重温入党誓词和红色观影等活动。"]
    assert out[8:10] == ["二、下一步计划", "2027年，重点抓好两个方面："]
    assert out[10:14] == ["（一）在理论武装上持续用力", "持续深化理论学习。", "（二）在组织建设上持续用力", "持续加强组织建设。"]
    assert out[14:] == ["第一党支部", "2026年12月25日"]


def test_dropping_a_section_renumbers_everything(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank, sections=["org", "plans"]))
    assert "（一）夯实组织基础" in out and "（二）夯实组织基础" not in out
    assert not any("理论学习" in line and line.startswith("（") for line in out[:6])


def test_reordering_sections_renumbers_them(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank, sections=["org", "study", "plans"]))
    assert out.index("（一）夯实组织基础") < out.index("（二）加强理论学习")


def test_a_sentence_without_its_answer_is_left_out_not_left_empty(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank, answers=dict(ANSWERS, 学习次数=0, 学习形式=[])))
    point = next(line for line in out if line.startswith("1.抓好集中学习。"))
    assert point in ("1.抓好集中学习。坚持把理论学习作为首要任务。", "1.抓好集中学习。坚持不懈抓好理论武装。")
    assert not any("创新学习形式" in line or "{{" in line for line in out)


def test_with_no_answers_the_draft_still_reads_well(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank, answers={}))
    assert out[2:4] == ["一、主要工作", "（一）加强理论学习"]
    assert out[4] in ("1.抓好集中学习。坚持把理论学习作为首要任务。", "1.抓好集中学习。坚持不懈抓好理论武装。")
    assert "夯实组织基础" not in "".join(out), "no activity names were given, so nothing is said about them"
    assert out[-3:] == ["二、下一步计划", "（一）在理论武装上持续用力", "持续深化理论学习。"], "the default choice"
    assert not any("个方面" in line for line in out), "a single item is not announced as “一个方面”"


def test_a_skipped_choice_does_not_fall_back_to_its_default(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank, answers={}, skipped=["计划方面"]))
    assert "下一步计划" not in "".join(out)


def test_answers_are_data_never_templates(mini_template: Template, mini_bank: Bank) -> None:
    answers = dict(ANSWERS, 活动名称=["{{ 7*7 }}", "{% for x in y %}"])
    rendered = text(mini_template, mini_bank, answers=answers)
    assert "开展了{{ 7*7 }}和{% for x in y %}等活动。" in rendered
    assert "49" not in rendered


def test_another_seed_rewords_the_same_facts(mini_template: Template, mini_bank: Bank) -> None:
    renders = {text(mini_template, mini_bank, seed=seed) for seed in range(6)}
    assert len(renders) > 1
    assert all("12次" in r and "重温入党誓词和红色观影" in r for r in renders)
    assert text(mini_template, mini_bank, seed=3) == text(mini_template, mini_bank, seed=3)


def test_a_paragraph_variant_bump_changes_only_that_paragraph(mini_template: Template, mini_bank: Bank) -> None:
    before = lines(text(mini_template, mini_bank))
    after = lines(text(mini_template, mini_bank, variants={"study.points1": 1}))
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [4]


def test_hand_edits_survive_new_answers(mini_template: Template, mini_bank: Bank) -> None:
    edits = {"study.points1": "本段由我亲自改写。", "title": "自拟标题"}
    out = lines(text(mini_template, mini_bank, edits=edits, answers=dict(ANSWERS, 学习次数=30)))
    assert out[0] == "自拟标题"
    assert out[4] == "1.抓好集中学习。本段由我亲自改写。"


def test_deleted_and_inserted_paragraphs(mini_template: Template, mini_bank: Bank) -> None:
    out = lines(text(mini_template, mini_bank, deleted=["study.points2"],
                     inserted=[Insertion("ins1", "study", "新增的一段。")]))
    assert "2.创新学习形式。" not in "".join(out)
    assert out[out.index("（一）加强理论学习") + 2] == "新增的一段。"


def test_a_signoff_needs_its_date(mini_template: Template, mini_bank: Bank) -> None:
    answers = {k: v for k, v in ANSWERS.items() if k != "落款日期"}
    assert not text(mini_template, mini_bank, answers=answers).rstrip().endswith("2026年12月25日")


def test_the_signoff_names_the_signer_when_the_template_has_one(tmp_path: Path, mini_bank: Bank) -> None:
    template = load_template_dir(write_template(tmp_path, TEMPLATE.replace("id: mini", "id: mini\nsigner: 姓名")
                                                .replace("prompts:\n", "prompts:\n  - {name: 姓名, type: text, question: 姓名？}\n", 1)),
                                 "t")
    state = DraftState("mini", 2026, "第一党支部", ["study"], answers={"落款日期": "2026-12-25"})
    assert render_text(compose(template, mini_bank, state)).splitlines()[-2] == "第一党支部"
    state.answers["姓名"] = "张明"
    assert render_text(compose(template, mini_bank, state)).splitlines()[-2:] == ["张明", "2026年12月25日"]


def test_only_sections_with_wording_for_the_year_are_available() -> None:
    template, bank = load_templates()["party_summary"], load_bank()
    assert "campaign" not in available_sections(template, bank, 2026)
    assert {"campaign", "political", "plans"} <= set(available_sections(template, bank, 2024))
