"""What a table is: a balance sheet, income statement, cash flow or equity statement
(from its title, else from the lines it carries), and the scale of its amounts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from xbrlify.model import StatementKind, Table

T = TypeVar("T")

TITLE_KINDS: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    ("cash_flow", re.compile(r"\bcash\s*flows?\b", re.I)),  # also "CASHFLOWS"
    ("balance_sheet", re.compile(r"\bbalance\s+sheets?\b|\bfinancial\s+(?:position|condition)\b", re.I)),
    ("equity", re.compile(r"\bstatements?\s+of\s+(?:changes\s+in\s+)?(?:\w+\s+)?(?:stock|share)[-\s]?(?:holders|owners)'?\s+"
                          r"(?:equity|investment)\b|\bchanges\s+in\s+.*equity\b", re.I)),
    # not "Results of Operations" alone: MD&A and pro forma notes title their summaries so
    ("income_statement", re.compile(r"\b(?:statements?\s+of\s+(?:consolidated\s+)?(?:results\s+of\s+)?"
                                    r"(?:income|operations|earnings)|income\s+statements?)\b"
                                    r"|\b(?:consolidated|combined)\s+(?:income|earnings)\b(?!\s+tax)", re.I)),  # "CONSOLIDATED INCOME"
    # after income: "Statements of Income and Retained Earnings" is an income statement
    ("equity", re.compile(r"\bstatements?\s+of\s+(?:consolidated\s+)?(?:retained|reinvested)\s+earnings\b", re.I)),
)  # fmt: skip
QUARTERLY_REASON = "quarterly financial data: a schedule, not a primary statement"
# Schedules that repeat statement lines without being statements: reason for leaving them out.
SCHEDULE_TITLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bquarterly\b|\bquarters?\s+ended\b|\binterim\s+(?:financial\s+)?(?:data|results)\b", re.I),
     QUARTERLY_REASON),  # "Condensed interim financial data": the year's quarters
    (re.compile(r"\bselected\s+(?:\w+\s+)?(?:financial\s+)?(?:data|information)\b", re.I),
     "selected financial data: a schedule of several years, not a primary statement"),
    (re.compile(r"\b(?:five|six|ten|eleven)\s+(?:fiscal\s+)?years\b", re.I),
     "selected financial data: a schedule of several years, not a primary statement"),
    (re.compile(r"\bcomputation\s+of\b", re.I), "a computation schedule (e.g. of earnings per share), not a statement"),
    (re.compile(r"\bsegments?\b", re.I), "segment information: the company broken down by segment, not a primary statement"),
    (re.compile(r"\baverage\s+balances?\b", re.I), "average balances and rates: a schedule, not a primary statement"),
    # Regulation S-X schedules: "SCHEDULE X / SUPPLEMENTARY INCOME STATEMENT INFORMATION"
    (re.compile(r"\bschedule\s+(?:[ivx]{1,4}|\d{1,2})\b|\bsupplementary\s+income\s+statement\s+information\b", re.I),
     "a financial statement schedule (Regulation S-X), not a primary statement"),
)  # fmt: skip
LINE_KINDS: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    ("cash_flow", re.compile(r"^net\s+cash\s+(?:provided|used|flows?)\b", re.I)),
    ("balance_sheet", re.compile(r"^total\s+(?:current\s+)?(?:assets|liabilities)\b", re.I)),
    ("income_statement", re.compile(r"^(?:gross\s+(?:profit|margin)|net\s+(?:income|earnings|loss)|net\s+sales)", re.I)),
)
# "(In thousands)", "($ in millions)", "($ millions)", "(millions, except per share)", "(000's omitted)"
SCALE_RE = re.compile(r"(?:\bin\s+|\$\s*|^\W*)(?P<unit>thousands|millions|billions)\b|\b000'?s\s+omitted", re.I)
SCALES = {"thousands": 3, "millions": 6, "billions": 9}
MAX_CAPTION_ROW = 3  # rows looked at for a units caption printed below the column markers


# Lines only one kind of statement carries: they outweigh a title naming another kind
# (a cash flow page headed "Statement of Retained Earnings" by the filer's mistake).
DECISIVE_LINE_KINDS = ("cash_flow", "balance_sheet")


def statement_kind(table: Table) -> StatementKind:
    titled, lined = title_kind(table), lines_kind(table)
    if titled and not (lined in DECISIVE_LINE_KINDS and lined != titled):
        return titled
    return lined


def title_kind(table: Table) -> StatementKind | None:
    """The kind the table's title names ("Consolidated Balance Sheets"), if it names one."""
    return first_named(table, ((pattern, kind) for kind, pattern in TITLE_KINDS))


def lines_kind(table: Table) -> StatementKind:
    labels = [row.label for row in table.data_rows]
    for kind, pattern in LINE_KINDS:  # untitled: two tell-tale lines make the kind
        if sum(1 for label in labels if pattern.search(label)) >= 2 and len(labels) >= 6:
            return kind
    return "other"


# Lines a statement of one kind never carries: a table classed by its lines that holds
# one is a summary of several statements ("financial highlights": earnings, per-share
# data, balance sheet averages, ratios), not a statement.
FOREIGN_LINE_KINDS: dict[StatementKind, tuple[StatementKind, ...]] = {
    "income_statement": ("balance_sheet", "cash_flow"),
    "balance_sheet": ("cash_flow",),  # a small company's equity section may print "Net loss"
    "cash_flow": ("balance_sheet",),
}


def mixes_kinds(table: Table, kind: StatementKind) -> bool:
    foreign = [pattern for other, pattern in LINE_KINDS if other in FOREIGN_LINE_KINDS.get(kind, ())]
    return any(pattern.search(row.label) for row in table.data_rows for pattern in foreign)


def schedule_reason(table: Table) -> str | None:
    """Why a table titled as a schedule (selected data, quarterly data) is no statement."""
    return first_named(table, SCHEDULE_TITLES)


def first_named(table: Table, named: Iterable[tuple[re.Pattern[str], T]]) -> T | None:
    """What the first pattern found in the table's title stands for."""
    title = " ".join(table.title)
    return next((value for pattern, value in named if pattern.search(title)), None)


def table_scale(table: Table) -> int:
    """Thousands, millions or billions from the units caption or title; else units."""
    # also a caption printed as the first row ("(In millions except per share data)")
    captions = [row.label for row in table.rows[:MAX_CAPTION_ROW] if row.kind == "heading" and row.label.startswith("(")]
    for text in (table.units or "", " ".join(table.title), *captions):
        match = SCALE_RE.search(text)
        if match:
            return SCALES[match["unit"].lower()] if match["unit"] else 3
    return 0
