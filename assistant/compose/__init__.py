"""Compose a Draft from a template, the phrase bank and the user's answers."""

from .builder import compose
from .values import CONTEXT_NAMES, format_value, holds, is_given

__all__ = ["CONTEXT_NAMES", "compose", "format_value", "holds", "is_given"]
