"""Which names a feature story's lead introduces as the place of what follows. Sentences written by
the team; no model or gazetteer is needed (the names are read from the text)."""

from __future__ import annotations

import pytest

from whimbrel.lead_place import LEAD_SENTENCES, introduced_names, lead_mentions
from whimbrel.nlp import ParsedSentence


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in introduced_names(text, ParsedSentence(0, 0, len(text)))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bankilare used to be a busy market town on the road to the border.", ["Bankilare"]),
        ("Tell Tamer is a small Assyrian town on the Khabur river.", ["Tell Tamer"]),
        ("Nusaybin sits right across the border from a Syrian city.", ["Nusaybin"]),
        ("In the mining town of Kamituga, the nights have grown quiet.", ["Kamituga"]),
        ("The road into Mingala, a town in Basse-Kotto, has been closed for months.", ["Mingala"]),
        ("Enarotali, the main town of Paniai regency, has been on edge.", ["Enarotali"]),
        # the home of the people the lead opens on
        (
            "For decades, the fishermen of Kasenga, on the river north of the capital, lived quietly.",
            ["Kasenga"],
        ),
        ("Residents of Tiassalé have long feared the road at night.", ["Tiassalé"]),
        # a person, a time or a district's province is not what the lead introduces
        ("Ahmed Ali is a farmer in the town of Kamituga.", []),
        ("On Sunday, a convoy left the town.", []),
        ("In March, the town was quiet.", []),
        ("In the Silvan district of Diyarbakir, a feud flared.", []),
        ("Gunmen attacked the village on Sunday, killing six.", []),
        ("The people of Haiti's north have suffered for years.", []),  # no comma or verb after the name
        ("The farmers of the region were warned.", []),
    ],
)
def test_the_names_a_lead_sentence_introduces(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_only_the_first_sentences_of_the_body_are_a_lead() -> None:
    lines = ["KAMPALA \u2014 The rains came late."] + ["Nothing moved."] * LEAD_SENTENCES
    lines.append("Mubende is a gold-mining town.")
    text = " ".join(lines)
    sentences, pos = [], 0
    for i, line in enumerate(lines):
        start = text.index(line, pos)
        sentences.append(ParsedSentence(i, start, start + len(line)))
        pos = start + len(line)
    assert lead_mentions(text, sentences) == []
    # the body starts after the dateline: its first sentences are read from there
    head = ParsedSentence(0, 0, len(lines[0]))
    only = [head, ParsedSentence(1, len(lines[0]) + 1, len(lines[0]) + 1 + len("Nothing moved."))]
    short = text[: only[1].end] + " Mubende is a gold-mining town."
    tail = ParsedSentence(2, only[1].end + 1, len(short))
    found = lead_mentions(short, [*only, tail], body=len("KAMPALA \u2014 "))
    assert [(i, p.text, p.feature) for i, p in found] == [(2, "Mubende", "city")]
