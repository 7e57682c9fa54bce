"""Tests for whimbrel.casualty_counts: casualty cues and counts in one sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whimbrel import nlp
from whimbrel.casualty_counts import answered_count, find_counts
from whimbrel.numbers import find_numbers
from whimbrel.types import Story


def _one(text: str, kind: str) -> Any:
    found = [m for m in find_counts(text) if m.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "best", "count_text", "cue"),
    [
        ("Bandits shot dead four herders near the well.", "dead", 4, "four", "shot dead"),
        ("Seven guards were gunned down at the gate.", "dead", 7, "Seven", "gunned down"),
        ("Two prisoners were beaten to death in custody.", "dead", 2, "Two", "to death"),
        ("Eleven miners lost their lives in the blast.", "dead", 11, "Eleven", "lost their lives"),
        ("Three officers were fatally wounded by sniper fire.", "dead", 3, "Three", "wounded"),
        ("Five marchers perished in the fire.", "dead", 5, "Five", "perished"),
        ("The unrest caused 14 deaths.", "dead", 14, "14", "deaths"),
        ("Forty-two pupils were hospitalised after the gas.", "injured", 42, "Forty-two", "hospitalised"),
        ("Two children were maimed by the mine.", "injured", 2, "Two", "maimed"),
        ("The blast claimed the lives of 16 workers.", "dead", 16, "16", "the lives of"),
        ("The crowd attacked the station, injuring 5 constables.", "injured", 5, "5", "injuring"),
        ("A nurse was killed by a stray bullet.", "dead", 1, "A", "killed"),
        ("Nobody was injured.", "injured", 0, "Nobody", "injured"),
        ("No deaths were reported.", "dead", 0, "No", "deaths"),
        ("Not a single worker was hurt.", "injured", 0, "Not a single", "hurt"),
        ("A driver later succumbed to his injuries.", "dead", 1, "A", "succumbed to his injuries"),
        ("One of the injured died in hospital.", "dead", 1, "One", "died"),
        ("Two porters died and a third injured when shells fell.", "injured", 1, "a third", "injured"),
        ("A ranger lost a leg when the mine went off.", "injured", 1, "A", "lost a leg"),
        ("A herder was hit in the thigh by an arrow.", "injured", 1, "A", "hit"),
        ("Medics cared for 312 injured people at the stadium.", "injured", 312, "312", "injured"),
        ("The death toll from Saturday's raid on Kosti, White Nile state, rose to nine.", "dead", 9, "nine",
         "death toll"),
        ("A guard wounded in the raid died in hospital on Monday.", "dead", 1, "A", "died"),
        ("Nine died, and four others were in hospital.", "injured", 4, "four", "in hospital"),
        ("The raiders shot a guard and wounded another, the chief said.", "injured", 1, "another", "wounded"),
        ("The toll in the northern districts has now reached 31.", "dead", 31, "31", "toll"),
        ("Medics said the number of injured had risen to 64.", "injured", 64, "64", "number of injured"),
        # one wounded person: the wound told after "survived", a relative clause, a shot limb
        ("A boy survived with a bullet wound to the arm.", "injured", 1, "A", "survived"),
        ("A woman who was hit by a stray bullet is in stable condition.", "injured", 1, "A", "hit"),
        ("A man who was wounded in the raid died on Monday.", "dead", 1, "A", "died"),
        ("A constable was shot in the leg.", "injured", 1, "A", "shot in the leg"),
        ("Two men were shot in the legs.", "injured", 2, "Two", "shot in the legs"),
        ("Gunmen stormed the post, slaying two officers.", "dead", 2, "two", "slaying"),
        ("Soldiers found three more bodies on Wednesday, bringing the total to seven.", "dead", 7, "seven",
         "total"),
        ("Paramedics took six other people to hospitals in the city.", "injured", 6, "six", "took"),
        ("Gunmen shot dead a ranger on Tuesday and wounded a third man.", "injured", 1, "a third", "wounded"),
        ("Two people had been killed and 16 injured the previous day.", "injured", 16, "16", "injured"),
    ],
)
def test_cues(text: str, kind: str, best: int, count_text: str, cue: str) -> None:
    # the mention of that cue ("bringing the total to seven" also finds "three more bodies")
    (m,) = [m for m in find_counts(text) if m.kind == kind and m.cue_text == cue]
    assert (m.count.best, m.count.text) == (best, count_text)


def test_more_victims_found_are_counted() -> None:
    assert [m.count.best for m in find_counts("Divers recovered two further bodies from the river.")] == [2]
    found = find_counts("Villagers beat a thief to death and left a second man with head injuries.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 1), ("injured", 1)]


def test_active_subject_is_not_a_victim() -> None:
    found = find_counts("Two gunmen killed nine villagers.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 9)]


def test_attackers_subsets_and_casualties_are_flagged() -> None:
    found = find_counts("Four assailants were killed; the raid killed 10 people, including 3 girls.")
    assert [(m.count.best, m.attackers) for m in found if m.kind == "dead"] == [(4, True), (10, False)]
    sub = find_counts("Nine pilgrims, 4 of them women, were killed.")
    assert [(m.count.best, m.subset) for m in sub] == [(9, False), (4, True)]
    rustlers = find_counts("Two policemen and four cattle rustlers were killed in a shootout.")
    assert [m.count.best for m in rustlers] == [2, 4]  # rustlers are people, not cattle
    amb = find_counts("The strike caused 25 casualties.")
    assert [(m.kind, m.count.best) for m in amb] == [("casualties", 25)]


@pytest.mark.parametrize(
    ("text", "best", "count_text"),
    [
        ("Officers shot one of them dead near the junction.", 1, "one"),
        ("Police shot two of the robbers dead at a roadblock.", 2, "two"),
    ],
)
def test_a_count_shot_dead_is_the_verbs_own_count(text: str, best: int, count_text: str) -> None:
    m = _one(text, "dead")
    assert (m.count.best, m.count.text, m.subset) == (best, count_text, False)


def test_the_second_side_of_a_feud_is_counted_with_the_first() -> None:
    found = find_counts("The feud left four men dead on one side and one on the other.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 4), ("dead", 1)]
    hurt = find_counts("It left six wounded on one side and two on the other.")
    assert [(m.kind, m.count.best) for m in hurt] == [("injured", 6), ("injured", 2)]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Mines had killed 14 civilians in the district since the start of the year.", True),
        ("More than 1,100 civilians have been killed in the state since April 2023.", True),
        ("The fighting has killed 40 people since last month.", True),
        ("The fighting has killed 23 people since the start of the week.", False),
        ("Troops have killed 40 militants since last week.", False),
        ("Gunmen killed 5 people at the market.", False),
        ("The quarrel over the well had lasted two decades and claimed 11 lives.", True),
        ("The feud has cost six lives.", True),
        ("The empire lost up to 40,000 dead during the colonial war.", True),
        ("The fighting lasted two hours and killed 8 people.", False),
    ],
)
def test_a_period_total_is_no_event_toll(text: str, total: bool) -> None:
    assert _one(text, "dead").subset is total


def test_an_earlier_toll_gives_way_to_the_sentence_figure() -> None:
    found = find_counts("The strike killed 11 people, the ministry said, revising an earlier toll of seven.")
    assert [m.count.best for m in found] == [11]
    alone = find_counts("The ministry gave an initial death toll of 12.")
    assert [m.count.best for m in alone] == [12]  # alone, the only figure there is


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Fatalities: 4; injured: 6.", [("dead", 4), ("injured", 6)]),
        ("Two killed: two people were killed in the blast.", [("dead", 2), ("dead", 2)]),
        ("Police recovered 7 bodies from the pit.", [("dead", 7)]),
        ("Four others are receiving treatment.", [("injured", 4)]),
        ("A landmine killed two boys herding goats.", [("dead", 2)]),
        # a translated brief's nouns, the second after "and"
        ("It caused the death of 6 civilians and injury of 20 others.", [("dead", 6), ("injured", 20)]),
        ("It caused killing of 5 citizens and wounding of 12 others.", [("dead", 5), ("injured", 12)]),
        # a toll broken down between commas, kin told by a possessive
        ("Eight people, seven policemen and their civilian driver, were killed.", [("dead", 8)]),
        ("Three people, a farmer and his two sons, were killed.", [("dead", 3)]),
        # the hurt told by their state or their care
        ("Police said a sixth victim was in a critical condition.", [("injured", 1)]),
        ("The remaining 4 victims were transported in non-critical condition.", [("injured", 4)]),
        ("Three people required medical treatment.", [("injured", 3)]),
        # an ordinal victim after "shot dead"; one of a body; kin with a number of their own
        ("Rebels beheaded two men and shot dead a third man.", [("dead", 2), ("dead", 1)]),
        ("A member of a local vigilante group was killed.", [("dead", 1)]),
        ("Raiders killed the imam, his two wives and a nurse.", [("dead", 1), ("dead", 2), ("dead", 1)]),
        # a toll told one by one between commas; the none who survived; a source's description
        ("Five members of a family, a man, his two sons and two grandsons, were shot dead.", [("dead", 5)]),
        ("None of the eleven survived.", [("dead", 11)]),
        ("Six people were injured — four guards, who were held, and two inmates.", [("injured", 6)]),
        (
            "Jets killed four men the army described as militants and three others.",
            [("dead", 4), ("dead", 3)],
        ),
    ],
)
def test_fields_bodies_and_treatment(text: str, counts: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a subject told after its passive verb, as translated reports have it
        ("In the village of Kolofata were killed on Friday night three herders by armed men.", [("dead", 3)]),
        ("In the town of Tumbes were wounded on Sunday two policemen by a gang.", [("injured", 2)]),
        ("Three soldiers were killed on Monday, two fishermen said.", [("dead", 3)]),  # the reporters
        ("The guards were killed after two villagers reported them.", []),
        # who left them dead is no victim; who "were left" dead are
        ("In 2019 a row between the two clans at the well left a herder dead.", [("dead", 1)]),
        ("Two guards were left dead.", [("dead", 2)]),
        # a listed item with its own predicate is not counted by the cue after the list
        ("He said 14 people had been detained and two officers injured.", [("injured", 2)]),
        ("Two porters who had been on patrol and a driver were killed.", [("dead", 2), ("dead", 1)]),
        # the survivor told with wounds further on; the wounded after "hurting"
        ("A fifth guest survived by hiding in a shed and was treated for a stab wound.", [("injured", 1)]),
        ("A cook was rescued by firefighters with severe burns.", [("injured", 1)]),
        ("Four hikers were rescued unharmed.", []),
        ("The bomb killed a guard, hurting three porters.", [("dead", 1), ("injured", 3)]),
        ("The crowd set on them, stoning a man to death.", [("dead", 1)]),
        ("Raiders stormed the bar, hacking and shooting six men to death.", [("dead", 6)]),
        ("Soldiers freed four hostages, who were taken to hospital.", [("injured", 4)]),
        ("Soldiers freed four hostages, who were unharmed.", []),
        # more ways the wounded are told, and the dead of one's own side
        ("Two more guards were shifted to the district hospital with burns.", [("injured", 2)]),
        ("The other three were found with stab wounds behind the market.", [("injured", 3)]),
        # the wounded who died are counted dead, not wounded
        ("Two men were found with gunshot wounds and pronounced dead in hospital.", [("dead", 2)]),
        ("A fifth man was pulled alive from the river with head injuries.", [("injured", 1)]),
        ("Six others were admitted to the county referral hospital.", [("injured", 6)]),
        ("Gunmen slit the throats of three herders.", [("dead", 3)]),
        ("Troops killed four raiders and lost one soldier.", [("dead", 4), ("dead", 1)]),
        ("The party lost two seats.", []),
        ("Bandits killed six traders, a boy of 9 among them.", [("dead", 6)]),
        ("The father of two was shot dead.", []),
    ],
)
def test_a_subject_told_after_its_passive_verb(text: str, counts: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == counts


def test_dead_in_an_idiom_is_no_cue() -> None:
    assert find_counts("The unions channel the anger into a dead end.") == []
    assert find_counts("The race ended in a dead heat.") == []
    assert [m.count.best for m in find_counts("A guard was found dead at the gate.")] == [1]


def test_non_counts_are_ignored() -> None:
    for text in ("The convoy travelled 40 km before it was attacked.",
                 "On 12 March the army said 2019 was calm.",
                 "Police arrested 30 protesters.", "Many people were killed.", "Rebels killed the mayor.",
                 "Aid of rs 2 lakh was given to the families of those killed.",
                 "Two families were burnt alive.", "Aid was paid on March 3 to those killed.",
                 "The economy is in a critical condition.", "The policy needed treatment of its flaws.",
                 "None of the proposals survived.",
                 "A guard of unit-15 was killed.", "Nurses saved the lives of 40 villagers."):
        assert find_counts(text) == [], text


def test_a_speaker_or_place_is_read_after_a_comma_not_after_and() -> None:
    """"..., a military source said" is who reports the count; "and three civilians near the camp"
    are more victims, whatever place noun follows them."""
    conj = find_counts("Gunmen killed five soldiers and three civilians near the camp.")
    assert [m.count.best for m in conj] == [5, 3]
    said = find_counts("Troops killed eight fighters, a military source said.")
    assert [m.count.best for m in said] == [8]


def test_people_who_die_after_their_wounds_are_not_counted_as_injured() -> None:
    found = find_counts("The toll rose to 11 after three wounded men died in hospital.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 11)]
    survivor = find_counts("a fourth porter walking behind them survived with burns.")
    assert [(m.kind, m.count.best) for m in survivor] == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Raiders killed a farmer, his brother-in-law and a herder.", 3),
        ("Soldiers shot dead a deacon, a tailor and the tailor's two sons.", 4),
        ("The strike killed 9 pupils and a teacher, a local aid group and residents said.", 10),
        ("A man stabbed a guard to death and wounded two people before police shot him dead.", 2),
        # the officer who shot the gunman is no victim told before a cue
        ("A gunman killed two students before a school guard shot him dead.", 3),
        ("Gunmen shot dead a village chief, Ibrahim Sule, and his deputy near the well.", 2),
        ("Bandits killed a trader, Aliyu Musa, and two herders near Tsafe.", 3),
    ],
)
def test_listed_victims_add_up(text: str, dead: int) -> None:
    assert sum(m.count.best for m in find_counts(text) if m.kind == "dead" and not m.subset) == dead


def test_a_count_whose_noun_is_its_cue_is_not_added_to_its_breakdown() -> None:
    found = find_counts("The two injured, a nurse and a driver, were treated at a clinic in Gao.")
    assert [(m.kind, m.count.best) for m in found if not m.subset] == [("injured", 2)]


@pytest.mark.parametrize(("text", "counted"), [
    ("A girl sitting on a bench was wounded by a stray bullet.", []),  # the bench is no victim
    ("A man in a red car was shot dead.", []),  # read from the parse, not from "a red car"
    ("Gunmen opened fire on a man who was killed.", [("dead", 1)]),  # a person after "on"
])
def test_an_article_after_on_or_in_opens_a_place_unless_a_person_is_named(
    text: str, counted: list[Any]
) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == counted


def test_the_group_a_counted_part_belongs_to_is_no_count() -> None:
    from whimbrel import nlp

    text = "One of four people wounded in the raid died on Friday, while the other three are in hospital."
    (doc,) = nlp.parse_texts([text])
    assert [(m.kind, m.count.best) for m in find_counts(text, doc=doc)] == [("dead", 1), ("injured", 3)]
    assert [m.count.best for m in find_counts("Two of 11 wounded soldiers died later.")] == []


def test_base_offsets() -> None:
    text = "Later, 3 soldiers were wounded."
    (m,) = find_counts(text, base=100)
    assert (m.count.start, m.count.end, m.cue_start, m.cue_end) == (107, 108, 123, 130)



@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_safe(text: str) -> None:
    for m in find_counts(text):
        assert text[m.count.start : m.count.end] == m.count.text
    find_numbers(text)




def test_the_remaining_wounded_once_some_died_are_the_wounded_count() -> None:
    text = "Three of the nine wounded died in hospital, where the remaining six are still being treated."
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [(m.kind, m.count.best) for m in found] == [("dead", 3), ("injured", 6)]
    # when the dead do not make up the difference, both figures stay
    text = "Nine were wounded; two were flown out and the remaining seven were treated in town."
    assert [m.count.best for m in find_counts(text) if m.kind == "injured"] == [9, 7]


def test_the_victims_ages_listed_are_no_count() -> None:
    text = "The victims were 18, 22 and 25 years old; the wounded man, 30, was taken to a clinic."
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [(m.kind, m.count.best) for m in found] == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("He and his two sons were killed.", [1, 2]),
        ("She and three of the children were killed, an official said.", [1, 3]),
        ("Gunmen shot dead a farmer and his two sons.", [1, 2]),
    ],
)
def test_a_pronoun_joined_to_a_counted_subject_counts_one(text: str, counts: list[int]) -> None:
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [m.count.best for m in found if m.kind == "dead"] == counts


def test_a_total_told_after_the_listed_dead_is_the_toll() -> None:
    text = "The dead included six herders and a guard who tried to stop the raiders, seven people in all."
    found = [m for m in find_counts(text) if m.kind == "dead"]
    assert [(m.count.best, m.toll, m.subset) for m in found if not m.subset] == [(7, True, False)]
    text = "The dead included six herders and a guard."  # no total: the listed people are the toll
    assert [m.count.best for m in find_counts(text) if m.kind == "dead"] == [6, 1]


def test_the_wounded_from_a_fight_and_a_figures_article() -> None:
    text = "A source gave an overall toll of eleven dead and 24 wounded from Friday's fighting."
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [(m.kind, m.count.best) for m in found] == [("dead", 11), ("injured", 24)]


def test_figures_told_again_in_brackets_count_once() -> None:
    text = "seven (7) persons had lost their lives while four (4) others were injured"
    got = [(m.kind, m.count.best) for m in find_counts(text)]
    assert got == [("dead", 7), ("injured", 4)]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Juan Obando, 41; his brother Ernesto, 38; and their farmhand, Marvin Tellez, were shot dead.", 3),
        ("Police identified the dead as Ahmed Ali, 23, Yusuf Bello, 31, and Musa Sani, 40.", 3),
        ("Killed were Sgt. Paul Kamau and Cpl. James Njoroge.", 2),
        # an opening phrase of time or place is no name, and a title of address none either
        ("On Tuesday, two men were shot dead.", 2),
        ("Since January, more than 300 people have been killed.", 300),
        ("Hon. Speaker, four persons lost their lives.", 4),
    ],
)
def test_people_named_one_by_one(sentence: str, dead: int) -> None:
    found = [m for m in find_counts(sentence) if m.kind == "dead"]
    assert sum(m.count.best for m in found) == dead


def test_a_sentence_ending_on_and_the_after_a_count_reads_no_further() -> None:
    # found by hypothesis: "and the" with nothing after it ran past the last word
    assert [m.count.best for m in find_counts("killed no and the")] == [0]


def test_an_answer_takes_the_toll_its_question_asks() -> None:
    m = answered_count("Five people, four traders and a driver.", 100, "How many people died?")
    assert m is not None and (m.kind, m.count.best, m.count.start) == ("dead", 5, 100)
    hurt = answered_count("Twelve.", 0, "HOW MANY WERE HURT?")
    assert hurt is not None and hurt.kind == "injured"
    assert answered_count("Five people.", 0, "Who was behind it?") is None
    assert answered_count("In 2019, a similar attack.", 0, "How many died?") is None


def test_one_of_the_deadliest_attacks_is_no_person() -> None:
    found = find_counts("A bombing at a bank killed 21 people, one of the deadliest attacks of the year.")
    assert [m.count.best for m in found if m.kind == "dead"] == [21]
    found = find_counts("Gunmen killed two farmers, one of them a boy of 15, and a herder.")
    assert sum(m.count.best for m in found if m.kind == "dead" and not m.subset) == 3


def test_a_person_who_died_is_one_dead() -> None:
    found = find_counts("An opposition activist who died in police cells in Soroti had head injuries.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 1)]
    assert find_counts("Two activists who lived in the town were at the rally.") == []


def test_the_group_the_counted_belong_to_is_no_one_more() -> None:
    found = find_counts("Three members of a farming family perished when their tractor ran over a mine.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 3)]


def test_two_verbs_of_one_fate() -> None:
    assert [m.count.best for m in find_counts("Two men were beaten and stoned to death by a mob.")] == [2]
    assert [m.count.best for m in find_counts("Two men were beaten and burned alive.")] == [2]


def test_named_subjects_past_an_aside_on_them() -> None:
    found = find_counts("Jean Ndayi and Eric Bizi, accused of theft, were beaten and stoned to death.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 1), ("dead", 1)]


def test_a_communique_fallen_with_honour() -> None:
    found = find_counts("Eleven soldiers fell with honour and nine others were wounded, the ministry said.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 11), ("injured", 9)]
    assert find_counts("Prices fell with the harvest and two traders left.") == []


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("The doctors recorded eighteen external injuries on his body.", []),
        ("He had three stab wounds.", []),
        ("The attack caused 18 injuries.", [("injured", 18)]),
        ("Two boys with bullet wounds were admitted.", [("injured", 2)]),
    ],
)
def test_wounds_on_one_body_are_no_wounded_people(text: str, seen: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == seen


def test_names_after_a_plural_noun_of_people_go_on_a_list_of_victims() -> None:
    text = "Phra Somchai, a monk, and temple volunteers Anan Sukkasem and Boonlert Chantra died."
    assert sum(m.count.best for m in find_counts(text) if m.kind == "dead") == 3


def test_a_first_accounts_figure_replaced_in_the_same_sentence_is_dropped() -> None:
    text = (
        "Initial reports in local media put the number of dead at nine, but the prosecutor said later "
        "that the figure was seven."
    )
    assert [(m.kind, m.count.best) for m in find_counts(text)] == [("dead", 7)]


def test_an_article_after_a_preposition_opens_no_victim_of_the_verb_after_it(pipeline: Any) -> None:
    text = "A spokesman for a community in a land claim against a forestry company was shot dead."
    assert [m.count.text for m in find_counts(text)] == []  # no surface count of the company
    story = pipeline(Story(id="p", text=text, published=date(2026, 1, 25)))
    assert [e.dead.best for e in story.events if e.dead is not None] == [1]  # the parse: the spokesman


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Police said the MP, two of his bodyguards and the bomber died in the blast.", 4),
        ("The mayor and his driver were killed.", 2),
        ("The driver and two passengers killed a guard.", 1),  # the doers, not victims
    ],
)
def test_victims_listed_as_the_subject_the_first_with_the(text: str, dead: int) -> None:
    assert sum(m.count.best for m in find_counts(text) if m.kind == "dead") == dead


@pytest.mark.parametrize(
    "text",
    [
        "Several others were hurt, the nurse said, without giving a figure.",
        "Some villagers were wounded but the army did not say how many.",
        "A few guards were injured, police said, without providing an exact number.",
    ],
)
def test_a_vague_count_told_with_no_figure_given_is_no_count(text: str) -> None:
    assert find_counts(text) == []


def test_a_vague_count_stays_where_no_figure_is_said_to_be_missing() -> None:
    assert [m.count.best for m in find_counts("Several others were hurt, the nurse said.")] == [3]


def test_who_told_a_toll_after_it_are_no_more_victims_in_the_parse() -> None:
    text = (
        "An air strike hit a market near Kutum, killing 11 people, two traders and a nurse at the district "
        "clinic said."
    )
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [m.count.best for m in found if m.kind == "dead"] == [11]


def test_the_attackers_own_dead_told_as_theirs_are_the_attackers() -> None:
    (m,) = find_counts("The mission said the assailants left two of their dead behind when they withdrew.")
    assert (m.kind, m.count.best, m.attackers) == ("dead", 2, True)


def test_a_year_after_a_determiner_is_no_count() -> None:
    text = "An activist known for his role in the 2019 protests was shot dead on Friday."
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [m.count.best for m in found] == [1]


def test_tellers_after_a_second_object_are_no_more_wounded_in_the_parse() -> None:
    text = "A bomb went off in Manbij, killing six people and wounding 15, a monitor and local medics said."
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [(m.kind, m.count.best) for m in found if not m.subset] == [("dead", 6), ("injured", 15)]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were wounded, and three are in critical condition.",
        "Twelve people were hurt; three remain in hospital.",
        "Twelve people were hospitalised and three are in a serious condition.",
    ],
)
def test_the_wounded_in_care_told_after_them_are_among_them(text: str) -> None:
    found = find_counts(text)
    assert [m.count.best for m in found if m.kind == "injured" and not m.subset] == [12]
    assert [m.count.best for m in found if m.kind == "injured" and m.subset] == [3]


def test_people_in_hospital_after_the_dead_are_the_wounded() -> None:
    found = find_counts("Three people died and four remain in hospital.")
    assert [(m.kind, m.count.best, m.subset) for m in found] == [("dead", 3, False), ("injured", 4, False)]


def test_a_dateline_opening_the_sentence_names_no_victim() -> None:
    text = "TAIZ, Yemen — Five civilians, two of them children, were killed when shells struck a street."
    found = find_counts(text, doc=nlp.parse_texts([text])[0])
    assert [m.count.best for m in found if m.kind == "dead" and not m.subset] == [5]
