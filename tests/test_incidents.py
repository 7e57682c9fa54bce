"""One incident told more than once (stage ``incidents.merge.v1``)."""

from datetime import date

import pytest

from whimbrel.types import Story


def _events(pipeline, text: str):
    return pipeline(Story(id="i", text=text, published=date(2026, 5, 6))).events


def _by_trigger(events, trigger):
    return next(e for e in events if e.trigger_text == trigger)


def test_the_wounded_of_a_retelling_go_to_the_incident(pipeline):
    events = _events(
        pipeline,
        "Police opened fire on traders in Gulu on Monday, killing three of them, witnesses said.\n\n"
        "The traders had refused to leave the market. Officers fired into the stalls, a vendor said. "
        "Nine wounded were treated at the hospital.",
    )
    fire = _by_trigger(events, "fire")
    assert (fire.dead.best, fire.injured.best) == (3, 9)
    assert _by_trigger(events, "fired").injured is None
    moved = [e for e in fire.evidence if e.field == "injured"]
    assert moved[-1].stage == "incidents.merge.v1" and moved[-1].method == "same-incident"


def test_the_toll_a_retelling_repeats_is_no_second_toll(pipeline):
    events = _events(
        pipeline,
        "Gunmen killed five farmers in Bama on Monday, officials said.\n\n"
        "The attackers, who stormed the fields at dawn, shot dead 5 of the farmers, a survivor said.",
    )
    tolls = [e.dead.best for e in events if e.dead is not None]
    assert tolls == [5]
    repeat = [ev for e in events for ev in e.evidence if ev.field == "dead.repeat"]
    assert repeat and repeat[0].stage == "incidents.merge.v1"


def test_a_retelling_of_part_of_the_toll_hands_on_the_wounded_told_after_it(pipeline):
    events = _events(
        pipeline,
        "Three traders and a policeman were killed in Gulu on Monday when police opened fire on a "
        "market, witnesses said.\n\n"
        "The police said a trader stabbed an officer, killing him. Nine people were wounded.",
    )
    fire = _by_trigger(events, "fire")
    assert (fire.dead.best, fire.injured.best) == (4, 9)
    assert _by_trigger(events, "stabbed").injured is None


@pytest.mark.parametrize(
    ("told", "wounded"),
    [
        ("Eight other people were treated for wounds, the family said.", 8),
        ("Last year, 40 people were hurt in similar protests, the family said.", None),  # background
        ("Separately, eight people were hurt at a rally in Lira, the family said.", None),
    ],
)
def test_wounded_told_without_an_act_of_their_own_are_the_incidents(pipeline, told, wounded):
    events = _events(
        pipeline,
        "Police shot dead two traders in Gulu on Monday, their relatives said.\n\n"
        f"One of the men, a 30-year-old tailor, was hit in the chest; the second died in hospital. {told}",
    )
    shot = _by_trigger(events, "shot")
    assert shot.dead.best == 2
    assert (shot.injured.best if shot.injured else None) == wounded


@pytest.mark.parametrize(
    ("after", "toll"),
    [
        ("The police have not responded to the claim.", 3),  # a rival's figure nobody confirmed
        ("It was impossible to verify either account.", 3),
        ("The hospital confirmed the figure.", 5),  # confirmed: what the incident now holds
    ],
)
def test_a_higher_figure_told_as_an_unconfirmed_claim_is_set_aside(pipeline, after, toll):
    events = _events(
        pipeline,
        "A gunfight between two gangs in Gulu left three people dead on Monday, police said.\n\n"
        "A rights group said on Tuesday that five people had been killed, including two bystanders who "
        f"were not part of the clash. {after}",
    )
    assert max(e.dead.best for e in events if e.dead is not None) == toll


@pytest.mark.parametrize("apart", ["Hours later", "On Sunday"])  # set apart in time, or a day of its own
def test_wounded_of_another_incident_stay_with_their_act(pipeline, apart):
    events = _events(
        pipeline,
        "Police opened fire on traders in Gulu on Monday, killing three of them, witnesses said.\n\n"
        f"{apart}, officers fired on a crowd at a bus park, wounding four people.",
    )
    assert _by_trigger(events, "fire").injured is None
    assert _by_trigger(events, "fired").injured.best == 4


def test_an_incident_dated_by_publication_takes_the_day_its_retelling_tells(pipeline):
    events = _events(
        pipeline,
        "Gunmen killed four traders at a cattle market outside Gulu, police said.\n\n"
        "The attackers shot dead 4 of the traders on Sunday as the market was opening, a witness said.",
    )
    first = _by_trigger(events, "killed")
    assert (first.dead.best, first.when.date) == (4, "2026-05-03")
    assert [e.method for e in first.evidence if e.field == "date"] == ["same-incident"]


def test_an_incident_dated_by_its_week_takes_the_day_its_retelling_tells(pipeline):
    text = (
        "Nine people were killed when a drone struck a market in Dessie last week. "
        "The strike took place on Wednesday, April 29, shortly after noon."
    )
    when = _by_trigger(_events(pipeline, text), "killed").when
    assert when is not None and (when.date, when.precision) == ("2026-04-29", "day")


def test_the_doers_claim_gives_way_to_a_lower_count_of_the_same_people(pipeline):
    events = _events(
        pipeline,
        "The rebels said on Monday that they had killed 14 soldiers in an ambush near Gulu on Sunday.\n\n"
        "The army's account was different. The general staff said three soldiers died when a mine "
        "exploded under a truck.",
    )
    assert sorted(e.dead.best for e in events if e.dead is not None) == [3]
    claims = [ev for e in events for ev in e.evidence if ev.field == "dead.claim"]
    assert [(c.text, c.method) for c in claims] == [("14", "doers-claim")]


def test_the_two_sides_dead_are_no_rival_claims(pipeline):
    events = _events(
        pipeline,
        "The army said on Monday that it had killed 12 militants in a clash near Gulu on Sunday.\n\n"
        "Three soldiers died in the fighting, a local official said.",
    )
    assert [e.dead.best for e in events if e.dead is not None] == [15]  # both sides' dead
    assert not [ev for e in events for ev in e.evidence if ev.field == "dead.claim"]
