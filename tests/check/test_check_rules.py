"""Each rule as a specification: what it reports in defective text, and what it leaves alone."""

from __future__ import annotations

import pytest

from assistant.check import Finding, apply_fixes, check_text


def found(text: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    """Return (rule, reported text, suggestion) for every finding."""
    return [(f.rule, text[f.start:f.end], f.suggestion) for f in check_text(text, year=year)]


@pytest.mark.parametrize(("text", "expected"), [
    ("以“XXX”活动为牵引开展工作。", ("placeholder", "XXX", None)),
    ("报送××篇信息。", ("placeholder", "××", None)),
    ("完成XX个重点项目。", ("placeholder", "XX", None)),
    ("为谱写某某篇章贡献力量。", ("placeholder", "某某", None)),
    ("在【待补】刊物发表文章。", ("placeholder", "【待补】", None)),
    ("结合（单位名称）实际制定方案。", ("placeholder", "（单位名称）", None)),
    ("2026年{{ 单位名称 }}工作要点", ("placeholder", "{{ 单位名称 }}", None)),
    ("深入分析思想动态，##paidbegin##关心关爱老党员。", ("residue", "##paidbegin##", "")),
    ("全年发布信息1200条。<br>", ("residue", "<br>", "")),
    ("营造&ldquo;清廉机关&rdquo;氛围。", ("residue", "&ldquo;", "“")),
    ("紧扣“学思想、强党性、重实效、建新功”总要求。", ("formulation", "重实效", "重实践")),
    ("增强政治意识、大局意识、核心意识、看其意识。", ("formulation", "看其意识", "看齐意识")),
    ("坚定道路自信、理论自信、制度自信、文明自信。", ("formulation", "文明自信", "文化自信")),
    ("贯彻创新、协调、绿色、开放、共亨的新发展理念。", ("formulation", "共亨", "共享")),
    ("坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权成和集中统一领导。",
     ("formulation", "央权成和集", "央权威和集")),
    ("对所属基层党委织进行监督检查。", ("term-typo", "党委织", "党组织")),
    ("加强党组识建设。", ("term-typo", "党组识", "党组织")),
    ("完善一体推进不取腐、不能腐、不想腐制度机制。", ("term-typo", "不取腐", "不敢腐")),
    ("盯紧突出问题，真碰硬整治。", ("term-typo", "真碰硬", "动真碰硬")),
    ("召开专题组织生话会。", ("term-typo", "组织生话会", "组织生活会")),
    ("落实意识态形工作责任制。", ("term-typo", "意识态形", "意识形态")),
    ("坚持弛而不息纠治四风。", ("term-typo", "弛而不息", "驰而不息")),
    ("理论学习的的深度不够。", ("doubled-char", "的的", "的")),
    ("重点在四个个方面下功夫。", ("doubled-char", "个个", "个")),
    ("开展学习3次，，排查风险。", ("doubled-punct", "，，", "，")),
    ("接收预备党员1名,按期转正1名。", ("halfwidth-punct", ",", "，")),
    ("时间:每月第一周。", ("halfwidth-punct", ":", "：")),
    ("书记讲党课2次，“三会一课记录完整。", ("unbalanced-pair", "“", None)),
    ("以“XXX“为主题开展活动。", ("unbalanced-pair", "“", "”")),
])
def test_it_reports_the_defect_with_its_fix(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "推动党员干部坚定拥护“两个确立”、坚决做到“两个维护”。",
    "不断提高政治判断力、政治领悟力、政治执行力。",
    "深化运用监督执纪“四种形态”，严格落实“三会一课”制度。",
    "纠治形式主义、官僚主义和享乐主义、奢靡之风。",
    "为了了解群众需求，一个个问题逐项回应，没有一件不了了之。",
    "工作要实实在在、扎扎实实，常常提醒、层层压实、事事落实、时时处处严格要求。",
    "学习习近平新时代中国特色社会主义思想，发展全过程人民民主，召开支部委员会会议。",
    "落实党委（党组）主体责任，各部门（单位）要高度重视。",
    "会议于10:30开始，投资1.5亿元，网址www.example.gov.cn。",
    "组织开展主题团日活动，加强基层组织建设，经常对照党纪党规检视自身。",
    "坚持批评与自我批评，严以律己，提高政治领导力。",
    "同某保持高度一致，某些方面仍有不足。",
    "引用“‘两个确立’的决定性意义”，见《中国共产党章程》。",
])
def test_it_leaves_correct_text_alone(text: str) -> None:
    assert found(text) == []


def test_it_finds_a_numbering_gap_repeat_and_skipped_level() -> None:
    text = "一、工作\n（一）甲\n（三）乙\n（三）丙\n二、问题\n1.丁\n2.戊"
    assert found(text) == [("numbering", "（三）", "（二）"), ("numbering", "（三）", "（四）"),
                           ("numbering", "1.", None)]


def test_it_asks_for_full_width_brackets_and_the_right_separator() -> None:
    assert found("一.工作\n(一)学习") == [("numbering", "一.", "一、"), ("numbering", "(一)", "（一）")]


def test_it_checks_an_announced_count_against_the_items() -> None:
    text = "存在的问题主要有以下三个方面：\n（一）学习不深。\n（二）融合不够。"
    assert found(text) == [("count-mismatch", "三个方面", None)]
    assert found("主要体现在以下两点：一是抓学习；二是抓落实。") == []


def test_it_reports_a_sentence_written_twice() -> None:
    sentence = "党建工作与业务工作结合还不够紧密。"
    text = f"一是{sentence}二是制度执行不严。\n{sentence}"
    assert found(text) == [("repeated-sentence", sentence, None)]


def test_it_hints_at_a_campaign_named_outside_its_year() -> None:
    text = "2026年工作总结\n深入开展党纪学习教育，严明纪律。"
    assert found(text) == [("outdated", "党纪学习教育", None)]
    assert found(text.replace("2026", "2024")) == []
    assert found("2026年工作总结\n巩固拓展党纪学习教育成果。") == []
    assert check_text("深入开展党纪学习教育。", year=2026)[0].severity == "hint"


def test_apply_fixes_applies_every_certain_suggestion() -> None:
    text = "对基层党委织和党组识，，开展理论学习的的检查##end##"
    assert apply_fixes(text, check_text(text)) == "对基层党组织和党组织，开展理论学习的检查"


def test_apply_fixes_skips_findings_without_suggestion_or_overlapping() -> None:
    findings = [Finding(0, 2, "a", "error", "", "甲"), Finding(1, 3, "b", "error", "", "乙"),
                Finding(3, 4, "c", "error", "", None)]
    assert apply_fixes("一二三四", findings) == "甲三四"


def test_findings_are_sorted_and_one_per_wording_defect() -> None:
    findings = check_text("推进不取腐、不能腐、不想腐。重点在四个个方面。")
    assert [(f.rule, f.start) for f in findings] == [("term-typo", 2), ("doubled-char", 18)]
