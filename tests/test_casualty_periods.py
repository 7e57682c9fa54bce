"""Counts of a period rather than of one event (whimbrel.casualty_periods): regex only, no model."""

from __future__ import annotations

import pytest

from whimbrel.casualty_periods import running_total
from whimbrel.numbers import number_at, tokens


def _total(text: str, number: str) -> bool:
    toks = tokens(text)
    at = next(k for k, t in enumerate(toks) if t.low == number)
    ne = number_at(toks, at, 0)
    assert ne is not None
    return running_total(toks, ne)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("More than 390 people have been killed in the West Bank since the war in Gaza began.", "390"),
        ("His death brings to eight the number of people killed since the unrest erupted.", "eight"),
        ("Over 100 have died since the conflict flared up again in late 2021.", "100"),
        (
            "The killings bring to six the number of polio workers and police guards killed in "
            "Khyber Pakhtunkhwa province this year.",
            "six",
        ),
        ("Mines had killed 14 civilians in the district since the start of the year.", "14"),
        ("The conflict has killed more than 6,000 people.", "6,000"),
        ("So far this year 27 people have been killed in shootings across the country.", "27"),
        ("More than 120 people have been killed in the state over the past month.", "120"),
        ("Strikes have killed more than 80 people since a ceasefire took effect in late November.", "80"),
        ("It follows a wave of attacks over the Christmas period in which close to 200 people died.", "200"),
        ("Nine militants had been neutralised in northern Iraq over the past week.", "nine"),
        ("Over the past 24 hours, shelling across the region killed four people and injured 21.", "four"),
        ("Such disputes have killed hundreds of people across the south in recent years.", "hundreds"),
        ("It was the second such raid this month; the two raids together have killed 11 people.", "11"),
        ("The state recorded about 3,000 violent deaths in 2023, the institute said.", "3,000"),
        ("The commission registered 31 killings over land last year.", "31"),
        ("The coalition says 47 protesters have been killed since the military transition began.", "47"),
        ("At least 80 people have been killed in the capital since the army seized power.", "80"),
        ("The conflict in the English-speaking regions has killed thousands of people.", "thousands"),
        ("It was the 51st massacre this year, a tally in which 176 people have been killed.", "176"),
        ("Fear has reigned since a feud broke out between two gangs, which has killed hundreds.", "hundreds"),
    ],
)
def test_a_count_of_a_period_is_no_events_toll(text: str, number: str) -> None:
    assert _total(text, number)


def test_a_year_that_ranks_the_attack_counts_no_period() -> None:
    text = "Fighters stormed the town, killing 17 soldiers in one of the deadliest assaults this year."
    assert not _total(text, "17")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Twelve people have been killed since the fighting began on Friday.", "twelve"),
        ("Four people were killed in clashes in Bawku on Sunday.", "four"),
        ("Nine have died since the attack on the market.", "nine"),
        ("Nine more were killed in the last two days in clashes in Bokkos.", "nine"),
        ("The two blasts killed 9 people and wounded 30.", "9"),  # a twin bombing's own toll
        ("The violence in the town, which began on Monday, has killed 12 people.", "12"),
    ],
)
def test_the_toll_of_fighting_still_going_on_is_the_events(text: str, number: str) -> None:
    assert not _total(text, number)
