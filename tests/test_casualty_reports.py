"""Tests for whimbrel.casualty_reports: how counts of one event combine, and the stage's primitives."""

from __future__ import annotations

import pytest

from whimbrel.casualty_counts import find_counts
from whimbrel.casualty_reports import (
    claimed_credit,
    combine,
    corrected,
    dismissed_next,
    eligible,
    new_event,
    rejected_rumour,
    sum_counts,
    superseded_in_blog,
)
from whimbrel.types import Count, Event, Span


def _best(text: str, kind: str = "dead") -> tuple[int, str] | None:
    got = combine([m for m in find_counts(text) if m.kind == kind and not m.subset], text)
    return None if got is None else (got[0].best, got[1])


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Gunmen killed five soldiers and three civilians near the camp.", 8),
        ("Rebels said they killed 20 soldiers, but the army said four died.", 4),
        ("Officials said 12 died, but local leaders later said 32 died.", 32),
        ("Five soldiers were killed; the army said 17 attackers died.", 22),
        ("Two killed: two people were killed in the blast.", 2),
        ("Officials said 6 soldiers were killed; the rebels said 15 fighters died.", 21),
        ("A gunman killed a guard at the gate before police shot him dead.", 2),
        # each source tells other people's dead: no rival figures
        ("The ministry said four Palestinians were killed, while the army said one soldier was killed.", 5),
    ],
)
def test_counts_of_one_event_combine(text: str, best: int) -> None:
    got = _best(text)
    assert got is not None and got[0] == best, got


def test_no_counts_combine_to_none() -> None:
    assert combine([], "Nothing happened.") is None


def test_sum_counts_adds_bounds_and_spans_all() -> None:
    total = sum_counts([Count(5, 5, 5, "5", 10, 11), Count(3, None, 3, "3", 30, 31)])
    assert (total.low, total.high, total.best, total.start, total.end) == (8, None, 8, 10, 31)
    assert sum_counts([Count(2, 2, 2, "two", 0, 3)]).text == "two"


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("In a separate attack, gunmen killed two.", True),
        ("A second blast hit the market.", True),
        ("Another person died in hospital.", True),
        ("Troops captured a third suspect.", False),
        ("Six soldiers were killed.", False),
        ("Another 23 people were injured, 15 of them by bullets.", False),  # more people
        ("A further twelve were wounded.", False),
        ("In another attack, 23 people were killed.", True),
    ],
)
def test_new_event_words(sentence: str, new: bool) -> None:
    assert new_event(sentence) is new


def test_which_events_can_carry_a_toll() -> None:
    def ev(event_type: str, mode: str | None = None) -> Event:
        return Event(
            story_id="e",
            sentence_index=0,
            sentence=Span(0, 5),
            trigger=Span(0, 5),
            trigger_text="x",
            event_type=event_type,
            mode=mode,
        )

    assert eligible(ev("ASSAULT")) and eligible(ev("COERCE")) and eligible(ev("PROTEST", "riot"))
    assert not eligible(ev("PROTEST", "demonstrate")) and not eligible(ev("CONSULT"))
    # an arrest holds no toll: "a third man had died and nine had been arrested" is the attack's death
    assert eligible(ev("COERCE", "seize")) and not eligible(ev("COERCE", "arrest"))


def test_each_person_told_with_an_article_is_another_one() -> None:
    text = "A constable was wounded in the leg and a girl was hit by a stray bullet in her home."
    assert _best(text, "injured") == (2, "sum")
    # people told one by one after a second verb are other people than the first verb's count
    text = "Insurgents raided a village, beheading two men and shooting dead a woman and her daughter."
    assert _best(text) == (4, "sum")


@pytest.mark.parametrize(
    ("sentence", "figure", "claimed"),
    [
        (
            "The group said it carried out the raid, claiming to have killed dozens of soldiers.",
            "dozens",
            True,
        ),
        ("In a statement, the rebels claimed they had killed 'more than 30' troops.", "more", True),
        ("The militants claimed that they killed 14 guards.", "14", True),
        ("The army said it killed 14 militants in the operation.", "14", False),  # a deed told by its doer
        ("The group claimed the attack, which killed 14 guards.", "14", False),  # a claim of the attack only
    ],
)
def test_a_group_claiming_what_its_attack_did(sentence: str, figure: str, claimed: bool) -> None:
    assert claimed_credit(sentence, sentence.index(figure)) is claimed


def test_a_figure_going_round_counts_no_one_in_a_story_that_rejects_it() -> None:
    claim = 'Posts on X said that "ten people" were killed in the blast.'
    checked = claim + " Police said one man died. Verdict: FALSE."
    at = claim.index("ten")
    assert rejected_rumour(checked, Span(0, len(claim)), at)
    assert not rejected_rumour(claim, Span(0, len(claim)), at)  # nothing rejects it: a report
    corrected = claim + ' Police said one man died. "The information circulating online is not correct."'
    assert rejected_rumour(corrected, Span(0, len(claim)), at)
    own = 'Posts said "ten" died, but police said two died.'
    story = own + " The claim is false."
    assert not rejected_rumour(story, Span(0, len(own)), own.index("two"))  # the official figure


def test_an_older_entry_of_a_live_page_told_newest_first_is_no_toll() -> None:
    page = (
        "Monday 8:00am - Police say two people were shot dead. "
        "Sunday 9:40pm - Negotiators are at the farm. "
        "Sunday 5:15pm - Reports that one man is dead."
    )
    assert superseded_in_blog(page, page.index("one man"), "dead")  # Monday's entry told the dead
    assert not superseded_in_blog(page, page.index("two people"), "dead")
    assert not superseded_in_blog(page, page.index("one man"), "injured")
    told_in_order = "Sunday 5:15pm - One man is dead. Monday 8:00am - Police say two people died."
    assert not superseded_in_blog(told_in_order, 20, "dead")  # oldest first: updates come later


def test_the_tellers_own_figure_corrected_is_no_toll() -> None:
    text = "3/ Earlier I wrote that four people were killed. Correction: the toll is three.\n4/ More later."
    first = Span(3, text.index(" Correction"))
    assert corrected(text, first, text.index("four"))
    # a figure of police, or one with no correction in its post, stands
    assert not corrected(text, Span(first.end + 1, text.index("\n")), text.index("three"))
    plain = "Earlier I wrote that four people were killed."
    assert not corrected(plain, Span(0, len(plain)), plain.index("four"))


@pytest.mark.parametrize(
    ("after", "dismissed"),
    [
        (" The army dismissed the claim as propaganda.", True),
        (" Officials rejected those figures.", True),
        (" The army said four soldiers died.", False),
    ],
)
def test_a_claim_rejected_in_the_next_sentence(after: str, dismissed: bool) -> None:
    text = "The group said that more than 30 soldiers had been killed." + after
    sentence = Span(0, text.index(".") + 1)
    assert dismissed_next(text, sentence, text.index("30")) is dismissed
    text = "A group posted a statement saying it had also killed three guards." + after
    sentence = Span(0, text.index(".") + 1)
    assert dismissed_next(text, sentence, text.index("three")) is dismissed
