"""What each column of a statement means: its role (as reported, a business sold or
acquired, a sub-total, pro forma adjustments, pro forma combined) and its period."""

from __future__ import annotations

import re
from datetime import date

from xbrlify.model import ColumnRole, StatementColumn, StatementKind, Table
from xbrlify.periods import MONTH_DAY_RE, MONTHS, duration_ending, find_dates, find_length

YEAR_ONLY_RE = re.compile(r"\b(?:19|20)\d\d\b")

ROLE_PATTERNS: tuple[tuple[ColumnRole, re.Pattern[str]], ...] = (
    ("adjustments", re.compile(r"\badjustments?\b", re.I)),
    ("pro_forma", re.compile(r"\bpro\s*-?\s*forma\b", re.I)),
    ("subtotal", re.compile(r"\bsub\s*-?\s*totals?\b", re.I)),
    ("business_sold", re.compile(r"\b(?:sale|disposition|disposal|divestiture)\s+of\b|\bsold\b", re.I)),
    ("business_acquired", re.compile(r"\b(?:acquisition|purchase)\s+of\b|\bacquired\b", re.I)),
)
# "(Less)Sale of Clifton Telecard" -> "Clifton Telecard"
BUSINESS_NAME_RE = re.compile(
    r"(?:sale|disposition|disposal|divestiture|acquisition|purchase)\s+of\s+(?P<name>.+)$", re.I
)


def statement_columns(table: Table, kind: StatementKind) -> tuple[StatementColumn, ...]:
    title = " ".join(table.title)
    columns = []
    for column in table.columns:
        heading = " ".join(column.heading)
        role = column_role(heading)
        end, start = column_period(heading, title, kind)
        member = business_name(heading) if role in ("business_sold", "business_acquired") else None
        columns.append(StatementColumn(column.index, role, heading, end, start, member))
    return tuple(columns)


def column_role(heading: str) -> ColumnRole:
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(heading):
            return role
    return "reported"


def business_name(heading: str) -> str | None:
    match = BUSINESS_NAME_RE.search(heading)
    return match["name"].strip(" .,") if match else None


def column_period(heading: str, title: str, kind: StatementKind) -> tuple[date | None, date | None]:
    """(end, start) from the column's own heading, else the title. Balance sheets are
    instants (start None); other statements need a length ("three months ended"), and
    without one the start stays None for the caller to report."""
    end = column_end(heading, title)
    if end is None:
        return None, None
    length = None if kind == "balance_sheet" else find_length(heading) or find_length(title)
    return end, duration_ending(end, length).start if length else None


def column_end(heading: str, title: str) -> date | None:
    """The column's date: its own; or, for a heading that gives a year only ("2000"),
    the title's date in that year ("September 26, 1997 and September 27, 1996"), else
    the title's month and day in that year ("Years Ended December 31, 2001, 2000")."""
    own = find_dates(heading)
    if own:
        return own[0]
    titled = find_dates(title)
    year = YEAR_ONLY_RE.search(heading)
    if year is None:
        return titled[0] if titled else None
    wanted = int(year.group())
    same_year = [d for d in titled if d.year == wanted]
    if same_year:
        return same_year[0]
    model = titled[0] if titled else month_day(title)
    return model.replace(year=wanted) if model else None


def month_day(title: str) -> date | None:
    """"Years ended December 31" with no year printed: the month and day alone."""
    match = MONTH_DAY_RE.search(title)
    if not match:
        return None
    return date(2000, MONTHS[match["month"].lower()], int(match["day"]))  # year replaced by caller
