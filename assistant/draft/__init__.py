"""The Draft tree, its numbering and its flattened reading order."""

from .blocks import Block, blocks
from .numbering import chinese_number, label
from .tree import Draft, Paragraph, Provenance, Section, SignOff

__all__ = ["Block", "Draft", "Paragraph", "Provenance", "Section", "SignOff", "blocks", "chinese_number",
           "label"]
