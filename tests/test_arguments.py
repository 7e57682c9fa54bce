"""Source and target phrases from the dependency parse."""

from __future__ import annotations

from whimbrel import arguments as args


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _texts(doc, phrases):
    return [doc.text[p.start : p.end] for p in phrases]


def test_subject_and_object(parse_one):
    doc = parse_one("Turkish troops shelled Kurdish positions on Monday.")
    verb = _tok(doc, "shelled")
    assert _texts(doc, args.verb_subjects(verb)) == ["Turkish troops"]
    assert _texts(doc, args.verb_objects(verb)) == ["Kurdish positions"]


def test_passive_agent(parse_one):
    doc = parse_one("The convoy was ambushed by rebels.")
    assert _texts(doc, args.verb_subjects(_tok(doc, "ambushed"))) == ["rebels"]


def test_a_reported_passive_killing_has_no_speaker_for_a_doer(parse_one):
    doc = parse_one("Four guards were killed, a police spokesman said.")
    assert _texts(doc, args.verb_subjects(_tok(doc, "killed"))) == []
    claim = parse_one("The army said the rebels killed four guards.")
    assert _texts(claim, args.verb_subjects(_tok(claim, "killed"))) == ["the rebels"]


def test_coordinated_subjects(parse_one):
    doc = parse_one("Armenia and Azerbaijan agreed to talks.")
    assert _texts(doc, args.verb_subjects(_tok(doc, "agreed"))) == ["Armenia", "Azerbaijan"]


def test_infinitive_inherits_controller(parse_one):
    doc = parse_one("The envoy urged Serbia to withdraw its forces.")
    assert _texts(doc, args.verb_subjects(_tok(doc, "withdraw"))) == ["Serbia"]


def test_noun_possessive_source(parse_one):
    doc = parse_one("Russia's withdrawal from the town surprised analysts.")
    assert _texts(doc, args.noun_sources(_tok(doc, "withdrawal"))) == ["Russia"]


def test_np_range_keeps_hyphenated_names(parse_one):
    doc = parse_one("Pakistan President Mohammad Zia-Ul-Haq rejected the offer.")
    (subj,) = args.verb_subjects(_tok(doc, "rejected"))
    assert doc.text[subj.start : subj.end] == "Pakistan President Mohammad Zia-Ul-Haq"


def test_a_bracket_the_tagger_makes_a_phrase_head_is_its_own_range(parse_one):
    doc = parse_one("Raiders attacked a hamlet in the rural commune of [name withheld], Ambilobe district.")
    bracket = _tok(doc, "[")
    assert args.np_range(bracket) == (bracket.idx, bracket.idx + 1)
