"""A filer's fiscal calendar: the day each of its fiscal years ends.

Read from the SEC header's "FISCAL YEAR END: MMDD" (a nominal day: Apple's 52/53-week
years are filed as 0930) and the full dates the statements print within a week of it.
A year ends on the date the filing prints for it; else, when the printed year ends are
not month ends and fall on one weekday (a 52/53-week year), on the day their rule
gives: the last <weekday> of the month, or the <weekday> nearest the month's end (the
rule a year ending in the first days of the next month shows); else on the printed
month and day. A fiscal year is named by the year of its nominal end: a year ending
Saturday January 2, 1999 near December 31 is fiscal 1998.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from xbrlify.periods import Period, is_month_end, months_before

SLACK = 7  # days a 52/53-week year end strays from its nominal day
WEEK = timedelta(weeks=1)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class FiscalCalendar:
    month: int  # the month fiscal years end in, or end near the end of
    day: int | None = None  # the nominal day; None: the month's last
    printed: tuple[date, ...] = ()  # year ends the filing prints
    weekday: int | None = None  # 52/53-week years: the weekday every year ends on (0 Monday)
    nearest: bool = False  # that weekday nearest the month's end, else the last in the month

    def nominal(self, year: int) -> date:
        last = calendar.monthrange(year, self.month)[1]
        return date(year, self.month, last if self.day is None else min(self.day, last))

    def fiscal_year(self, day: date) -> int | None:
        """The fiscal year `day` ends, when it lies within a week of a nominal year end."""
        for year in (day.year, day.year - 1, day.year + 1):
            if abs((day - self.nominal(year)).days) <= SLACK:
                return year
        return None

    def year_end(self, year: int) -> date:
        return self.printed_end(year) or self.ruled_end(year) or self.nominal(year)

    def year_start(self, year: int) -> date:
        return self.year_end(year - 1) + DAY

    def printed_end(self, year: int) -> date | None:
        return next((d for d in self.printed if self.fiscal_year(d) == year), None)

    def ruled_end(self, year: int) -> date | None:
        if self.weekday is None:
            return None
        return weekday_end(year, self.month, self.weekday, self.nearest)

    def known_end_near(self, day: date) -> date | None:
        """The printed or ruled year end within a week of `day` (not a nominal guess)."""
        year = self.fiscal_year(day)
        end = year and (self.printed_end(year) or self.ruled_end(year))
        return end if end and abs((end - day).days) <= SLACK else None

    def quarter(self, year: int, number: int) -> Period:
        """Fiscal quarter 1-4 of a year: three months, or thirteen weeks in a 52/53-week
        year (the fourth runs to the year's end)."""
        start = self.year_start(year)
        if self.weekday is None:
            first = months_before(start - DAY, -3 * (number - 1)) + DAY
            last = months_before(first - DAY, -3)
        else:
            first = start + 13 * (number - 1) * WEEK
            last = first + 13 * WEEK - DAY
        return Period(self.year_end(year) if number == 4 else last, first)


def weekday_end(year: int, month: int, weekday: int, nearest: bool) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    end = last - timedelta(days=(last.weekday() - weekday) % 7)
    return end + WEEK if nearest and (last - end).days > 3 else end


def fiscal_calendar(header_year_end: str | None, dates: Iterable[date], year_ends: Iterable[date]) -> FiscalCalendar | None:
    """The calendar from the header's MMDD, else from the first end of a printed twelve-
    month period (`year_ends`); `dates` are every full date the statements print."""
    nominal = header_nominal(header_year_end) or next(iter(year_ends), None)
    if nominal is None:
        return None
    base = nominal_calendar(nominal)
    printed = tuple(sorted({d for d in dates if base.fiscal_year(d) is not None}, reverse=True))
    return with_rule(replace(base, printed=printed))


def header_nominal(text: str | None) -> date | None:
    """"0930" -> a date in a leap year (so that "0229" is a day)."""
    if not text or len(text.strip()) != 4 or not text.strip().isdigit():
        return None
    try:
        return date(2000, int(text.strip()[:2]), int(text.strip()[2:]))
    except ValueError:
        return None


def nominal_calendar(nominal: date) -> FiscalCalendar:
    """A nominal end in a month's first days is the end of the month before ("nearest")."""
    if nominal.day <= SLACK:
        return FiscalCalendar(month=(nominal - timedelta(days=nominal.day)).month)
    if is_month_end(nominal) or (nominal.month == 2 and nominal.day >= 28):
        return FiscalCalendar(month=nominal.month)
    return FiscalCalendar(month=nominal.month, day=nominal.day)


def with_rule(base: FiscalCalendar) -> FiscalCalendar:
    """The weekday rule the printed year ends follow, else their month and day."""
    ends = base.printed
    if not ends:
        return base
    varied = len(ends) == 1 or len({(d.month, d.day) for d in ends}) > 1  # one day each year: fixed
    if varied and len({d.weekday() for d in ends}) == 1 and not all(is_month_end(d) for d in ends):
        for nearest in (False, True):
            ruled = replace(base, weekday=ends[0].weekday(), nearest=nearest)
            if all(ruled.ruled_end(base.fiscal_year(d)) == d for d in ends):
                return ruled
    latest = ends[0]
    if latest.month != base.month:
        return base
    return replace(base, day=None if is_month_end(latest) else latest.day)
