"""The registry: every rule the proofreader runs, in reporting order."""

from __future__ import annotations

from ..rule import Rule
from . import (
               count,
               doubled_char,
               doubled_punct,
               formulation,
               halfwidth,
               numbering,
               outdated,
               pairs,
               placeholder,
               repetition,
               residue,
               term_typo,
)

RULES: tuple[Rule, ...] = (
    placeholder.RULE,
    residue.RULE,
    formulation.RULE,
    term_typo.RULE,
    doubled_char.RULE,
    doubled_punct.RULE,
    halfwidth.RULE,
    pairs.RULE,
    numbering.RULE,
    count.RULE,
    repetition.RULE,
    outdated.RULE,
)

__all__ = ["RULES"]
