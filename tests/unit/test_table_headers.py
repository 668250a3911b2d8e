"""Stage "tables", the header reader: which caption lines are headings and which are
rows, and how a line of headings is cut into one heading per column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from support import read_tables as read


def values(row) -> list[Decimal | None]:
    return [cell.value for cell in row.cells]


def row_labelled(table, label: str):
    return next(r for r in table.rows if r.label == label)


# A line with a label and amounts is a row, never a heading


INCOME_WITH_GLUED_DOLLARS = """\
    CONDENSED STATEMENTS OF INCOME
         (Dollars in Millions)
              (Unaudited)

                         Three Months Ended    Six Months Ended
                               June 30              June 30
                          ---------------       ---------------
                          1999       1998       1999       1998
                          ----       ----       ----       ----

Revenues
  Local service....... $   197.7  $   180.5  $   386.8  $   355.7
  Network access......      75.0       69.0      146.3      136.9
  Other...............      37.7       37.6       70.4       72.4
                       ---------  ---------  ---------  ---------
                           310.4      287.1      603.5      565.0
                       ---------  ---------  ---------  ---------
Operating expenses....     231.6      226.2      457.7      437.4
                       ---------  ---------  ---------  ---------
Net income............  $   78.8   $   60.9   $  145.8   $  127.6
                       =========  =========  =========  =========
"""


def test_a_first_row_whose_dollar_sign_touches_its_leaders_is_a_row(tmp_path):
    # The "$" one blank after the dot leaders keeps the line out of the rows the
    # table is found by; the header reader must not take it for headings.
    _, (table,), diagnostics = read(tmp_path, INCOME_WITH_GLUED_DOLLARS)
    local = row_labelled(table, "Local service")
    assert local.lines == (12,)
    assert values(local) == [Decimal("197.7"), Decimal("180.5"), Decimal("386.8"), Decimal("355.7")]
    assert [c.heading for c in table.columns] == [
        ("Three Months Ended", "June 30", "1999"),  # "(Unaudited)" above all headings: the title's
        ("Three Months Ended", "June 30", "1998"),
        ("Six Months Ended", "June 30", "1999"),
        ("Six Months Ended", "June 30", "1998"),
    ]
    assert table.rows[0].kind == "heading" and table.rows[0].label == "Revenues"  # not the title
    assert "Revenues" not in table.title and "(Unaudited)" in table.title
    assert 12 not in table.header_lines
    assert len(table.cells) == 24 and not diagnostics


def test_a_tagged_table_without_column_markers_starts_at_its_first_row(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
                                    1999       1998
                                    ----       ----
        Sales............... $   1,200.5  $   1,100.2
        Costs...............       900.1        850.0
        Profit..............  $    300.4  $    250.2
        </TABLE>
        """,
    )
    assert [c.heading for c in table.columns] == [("1999",), ("1998",)]
    assert values(row_labelled(table, "Sales")) == [Decimal("1200.5"), Decimal("1100.2")]


def test_a_label_over_years_in_every_column_is_a_heading(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
        Years ended December 31,      1999       1998
        <S>                           <C>        <C>
        Sales                       $ 1,200    $ 1,100
        Costs                           900        850
        </TABLE>
        """,
    )
    assert [c.heading for c in table.columns] == [("1999",), ("1998",)]
    assert [r.label for r in table.data_rows] == ["Sales", "Costs"]


def test_a_day_one_blank_after_its_month_is_heading_text(tmp_path):
    _, (table,), diagnostics = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
        (In millions)                  At December 31
                                      1999       1998
        <S>                           <C>        <C>
        Sales                       $ 1,200    $ 1,100
        Costs                           900        850
        </TABLE>
        """,
    )
    assert [c.heading for c in table.columns] == [("At December 31", "1999"), ("At December 31", "1998")]
    assert not diagnostics


def test_rows_printed_among_the_title_lines_of_an_untagged_table_are_rows(tmp_path):
    # "due 1998" one blank before the amounts: those lines are not found as rows, and
    # the first line of the table, with its "$", is left above it as a title line.
    _, (table,), _ = read(
        tmp_path,
        """\
        Long-term debt consists of the following (in millions):

        December 31,                                   1997         1996
        - -----------------------------------------------------------------
        German mark notes due 1998{1}                $  141     $    161
        U.S. dollar notes due 1998                      250          250
        U.S. dollar notes due 2000                      251          251
        U.S. dollar notes due 2002                      150          150
        U.S. dollar notes due 2003                      150          150
        U.S. dollar notes due 2093                      116          116
        Other, due 1998 to 2013                         140           47
        - -----------------------------------------------------------------
                                                      1,198        1,125
        Less current portion                            397            9
        - -----------------------------------------------------------------
                                                     $  801      $ 1,116
        =================================================================
        """,
    )
    labels = [r.label for r in table.data_rows]
    assert labels[:3] == ["German mark notes due 1998{1}", "U.S. dollar notes due 1998", "U.S. dollar notes due 2000"]
    assert labels[6] == "Other, due 1998 to 2013"
    assert values(table.data_rows[0]) == [Decimal("141"), Decimal("161")]
    assert values(table.data_rows[1]) == [Decimal("250"), Decimal("250")]
    assert table.first_line == 4  # the rule under the headings: "1998{1}" ends in a footnote mark
    assert len(table.cells) == 20


# A heading line cut where the columns cut it


BALANCE_SHEET_DATES_ONE_BLANK_APART = """\
                      CONDENSED BALANCE SHEETS
                        (Dollars in Millions)

                                        June 30, 1999 Dec. 31, 1998
                                       -------------- -------------
                                         (Unaudited)  (Derived from
                                                         Audited
                                                        Financial
                                                       Statements)
ASSETS

Current assets
 Cash....................................  $     2.4     $     0.8
 Receivables.............................      210.2         213.8
 Other...................................       15.8          13.4
                                           ---------     ---------
                                               228.4         228.0
                                           ---------     ---------
Property, plant and equipment, net.......    1,179.8       1,186.7
                                           ---------     ---------
Total assets.............................  $ 1,408.2     $ 1,414.7
                                           =========     =========
"""


def test_two_dates_one_blank_apart_head_two_columns(tmp_path):
    _, (table,), _ = read(tmp_path, BALANCE_SHEET_DATES_ONE_BLANK_APART)
    assert [c.heading for c in table.columns] == [
        ("June 30, 1999", "(Unaudited)"),
        ("Dec. 31, 1998", "(Derived from", "Audited", "Financial", "Statements)"),
    ]
    assert values(row_labelled(table, "Total assets")) == [Decimal("1408.2"), Decimal("1414.7")]


def test_the_balance_sheet_columns_get_their_own_dates(tmp_path):
    from xbrlify.statements import tables_to_statements

    filing, tables, _ = read(tmp_path, BALANCE_SHEET_DATES_ONE_BLANK_APART)
    statements, _ = tables_to_statements(tables, filing)
    (sheet,) = statements
    assert [(c.start, c.end) for c in sheet.columns] == [(None, date(1999, 6, 30)), (None, date(1998, 12, 31))]


def test_headings_one_blank_apart_over_separate_underlines_are_cut_there(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                                      Actual Budget
                                      ------ ------
        <S>                           <C>    <C>
        Sales                         1,200  1,300
        Costs                           900    950
        </TABLE>
        """,
    )
    assert [c.heading for c in table.columns] == [("Actual",), ("Budget",)]


def test_a_period_over_two_underlines_still_spans_both_columns(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                                    Three Months Ended
                                     -------  -------
                                        1999     1998
        <S>                          <C>      <C>
        Sales                          1,200    1,300
        Costs                            900      950
        </TABLE>
        """,
    )
    assert [c.heading for c in table.columns] == [("Three Months Ended", "1999"), ("Three Months Ended", "1998")]


def test_a_date_and_a_word_one_blank_apart_stay_one_heading(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                                   June 30, 1999 and Dec. 31, 1998
        <S>                              <C>          <C>
        Sales                            1,200        1,300
        Costs                              900          950
        </TABLE>
        """,
    )
    heading = "June 30, 1999 and Dec. 31, 1998"
    assert [c.heading for c in table.columns] == [(heading,), (heading,)]


# The safety net: amounts left among the headings are reported


def test_unlabelled_amounts_among_the_headings_are_reported(tmp_path):
    filing, (table,), diagnostics = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                                     EXHIBIT 12.1
                                      1999      1998
                                   1,234.5   2,345.6
        <S>                           <C>       <C>
        Sales                        1,200     1,300
        Costs                          900       950
        </TABLE>
        """,
    )
    assert [(d.code, d.span.line, filing.span_text(d.span)) for d in diagnostics] == [
        ("X104", 5, "1,234.5"),
        ("X104", 5, "2,345.6"),
    ]


# Kroger's 1994 10-K: dates printed beside the units caption, the years over the columns;
# a title line ending in "AND" goes on over the columns

DATES_BESIDE_UNITS = """\
<TABLE>
<CAPTION>
                                                       CONSOLIDATED BALANCE SHEET


(In thousands of dollars)              December 31,  January 1,
                                                                               1994          1994

<S>                                                                   <C>             <C>
   Cash and temporary cash investments...............                       $    27,223     $   121,253
   Receivables.......................................                       $   270,811     $   287,925
</TABLE>
"""

TITLE_GOES_ON = """\
<TABLE>
<CAPTION>

                                                CONSOLIDATED STATEMENT OF OPERATIONS AND
                                                          ACCUMULATED DEFICIT

Years Ended December 31, 1994, January 1, 1994 and January 2, 1993

                                                                1994         1993         1992
(In thousands, except per share amounts)                      (52 weeks)   (52 weeks)   (53 weeks)
---------------------------------------------------------------------------------------------------

<S>                                                           <C>          <C>         <C>
Sales......................................................   $22,959,122  $22,384,301 $22,144,588
Rent.......................................................      299,473       290,309     288,113
</TABLE>
"""


def test_dates_beside_the_units_caption_head_the_columns_in_order(tmp_path):
    _, (table,), _ = read(tmp_path, DATES_BESIDE_UNITS)
    assert [c.heading for c in table.columns] == [("December 31,", "1994"), ("January 1,", "1994")]
    assert table.title == ("CONSOLIDATED BALANCE SHEET",)


def test_a_title_line_ending_in_and_goes_on_over_the_columns(tmp_path):
    _, (table,), _ = read(tmp_path, TITLE_GOES_ON)
    assert table.title[:2] == ("CONSOLIDATED STATEMENT OF OPERATIONS AND", "ACCUMULATED DEFICIT")
    assert [c.heading for c in table.columns] == [("1994", "(52 weeks)"), ("1993", "(52 weeks)"), ("1992", "(53 weeks)")]
