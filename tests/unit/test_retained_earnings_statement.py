"""A statement of retained earnings is an equity statement of one component: its
"BALANCE, JANUARY 1" / "BALANCE, DECEMBER 31" lines are retained earnings at the day
before each year and at its end, not stockholders' equity. A page whose lines are a
cash flow statement stays one, whatever its title says; "Statements of Income and
Retained Earnings" is an income statement. Layout as in Merck's 1995 annual report
(untagged, dot leaders, units caption beside the years), amounts made up."""

from __future__ import annotations

import support
from xbrlify.pipeline import convert
from xbrlify.statements.kinds import statement_kind

RETAINED_EARNINGS = """\
Example Drug Co. and Subsidiaries

CONSOLIDATED STATEMENT                        Example Drug Co. and Subsidiaries
OF RETAINED EARNINGS


Years Ended December 31
($ in millions)                           1995          1994          1993
- ------------------------------------------------------------------------------
BALANCE, JANUARY 1 .................... $   942.0     $   393.2     $   466.0
- ------------------------------------------------------------------------------
NET INCOME ............................     835.2         997.0         166.2
COMMON STOCK DIVIDENDS DECLARED .......    (578.0)       (463.1)       (239.0)
NET UNREALIZED GAIN ON INVESTMENTS ....      41.4          14.9          --
- ------------------------------------------------------------------------------
BALANCE, DECEMBER 31 .................. $ 1,240.6     $   942.0     $   393.2
==============================================================================
"""


def test_balances_of_a_retained_earnings_statement(tmp_path):
    path = tmp_path / "filing.txt"
    path.write_text(RETAINED_EARNINGS)
    result = convert(path, tmp_path / "out")
    facts = support.instance_facts(result.folder / "filing.xml")
    line = {text.split("..")[0].strip(): str(n) for n, text in enumerate(RETAINED_EARNINGS.splitlines(), 1)}
    opening, closing = facts[line["BALANCE, JANUARY 1"]], facts[line["BALANCE, DECEMBER 31"]]
    assert sorted(opening) == [
        ("RetainedEarningsAccumulatedDeficit", "393200000", "1993-12-31", ()),
        ("RetainedEarningsAccumulatedDeficit", "466000000", "1992-12-31", ()),
        ("RetainedEarningsAccumulatedDeficit", "942000000", "1994-12-31", ()),
    ]
    assert ("RetainedEarningsAccumulatedDeficit", "1240600000", "1995-12-31", ()) in closing
    dividends = facts[line["COMMON STOCK DIVIDENDS DECLARED"]]
    assert ("DividendsCommonStock", "578000000", "1995-01-01..1995-12-31", ()) in dividends
    assert result.report.valid


def kind_of(tmp_path, title: str, labels: list[str]) -> str:
    rows = "\n".join(f"{label:<50}{n * 10:>10,}" for n, label in enumerate(labels, 1))
    _, (table,), _ = support.read_tables(tmp_path, f"{title}\n\n<TABLE>\n<S>{' ' * 47}<C>\n{rows}\n</TABLE>\n")
    return statement_kind(table)


CASH_FLOW_LINES = [
    "Income before taxes", "Depreciation", "Net cash provided by operating activities",
    "Capital expenditures", "Net cash used by investing activities", "Dividends paid",
    "Net cash used by financing activities",
]


def test_title_kinds_of_retained_earnings_statements(tmp_path):
    assert kind_of(tmp_path, "CONSOLIDATED STATEMENT OF RETAINED EARNINGS", ["Balance, January 1", "Net income"]) == "equity"
    assert kind_of(tmp_path, "Statements of Income and Retained Earnings", ["Net sales", "Net income"]) == "income_statement"
    # a filer's mistake: the cash flow page under the previous page's title
    assert kind_of(tmp_path, "CONSOLIDATED STATEMENT OF RETAINED EARNINGS", CASH_FLOW_LINES) == "cash_flow"
