"""Which clause a date expression belongs to, read from the parse. Sentences written by the team."""

from __future__ import annotations

from typing import Any

from whimbrel import nlp
from whimbrel.dates_attach import attached, of_participant, said_after, when_told
from whimbrel.types import Event, Span


def _sent(text: str) -> nlp.ParsedSentence:
    return nlp.ParsedSentence(0, 0, len(text), nlp.parse_texts([text])[0])


def _event(text: str, trigger: str) -> Event:
    i = text.index(trigger)
    return Event("t", 0, Span(0, len(text)), Span(i, i + len(trigger)), trigger, "ASSAULT")


def _where(text: str, trigger: str, expr: str) -> str:
    i = text.index(expr)
    spans = [(i, i + len(expr))]
    clause, outer, loose, rest = attached(_sent(text), _event(text, trigger), spans, lambda s: s)
    groups: dict[str, Any] = {"clause": clause, "outer": outer, "loose": loose, "rest": rest}
    return next((name for name, group in groups.items() if group), "none")


def test_a_date_of_coordinated_past_verbs_is_in_each_clause() -> None:
    text = "Gunmen killed a gendarme and wounded three others on Friday."
    assert _where(text, "killed", "Friday") == "clause"


def test_a_participle_describing_a_noun_carries_the_acts_date() -> None:
    assert (
        _where("A grenade thrown into a shop on Sunday night killed two men.", "killed", "Sunday night")
        == "clause"
    )


def test_an_after_clause_under_the_trigger_tells_another_time() -> None:
    assert _where("Police arrested him after he addressed a rally on Sunday.", "arrested", "Sunday") == "none"


def test_a_gerund_after_despite_or_after_tells_another_act() -> None:
    text = "Despite lifting the curfew on traders in May 2024, the council has detained dozens of them."
    assert _where(text, "detained", "May 2024") == "none"
    text = "Police arrested the editor after attending a rally on Sunday."
    assert _where(text, "arrested", "Sunday") == "none"


def test_a_past_clause_beside_the_trigger_dates_it_only_loosely() -> None:
    text = "A car bomb hit the convoy on Friday; the governor survived but three aides were slain."
    assert _where(text, "slain", "Friday") == "loose"


def test_a_result_participle_a_coordinated_verb_and_an_as_clause_tell_the_acts_date() -> None:
    text = "Troops and gunmen clashed in Baniyas, Tartus province, on Sunday, killing four fighters."
    assert _where(text, "clashed", "Sunday") in ("clause", "outer")
    text = "Shelling in Uri sector killed a woman and injured nine civilians on the night of 4 October."
    assert _where(text, "Shelling", "4 October") == "outer"
    text = "At least 21 were killed and over 100 wounded as crowds gathered near a food depot on Saturday."
    assert _where(text, "killed", "Saturday") == "loose"
    # an "as" clause is of the same time; an "after" clause is not
    assert _where("Police arrested him after he addressed a rally on Sunday.", "arrested", "Sunday") == "none"


def test_an_expression_the_parse_hangs_elsewhere_is_a_last_resort_unless_future_or_after() -> None:
    text = (
        "Police fired live rounds at marchers protesting the cost of living in Kano on 1 August, "
        "killing four people, a rights group said."
    )
    assert _where(text, "fired", "1 August") == "rest"
    assert _where("The envoy visited Kabul and will travel to Doha on Friday.", "visited", "Friday") == "none"


def test_a_date_said_before_the_report_is_when_it_was_said() -> None:
    text = "The health office said on Saturday that 31 people had been killed."
    assert _where(text, "killed", "Saturday") == "none"
    text = "Gunmen killed 21 people at the market on Friday, two officials said."
    assert _where(text, "killed", "Friday") in ("clause", "outer")


def test_a_date_right_after_the_reports_that_is_the_acts() -> None:
    text = "Police reported that on Tuesday, 7 April, two men on a motorcycle opened fire on a driver."
    assert _where(text, "fire", "Tuesday, 7 April") in ("clause", "outer")
    i = text.index("Tuesday, 7 April")
    assert not when_told(_sent(text), i, i + len("Tuesday, 7 April"))
    text = "Police reported on Tuesday that two men on a motorcycle had opened fire on a driver."
    i = text.index("Tuesday")
    assert when_told(_sent(text), i, i + len("Tuesday"))
    # a police release's time of day before the date: still the act's
    text = "Police said that at about 2215 hrs on Friday 6 June 2025, two gunmen opened fire inside a bus."
    assert _where(text, "fire", "Friday 6 June 2025") in ("clause", "outer", "loose", "rest")


def test_a_datelines_filing_date_is_not_the_acts() -> None:
    text = "Juba / Nairobi, 3 May 2024 — The group condemned the shelling of a clinic on Wednesday night."
    assert _where(text, "shelling", "3 May 2024") == "none"
    assert _where(text, "shelling", "Wednesday night") != "none"


def test_the_day_of_a_burial_is_not_the_attacks() -> None:
    text = "Gunmen raided the villages, and residents buried 23 victims the next day."
    assert _where(text, "raided", "the next day") == "none"


def test_a_date_of_a_proceeding_about_an_attack_is_not_the_attacks() -> None:
    # the parser hangs "killing" on "filed"; the filing's Monday is not the shooting's day
    text = (
        "Prosecutors on Monday filed charges against a man accused of opening fire in a village near "
        "Kraljevo on 12 July, killing two people."
    )
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Monday", "12 July")]
    clause, outer, loose, rest = attached(_sent(text), _event(text, "killing"), spans, lambda s: s)
    assert (clause, outer, loose, rest) == ([], [], [], [spans[1]])
    # with no date of its own, the attack was no later than the proceeding
    text = "On 22 September 2017 a court convicted five officers for killing two young men."
    assert _where(text, "killing", "22 September 2017") == "outer"


def test_claiming_lives_is_no_speech() -> None:
    text = "Fighting between two clans over grazing land near Galkayo on Monday claimed 14 lives."
    assert _where(text, "claimed", "Monday") != "none"


def test_a_gerund_subject_carries_its_date_to_the_toll_it_claimed() -> None:
    text = "Clan fighting near Mendi on Friday and Saturday claimed nine lives, police said."
    assert _where(text, "claimed", "Friday") == "clause"


def test_the_day_a_toll_was_said_is_told_apart_from_the_day_of_the_act() -> None:
    text = "Nine miners were killed and four were wounded, a district official said on Monday."
    i = text.index("Monday")
    assert said_after(_sent(text), _event(text, "killed"), i, i + len("Monday"))
    text = "Nine miners were killed on Saturday, a district official said."
    i = text.index("Saturday")
    assert not said_after(_sent(text), _event(text, "killed"), i, i + len("Saturday"))


def _said(text: str, trigger: str, expr: str) -> bool:
    i = text.index(expr)
    return said_after(_sent(text), _event(text, trigger), i, i + len(expr))


def test_a_day_that_qualifies_a_report_is_when_the_report_was_made() -> None:
    text = (
        "In a Friday statement the ministry put the toll at nine dead and said two soldiers had been killed."
    )
    assert _said(text, "killed", "Friday")
    assert _said(
        "According to a police report on Wednesday, six villagers were killed.", "killed", "Wednesday"
    )
    # a day of the act itself, also beside a noun that is no report ("a military post")
    assert not _said(
        "Six villagers were killed in a raid on a military post on Wednesday.", "killed", "Wednesday"
    )
    assert not _said(
        "Six villagers were killed on Wednesday, according to a police report.", "killed", "Wednesday"
    )


def test_a_day_on_a_speech_verb_or_a_report_tells_when_something_was_said() -> None:
    text = "Two guards were hurt in the brawl late on Friday, officers said on Sunday."
    spans = {w: (text.index(w), text.index(w) + len(w)) for w in ("Friday", "Sunday")}
    assert not when_told(_sent(text), *spans["Friday"])
    assert when_told(_sent(text), *spans["Sunday"])
    text = "In its Tuesday bulletin the ministry counted eleven dead."
    i = text.index("Tuesday")
    assert when_told(_sent(text), i, i + len("Tuesday"))


def _of_participant(text: str, trigger: str, expr: str) -> bool:
    i = text.index(expr)
    return of_participant(_sent(text), _event(text, trigger), i, i + len(expr))


def test_a_clause_telling_of_the_acts_participant_gives_its_time() -> None:
    text = "The number killed by a shell that hit a school on Monday night is six, a mayor said on Tuesday"
    assert _of_participant(text, "killed", "Monday night")
    assert not _of_participant(text, "killed", "Tuesday")
    text = "Divers recovered two bodies from a ferry that was attacked by pirates on Friday, the navy said."
    assert _of_participant(text, "bodies", "Friday")


def test_the_clause_of_a_victim_who_died_later_is_no_participant_of_the_attack() -> None:
    text = "With the two people who died today, the attack on the bar on Sunday has killed nine."
    assert not _of_participant(text, "attack", "today")
