"""Column headings as 1994-2000 filings print them (Apple's 10-K 1994 and 10-Q 2000):
words broken with hyphens over narrow columns, a heading begun on the <TABLE> line
itself, the fiscal year's end printed in the stub under "Three fiscal years ended",
and group headings ("Six Months Ended") that end before the last column of their pair.
Amounts made up."""

from __future__ import annotations

from datetime import date

import support
from xbrlify.statements import tables_to_statements

EQUITY = """\
Consolidated Statements of Shareholders' Equity

                                   (In thousands, except per share amounts)

<TABLE>                                          Accu-
<CAPTION>                                        mulated
                                                 Trans-
                     Common Stock      Retained  lation   Total
                  Shares    Amount     Earnings  Adjust-  Equity
                                                 ment
<S>              <C>     <C>         <C>        <C>       <C>
Balance at
September 27,
1991            118,386 $ 278,865  $1,492,024  $ (2,377) $1,768,512
Net income           --        --     530,373        --      530,373
Balance at
September 25,
1992            118,386 $ 278,865  $2,022,397  $ (2,377) $2,298,885
</TABLE>
"""

INCOME = """\
Consolidated Statements of Income

                                   (In thousands, except per share amounts)

<TABLE>
<CAPTION>
Three fiscal years ended                  1994          1993          1992
September 30, 1994
<S>                                <C>           <C>           <C>
Net sales                          $ 9,188,748   $ 7,976,954   $ 7,086,542
Cost of sales                        6,844,915     5,248,834     3,991,337
Net income                           2,343,833     2,728,120     3,095,205
</TABLE>
"""

QUARTER = """\
           CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)
                (in millions, except share and per share amounts)

<TABLE>
<CAPTION>
                                                                     Three Months Ended                Six Months Ended
                                                                     ------------------                ----------------
                                                               April 1, 2000   March 27, 1999    April 1, 2000   March 27, 1999
                                                               -------------  ---------------    -------------  ---------------
<S>                                                                 <C>              <C>              <C>              <C>
Net sales                                                           $  1,945         $  1,530         $  4,288         $  3,240
Cost of sales                                                          1,384            1,125            3,113            2,355
Net income                                                          $    233         $    135         $    416         $    287
</TABLE>
"""


def test_words_broken_with_hyphens_and_a_heading_begun_on_the_table_line(tmp_path):
    _, (table,), _ = support.read_tables(tmp_path, EQUITY)
    assert table.columns[3].heading == ("Accumulated", "Translation", "Adjustment")
    assert table.title == ("Consolidated Statements of Shareholders' Equity",)


def test_the_year_end_printed_in_the_stub_dates_year_only_columns(tmp_path):
    filing, tables, _ = support.read_tables(tmp_path, INCOME)
    (statement,), _ = tables_to_statements(tables, filing)
    assert statement.table.title[-1] == "September 30, 1994"
    assert statement.table.rows[0].label == "Net sales"  # the date is no row heading
    assert statement.columns[0].end == date(1994, 9, 30)


def test_group_headings_head_both_columns_of_their_pair(tmp_path):
    filing, tables, _ = support.read_tables(tmp_path, QUARTER)
    (statement,), _ = tables_to_statements(tables, filing)
    assert statement.table.columns[3].heading == ("Six Months Ended", "March 27, 1999")
    assert [(c.start, c.end) for c in statement.columns][3] == (date(1998, 9, 27), date(1999, 3, 27))


NARROW = """\
<TABLE>
<CAPTION>                                        Notes
                                                 Receivable Total
                                                 from       Share-
                     Common Stock      Retained  Share-     holders'
                  Shares    Amount     Earnings  holders    Equity
<S>              <C>     <C>         <C>        <C>       <C>
Balance at
September 27,
1991            118,386 $ 278,865  $1,492,024  $ (1,836) $1,769,053
Net income           --        --     530,373        --      530,373
</TABLE>
"""


def test_words_one_blank_apart_over_two_narrow_columns_head_each(tmp_path):
    # "Receivable Total": each word starts where the words under it start ("from", "Share-")
    _, (table,), _ = support.read_tables(tmp_path, NARROW)
    assert table.columns[3].heading == ("Notes", "Receivable", "from", "Shareholders")
    assert table.columns[4].heading == ("Total", "Shareholders'", "Equity")
    assert table.columns[1].heading == ("Common Stock", "Amount")  # a heading over two columns stays whole
