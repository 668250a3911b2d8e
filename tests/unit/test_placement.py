"""Which tables are primary statements: MD&A summaries, selected data, quarterly data,
computation schedules and note tables repeat statement lines but are left out, each
with its reason. Expected line ranges and parts were read from the filings."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import support

from xbrlify.model import Document, Filing
from xbrlify.pipeline import inspect_filing
from xbrlify.statements import NOTES_STATEMENT_REASON, PART_REASONS, tables_to_statements
from xbrlify.statements.placement import heading_part

FIXTURES = Path(__file__).parent.parent / "fixtures"
APPLE_10K = "apple-10k-1997-0001047469-97-006960.txt"
APPLE_10Q = "apple-10q-1998-0000320193-98-000008.txt"
BMS_10Q = "bms-10q-1998-0000014272-98-000011.txt"
FORD_10K = "ford-10k-2001-0000037996-02-000015.txt"


@cache
def classified(name: str):
    found = inspect_filing(FIXTURES / name)
    statements, skipped = tables_to_statements(list(found.tables), found.filing)
    kept = {(s.table.first_line, s.table.last_line): s.kind for s in statements}
    left = {(t.table.first_line, t.table.last_line): t.reason for t in skipped}
    return kept, left


@pytest.mark.parametrize(
    "name, statements",
    [
        (APPLE_10K, {(2054, 2121): "balance_sheet", (2131, 2165): "income_statement",
                     (2175, 2227): "equity", (2237, 2294): "cash_flow",
                     (3889, 3910): "income_statement"}),  # quarterly data in row blocks per fiscal year
        (APPLE_10Q, {(117, 158): "income_statement", (170, 210): "balance_sheet",
                     (222, 261): "balance_sheet", (274, 331): "cash_flow"}),
        (BMS_10Q, {(174, 211): "balance_sheet", (223, 270): "balance_sheet",
                   (279, 338): "income_statement", (345, 400): "cash_flow"}),
        (FORD_10K, {(5312, 5394): "income_statement", (5399, 5499): "balance_sheet",
                    (5503, 5588): "cash_flow", (5591, 5681): "equity"}),
    ],
)  # fmt: skip
def test_only_the_primary_statements_and_datable_quarterly_data_are_converted(name, statements):
    kept, _ = classified(name)
    assert kept == statements


@pytest.mark.parametrize(
    "name, lines, reason_starts",
    [
        (APPLE_10K, (628, 646), "selected financial data"),  # "FIVE FISCAL YEARS ENDED" under Item 6
        (APPLE_10K, (739, 763), "a table in Management's Discussion"),  # "RESULTS OF OPERATIONS", Item 7
        (APPLE_10K, (10843, 10874), "a computation schedule"),  # Exhibit 11
        (APPLE_10K, (3008, 3026), "not a financial statement"),  # "PROFORMA RESULTS OF OPERATIONS" note
        (APPLE_10Q, (673, 703), "a table in Management's Discussion"),  # untitled, under Item 2
        (FORD_10K, (2775, 2837), "selected financial data"),  # "SUMMARY OF OPERATIONS", Item 6
        (FORD_10K, (7162, 7241), "segment information"),  # "NOTE 18. Segment Information", in the notes
    ],
)  # fmt: skip
def test_schedules_and_tables_of_other_parts_are_left_out_with_a_reason(name, lines, reason_starts):
    _, left = classified(name)
    assert left[lines].startswith(reason_starts)


def filing_of(*texts: str) -> Filing:
    return Filing("t.txt", "ascii", tuple(texts), None, (Document(0, None, None, None, None, 1, len(texts)),))


@pytest.mark.parametrize(
    "lines, part",
    [
        (("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS", "  OF OPERATIONS"), "mdna"),
        (("Item 2. Management's Discussion and Analysis of Financial Condition and", "Results"), "mdna"),
        (("Item 7.  Management's", "Discussion and Analysis"), "mdna"),  # the words wrap
        (("ITEM 6. SELECTED FINANCIAL DATA", ""), "selected_data"),
        (("Item 8.  Financial Statements and Supplementary Data", ""), "other"),
        (("                   MANAGEMENT'S DISCUSSION AND ANALYSIS", ""), "mdna"),
        (("                   NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", ""), "notes"),
        (("Notes to Condensed Consolidated Financial Statements (Unaudited)", ""), "notes"),
        (("NOTE 18.  Segment Information (in millions)", ""), "notes"),
        (("                             management discussion", ""), "mdna"),  # IBM's running page header
        # a contents entry (page number on it or on the line it wraps onto) is no heading
        (("  Management's Discussion and Analysis of Financial", "    Condition and Results   6 - 14"), None),
        (("  Notes to Consolidated Financial Statements.....................", ""), None),
        # sentences that name a part are no headings
        (("Notes to Consolidated Financial Statements.", ""), None),
        (("Notes to Consolidated Financial Statements under the subheading \"NeXT", ""), None),
        (("in conjunction with \"Management's Discussion and Analysis of Financial Condition", ""), None),
    ],
)  # fmt: skip
def test_headings_that_open_a_part(lines, part):
    assert heading_part(filing_of(*lines), 1) == part


ANNUAL_REPORT = """\
                     MANAGEMENT'S DISCUSSION AND ANALYSIS

Net sales rose in 1998 on higher volume, as the table below shows.

<TABLE>
<CAPTION>
                                          1998        1997
<S>                                    <C>         <C>
Net sales                              $ 12,345    $ 11,000
Cost of sales                             8,000       7,500
Gross margin                              4,345       3,500
Net income                                1,000         900
Net income per share                       1.25        1.10
Selling expenses                          2,000       1,800
</TABLE>

<TABLE>
<CAPTION>
                   CONSOLIDATED STATEMENTS OF EARNINGS
                   (in thousands, except per share data)

                                          1998        1997
<S>                                    <C>         <C>
Net sales                              $ 12,345    $ 11,000
Cost of sales                             8,000       7,500
                                       --------    --------
Gross margin                              4,345       3,500
Selling expenses                          2,000       1,800
                                       --------    --------
Net income                             $  1,000    $    900
                                       ========    ========
</TABLE>
"""


def test_statements_printed_right_after_mdna_in_an_annual_report_are_converted(tmp_path):
    # An annual report (EX-13) prints MD&A and then its statements with no "Item 8"
    # between them: the statement's title outweighs the part; MD&A's own table does not.
    _, statements, skipped = support.inline_statements(tmp_path, ANNUAL_REPORT, "ex13.txt")
    assert [(s.kind, s.table.first_line) for s in statements] == [("income_statement", 17)]
    assert [(t.table.first_line, t.reason) for t in skipped] == [(5, PART_REASONS["mdna"])]


# Notes with a segment's statements inside them (IBM's 1997 annual report prints Global
# Financing's so), then a second set of statements on a page of its own (an 8-K prints
# the acquired company's interim statements after its annual statements' notes), then a
# Regulation S-X schedule. Amounts made up.
NOTES_THEN_INTERIM = """\
                   NOTES TO CONSOLIDATED FINANCIAL STATEMENTS

Global financing is shown below on a separate basis, as management believes this
comparative disclosure enhances the understanding of the consolidated statements.

Statement of Financial Position

<TABLE>
<CAPTION>
(Dollars in millions)                     1997        1996
<S>                                    <C>         <C>
Cash                                   $    100    $     90
Receivables                                 500         450
Total assets                                600         540
Total liabilities                           400         380
Equity                                      200         160
Total liabilities and equity                600         540
</TABLE>

<PAGE>   18
EXAMPLE CORP.
CONDENSED BALANCE SHEET
JUNE 30, 1998 AND DECEMBER 31, 1997
- --------------------------------------------------------------------------------

<TABLE>
<CAPTION>
                                     June 30, 1998  December 31, 1997
<S>                                    <C>         <C>
Cash                                   $    110    $    100
Receivables                                 520         500
Total assets                                630         600
Total liabilities                           410         400
Equity                                      220         200
Total liabilities and equity                630         600
</TABLE>

<PAGE>   19
                   EXAMPLE CORP. AND CONSOLIDATED AFFILIATES
                               SCHEDULE X
                 SUPPLEMENTARY INCOME STATEMENT INFORMATION
<TABLE>
<CAPTION>
                                          1997        1996
<S>                                    <C>         <C>
Maintenance and repairs                $    100    $     90
Advertising costs                           500         450
Taxes, except payroll                       600         540
Royalties                                   400         380
Net income                                  200         160
Net income per share                       1.20        1.10
</TABLE>
"""


def test_statements_in_the_notes_are_a_parts_unless_they_open_a_page(tmp_path):
    _, statements, skipped = support.inline_statements(tmp_path, NOTES_THEN_INTERIM, "ex13.txt")
    assert [(s.kind, s.table.first_line) for s in statements] == [("balance_sheet", 26)]
    reasons = {t.table.first_line: t.reason for t in skipped}
    assert reasons[8] == NOTES_STATEMENT_REASON
    assert reasons[42].startswith("a financial statement schedule (Regulation S-X)")


CHART = """\
STATEMENT OF FINANCIAL POSITION

    *    TRADING SECURITIES comprise the market-making, investing and
trading portfolio of the broker-dealer. The

<TABLE>
- -------------------------------------------------------------------------------
CHART:  CONSOLIDATED TOTAL ASSETS (In billions)
<CAPTION>
    1989             1990              1991              1992              1993
<C>              <C>               <C>               <C>               <C>
$126.121         $152.000          $166.508          $192.876          $251.506
- -------------------------------------------------------------------------------
</TABLE>
"""


def test_a_chart_under_a_statement_heading_is_no_statement(tmp_path):
    # GE's 1993 MD&A: a chart's figures under the subsection "STATEMENT OF FINANCIAL POSITION"
    _, statements, skipped = support.inline_statements(tmp_path, CHART, "ex13.txt")
    assert statements == []
    assert skipped[0].reason.startswith("fewer than two rows name what they hold")
