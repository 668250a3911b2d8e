"""Stage "statements" on the seed 8-K/A: kinds, column roles and periods, the column
arithmetic (which column prints negated), sections and totals. Expected values were
worked out from the filing's printed numbers (line numbers are the file's)."""

from __future__ import annotations

import textwrap
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from xbrlify.pipeline import inspect_filing
from xbrlify.statements import tables_to_statements

SEED = Path(__file__).parent.parent / "fixtures" / "auxer-8k-a2-2001-11-07.txt"


@cache
def statements():
    found, _ = tables_to_statements(list(inspect_filing(SEED).tables))
    return found


def line_at(number: int):
    for statement in statements():
        for line in statement.lines:
            if number in line.row.lines:
                return statement, line
    raise LookupError(number)


def test_four_statements_of_the_right_kinds_and_periods():
    kinds = [(s.kind, s.table.first_line) for s in statements()]
    assert kinds == [("balance_sheet", 150), ("income_statement", 250), ("balance_sheet", 306), ("income_statement", 394)]
    march, quarter, december, year = statements()
    assert {(c.end, c.start) for c in march.columns} == {(date(2001, 3, 31), None)}
    assert {(c.end, c.start) for c in quarter.columns} == {(date(2001, 3, 31), date(2001, 1, 1))}
    assert {(c.end, c.start) for c in december.columns} == {(date(2000, 12, 31), None)}
    assert {(c.end, c.start) for c in year.columns} == {(date(2000, 12, 31), date(2000, 1, 1))}
    assert all(s.scale == 0 for s in statements())  # amounts printed in dollars


def test_column_roles_and_the_business_sold():
    march, _, december, _ = statements()
    assert [c.role for c in march.columns] == ["reported", "business_sold", "adjustments", "pro_forma"]
    assert [c.role for c in december.columns] == ["reported", "business_sold", "subtotal", "adjustments", "pro_forma"]
    assert {c.member for c in march.columns if c.role == "business_sold"} == {"Clifton Telecard"}


def test_march_combined_is_reported_less_clifton_plus_adjustments():
    # Cash: 75,779.00 - 44,781.00 + 0.00 = 30,998.00 (line 155)
    march = statements()[0]
    assert march.columns[3].weights == ((0, 1), (1, -1), (2, 1))
    assert [c.sign for c in march.columns] == [1, 1, 1, 1]  # Clifton prints its own amounts


@pytest.mark.parametrize("index", [2, 3])  # the December balance sheet and the 2000 income statement
def test_december_clifton_column_prints_its_amounts_negated(index):
    # Sub-Totals: 282,023.00 + (98,036.00) = 183,987.00 (line 313): Clifton's own cash is 98,036
    december = statements()[index]
    assert december.columns[2].weights == ((0, 1), (1, 1))
    assert december.columns[4].weights == ((0, 1), (1, 1), (3, 1))
    assert december.columns[1].sign == -1


def children(number: int) -> list[tuple[str, int]]:
    statement, line = line_at(number)
    return [(statement.table.rows[index].label, weight) for index, weight in line.children]


def test_totals_found_by_the_numbers():
    assert children(170) == [
        ("Cash", 1), ("Savings", 1), ("Net", 1), ("Inventory", 1),
        ("Subscriptions Receivable", 1), ("Prepaid Expenses", 1), ("Other Receivables", 1),
    ]  # fmt: skip
    assert children(160) == [("Accounts Receivable", 1), ("Less Allowance for Doubtful Accounts", 1)]
    assert children(202) == [("Total Current Assets", 1), ("Total (Net) Property & Equipment", 1), ("Total Other Assets", 1)]
    # March: costs print positive and are taken off; December: they print negative and are added
    assert children(259) == [("Income", 1), ("Less Cost of Goods Sold", -1)]
    assert children(404) == [("Income", 1), ("Less Cost of Goods Sold", 1)]
    assert children(272) == [("Gross Profit", 1), ("Total Expenses", -1)]


def test_a_total_the_printed_numbers_do_not_make_is_reported_with_its_columns():
    # Pro forma (1,958,582) + blank Other Income is not the printed (1,957,398) (line 277)
    _, line = line_at(277)
    assert line.total and line.unbalanced_columns == (3,)
    _, ok = line_at(281)
    assert ok.total and ok.unbalanced_columns == ()


@pytest.mark.parametrize(
    "number, section",
    [
        (155, "current_assets"), (173, "noncurrent_assets"), (190, "noncurrent_assets"),
        (209, "current_liabilities"), (218, "noncurrent_liabilities"), (224, "equity"),
        (231, "equity"), (364, "current_liabilities"), (370, "noncurrent_liabilities"), (378, "equity"),
    ],
)  # fmt: skip
def test_sections(number, section):
    assert line_at(number)[1].section == section


def test_a_line_printing_dashes_in_most_columns_is_no_partial_total(tmp_path):
    # Ford's cash flows (line 5563): "Net cash distribution to discontinued operation" prints
    # "(85)" in one column and dashes elsewhere; the lines above it sum to zero in the dash
    # columns, but that is no evidence it totals them: it is an item of the financing total
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent("""\
        <TABLE>
        <CAPTION>
                        STATEMENT OF CASH FLOWS
              For the Years Ended December 31, 2000 and 1999
                                                   2000        2000        1999        1999
                                                   Parent      Finance     Parent      Finance
        <S>                                        <C>         <C>         <C>         <C>
        Cash dividends                             (2,751)         -       (2,290)         -
        Value Enhancement Plan payments            (5,555)         -           -           -
        Net debt repayments from discontinued
         operation                                    650          -           -           -
        Net cash distribution to
         discontinued operation                       (85)         -           -           -
        Other                                         139        (585)       (127)         88
                                                   ------      ------      ------      ------
          Net cash used in financing activities    (7,602)       (585)     (2,417)         88
        </TABLE>
        """))  # fmt: skip
    (cash,) = tables_to_statements(list(inspect_filing(path).tables))[0]
    totals = {line.row.label: len(line.children) for line in cash.lines if line.total}
    assert totals == {"Net cash used in financing activities": 5}
