"""Document templates (data in phrasebank/templates) and their loader."""

from .loader import example_answer_files, load_template_dir, load_templates
from .model import PROMPT_TYPES, Condition, Part, Point, Prompt, SectionSpec, SentenceRule, Template

__all__ = ["PROMPT_TYPES", "Condition", "Part", "Point", "Prompt", "SectionSpec", "SentenceRule", "Template",
           "example_answer_files", "load_template_dir", "load_templates"]
