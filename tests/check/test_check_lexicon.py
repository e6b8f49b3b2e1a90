"""The proofreader's data: enough formulations, each consistent with the checker, and clear errors."""

from __future__ import annotations

import pytest

from assistant.check import check_text, load_lexicon
from assistant.check.lexicon import FILES, parse_lexicon
from assistant.errors import DataError
from assistant.resources import data_dir

LEXICON = load_lexicon()


def test_it_ships_at_least_sixty_formulations_with_categories() -> None:
    assert len(LEXICON.formulations) >= 60
    assert all(f.category and f.text for f in LEXICON.formulations)


def test_the_guide_formulations_are_there_exactly() -> None:
    texts = {f.name: f.text for f in LEXICON.formulations}
    assert texts["四个意识"] == "政治意识、大局意识、核心意识、看齐意识"
    assert texts["四个自信"] == "道路自信、理论自信、制度自信、文化自信"
    assert texts["2023年主题教育总要求"] == "学思想、强党性、重实践、建新功"
    assert texts["政治“三力”"] == "政治判断力、政治领悟力、政治执行力"
    assert texts["三会一课"] == "支部党员大会、支部委员会、党小组会、党课"


def test_campaigns_carry_their_years() -> None:
    years = {f.name: f.years for f in LEXICON.formulations if f.campaign}
    assert years["党纪学习教育"] == (2024, 2024)
    assert years["党史学习教育"] == (2021, 2021)
    assert years["深入贯彻中央八项规定精神学习教育"] == (2025, 2025)


@pytest.mark.parametrize("formulation", LEXICON.formulations, ids=lambda f: f.name)
def test_every_formulation_and_allowed_variant_checks_clean(formulation: object) -> None:
    for text in (formulation.text, *formulation.allow):  # type: ignore[attr-defined]
        assert [f for f in check_text(f"要{text}。") if f.severity == "error"] == []


@pytest.mark.parametrize("formulation", [f for f in LEXICON.formulations if f.wrong], ids=lambda f: f.name)
def test_every_known_wrong_form_is_reported(formulation: object) -> None:
    for wrong in formulation.wrong:  # type: ignore[attr-defined]
        assert any(f.severity == "error" for f in check_text(f"要{wrong}。"))


def test_every_term_idiom_and_allowed_word_checks_clean() -> None:
    words = [*LEXICON.terms, *LEXICON.idioms, *LEXICON.term_allow]
    flagged = {w: check_text(f"加强{w}工作。") for w in words}
    assert {w: f for w, f in flagged.items() if f} == {}


def shipped(**replace: str) -> dict[str, tuple[str, bytes]]:
    """Return the shipped data files, with some replaced by the given text."""
    folder = data_dir("terms")
    return {name: (name, replace[name].encode() if name in replace else (folder / name).read_bytes())
            for name in FILES}


def test_bad_data_is_reported_with_file_and_line() -> None:
    broken = "formulations:\n  - name: 示例\n    text: 示例提法内容\n    category: 测试\n    years: [2024]\n    colour: 红\n"
    with pytest.raises(DataError) as error:
        parse_lexicon(shipped(**{"formulations.yaml": broken}))
    message = str(error.value)
    assert "formulations.yaml:5: years 应为" in message
    assert "formulations.yaml:6: 未知的键“colour”" in message


def test_a_yaml_syntax_error_names_the_line() -> None:
    with pytest.raises(DataError) as error:
        parse_lexicon(shipped(**{"terms.yaml": "terms:\n  - [未闭合\n"}))
    assert [str(p) for p in error.value.problems] == [
        "terms.yaml:3: YAML 语法错误：expected ',' or ']', but got '<stream end>'"]
