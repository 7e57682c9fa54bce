"""Tests for whimbrel.dates_patterns: the guards that refuse false hits and the extent of each rule's
pattern (the resolvers are tested in test_dates_rules.py, the selection in test_dates.py)."""

from __future__ import annotations

import re

import pytest

from whimbrel import dates_patterns as dp
from whimbrel.dates_patterns import RULE_RANK, RULES

RULE = {rule.name: rule for rule in RULES}


def _match(rule: str, text: str) -> re.Match[str]:
    m = RULE[rule].pattern.search(text)
    assert m is not None, (rule, text)
    return m


def _accepted(rule: str, text: str) -> bool:
    guard = RULE[rule].accept
    assert guard is not None, rule
    return guard(_match(rule, text), text)


def _extents(rule: str, text: str) -> list[str]:
    pattern = RULE[rule].pattern
    return [m.group("span") if "span" in pattern.groupindex else m.group() for m in pattern.finditer(text)]


# ------------------------------------------------------------------------------------- the table
def test_rule_names_are_unique_and_ranked_in_table_order() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert [RULE_RANK[n] for n in names] == list(range(len(names)))
    # ties between equally long matches go to the earlier rule: a full date before a bare month-day
    assert RULE_RANK["date-month-day-year"] < RULE_RANK["date-month-day"] < RULE_RANK["month"]
    assert RULE_RANK["year"] < RULE_RANK["year-spoken"]


def test_next_word() -> None:
    text = "in 2019 Rebels came"
    m = re.search("2019", text)
    assert m is not None and dp._next_word(m, text) == "rebels"
    end = re.search("came", text)
    assert end is not None and dp._next_word(end, text) == ""


# ----------------------------------------------------------------------------------------- guards
@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("It happened in 2019.", True),
        ("It cost $2019 in all.", False),
        ("Prices rose 2019% overnight.", False),
        ("Troops left at 1900 hours.", False),
        ("They clashed at around 1700 hrs.", False),
        ("Buses on Route 1990 stopped.", False),
        ("Some 2000 troops crossed.", False),
        ("In 2019 rebels took the port.", True),  # after a preposition, a year before a noun
        ("Call 1990-555 now.", False),
        ("A score of 1990.5 points.", False),
        ("The 1984 election.", True),
    ],
)
def test_g_year(text: str, ok: bool) -> None:
    assert _accepted("year", text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("It ended in two thousand.", True),
        ("Two thousand troops massed.", False),
        ("It began in the year two thousand.", True),
        ("Nineteen ninety people came.", False),
        ("He wrote it in nineteen ninety.", True),
    ],
)
def test_g_spoken_year(text: str, ok: bool) -> None:
    assert _accepted("year-spoken", text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("After the fall of the regime, ...", False),
        ("A fall in prices followed the fall in output.", False),
        ("Crops failed last fall, farmers said.", True),
        ("It happened in the fall of 2019.", True),
        ("It ended in the spring of hope.", True),  # only "fall" is also a noun of events
    ],
)
def test_g_season(text: str, ok: bool) -> None:
    assert _accepted("season", text) is ok


def test_g_range_needs_between_for_and() -> None:
    assert _accepted("range-days-month", "Raids on 13 and 15 September.") is False
    assert _accepted("range-days-month", "Talks ran between 13 and 15 September.") is True
    assert _accepted("range-days-month", "Talks ran 13-15 September.") is True
    assert _accepted("range-days-month", "Talks ran 13 to 15 September.") is True


@pytest.mark.parametrize(
    ("rule", "text", "ok"),
    [
        ("date-month-day", "due on February 30 at noon", False),
        ("date-month-day", "due on February 29 at noon", True),  # no year: it may be a leap year
        ("date-month-day-year", "born on February 29, 2024 at dawn", True),
        ("date-month-day-year", "born on February 29, 2023 at dawn", False),
        ("date-day-month", "held on the 31st of April by", False),
        ("date-day-month", "held on the 30th of April by", True),
    ],
)
def test_g_valid_dm(rule: str, text: str, ok: bool) -> None:
    assert _accepted(rule, text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("May I ask you?", False),
        ("March ahead, he told them.", False),
        ("It rained in May.", True),
        ("It rained last May.", True),
        ("It rained in early March.", True),
        ("June was wet.", True),  # only "May" and "March" are also words
        ("A man was shot in the Greenvale area of May Pen on Sunday.", False),  # a town's name
    ],
)
def test_g_month_bare(text: str, ok: bool) -> None:
    assert _accepted("month", text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("over the past two years", False),
        ("over the past week", False),
        ("the past remains with them", True),
        ("future talks will tell", True),
        ("No future is certain.", False),
        ("a previously announced plan", False),
        ("as they had previously, with care", True),
        ("as he said earlier.", True),
        ("as the earlier talks showed", False),
    ],
)
def test_g_ref(text: str, ok: bool) -> None:
    assert _accepted("reference", text) is ok


# ---------------------------------------------------------------------------------- pattern extents
@pytest.mark.parametrize(
    ("rule", "text", "found"),
    [
        ("date-month-day-year", "On Tuesday, March 4, 2003, police came.", ["Tuesday, March 4, 2003"]),
        ("date-day-month-year", "It was 4th of March 2003.", ["4th of March 2003"]),
        # a number after the day belongs to the next clause, not to a year
        ("date-month-day", "On March 3, 25 people were hurt.", ["March 3"]),
        ("date-month-day", "On March 3, 2020, it rained.", []),
        ("holiday", "Shops shut on Christmas Eve.", ["Christmas Eve"]),
        ("date-numeric", "Filed 6/30/2019 and 1/2/03.", ["6/30/2019", "1/2/03"]),
        ("date-iso", "Dated 2019-06-30 and 20190701.", ["2019-06-30", "20190701"]),
        ("date-dotted", "On 07.03.2026, at around 14:00, and 1.5.2024.", ["07.03.2026", "1.5.2024"]),
        ("date-dotted", "Build 3.4.2024.7 and 12.5.20245 are no days.", []),
        ("date-dotted", "Event date: 27-09-2025 (from dawn)", ["27-09-2025"]),
        ("date-dotted", "In the 2024-2025 season, and 3-04.2025.", []),
        ("month-year", "In mid-March 2011 it began.", ["mid-March 2011"]),
        ("month-relative-year", "By March of last year it ended.", ["March of last year"]),
        ("weekday", "Early Tuesday morning of last week.", ["Early Tuesday morning of last week"]),
        ("day-word", "It began late yesterday evening.", ["late yesterday evening"]),
        ("day-word", "Yesterday's talks failed.", ["Yesterday"]),
        ("day-word", "Today's Kenya is not the Kenya of 1990.", []),
        ("day-word", "It was the last night of the fiesta.", []),
        ("day-word", "Gunmen raided the camp overnight, killing six.", ["overnight"]),
        ("day-word", "Overnight, drones struck the port.", ["Overnight"]),
        ("day-word", "They imposed an overnight curfew and raised overnight rates.", []),
        ("day-word", "Drones struck overnight on Sunday.", []),  # the weekday tells the day
        (
            "day-relative",
            "Two had died the previous day, three the day before.",
            ["the previous day", "the day before"],
        ),
        ("day-relative", "They met the day before the vote and the next day.", ["the next day"]),
        ("day-relative", "The mob came back the following evening.", ["the following evening"]),
        ("that-day", "Later that same evening, shots rang out.", ["Later that same evening"]),
        ("that-day", "Talks began that Monday and went on that daytime.", []),
        ("that-weekday", "They struck shortly after midnight on that Sunday.", ["that Sunday"]),
        ("that-weekday", "Police said that Sunday's attack was planned.", []),
        ("relative-unit", "It rose earlier this month, not in months.", ["earlier this month"]),
        ("the-weekend", "Over the weekend, it rained.", ["the weekend"]),
        ("current-unit", "By the end of the fiscal year.", ["the end of the fiscal year"]),
        ("ago", "It closed two years ago and reopened a week later.", ["two years ago", "a week later"]),
        ("ago", "Two days before the vote.", []),
        ("year-adjective", "Up from the year-earlier quarter.", ["the year-earlier quarter"]),
        ("quarter", "In its fiscal second quarter of 2019.", ["its fiscal second quarter of 2019"]),
        ("quarter-anaphor", "In the quarter ended Sept. 30.", ["the quarter"]),
        ("half-year", "In the second half of next year.", ["the second half of next year"]),
        ("season", "Last summer it was dry.", ["Last summer"]),
        ("season-year", "In summer 2016 it was dry.", ["summer 2016"]),
        ("year", "In the late 1990 season.", ["late 1990"]),
        ("year", "In the 1990s.", []),
        ("year-spoken", "In the year nineteen ninety.", ["the year nineteen ninety"]),
        (
            "decade",
            "In the late 1970s and the '80s and the sixties.",
            ["the late 1970s", "the '80s", "the sixties"],
        ),
        ("century", "In the twenty-first century.", ["the twenty-first century"]),
        ("range-weekdays", "Open from Monday to Wednesday.", ["from Monday to Wednesday"]),
        ("range-months", "From Sept. through Nov. 2019 it rained.", ["From Sept. through Nov. 2019"]),
        ("range-years", "The war of 1980-88.", ["1980-88"]),
        ("reference", "Talks are in the coming weeks.", ["in the coming weeks"]),
        ("duration", "It lasted three days, not three days ago.", ["three days"]),
        ("duration-vague", "It took several years.", ["several years"]),
        ("duration-one", "He was held for a week.", ["a week"]),
        ("duration-one", "He was held for a week ago.", []),
        ("duration-unit", "Over the past month, it rose.", ["the past month"]),
    ],
)
def test_pattern_extents(rule: str, text: str, found: list[str]) -> None:
    assert _extents(rule, text) == found


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("That night the militia set up roadblocks.", True),
        ("The crowd dispersed that afternoon.", True),
        ("Elders warned later that day that the feud could flare.", True),
        # the "that" of a clause after a verb of saying or knowing, before a noun
        ("Officials claimed that night patrols had been stopped.", False),
        ("Farmers fear that evening curfews will ruin the harvest.", False),
    ],
)
def test_g_that_day(text: str, ok: bool) -> None:
    assert _accepted("that-day", text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # the weekly prayer, its day told by the date after it
        ("as worshippers were leaving Friday prayers on 23 February", False),
        ("Gunmen attacked worshippers during Friday prayers in Kano.", True),
        ("The blast hit the market on Friday, 23 February.", True),
    ],
)
def test_g_weekday(text: str, ok: bool) -> None:
    m = re.search("Friday", text)
    assert m is not None and dp.g_weekday(m, text) is ok
