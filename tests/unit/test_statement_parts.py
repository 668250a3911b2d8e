"""A statement printed as several <TABLE>s, only the first with a title and column
headings (Kroger's 1994 10-K prints its balance sheet so): one statement, its later
parts read under the first part's headings; and what else Kroger's 1994 10-K showed. Amounts
made up, but for the last test, which converts the filing itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import support
from xbrlify.pipeline import convert

BALANCE_SHEET = """\
<TABLE>
<CAPTION>
                              CONSOLIDATED BALANCE SHEET

(In thousands of dollars)                         December 31,    January 1,
                                                      1994           1994
<S>                                               <C>             <C>
ASSETS
   Cash.......................................    $    27,223     $   121,253
   Receivables................................        270,811         287,925
                                                  -----------     -----------
     Total Assets.............................    $   298,034     $   409,178
                                                  ===========     ===========
</TABLE>
<PAGE>
<TABLE>

<S>                                               <C>             <C>
LIABILITIES
   Accounts payable...........................    $   200,000     $   300,000
   Long-term debt.............................        150,000         150,000
                                                  -----------     -----------
     Total Liabilities........................        350,000         450,000
                                                  -----------     -----------
</TABLE>
<TABLE>

<S>                                               <C>             <C>
SHAREOWNERS' DEFICIT
Accumulated deficit...........................        (51,966)        (40,822)
                                                  -----------     -----------
Total Liabilities and Shareowners' Deficit....    $   298,034     $   409,178
                                                  ===========     ===========
</TABLE>

The accompanying notes are an integral part of the consolidated
financial statements.

<TABLE>

<S>                                               <C>             <C>
Rent expense..................................        10,000          12,000
Other.........................................         2,000           3,000
</TABLE>
"""


def test_untitled_parts_without_headings_continue_the_statement(tmp_path):
    _, statements, skipped = support.inline_statements(tmp_path, BALANCE_SHEET)
    assert [s.kind for s in statements] == ["balance_sheet"]
    sheet = statements[0]
    labels = [line.row.label for line in sheet.lines]
    assert labels[0] == "Cash" and "Accounts payable" in labels
    assert labels[-1] == "Total Liabilities and Shareowners' Deficit"
    assert {column.end for column in sheet.columns} == {date(1994, 12, 31), date(1994, 1, 1)}
    # the table after the notes' sentence is no part of it
    last_table = max(n for n, line in enumerate(BALANCE_SHEET.splitlines(), 1) if line == "<TABLE>")
    assert [s.table.first_line for s in skipped] == [last_table]


def test_the_parts_cells_become_facts_under_the_first_parts_dates(tmp_path):
    path = tmp_path / "sheet.txt"
    path.write_text(BALANCE_SHEET)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    facts = support.instance_facts(result.folder / "sheet.xml")
    total = BALANCE_SHEET.splitlines().index(
        "Total Liabilities and Shareowners' Deficit....    $   298,034     $   409,178") + 1
    assert sorted((period, value) for _, value, period, _ in facts[str(total)]) == [
        ("1994-01-01", "409178000"), ("1994-12-31", "298034000")]


OPERATIONS = """\
<TABLE>
<CAPTION>
                        CONSOLIDATED STATEMENT OF OPERATIONS AND ACCUMULATED DEFICIT
                     Years Ended December 31, 1994 and December 31, 1993

(In thousands)                                              1994          1993
<S>                                                    <C>           <C>
Sales...............................................   $ 22,959      $ 22,384
Costs and expenses..................................     22,717        22,396
                                                       --------      --------
Net earnings (loss).................................   $    242      $    (12)
                                                       ========      ========
Accumulated Deficit
  Beginning of year.................................$    (2,490)   $   (2,478)
  Net earnings (loss)...............................        242           (12)
                                                       --------      --------
  End of year.......................................$    (2,248)   $   (2,490)
                                                       ========      ========
</TABLE>
"""


def test_a_bare_beginning_or_end_of_year_takes_the_heading_above_as_its_subject(tmp_path):
    path = tmp_path / "ops.txt"
    path.write_text(OPERATIONS)
    result = convert(path, tmp_path / "out")
    facts = support.instance_facts(result.folder / "ops.xml")
    lines = OPERATIONS.splitlines()
    beginning = next(n for n, line in enumerate(lines, 1) if "Beginning of year" in line)
    end = next(n for n, line in enumerate(lines, 1) if "End of year" in line)
    assert {fact[0] for fact in facts[str(beginning)] + facts[str(end)]} == {"RetainedEarningsAccumulatedDeficit"}
    # the balance at the beginning of 1994 is the one at the end of 1993
    assert ("-2490000", "1993-12-31") in {(value, period) for _, value, period, _ in facts[str(beginning)]}


PER_SHARE = """\
<TABLE>
<CAPTION>
                        CONSOLIDATED STATEMENT OF OPERATIONS
                     Years Ended December 31, 1994 and December 31, 1993
(In thousands, except per share amounts)                    1994          1993
<S>                                                    <C>           <C>
Net earnings (loss).................................   $    242      $    (12)
Primary earnings (loss) per Common Share
   Earnings before extraordinary loss and cumulative effect
      of change in accounting.......................   $   2.37      $   1.60
   Extraordinary loss...............................       (.24)         (.22)
   Cumulative effect of change in accounting........                    (1.49)
                                                       --------      --------
   Net earnings (loss)..............................   $   2.13      $   (.11)
                                                       ========      ========
Fully-diluted earnings (loss) per Common Share
   Earnings before extraordinary loss and cumulative effect
      of change in accounting.......................   $   2.19      $   1.50
   Extraordinary loss...............................       (.21)         (.19)
   Cumulative effect of change in accounting........                    (1.28)
                                                       --------      --------
   Net earnings (loss)..............................   $   1.98      $    .03
                                                       ========      ========
</TABLE>
"""


def test_per_share_blocks_under_primary_and_fully_diluted_headings(tmp_path):
    path = tmp_path / "eps.txt"
    path.write_text(PER_SHARE)
    facts = support.instance_facts(convert(path, tmp_path / "out").folder / "eps.xml")
    lines = PER_SHARE.splitlines()

    def concepts_of(text: str, nth: int) -> set[str]:
        number = [n for n, line in enumerate(lines, 1) if line.lstrip().startswith(text)][nth]
        return {fact[0] for fact in facts[str(number)]}

    before = "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciple"
    assert concepts_of("of change in accounting", 0) == {before + "PerBasicShare"}
    assert concepts_of("of change in accounting", 1) == {before + "PerDilutedShare"}
    assert concepts_of("Extraordinary loss", 0) == {"IncomeLossFromExtraordinaryItemsNetOfTaxPerBasicShare"}
    assert concepts_of("Cumulative effect", 1) == {"CumulativeEffectOfChangeInAccountingPrincipleNetOfTaxPerDilutedShare"}
    assert concepts_of("Net earnings (loss)", 1) == {"EarningsPerShareBasic"}
    assert concepts_of("Net earnings (loss)", 2) == {"EarningsPerShareDiluted"}
    loss = [n for n, line in enumerate(lines, 1) if line.lstrip().startswith("Extraordinary loss")][0]
    assert sorted(value for _, value, _, _ in facts[str(loss)]) == ["-0.22", "-0.24"]


def test_the_last_line_of_a_paragraph_above_a_table_is_no_title(tmp_path):
    text = "The accompanying notes are an integral part of the consolidated\nfinancial statements.\n\n\n" + OPERATIONS
    _, (statement,), _ = support.inline_statements(tmp_path, text)
    assert statement.table.title[0].startswith("CONSOLIDATED STATEMENT OF OPERATIONS")


def test_rows_of_amounts_above_a_table_tag_are_no_title(tmp_path):
    text = """\
Long-term deferred tax liabilities:
  Depreciation............................    (284,957)  (285,104)
  Other...................................     (21,982)   (20,652)
                                             --------- ----------
Long-term deferred taxes, net...........     $(172,690) $(182,891)

<TABLE>
<CAPTION>
DEBT OBLIGATIONS
                                                1994         1993
<S>                                          <C>          <C>
Senior notes..............................   $ 100,000    $ 120,000
Other.....................................      20,000       25,000
</TABLE>
"""
    found, _, _ = support.inline_statements(tmp_path, text)
    debt = next(t for t in found.tables if t.tagged)
    assert "DEBT OBLIGATIONS" in debt.title and not any("172,690" in line for line in debt.title)
    assert not [d for d in found.diagnostics if d.code == "X104"]


def test_one_period_printed_two_lengths_is_reported(tmp_path):
    # Kroger heads 1992 "(52 weeks)" in its income statement, "(53 Weeks)" in its cash
    # flows: both are converted as printed, and the report says they disagree
    fixtures = Path(__file__).parent.parent / "fixtures"
    report = convert(fixtures / "kroger-10k-1995.txt", tmp_path / "kroger").report
    found = [f for f in report.findings if f.code == "xbrlify:periodsDisagree"]
    assert len(found) == 1 and "ending 1993-01-02" in found[0].message
    assert "from 1991-12-29" in found[0].message and "from 1992-01-05" in found[0].message
    # a quarter and nine months ending on one day are two periods, not a disagreement
    quarterly = convert(fixtures / "apple-10q-1998-0000320193-98-000008.txt", tmp_path / "apple").report
    assert not [f for f in quarterly.findings if f.code == "xbrlify:periodsDisagree"]
