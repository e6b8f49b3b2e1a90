"""The interview: parse forgiving answers and drive a session from chat messages."""

from .chat import HELP, Conversation, Reply
from .parse import AnswerError, describe, parse_answer, parse_number, parse_value, split_items

__all__ = ["HELP", "AnswerError", "Conversation", "Reply", "describe", "parse_answer", "parse_number",
           "parse_value", "split_items"]
