"""Stage "mapping" on the corpus filings: which lines take which concepts (line numbers
are the files'; concepts chosen by reading the filings)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest

from xbrlify.extract import extract
from xbrlify.mapping import base_choice, sole_line_heading
from xbrlify.model import Row, Statement, StatementLine
from xbrlify.pipeline import inspect_filing
from xbrlify.rules import load_rules
from xbrlify.statements import tables_to_statements
from xbrlify.taxonomy import load_base_taxonomy

FIXTURES = Path(__file__).parent.parent / "fixtures"
APPLE_10K = "apple-10k-1997-0001047469-97-006960.txt"
APPLE_10Q = "apple-10q-1998-0000320193-98-000008.txt"
BMS_10Q = "bms-10q-1998-0000014272-98-000011.txt"


@cache
def statements_of(name: str) -> list[Statement]:
    found = inspect_filing(FIXTURES / name)
    return tables_to_statements(list(found.tables), found.filing)[0]


@cache
def concepts_by_line(name: str) -> dict[int, tuple[str, bool]]:
    """First source line of each statement line -> (concept, extension?)."""
    statements = statements_of(name)
    extraction = extract(statements, load_rules(), load_base_taxonomy())
    return {
        line.row.lines[0]: (choices[index].name, choices[index].extension)
        for statement, choices in zip(statements, extraction.choices)
        for index, line in enumerate(statement.lines)
        if index in choices
    }


def line_at(name: str, number: int):
    return next((s, line) for s in statements_of(name) for line in s.lines if line.row.lines[0] == number)


@pytest.mark.parametrize(
    ("name", "line", "concept"),
    [  # a label that names nothing, the only line under a heading that does
        (BMS_10Q, 248, "PreferredStockValue"),  # "Preferred stock, $2 convertible series:" / "Authorized 10 million..."
        (BMS_10Q, 253, "CommonStockValue"),  # "Common stock, par value of $.10 per share:" / "Authorized 2.25 billion..."
    ],
)
def test_a_label_completed_by_the_heading_over_it(name, line, concept):
    assert concepts_by_line(name)[line] == (concept, False)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        (APPLE_10Q, 195),  # "Land and buildings" under "Property, plant, and equipment:" with three more
        (APPLE_10Q, 183),  # "Purchased parts" under "Inventories:"
        (APPLE_10Q, 189),  # "Deferred tax assets", back at the heading's indent after the inventory total
        (BMS_10Q, 257),  # "Capital in excess of par value of stock", at the indent of "Common stock ...:"
    ],
)
def test_a_heading_over_a_block_is_no_line_label(name, line):
    statement, found = line_at(name, line)
    assert sole_line_heading(statement, found) == ""


def test_the_sole_line_heading_is_the_heading_text():
    statement, found = line_at(BMS_10Q, 248)
    assert sole_line_heading(statement, found) == "Preferred stock, $2 convertible series:"


@pytest.mark.parametrize(
    ("name", "line", "concept"),
    [  # lines 10-K/10-Q statements of the 1990s commonly carry
        (APPLE_10Q, 130, "ResearchAndDevelopmentInProcess"),  # "In-process research and development"
        (APPLE_10Q, 287, "ResearchAndDevelopmentInProcess"),  # its add-back in the cash flow
        (APPLE_10Q, 189, "DeferredTaxAssetsNetCurrent"),  # "Deferred tax assets" among current assets
        (APPLE_10Q, 233, "ProductWarrantyAccrualClassifiedCurrent"),  # "Accrued warranty and related"
        (APPLE_10Q, 234, "RestructuringReserveCurrent"),  # "Accrued restructuring costs"
        (APPLE_10K, 2143, "ResearchAndDevelopmentInProcess"),  # under "Special charges:"
    ],
)
def test_common_lines_take_base_concepts(name, line, concept):
    assert concepts_by_line(name)[line] == (concept, False)



def unclassified_choice(label: str) -> str | None:
    """The base concept of a line among an unclassified balance sheet's assets."""
    row = Row("data", label, 0, (1,))
    statement = SimpleNamespace(kind="balance_sheet", table=SimpleNamespace(rows=(row,)))
    choice = base_choice(statement, StatementLine(row, "assets"), load_rules(), load_base_taxonomy())
    return choice.name if choice else None


def test_an_unclassified_line_that_says_current_takes_a_current_concept():
    # GE 10-K 1993, line 1909: GE's block of an unclassified sheet prints "Current receivables"
    assert unclassified_choice("Receivables") != "ReceivablesNetCurrent"
    assert unclassified_choice("Current receivables (note 12)") == "ReceivablesNetCurrent"
