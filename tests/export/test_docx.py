"""The .docx follows GB/T 9704-2012: page, grid, fonts per level, indents, page numbers, sign-off."""

from __future__ import annotations

import re

import pytest
from docx.oxml.ns import qn
from docx.shared import Length, Pt
from export_helpers import draft_from, open_docx, part_xml

from assistant.export import render_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def data(sample):
    return render_docx(sample)


@pytest.fixture
def doc(data):
    return open_docx(data)


def east_asia(run) -> str:
    return run._r.rPr.rFonts.get(qn("w:eastAsia"))


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def find(doc, text):
    return next(p for p in doc.paragraphs if p.text == text)


def test_the_page_is_a4_with_the_standard_margins(doc):
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]


def test_the_grid_has_22_lines_of_28_characters(doc):
    section = doc.sections[0]
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    pitch_pt = int(grid.get(qn("w:linePitch"))) / 20
    assert pitch_pt == pytest.approx(28.95)
    type_height_pt = Length(section.page_height - section.top_margin - section.bottom_margin).pt
    assert int(type_height_pt // pitch_pt) == 22
    # The character pitch is the body size plus the style's character spacing (in twentieths of a point).
    body = doc.styles["GW Body"].element.rPr
    pitch = Length(body.sz_val).pt + int(body.find(qn("w:spacing")).get(qn("w:val"))) / 20
    type_width_pt = Length(section.page_width - section.left_margin - section.right_margin).pt
    assert int(type_width_pt // pitch) == 28


def test_body_paragraphs_sit_on_the_line_pitch_without_extra_space(doc):
    body = doc.styles["GW Body"].paragraph_format
    assert body.line_spacing == Pt(28.95)
    assert (body.space_before, body.space_after) == (0, 0)
    assert body.alignment == 3  # justified


def test_no_theme_font_is_left_to_override_the_faces(data):
    for part in ("word/styles.xml", "word/document.xml"):
        assert not re.search(r"w:(ascii|eastAsia|hAnsi|cs)Theme|w:cstheme", part_xml(data, part))


def test_the_title_is_22pt_small_standard_song_centred(doc):
    title = doc.paragraphs[0]
    assert title.style.name == "GW Title"
    assert title.style.font.size == Pt(22)
    assert title.style.paragraph_format.alignment == 1
    assert {east_asia(r) for r in title.runs} == {"方正小标宋简体"}
    assert doc.paragraphs[1].text == ""  # a blank line after the title


def test_a_long_title_breaks_inside_its_paragraph(doc):
    title = doc.paragraphs[0]
    assert title._p.xml.count("<w:br/>") == 1
    assert title.text.replace("\n", "") == "2026年某某市财政局机关党委党建工作总结"


def test_the_title_has_no_end_punctuation_and_sets_the_core_title():
    doc = open_docx(render_docx(draft_from("2026年党支部工作总结。")))
    assert doc.paragraphs[0].text == "2026年党支部工作总结"
    assert doc.core_properties.title == "2026年党支部工作总结"


@pytest.mark.parametrize(("text", "style", "face"), [
    ("一、政治建设", "GW H1", "黑体"),
    ("一、政治建设", "GW H1", "黑体"),
    ("（一）理论学习", "GW H2", "楷体_GB2312"),
    ("全年开展集中学习12次，组织专题研讨4次。", "GW Body", "仿宋_GB2312"),
])
def test_each_level_has_its_numbering_style_and_face(doc, text, style, face):
    paragraph = find(doc, text)
    assert paragraph.style.name == style
    assert east_asia(paragraph.runs[0]) == face
    assert paragraph.style.font.size == Pt(16)


def test_a_run_in_heading_is_its_own_run_in_fangsong(doc):
    paragraph = find(doc, "1.加强学习。坚持“第一议题”制度。")
    lead, body = paragraph.runs
    assert (lead.text, east_asia(lead)) == ("1.加强学习。", "仿宋_GB2312")
    assert (body.text, east_asia(body)) == ("坚持“第一议题”制度。", "仿宋_GB2312")


def test_latin_and_digits_are_times_new_roman_with_east_asian_hint(doc):
    run = find(doc, "全年开展集中学习12次，组织专题研讨4次。").runs[0]
    fonts = run._r.rPr.rFonts
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    assert fonts.get(qn("w:hint")) == "eastAsia"


@pytest.mark.parametrize("style", ["GW Body", "GW H1", "GW H2", "GW H3", "GW H4"])
def test_body_and_headings_indent_their_first_line_two_characters(doc, style):
    ind = doc.styles[style].element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"


def test_the_salutation_is_flush_left(doc):
    paragraph = find(doc, "各位领导、同志们：")
    ind = paragraph.style.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "0"
    assert ind.get(qn("w:firstLine")) == "0"


def test_the_signoff_is_right_aligned_two_characters_in_after_a_blank_line(doc):
    paragraphs = texts(doc)
    unit = paragraphs.index("中共某某市财政局机关委员会")
    assert paragraphs[unit - 1] == ""
    assert paragraphs[unit + 1] == "2026年12月25日"
    for paragraph in (doc.paragraphs[unit], doc.paragraphs[unit + 1]):
        assert paragraph.style.name == "GW Signoff"
        assert paragraph.style.paragraph_format.alignment == 2
        assert paragraph.style.element.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "200"


def test_odd_and_even_pages_have_their_own_page_number_footers(doc):
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.alignment == 2 and odd._p.pPr.ind.get(qn("w:rightChars")) == "100"
    assert even.alignment == 0 and even._p.pPr.ind.get(qn("w:leftChars")) == "100"


@pytest.mark.parametrize("which", ["footer", "even_page_footer"])
def test_the_page_number_is_a_page_field_between_dashes_in_14pt_song(doc, which):
    paragraph = getattr(doc.sections[0], which).paragraphs[0]
    xml = paragraph._p.xml
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", xml)
    assert [c.get(qn("w:fldCharType")) for c in paragraph._p.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
    assert paragraph.text == "— 1 —"
    assert paragraph.style.font.size == Pt(14)
    fonts = paragraph.style.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == fonts.get(qn("w:ascii")) == "宋体"


def test_the_windows_profile_uses_stock_faces(sample):
    doc = open_docx(render_docx(sample, fonts="windows"))
    assert east_asia(doc.paragraphs[0].runs[0]) == "宋体"
    assert east_asia(find(doc, "（一）理论学习").runs[0]) == "楷体"
    assert east_asia(find(doc, "全年开展集中学习12次，组织专题研讨4次。").runs[0]) == "仿宋"
    assert doc.styles["GW H1"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"


def test_paragraphs_follow_the_reading_order_of_the_draft(doc):
    assert texts(doc)[2:8] == [
        "各位领导、同志们：",
        "2026年，机关党委坚持以习近平新时代中国特色社会主义思想为指导，全面加强党的建设。",
        "一、政治建设",
        "全年开展集中学习12次，组织专题研讨4次。",
        "（一）理论学习",
        "1.加强学习。坚持“第一议题”制度。",
    ]
