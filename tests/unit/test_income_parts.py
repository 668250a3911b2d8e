"""An income statement's parts ("Costs and expenses:", "Other income (expense):") say
what their bare "Other" lines are; a part's total or a result line ends it. Amounts
made up."""

from __future__ import annotations

import support
from xbrlify.pipeline import convert

INCOME = """\
                    CONSOLIDATED STATEMENTS OF OPERATIONS
                               (In thousands)
<TABLE>
<CAPTION>
                                                  1997          1996
<S>                                           <C>           <C>
Revenues:
  Net sales                                     9,800         8,850
  Other                                           200           150
                                              --------      --------
  Total revenues                               10,000         9,000
                                              --------      --------
Costs and expenses:
  Cost of sales                                  6,000         5,500
  Selling, general and administrative            2,000         1,800
  Other                                            500           400
                                              --------      --------
  Total costs and expenses                       8,500         7,700
                                              --------      --------
Operating income                                 1,500         1,300
Other income (expense):
  Interest income                                  100            90
  Other, net                                       (40)           20
                                              --------      --------
Income before income taxes                       1,560         1,410
Other                                              (60)          (10)
                                              --------      --------
Net income                                    $  1,500      $  1,400
                                              ========      ========
</TABLE>
"""


def test_bare_other_lines_take_their_parts_concept(tmp_path):
    path = tmp_path / "filing.txt"
    path.write_text(INCOME)
    result = convert(path, tmp_path / "out")
    rows = {row.line: row.concept for s in result.report.statements for row in s.rows}
    lines = [n for n, text in enumerate(INCOME.splitlines(), 1) if text.strip().startswith("Other")]
    revenue, cost, nonoperating, after_result = lines[0], lines[1], lines[3], lines[4]
    assert rows[revenue] == "OtherSalesRevenueNet"
    assert rows[cost] == "OtherCostAndExpenseOperating"
    assert rows[nonoperating] == "OtherNonoperatingIncomeExpense"
    assert rows[after_result] not in ("OtherCostAndExpenseOperating", "OtherNonoperatingIncomeExpense")  # no part's
    assert result.report.valid
