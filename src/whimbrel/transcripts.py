"""Transcripts of briefings and press conferences: a journalist's question lines ("Q:", "Question:",
"Reporter:") and the speaker's answer lines after them ("A:", "Answer:").

A question reports nothing: the figure it puts to the speaker ("Q: The radio says forty soldiers died.
What do you say?") is no toll, and its words are no event. An answer tells of the incident the briefing
is about, however far back the statement told it.
"""

from __future__ import annotations

import re

__all__ = ["asked", "in_answer"]

# a journalist's question in a transcript: "Q: The radio says forty soldiers died. What do you say?"
_QUESTION_LINE = re.compile(r"(?:Q|Question|QUESTION|Reporter|REPORTER|Journalist|JOURNALIST)\s*[:.]\s")


def asked(story_text: str, at: int) -> bool:
    """The offset ``at`` lies in a question line of a transcript: the figure is put to the speaker,
    whose answer tells the toll."""
    line = story_text.rfind("\n", 0, at) + 1
    return _QUESTION_LINE.match(story_text, line) is not None


# a speaker's answer in a transcript: "A: Four people died.", "ANSWER: ..."
_ANSWER_LINE = re.compile(r"(?:A|Answer|ANSWER)\s*[:.]\s")


def in_answer(story_text: str, at: int) -> bool:
    """The offset ``at`` lies in an answer line of a transcript, after a question: what the speaker
    tells there is of the incident the briefing is about, however far back it was told."""
    line = story_text.rfind("\n", 0, at) + 1
    return _ANSWER_LINE.match(story_text, line) is not None and asked(story_text, max(0, line - 1))
