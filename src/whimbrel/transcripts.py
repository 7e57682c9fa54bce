"""Transcripts of briefings and press conferences: a journalist's question lines ("Q:", "Question:",
"Reporter:") and the speaker's answer lines after them ("A:", "Answer:").

A question reports nothing: the figure it puts to the speaker ("Q: The radio says forty soldiers died.
What do you say?") is no toll, and its words are no event. An answer tells of the incident the briefing
is about, however far back the statement told it.
"""

from __future__ import annotations

import re

__all__ = ["asked", "heading_question", "in_answer"]

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
    """The offset ``at`` lies in an answer line of a transcript, after a question, or in the paragraph
    under an explainer's question heading ("How many people died?\nFour people, ..."): what it tells
    there is of the incident the briefing or the explainer is about, however far back it was told."""
    line = story_text.rfind("\n", 0, at) + 1
    if _ANSWER_LINE.match(story_text, line) is not None and asked(story_text, max(0, line - 1)):
        return True
    return heading_question(story_text, at) is not None


# an explainer's heading: a short question alone on its line ("What happened?", "How many died?"); not
# an interviewer's to a witness ("What did you hear?"), whose answer is one person's account
_HEADING_QUESTION = re.compile(
    r"[ \t]*(?i:what|who|where|when|how|why|which)\b"
    r"(?![^\n?]*\b(?i:you|your)\b|[^\n?]*\bI\b)"  # not "What did you hear?"
    r"[^\n?]{0,80}\?[ \t]*\n"
)


def heading_question(story_text: str, at: int) -> str | None:
    """The question heading the paragraph of offset ``at`` in an explainer or a factbox ("How many
    people died?" over "Four people, three vendors and a taxi driver."), or None."""
    start = story_text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    para_line = story_text.rfind("\n", 0, at) + 1
    if para_line > start:  # the question line opens the paragraph: "What happened?\nArmed men ..."
        m = _HEADING_QUESTION.match(story_text, start)
        return m.group(0).strip() if m is not None and m.end() <= para_line else None
    # the question stands as a paragraph of its own before this one
    before = story_text.rfind("\n", 0, max(0, start - 2))
    m = _HEADING_QUESTION.match(story_text, before + 1)
    return m.group(0).strip() if m is not None and m.end() >= start - 2 else None
