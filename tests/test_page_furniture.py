"""A scraped page's furniture (whimbrel.page_furniture): links to other stories, navigation bars,
notices and the head before the body."""

from __future__ import annotations

from whimbrel.page_furniture import body_start, in_furniture

PAGE = (
    "Home | Nation | World | Sport\n"
    "Updated 11:20 GMT, 10 June 2025\n"
    "By Staff Reporter\n"
    "SAN PEDRO - Three dock workers were killed on Sunday.\n"
    "Advertisement\n"
    "Read more: Bus crash near Yamoussoukro leaves 19 dead\n"
    "Also read - Gunmen kill 12 in border village\n"
    "RELATED STORIES\n"
    "- Floods kill 30 across Abidjan\n"
    "- Police shoot dead two robbers\n"
    "The suspect was arrested.\n"
    "We use cookies to improve your experience.\n"
)


def at(text: str) -> int:
    return PAGE.index(text)


def test_links_bars_and_notices_are_furniture() -> None:
    for line in (
        "Home | Nation",
        "Advertisement",
        "Read more: Bus",
        "Also read - Gunmen",
        "- Floods kill 30",
        "- Police shoot",
        "We use cookies",
    ):
        assert in_furniture(PAGE, at(line)), line


def test_the_story_and_a_list_of_its_own_are_not_furniture() -> None:
    assert not in_furniture(PAGE, at("SAN PEDRO"))
    assert not in_furniture(PAGE, at("The suspect"))
    text = "Victims:\n- a farmer, 45\n- his son, 12\nRead the full report online."
    assert not in_furniture(text, text.index("- a farmer"))  # a list under no heading of links
    assert not in_furniture("Gunmen killed three. Home | Away", 0)  # a sentence is no bar


def test_the_body_begins_after_the_pages_head() -> None:
    assert PAGE[body_start(PAGE) :].startswith("SAN PEDRO - Three")
    assert body_start("SAN PEDRO - Three dock workers were killed.\nMore text.") == 0
    assert body_start("Monday, April 08, 2024\nMASASI. Three people died.") == len("Monday, April 08, 2024\n")
    assert body_start("Home | News\nAdvertisement") == 0  # no body after the head: nothing to skip
