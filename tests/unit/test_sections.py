"""Balance sheet sections: the combined liabilities-and-equity heading, sector blocks and
unclassified parts (a finance arm's or a bank's lines are neither current nor noncurrent)."""

from __future__ import annotations

from xbrlify.model import Row
from xbrlify.statements.sections import line_sections


def rows(*specs: str) -> tuple[Row, ...]:
    """"# Heading" is a heading row, anything else a data row."""
    return tuple(Row("heading", s[2:], 0, (n,)) if s.startswith("# ") else Row("data", s, 0, (n,))
                 for n, s in enumerate(specs, 1))  # fmt: skip


def test_the_liabilities_and_equity_heading_opens_the_current_liabilities():
    sheet = rows("Cash", "Total current assets", "Property", "Total assets",
                 "# LIABILITIES AND STOCKHOLDERS' EQUITY", "Trade payables", "Total current liabilities",
                 "Long-term debt", "# Stockholders' equity", "Common stock")  # fmt: skip
    found = line_sections("balance_sheet", sheet)
    assert found[5] == "current_liabilities"
    assert found[7] == "noncurrent_liabilities"
    assert found[9] == "equity"


def test_sector_blocks_restart_the_part_and_an_unclassified_block_has_no_current_lines():
    sheet = rows("# ASSETS", "# Automotive", "Cash", "Total current assets", "Net property", "Total Automotive assets",
                 "# Financial Services", "Cash", "Finance receivables", "Total Financial Services assets",
                 "Total assets", "# LIABILITIES AND STOCKHOLDERS' EQUITY", "# Automotive", "Trade payables",
                 "Total current liabilities", "Long-term debt", "# Financial Services", "Debt",
                 "# Stockholders' equity", "Common stock")  # fmt: skip
    blocks = {2: "Automotive", 3: "Automotive", 4: "Automotive", 5: "Automotive", 7: "Financial Services",
              8: "Financial Services", 9: "Financial Services", 13: "Automotive", 14: "Automotive", 15: "Automotive",
              17: "Financial Services"}  # fmt: skip
    found = line_sections("balance_sheet", sheet, blocks)
    assert [found[i] for i in (2, 4, 7, 8, 10)] == ["current_assets", "noncurrent_assets", "assets", "assets", "assets"]
    assert [found[i] for i in (13, 15, 17, 19)] == ["current_liabilities", "noncurrent_liabilities", "liabilities", "equity"]


def test_a_balance_sheet_without_current_items_is_unclassified():
    found = line_sections("balance_sheet", rows("Cash and due from banks", "Loans, net", "Total assets",
                                                "# LIABILITIES", "Deposits", "Total liabilities"))  # fmt: skip
    assert set(found.values()) == {"assets", "liabilities"}
