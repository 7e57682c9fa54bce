"""Tests for whimbrel.digests: a data desk's incident tables and list items."""

from __future__ import annotations

from whimbrel.digests import find_tables, in_table_head, item_place, row_at

TABLE = (
    "Killings this week.\n"
    "\n"
    "| Date | Town | Province | Incident | Killed | Injured |\n"
    "|---|---|:---:|---|---|---|\n"
    "| 3 May | Kasese | Western | Gunmen raid a bar | 4 | 2 |\n"
    "| 4 May | Bundibugyo | | | 1 (a guard) | 0 |\n"
    "| 5 May | broken row |\n"
    "Police said more arrests are expected.\n"
)


def test_a_table_reads_its_columns_by_their_headers() -> None:
    (table,) = find_tables(TABLE)
    first, second = table.rows  # the row with too few cells is no row
    assert first.date is not None and first.date.text == "3 May"
    assert [c.text for c in first.places] == ["Kasese", "Western"]  # the town first
    assert first.incident is not None and first.incident.text == "Gunmen raid a bar"
    assert (first.figure("dead"), first.figure("injured")) == (4, 2)
    assert second.incident is None and (second.figure("dead"), second.figure("injured")) == (1, 0)
    assert first.killed is not None and TABLE[first.killed.start : first.killed.end] == "4"


def test_rows_and_the_header_are_found_by_offset() -> None:
    assert row_at(TABLE, TABLE.index("Kasese")) is not None
    assert row_at(TABLE, TABLE.index("Police said")) is None
    assert in_table_head(TABLE, TABLE.index("Town"))
    assert not in_table_head(TABLE, TABLE.index("Kasese"))


def test_a_table_without_a_column_of_the_dead_or_hurt_is_no_digest() -> None:
    assert find_tables("| Party | Seats |\n|---|---|\n| Blue | 40 |\n") == ()


def test_a_list_item_opens_with_its_date_and_place() -> None:
    text = "- **13 February, near Zégoua:** gunmen stop a bus; 7 killed.\n- 2 June — Bannu (KP): a blast."
    first = item_place(text, text.index("gunmen"))
    second = item_place(text, text.index("a blast"))
    assert first is not None and first.text == "Zégoua"
    assert second is not None and second.text == "Bannu"
    assert item_place(text, text.index("February")) is None  # inside the head itself


def test_a_sentence_or_a_dateline_is_no_list_item() -> None:
    for text in ("Potosí - Two soldiers were killed near Villazón.", "On 2 June gunmen attacked Bannu."):
        assert item_place(text, len(text) - 3) is None, text
