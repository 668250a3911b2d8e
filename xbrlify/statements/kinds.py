"""What a table is: a balance sheet, income statement, cash flow or equity statement
(from its title, else from the lines it carries), and the scale of its amounts."""

from __future__ import annotations

import re

from xbrlify.model import StatementKind, Table

TITLE_KINDS: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    ("cash_flow", re.compile(r"\bcash\s+flows?\b", re.I)),
    ("balance_sheet", re.compile(r"\bbalance\s+sheets?\b|\bfinancial\s+(?:position|condition)\b", re.I)),
    ("equity", re.compile(r"\bstatements?\s+of\s+(?:changes\s+in\s+)?(?:\w+\s+)?(?:stock|share)holders'?\s+"
                          r"(?:equity|investment)\b|\bchanges\s+in\s+.*equity\b", re.I)),
    ("income_statement", re.compile(r"\b(?:statements?\s+of\s+(?:consolidated\s+)?(?:income|operations|earnings)"
                                    r"|income\s+statements?|results\s+of\s+operations)\b", re.I)),
)  # fmt: skip
LINE_KINDS: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    ("cash_flow", re.compile(r"^net\s+cash\s+(?:provided|used|flows?)\b", re.I)),
    ("balance_sheet", re.compile(r"^total\s+(?:current\s+)?(?:assets|liabilities)\b", re.I)),
    ("income_statement", re.compile(r"^(?:gross\s+(?:profit|margin)|net\s+(?:income|earnings|loss)|net\s+sales)", re.I)),
)
SCALE_RE = re.compile(r"\bin\s+(?P<unit>thousands|millions|billions)\b|\b000'?s\s+omitted", re.I)
SCALES = {"thousands": 3, "millions": 6, "billions": 9}


def statement_kind(table: Table) -> StatementKind:
    title = " ".join(table.title)
    for kind, pattern in TITLE_KINDS:
        if pattern.search(title):
            return kind
    labels = [row.label for row in table.data_rows]
    for kind, pattern in LINE_KINDS:  # untitled: two tell-tale lines make the kind
        if sum(1 for label in labels if pattern.search(label)) >= 2 and len(labels) >= 6:
            return kind
    return "other"


def table_scale(table: Table) -> int:
    """Thousands, millions or billions from the units caption or title; else units."""
    for text in (table.units or "", " ".join(table.title)):
        match = SCALE_RE.search(text)
        if match:
            return SCALES[match["unit"].lower()] if match["unit"] else 3
    return 0
