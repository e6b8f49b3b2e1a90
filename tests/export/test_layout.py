"""Title shaping: long titles break at a sensible boundary into a trapezoid or diamond."""

from assistant.export.layout import TITLE_MAX_CHARS, clean_title, title_lines


def test_a_short_title_stays_on_one_line():
    assert title_lines("2026年党支部工作总结") == ["2026年党支部工作总结"]


def test_a_title_loses_its_end_punctuation():
    assert clean_title("2026年党支部工作总结。") == "2026年党支部工作总结"


def test_a_long_title_breaks_into_two_lines_at_a_boundary():
    lines = title_lines("中共某某市财政局机关委员会2026年度党建工作总结")
    assert "".join(lines) == "中共某某市财政局机关委员会2026年度党建工作总结"
    assert lines[0] == "中共某某市财政局机关委员会"


def test_a_long_title_breaks_before_the_genre_when_that_balances_better():
    lines = title_lines("某某县农业农村局关于2026年度乡村振兴工作情况的报告")
    assert len(lines) == 2
    assert lines[1].startswith("关于")


def test_every_line_fits_the_type_area():
    title = "中共某某省某某市某某区人民政府办公室机关党支部关于2026年度全面从严治党主体责任落实情况的报告"
    lines = title_lines(title)
    assert len(lines) == 3
    assert all(len(line) <= TITLE_MAX_CHARS for line in lines)
    assert "".join(lines) == title


def test_three_lines_are_never_an_hourglass():
    lines = title_lines("中共某某省某某市某某区人民政府办公室机关党支部关于2026年度全面从严治党主体责任落实情况的报告")
    assert len(lines[1]) >= min(len(lines[0]), len(lines[2]))


def test_a_number_is_never_split():
    lines = title_lines("某某集团有限公司第一党支部关于开展20262027年度专项工作的总结")
    assert any("20262027" in line for line in lines)
