"""Data types: serialisation, pickling, and the evidence-span property over real coding."""

from __future__ import annotations

import pickle
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whimbrel.types import Event, Span, Story

WORDS = [
    "Russia",
    "Ukraine",
    "Armenian",
    "troops",
    "attacked",
    "met",
    "will",
    "visit",
    "the",
    "capital",
    "Moscow",
    "said",
    "police",
    "arrested",
    "12",
    "protesters",
    "in",
    "Kyiv",
    "on",
    "Monday",
    "not",
    "agreed",
    "to",
    "a",
    "ceasefire",
    "after",
    "clashes",
    "killed",
    "more",
    "than",
    "200",
    "soldiers",
    ",",
    ".",
    "and",
    "urged",
    "Baku",
    "end",
    "hostilities",
    "last",
    "month",
    "Pashinian",
]


def test_story_pickles_without_its_parse():
    s = Story(id="a", text="x", doc=object())
    t = pickle.loads(pickle.dumps(s))
    assert t.doc is None and t == s


def test_event_id_is_stable():
    e = Event("s", 0, Span(0, 5), Span(0, 3), "met", "CONSULT")
    assert e.id == Event("s", 0, Span(0, 5), Span(0, 3), "met", "CONSULT").id
    assert e.to_dict()["trigger"] == {"text": "met", "start": 0, "end": 3}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40))
def test_every_evidence_span_slices_back_to_its_text(pipeline, words):
    text = " ".join(words).replace(" .", ".").replace(" ,", ",")
    story = pipeline(Story(id="h", text=text, published=date(2025, 10, 14)))
    for e in story.events:
        d = e.to_dict()
        assert text[d["trigger"]["start"] : d["trigger"]["end"]] == d["trigger"]["text"]
        for ev in d["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"], ev
        for a in d["source"] + d["target"]:
            assert text[a["start"] : a["end"]] == a["text"]
        for key in ("dead", "injured", "location"):
            if d[key]:
                assert text[d[key]["start"] : d[key]["end"]] == d[key]["text"]
        if d["date_text"] and e.when and e.when.start is not None:
            assert text[e.when.start : e.when.end] == d["date_text"]
