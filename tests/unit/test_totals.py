"""Totals found by the printed numbers: a total of one line, and sums that hold only
because two equal amounts cancel. The statement is laid out like a small company's
10-KSB balance sheet (one column, whole dollars)."""

from __future__ import annotations

import support
from xbrlify.pipeline import convert

ONE_COLUMN_BALANCE_SHEET = """\
                                  BALANCE SHEET
                                December 31, 2007

Current Assets
     Cash and cash equivalents                                 $      28,604
                                                              ------------------
     Total current Assets                                             28,604
                                                              ------------------
     TOTAL ASSETS                                              $      28,604
                                                              ==================

Current Liabilities
     Accrued expenses                                          $      18,149
                                                              ------------------
        TOTAL CURRENT LIABILITIES                                     18,149
                                                              ------------------
        TOTAL LIABILITIES                                             18,149

Additional paid-in capital                                        10,687,358
Accumulated deficit                                              (10,676,903)
                                                              ------------------
        TOTAL SHAREHOLDERS' EQUITY                                    10,455
                                                              ------------------
TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY                     $      28,604
                                                              ==================
"""


def totals_by_label(tmp_path) -> dict[str, list[tuple[str, int]]]:
    _, (statement,), _ = support.inline_statements(tmp_path, ONE_COLUMN_BALANCE_SHEET, "bs.txt")
    rows = statement.table.rows
    return {
        line.row.label: [(rows[child].label, weight) for child, weight in line.children]
        for line in statement.lines
        if line.children
    }


def test_a_total_of_one_line_closes_its_level_and_equal_amounts_do_not_cancel(tmp_path):
    totals = totals_by_label(tmp_path)
    assert totals["Total current Assets"] == [("Cash and cash equivalents", 1)]
    assert totals["TOTAL ASSETS"] == [("Total current Assets", 1)]
    # not 28,604 - 28,604 + 18,149: the total is the accrued expenses above it
    assert totals["TOTAL CURRENT LIABILITIES"] == [("Accrued expenses", 1)]
    assert totals["TOTAL SHAREHOLDERS' EQUITY"] == [("Additional paid-in capital", 1), ("Accumulated deficit", 1)]
    assert totals["TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY"] == [
        ("TOTAL LIABILITIES", 1), ("TOTAL SHAREHOLDERS' EQUITY", 1),
    ]  # fmt: skip


TWO_GROUPS = """\
                           CONSOLIDATED STATEMENT OF EARNINGS
                           For the year ended December 31:

<TABLE>
<CAPTION>
                                  Segment A                  Company on an equity basis
                              1997         1996              1997            1996
<S>                        <C>          <C>               <C>             <C>
Revenues                    1,833        1,700             78,508          75,947
Cost of revenues              900          850             47,899          45,408
                            -----        -----             ------          ------
Net earnings                  933          850             30,609          30,539
</TABLE>
"""


def test_a_column_that_repeats_another_ones_period_is_skipped_not_duplicated(tmp_path):
    from xbrlify.extract import extract
    from xbrlify.rules import load_rules
    from xbrlify.taxonomy import load_base_taxonomy

    _, statements, _ = support.inline_statements(tmp_path, TWO_GROUPS, "groups.txt")
    (statement,) = statements
    assert [c.repeats for c in statement.columns] == [None, None, 0, 1]
    extraction = extract(statements, load_rules(), load_base_taxonomy())
    assert {f.value for f in extraction.facts if f.concept.name == "CostOfRevenue"} == {900, 850}
    reasons = {s.reason for s in extraction.skipped}
    assert reasons == {"column repeats the period of column 1 and nothing tells them apart",
                       "column repeats the period of column 2 and nothing tells them apart"}  # fmt: skip


CASH_FLOWS = """\
                        CONSOLIDATED STATEMENT OF CASH FLOWS
            Years Ended December 31, 1994 and December 31, 1993
(In thousands of dollars)                                     1994          1993

Cash Flows From Operating Activities:
   Net earnings (loss)....................................    $  242,196    $  (12,220)
   Depreciation and amortization..........................       277,750       263,810
   Loss on sale of property, plant and equipment..........        (3,672)        1,004
                                                              ----------    ----------
         Net cash provided by operating activities........       516,274       252,594
                                                              ==========    ==========
"""


def test_a_loss_line_among_cash_flow_adjustments_keeps_the_sign_of_each_year(tmp_path):
    # "Loss on sale ... 1,004" adds a loss back; "(3,672)" takes a gain out: the
    # concept (a gain or loss) is -1,004 in 1993 and +3,672 in 1994, and the totals agree
    path = tmp_path / "cf.txt"
    path.write_text(CASH_FLOWS)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    assert not [f for f in result.report.findings if "nconsistent" in f.code]
    facts = support.instance_facts(result.folder / "cf.xml")
    line = next(n for n, text in enumerate(CASH_FLOWS.splitlines(), 1) if text.lstrip().startswith("Loss on sale"))
    assert sorted((period, value) for concept, value, period, _ in facts[str(line)]) == [
        ("1993-01-01..1993-12-31", "-1004000"), ("1994-01-01..1994-12-31", "3672000")]
