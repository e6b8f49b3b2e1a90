"""The chat understands answers and the commands 跳过, 上一步, 修改第N题, 重新开始, 撤销 and 搜索."""

from __future__ import annotations

from assistant.bank import Bank
from assistant.interview import Conversation
from assistant.session import Session
from assistant.templates import Template


def chat(template: Template, bank: Bank) -> Conversation:
    return Conversation(Session.start(template, bank, 2026, "第一党支部"), search=lambda q: [f"命中：{q}"])


def test_it_asks_with_number_section_and_example(mini_template: Template, mini_bank: Bank) -> None:
    reply = chat(mini_template, mini_bank).ask()
    assert reply.kind == "prompt"
    assert reply.text == "第1/5题（理论学习）：集中学习几次？\n例如：12"


def test_a_bad_answer_gets_a_retry_then_a_good_one_moves_on(mini_template: Template, mini_bank: Bank) -> None:
    c = chat(mini_template, mini_bank)
    bad = c.handle("好多次")
    assert [r.kind for r in bad] == ["error"] and "请输入次数，例如 3 或 三" in bad[0].text
    good = c.handle("十二次")
    assert good[0].text == "已记录：12次。" and good[1].text.startswith("第2/5题")
    assert c.session.state.answers == {"学习次数": 12}


def test_skip_back_and_revisit(mini_template: Template, mini_bank: Bank) -> None:
    c = chat(mini_template, mini_bank)
    c.handle("3")
    assert c.handle("跳过")[1].text.startswith("第3/5题")
    assert c.handle("上一步")[0].text.startswith("第2/5题")
    revisit = c.handle("修改第一题")[0].text
    assert revisit.startswith("第1/5题") and "当前回答：3次" in revisit
    c.handle("5")
    assert c.session.state.answers["学习次数"] == 5
    assert c.handle("修改第9题")[0].text == "没有第9题，请输入 1 到 5 之间的题号。"


def test_restart_and_undo(mini_template: Template, mini_bank: Bank) -> None:
    c = chat(mini_template, mini_bank)
    c.handle("3")
    c.handle("重新开始")
    assert c.session.state.answers == {}
    assert c.handle("撤销")[0].text == "已撤销上一步修改。"
    assert c.session.state.answers == {"学习次数": 3}


def test_search_from_the_chat(mini_template: Template, mini_bank: Bank) -> None:
    replies = chat(mini_template, mini_bank).handle("搜索 三会一课")
    assert replies[0].kind == "search" and list(replies[0].hits) == ["命中：三会一课"]
    assert chat(mini_template, mini_bank).handle("找：shyk")[0].hits == ["命中：shyk"]


def test_the_end_of_the_interview_says_so(mini_template: Template, mini_bank: Bank) -> None:
    c = chat(mini_template, mini_bank)
    for answer in ["3", "读书班", "红色观影", "全部", "2026年12月25日"]:
        c.handle(answer)
    assert c.ask().kind == "done"
    assert c.handle("随便说点什么")[0].kind == "info"


def test_skip_the_rest_of_a_section(mini_template: Template, mini_bank: Bank) -> None:
    c = chat(mini_template, mini_bank)
    c.handle("3")
    replies = c.handle("跳过本栏")
    assert replies[0].text == "已跳过“理论学习”栏目的其余 1 个问题。"
    assert replies[1].text.startswith("第3/5题（组织建设）")
    assert c.session.state.skipped == ["学习形式"]
    c.handle("撤销")
    assert c.session.state.skipped == []
