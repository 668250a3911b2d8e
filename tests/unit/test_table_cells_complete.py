"""Nothing is lost: every amount printed in a table's lines is a cell of one of its rows,
part of a row's label ("notes due 1998"), or reported by a diagnostic saying where it
is (X102, X104). An amount read as column-heading text ("Local service.... $ 197.7"
swallowed by the headings above it) is none of these, and fails. Footnotes (<FN> to
</TABLE>) are prose, not cells.

Runs over the bundled filings, and over the filings of a folder named by the
environment variable XBRLIFY_EXTRA_FILINGS (filings not kept in the repository).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import pytest

from xbrlify.numbers import line_tail_tokens
from xbrlify.source import read_filing
from xbrlify.tables import text_to_tables
from xbrlify.tables.regions import clean_line

FIXTURES = Path(__file__).parent.parent / "fixtures"
EXTRA = os.environ.get("XBRLIFY_EXTRA_FILINGS")
FILINGS = sorted(FIXTURES.glob("*.txt")) + (sorted(Path(EXTRA).glob("*.txt")) if EXTRA else [])
# What a heading may print: a year ("1997", "1996*", "1995(a)"), a day ("June 30"), a mark ("(1)").
HEADING_NUMBER_RE = re.compile(r"^\(?(?:(?:19|20)\d\d|\d{1,2})\)?(?:\W{0,2}|\([a-z]\))$")
REPORTED = {"X102", "X104"}
FOOTNOTES_RE = re.compile(r"^\s*<FN>", re.IGNORECASE)  # prose from here to </TABLE>


@cache
def reading(path: Path):
    filing, _ = read_filing(path)
    tables, diagnostics = text_to_tables(filing)
    return filing, tables, diagnostics


def lost_amounts(path: Path) -> list[str]:
    filing, tables, diagnostics = reading(path)
    reported = {(d.span.line, d.span.start_col) for d in diagnostics if d.code in REPORTED and d.span}
    lost = []
    for table in tables:
        cells = {(c.span.line, c.span.start_col) for c in table.cells}
        labels = {n: row.label for row in table.rows for n in row.lines}
        for number in range(table.first_line, table.last_line + 1):
            if FOOTNOTES_RE.match(filing.line_text(number)):
                break
            _, tokens = line_tail_tokens(clean_line(filing.line_text(number)))
            for token in tokens:
                if token.amount is None or token.amount.dash or HEADING_NUMBER_RE.match(token.raw):
                    continue
                if (number, token.start) in cells | reported or token.raw in labels.get(number, ""):
                    continue
                lost.append(f"{path.name}:{number}:{token.start}: {token.raw!r} (table {table.index + 1})")
    return lost


@pytest.mark.parametrize("path", FILINGS, ids=lambda p: p.name)
def test_every_amount_of_a_table_is_a_cell_a_label_or_reported(path):
    assert lost_amounts(path) == []
