"""An earnings release printed with no table tags (Sears's 8-K of July 2004 is laid out
so): an income statement whose headings span two columns with two dates and put the
year under each column, a units caption wrapped over two lines ending beside the years,
then a balance sheet and segment statements, each starting with a line of years right
under the rows of the one before. Amounts made up."""

from __future__ import annotations

from datetime import date

import support
from xbrlify.statements import tables_to_statements
from xbrlify.statements.columns import column_end
from xbrlify.statements.kinds import table_scale

RELEASE = """\
    EXAMPLE STORES CO.
    CONSOLIDATED INCOME

                                          For the 13         For the 26
                                          Weeks Ended        Weeks Ended
                                        July 3, 2004 and   July 3, 2004 and
                                         June 28, 2003      June 28, 2003
    (millions, except earnings per
     common share)                       2004     2003      2004      2003

    REVENUES
     Merchandise sales and services     $8,000  $ 8,500   $16,000   $16,500
     Credit revenues                        80    1,300       170     2,700
              Total revenues             8,080    9,800    16,170    19,200

    Operating income                        50      480        12       790
    NET INCOME                           $  40   $  300    $  (80)  $   500

    EXAMPLE STORES CO.
    CONSOLIDATED BALANCE SHEET

        (millions)
                                            July 3,   June 28,  January 3,
                                             2004       2003       2004
    Assets
        Cash and cash equivalents          $ 3,000    $ 2,900    $ 9,000
        Other receivables                      500        700        700
          Total current assets               3,500      3,600      9,700
          Total assets                     $21,000    $50,000    $27,000

    EXAMPLE STORES CO.
    Segment Income Statements
    (millions)

                            Domestic        Canada        Consolidated

                         2004     2003*    2004     2003     2004     2003

    Merchandise sales
     and services       $7,600   $7,800   $  400   $  700   $8,000  $ 8,500
    Credit revenues          -    1,200       80      100       80    1,300
    Total revenues       7,600    9,000      480      800    8,080    9,800
"""


def test_each_statement_of_an_untagged_release_is_a_table_of_its_own(tmp_path):
    filing, tables, _ = support.read_tables(tmp_path, RELEASE)
    assert [(t.first_line, t.last_line) for t in tables] == [(1, 17), (19, 29), (31, 42)]
    income = tables[0]
    assert income.units == "(millions, except earnings per common share)"
    assert [c.heading[-1] for c in income.columns] == ["2004", "2003", "2004", "2003"]
    statements, skipped = tables_to_statements(tables, filing)
    assert [s.kind for s in statements] == ["income_statement", "balance_sheet"]
    assert skipped[0].reason.startswith("segment information")


def test_a_heading_naming_two_dates_over_one_years_columns(tmp_path):
    filing, tables, _ = support.read_tables(tmp_path, RELEASE)
    statements, _ = tables_to_statements(tables, filing)
    periods = [(c.start, c.end) for c in statements[0].columns]
    assert periods == [
        (date(2004, 4, 4), date(2004, 7, 3)), (date(2003, 3, 30), date(2003, 6, 28)),  # 13 weeks
        (date(2004, 1, 4), date(2004, 7, 3)), (date(2002, 12, 29), date(2003, 6, 28)),  # 26 weeks
    ]  # fmt: skip
    assert column_end("Weeks Ended July 3, 2004 and June 28, 2003 2003", "") == date(2003, 6, 28)
    assert column_end("Weeks Ended July 3, 2004 and June 28, 2003", "") == date(2004, 7, 3)  # no year of its own


def test_results_printed_without_rules_are_totals_when_the_numbers_add_up(tmp_path):
    # No rule lines at all: "Operating income" is revenues less costs, and the tax and
    # minority interest printed in parentheses are deductions, so positive amounts
    text = """\
    EXAMPLE STORES CO.
    CONSOLIDATED INCOME
    (millions)                           2004     2003

    Total revenues                       8,781   10,196
    Total costs and expenses             8,728    9,707
    Operating income                        53      489
    Other income, net                       36       13
    Income before income taxes             89      502
    Income tax expense                     (32)    (186)
    Minority interest                       (4)      (7)
    Income before cumulative effect         53      309
    """
    filing, tables, _ = support.read_tables(tmp_path, text)
    (statement,), _ = tables_to_statements(tables, filing)
    totals = {line.row.label: [child for child, _ in line.children] for line in statement.lines if line.total}
    assert set(totals) == {"Operating income", "Income before income taxes", "Income before cumulative effect"}
    assert statement.table.units == "(millions)" and table_scale(statement.table) == 6
