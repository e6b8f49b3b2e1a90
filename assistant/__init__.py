"""qicao (起草): an offline drafting assistant for Chinese official documents."""

__version__ = "0.1.0"
