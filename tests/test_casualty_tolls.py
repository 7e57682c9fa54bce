"""Tests for whimbrel.casualty_tolls: tolls told in other sentences than the attack's (outcome
sentences, later tolls, rivals' figures, more victims, the wounded who die later)."""

from __future__ import annotations

from datetime import date
from typing import Any

from whimbrel.casualty_tolls import ordinal_rank
from whimbrel.types import Count, Story


def _first_events_dead(pipeline: Any, text: str) -> int | None:
    """The dead of the story's first event, as the pipeline codes it."""
    first = pipeline(Story(id="t", text=text, published=date(2026, 11, 2))).events[0]
    return first.dead.best if first.dead is not None else None


def test_one_victim_or_several_told_by_a_source_is_no_rival_lower_figure(pipeline: Any) -> None:
    lead = "Gunmen killed three people and wounded eight in Kisumu on Saturday, police said. "
    one = "A girl was taken to hospital and died on Sunday, police said."
    assert _first_events_dead(pipeline, lead + one) == 3
    several = "Officers found several people with gunshot wounds, police said."
    later = pipeline(Story(id="t", text=lead + several))
    assert later.events[0].injured is not None and later.events[0].injured.best == 8


def test_a_later_toll_raises_the_count_and_a_rivals_lower_figure_wins(pipeline: Any) -> None:
    cases = [
        ("Gunmen killed 12 people in Bunia on Monday. The death toll later rose to 20.", 20),
        ("Gunmen killed 18 people in Bunia on Monday. The police put the toll at 15.", 15),
        ("Gunmen killed 18 people in Bunia on Monday. The toll was 12 last year.", 18),
    ]
    for text, dead in cases:
        assert _first_events_dead(pipeline, text) == dead, text


def test_a_toll_sentence_after_an_attack_is_folded_into_it(pipeline: Any) -> None:
    text = (
        "Militants attacked an army post outside Tessit on Sunday. Six soldiers were killed.\n\n"
        "Gunmen ambushed a convoy near Anefis on Tuesday. In Kidal, three herders were killed."
    )
    story = pipeline(Story(id="f", text=text, published=date(2026, 11, 2)))
    attack = next(e for e in story.events if e.trigger_text == "attacked")
    assert attack.dead is not None and attack.dead.best == 6 and attack.dead.text == "Six"
    assert any(e.method == "outcome-next-sentence" for e in attack.evidence)
    killed = [e for e in story.events if e.trigger_text == "killed"]
    assert len(killed) == 1 and killed[0].dead is not None and killed[0].dead.best == 3  # Kidal: its own


def test_a_toll_sentence_that_adds_also_adds_to_the_attacks_toll(pipeline: Any) -> None:
    text = (
        "Militants stormed a police station in Tillia on Sunday, killing four officers. "
        "Two of the militants were also killed, the police chief said."
    )
    story = pipeline(Story(id="also", text=text, published=date(2026, 11, 2)))
    stormed = next(e for e in story.events if e.trigger_text == "stormed")
    assert stormed.dead is not None and stormed.dead.best == 6 and stormed.dead.text == "four"
    assert [e.trigger_text for e in story.events if e.event_type == "ASSAULT"] == ["stormed"]


def test_a_folded_toll_sentence_gives_the_attack_its_victims(pipeline: Any) -> None:
    text = "A bomb went off near the bus station in Gao on Monday. Two soldiers were killed."
    story = pipeline(Story(id="v", text=text, published=date(2026, 11, 2)))
    assert len(story.events) == 1
    bomb = story.events[0]
    assert bomb.dead is not None and bomb.dead.best == 2
    assert [a.text for a in bomb.target] == ["Two soldiers"]


def test_a_toll_told_in_a_sentence_without_an_event_of_its_own(pipeline: Any) -> None:
    """The count the attack lacks, or more victims when the sentence says so; a restated toll is not
    added, and a place named in the next sentence's hospital does not make it another incident."""
    cases = [
        (
            "Two soldiers were wounded when their truck struck a mine near Kidal. One later died of his "
            "wounds at the hospital in Gao.",
            1,
        ),
        ("Soldiers killed 12 militants in an operation in Kurram. One soldier also died.", 13),
        ("Glide bombs hit Kharkiv, killing six. Another person died later in hospital.", 7),
        ("A bomb exploded at the market in Gao, killing five. Five people died instantly.", 5),
        # a toll told as the act's result, in a quarter of the city struck
        (
            "Bombs hit Kharkiv on Sunday. As result of hit on a house in Kyivskyi district 3 persons died.",
            3,
        ),
    ]
    for text, dead in cases:
        assert _first_events_dead(pipeline, text) == dead, text


def test_the_wounded_who_die_later_are_added_to_the_attacks_dead(pipeline: Any) -> None:
    """A later death of someone wounded in the attack adds to its toll (also across a paragraph, on a
    later day, and whoever reports it) and takes them off the wounded when told as some of them ("three
    of whom died", "one of the injured had died"); a toll that says where it now stands replaces the
    count."""
    cases = [
        (
            "Raiders attacked a market in Kaura on Sunday, killing nine traders.\n\n"
            "The clinic in Zonkwa took in 11 wounded, three of whom died overnight, a nurse said.",
            12,
            8,
        ),
        (
            "Shelling hit a bus stop in Kupiansk on Monday, killing 3 people and injuring 6. The mayor said "
            "later that day that one of the injured had died in hospital.",
            4,
            5,
        ),
        (
            "Gunmen shot dead a farmer and a herder near Mubi on Friday. A boy wounded in the attack died "
            "in hospital the next day.",
            3,
            None,
        ),
        (
            "Militiamen attacked a village near Fataki on Monday night, killing 11 people.\n\n"
            "By Wednesday the toll had risen to 14 after three of the wounded died, the Red Cross said.",
            14,
            None,
        ),
        (
            "A bomb hit a bus north of Garissa on Saturday, killing two officers and injuring three. One of "
            "the injured officers died at Garissa General Hospital on Sunday, bringing the number of dead "
            "to three.",
            3,
            2,
        ),
    ]
    for text, dead, injured in cases:
        story = pipeline(Story(id="w", text=text, published=date(2025, 11, 20)))
        attacks = [e for e in story.events if e.event_type == "ASSAULT"]
        assert len(attacks) == 1, (text, [e.trigger_text for e in attacks])
        attack = attacks[0]
        assert attack.dead is not None and attack.dead.best == dead, text
        assert (attack.injured.best if attack.injured else None) == injured, text
        # dated by the attack's own sentence, not by the later death's day
        assert attack.when is not None and (attack.when.start or 0) < attack.sentence.end, text


def test_a_rivals_lower_figure_of_one_still_wins(pipeline: Any) -> None:
    text = (
        "Police fired live rounds at traders in Dosso on Monday.\n\nA rights group said two traders were "
        "killed. The governor said on Tuesday that one man had died."
    )
    attack = pipeline(Story(id="r", text=text, published=date(2025, 11, 20))).events[0]
    assert attack.dead is not None and attack.dead.best == 1


def test_the_other_sides_dead_told_next_are_added_not_a_rival_figure(pipeline: Any) -> None:
    """Counts of the two sides of a clash (soldiers, militants) are both its dead; the toll goes to the
    attack of the previous sentence that holds one ("killed ... in fighting near X")."""
    text = (
        "Troops killed more than 30 insurgents in fighting near Mocimboa on Sunday, the army said. "
        "Two soldiers died and five were wounded, it said."
    )
    story = pipeline(Story(id="s", text=text, published=date(2025, 11, 20)))
    counted = [e for e in story.events if e.dead is not None]
    assert [(e.trigger_text, e.dead.best if e.dead else None) for e in counted] == [("killed", 32)]
    assert counted[0].injured is not None and counted[0].injured.best == 5
    text = "Gunmen killed 12 villagers in Tudun Wada on Sunday. Police said nine residents were killed."
    attack = pipeline(Story(id="v", text=text, published=date(2025, 11, 20))).events[0]
    assert attack.dead is not None and attack.dead.best == 9  # the same people: a rival figure


def test_a_rivals_toll_after_a_bare_outcome_goes_to_the_attack(pipeline: Any) -> None:
    """The rival's figure after an outcome sentence ("A guard was also wounded.") is a figure for the
    attack's toll, not the count of the outcome; a rival in the next paragraph keeps the lowest too,
    and an organisation named after a country ("the Sudan Medics Union") names no other place."""
    text = (
        "A charity said on Tuesday that three pupils were among six people killed when gunmen attacked "
        "a school near Bouar on Friday. A guard was also wounded, it said. The prefect put the toll at "
        "five and blamed a militia."
    )
    story = pipeline(Story(id="p", text=text, published=date(2025, 11, 20)))
    (attack,) = [e for e in story.events if e.event_type == "ASSAULT"]
    assert attack.dead is not None and attack.dead.best == 5
    assert attack.injured is not None and attack.injured.best == 1
    text = (
        "PORT SUDAN (Reuters) — Fighters stormed villages around Tambul on Thursday, killing at least 23 "
        "people, an activist group said.\n\nThe Sudan Medics Union said on Saturday that 35 people had "
        "been killed and more than 60 wounded."
    )
    story = pipeline(Story(id="q", text=text, published=date(2025, 11, 20)))
    (attack,) = [e for e in story.events if e.event_type == "ASSAULT"]
    assert attack.dead is not None and attack.dead.best == 23
    assert attack.injured is not None and attack.injured.best == 60
    assert attack.when is not None and attack.when.text == "Thursday"


def test_their_bodies_are_the_people_counted_in_the_sentence_before(pipeline: Any) -> None:
    text = (
        "On 3 May 2025, armed men kidnapped 3 cousins from a bus stop in Taxco. Their bodies were found "
        "in a ravine on 5 May."
    )
    story = pipeline(Story(id="b", text=text, published=date(2025, 5, 9)))
    bodies = next(e for e in story.events if e.trigger_text == "bodies")
    assert bodies.dead is not None and bodies.dead.best == 3 and bodies.dead.text == "3"


def test_the_attackers_fall_in_the_ensuing_fight_is_added_whatever_its_date(pipeline: Any) -> None:
    text = (
        "On 9 June 2025, militants attacked a police post near Poonch, killing 2 constables. 3 militants "
        "were killed in the ensuing gunfight, which went on until the morning of 10 June."
    )
    story = pipeline(Story(id="g", text=text, published=date(2025, 6, 14)))
    (attack,) = [e for e in story.events if e.event_type == "ASSAULT"]
    assert attack.dead is not None and attack.dead.best == 5


def test_a_second_sources_figures_after_a_first_are_the_same_attacks(pipeline: Any) -> None:
    text = (
        "Gunmen stormed Gajiganna on Monday evening, firing on traders and burning shops.\n\n"
        "A rights group said it had confirmed eight deaths. A state spokesman put the toll at five and "
        "said 12 people were being treated for gunshot wounds."
    )
    story = pipeline(Story(id="t", text=text, published=date(2025, 6, 16)))
    attack = next(e for e in story.events if e.trigger_text == "stormed")
    assert attack.dead is not None and attack.dead.best == 5
    assert attack.injured is not None and attack.injured.best == 12


def test_the_attackers_killed_in_the_response_are_the_attacks_dead(pipeline: Any) -> None:
    """Security forces killing the attackers after the attack (the next sentence, also the next day)
    add to its toll, as do more bodies and a later death in hospital."""
    cases = [
        (
            "On 7 June 2025, militants attacked an army base near Gubio, killing 4 soldiers. Troops "
            "repelled the attack and killed about 15 insurgents, military sources said.",
            19,
        ),
        (
            "Armed robbers shot dead two guards during a raid on a payroll near Kwekwe on Friday night. "
            "Officers killed one of the robbers at a roadblock on Saturday.",
            3,
        ),
        (
            "On 18 February 2025, militiamen attacked a mining site near Shabunda, killing 6 miners. The "
            "bodies of 2 more miners were found in a river on 19 February.",
            8,
        ),
        (
            "A guided bomb struck a street in Bilopillia on Thursday, killing two women. A man pulled from "
            "the rubble died in hospital that night, officials said.",
            3,
        ),
    ]
    for text, dead in cases:
        story = pipeline(Story(id="a", text=text, published=date(2025, 6, 16)))
        best = max((e.dead.best for e in story.events if e.dead is not None), default=None)
        assert best == dead, (text, [(e.trigger_text, e.dead) for e in story.events])


def test_a_later_toll_keeps_the_attacks_date(pipeline: Any) -> None:
    text = (
        "A car bomb exploded near a bus station in Azaz on Sunday afternoon, killing four people. Rescuers "
        "said one of the dead was a child. A man hurt in the blast died in hospital on Monday, bringing the "
        "toll to five. At least 15 other people were wounded."
    )
    events = pipeline(Story(id="t", text=text, published=date(2025, 1, 23))).events
    bomb = [e for e in events if e.event_type == "ASSAULT"]
    assert len(bomb) == 1
    assert bomb[0].dead is not None and bomb[0].dead.best == 5
    assert bomb[0].injured is not None and bomb[0].injured.best == 15
    assert bomb[0].when is not None and str(bomb[0].when.date) == "2025-01-19"  # Sunday, not the death


def test_the_definite_casualties_count_is_read_without_a_field_of_its_own() -> None:
    from whimbrel.casualty_cues import CasualtyMention
    from whimbrel.casualty_tolls import _told_again_by_the
    from whimbrel.types import Count, Event, Span

    text = "Gunmen attacked a bus. The 12 casualties were taken to hospital."
    at = text.index("12")
    m = CasualtyMention("casualties", Count(12, 12, 12, "12", at, at + 2), at + 3, at + 13, "casualties")
    attack = Event(
        story_id="t",
        sentence_index=0,
        sentence=Span(0, 22),
        trigger=Span(7, 15),
        trigger_text="attacked",
        event_type="ASSAULT",
    )
    assert _told_again_by_the(text, m, [attack], 1) is False  # "casualties" is no Event field: no error


def test_an_ordinal_victim_makes_the_toll_but_an_ordinal_suspect_does_not() -> None:
    victim = "A seventh person has died after the attack."
    assert ordinal_rank(Count(1, 1, 1, "A seventh", 0, 9), victim) == 7
    suspect = "A fourth suspect, who fired first, was killed in that confrontation."
    assert ordinal_rank(Count(1, 1, 1, "A fourth", 0, 8), suspect) is None


def test_a_toll_told_as_risen_holds_a_later_death_unless_it_is_told_as_more(pipeline: Any) -> None:
    opening = "The number of people killed in a bomb attack in Kaduna on Saturday has risen to five. "
    cases = [
        ("A woman who was among those seriously hurt died overnight in hospital.", 5),
        ("A woman also died overnight in hospital.", 6),
        ("Two more people died overnight in hospital.", 7),
    ]
    for later, dead in cases:
        assert _first_events_dead(pipeline, opening + later) == dead, later
