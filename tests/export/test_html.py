"""Rich HTML for the clipboard keeps fonts, sizes and indents, and shows user text as text."""

from __future__ import annotations

from export_helpers import draft_from

from assistant.export import render_html


def test_a_script_in_an_answer_stays_visible_text():
    html = render_html(draft_from("标题\n- 内容<script>alert('x')</script>&后文"))
    assert "<script>" not in html
    assert "内容&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;后文" in html


def test_the_title_is_centred_22pt_in_the_profile_face_with_fallbacks(sample):
    title = render_html(sample).split("<body>")[1].splitlines()[1]
    assert "text-align:center" in title and "font-size:22pt" in title
    assert 'font-family:&quot;方正小标宋简体&quot;, &quot;华文中宋&quot;' in title
    assert "2026年某某市财政局机关党委<br>党建工作总结" in title


def test_headings_carry_their_faces_and_body_indents_two_characters(sample):
    lines = {line.split(">", 1)[1].split("<", 1)[0]: line for line in render_html(sample).splitlines()
             if line.startswith("<p ")}
    assert "&quot;黑体&quot;" in lines["一、政治建设"]
    assert "&quot;楷体_GB2312&quot;, &quot;楷体&quot;, &quot;KaiTi&quot;" in lines["（一）理论学习"]
    body = lines["全年开展集中学习12次，组织专题研讨4次。"]
    assert "&quot;仿宋_GB2312&quot;, &quot;仿宋&quot;, &quot;FangSong&quot;, &quot;STFangsong&quot;, serif" in body
    assert "text-indent:2em" in body and "font-size:16pt" in body and "line-height:28.95pt" in body
    assert "mso-fareast-font-family:&quot;仿宋_GB2312&quot;" in body


def test_a_run_in_lead_is_a_span_of_its_own(sample):
    html = render_html(sample)
    assert '">1.加强学习。</span>坚持“第一议题”制度。</p>' in html


def test_the_signoff_is_right_aligned_two_characters_in(sample):
    line = next(x for x in render_html(sample).splitlines() if "2026年12月25日" in x)
    assert "text-align:right;margin-right:2em" in line


def test_the_windows_profile_names_stock_faces_first(sample):
    html = render_html(sample, fonts="windows")
    assert "font-family:&quot;仿宋&quot;, &quot;仿宋_GB2312&quot;" in html
