"""A bank's earnings release (Chemical Banking's 8-K of January 1994 is laid out so):
a highlights table mixing earnings, per-share data and balance sheet averages, the
statements with their titles centred over the columns inside <CAPTION> or set four
blank lines above the headings, and an average-balances schedule. Amounts made up."""

from __future__ import annotations

from datetime import date

import support
from xbrlify.pipeline import convert
from xbrlify.statements import tables_to_statements

RELEASE = """\
<TABLE>
<CAPTION>                                                      UNAUDITED
                                             EXAMPLE BANKING CORPORATION and Subsidiaries
                                             (in millions, except per share and ratio data)

                                                      Three Months Ended       For the Year Ended
                                                         December 31,             December 31,
                                                          1993     1992           1993      1992
<S>                                                 <C>          <C>         <C>         <C>
EARNINGS:
Net Income                                          $    347     $    304    $  1,604    $  1,086
Net Income Applicable to Common Stock               $    309     $    266    $  1,449    $    936

PER COMMON SHARE:
Net Income                                          $   1.23     $   1.09    $   5.77    $   3.90
Book Value at December 31,                          $  37.60     $  32.43    $  37.60    $  32.43

BALANCE SHEET AVERAGES:
Loans                                               $ 76,063     $ 81,458    $ 78,739    $ 82,173
Total Assets                                        $146,870     $140,653    $144,881    $139,329
</TABLE>

<PAGE>
<TABLE>
<CAPTION>                                                      UNAUDITED
                                             EXAMPLE BANKING CORPORATION and Subsidiaries
                                                 CONSOLIDATED STATEMENT OF INCOME
                                                           (in millions)

                                                      Three Months Ended December 31,
                                                            1993             1992
<S>                                                      <C>              <C>
INTEREST INCOME
Loans                                                    $ 1,350          $ 1,492
Securities                                                   377              362
                                                         -------          -------
Total Interest Income                                      1,727            1,854
Income Tax Expense                                           234               30
                                                         -------          -------
NET INCOME                                               $   347          $   304
                                                         =======          =======
</TABLE>

<PAGE>
              EXAMPLE BANKING CORPORATION and Subsidiaries
                        CONSOLIDATED BALANCE SHEET
                              (in millions)




                                          December 31,    December 31,
                                                  1993            1992
                                          ------------    ------------

ASSETS
Cash and Due from Banks                     $  6,852        $  8,846
Deposits with Banks                            6,030           1,846
Loans                                         75,000          80,000
                                          ------------    ------------
Total Assets                                $ 87,882        $ 90,692
                                          ============    ============
"""


def test_highlights_are_no_statement_and_titles_are_found(tmp_path):
    _, statements, skipped = support.inline_statements(tmp_path, RELEASE, "release.txt")
    assert [(s.kind, s.table.title[-1]) for s in statements] == [
        ("income_statement", "CONSOLIDATED STATEMENT OF INCOME"),
        ("balance_sheet", "CONSOLIDATED BALANCE SHEET"),
    ]
    assert statements[0].table.title[0] == "UNAUDITED"  # centred over the columns: the title's
    assert skipped[0].reason.startswith("a summary of several statements' lines")
    assert statements[1].table.units == "(in millions)"  # four blank lines above the headings


SUBSIDIARY = """\
<PAGE>
<TABLE>
<CAPTION>
                                         EXAMPLE TRUST COMPANY and Subsidiaries
                                       CONDENSED CONSOLIDATED STATEMENT OF INCOME
                                                     (in millions)

                                                      Three Months Ended December 31,
                                                            1993             1992
<S>                                                      <C>              <C>
Widget Fees                                              $    50          $    40
Securities                                                   100               90
                                                         -------          -------
NET INCOME                                               $   150          $   130
                                                         =======          =======
</TABLE>
"""


def test_a_label_met_again_with_other_amounts_gets_a_concept_of_its_own(tmp_path):
    # A subsidiary's statement repeats a label of the company's ("Widget Fees", an
    # extension concept) with other amounts for the same quarter: two concepts, never
    # inconsistent duplicate facts
    text = RELEASE.replace("Securities                                                   377",
                           "Widget Fees                                                  377")
    path = tmp_path / "release.txt"
    path.write_text(text + SUBSIDIARY)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    assert not [f for f in result.report.findings if "uplicate" in f.code]
    facts = support.instance_facts(result.folder / "release.xml")
    lines = [str(n) for n, line in enumerate((text + SUBSIDIARY).splitlines(), 1) if line.startswith("Widget Fees")]
    company, subsidiary = (facts[n] for n in lines)
    assert company[0][0] != subsidiary[0][0] and company[0][2] == subsidiary[0][2] == "1993-10-01..1993-12-31"


EQUITY_PAGE = """\
<PAGE>16
              EXAMPLE BANKING CORPORATION and Subsidiaries
                    CONSOLIDATED STATEMENT OF CHANGES
                         IN STOCKHOLDERS' EQUITY
                              (in millions)






                                                     1993       1992
                                                     ----       ----

  BALANCE AT JANUARY 1,                           $ 9,851     $7,281
                                                  -------     ------

  Net Income                                        1,604      1,086
  Dividends Declared                                 (345)      (295)
  Issuance of Common Stock                            183        1,779
                                                  -------     ------
  BALANCE AT DECEMBER 31,                         $11,293     $9,851
                                                  =======     ======
"""


def test_a_year_alone_over_an_equity_statement_is_the_fiscal_year(tmp_path):
    # six blank lines under the title; the columns print only "1993" and "1992": fiscal
    # years, which end on December 31 by the header
    header = "<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\nFISCAL YEAR END:\t\t\t1231\n</SEC-HEADER>\n"
    _, statements, _ = support.inline_statements(tmp_path, header + RELEASE + EQUITY_PAGE, "release.txt")
    equity = next(s for s in statements if s.kind == "equity")
    assert "IN STOCKHOLDERS' EQUITY" in equity.table.title
    assert [(c.start, c.end) for c in equity.columns] == [
        (date(1993, 1, 1), date(1993, 12, 31)), (date(1992, 1, 1), date(1992, 12, 31)),
    ]  # fmt: skip
