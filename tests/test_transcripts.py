"""Question and answer lines of a briefing's transcript."""

from __future__ import annotations

from whimbrel.transcripts import asked, in_answer

TRANSCRIPT = (
    "SPOKESMAN: Gunmen attacked the market on Monday.\n"
    "Q: The radio says forty people died. What do you say?\n"
    "A: That is false. Six people died.\n"
    "Question: And the wounded?\n"
    "Answer: Eleven.\n"
)


def test_a_question_line_is_asked() -> None:
    assert asked(TRANSCRIPT, TRANSCRIPT.index("forty"))
    assert asked(TRANSCRIPT, TRANSCRIPT.index("wounded"))
    assert not asked(TRANSCRIPT, TRANSCRIPT.index("Gunmen"))
    assert not asked(TRANSCRIPT, TRANSCRIPT.index("Six"))


def test_an_answer_follows_a_question() -> None:
    assert in_answer(TRANSCRIPT, TRANSCRIPT.index("Six"))
    assert in_answer(TRANSCRIPT, TRANSCRIPT.index("Eleven"))
    assert not in_answer(TRANSCRIPT, TRANSCRIPT.index("forty"))
    assert not in_answer(TRANSCRIPT, TRANSCRIPT.index("Gunmen"))


def test_a_line_opening_with_a_letter_is_no_answer_without_a_question() -> None:
    text = "A: list of incidents follows.\nA man was shot dead in the market."
    assert not in_answer(text, text.index("list"))
    assert not asked(text, text.index("man"))
