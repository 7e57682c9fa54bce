"""How a place mention hangs on an event's trigger: the tier and the rule (the ``method`` an event's
location is reported with) for places attached to the clause, reached through another predicate,
named as a reference point, or dropped as actors, origins, later events and descriptions. Sentences
written by the team, parsed in one batch by the default model; places are hand-made.
"""

from __future__ import annotations

from typing import Any

import pytest

from whimbrel import nlp
from whimbrel.place_hang import Hang, care_destination, hang_on
from whimbrel.types import Place

CASES = [
    # (sentence, trigger, place, feature, tier, method)
    ("After the talks ended in Geneva, rebels shelled the central market in Homs on Monday.",
     "shelled", "Homs", "city", 3, "clause:prep-in"),
    ("After the talks ended in Geneva, rebels shelled the central market in Homs on Monday.",
     "shelled", "Geneva", "city", 1, "sentence:prep-in"),
    ("Fighters from Idlib attacked Saraqib at dawn.", "attacked", "Saraqib", "city", 3, "clause:object"),
    ("Troops recaptured the town of Qaryatayn in Homs province.",
     "recaptured", "Qaryatayn", "city", 3, "clause:town-of"),
    ("The prime minister arrived in Ankara for talks.", "arrived", "Ankara", "city", 3, "clause:prep-in"),
    ("Police arrested three men, and a curfew was imposed in Basra.",
     "arrested", "Basra", "city", 1, "sentence:prep-in"),
    ("A bomb exploded in Balad, 80 kilometres north of Baghdad.",
     "exploded", "Baghdad", "city", 1, "sentence:reference-advmod"),
    ("Troops clashed near the Niger border on Sunday.",
     "clashed", "Niger", "country", 1, "sentence:reference-prep-near"),
    ("Jon Berk, an officer with a unit based in Lagos, was shot near Kano on Monday.",
     "shot", "Lagos", "city", 1, "sentence:description"),
    # dropped: actors, origins, later events, aftermath, named wars, who the victims are
    ("Moscow condemned the strike on Kharkiv.", "condemned", "Moscow", "city", 0, "excluded:subject"),
    ("Fighters from Idlib attacked Saraqib at dawn.", "attacked", "Idlib", "city", 0, "excluded:origin"),
    ("Mexico's army arrested a cartel leader.",
     "arrested", "Mexico", "country", 0, "excluded:actor-modifier"),
    ("A U.S. airstrike killed four fighters.", "killed", "U.S.", "country", 0, "excluded:country-modifier"),
    ("A US air strike hit a camp near Jamaame.", "strike", "US", "country", 0, "excluded:country-modifier"),
    ("Police arrested three men, officials in Basra said.",
     "arrested", "Basra", "city", 0, "excluded:attribution"),
    ("Gunmen shot Karim Jordan in Basra.",
     "shot", "Jordan", "country", 0, "excluded:object-of-non-place-verb"),
    ("A man was shot in the chest and died at Central Hospital.",
     "shot", "Central Hospital", "point", 0, "excluded:aftermath"),
    ("Veterans marched in Dover to mark the end of the Gulf War.",
     "marched", "Gulf", "region", 0, "excluded:named-period"),
    ("Soldiers killed villagers suspected of ties with rebels in Rasso on Monday.",
     "killed", "Rasso", "city", 0, "excluded:participant-description"),
    # where the victims were taken for care, even by the verb that governs the event's noun
    ("Nine injured have been shifted to hospitals in Sukkur.",
     "injured", "Sukkur", "city", 0, "excluded:aftermath"),
    ("The wounded were flown to Mopti for treatment, an official said.",
     "wounded", "Mopti", "city", 0, "excluded:aftermath"),
    # the town of the hospital the wounded were treated at; a place in the name of a body that speaks
    ("Eight were wounded by gunfire; they were treated at a hospital run by a charity in Tabarre.",
     "wounded", "Tabarre", "city", 0, "excluded:aftermath"),
    ("The Coalition for Civilians in Gourma condemns the attack on the market, which killed 21 people.",
     "killed", "Gourma", "city", 0, "excluded:organisation-name"),
    # the home of witnesses who tell what they saw
    ("Residents of Kombolcha said soldiers killed 12 civilians on Friday.",
     "killed", "Kombolcha", "city", 1, "sentence:witnesses-of"),
    ("Villagers in Kombolcha told reporters that soldiers killed 12 civilians.",
     "killed", "Kombolcha", "city", 1, "sentence:witnesses-of"),
]  # fmt: skip


@pytest.fixture(scope="session")
def docs() -> dict[str, Any]:
    texts = sorted({case[0] for case in CASES} | {"Rebels shelled Qaryatayn town overnight."})
    return dict(zip(texts, nlp.parse_texts(texts), strict=True))


def _hang(docs: dict[str, Any], text: str, trigger: str, name: str, feature: str = "city") -> Hang:
    doc = docs[text]
    start = text.index(name)
    place = Place(name, start, start + len(name), name, country="XXX", feature=feature)
    root = nlp.span_root(nlp.tokens_in(doc, start, start + len(name)))
    return hang_on(root, next(t for t in doc if t.text == trigger), place)


@pytest.mark.parametrize(("text", "trigger", "name", "feature", "tier", "method"), CASES)
def test_how_a_place_hangs_on_the_trigger(
    docs: dict[str, Any], text: str, trigger: str, name: str, feature: str, tier: int, method: str
) -> None:
    hang = _hang(docs, text, trigger, name, feature)
    assert (hang.tier, hang.method) == (tier, method)
    assert (hang.score == 0.0) is (tier == 0)  # a place dropped scores nothing


def test_the_rule_sets_how_sure_the_location_is(docs: dict[str, Any]) -> None:
    geneva_homs = CASES[0][0]
    assert _hang(docs, geneva_homs, "shelled", "Homs").score == 0.95  # a preposition of the clause
    assert _hang(docs, CASES[2][0], "attacked", "Saraqib").score == 0.85  # the trigger's object
    assert _hang(docs, geneva_homs, "shelled", "Geneva").score == 0.35  # a clause of its own
    berk = CASES[8][0]
    assert _hang(docs, berk, "shot", "Lagos").score == 0.2  # where a participant serves, a last resort


def test_a_place_goes_with_the_place_noun_it_names(docs: dict[str, Any]) -> None:
    text = "Troops recaptured the town of Qaryatayn in Homs province."
    doc = docs[text]
    town_of = _hang(docs, text, "recaptured", "Qaryatayn")
    assert ({doc[i].text for i in town_of.anchors}, town_of.link) == ({"Qaryatayn", "town"}, "of")
    province = _hang(docs, text, "recaptured", "Homs", "admin1")
    assert ({doc[i].text for i in province.anchors}, province.link) == ({"Homs", "province"}, "compound")
    assert doc[province.path[0]].text == "Homs" and doc[province.path[-1]].text == "recaptured"
    text = "Rebels shelled Qaryatayn town overnight."
    named = _hang(docs, text, "shelled", "Qaryatayn")
    assert ({docs[text][i].text for i in named.anchors}, named.link) == ({"Qaryatayn", "town"}, "compound")


@pytest.mark.parametrize(
    ("text", "name", "care"),
    [
        ("Five wounded people were taken to a clinic in Arcahaie.", "Arcahaie", True),
        ("The injured were airlifted to Garoua on Monday.", "Garoua", True),
        ("Gunmen attacked a hospital in Garoua on Monday.", "Garoua", False),
        ("Gunmen attacked Garoua on Monday.", "Garoua", False),
    ],
)
def test_a_town_named_only_as_where_the_victims_were_treated(text: str, name: str, care: bool) -> None:
    start = text.index(name)
    assert care_destination(text, Place(name, start, start + len(name), name)) is care
