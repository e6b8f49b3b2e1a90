"""Build the Draft tree from a template, the phrase bank and a DraftState."""

from __future__ import annotations

from dataclasses import dataclass

from ..bank import Bank, Phrase
from ..draft import Draft, Paragraph, Provenance, Section, SignOff
from ..jinja import render_phrase, slot_names
from ..state import DraftState
from ..templates.model import Part, Point, SectionSpec, SentenceRule, Template
from .values import CONTEXT_NAMES, format_date, holds, is_given, item_count, slot_values, with_defaults
from .variants import pick

SIGNOFF_DATE = "落款日期"


@dataclass
class Composer:
    """Holds what one build needs; `build` returns the Draft."""

    template: Template
    bank: Bank
    state: DraftState

    def __post_init__(self) -> None:
        self.answers = with_defaults(self.template, self.state.answers, self.state.skipped)
        self.values = slot_values(self.template, self.answers, self.state.year, self.state.unit)

    def build(self) -> Draft:
        """Return the draft for the state, with the user's edits, deletions and insertions applied."""
        draft = Draft(title=self._title(), salutation=self.template.salutation)
        draft.opening = self._paragraphs("opening", self.template.opening)
        draft.sections = [s for part in self.template.parts if (s := self._part(part)) is not None]
        draft.closing = self._paragraphs("closing", self.template.closing)
        draft.signoff = self._signoff()
        return draft

    def _part(self, part: Part) -> Section | None:
        specs = [self.template.section(key) for key in self.state.sections]
        children = [child for spec in specs if spec.part == part.key for child in self._section(spec)]
        if not children:
            return None
        if len(children) > 1:
            self.values["条目数"] = item_count(len(children))
        intro: list[Section | Paragraph] = list(self._paragraphs(f"{part.key}.intro", part.intro))
        self.values.pop("条目数", None)
        return Section(part.key, pick(part.headings, self.state.seed, part.key), intro + children)

    def _title(self) -> str:
        if "title" in self.state.edits:
            return self.state.edits["title"]
        usable = [t for t in self.template.titles if _fits(t, self.values)]
        return render_phrase(usable[0], self.values) if usable else self.template.name

    def _section(self, spec: SectionSpec) -> list[Section | Paragraph]:
        if spec.items:
            return [s for point in spec.items if (s := self._item(point)) is not None]
        children: list[Section | Paragraph] = []
        for point in spec.points:
            children.extend(self._point(point))
        children.extend(self._inserted(spec.key))
        if not children or not spec.headings:
            return children
        return [Section(spec.key, pick(spec.headings, self.state.seed, spec.key), children)]

    def _item(self, point: Point) -> Section | None:
        if not holds(point.when, self.answers):
            return None
        body = self._paragraphs(point.key, point.sentences) + self._inserted(point.key)
        if not body:
            return None
        return Section(point.key, self._heading(point), list(body))

    def _point(self, point: Point) -> list[Section | Paragraph]:
        if not holds(point.when, self.answers):
            return []
        body = self._paragraphs(point.key, point.sentences) + self._inserted(point.key)
        if not body or not (point.headings or point.heading_group):
            return list(body)
        return [Section(point.key, self._heading(point), list(body), run_in=True)]

    def _heading(self, point: Point) -> str:
        if point.heading_group:
            phrases = self.bank.group(point.heading_group, self.state.year)
            if phrases:
                return render_phrase(pick(phrases, self.state.seed, point.key).text, self.values)
        return pick(point.headings, self.state.seed, point.key)

    def _paragraphs(self, key: str, rules: tuple[SentenceRule, ...]) -> list[Paragraph]:
        if key in self.state.deleted:
            return []
        if key in self.state.edits:
            return [Paragraph(key, self.state.edits[key], Provenance(by_hand=True))]
        bump = self.state.variants.get(key, 0)
        chosen = [(rule, phrase) for n, rule in enumerate(rules)
                  if (phrase := self._phrase(rule, f"{key}.{n}", bump)) is not None]
        if not chosen:
            return []
        text = "".join(render_phrase(phrase.text, self.values) for _, phrase in chosen)
        answers = {name for rule, phrase in chosen for name in (*phrase.slots, *rule.when.names())
                   if name not in CONTEXT_NAMES}
        return [Paragraph(key, text, Provenance(tuple(p.id for _, p in chosen), tuple(sorted(answers))))]

    def _phrase(self, rule: SentenceRule, path: str, bump: int) -> Phrase | None:
        if not holds(rule.when, self.answers):
            return None
        usable = [p for p in self.bank.group(rule.group, self.state.year) if all(s in self.values for s in p.slots)]
        return pick(usable, self.state.seed, path, bump) if usable else None

    def _inserted(self, section_key: str) -> list[Paragraph]:
        return [Paragraph(item.key, self.state.edits.get(item.key, item.text),
                          Provenance((item.phrase_id,) if item.phrase_id else (), by_hand=not item.phrase_id))
                for item in self.state.inserted
                if item.section == section_key and item.key not in self.state.deleted]

    def _signoff(self) -> SignOff | None:
        date = self.answers.get(SIGNOFF_DATE)
        signer = self.values.get(self.template.signer, "") if self.template.signer else ""
        name = signer or self.state.unit.strip()
        if not (self.template.signoff and is_given(date) and name):
            return None
        return SignOff(name, format_date(date))


def _fits(text: str, values: dict[str, str]) -> bool:
    return all(name in values for name in slot_names(text))


def compose(template: Template, bank: Bank, state: DraftState) -> Draft:
    """Return the Draft for `state`."""
    return Composer(template, bank, state).build()
