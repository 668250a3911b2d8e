"""Dates and periods read from statement headings."""

from datetime import date

import pytest

from xbrlify.periods import Length, Period, duration_ending, find_dates, find_length, months_before


@pytest.mark.parametrize(
    "text, dates",
    [
        ("March 31,2001", [date(2001, 3, 31)]),
        ("For the three months ended March 31, 2001", [date(2001, 3, 31)]),
        ("June 26, 1998      September 26, 1997", [date(1998, 6, 26), date(1997, 9, 26)]),
        ("September 30 1998", [date(1998, 9, 30)]),
        ("Sept. 30, 1998 and Dec. 31, 1997", [date(1998, 9, 30), date(1997, 12, 31)]),
        ("February 30, 2001 is no date", []),
        ("Form 10-K for 1997", []),
    ],
)
def test_find_dates(text, dates):
    assert find_dates(text) == dates


@pytest.mark.parametrize(
    "text, length",
    [
        ("For the three months ended March 31, 2001", Length(months=3)),
        ("For the twelve months ended December 31, 2000", Length(months=12)),
        ("NINE MONTHS ENDED", Length(months=9)),
        ("Fiscal Years Ended September 26, 1997", Length(months=12)),
        ("For the Years Ended December 31, 2001, 2000 and 1999", Length(months=12)),
        ("Quarter ended June 30", Length(months=3)),
        ("13 weeks ended", Length(weeks=13)),
        ("Thirty-nine weeks ended", Length(weeks=39)),
        ("December 31, 2000", None),
    ],
)
def test_find_length(text, length):
    assert find_length(text) == length


@pytest.mark.parametrize(
    "end, length, start",
    [
        (date(2001, 3, 31), Length(months=3), date(2001, 1, 1)),
        (date(2000, 12, 31), Length(months=12), date(2000, 1, 1)),
        (date(1998, 6, 26), Length(months=9), date(1997, 9, 27)),  # 52/53-week year: 39 weeks
        (date(1998, 6, 26), Length(months=3), date(1998, 3, 28)),  # Apple 10-Q: 13 weeks, not 1998-03-27
        (date(1997, 6, 27), Length(months=9), date(1996, 9, 28)),
        (date(2001, 2, 28), Length(months=12), date(2000, 3, 1)),  # month end to month start
        (date(1998, 9, 30), Length(months=9), date(1998, 1, 1)),
        (date(1998, 6, 27), Length(weeks=13), date(1998, 3, 29)),
    ],
)
def test_duration_ending(end, length, start):
    assert duration_ending(end, length) == Period(end, start)


def test_a_52_53_week_period_reaching_back_to_the_year_start_starts_after_the_known_year_end():
    # a 53-week year: 39 weeks back from 1999-07-03 is 1998-10-03, the year ended 1998-09-26
    known = {date(1998, 9, 26)}
    near = lambda day: next((d for d in known if abs((d - day).days) <= 7), None)  # noqa: E731
    assert duration_ending(date(1999, 7, 2), Length(months=9), near) == Period(date(1999, 7, 2), date(1998, 9, 27))


def test_months_before_keeps_month_ends():
    assert months_before(date(2001, 3, 31), 1) == date(2001, 2, 28)
    assert months_before(date(2000, 5, 31), 3) == date(2000, 2, 29)
    assert months_before(date(1998, 6, 26), 9) == date(1997, 9, 26)
