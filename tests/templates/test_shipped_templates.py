"""Every shipped template is consistent with the bank, and renders every example answers file."""

from __future__ import annotations

import re
from functools import cache

import pytest
from jinja2 import meta

from assistant.bank import Bank, load_bank
from assistant.compose import CONTEXT_NAMES, compose
from assistant.export import render_text
from assistant.jinja import environment
from assistant.session.answers_file import load_answers
from assistant.templates import Point, SentenceRule, Template, example_answer_files, load_templates
from assistant.textio import decode

TEMPLATES = load_templates()
EXAMPLES = example_answer_files()


@cache
def bank() -> Bank:
    return load_bank()


def rules(template: Template) -> list[tuple[str, SentenceRule]]:
    """Return (where, rule) for every sentence rule of the template."""
    found = [("opening", r) for r in template.opening] + [("closing", r) for r in template.closing]
    found += [(f"part {p.key}", r) for p in template.parts for r in p.intro]
    for section in template.sections:
        found += [(f"section {section.key}", r) for point in (*section.points, *section.items)
                  for r in point.sentences]
    return found


def points(template: Template) -> list[Point]:
    return [p for s in template.sections for p in (*s.points, *s.items)]


def declared(template: Template) -> set[str]:
    return {p.name for p in template.all_prompts()} | set(CONTEXT_NAMES)


def test_there_is_a_template_per_genre_and_an_example_per_template() -> None:
    assert "party_summary" in TEMPLATES
    examples = {name.split("/")[2] for name, _ in EXAMPLES}
    assert set(TEMPLATES) <= examples


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=list(TEMPLATES))
def test_every_group_a_template_uses_exists_in_the_bank(template: Template) -> None:
    groups = set(bank().group_names())
    used = {r.group for _, r in rules(template)} | {p.heading_group for p in points(template) if p.heading_group}
    assert sorted(used - groups) == []


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=list(TEMPLATES))
def test_templates_use_only_the_variables_their_prompts_declare(template: Template) -> None:
    names = declared(template)
    env = environment()
    undeclared: set[str] = set()
    for title in template.titles:
        undeclared |= meta.find_undeclared_variables(env.parse(title)) - names
    for where, rule in rules(template):
        for phrase in bank().group(rule.group):
            undeclared |= {f"{where}/{phrase.id}: {n}" for n in
                           meta.find_undeclared_variables(env.parse(phrase.text)) - names}
        undeclared |= {f"{where} when: {n}" for n in rule.when.names() - names}
    for point in points(template):
        undeclared |= {f"{point.key} when: {n}" for n in point.when.names() - names}
    assert sorted(undeclared) == []


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=list(TEMPLATES))
def test_choice_conditions_name_real_options(template: Template) -> None:
    prompts = {p.name: p for p in template.all_prompts()}
    conditions = [r.when for _, r in rules(template)] + [p.when for p in points(template)]
    wrong = [(name, option) for c in conditions for name, option in c.chosen
             if prompts[name].type != "bool" and option not in prompts[name].choices]
    assert wrong == []
    defaults = [(p.name, d) for p in prompts.values() if p.type in ("choice", "multi") and p.default is not None
                for d in ([p.default] if isinstance(p.default, str) else p.default) if d not in p.choices]
    assert defaults == []


@pytest.mark.parametrize(("name", "entry"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_every_example_renders_a_complete_draft(name: str, entry: object) -> None:
    template, state = load_answers(decode(entry.read_bytes(), name), name, TEMPLATES)  # type: ignore[attr-defined]
    asked = {p.name for p in template.prompts_for(state.sections)}
    assert sorted(asked - set(state.answers)) == [], "the example should answer every prompt it asks"
    rendered = render_text(compose(template, bank(), state))
    assert "{{" not in rendered and "}}" not in rendered
    assert re.search(r"[一二三四五六七八九十]、", rendered)
    for value in state.answers.values():
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            assert str(value) in rendered, f"the number {value} the user gave should appear"
    for seed in (1, 2):
        state.seed = seed
        assert render_text(compose(template, bank(), state)) != rendered, "another seed should reword"
