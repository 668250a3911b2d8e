"""Sections of an income statement laid out like Coca-Cola's 1997 annual report (a
filing not in the corpus): the units caption printed among the rows opens no
per-share section, and the item between two share counts is a share count."""

from __future__ import annotations

import support

INCOME_STATEMENT = """\
<TABLE>
CONSOLIDATED STATEMENTS OF INCOME        THE COMPANY AND SUBSIDIARIES

<CAPTION>
Year Ended December 31,                              1997       1996
- ---------------------------------------------------------------------
(In millions except per share data)

<S>                                              <C>        <C>
NET OPERATING REVENUES                           $ 18,868   $ 18,673
Cost of goods sold                                  6,015      6,738
- ---------------------------------------------------------------------
GROSS PROFIT                                       12,853     11,935
Income taxes                                        1,926      1,104
- ---------------------------------------------------------------------
NET INCOME                                       $ 10,927   $ 10,831
=====================================================================

BASIC NET INCOME PER SHARE                       $   1.67   $   1.40
=====================================================================

AVERAGE SHARES OUTSTANDING                          2,477      2,494
Dilutive effect of stock options                       38         29
- ---------------------------------------------------------------------
AVERAGE SHARES OUTSTANDING ASSUMING DILUTION        2,515      2,523
=====================================================================
</TABLE>
"""


def test_units_caption_among_the_rows_and_share_count_items(tmp_path):
    _, (statement,), _ = support.inline_statements(tmp_path, INCOME_STATEMENT, "income.txt")
    sections = {line.row.label: line.section for line in statement.lines}
    assert sections["NET OPERATING REVENUES"] is None  # not per share: the caption says "except"
    assert sections["NET INCOME"] is None
    assert sections["BASIC NET INCOME PER SHARE"] == "per_share"
    assert sections["Dilutive effect of stock options"] == "share_counts"
    assert statement.scale == 6


def test_a_price_quoted_in_a_label_does_not_make_the_line_per_share():
    from xbrlify.statements.sections import names_per_share

    assert names_per_share("Net loss per common share")
    assert names_per_share("Earnings (loss) per share - basic")
    assert not names_per_share("Repurchase of founder common stock at $.001 per share")
    assert not names_per_share("Dividends (per share-$.44)")
    assert not names_per_share("Cash dividends of $0.48 per common share")
