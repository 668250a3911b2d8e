"""Which section of its statement each line is in: a "Notes payable" line means a
current or a non-current liability depending on where it stands. Sections come from
section headings and from the totals that close them ("Total current assets")."""

from __future__ import annotations

import re

from xbrlify.model import Row, StatementKind

# (pattern on a heading row, section it opens)
HEADING_SECTIONS: dict[StatementKind, tuple[tuple[re.Pattern[str], str], ...]] = {
    "balance_sheet": (
        (re.compile(r"\bcurrent\s+assets\b", re.I), "current_assets"),
        (re.compile(r"\b(?:property|equipment|other\s+assets|non-?current\s+assets|investments)\b", re.I),
         "noncurrent_assets"),
        (re.compile(r"\bcurrent\s+liabilities\b", re.I), "current_liabilities"),
        (re.compile(r"\b(?:long[- ]term|non-?current)\s+(?:liabilities|debt)\b", re.I), "noncurrent_liabilities"),
        (re.compile(r"\b(?:stock|share)holders'?\s+(?:equity|investment)\b|\bcapital\s+stock\b", re.I), "equity"),
    ),
    "cash_flow": (
        (re.compile(r"\boperating\b", re.I), "operating"),
        (re.compile(r"\binvesting\b", re.I), "investing"),
        (re.compile(r"\bfinancing\b", re.I), "financing"),
        (re.compile(r"\bsupplement", re.I), "supplemental"),
    ),
}  # fmt: skip
# (pattern on a data row's label, section of that row, section after it)
CLOSING_TOTALS: dict[StatementKind, tuple[tuple[re.Pattern[str], str, str], ...]] = {
    "balance_sheet": (
        (re.compile(r"^total\s+current\s+assets\b", re.I), "current_assets", "noncurrent_assets"),
        (re.compile(r"^total\s+assets\b", re.I), "noncurrent_assets", "current_liabilities"),
        (re.compile(r"^total\s+current\s+liabilities\b", re.I), "current_liabilities", "noncurrent_liabilities"),
        (re.compile(r"^total\s+liabilities\s*$", re.I), "noncurrent_liabilities", "equity"),
    ),
}
EQUITY_LINE_RE = re.compile(
    r"^(?:common|preferred|capital)\s+stock\b|^additional\s+paid|^retained\s+earnings|^accumulated\s+deficit"
    r"|^treasury\s+stock|^(?:total\s+)?(?:stock|share)holders'?\s+equity",
    re.I,
)
FIRST_SECTION: dict[StatementKind, str] = {"balance_sheet": "current_assets"}


def line_sections(kind: StatementKind, rows: tuple[Row, ...]) -> dict[int, str | None]:
    """For each data row (by its index in `rows`), its section."""
    section = FIRST_SECTION.get(kind)
    found: dict[int, str | None] = {}
    for index, row in enumerate(rows):
        label = row.label.strip()
        if row.kind == "heading":
            section = heading_section(kind, label) or section
            continue
        if row.kind != "data":
            continue
        if kind == "balance_sheet" and EQUITY_LINE_RE.search(label):
            section = "equity"
        closing = closing_total(kind, label)
        found[index] = closing[0] if closing else section
        if closing:
            section = closing[1]
    return found


def heading_section(kind: StatementKind, label: str) -> str | None:
    for pattern, section in HEADING_SECTIONS.get(kind, ()):
        if pattern.search(label):
            return section
    return None


def closing_total(kind: StatementKind, label: str) -> tuple[str, str] | None:
    for pattern, own, after in CLOSING_TOTALS.get(kind, ()):
        if pattern.search(label):
            return own, after
    return None
