"""Sentence splitting, datelines and selective parsing."""

from __future__ import annotations

from whimbrel.nlp import (
    ParseStage,
    dateline,
    headline,
    parse_of,
    split_sentences,
    timeline_entries,
    told_as_one,
)
from whimbrel.types import Span, Story


def test_sentences_trimmed_and_paragraphs_honoured():
    text = "First one here.  Second one.\n\nThird after a break."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one.", "Third after a break."]


def test_abbreviations_do_not_split():
    text = "The U.S. envoy met Gen. Smith on Monday. Then he left."
    assert len(split_sentences(text)) == 2


def test_headline_is_a_first_line_without_closing_punctuation() -> None:
    text = "Two guards killed in bank raid\nTwo guards were shot dead when robbers stormed a bank in Gulu."
    assert headline(text) == (0, 30)
    assert headline("  Bank raid in Gulu\nTwo guards were shot dead on Monday.") == (2, 19)
    # a label in capitals over the headline
    text = "PRESS RELEASE\n\nBank raid in Gulu\n\nTwo guards were shot dead on Monday."
    assert headline(text) == (15, 32)
    # a sentence, a two-word line, a dateline, one line or a body shorter than the line are no headline
    assert headline("Two guards were killed in Gulu.\nPolice said robbers stormed a bank.") is None
    assert headline("Gulu raid\nTwo guards were shot dead when robbers stormed a bank.") is None
    assert headline("GULU, Uganda (AP) — Two guards were killed\nin a bank raid on Monday.") is None
    assert headline("Two guards killed in bank raid on Monday") is None
    assert headline("Two guards killed in bank raid\nNo.") is None


def test_dateline_is_its_own_range():
    text = "NAIROBI, Kenya (AP) \u2014 Police fired tear gas at protesters."
    line = dateline(text)
    assert line is not None and text[line[0] : line[1]].startswith("NAIROBI, Kenya (AP)")
    spans = split_sentences(text)
    assert text[spans[1][0] : spans[1][1]] == "Police fired tear gas at protesters."


def test_a_local_outlets_dateline_closed_by_an_emoji_is_its_own_range():
    text = "CULIACAN \U0001f6a8 Two men were shot dead outside a shop."
    line = dateline(text)
    assert line is not None and text[line[0] : line[1]].strip() == "CULIACAN \U0001f6a8"


def test_a_title_case_dateline_with_a_colon_is_its_own_range():
    text = "Bahir Dar: Security forces fired on a crowd on Tuesday, killing four people."
    spans = split_sentences(text)
    assert text[spans[0][0] : spans[0][1]].rstrip() == "Bahir Dar:"
    assert (
        text[spans[1][0] : spans[1][1]] == "Security forces fired on a crowd on Tuesday, killing four people."
    )


def test_a_title_case_dateline_closed_by_a_dash_before_a_capital_is_its_own_range():
    text = "Toribio, Cauca \u2014 A drone dropped explosives on a base."
    spans = split_sentences(text)
    assert text[spans[1][0] : spans[1][1]] == "A drone dropped explosives on a base."


def test_no_dateline_in_ordinary_text():
    assert dateline("Police fired tear gas - and then left.") is None
    assert dateline("Gunmen \u2014 some in uniform \u2014 attacked the camp.") is None
    assert dateline("Officials said: the road is closed.") is None


def test_only_candidate_sentences_are_parsed():
    text = "The weather was mild. Rebels attacked a convoy near Goma."
    story = ParseStage()(Story(id="s", text=text))
    parse = parse_of(story)
    assert [s.doc is not None for s in parse.sentences] == [False, True]
    full = ParseStage(select="all")(Story(id="s", text=text))
    assert all(s.doc is not None for s in parse_of(full).sentences)


def test_entity_rules_repair_ner(parse_one):
    doc = parse_one("Nagorno Karabakh and Azeri officials met in Baku.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Azeri") == "NORP"
    assert labels.get("Baku") == "GPE"


def _story(text: str) -> Story:
    return Story(id="p", text=text, sentences=tuple(Span(a, b) for a, b in split_sentences(text)))


def test_a_one_sentence_lead_or_one_sentence_paragraphs_make_a_loose_story():
    from whimbrel.nlp import one_line_paragraphs, paragraph_break

    lead = "BOR \u2014 Gunmen attacked a cattle camp on Sunday.\n\nNine herders were killed. Two died later."
    assert one_line_paragraphs(_story(lead))
    dense = (
        "Gunmen attacked a cattle camp on Sunday. The camp lies west of the town.\n\n"
        "In a separate raid, nine herders were killed. Police said they had no suspects."
    )
    assert not one_line_paragraphs(_story(dense))
    assert not one_line_paragraphs(_story("Gunmen attacked a camp on Sunday. Nine herders were killed."))
    assert paragraph_break(dense, 0, len(dense)) and not paragraph_break(dense, 0, len(dense), loose=True)


def test_a_sentence_with_only_a_toll_is_parsed():
    from whimbrel.nlp import ParseStage, parse_of
    from whimbrel.types import Story

    stage = ParseStage()
    text = "Gunmen attacked the market on Monday. The commander survived with injuries. It rained later."
    parsed = parse_of(stage(Story(id="t", text=text))).sentences
    assert [p.doc is not None for p in parsed] == [True, True, False]


def test_an_appended_update_is_no_paragraph_break() -> None:
    from whimbrel.nlp import in_update, in_update_heading, paragraph_break

    text = (
        "Two men were shot dead in Selma.\n\nUPDATE, April 9: A third man has died.\n\n"
        "In other news, a fair opened."
    )
    first, update, other = text.index("Two"), text.index("UPDATE"), text.index("In other")
    assert not paragraph_break(text, first, update + 5)  # the update goes on with the story
    assert paragraph_break(text, update, other + 5)
    assert paragraph_break(text, first, other + 5)  # the last break before the sentence decides
    assert in_update_heading(text, text.index("April"))
    assert not in_update_heading(text, text.index("third"))
    assert in_update(text, text.index("third")) and not in_update(text, text.index("Two"))
    assert not in_update(text, text.index("fair"))


def test_a_paragraph_number_opens_its_sentence() -> None:
    text = "1. Gunmen attacked the village on Sunday. 2. Police arrived. 3) Nine people died.\n1.\nA list."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got[:3] == [
        "1. Gunmen attacked the village on Sunday.",
        "2. Police arrived.",
        "3) Nine people died.",
    ]
    assert got[3:] == ["1.", "A list."]  # a marker alone on its line stays apart


def test_a_thread_of_numbered_posts_is_told_as_one() -> None:
    assert told_as_one("THREAD: a shooting.\n\n1/ Gunmen fired.\n\n2/ Three died.\n\n3/ More later.")
    assert told_as_one("1. Police were called.\n\n2. Two died.\n\n3. Inquiry opened.")
    assert not told_as_one("Gunmen fired.\n\nThree died.\n\n1. One more thing.")
    script = "ANCHOR: A bomb hit a bus.\n\nREPORTER (on the phone): Four died.\n\n[SOUNDBITE - MAYOR]: Sad."
    assert told_as_one(script)


def test_a_timeline_has_three_entries_or_more_that_open_with_a_time_of_day() -> None:
    text = "Intro on Saturday.\n\n09:10 - Traders block the road.\n10:30 - Police arrive.\n12:15 - Shots."
    assert [text[s:e][:5] for s, e in timeline_entries(text)] == ["09:10", "10:30", "12:15"]
    assert timeline_entries("09:10 - Traders block the road.\n10:30 - Police arrive.") == []
    assert timeline_entries("At 09:10 traders blocked the road, at 10:30 police came, at 12:15 shots.") == []


def test_a_security_reports_shorthand_does_not_end_a_sentence() -> None:
    spans = split_sentences("Gunmen attacked an outpost approx. 20km SW of the town. Two died.")
    assert len(spans) == 2
    spans = split_sentences("An est. 60x armed men entered the market. Seven died.")
    assert len(spans) == 2
