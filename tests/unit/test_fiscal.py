"""Fiscal calendars: year ends printed, inferred from a weekday rule, or fixed; the
periods of year-only and quarter-only columns. Expected dates are read from the filings."""

from datetime import date
from pathlib import Path

import pytest

from xbrlify.fiscal import FiscalCalendar, fiscal_calendar, weekday_end
from xbrlify.periods import Period
from xbrlify.pipeline import inspect_filing
from xbrlify.statements import table_to_statement
from xbrlify.statements.columns import column_period, filing_calendar, year_row_blocks
from xbrlify.statements.kinds import statement_kind

FIXTURES = Path(__file__).parent.parent / "fixtures"
FRIDAY, SATURDAY = 4, 5

# Apple 10-K 1997: header FISCAL YEAR END 0930; the statements print September 26, 1997,
# September 27, 1996 and September 29, 1995; note 1: "the last Friday in September".
APPLE = fiscal_calendar("0930", [date(1997, 9, 26), date(1996, 9, 27), date(1995, 9, 29)], [])


def test_printed_year_ends_on_one_weekday_give_the_last_weekday_rule():
    assert (APPLE.weekday, APPLE.nearest) == (FRIDAY, False)
    # the equity statement prints "Balance as of September 30, 1994"; the 10-K cites the
    # "year ended September 25, 1992"
    assert APPLE.year_end(1994) == date(1994, 9, 30)
    assert APPLE.year_end(1992) == date(1992, 9, 25)
    assert APPLE.year_start(1995) == date(1994, 10, 1)


def test_a_year_end_in_the_next_months_first_days_means_the_nearest_weekday():
    calendar = fiscal_calendar("1231", [date(1999, 1, 2), date(1998, 1, 3)], [])
    assert (calendar.weekday, calendar.nearest) == (SATURDAY, True)
    assert calendar.fiscal_year(date(1999, 1, 2)) == 1998  # named by the year of its nominal end
    assert calendar.year_end(1996) == date(1996, 12, 28)
    assert calendar.year_end(2000) == date(2000, 12, 30)


def test_month_end_calendars_keep_their_month_end():
    calendar = fiscal_calendar("1231", [date(1997, 12, 31), date(1998, 9, 30)], [])
    assert calendar.weekday is None and calendar.printed == (date(1997, 12, 31),)
    assert calendar.year_end(1996) == date(1996, 12, 31)
    feb = fiscal_calendar(None, [date(1999, 2, 28)], [date(1999, 2, 28)])
    assert feb.year_end(2000) == date(2000, 2, 29)


def test_without_a_header_the_twelve_month_ends_name_the_year_end():
    calendar = fiscal_calendar(None, [date(2001, 12, 31), date(2000, 12, 31)], [date(2001, 12, 31)])
    assert calendar.month == 12 and calendar.year_end(1999) == date(1999, 12, 31)
    assert fiscal_calendar(None, [date(2001, 3, 31)], []) is None


def test_same_day_every_year_is_a_fixed_day_not_a_weekday_rule():
    calendar = fiscal_calendar(None, [date(1997, 6, 28), date(2003, 6, 28)], [date(1997, 6, 28)])
    assert calendar.weekday is None and calendar.year_end(2000) == date(2000, 6, 28)


@pytest.mark.parametrize(
    "year, month, weekday, nearest, end",
    [
        (1997, 9, FRIDAY, False, date(1997, 9, 26)),
        (1994, 9, FRIDAY, False, date(1994, 9, 30)),
        (1998, 12, SATURDAY, True, date(1999, 1, 2)),
        (1997, 12, SATURDAY, True, date(1998, 1, 3)),
        (1996, 12, SATURDAY, True, date(1996, 12, 28)),
    ],
)
def test_weekday_end(year, month, weekday, nearest, end):
    assert weekday_end(year, month, weekday, nearest) == end


def test_quarters_of_a_52_53_week_year_are_13_weeks():
    # Apple 10-K Exhibit 27 cites the quarters ended December 27, 1996, March 28, 1997
    # and June 27, 1997
    assert APPLE.quarter(1997, 1) == Period(date(1996, 12, 27), date(1996, 9, 28))
    assert APPLE.quarter(1997, 2) == Period(date(1997, 3, 28), date(1996, 12, 28))
    assert APPLE.quarter(1997, 4) == Period(date(1997, 9, 26), date(1997, 6, 28))
    calendar = FiscalCalendar(month=12)
    assert calendar.quarter(1998, 3) == Period(date(1998, 9, 30), date(1998, 7, 1))


@pytest.mark.parametrize(
    "heading, title, kind, period",
    [
        # year-only headings under a 52/53-week title take the calendar's year ends
        ("1996", "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997", "income_statement", (date(1996, 9, 27), date(1995, 9, 30))),
        ("1995", "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997", "income_statement", (date(1995, 9, 29), date(1994, 10, 1))),
        ("1996", "SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996", "balance_sheet", (date(1996, 9, 27), None)),
        ("FISCAL YEARS ENDED SEPTEMBER 29, 1995", "", "income_statement", (date(1995, 9, 29), date(1994, 10, 1))),
        ("THIRD QUARTER 1998", "", "income_statement", (date(1998, 6, 26), date(1998, 3, 28))),
        ("FOURTH QUARTER", "", "income_statement", (None, None)),  # no year: no period
    ],
)
def test_column_period_with_the_fiscal_calendar(heading, title, kind, period):
    assert column_period(heading, title, kind, APPLE) == period


def periods(fixture: str) -> dict[tuple[int, int], list[str]]:
    """Column periods by (table's first line, line of the statement's first row), for
    every table of a statement's kind: also schedules and MD&A tables, which are not
    converted but whose columns the calendar dates all the same."""
    inspection = inspect_filing(FIXTURES / fixture)
    tables = [(t, statement_kind(t)) for t in inspection.tables if statement_kind(t) != "other" and t.columns]
    fiscal = filing_calendar([t for t, _ in tables], inspection.filing.header.fiscal_year_end)
    statements = []
    for table, kind in tables:
        blocks = year_row_blocks(table)
        statements += [table_to_statement(table, kind, fiscal, year, rows) for year, rows in blocks]
        statements += [] if blocks else [table_to_statement(table, kind, fiscal)]
    found: dict[tuple[int, int], list[str]] = {}
    for statement in statements:
        key = (statement.table.first_line, statement.lines[0].row.lines[0] if statement.lines else 0)
        found[key] = [str(Period(c.end, c.start)) if c.end else "" for c in statement.columns]
    return found


def test_apple_10k_statement_periods():
    found = periods("apple-10k-1997-0001047469-97-006960.txt")
    years = ["1996-09-28..1997-09-26", "1995-09-30..1996-09-27", "1994-10-01..1995-09-29"]
    assert found[(2131, 2136)] == years  # CONSOLIDATED STATEMENTS OF OPERATIONS
    assert found[(2054, 2060)] == ["1997-09-26", "1996-09-27"]
    # five-year summary: fiscal 1994 ended September 30, 1994, fiscal 1993 on September 24, 1993
    assert found[(628, 634)][3:] == ["1993-09-25..1994-09-30", "1992-09-26..1993-09-24"]
    # quarterly data: row blocks "1997" and "1996" under quarter-only columns
    assert found[(3889, 3896)][0] == "1997-06-28..1997-09-26"
    assert found[(3889, 3896)][3] == "1996-09-28..1996-12-27"
    assert found[(3889, 3903)][3] == "1995-09-30..1995-12-29"


def test_apple_10q_statement_periods():
    found = periods("apple-10q-1998-0000320193-98-000008.txt")
    assert found[(117, 124)] == [
        "1998-03-28..1998-06-26", "1997-03-29..1997-06-27",  # thirteen weeks
        "1997-09-27..1998-06-26", "1996-09-28..1997-06-27",  # from the day after the year end
    ]  # fmt: skip
    # MD&A: "Third Quarter / 1998", "Second Quarter / 1998"
    assert found[(716, 724)][:2] == ["1998-03-28..1998-06-26", "1997-12-27..1998-03-27"]


def test_bms_10q_month_end_periods():
    found = periods("bms-10q-1998-0000014272-98-000011.txt")
    (income,) = [v for (line, _), v in found.items() if line == 279]
    assert income == [
        "1998-07-01..1998-09-30", "1997-07-01..1997-09-30", "1998-01-01..1998-09-30", "1997-01-01..1997-09-30",
    ]  # fmt: skip
