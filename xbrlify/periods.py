"""Dates and periods as statements print them: "March 31,2001", "For the three months
ended March 31, 2001", "THREE MONTHS ENDED / June 26, / 1998", "Years Ended December 31".

A period of N months ending on a month's last day starts on the first day of a month.
Ending on another day, it belongs to a 52/53-week calendar: N months are 13*N/3 weeks,
and a period that reaches back to the start of a fiscal year starts the day after that
year's end as the filer's fiscal calendar (xbrlify/fiscal.py) knows it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from collections.abc import Callable
from datetime import date, timedelta

YearEndFinder = Callable[[date], "date | None"]
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

DATE_RE = re.compile(
    r"""\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December
              |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?   # a month, full or short
    \s+(?P<day>\d{1,2})                                                  # its day
    (?:\s*,\s*|\s+)(?P<year>(?:19|20)\d\d)\b                             # "31, 2001", "31,2001", "31 2001"
    """,
    re.VERBOSE | re.IGNORECASE,
)
MONTH_DAY_RE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<day>\d{1,2})\b(?!\s*,?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12,
    "thirteen": 13, "twenty-six": 26, "thirty-nine": 39, "fifty-two": 52, "fifty-three": 53,
}  # fmt: skip
LENGTH_RE = re.compile(
    r"""\b(?P<count>\d{1,2}|one|two|three|four|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three)
    [\s-]+(?P<unit>months?|weeks?)\b                      # "three months", "13-week", "twelve months"
    | \b(?P<year>(?:fiscal\s+)?years?)\s+ended\b          # "year ended", "fiscal years ended"
    | \b(?P<quarter>quarters?)\s+ended\b                  # "quarter ended"
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, order=True)
class Period:
    """An instant (start is None) or a duration from start to end, both days included."""

    end: date
    start: date | None = None

    @property
    def is_instant(self) -> bool:
        return self.start is None

    def __str__(self) -> str:
        return self.end.isoformat() if self.start is None else f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True)
class Length:
    """How long a period is: months or weeks."""

    months: int = 0
    weeks: int = 0


def find_dates(text: str) -> list[date]:
    """Every full date in the text, in order of appearance; impossible dates skipped."""
    found = []
    for match in DATE_RE.finditer(text):
        try:
            found.append(date(int(match["year"]), MONTHS[match["month"].lower().rstrip(".")], int(match["day"])))
        except ValueError:
            continue
    return found


SPAN_RE = re.compile(r"\bfrom\s+(?P<start>[^()]{6,30}?)\s*(?:\([^)]*\)\s*)?(?:to|through)\s+(?P<end>[^()]{6,30})", re.I)


def find_spans(text: str) -> list[Period]:
    """Periods printed whole: "period from June 3, 1996 (inception) to December 31, 1996"."""
    spans = []
    for match in SPAN_RE.finditer(text):
        starts, ends = find_dates(match["start"]), find_dates(match["end"])
        if starts and ends and starts[0] < ends[0]:
            spans.append(Period(ends[0], starts[0]))
    return spans


def find_length(text: str) -> Length | None:
    """The length a heading names ("three months ended", "year ended"), if any."""
    match = LENGTH_RE.search(text)
    if not match:
        return None
    if match["year"]:
        return Length(months=12)
    if match["quarter"]:
        return Length(months=3)
    count = match["count"].lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS[count]
    return Length(weeks=number) if match["unit"].lower().startswith("week") else Length(months=number)


def duration_ending(end: date, length: Length, year_end_near: YearEndFinder | None = None) -> Period:
    """The period of `length` ending on `end`. `year_end_near(day)` gives the fiscal
    year end known to lie within a few days of `day`, if any."""
    if length.weeks:
        return Period(end, end - timedelta(weeks=length.weeks) + timedelta(days=1))
    if is_month_end(end):
        return Period(end, months_before(end, length.months) + timedelta(days=1))
    start = end - timedelta(weeks=round(13 * length.months / 3)) + timedelta(days=1)
    known = year_end_near(day_before(start)) if year_end_near else None
    return Period(end, known + timedelta(days=1) if known else start)


def is_month_end(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier; from a month's last day, that month's last day."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    at_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, month + 1, last if at_month_end else min(day.day, last))


def day_before(day: date) -> date:
    return day - timedelta(days=1)


# "January 1" with no year: the start of a calendar year's column ("BALANCE, JANUARY 1")
OPENING_RE = re.compile(r"\b(?:beginning|opening)\b|\bat\s+start\b|\bjanuary\s+1\b(?!\s*,?\s*\d)", re.I)


def is_opening_label(label: str) -> bool:
    """"Accumulated deficit at beginning", "Cash at January 1": a balance at the start
    of the period, an instant at the end of the day before it starts."""
    return bool(OPENING_RE.search(label))
