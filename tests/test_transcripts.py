"""Question and answer lines of a briefing's transcript, and the question headings of an explainer."""

from __future__ import annotations

from whimbrel.transcripts import asked, heading_question, in_answer

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


EXPLAINER = (
    "What happened?\nGunmen opened fire on traders on Monday night.\n\n"
    "HOW MANY DIED?\nFive people. Seven others were wounded.\n\n"
    "What did you see?\nThe man beside me fell."
)


def test_a_paragraph_under_an_explainers_question_is_an_answer() -> None:
    assert heading_question(EXPLAINER, EXPLAINER.index("Gunmen")) == "What happened?"
    assert heading_question(EXPLAINER, EXPLAINER.index("Seven")) == "HOW MANY DIED?"
    assert in_answer(EXPLAINER, EXPLAINER.index("Five"))


def test_an_interviewers_question_to_a_witness_heads_no_answer() -> None:
    assert heading_question(EXPLAINER, EXPLAINER.index("The man")) is None
    assert not in_answer("Gunmen fired.\n\nPolice said three died.", 20)
