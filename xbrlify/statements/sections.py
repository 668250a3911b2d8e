"""Which section of its statement each line is in: a "Notes payable" line means a
current or a non-current liability depending on where it stands. Sections come from
section headings and from the totals that close them ("Total current assets")."""

from __future__ import annotations

import re
from itertools import groupby

from xbrlify.model import Row, StatementKind

# "Stockholders' equity", "Shareowner's equity", "Share-owners' equity", "Shareholders' deficit"
OWNERS_EQUITY = r"\b(?:stock|share)[-\s]?(?:holder|owner)s?'?s?'?\s+(?:equity|investment|deficit)\b"
NONINTEREST = r"(?:non-?\s?interest|other\s+than\s+interest)"  # "Noninterest", "Non-interest", "Non interest"
# (pattern on a heading row, section it opens)
HEADING_SECTIONS: dict[StatementKind, tuple[tuple[re.Pattern[str], str], ...]] = {
    "balance_sheet": (
        (re.compile(r"\bcurrent\s+assets\b", re.I), "current_assets"),
        (re.compile(r"\b(?:property|equipment|other\s+assets|non-?current\s+assets|investments)\b", re.I),
         "noncurrent_assets"),
        (re.compile(r"\bcurrent\s+liabilities\b", re.I), "current_liabilities"),
        (re.compile(r"\b(?:long[- ]term|non-?current)\s+(?:liabilities|debt)\b", re.I), "noncurrent_liabilities"),
        # "LIABILITIES AND STOCKHOLDERS' EQUITY" heads the liabilities first, equity later
        (re.compile(r"^liabilities\b", re.I), "current_liabilities"),
        (re.compile(rf"{OWNERS_EQUITY}|\bcapital\s+stock\b", re.I), "equity"),
    ),
    "income_statement": (
        # the parts whose bare "Other" lines mean other revenue, other operating costs or
        # other nonoperating items ("Costs and expenses:", "Other income (expense):")
        (re.compile(r"^(?:net\s+)?(?:operating\s+)?(?:revenues?|sales(?:\s+and\s+(?:other\s+)?revenues?)?)\s*:?$", re.I),
         "revenue"),
        (re.compile(r"^(?:operating\s+)?(?:costs?\s+and\s+expenses|(?:operating\s+)?expenses|costs)\s*:?$", re.I),
         "costs_and_expenses"),
        (re.compile(r"^(?:other|nonoperating|non-operating)\s+(?:income|expenses?|\(?income\)?\s*(?:and\s+)?\(?expenses?\)?"
                    r"|\(?expenses?\)?\s*(?:and\s+)?\(?income\)?)(?:\s*,?\s*net)?\s*:?$", re.I), "other_income_expense"),
        # a bank's parts: "INTEREST INCOME:", "Interest and dividend income:", "Interest
        # expense:", "Noninterest revenue:", "Non-interest expense:" (bare "Loans" or
        # "Deposits" under them are interest on those, "Other" the part's other item)
        (re.compile(r"^interest\s+(?:and\s+(?:dividend|fee)s?\s+)?income(?:\s+on)?\s*:?$", re.I), "interest_income"),
        (re.compile(r"^interest\s+expense(?:\s+on)?\s*:?$", re.I), "interest_expense"),
        (re.compile(rf"^{NONINTEREST}\s+(?:income|revenues?)\s*:?$", re.I), "noninterest_income"),
        (re.compile(rf"^{NONINTEREST}\s+expenses?\s*:?$", re.I), "noninterest_expense"),
        # "Shares used in computing earnings per share", "Average common shares outstanding"
        (re.compile(r"^(?:(?:weighted\s+)?average\s+(?:number\s+of\s+)?(?:common\s+)?shares|shares\s+used"
                    r"|number\s+of\s+shares)\b", re.I), "share_counts"),
        # "AMOUNTS PER SHARE OF COMMON STOCK", "Earnings (loss) per common share:"
        (re.compile(r"\bper\s+(?:common\s+|average\s+)?share\b", re.I), "per_share"),
    ),
    "cash_flow": (
        (re.compile(r"\boperating\b", re.I), "operating"),
        (re.compile(r"\binvesting\b", re.I), "investing"),
        (re.compile(r"\bfinancing\b", re.I), "financing"),
        (re.compile(r"\bsupplement", re.I), "supplemental"),
    ),
}  # fmt: skip
# (pattern on a data row's label, section of that row, section after it)
CLOSING_TOTALS: dict[StatementKind, tuple[tuple[re.Pattern[str], str | None, str | None], ...]] = {
    "balance_sheet": (
        (re.compile(r"^total\s+current\s+assets\b", re.I), "current_assets", "noncurrent_assets"),
        (re.compile(r"^total\s+assets\b", re.I), "noncurrent_assets", "current_liabilities"),
        (re.compile(r"^total\s+current\s+liabilities\b", re.I), "current_liabilities", "noncurrent_liabilities"),
        (re.compile(r"^total\s+liabilities\s*$", re.I), "noncurrent_liabilities", "equity"),
    ),
    # the total of a part, or a result line, ends the part: "Other" below it is no part's
    "income_statement": (
        (re.compile(r"^total\s+(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)\b", re.I), "revenue", None),
        (re.compile(r"^total\s+(?:operating\s+)?(?:costs?\s+and\s+expenses|expenses|costs)\b", re.I), "costs_and_expenses", None),
        (re.compile(r"^total\s+other\b", re.I), "other_income_expense", None),
        (re.compile(r"^total\s+interest\s+(?:and\s+(?:dividend|fee)s?\s+)?income\b", re.I), "interest_income", None),
        (re.compile(r"^total\s+interest\s+expense\b", re.I), "interest_expense", None),
        (re.compile(rf"^total\s+{NONINTEREST}\s+(?:income|revenues?)\b", re.I), "noninterest_income", None),
        (re.compile(rf"^total\s+{NONINTEREST}\s+expenses?\b", re.I), "noninterest_expense", None),
        # a bank's net interest income (before or after the provision) closes its interest parts
        (re.compile(r"^net\s+interest\s+income\b", re.I), None, None),
        (re.compile(r"^(?:gross\s+(?:profit|margin)|operating\s+(?:income|profit|loss|earnings)|(?:income|earnings|loss)"
                    r"\s+(?:\(loss\)\s+)?(?:before|from)\b|net\s+(?:income|earnings|loss))", re.I), None, None),
    ),
}
EQUITY_LINE_RE = re.compile(
    r"^(?:common|preferred|capital)\s+(?:stock|shares)\b|^additional\s+paid|^retained\s+earnings|^accumulated\s+deficit"
    rf"|^treasury\s+stock|^(?:total\s+)?{OWNERS_EQUITY}",
    re.I,
)
FIRST_SECTION: dict[StatementKind, str] = {"balance_sheet": "current_assets"}
# A balance sheet's parts: their sections, and the section each part starts in
PART_OF = {"current_assets": "assets", "noncurrent_assets": "assets",
           "current_liabilities": "liabilities", "noncurrent_liabilities": "liabilities"}  # fmt: skip
PART_START = {"noncurrent_assets": "current_assets", "noncurrent_liabilities": "current_liabilities"}
# Words of a classified balance sheet: "Current assets:", "Total current liabilities", "Long-term liabilities"
CLASSIFIED_RE = re.compile(r"\b(?:current|non-?current|long[- ]term)\s+(?:assets|liabilities)\b", re.I)
SUB_HEADING_RE = re.compile(r"^(?:basic|diluted|primary|fully\s+diluted|assuming\s+dilution)\b", re.I)
PER_SHARE_LABEL_RE = re.compile(r"\bper\s+(?:common\s+|average\s+)?share\b", re.I)
PRICE_RE = re.compile(
    r"\$\s*[\d.,]*\d\s+per\s+(?:common\s+|preferred\s+)?share\b"  # "at $.001 per share"
    r"|\bper\s+share\s*[-:]?\s*\$\s*[\d.,]*\d",  # "Dividends (per share-$.44)"
    re.I,
)


def names_per_share(label: str) -> bool:
    """The line is an amount per share ("Net loss per share"), not an amount whose
    label quotes a price ("Repurchase of founder stock at $.001 per share")."""
    return bool(PER_SHARE_LABEL_RE.search(PRICE_RE.sub(" ", label)))
# A count of shares, even when it names what it serves ("Common and common equivalent
# shares used in the calculations of earnings (loss) per share"): its subject is shares.
SHARE_COUNT_LABEL_RE = re.compile(
    r"^(?:(?:weighted\s+)?average\s+(?:number\s+of\s+)?(?:common\s+)?shares|number\s+of\s+shares)\b"
    r"|^(?:[a-z]+\s+){0,6}?shares\s+(?:used|outstanding)\b",
    re.I,
)


UNITS_CAPTION_RE = re.compile(
    r"^\(?\s*(?:(?:dollars|amounts|\$)\s+)?in\s+(?:thousands|millions|billions)\b|\bexcept\s+(?:for\s+)?per[\s-]+share\b",
    re.I,
)


def line_sections(kind: StatementKind, rows: tuple[Row, ...], blocks: dict[int, str] | None = None) -> dict[int, str | None]:
    """For each data row (by its index in `rows`), its section. `blocks` (row index ->
    sector) are a statement's sector blocks: each block of a balance sheet's part has
    its own current and noncurrent lines, so a block starts at the part's first section."""
    blocks = blocks or {}
    section = FIRST_SECTION.get(kind)
    found: dict[int, str | None] = {}
    sector: str | None = None
    for index, row in enumerate(rows):
        label = row.label.strip()
        if row.kind == "heading":
            if not wrapped_label(kind, rows, index):
                section = next_section(kind, label, section)
            continue
        if row.kind != "data":
            continue
        if kind == "balance_sheet" and blocks.get(index) and blocks.get(index) != sector:
            section = PART_START.get(section or "", section)
        sector = blocks.get(index)
        if kind == "balance_sheet" and EQUITY_LINE_RE.search(label):
            section = "equity"
        # per-share and share-count blocks print "Income before ..." and "Net income" lines
        closing = closing_total(kind, label) if section not in ("per_share", "share_counts") else None
        found[index] = closing[0] if closing else section
        if kind == "income_statement" and SHARE_COUNT_LABEL_RE.search(label):
            found[index] = "share_counts"
        elif kind == "income_statement" and names_per_share(label):
            found[index] = "per_share"  # "Net income (loss) per common share" in any section
        if closing:
            section = closing[1]
    if kind == "balance_sheet":
        found = unclassified_parts(rows, found, blocks)
    return found


def wrapped_label(kind: StatementKind, rows: tuple[Row, ...], index: int) -> bool:
    """An income statement's heading row that is only the first line of a label wrapped
    onto the next, indented, line ("Federal Funds Sold and Securities" / "Purchased Under
    Resale Agreements  94"): no colon, no section of its own. It ends no section."""
    row = rows[index]
    after = next((r for r in rows[index + 1:] if r.kind != "rule"), None)
    return (kind == "income_statement" and after is not None and after.kind == "data" and after.indent > row.indent
            and not row.label.rstrip().endswith(":") and heading_section(kind, row.label.strip()) is None)


NEXT_SECTION = {"current_assets": "noncurrent_assets", "current_liabilities": "noncurrent_liabilities"}


def sections_closed_by_totals(rows: tuple[Row, ...], sections: dict[int, str | None], totals: dict) -> dict[int, str | None]:
    """An unlabelled total of every line of the current assets (or liabilities) closes
    them as "Total current assets" would: the lines below, until a heading or a line
    opens another section, are noncurrent."""
    closed = dict(sections)
    opened: dict[str, int] = {}  # section -> its first data row
    moving: tuple[str, str] | None = None
    for index, row in enumerate(rows):
        section = closed.get(index)
        if index not in closed:
            continue
        if moving and section == moving[0]:
            closed[index] = moving[1]
            continue
        moving = None
        opened.setdefault(section or "", index)
        children = {child for child, _ in totals.get(index, ((), ()))[0]}
        if section in NEXT_SECTION and not row.label.strip() and opened[section] in children:
            moving = (section, NEXT_SECTION[section])
    return closed


def items_take_total_section(sections: dict[int, str | None], totals: dict) -> dict[int, str | None]:
    """The items of a share-count or per-share total are counts or per-share amounts
    too: "Dilutive effect of stock options" between "Average shares outstanding" and
    "Average shares outstanding assuming dilution", which sums the two."""
    spread = dict(sections)
    for index, (children, _) in totals.items():
        if sections.get(index) in ("share_counts", "per_share"):
            for child, _ in children:
                spread[child] = sections[index]
    return spread


def unclassified_parts(rows: tuple[Row, ...], found: dict[int, str | None], blocks: dict[int, str]) -> dict[int, str | None]:
    """A run of asset (or liability) lines, of one sector block or of none, that
    nowhere speaks of current items (no "Current assets" heading, no "Total current
    liabilities" line, from the line before the run to its end) is unclassified: a
    bank's or a finance arm's. Its lines are in the part's section ("assets",
    "liabilities"), where no rule gives a current or noncurrent concept."""
    result = dict(found)
    after = 0  # the first row of the next run's span (its headings included)
    for (_, part), group in groupby(sorted(found), key=lambda i: (blocks.get(i), PART_OF.get(found[i] or ""))):
        indexes = list(group)
        span = rows[after:indexes[-1] + 1]
        after = indexes[-1] + 1
        if part and not any(CLASSIFIED_RE.search(row.label) for row in span if row.kind in ("heading", "data")):
            result.update({i: part for i in indexes})
    return result


def next_section(kind: StatementKind, label: str, current: str | None) -> str | None:
    """The section a heading opens. In an income statement a heading that opens none
    ends the one before ("COMPREHENSIVE INCOME" after the per-share block), except the
    "Basic" and "Diluted" sub-headings of a per-share block. A units caption printed
    among the rows ("(In millions except per share data)") opens nothing."""
    if UNITS_CAPTION_RE.search(label):
        return current
    found = heading_section(kind, label)
    if found or kind != "income_statement" or SUB_HEADING_RE.search(label):
        return found or current
    return None


def heading_section(kind: StatementKind, label: str) -> str | None:
    for pattern, section in HEADING_SECTIONS.get(kind, ()):
        if pattern.search(label):
            return section
    return None


def closing_total(kind: StatementKind, label: str) -> tuple[str | None, str | None] | None:
    for pattern, own, after in CLOSING_TOTALS.get(kind, ()):
        if pattern.search(label):
            return own, after
    return None


SCALE_NOTE_RE = re.compile(r"\(\s*in\s+(?P<unit>thousands|millions|billions)\s*\)", re.I)
SCALE_UNITS = {"thousands": 3, "millions": 6, "billions": 9}


def line_scales(rows: tuple[Row, ...]) -> dict[int, int]:
    """Lines with a scale of their own: a label or the heading above a block that
    says "(in thousands)" where the statement is in millions (share counts)."""
    scales: dict[int, int] = {}
    block: int | None = None
    for index, row in enumerate(rows):
        note = SCALE_NOTE_RE.search(row.label)
        if row.kind == "heading":
            block = SCALE_UNITS[note["unit"].lower()] if note else (block if SUB_HEADING_RE.search(row.label) else None)
        elif row.kind == "data":
            own = SCALE_UNITS[note["unit"].lower()] if note else block
            if own is not None:
                scales[index] = own
    return scales
