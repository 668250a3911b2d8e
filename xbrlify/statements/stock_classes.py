"""Classes of common stock in a balance sheet: "Common Stock, par value $0.01 per share"
beside "Class B Stock, par value $0.01 per share" are two amounts of one concept
(CommonStockValue), told apart by US-GAAP's `StatementClassOfStockAxis`: Class A, B
and C are `CommonClassAMember` ... `CommonClassCMember`, the plain common stock
`CommonStockMember`; another class or a series of common stock gets an extension
member named like them ("Class D" -> CommonClassDMember, "Series A" ->
SeriesACommonStockMember).

A line is put on the axis only where the statement bears it out: two or more
common-stock lines of one block (the company's, or one sector's), at least one of
them naming its class. A single "Class A common stock" line says nothing another
line must be told apart from, and keeps its plain reading.
"""

from __future__ import annotations

import re

from xbrlify.model import Dimension, Row, StatementKind
from xbrlify.rules import normalise_label

CLASS_AXIS = "StatementClassOfStockAxis"
PLAIN_MEMBER = "CommonStockMember"
BASE_CLASSES = frozenset("abc")  # US-GAAP has CommonClassAMember, ...B..., ...C...

# What a line that is an amount of stock must not be (as the common stock rule says)
NOT_STOCK = (r"(?!.*\b(?:treasury|subscri\w*|paid\s+in\s+capital|repurchased?|warrants?|options?"
             r"|to\s+be\s+issued|dividends?)\b)")
WORDS = ("one", "two", "three")
NAME = rf"(?:[a-z]|\d{{1,2}}|i{{1,3}}|iv|{'|'.join(WORDS)})"  # "A", "2", "II", "One"
# A common-stock line naming its class, on the normalised label
CLASS_LINE_RE = re.compile(
    rf"""^{NOT_STOCK}(?:
          class\s+(?P<class>{NAME})\s+(?:common\s+)?(?:stock|shares)\b      # "Class B Stock", "Class A common stock"
        | series\s+(?P<series>{NAME})\s+common\s+(?:stock|shares)\b         # "Series A common stock"
        | common\s+(?:stock|shares)\s+(?:class\s+(?P<class2>{NAME})          # "Common stock, Class A"
                                       |series\s+(?P<series2>{NAME}))\b     # "Common stock - Series B"
    )""",
    re.VERBOSE,
)
PLAIN_LINE_RE = re.compile(rf"^{NOT_STOCK}common\s+(?:stock|shares)\b")  # "Common Stock, par value $0.01"
EQUITY_SECTIONS = ("equity", None)  # a balance sheet whose sections were not told apart


def line_stock_classes(
    kind: StatementKind, rows: tuple[Row, ...], sections: dict[int, str | None], blocks: dict[int, str]
) -> dict[int, Dimension]:
    """Row index -> its class of stock, for the common-stock lines of a balance sheet
    that prints more than one class (see the module's docstring)."""
    if kind != "balance_sheet":
        return {}
    by_block: dict[str | None, dict[int, Dimension]] = {}
    for index, row in enumerate(rows):
        if row.kind != "data" or sections.get(index) not in EQUITY_SECTIONS:
            continue
        member = class_member(row.label)
        if member is not None:
            by_block.setdefault(blocks.get(index), {})[index] = member
    found: dict[int, Dimension] = {}
    for members in by_block.values():
        if len(members) >= 2 and any(m.member != PLAIN_MEMBER for m in members.values()):
            found.update(members)
    return found


def class_member(label: str) -> Dimension | None:
    """The member of a common-stock line: its class's, or CommonStockMember when it names
    none; None for any other line."""
    text = normalise_label(label).text
    match = CLASS_LINE_RE.search(text)
    if match is None:
        return Dimension(CLASS_AXIS, PLAIN_MEMBER) if PLAIN_LINE_RE.search(text) else None
    name = match["class"] or match["class2"] or match["series"] or match["series2"]
    name = name.title() if name in WORDS else name.upper()  # "one" -> "One", "ii" -> "II"
    if match["class"] or match["class2"]:
        return Dimension(CLASS_AXIS, f"CommonClass{name}Member", name.lower() not in BASE_CLASSES)
    return Dimension(CLASS_AXIS, f"Series{name}CommonStockMember", True)
