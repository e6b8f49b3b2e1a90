"""Test support: a tiny template and bank written from compact YAML strings."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """\
id: mini
genre: mini
name: 小型总结
title: ["{{ 年份 }}年{{ 单位名称 }}工作总结"]
prompts:
  - {name: 落款日期, type: date, question: 落款日期？, example: 2026年12月25日}
opening:
  - group: open
parts:
  - {key: work, heading: [主要工作]}
  - key: plans
    heading: [下一步计划]
    intro: [plans.intro]
sections: [study, org, plans]
"""

SECTIONS = {
    "study": """\
key: study
name: 理论学习
part: work
heading: [加强理论学习]
prompts:
  - {name: 学习次数, type: number, question: 集中学习几次？, example: "12", unit: 次}
  - {name: 学习形式, type: multi, question: 采用了哪些形式？, choices: [专题研讨, 读书班, 专家辅导]}
points:
  - heading: [抓好集中学习]
    sentences:
      - study.measure
      - study.count
  - heading: [创新学习形式]
    when: 学习形式
    sentences: [study.forms]
""",
    "org": """\
key: org
name: 组织建设
part: work
heading: [夯实组织基础]
prompts:
  - {name: 活动名称, type: list, question: 开展了哪些主题党日活动？, example: 重温入党誓词、红色观影}
points:
  - heading: [开展主题党日]
    sentences: [org.days]
""",
    "plans": """\
key: plans
name: 下一步计划
part: plans
prompts:
  - {name: 计划方面, type: multi, question: 明年重点？, choices: [理论学习, 组织建设], default: [理论学习]}
items:
  - when: {计划方面: 理论学习}
    heading: [在理论武装上持续用力]
    sentences: [study.plan]
  - when: {计划方面: 组织建设}
    heading: [在组织建设上持续用力]
    sentences: [org.plan]
""",
}

PACK = """\
genre: mini
topic: 测试
phrases:
  - {id: open.1, function: 开头, group: open, slots: [年份], text: "{{ 年份 }}年，支部认真履行职责。"}
  - {id: open.2, function: 开头, group: open, slots: [年份], text: "{{ 年份 }}年，支部扎实推进各项工作。"}
  - {id: study.measure.1, function: 措施, group: study.measure, text: 坚持把理论学习作为首要任务。}
  - {id: study.measure.2, function: 措施, group: study.measure, text: 坚持不懈抓好理论武装。}
  - {id: study.count.1, function: 成效, group: study.count, slots: [学习次数], text: "全年组织集中学习{{ 学习次数 }}次。"}
  - {id: study.count.2, function: 成效, group: study.count, slots: [学习次数], text: "全年共开展集中学习{{ 学习次数 }}次。"}
  - {id: study.forms.1, function: 措施, group: study.forms, slots: [学习形式], text: "采取{{ 学习形式 }}等形式。"}
  - {id: org.days.1, function: 成效, group: org.days, slots: [活动名称], text: "开展了{{ 活动名称 }}等活动。"}
  - {id: study.plan.1, function: 计划, group: study.plan, text: 持续深化理论学习。}
  - {id: org.plan.1, function: 计划, group: org.plan, text: 持续加强组织建设。}
  - {id: plans.intro.1, function: 过渡, group: plans.intro, slots: [下一年份, 条目数], text: "{{ 下一年份 }}年，重点抓好{{ 条目数 }}个方面："}
"""


def write_template(folder: Path, template: str = TEMPLATE, sections: dict[str, str] | None = None) -> Path:
    """Write a template folder from YAML strings and return it."""
    (folder / "sections").mkdir(parents=True, exist_ok=True)
    (folder / "template.yaml").write_text(template, encoding="utf-8")
    for key, text in (SECTIONS if sections is None else sections).items():
        (folder / "sections" / f"{key}.yaml").write_text(text, encoding="utf-8")
    return folder
