"""Totals found by the printed numbers: a total of one line, and sums that hold only
because two equal amounts cancel. The statement is laid out like a small company's
10-KSB balance sheet (one column, whole dollars)."""

from __future__ import annotations

from xbrlify.pipeline import inspect_filing
from xbrlify.statements import tables_to_statements

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
    path = tmp_path / "bs.txt"
    path.write_text(ONE_COLUMN_BALANCE_SHEET)
    found = inspect_filing(path)
    (statement,), _ = tables_to_statements(list(found.tables), found.filing)
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
