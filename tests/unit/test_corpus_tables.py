"""Every table of every bundled filing is found and read; statements checked against
values read by hand from the filings (line numbers are the files')."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from xbrlify.source import document_kind, read_filing
from xbrlify.tables import text_to_tables

FIXTURES = Path(__file__).parent.parent / "fixtures"
FILINGS = sorted(p.name for p in FIXTURES.glob("*.txt"))
TABLE_TAG_RE = re.compile(r"^\s*<TABLE\b", re.IGNORECASE)


@cache
def reading(name: str):
    filing, _ = read_filing(FIXTURES / name)
    tables, diagnostics = text_to_tables(filing)
    return filing, tables, diagnostics


def table_at(name: str, line: int):
    """The table whose lines hold `line`."""
    _, tables, _ = reading(name)
    return next(t for t in tables if t.first_line <= line <= t.last_line)


def row_at(name: str, line: int):
    table = table_at(name, line)
    return next(r for r in table.rows if line in r.lines)


def cells(row) -> list[tuple[int, Decimal | None]]:
    return [(c.column, c.value) for c in row.cells]


def d(*texts: str) -> list[Decimal]:
    return [Decimal(t) for t in texts]


@pytest.mark.parametrize("name", FILINGS)
def test_every_table_tag_is_a_table(name):
    filing, tables, _ = reading(name)
    tagged_lines = {
        n
        for doc in filing.documents
        if document_kind(filing.lines, doc) == "text"
        for n in range(doc.first_line, doc.last_line + 1)
        if TABLE_TAG_RE.match(filing.line_text(n))
    }
    assert {t.first_line for t in tables if t.tagged} == tagged_lines


@pytest.mark.parametrize("name", FILINGS)
def test_every_cell_points_at_its_text(name):
    filing, tables, _ = reading(name)
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                assert filing.span_text(cell.span) == cell.raw
                assert cell.span.line in row.lines


# Filings whose tables print numbers between columns, each warned about: Apple's 1994
# MD&A prints a percent change ("10%", "-3%") a blank or two left of the next amount.
BETWEEN_COLUMNS = {"apple-10k-1994.txt": {965, 990, 1028}}
# Numbers read as heading text (X104), reported, not dropped silently: Kroger's notes print a
# two-row schedule ("Cash paid ... Interest / Income taxes") under a paragraph, right above
# the PP&E table's heading; two rows make no untagged table.
IN_HEADINGS = {"kroger-10k-1995.txt": {1327, 1328}}


@pytest.mark.parametrize("name", FILINGS)
def test_no_number_falls_between_columns(name):
    _, _, diagnostics = reading(name)
    misplaced = {d.span.line for d in diagnostics if d.code in ("X101", "X102")}
    assert misplaced == BETWEEN_COLUMNS.get(name, set())
    assert {d.span.line for d in diagnostics if d.code == "X104"} == IN_HEADINGS.get(name, set())
    assert {d.code for d in diagnostics} <= {"X101", "X102", "X103", "X104"}


def test_bms_statements_without_table_tags():
    name = "bms-10q-1998-0000014272-98-000011.txt"
    _, tables, _ = reading(name)
    untagged = [t for t in tables if not t.tagged]
    titles = [t.title for t in untagged]
    assert ("BRISTOL-MYERS SQUIBB COMPANY", "CONSOLIDATED BALANCE SHEET - ASSETS") in titles
    assets = table_at(name, 210)
    assert [c.heading for c in assets.columns] == [("September 30", "1998"), ("December 31,", "1997")]
    assert assets.units == "(Unaudited, in millions except share amounts)"
    assert [r.value for r in row_at(name, 210).cells] == d("14925", "14977")  # Total Assets
    assert [r.value for r in row_at(name, 197).cells] == d("2973", "2845")  # Less: Accumulated depreciation
    # "Authorized 10 million shares; issued and / outstanding ... / 1997, liquidation value
    # of $50 per share            -               -": one row, dashes for zero.
    preferred = row_at(name, 250)
    assert preferred.lines == (248, 249, 250)
    assert [(c.column, c.value, c.amount.dash) for c in preferred.cells] == [(0, 0, True), (1, 0, True)]
    # "Authorized 2.25 billion shares; issued / 1,093,589,093 in 1998 and 1,083,253,703 /
    # in 1997   109   108": the share counts are label text, not cells.
    common = row_at(name, 255)
    assert "1,083,253,703" in common.label
    assert cells(common) == [(0, Decimal(109)), (1, Decimal(108))]
    earnings = table_at(name, 310)
    assert len(earnings.columns) == 4
    assert [r.value for r in row_at(name, 310).cells] == d("966", "855", "2728", "2403")  # Net Earnings
    assert [r.value for r in row_at(name, 315).cells] == d(".97", ".86", "2.74", "2.41")  # Basic EPS
    assert [r.value for r in row_at(name, 300).cells] == d("0", "0", "-201", "0")  # Gain on sale
    cash_flow = table_at(name, 399)
    assert cash_flow.units == "(Unaudited, in millions of dollars)"
    assert [r.value for r in row_at(name, 399).cells] == d("1531", "1664")


def test_apple_10q_statements():
    name = "apple-10q-1998-0000320193-98-000008.txt"
    operations = table_at(name, 124)
    assert operations.units == "(Dollars in millions, except per share amounts)"
    assert [c.heading[-2:] for c in operations.columns] == [
        ("June 26,", "1998"),
        ("June 27,", "1997"),
        ("June 26,", "1998"),
        ("June 27,", "1997"),
    ]
    assert operations.columns[0].heading[:2] == ("THREE MONTHS", "ENDED")
    assert [r.value for r in row_at(name, 124).cells] == d("1402", "1737", "4385", "5467")
    assert [r.value for r in row_at(name, 136).cells] == d("61", "-60", "152", "-900")
    assert row_at(name, 129).label == "Selling, general and administrative"
    assert [r.value for r in row_at(name, 151).cells] == d("0.65", "-0.44", "1.40", "-7.04")
    assert row_at(name, 134).label == ""  # an unlabelled subtotal
    liabilities = table_at(name, 229)
    notes = row_at(name, 229)  # "$      --               $      25"
    assert [(c.raw.split()[-1], c.value) for c in notes.cells] == [("--", 0), ("25", 25)]
    assert [r.value for r in row_at(name, 251).cells] == d("592", "498")
    assert "(127,949,220 shares at September 26, 1997)" in row_at(name, 251).label
    assert liabilities.columns[1].heading == ("September 26, 1997",)
    assert [r.value for r in row_at(name, 320).cells] == d("-9", "-47")  # "(9)" printed off-column


def test_ford_statements():
    name = "ford-10k-2001-0000037996-02-000015.txt"
    income = table_at(name, 5369)
    assert income.units == "(in millions, except per share amounts)"
    assert [c.heading for c in income.columns] == [("2001",), ("2000",), ("1999",)]
    assert [r.value for r in row_at(name, 5369).cells] == d("-5453", "3467", "7237")
    assert [r.value for r in row_at(name, 5366).cells] == d("0", "309", "735")
    assert [r.value for r in row_at(name, 5446).cells] == d("276543", "283390")
    preferred = row_at(name, 5481)  # "*" stands for less than $1 million
    assert [(c.column, c.raw, c.value) for c in preferred.cells] == [(0, "*", None), (1, "*", None)]
    cash = table_at(name, 5520)
    assert [c.heading for c in cash.columns] == [
        ("2001", "Automotive"),
        ("2001", "Financial", "Services"),
        ("2000", "Automotive"),
        ("2000", "Financial", "Services"),
        ("1999", "Automotive"),
        ("1999", "Financial", "Services"),
    ]
    assert [r.value for r in row_at(name, 5520).cells] == d("3374", "1477", "2793", "1588", "3143", "1151")
    equity = table_at(name, 5647)
    assert len(equity.columns) == 8
    assert cells(row_at(name, 5647)) == [(0, -1203), (1, 1203), (2, -5731), (7, -5731)]


def test_apple_10k_equity_statement_and_dot_leaders():
    name = "apple-10k-1997-0001047469-97-006960.txt"
    equity = table_at(name, 2183)
    assert len(equity.columns) == 7
    opening = row_at(name, 2183)
    assert opening.label == "Balance as of September 30, 1994"
    assert [c.value for c in opening.cells] == d("0", "0", "119543", "298", "2096", "-11", "2383")
    issued = row_at(name, 2187)
    assert issued.lines == (2184, 2185, 2186, 2187)
    assert issued.label == "Common stock issued under stock option and purchase plans, including related tax benefits"
    selected = table_at(name, 634)
    assert selected.units == "(IN MILLIONS, EXCEPT SHARE AND PER SHARE AMOUNTS)"
    assert [c.heading for c in selected.columns] == [("1997",), ("1996",), ("1995",), ("1994",), ("1993",)]
    assert [c.value for c in row_at(name, 634).cells] == d("7081", "9833", "11062", "9189", "7977")
