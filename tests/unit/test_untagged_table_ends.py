"""An untagged table ends at a paragraph printed under it, though the paragraph's lines
are short enough to be wrapped labels; quarterly data titled "interim financial data"
with quarters headed "4th Q" is a schedule, not an income statement."""

from __future__ import annotations

import textwrap
from pathlib import Path

from xbrlify.source import read_filing
from xbrlify.statements import tables_to_statements
from xbrlify.statements.columns import QUARTER_RE
from xbrlify.statements.kinds import QUARTERLY_REASON
from xbrlify.tables import text_to_tables

# The layout of an annual report's interim data page (Merck's 1995 EX-13 prints it so),
# with made-up amounts.
INTERIM_PAGE = """\
CONDENSED INTERIM FINANCIAL DATA
- -----------------------------------------------------------------------------
($ in millions except
per share amounts)                    4th Q      3rd Q      2nd Q      1st Q
- -----------------------------------------------------------------------------
Net sales.........................  $1,556.9   $1,171.1   $1,135.7   $1,817.3
Materials and
  production costs................     125.9      858.2      746.0      726.2
Research/development
  expenses........................     381.1      332.5      329.7      288.2
Income before taxes...............     212.9      247.0      241.5       95.8
Net income........................     157.8      161.9      158.1      157.4
Earnings per common share.........  $    .70   $    .70   $    .69   $    .61
=============================================================================

     In the chart above, sales for the fourth quarter of the year were reduced
as a result of the formation of a joint venture and the sale of a business.
Sales for the year were also reduced by the first quarter sales of two other
divisions and the fourth quarter sale of another.

DIVIDENDS PAID PER COMMON SHARE
                                  Year     4th Q    3rd Q    2nd Q     1st Q

1995 ............................ $1.24    $.34    $.30      $.30      $.30
1994 ............................  1.14     .30     .28       .28       .28
1993 ............................  1.03     .28     .25       .25       .25
==============================================================================
"""


def read(tmp_path: Path, text: str):
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(text))
    filing, _ = read_filing(path)
    tables, _ = text_to_tables(filing)
    return filing, tables


def test_a_paragraph_under_an_untagged_table_ends_it(tmp_path):
    _, tables = read(tmp_path, INTERIM_PAGE)
    interim, dividends = tables
    assert (interim.first_line, interim.last_line) == (1, 14)  # up to the rule under the last row
    assert [row.label for row in interim.data_rows][-1] == "Earnings per common share"
    assert len(interim.columns) == 4
    assert dividends.first_line > 19  # below the paragraph, a table of its own
    assert [row.label for row in dividends.data_rows] == ["1995", "1994", "1993"]


def test_interim_financial_data_is_a_quarterly_schedule(tmp_path):
    filing, tables = read(tmp_path, INTERIM_PAGE)
    statements, skipped = tables_to_statements(tables, filing)
    assert statements == []
    reasons = {s.table.first_line: s.reason for s in skipped}
    assert reasons[1].startswith(QUARTERLY_REASON)


def test_quarter_headings_abbreviated():
    assert QUARTER_RE.search("4th Q")["digit"] == "4"
    assert QUARTER_RE.search("1st Qtr.")["digit"] == "1"
    assert QUARTER_RE.search("Second Quarter")["word"] == "Second"
    assert QUARTER_RE.search("2nd Qualifying") is None
