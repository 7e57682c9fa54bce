"""Counts of a period rather than of one event: "bringing to 61 the number of vigilantes killed in
the area this year", "more than 390 have been killed since the war began", "the conflict has killed
more than 6,000 people", "lost up to 25,000 dead during the Afghan war". Read by
:mod:`whimbrel.casualty_counts` and :mod:`whimbrel.casualty_syntax`, which mark such a count as no
toll of the event."""

from __future__ import annotations

from collections.abc import Sequence

from .casualty_words import MONTHS
from .numbers import NumberExpr, Tok, ws

_RUNNING = (
    ("this", "year"),
    ("so", "far"),
    ("this", "month"),
    ("to", "date"),
    ("since", "january"),
    # a rate: "dozens of elderly people are killed every year"
    ("every", "year"),
    ("each", "year"),
    ("every", "month"),
    ("per", "year"),
)


_SUPERLATIVES = frozenset(
    {"deadliest", "bloodiest", "worst", "biggest", "largest", "most", "first", "latest"}
)


def running_total(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A count of a period, not of the event: "bringing to 61 the number of vigilantes killed in the
    area this year", "... killed so far", "mines had killed 14 civilians in the district since the
    start of the year", "more than 1,100 killed since April 2023"."""
    after = [t.low for t in toks[ne.last : ne.last + 18]]
    if "." in after:
        after = after[: after.index(".")]
    # "killing 17 soldiers in one of the deadliest assaults on the town this year": the year ranks the
    # attack, it counts no period
    rank = next((k for k, w in enumerate(after) if w in _SUPERLATIVES), None)
    if rank is not None:
        after = after[:rank]
    told = [t.low for t in toks[max(0, ne.first - 24) : ne.first]]  # the sentence before the count
    told = told[len(told) - told[::-1].index(".") :] if "." in told else told
    while told and (told[0].isdigit() or not told[0][:1].isalnum()):
        told = told[1:]  # a post's number and time: "4/ 13:10 - Since the start of the year ..."
    before = told[-6:]
    # (not "seized ... earlier this month": when the act was, no period counted)
    pairs = [
        p
        for words_ in (after, before)
        for k, p in enumerate(zip(words_, words_[1:], strict=False))
        if not (k > 0 and p[0] == "this" and words_[k - 1] in ("earlier", "early", "later", "late"))
    ]
    # "So far this year, the province has registered more than 800 violent deaths": the sentence's
    # opening running period reaches its count ("Earlier this year, a single attack killed 24" does not)
    if len(told) < 24 and tuple(told[:2]) in (("so", "far"), ("to", "date")):
        return True
    if len(told) < 24 and told[:1] == ["since"] and _a_long_period(told[1:7]):
        return True  # "Since the beginning of this year, 46 shootings have been reported, in which 31 died"
    if len(told) < 24 and told[:1] == ["by"] and any(_a_year([w]) or w in MONTHS for w in told[1:4]):
        return True  # "By early 2025, more than 900 Palestinians had been killed in the West Bank"
    # "During the war that preceded the ceasefire, Israeli strikes killed more than 4,000 people across
    # the country": a war's toll, of many acts or spread over a country
    war_told = _of_a_war(told) and (bool(_SPREAD.intersection(after)) or bool(_ACTS.intersection(told)))
    if any(pair in _RUNNING for pair in pairs) or _whole_conflict(toks, ne) or _of_a_war(after) or war_told:
        return True  # "... killed so far", "So far this year 27 people have been killed"
    if _tells_past_period(after) or _tells_past_period(told):
        # "more than 120 people have been killed in Gezira over the past month", "Over the past 24
        # hours, shelling across the region killed four people"
        return True
    if "which" in told and (
        {"period", "wave", "spate", "series", "tally"} & set(told[: told.index("which")])
    ):
        return True  # "a wave of attacks over the Christmas period in which close to 200 people died"
    if _several_acts(before):
        return True  # "the three attacks together have claimed 14 lives"
    if any(w in ("during", "throughout") and _a_year(after[k + 1 : k + 2]) for k, w in enumerate(after)):
        return True  # "Dozens of people were killed in attacks in Diyala during 2024"
    if _across_a_month(told, after):
        return True  # "In July 2024, the mission verified at least 219 civilians killed across Ukraine"
    if _RECORDED.intersection(before) and _of_a_year(after):
        return True  # "Rio de Janeiro state recorded about 3,000 violent deaths in 2023": a year's tally
    since = [k for k, w in enumerate(after) if w == "since"]
    # ("... killed in the conflict since it reignited in 2004": a year told in the clause after "since")
    return any(
        _a_long_period(after[k + 1 : k + 7]) or any(_a_year([w]) for w in after[k + 1 : k + 7]) for k in since
    )


# acts counted together: "the three attacks together", "these massacres combined"
_ACTS = ws("attacks massacres bombings raids incidents killings ambushes strikes blasts")


def _several_acts(before: list[str]) -> bool:
    """The words before a count name several acts, counted together, as its subject: "the three
    attacks together have claimed 14 lives", "the raids combined left": a total of many acts, no one
    act's toll ("The two blasts killed nine people" stays the twin bombing's toll)."""
    return any(
        w in _ACTS and nxt in ("together", "combined") for w, nxt in zip(before, before[1:], strict=False)
    )


def _a_year(words: list[str]) -> bool:
    """The first word is a year ("2024")."""
    return bool(words) and len(words[0]) == 4 and words[0].isdigit() and words[0][:2] in ("19", "20")


# the verbs of a tally: "the state recorded 3,000 violent deaths in 2023", "registered 880 homicides"
_RECORDED = frozenset({"recorded", "registered", "logged", "counted", "documented", "records", "registers"})


def _of_a_year(after: list[str]) -> bool:
    """The words after a count tell a whole year: "in 2023", "last year", "this year"."""
    pairs = set(zip(after, after[1:], strict=False))
    years = any(w in ("in", "for", "during") and _a_year(after[k + 1 : k + 2]) for k, w in enumerate(after))
    return years or bool({("last", "year"), ("this", "year"), ("a", "year")} & pairs)


# a count spread over a country or region, not one place: "killed across Ukraine", "nationwide"
_SPREAD = frozenset({"across", "nationwide", "countrywide", "throughout"})


def _across_a_month(told: list[str], after: list[str]) -> bool:
    """The sentence tells a count of a month or more ("In July 2024", "In the first three months of
    2024", "during 2025", "last month") spread, after the count, over a country or region ("killed
    across Haiti", "nationwide"): a monitor's tally, not one act's toll. "In July 2024, a bomb killed
    five people in Kherson" stays the bomb's toll: it is told in one place."""
    if not _SPREAD.intersection(after):
        return False  # "in coordinated attacks across the province in August, 70 were killed": one day's
    if any(pair in _LAST_PERIOD for pair in zip(after, after[1:], strict=False)):
        return True  # "30 people were killed in political violence across the country last month"
    for k, w in enumerate(told):
        if w not in ("in", "during", "throughout"):
            continue
        nxt = told[k + 1 : k + 6]
        if nxt and (nxt[0] in MONTHS or (len(nxt[0]) == 4 and nxt[0].isdigit())):
            return True  # "In July 2024", "during 2025"
        if nxt[:2] in (["the", "first"], ["the", "last"], ["the", "past"]) and _MONTHS_OR_MORE.intersection(
            nxt[2:5]
        ):
            return True  # "In the first three months of 2024"
    return False


_LAST_PERIOD = frozenset({("last", "month"), ("last", "year"), ("past", "month"), ("past", "year")})
_MONTHS_OR_MORE = frozenset({"month", "months", "quarter", "year", "years", "half"})

_PERIODS = frozenset(
    {"hours", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "fortnight"}
)


def _tells_past_period(words: list[str]) -> bool:
    """The words hold "over/in/during" a past stretch of time (:func:`_past_period`)."""
    return any(_past_period(words[k : k + 5]) for k, w in enumerate(words) if w in ("over", "in", "during"))


def _past_period(words: list[str]) -> bool:
    """ "over the past month", "in the last two years", "during the past weeks", "over the past 24
    hours", "in recent years": a stretch of time, not one act's."""
    if len(words) >= 3 and words[1] == "recent" and words[2] in _PERIODS:
        return True  # "in recent years"
    if len(words) < 3 or words[1] != "the" or words[2] not in ("past", "last", "previous"):
        return False
    return any(w in _PERIODS for w in words[3:5])


# a conflict's whole toll ("The conflict has killed more than 6,000 people", "violence since 2023 in
# which 250 people have been killed") and a year's ("took the country's murder toll for the year to
# 71"), told before the count
_CONFLICTS = frozenset(
    {"conflict", "war", "insurgency", "uprising", "crisis", "violence", "feud", "dispute", "rivalry"}
)
# a state of conflict whose start a count is told "since": a period, not one clash
_UNREST = frozenset(
    {
        "war",
        "conflict",
        "unrest",
        "insurgency",
        "uprising",
        "crisis",
        "violence",
        "revolt",
        "rebellion",
        "occupation",
        "protests",
        "invasion",
        "coup",
        "transition",
        "takeover",
        "junta",
        "regime",
    }
)
# "the feud had lasted more than a decade and claimed nine lives": a long time told before the count
_LASTED = frozenset({"lasted", "spanned", "raged", "simmered", "festered"})
_LONG = frozenset({"decade", "decades", "years", "generations", "centuries"})
_HAS = frozenset({"has", "have", "had"})


def _whole_conflict(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is a conflict's or a year's total, told before it (see ``_CONFLICTS``)."""
    before = [t.low for t in toks[max(0, ne.first - 10) : ne.first]]
    if "." in before:
        before = before[len(before) - before[::-1].index(".") :]
    if any(before[k : k + 3] == ["for", "the", "year"] for k in range(len(before))):
        return True
    # "gripped by ethnic violence since 2023, in which more than 250 people have been killed"
    if any(
        w == "since" and _a_long_period(before[k + 1 : k + 7]) and "which" in before[k + 1 :]
        for k, w in enumerate(before)
    ):
        return True
    lasted = [k for k, w in enumerate(before) if w in _LASTED]
    if lasted and _LONG.intersection(before[lasted[0] :]):
        return True
    for k in range(1, len(before) - 1):
        if (
            before[k] in _HAS
            and before[k + 1] in ("killed", "claimed", "cost")
            and (before[k - 1] in _CONFLICTS or _conflict_of(before[:k]))
        ):
            return True
        # "the Lord's Resistance Army insurgency, which killed tens of thousands"
        verb = k + 2 if before[k + 1] in _HAS and k + 2 < len(before) else k + 1
        if (
            before[k] in ("which", "that")
            and before[verb] in ("killed", "claimed", "cost")
            and _CONFLICTS.intersection(before[max(0, k - 2) : k])
        ):
            return True
    return _conflict_which_has(toks, ne)


def _conflict_which_has(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count follows "which has killed" (or "claimed", "cost") whose "which" closes a clause telling
    a conflict: "since a war broke out between rival factions of the cartel, which has killed hundreds
    of people" — the war's toll so far, not one clash's."""
    before = [t.low for t in toks[max(0, ne.first - 24) : ne.first]]
    for stop in (".", ";"):
        if stop in before:
            before = before[len(before) - before[::-1].index(stop) :]
    if before[-3:-1] not in (["which", "has"], ["which", "have"], ["that", "has"]):
        return False
    if before[-1] not in ("killed", "claimed", "cost", "left"):
        return False
    return bool(_CONFLICTS.intersection(before[:-3]))


def _conflict_of(subject: list[str]) -> bool:
    """The words before the verb end with a conflict told with where or whom it is between ("the
    conflict in Cameroon's English-speaking regions has killed thousands")."""
    for c in range(len(subject) - 2, -1, -1):
        if subject[c] in _CONFLICTS:
            rest = subject[c + 1 :]
            return rest[0] in ("in", "over", "between", "against", "with") and not set(rest) & _CLAUSE_BREAKS
    return False


_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "which", "that", "who", "when", "after"})


def _of_a_war(after: list[str]) -> bool:
    """The count is told over a whole conflict: "lost up to 25,000 dead during the Afghan war",
    "killed during the insurgency"."""
    for k, w in enumerate(after):
        if w == "during" and any(
            x in ("war", "conflict", "insurgency", "occupation") for x in after[k + 1 : k + 5]
        ):
            return True
    return False


# words that open a short stretch after "since" ("since last week"), never an adjective of unrest
_PERIOD_WORDS = frozenset({"last", "this", "early", "mid", "late", "the", "a", "an"})


def _a_long_period(words: list[str]) -> bool:
    """The words after "since" start a period of months or more: a month, a year, "last year", "the
    start of the year", "the outbreak of the war". A count since last week or the start of the week
    is the toll of the fighting still going on, not a period's."""
    first, rest = (words[0], words[1:]) if words else ("", [])
    if first in MONTHS or (len(first) == 4 and first.isdigit()):
        return True
    if first in ("a", "the") and rest and rest[0] in _UNREST | {"ceasefire", "truce"}:
        return True  # "since a ceasefire took effect in late November"
    if first in ("last", "early", "mid", "late"):
        return bool(rest) and rest[0] in ("year", "month", "summer", "winter", "spring", "autumn")
    if first == "the" and rest and rest[0] in _UNREST:
        return True  # "since the war in Gaza began", "since the unrest erupted on 13 May"
    if first == "the" and len(rest) > 1 and rest[0].isalpha() and rest[1] in _UNREST:
        return True  # "since the military transition began", "since the civil war broke out"
    if any(w in ("took", "seized") for w in words[1:4]) and "power" in words[2:5]:
        return True  # "since the army seized power", "since the generals took power in 2021"
    if first.isalpha() and first not in _PERIOD_WORDS and rest and rest[0] in _UNREST:
        return True  # "since ethnic violence broke out in the state in May 2023"
    return (
        first == "the"
        and bool(rest)
        and rest[0] in ("start", "beginning", "outbreak", "onset")
        and not ({"week", "weekend", "day", "fighting", "attack", "clashes"} & set(rest))
    )
