"""A title printed inside <TABLE> before <CAPTION>, and a vertical rule ("|") between a
column and the rest, as in Coca-Cola's 1997 share-owners' equity statement (a filing
not in the corpus)."""

from __future__ import annotations

import support

EQUITY = """\
<TABLE>
CONSOLIDATED STATEMENTS OF SHARE-OWNERS' EQUITY          THE COMPANY AND SUBSIDIARIES
<CAPTION>
                          Number of
                             Common
Three Years Ended            Shares     Common    Reinvested
December 31, 1997       Outstanding      Stock      Earnings
- ----------------------------------------------------------
<S>                           <C>         <C>      <C>
(In millions except per share data)    |
                                       |
BALANCE DECEMBER 31, 1996     2,481    |  $858     $15,127
Net income                       --    |    --       4,129
                                       |
BALANCE DECEMBER 31, 1997     2,471    |  $861     $19,256
</TABLE>
"""


def test_title_inside_the_table_cells_behind_a_vertical_rule_and_a_caption_row(tmp_path):
    found, statements, _ = support.inline_statements(tmp_path, EQUITY, "equity.txt")
    (table,) = found.tables
    assert table.title[0].startswith("CONSOLIDATED STATEMENTS OF SHARE-OWNERS' EQUITY")
    assert [[c.raw.strip() for c in row.cells] for row in table.data_rows] == [
        ["2,481", "$858", "$15,127"], ["--", "--", "4,129"], ["2,471", "$861", "$19,256"],
    ]  # fmt: skip
    assert [(s.kind, s.scale) for s in statements] == [("equity", 6)]  # the caption printed as the first row


def test_a_footnote_mark_in_braces_is_no_part_of_the_amount():
    from decimal import Decimal

    from xbrlify.numbers import line_tail_tokens, parse_amount

    assert parse_amount("(58){1}").value == Decimal(-58)
    _, tokens = line_tail_tokens("Purchases of stock for treasury   (58){1}     --    (1,796)")
    assert [(t.raw, t.amount.value) for t in tokens] == [("(58){1}", -58), ("--", 0), ("(1,796)", -1796)]
    assert tokens[0].digit_end == tokens[0].start + 3  # right-aligned on the "8", as the column is
