"""The form a cover page names, whether it amends another, and the period it reports."""

from __future__ import annotations

import re
from typing import NamedTuple

from xbrlify.cover.layout import CoverText
from xbrlify.cover.model import Reading
from xbrlify.cover.values import normalise_form_type, parse_date

FORM = r"(?:N-[A-Z0-9]+|\d{1,2}[A-Z]?-[0-9A-Z]+)"  # "10-Q", "8-K", "10-K405", "12B-25", "N-SAR"
FORM_TITLE_RE = re.compile(
    rf"""^\s*
    (?:(?P<amendment>amendment\s+no\.?\s*\d+)\s+to\s+)?   # "AMENDMENT NO. 2 TO FORM 8-K"
    form\s+(?P<form>{FORM})                              # the title: "FORM 10-Q"
    \s*(?P<amended>/A)?                                  # "FORM 10-K/A"
    [\s,;]*\(?(?P<amendment_after>amendment\s+no\.?\s*\d+)?\)?  # "FORM 10-K/A (Amendment No. 1)"
    \s*$""",
    re.VERBOSE | re.IGNORECASE,
)
AMENDMENT_RE = re.compile(
    r"""\bamendment\s+(?:no\.?|number)\s*   # "Amendment No." / "AMENDMENT NUMBER"
    (?P<number>\d+)\b                        # its number
    """,
    re.VERBOSE | re.IGNORECASE,
)
LATE_FILING_FORM = "12B-25"  # the notification of late filing: its type is "NT " + the form
CHECKED_FORM_RE = re.compile(
    rf"""(?:\[\s*X\s*\]|\(\s*X\s*\)|/X/|_X_)    # a ticked box: [X], (X), /X/, _X_
    \s*(?:transition\s+report\s+on\s+)?          # "[X] Transition Report on Form 10-K"
    form\s+(?P<form>{FORM})                      # the form it ticks
    """,
    re.VERBOSE | re.IGNORECASE,
)
PERIOD_RE = re.compile(
    r"""(?:
        (?:fiscal\s+)?(?:year|quarter|quarterly\s+period|transition\s+period|period)
        \s+ended                                  # "For the quarterly period ended"
      | date\s+of\s+earliest\s+event\s+reported   # Form 8-K, "(Date of earliest event reported)"
    )
    [\s:)]*                                       # a colon or the caption's closing parenthesis
    """,
    re.VERBOSE | re.IGNORECASE,
)
AMENDMENT_NEIGHBOURS = 3  # non-blank lines either side of the title that may say "Amendment No."


class FormReading(NamedTuple):
    form_type: str  # "10-Q", "8-K/A", "NT 10-K"
    title: Reading  # the title as printed ("FORM 8-K")
    amendment: Reading | None  # "AMENDMENT NO. 2"


def read_form(cover: CoverText) -> FormReading | None:
    """The form of the cover's title line, its amendment, and for Form 12b-25 the form
    whose late filing it notifies."""
    for number in cover.numbers:
        match = FORM_TITLE_RE.match(cover.text(number))
        if not match:
            continue
        title = Reading(match[0].strip(), cover.span(number, *stripped_span(match, 0)))
        form = match["form"].upper()
        if form == LATE_FILING_FORM:
            checked = first_match(cover, CHECKED_FORM_RE)
            if checked is None:
                return None
            form = "NT " + checked.text.upper()
        amendment = amendment_near(cover, number)
        if (match["amended"] or amendment) and not form.endswith("/A"):
            form += "/A"
        return FormReading(form, title, amendment) if normalise_form_type(form) else None
    return None


def amendment_near(cover: CoverText, number: int) -> Reading | None:
    lines = [n for n in cover.numbers if cover.text(n).strip()]
    at = lines.index(number)
    neighbours = lines[max(at - AMENDMENT_NEIGHBOURS, 0) : at + AMENDMENT_NEIGHBOURS + 1]
    for near in sorted(neighbours, key=lambda n: abs(n - number)):  # the nearest first
        match = AMENDMENT_RE.search(cover.text(near))
        if match:
            return Reading(match[0], cover.span(near, *match.span()))
    return None


def first_match(cover: CoverText, pattern: re.Pattern[str]) -> Reading | None:
    for number in cover.numbers:
        match = pattern.search(cover.text(number))
        if match:
            return Reading(match["form"], cover.span(number, *match.span("form")))
    return None


def describe_amendment(reading: Reading) -> str:
    """"AMENDMENT NO. 2" -> "Amendment No. 2"."""
    return f"Amendment No. {AMENDMENT_RE.search(reading.text)['number']}"


def read_period(cover: CoverText) -> tuple[str, Reading] | None:
    """The period the report is for (for an 8-K the date of the earliest event reported):
    the date after the first such phrase, or on the line below it, or above its caption."""
    for number in cover.numbers:
        text = cover.text(number)
        for match in PERIOD_RE.finditer(text):
            found = date_at(cover, number, match.end())
            if found is None and not text[match.end() :].strip():
                found = date_at(cover, next_text_line(cover, number, 1), 0)
                if found is None and text.lstrip().startswith("("):  # a caption under its date
                    found = date_at(cover, next_text_line(cover, number, -1), 0, whole=True)
            if found:
                return found
    return None


def date_at(cover: CoverText, number: int, start: int, whole: bool = False) -> tuple[str, Reading] | None:
    """A date at `start` of line `number` (nothing but blanks and punctuation before it)."""
    text = cover.text(number)
    rest = text[start:]
    offset = start + len(rest) - len(rest.lstrip(" :,-)"))
    found = parse_date(text[offset:])
    if not found or found[1].start() != 0 or (whole and text[offset + found[1].end() :].strip()):
        return None
    iso, match = found
    return iso, Reading(match[0], cover.span(number, offset, offset + match.end()))


def next_text_line(cover: CoverText, number: int, step: int) -> int:
    number += step
    while cover.first <= number <= cover.last and not cover.text(number).strip():
        number += step
    return number


def stripped_span(match: re.Match[str], group: int | str) -> tuple[int, int]:
    start, end = match.span(group)
    text = match[group]
    return start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())

