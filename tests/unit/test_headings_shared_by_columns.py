"""Headings one column prints for all (Humana's 1995 annual report lays them out so):
"December 31" right-aligned over the last of "1995   1994" dates both columns; a
component's name cut over three lines ends with "Par Value", which is no measure line
there. Amounts made up."""

from __future__ import annotations

from datetime import date

import support
from xbrlify.rules import load_rules
from xbrlify.statements import assign_members, tables_to_statements

BALANCE_SHEET = """\
<TABLE>
<CAPTION>
CONSOLIDATED BALANCE SHEET
- ------------------------------------------------------------------------------------------
Example Inc.

Dollars in millions except per share amounts                              December 31
- ------------------------------------------------------------------------------------------
                                                                   1995                1994
- ------------------------------------------------------------------------------------------
<S>                                                              <C>                 <C>
Cash and cash equivalents                                        $   182             $   272
Marketable securities                                              1,156                 609
Total current assets                                               1,338                 881
Total Assets                                                     $ 2,878             $ 1,957
</TABLE>
"""

EQUITY = """\
<TABLE>
<CAPTION>
CONSOLIDATED STATEMENT OF COMMON STOCKHOLDERS' EQUITY
In millions
- ------------------------------------------------------------------------------------------
                                                                                      Total
                                      Common Stock      Capital In                   Common
                                      ------------       Excess of    Retained  Stockholders'
                                  Shares      Amount     Par Value    Earnings       Equity
- ------------------------------------------------------------------------------------------
<S>                              <C>          <C>        <C>          <C>        <C>
Balance, December 31, 1994          160      $  27       $   803      $ 300      $ 1,130
     Net income                                                         190          190
     Other                            2                       12                      12
Balance, December 31, 1995          162      $  27       $   815      $ 490      $ 1,332
</TABLE>
"""


def test_a_year_alone_takes_the_date_printed_over_another_column(tmp_path):
    filing, tables, _ = support.read_tables(tmp_path, BALANCE_SHEET)
    (statement,), _ = tables_to_statements(tables, filing)
    assert [c.end for c in statement.columns] == [date(1995, 12, 31), date(1994, 12, 31)]


def test_par_value_ending_a_components_name_is_part_of_it(tmp_path):
    filing, tables, _ = support.read_tables(tmp_path, EQUITY)
    statements, _ = tables_to_statements(tables, filing)
    (statement,) = assign_members(statements, load_rules())
    members = [c.dimension.member if c.dimension else None for c in statement.columns]
    assert members[2] == "AdditionalPaidInCapitalMember"  # "Capital In Excess of Par Value"
    assert members[:2] == ["CommonStockMember", "CommonStockMember"]  # "Shares" and "Amount" measure it
