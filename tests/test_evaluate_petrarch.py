"""Tests for whimbrel.evaluate.petrarch: reading the validation records, the CAMEO/PLOVER/country
checks, scoring hand-built pairs, and a small run on the gold file when ../shared is present."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest

from whimbrel.evaluate import petrarch
from whimbrel.evaluate.petrarch import Coding, GoldSentence
from whimbrel.types import Actor, Event, Span, Story

DATA = Path(os.environ.get("WHIMBREL_EVAL_DATA", Path(__file__).resolve().parents[2] / "shared" / "eval"))
GOLD = DATA / petrarch.DEFAULT_PATH


def _event(kind: str, conf: float = 0.5, **kw: object) -> Event:
    return Event("s", 0, Span(0, 10), Span(0, 3), "abc", kind, confidence=conf, **kw)  # type: ignore[arg-type]


def _actor(country: str, kind: str = "state") -> Actor:
    return Actor(country, 0, 3, country, country=country, kind=kind)


# ----------------------------------------------------------------------------------------- reading
PETR_SNIPPET = """<Validation>
##########
# banner with <angle> text
##########
<Sentences>
<Sentence category="AFP" date="20080806" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<Text>
Made-up words about a
visit.
</Text>
<Sentence category="AFP" date="20080807" id="S2" evaluate="true">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence category="OTHER" date="20150101" id="S3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="IGOUNO" />
<Text>
</Text>
<Parse>
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	fought	fight	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentences></Validation>"""


def test_petrarch_parse_tolerates_banners_and_open_tags() -> None:
    gold = petrarch.parse(PETR_SNIPPET)
    assert [g.id for g in gold] == ["S1", "S2", "S3"]
    assert gold[0].text == "Made-up words about a visit." and gold[0].published == date(2008, 8, 6)
    assert gold[0].codings == (petrarch.Coding("042", "USAGOV", "CHN"),)
    assert gold[1].codings == ()
    assert gold[2].text == "Rebels fought."


ODD_RECORDS = """<Sentences>
<Sentence category="WIRE" date="2019xx01">
<EventCoding eventcode="" sourcecode="FRA" targetcode="DEU" />
<EventCoding eventcode=" 0431 " sourcecode=" FRAGOV " targetcode="DEU&amp;X" />
<EventCoding eventcode="036" />
<Text>Farmers &amp; herders met &quot;at last&quot;.</Text>
</Sentence>
<Sentence id="no-text" date="20190102"><EventCoding eventcode="010" /></Sentence>
<Sentence id="empty" date="20190103"><Text>   </Text></Sentence>
<Sentence id="S9" date="20190104" category="BLOG"><Text>Short.</Text></Sentence>
</Sentences>"""


def test_parse_unescapes_and_falls_back_for_ids_and_dates() -> None:
    first, last = petrarch.parse(ODD_RECORDS)  # a record without text, or with none left, is dropped
    assert first == GoldSentence(
        "record-0",  # no id: the record's place in the file
        'Farmers & herders met "at last".',
        None,  # no such date
        "WIRE",
        (Coding("0431", "FRAGOV", "DEU&X"), Coding("036", "", "")),  # a coding without a code is skipped
    )
    assert (last.id, last.published, last.category, last.codings) == ("S9", date(2019, 1, 4), "BLOG", ())


def test_text_from_conllu_joins_tokens_by_space_after() -> None:
    parse = (
        "# sent_id = 1\n"
        "1-2\tPolice&amp;\t_\t_\t_\t_\t_\t_\t_\t_\n"  # a range line is no token
        "1\tPolice\tpolice\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
        "2\t&amp;\t&\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
        "3\ttroops\ttroop\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
        "short line\n"
        "4\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    )
    assert petrarch._text_from_conllu(parse) == "Police & troops left."


def test_load_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(PETR_SNIPPET, encoding="utf-8")
    assert petrarch.load(path) == petrarch.parse(PETR_SNIPPET)


# ------------------------------------------------------------------------------ codes and countries
@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("042", "CONSULT"),
        ("0423", "CONSULT"),  # an unknown sub-code falls back to its three digits
        ("193", "ASSAULT"),
        ("173", "COERCE"),
        ("010", None),  # statements have no PLOVER type
        ("99", None),
    ],
)
def test_plover_of(code: str, plover: str | None) -> None:
    assert petrarch.plover_of(code) == plover


@pytest.mark.parametrize(
    ("actor_code", "country"),
    [
        ("USAGOV", "USA"),
        ("chnmil", "CHN"),
        ("IGOUNO", "IGO"),
        ("NGOXYZ", "IGO"),
        ("---REB", None),
        ("", None),
    ],
)
def test_country_of(actor_code: str, country: str | None) -> None:
    assert petrarch.country_of(actor_code) == country


# ------------------------------------------------------------------------------------------ scoring
def test_petrarch_score() -> None:
    gold = petrarch.parse(PETR_SNIPPET)
    usa = Actor("US", 0, 2, "US", country="USA")
    un = Actor("UN", 0, 2, "UN", country="UNO", kind="igo")
    pairs = [
        (gold[0], (_event("CONSULT", 0.9, cameo="042", source=(usa,)),)),
        (gold[1], (_event("AGREE", 0.2),)),
        (gold[2], (_event("ASSAULT", 0.8, cameo="193", target=(un,)),)),
    ]
    res = petrarch.score(pairs, errors=5)
    assert res.measure("cameo_root.accuracy").value == 1.0
    assert res.measure("cameo_code.accuracy").value == 0.5
    assert res.measure("plover_type.accuracy").value == 1.0
    src, tgt = res.measure("source_country.accuracy"), res.measure("target_country.accuracy")
    assert (src.value, src.n) == (1.0, 1)
    assert (tgt.value, tgt.n) == (0.5, 2)  # CHN missed, IGO matched by UNO
    assert res.measure("no_event.accuracy").value == 0.0
    assert res.errors[0]["id"] == "S2"


def _five_pairs() -> list[tuple[GoldSentence, tuple[Event, ...]]]:
    def gold(gid: str, *codings: Coding) -> GoldSentence:
        return GoldSentence(gid, f"invented sentence {gid}", None, "WIRE", codings)

    return [
        (gold("g5", Coding("010", "USAGOV", "")), ()),  # a statement (no PLOVER type), nothing found
        (gold("g4"), (_event("AGREE", 0.3),)),  # no event, one found
        (gold("g3"), ()),  # no event, none found
        # right root and code, source country right, target missed
        (
            gold("g1", Coding("190", "NGAMIL", "NGAREB")),
            (_event("ASSAULT", 0.4, cameo="190", source=(_actor("NGA"),)),),
        ),
        # a visit coded as a fight: wrong root and wrong type
        (gold("g2", Coding("042", "FRAGOV", "DEUGOV")), (_event("ASSAULT", 0.9, cameo="193"),)),
    ]


def test_score_measures_on_hand_built_pairs() -> None:
    res = petrarch.score(_five_pairs())
    got = {m.name: (round(m.value, 4), m.n) for m in res.measures}
    assert got == {
        "cameo_root.accuracy": (0.3333, 3),
        "cameo_code.accuracy": (0.3333, 3),
        "plover_type.accuracy": (0.5, 2),  # g5's statement has no type
        "source_country.accuracy": (0.3333, 3),
        "target_country.accuracy": (0.0, 2),  # g5 names no target
        "no_event.accuracy": (0.5, 2),
    }
    assert res.measure("cameo_root.accuracy").anchor == petrarch.ANCHOR
    assert res.confusion == {"19": {"19": 1}, "04": {"19": 1}, "01": {"NONE": 1}}
    assert res.errors == []


def test_score_lists_the_most_confident_misses_first() -> None:
    rows = petrarch.score(_five_pairs(), errors=2).errors
    assert [(r["id"], r["why"]) for r in rows] == [("g2", "wrong root"), ("g4", "no event expected")]
    assert rows[0]["gold"] == ["042 FRAGOV->DEUGOV"] and rows[0]["predicted"] == "ASSAULT"
    assert rows[1]["gold"] == ["noevents"]
    last = petrarch.score(_five_pairs(), errors=9).errors[-1]
    assert (last["id"], last["predicted"]) == ("g5", "NONE")  # no event: after every scored miss


def test_countries_are_checked_on_the_best_event_of_a_gold_type() -> None:
    g = GoldSentence("g", "invented", None, "WIRE", (Coding("193", "NGAREB", "IGOUNO"),))
    top = _event("CONSULT", 0.9, cameo="040")
    fight = _event("ASSAULT", 0.2, cameo="193", source=(_actor("NGA"),), target=(_actor("XYZ", "igo"),))
    res = petrarch.score([(g, (top, fight))])
    assert res.measure("cameo_root.accuracy").value == 0.0  # the top event is answered
    assert res.measure("source_country.accuracy").value == 1.0  # the fight is checked for actors
    assert res.measure("target_country.accuracy").value == 1.0  # any organisation stands for IGO


# ---------------------------------------------------------------------------------------------- run
def _fake(story: Story) -> Story:
    events = (_event("ASSAULT", 0.7, cameo="190"),) if "fought" in story.text else ()
    return dataclasses.replace(story, events=events)


def test_run_codes_each_record_with_its_date(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(PETR_SNIPPET, encoding="utf-8")
    seen: list[tuple[str, date | None]] = []

    def coder(story: Story) -> Story:
        seen.append((story.id, story.published))
        return _fake(story)

    res = petrarch.run(path, pipeline=coder)
    assert seen == [("S1", date(2008, 8, 6)), ("S2", date(2008, 8, 7)), ("S3", date(2015, 1, 1))]
    assert res.measure("cameo_root.accuracy").value == 0.5  # S3's fight found, S1's visit not
    assert res.measure("no_event.accuracy").value == 1.0
    assert res.notes[-1] == "categories: AFP 2, OTHER 1"
    assert petrarch.run(path, limit=1, pipeline=coder).notes[-1] == "categories: AFP 1"


@pytest.mark.skipif(not GOLD.exists(), reason="gold data not available")
def test_petrarch_gold_file() -> None:
    gold = petrarch.load(GOLD)
    assert len(gold) == 78 and sum(len(g.codings) for g in gold) == 80
    assert sum(not g.codings for g in gold) == 12
    res = petrarch.run(GOLD, limit=10, errors=2, pipeline=_fake)
    assert res.measure("cameo_root.accuracy").n + res.measure("no_event.accuracy").n == 10
