"""Shared by the narrative readers: check boxes, dates and dollar amounts in words, passages of
lines with offsets back to line and column, text blocks, and which form a filing is."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from xbrlify.model import Filing, SourceSpan

BOX = r"""(?:
      \[ [\s_]* (?:[xX][\s_]*)? \]                        # [X], [ X ], [x], [], [ ], [_]
    | \| [\s_]* (?:[xX][\s_]*)? \|                        # |X|, |_|
    | (?<![\w\[|(/.'-]) [xX] (?![\w\]|)/.'-])             # a lone X typed before its label
)"""
BOX_RE = re.compile(BOX, re.VERBOSE)
MONTH = r"""(?:January|February|March|April|May|June|July|August|September|October|November|December
    |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"""
DATE = rf"""(?:
      \b(?P<month>{MONTH})\.?\s+                          # the month, in full or abbreviated
      (?P<day>\d{{1,2}})(?:st|nd|rd|th)?                  # the day
      \s*,?\s*(?P<year>(?:19|20)\d{{2}})\b                # the year; "May 14,2001" lacks a blank
    | (?<![\d/])(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/        # 12/31/2002, 12/31/02
      (?P<y>(?:19|20)?\d{{2}})(?![\d/])
)"""
DATE_RE = re.compile(DATE, re.VERBOSE | re.IGNORECASE)
AMOUNT = r"""(?P<amount>\$\s?
    (?P<number>\d{1,3}(?:,\d{3})+|\d+)                    # dollars, with or without thousands commas
    (?P<fraction>\.\d+)?                                  # cents, or tenths of a million
    (?:\s+(?P<scale>thousand|million|billion)\b)?         # "$1.2 million"
)"""
MARKUP_LINE_RE = re.compile(r"""
    ^\s*(?:</?(?:PAGE|TABLE|CAPTION|FN|S|C)>\s*\d*\s*)+$  # EDGAR tags alone: <PAGE> 2, <S> <C> <C>
    """, re.VERBOSE | re.IGNORECASE)
PAGE_NUMBER_RE = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")  # a page's footer: "2", "- 2 -"
SIGNATURE_RE = re.compile(r"^\s*SIGNATURES?\s*:?\s*$", re.IGNORECASE)
FORM_TITLE_RE = re.compile(r"""
    ^\s*(?:AMENDMENT\s+NO\.?\s*\d+\s+TO\s+)?              # "AMENDMENT NO. 2 TO" before the name
    FORM\s+(?P<form>[0-9A-Z]+(?:-[0-9A-Z]+)?)             # FORM 8-K, FORM 12B-25, FORM 10-K405
    (?:/A)?\s*$                                           # an amendment's suffix
    """, re.VERBOSE | re.IGNORECASE)
LATE_FILING_TITLE = "NOTIFICATION OF LATE FILING"
MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
SCALES = {None: 0, "thousand": 3, "million": 6, "billion": 9}

Form = Literal["8-K", "12b-25"]


@dataclass(frozen=True)
class Passage:
    """Lines joined by newlines, with the way back from an offset to its line and column."""

    path: str
    numbers: tuple[int, ...]  # the line numbers, in order
    starts: tuple[int, ...]  # the offset in `text` where each line starts
    text: str

    @classmethod
    def of(cls, filing: Filing, first: int, last: int) -> Passage:
        lines = [filing.line_text(n) for n in range(first, last + 1)]
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        return cls(filing.path, tuple(range(first, last + 1)), tuple(starts), "\n".join(lines))

    def span(self, start: int, end: int) -> tuple[SourceSpan, int]:
        """The span of text[start:end] on its first line, and the number of its last line."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        line_end = self.starts[first + 1] - 1 if first + 1 < len(self.starts) else len(self.text)
        base = self.starts[first]
        return SourceSpan(self.path, self.numbers[first], start - base, min(end, line_end) - base), self.numbers[last]


def main_document(filing: Filing) -> tuple[int, int]:
    """First and last line of the filing's first document (exhibits follow it)."""
    document = filing.documents[0]
    return document.first_line, document.last_line


def filing_form(filing: Filing) -> Form | None:
    """"8-K" or "12b-25" from the EDGAR header's submission type, else from the first form
    title of the first document ("FORM 8-K", "AMENDMENT NO. 2 TO FORM 8-K", "FORM 12b-25")."""
    if filing.header and filing.header.submission_type:
        kind = filing.header.submission_type.strip().upper()
        return "8-K" if kind.startswith("8-K") else "12b-25" if kind.startswith("NT ") else None
    first, last = main_document(filing)
    for number in range(first, min(last, first + 80) + 1):
        match = FORM_TITLE_RE.match(filing.line_text(number))
        if match:
            name = match["form"].upper()
            return "8-K" if name.startswith("8-K") else "12b-25" if name == "12B-25" else None
        if LATE_FILING_TITLE in filing.line_text(number).upper():
            return "12b-25"
    return None


def checked(box: str) -> bool:
    return "x" in box.lower()


def parse_date(match: re.Match[str]) -> date | None:
    """The date of a DATE match; None for a date that does not exist ("February 30")."""
    try:
        if match["month"]:
            return date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
        year = int(match["y"])
        year += 0 if year >= 100 else 2000 if year < 50 else 1900
        return date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def date_bounds(match: re.Match[str]) -> tuple[int, int]:
    """Where the date of a DATE match starts and ends."""
    if match["month"]:
        return match.start("month"), match.end("year")
    return match.start("m"), match.end("y")


def parse_dollars(match: re.Match[str]) -> tuple[Decimal, int]:
    """The amount of an AMOUNT match and its XBRL decimals ("$1.2 million" -> 1200000, -5)."""
    fraction = match["fraction"] or ""
    scale = SCALES[match["scale"] and match["scale"].lower()]
    value = Decimal(match["number"].replace(",", "") + fraction).scaleb(scale)
    return value, max(len(fraction) - 1, 0) - scale


def text_block(filing: Filing, first: int, last: int, start_col: int) -> tuple[str, SourceSpan]:
    """Lines first..last as printed, the first from start_col, EDGAR markup lines left out."""
    head = filing.line_text(first)
    rest = (filing.line_text(n) for n in range(first + 1, last + 1))
    value = "\n".join([head[start_col:], *(line for line in rest if not MARKUP_LINE_RE.match(line))])
    return value, SourceSpan(filing.path, first, start_col, len(head))


def trim_end(filing: Filing, first: int, last: int) -> int:
    """The last line of first..last that is text: not blank, markup or a page's number."""
    while last > first and (
        not filing.line_text(last).strip()
        or MARKUP_LINE_RE.match(filing.line_text(last))
        or PAGE_NUMBER_RE.match(filing.line_text(last))
    ):
        last -= 1
    return last
