"""A drafting session: the state, its operations, and undo. Pure Python; the app and CLI drive it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..bank import Bank
from ..compose import compose
from ..draft import Draft
from ..state import DraftState, Insertion
from ..templates.model import Prompt, Template

MAX_UNDO = 100


class Session:
    """Holds one draft's state; every change is recorded so it can be undone.

    Sections the template no longer has (a draft saved before an update) are dropped on opening.
    """

    def __init__(self, template: Template, bank: Bank, state: DraftState,
                 on_change: Callable[[DraftState], None] | None = None) -> None:
        self.template, self.bank, self.state = template, bank, state
        known = {section.key for section in template.sections}
        state.sections = [key for key in state.sections if key in known]
        self.history: list[DraftState] = []
        self.asking: str | None = None
        self._on_change = on_change

    @classmethod
    def start(cls, template: Template, bank: Bank, year: int, unit: str,
              sections: list[str] | None = None, seed: int = 0) -> Session:
        """Return a new session with the template's default sections unless `sections` is given."""
        chosen = list(sections) if sections is not None else template.default_sections()
        return cls(template, bank, DraftState(template.id, year, unit, chosen, seed=seed))

    def draft(self) -> Draft:
        """Return the draft for the current state."""
        return compose(self.template, self.bank, self.state)

    def _change(self, apply: Callable[[DraftState], None]) -> None:
        before = self.state.copy()
        apply(self.state)
        if self.state.to_dict() == before.to_dict():
            return
        self.history.append(before)
        del self.history[:-MAX_UNDO]
        if self._on_change:
            self._on_change(self.state)

    def undo(self) -> bool:
        """Restore the state before the last change; return False when there is nothing to undo."""
        if not self.history:
            return False
        self.state = self.history.pop()
        if self._on_change:
            self._on_change(self.state)
        return True

    # --- interview -------------------------------------------------------------------------------

    def prompts(self) -> list[Prompt]:
        """Return the prompts of the chosen sections, in the order they are asked."""
        return self.template.prompts_for(self.state.sections)

    def current_prompt(self) -> Prompt | None:
        """Return the prompt to ask now: the one being revisited, else the first not yet answered or skipped."""
        prompts = self.prompts()
        if self.asking is not None:
            for prompt in prompts:
                if prompt.name == self.asking:
                    return prompt
        done = set(self.state.answers) | set(self.state.skipped)
        return next((p for p in prompts if p.name not in done), None)

    def answer(self, name: str, value: Any) -> None:
        """Record an answer (already parsed) and move on."""
        def apply(state: DraftState) -> None:
            state.answers[name] = value
            if name in state.skipped:
                state.skipped.remove(name)
        self._change(apply)
        self.asking = None

    def skip(self, name: str) -> None:
        """Skip a prompt; its sentences are left out and its earlier answer, if any, is kept."""
        self._change(lambda state: state.skipped.append(name) if name not in state.skipped else None)
        self.asking = None

    def skip_section(self, section: str) -> list[str]:
        """Skip every unanswered prompt of a section in one change; return the names skipped."""
        names = [p.name for p in self.prompts() if p.section == section
                 and p.name not in self.state.answers and p.name not in self.state.skipped]
        self._change(lambda state: state.skipped.extend(names))
        self.asking = None
        return names

    def revisit(self, number: int) -> Prompt:
        """Ask prompt `number` (1-based) again; raise IndexError if there is no such prompt."""
        prompts = self.prompts()
        if not 1 <= number <= len(prompts):
            raise IndexError(number)
        self.asking = prompts[number - 1].name
        return prompts[number - 1]

    def back(self) -> Prompt | None:
        """Ask the prompt before the current one again; return it, or None at the first prompt."""
        prompts = self.prompts()
        current = self.current_prompt()
        position = prompts.index(current) if current in prompts else len(prompts)
        if position == 0:
            return None
        self.asking = prompts[position - 1].name
        return prompts[position - 1]

    def restart(self) -> None:
        """Clear every answer and change (undoable), keeping template, year, unit and sections."""
        def apply(state: DraftState) -> None:
            fresh = DraftState(state.template, state.year, state.unit, list(state.sections), seed=state.seed)
            state.__dict__.update(fresh.__dict__)
        self._change(apply)
        self.asking = None

    # --- document settings -----------------------------------------------------------------------

    def set_document(self, year: int, unit: str) -> None:
        """Change the year and unit of the document."""
        def apply(state: DraftState) -> None:
            state.year, state.unit = year, unit.strip()
        self._change(apply)

    def set_sections(self, keys: list[str]) -> None:
        """Choose the sections, in order; answers of dropped sections are kept for when they return."""
        for key in keys:
            self.template.section(key)
        self._change(lambda state: setattr(state, "sections", list(keys)))

    def move_section(self, key: str, delta: int) -> None:
        """Move a chosen section up (-1) or down (+1) among the sections of the same part."""
        part = self.template.section(key).part
        order = self.state.sections
        peers = [k for k in order if self.template.section(k).part == part]
        position = peers.index(key)
        target = position + delta
        if not 0 <= target < len(peers):
            return
        i, j = order.index(key), order.index(peers[target])

        def apply(state: DraftState) -> None:
            state.sections[i], state.sections[j] = state.sections[j], state.sections[i]
        self._change(apply)

    # --- paragraphs --------------------------------------------------------------------------------

    def rephrase(self, key: str) -> None:
        """Choose the next variant wording for the paragraph `key` (换一种说法); a hand edit is dropped."""
        def apply(state: DraftState) -> None:
            state.variants[key] = state.variants.get(key, 0) + 1
            state.edits.pop(key, None)
        self._change(apply)

    def reseed(self, seed: int) -> None:
        """Reword the whole draft with another seed."""
        self._change(lambda state: setattr(state, "seed", seed))

    def edit(self, key: str, text: str) -> None:
        """Replace a paragraph's text by hand (kept across regeneration); key 'title' edits the title."""
        self._change(lambda state: state.edits.__setitem__(key, _one_paragraph(text)))

    def delete(self, key: str) -> None:
        """Delete a paragraph."""
        self._change(lambda state: state.deleted.append(key) if key not in state.deleted else None)

    def insert(self, section: str, text: str, phrase_id: str = "") -> str:
        """Add a paragraph at the end of a section (or point); return its key."""
        key = f"ins{max((int(item.key[3:]) for item in self.state.inserted), default=0) + 1}"
        self._change(lambda state: state.inserted.append(Insertion(key, section, _one_paragraph(text), phrase_id)))
        return key


def _one_paragraph(text: str) -> str:
    """Return `text` as one paragraph: line breaks pasted into an edit box are dropped."""
    return "".join(line.strip() for line in text.splitlines())
