"""A drafting session: serialisable state plus operations with undo."""

from ..state import DraftState, Insertion
from .session import Session

__all__ = ["DraftState", "Insertion", "Session"]
