"""Compose a Draft from a template, the phrase bank and the user's answers."""

from .availability import available_sections
from .builder import compose
from .values import CONTEXT_NAMES, format_value, holds, is_given

__all__ = ["CONTEXT_NAMES", "available_sections", "compose", "format_value", "holds", "is_given"]
