"""Finding and grouping acts in one parsed sentence."""

from __future__ import annotations

from whimbrel.acts import find_acts


def test_appeal_is_a_request_not_dropped(parse_one):
    doc = parse_one("The Pope called on both sides to stop the fighting.")
    acts = find_acts(doc)
    assert [a.sense.event_type for a in acts] == ["REQUEST"]
    # the closest framed act is the content: stopping the fighting, a ceasefire
    assert acts[0].content and (acts[0].content[0][1].event_type, acts[0].content[0][1].mode) == (
        "RETREAT",
        "ceasefire",
    )


def test_noun_object_is_content_of_verb(parse_one):
    doc = parse_one("Germany condemned the attack on the embassy.")
    assert [(a.token.text, a.sense.event_type) for a in find_acts(doc)] == [("condemned", "ACCUSE")]


def test_noun_that_names_its_verb_wins(parse_one):
    doc = parse_one("The two parties struck a deal on Friday.")
    acts = find_acts(doc)
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("deal", "AGREE")]
    assert acts[0].anchor.text == "struck"


def test_same_type_subject_merges_into_verb(parse_one):
    doc = parse_one("Clashes killed nine people near the border.")
    acts = find_acts(doc)
    assert len(acts) == 1 and acts[0].sense.event_type == "ASSAULT"
    assert [t.text for t in acts[0].merged] == ["Clashes"]


def test_no_trigger_no_event(parse_one):
    assert find_acts(parse_one("The weather in the capital was mild on Sunday.")) == []


def test_framed_complement_is_content_not_an_event(parse_one):
    acts = find_acts(parse_one("Iran threatened to shell the border towns."))
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("threatened", "THREATEN")]
    assert acts[0].content[0][1].event_type == "ASSAULT"


def test_obligation_in_reported_speech_is_a_request(parse_one):
    acts = find_acts(parse_one("The minister said Libya must hand over the suspects."))
    assert [a.sense.event_type for a in acts] == ["REQUEST"]
    assert acts[0].target_tok is not None and acts[0].target_tok.text == "Libya"


def test_casualty_verb_joins_the_attack(parse_one):
    acts = find_acts(parse_one("Gunmen attacked a bus near Kano; five passengers were killed."))
    assert [a.token.text for a in acts] == ["attacked"]
    assert [t.text for t in acts[0].merged] == ["killed"]


def test_a_casualty_verb_with_a_doer_of_its_own_is_a_second_attack(parse_one):
    text = "The militants opened fire on the gate, but police guards posted there killed one of them."
    assert [a.token.text for a in find_acts(parse_one(text))] == ["fire", "killed"]
    same = find_acts(parse_one("Gunmen attacked a bus near Kano and killed five passengers."))
    assert [a.token.text for a in same] == ["attacked"]
    weapon = find_acts(parse_one("A bomb exploded at the market, and the blast killed five people."))
    assert [a.token.text for a in weapon] == ["exploded"]
    toll = find_acts(parse_one("Guards repelled the assault on the embassy and three attackers were killed."))
    assert [a.token.text for a in toll] == ["assault"]  # a passive casualty verb is the assault's toll


def test_a_while_clause_with_its_own_subject_is_another_act(parse_one):
    text = "Gunmen killed seven worshippers in Bokkos, while bandits killed four farmers in Gusau."
    assert [a.token.text for a in find_acts(parse_one(text))] == ["killed", "killed"]
    same = find_acts(parse_one("One person was killed when a mob clashed with the police."))
    assert len(same) == 1


def test_noun_demand_frames_its_that_clause(parse_one):
    acts = find_acts(parse_one("The union repeated its demand that the government ease the curfew."))
    assert [a.sense.event_type for a in acts] == ["REQUEST"]
    assert acts[0].target_tok is not None and acts[0].target_tok.text == "government"


def test_obligation_inside_a_reminder(parse_one):
    acts = find_acts(parse_one("Paris sent a firm reminder to Baghdad that it must free the hostages."))
    assert [a.sense.event_type for a in acts] == ["REQUEST"]
    assert acts[0].anchor.text == "sent"


def test_shot_dead_is_a_killing_whatever_the_tagger_reads(parse_one):
    acts = find_acts(parse_one("Gunmen on a motorbike shot dead a trader and his nephew at the market."))
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("shot", "ASSAULT")]


def test_a_separate_blast_is_a_second_incident(parse_one):
    told_apart = "Gunmen killed four traders at a market on Monday, and a separate bomb killed two soldiers."
    assert [a.token.text for a in find_acts(parse_one(told_apart))] == ["killed", "killed"]
    elsewhere = "A car bomb killed three officials in Kunduz, while another blast in Taloqan killed a child."
    assert [a.token.text for a in find_acts(parse_one(elsewhere))] == ["killed", "killed"]


def test_fight_violence_and_operation_are_attacks_only_with_an_outbreak_or_a_toll(parse_one):
    for text in (
        "The governor vowed to keep up the fight against corruption.",
        "Surgeons said the operation on the minister went well.",
        "The council condemned violence against women.",
    ):
        assert all(a.sense.event_type != "ASSAULT" for a in find_acts(parse_one(text))), text
    for text in (
        "Nine inmates died in a fight between rival gangs.",
        "Gang violence left five people dead.",
        "A police operation left 12 people dead.",
        "Shells fell on the market.",
    ):
        assert [a.sense.event_type for a in find_acts(parse_one(text))] == ["ASSAULT"], text


def test_opened_fire_on_a_checkpoint_is_an_attack_not_an_opening(parse_one):
    acts = find_acts(parse_one("Gunmen opened fire on a checkpoint near the town."))
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("fire", "ASSAULT")]


def test_a_trigger_noun_naming_a_building_or_unit_is_no_event(parse_one):
    assert find_acts(parse_one("She is held at the Pudong detention centre.")) == []
    assert [a.token.text for a in find_acts(parse_one("Riot police arrested six students."))] == ["arrested"]


def test_a_trigger_noun_and_the_participle_describing_its_phrase_are_one_act(parse_one):
    acts = find_acts(parse_one("Mortar rounds fired by the militia landed in the market."))
    assert [(a.token.text, [m.text for m in a.merged]) for a in acts] == [("fired", ["Mortar"])]


def test_the_accused_is_a_defendant_not_an_accusation(parse_one):
    assert find_acts(parse_one("The accused youth was alone in his house.")) == []
    acts = find_acts(parse_one("Police accused him of theft."))
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("accused", "ACCUSE")]


def test_a_preposition_with_its_object_selects_a_sense(parse_one):
    acts = find_acts(parse_one("A blogger was taken from her home by plainclothes officers."))
    assert [(a.token.text, a.sense.event_type, a.sense.mode) for a in acts] == [("taken", "COERCE", "arrest")]
    assert find_acts(parse_one("The minister took questions from reporters at his office.")) == []


def test_giving_a_figure_or_details_is_no_aid(parse_one):
    assert find_acts(parse_one("Local officials gave a figure of 30.")) == []
    acts = find_acts(parse_one("The agency gave food to the refugees."))
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("gave", "AID")]


def test_a_weapon_its_subject_dropped_is_one_act_and_an_illness_is_none(parse_one):
    acts = find_acts(parse_one("A drone dropped explosives on the police station, wounding three officers."))
    assert [a.token.text for a in acts] == ["drone"]
    assert find_acts(parse_one("The minister suffered a heart attack.")) == []
    acts = find_acts(parse_one("Attackers threw an explosive device at the councillor's home."))
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("device", "ASSAULT")]


def test_a_toll_is_not_of_the_fighting_a_since_clause_measures_from(parse_one):
    text = (
        "Eleven people were killed and six others injured when a drone struck a bus station in Debre "
        "Markos, in one of the deadliest incidents in the region since fighting erupted there last summer."
    )
    acts = find_acts(parse_one(text))
    assert "fighting" in [a.token.text for a in acts]
    fighting = next(a for a in acts if a.token.text == "fighting")
    assert "killed" not in [t.text for t in fighting.merged]


def test_an_older_attack_told_by_its_noun_with_its_own_place_is_a_second_incident(parse_one):
    text = "Fighters killed 6 fishermen near Baga, and an attack on a market in Gubio killed more than 40."
    assert [a.token.text for a in find_acts(parse_one(text))] == ["killed", "killed"]
    same = "Gunmen attacked a bus near Gubio, and the attack on the bus in Gubio killed five."
    assert [a.token.text for a in find_acts(parse_one(same))] == ["attacked"]
