"""The event-location scorer: gold loading (with the token-index quirk repaired), name spans, and a run
over a tiny gold file written here (sentences of our own, in the gold's format)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whimbrel.evaluate import event_location as ev


def _rec(rid: str, text: str, verb: str, locs: list[str], *, token_index_quirk: bool = False) -> dict:
    s = text.index(verb)
    spans = [{"start": s, "end": s + len(verb), "token_start": 0, "token_end": 0, "label": "VERB"}]
    for loc in locs:
        ls = text.index(loc)
        n_tok = len(text[:ls].split())
        if token_index_quirk:  # as in the relabelled gold: token indices where offsets should be
            spans.append({"start": n_tok, "end": n_tok, "token_start": n_tok, "token_end": n_tok,
                          "label": "LOCATION", "text": loc})
        else:
            spans.append({"start": ls, "end": ls + len(loc), "token_start": n_tok, "token_end": n_tok,
                          "label": "LOCATION"})
    return {"_id": rid, "text": text, "spans": spans, "answer": "accept", "source": "RELABEL"}


RECORDS = [
    _rec("a", "Police dispersed a crowd in Lagos on Friday.", "dispersed", ["Lagos"]),
    _rec("b", "Rebels from Idlib shelled Saraqib overnight.", "shelled", ["Saraqib"], token_index_quirk=True),
    _rec("c", "Two soldiers were wounded, the army said.", "wounded", []),
]


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / ev.FILE
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_load_repairs_token_index_spans(gold: Path) -> None:
    recs = ev.load(gold)
    assert [r.id for r in recs] == ["a", "b", "c"]
    b = recs[1]
    assert [b.text[s:e] for s, e in b.locations] == ["Saraqib"]
    assert b.text[b.verb[0] : b.verb[1]] == "shelled"
    assert recs[2].locations == ()


def test_find_near_picks_the_occurrence_nearest_the_token_index() -> None:
    text = "Homs was calm, but rebels shelled Homs again."
    assert ev._find_near(text, "Homs", 6) == (34, 38)
    assert ev._find_near(text, "Homs", 0) == (0, 4)
    assert ev._find_near(text, "Hama", 0) is None


def test_find_near_counts_punctuation_as_tokens() -> None:
    # as the gold's tokenizer counts: There(0) was(1) a(2) "(3) sit(4) -(5) in(6) "(7) in(8) Homs(9)
    text = 'There was a "sit-in" in Homs, planned by the Homs council.'
    assert ev._find_near(text, "Homs", 9) == (24, 28)


def test_token_set_skips_whitespace_tokens() -> None:
    from whimbrel import nlp

    text = "A bomb hit the  Grand Hotel."
    doc = nlp.parse_texts([text])[0]
    s = text.index(" Grand")
    assert {doc[i].text for i in ev._token_set(doc, [(s, s + len(" Grand Hotel"))])} == {"Grand", "Hotel"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("the Idlib province", "Idlib"), ("Kafr Nabl", "Kafr Nabl"), ("Aleppo district", "Aleppo")],
)
def test_name_span(text: str, name: str) -> None:
    s, e = ev.name_span(text, 0, len(text))
    assert text[s:e] == name


def test_run_scores_tokens(gold: Path) -> None:
    res = ev.run(gold.parent, errors=5)
    names = [m.name for m in res.measures]
    assert names == [
        "event_location.token_precision",
        "event_location.token_recall",
        "event_location.token_f1",
        "event_location.none_accuracy",
    ]
    for m in res.measures:
        assert 0.0 <= m.value <= 1.0
    assert res.measure("event_location.token_recall").value == 1.0
    assert res.measure("event_location.none_accuracy").n == 1
    assert res.measure("event_location.token_precision").anchor == ev.ANCHOR
    assert all(isinstance(e["text"], str) for e in res.errors)


def test_run_limit(gold: Path) -> None:
    res = ev.run(gold, limit=1)
    assert res.measure("event_location.token_f1").n == 1
