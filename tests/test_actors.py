"""Actor mentions, phrase resolution, dated leaders, coreference."""

from __future__ import annotations

from datetime import date

from whimbrel.actors import Coreference, find_mentions, resolve_phrase


def test_mentions_by_kind():
    text = "Azeri troops and the Kremlin traded accusations in Yerevan, TASS said."
    found = {(m.text, m.country, m.role) for m in find_mentions(text)}
    assert ("Azeri", "AZE", "demonym") in found
    assert ("Kremlin", "RUS", None) in found
    assert ("Yerevan", "ARM", "capital") in found
    assert ("TASS", "RUS", "agency") in found


def test_mention_spans_slice_back():
    text = "Nikol Pashinyan met Ilham Aliyev; Pashinian later flew to Moscow."
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.text


def test_leader_resolved_by_story_date():
    text = "Trump spoke to reporters."
    (m,) = [m for m in find_mentions(text, date(2019, 6, 1)) if m.text == "Trump"]
    assert m.country == "USA" and m.kind == "person"
    assert not [m for m in find_mentions("Shoigu visited the front.", date(2025, 6, 1)) if m.kind == "person"]


def test_a_leaders_surname_after_another_given_name_is_another_person():
    text = "The victims, Alpha Keita and the vaccinator Shazia Bibi, were buried on Friday."
    assert not [m for m in find_mentions(text, date(2019, 6, 1)) if m.kind == "person"]
    for told in ("President Keita met the envoy.", "Keita met the envoy.", "On Monday Keita met the envoy."):
        (m,) = [m for m in find_mentions(told, date(2019, 6, 1)) if m.kind == "person"]
        assert (m.text, m.country) == ("Keita", "MLI"), told
    # the leader's own given name, however spelt, is no other person's
    (m,) = [m for m in find_mentions("Francois Mitterand spoke.", date(1990, 6, 1)) if m.kind == "person"]
    assert (m.text, m.country) == ("Mitterand", "FRA")


def test_a_leaders_surname_before_another_surname_and_an_age_is_a_given_name():
    text = "Three protesters were shot dead: Lourenco Jaime, 23, student; Alberto Sitoe, 31, vendor."
    assert not [m for m in find_mentions(text, date(2024, 10, 28)) if m.kind == "person"]
    (m,) = [m for m in find_mentions("Lourenco met the envoy.", date(2024, 10, 28)) if m.kind == "person"]
    assert m.country == "AGO"


def test_role_phrase_gets_sector_from_role_noun():
    text = "Azeri troops"
    actor = resolve_phrase(text, 0, len(text), "troops", find_mentions(text))
    assert actor is not None and (actor.country, actor.sector) == ("AZE", "MIL")


def test_capital_alone_is_a_government_metonym():
    text = "Moscow"
    actor = resolve_phrase(text, 0, len(text), "Moscow", find_mentions(text))
    assert actor is not None and (actor.country, actor.sector, actor.role) == ("RUS", "GOV", "metonym")


def test_people_demonym_is_civilian():
    text = "Armenians"
    actor = resolve_phrase(text, 0, len(text), "Armenians", find_mentions(text))
    assert actor is not None and (actor.country, actor.sector) == ("ARM", "CVL")


def test_opposition_outranks_generic_leader():
    text = "opposition leaders in Zimbabwe"
    actor = resolve_phrase(text, 0, len(text), "leader", find_mentions(text))
    assert actor is not None and actor.sector == "OPP"


def test_group_reference_uses_last_pair():
    text = "Armenia and Azerbaijan clashed. Later the two countries talked."
    ms = find_mentions(text)
    coref = Coreference()
    coref.remember(ms)
    coref.remember_group(ms)
    start = text.index("the two countries")
    refs = coref.resolve("the two countries", start, start + 17, "country")
    assert sorted(a.country for a in refs) == ["ARM", "AZE"]
    assert all(text[a.start : a.end] == "the two countries" for a in refs)


def test_role_noun_found_by_lemma_but_not_inside_a_name():
    text = "12 men"
    actor = resolve_phrase(text, 0, len(text), "man", find_mentions(text))
    assert actor is not None and actor.sector == "CVL"
    text = "The African Union"
    actor = resolve_phrase(text, 0, len(text), "Union", find_mentions(text))
    assert actor is not None and (actor.country, actor.sector) == ("AFU", "GOV")


def test_a_police_force_tells_its_country_unless_named_for_a_city() -> None:
    found = find_mentions("Surrey RCMP and the Carabinieri were called.")
    assert [(a.text, a.country, a.sector) for a in found] == [
        ("RCMP", "CAN", "COP"),
        ("Carabinieri", "ITA", "COP"),
    ]
    assert [a.country for a in find_mentions("The Metropolitan Police said a man died.")] == ["GBR"]
    assert find_mentions("The Metropolitan Police of Montería said a man died.") == ()
