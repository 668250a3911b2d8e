"""What each column of a statement means: its role (as reported, a business sold or
acquired, a sub-total, pro forma adjustments, pro forma combined) and its period, read
with the filing's fiscal calendar (xbrlify/fiscal.py) where the heading leaves the
year's end or the period's start to the reader ("1996", "Third Quarter 1998")."""

from __future__ import annotations

from dataclasses import replace

import re
from datetime import date

from xbrlify.fiscal import FiscalCalendar, fiscal_calendar
from xbrlify.model import ColumnRole, StatementColumn, StatementKind, Table
from xbrlify.periods import DATE_RE, MONTH_DAY_RE, MONTHS, Length, Period, duration_ending, find_dates, find_length, find_spans

YEAR_ONLY_RE = re.compile(r"\b(?:19|20)\d\d\b")
QUARTER_RE = re.compile(
    r"""\b(?:(?P<word>first|second|third|fourth)|(?P<digit>[1-4])(?:st|nd|rd|th))  # "Third", "3rd"
    \s+(?:fiscal\s+)?(?:quarter|qtr\.?|q)(?!\w)""",  # also "4th Q", "1st Qtr."
    re.VERBOSE | re.IGNORECASE,
)
YEAR_ROW_RE = re.compile(r"^(?:fiscal\s+)?(?P<year>(?:19|20)\d\d):?$", re.I)  # "1997", "Fiscal 1997:"
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
YEAR = Length(months=12)

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


def filing_calendar(tables: list[Table], header_year_end: str | None) -> FiscalCalendar | None:
    """The fiscal calendar from the header's year end and every full date the tables'
    titles and headings print (the ends of twelve-month periods stand in for a header)."""
    texts = [" ".join(t.title) for t in tables] + [" ".join(c.heading) for t in tables for c in t.columns]
    dates = [d for text in texts for d in find_dates(text)]
    year_ends = [d for text in texts if find_length(text) == YEAR for d in find_dates(text)]
    return fiscal_calendar(header_year_end, dates, year_ends)


def year_row_blocks(table: Table) -> list[tuple[int, range]]:
    """Quarterly data printed as blocks of rows, each under a year alone ("1997"), with
    columns that name quarters and no year: (year, row indexes) of each block. None when
    a data row stands above the first year."""
    headings = [" ".join(c.heading) for c in table.columns]
    if not all(QUARTER_RE.search(h) and not YEAR_ONLY_RE.search(h) for h in headings):
        return []
    years = [(i, YEAR_ROW_RE.match(r.label.strip())) for i, r in enumerate(table.rows) if r.kind == "heading"]
    starts = [(i, int(match["year"])) for i, match in years if match]
    if not starts or any(r.kind == "data" for r in table.rows[: starts[0][0]]):
        return []
    ends = [i for i, _ in starts[1:]] + [len(table.rows)]
    return [(year, range(start, end)) for (start, year), end in zip(starts, ends)]


def statement_columns(
    table: Table, kind: StatementKind, fiscal: FiscalCalendar | None = None, year: int | None = None
) -> tuple[StatementColumn, ...]:
    title = " ".join((*table.title, table.units or ""))  # a units caption may name the period too
    # a heading printed over one column may name every column's date ("December 31"
    # right-aligned over the last of "1995  1994"): a year alone takes it from there
    siblings = " ".join(" ".join(c.heading) for c in table.columns)
    columns = []
    for column in table.columns:
        heading = " ".join(column.heading)
        role = column_role(heading)
        end, start = column_period(heading, title, kind, fiscal, year)
        if end is None and YEAR_ONLY_RE.fullmatch(heading.strip()):
            end, start = column_period(heading, f"{title} {siblings}", kind, fiscal, year)
        member = business_name(heading) if role in ("business_sold", "business_acquired") else None
        columns.append(StatementColumn(column.index, role, heading, end, start, member))
    return tuple(columns)


def combined_businesses(
    columns: tuple[StatementColumn, ...], formulas: dict[int, tuple[tuple[int, int], ...]]
) -> tuple[StatementColumn, ...]:
    """In a pro forma statement, a reported column of a period after the first is
    another business combined with the company ("AMAZON.COM | JUNGLEE | Adjustments |
    Pro forma"): acquired when the pro forma column adds it, sold when it deducts it.
    The first is the company's own (its historical amounts)."""
    if not any(c.role == "pro_forma" for c in columns):
        return columns
    weights = {column: weight for formula in formulas.values() for column, weight in formula}
    seen: set[tuple] = set()
    combined = []
    for column in columns:
        period = (column.end, column.start)
        if column.role == "reported" and period in seen and column.index in weights:
            role: ColumnRole = "business_acquired" if weights[column.index] > 0 else "business_sold"
            column = replace(column, role=role, member=column.member or column.heading)
        elif column.role == "reported":
            seen.add(period)
        combined.append(column)
    return tuple(combined)


def column_role(heading: str) -> ColumnRole:
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(heading):
            return role
    return "reported"


def business_name(heading: str) -> str | None:
    match = BUSINESS_NAME_RE.search(heading)
    return match["name"].strip(" .,") if match else None


def column_period(
    heading: str, title: str, kind: StatementKind, fiscal: FiscalCalendar | None = None, year: int | None = None
) -> tuple[date | None, date | None]:
    """(end, start) from the column's own heading, else the title. Balance sheets are
    instants (start None); other statements need a length ("three months ended") or a
    fiscal quarter ("Third Quarter 1998", or "Third Quarter" of the rows' `year`), and
    without one the start stays None for the caller to report."""
    quarter = fiscal_quarter(heading, fiscal, year) if kind != "balance_sheet" else None
    if quarter:
        return quarter.end, quarter.start
    end = column_end(heading, title, fiscal)
    if end is None:
        return None, None
    span = next((p for p in find_spans(heading) + find_spans(title) if p.end == end), None)
    if span and kind != "balance_sheet":  # "period from June 3, 1996 (inception) to December 31, 1996"
        return end, span.start
    length = None if kind == "balance_sheet" else find_length(heading) or find_length(title)
    if length is None and kind == "equity" and fiscal and YEAR_ONLY_RE.fullmatch(heading.strip()):
        length = YEAR  # an equity statement's column of a year's changes ("1993  1992")
    return end, period_start(end, length, fiscal) if length else None


def period_start(end: date, length: Length, fiscal: FiscalCalendar | None) -> date:
    """A fiscal year starts the day after the year before it ends; other periods are
    counted back from their end (52/53-week ones snap to a known fiscal year end)."""
    year = fiscal.fiscal_year(end) if fiscal else None
    if year is not None and length == YEAR and fiscal.year_end(year) == end:
        return fiscal.year_start(year)
    return duration_ending(end, length, fiscal.known_end_near if fiscal else None).start


def fiscal_quarter(heading: str, fiscal: FiscalCalendar | None, year: int | None = None) -> Period | None:
    """"Third Quarter 1998": that quarter of fiscal 1998, when no date is printed."""
    match = QUARTER_RE.search(heading)
    printed = YEAR_ONLY_RE.search(heading)
    year = int(printed.group()) if printed else year
    if fiscal is None or match is None or year is None or find_dates(heading):
        return None
    number = QUARTER_WORDS[match["word"].lower()] if match["word"] else int(match["digit"])
    return fiscal.quarter(year, number)


def column_end(heading: str, title: str, fiscal: FiscalCalendar | None = None) -> date | None:
    """The column's date: its own; or, for a heading that gives a year only ("2000"),
    that fiscal year's end when the title's date is a year end of the fiscal calendar;
    else the title's date in that year ("September 26, 1997 and September 27, 1996"),
    else the title's month and day in that year ("Years Ended December 31, 2001, 2000")."""
    own = find_dates(heading)
    if len(own) > 1 and (picked := date_of_own_year(heading, own)):
        return picked  # "13 Weeks Ended July 3, 2004 and June 28, 2003" over "2003"
    if own:
        return own[0]
    titled = find_dates(title)
    year = YEAR_ONLY_RE.search(heading)
    if year is None:
        return titled[0] if titled else None
    wanted = int(year.group())
    model = titled[0] if titled else month_day(title)
    if fiscal and model and fiscal.fiscal_year(model) is not None:
        return fiscal.year_end(wanted)
    if fiscal and model is None and YEAR_ONLY_RE.fullmatch(heading.strip()):
        return fiscal.year_end(wanted)  # "1993" and no date anywhere: that fiscal year's end
    same_year = [d for d in titled if d.year == wanted]
    if same_year:
        return same_year[0]
    return model.replace(year=wanted) if model else None


def date_of_own_year(heading: str, dates: list[date]) -> date | None:
    """Of the dates a spanning heading names, the one in the year printed alone under it."""
    bare = YEAR_ONLY_RE.findall(DATE_RE.sub(" ", heading))
    matching = [d for d in dates if bare and d.year == int(bare[-1])]
    return matching[0] if len(matching) == 1 else None


def month_day(title: str) -> date | None:
    """"Years ended December 31" with no year printed: the month and day alone."""
    match = MONTH_DAY_RE.search(title)
    if not match:
        return None
    return date(2000, MONTHS[match["month"].lower()], int(match["day"]))  # year replaced by caller
