"""The phrase bank: packs of standard wording, loaded and validated with file:line errors."""

from .bank import Bank, load_bank
from .loader import Source, parse_sources, path_sources, shipped_sources
from .model import FUNCTIONS, Phrase

__all__ = ["FUNCTIONS", "Bank", "Phrase", "Source", "load_bank", "parse_sources", "path_sources",
           "shipped_sources"]
