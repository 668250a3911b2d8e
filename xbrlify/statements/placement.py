"""Where in a filing a table sits: in Management's Discussion and Analysis, in selected
financial data, in the notes, or elsewhere.

A 10-K or 10-Q prints the primary statements once, but MD&A, selected financial data
and the notes repeat their lines ("Net sales", "Total assets") in tables of their own:
summaries, five-year schedules, segment data. Those are not primary statements. The
part a table belongs to is the nearest heading above it in its document: an "Item N."
heading (its words say which part), a centred "MANAGEMENT'S DISCUSSION AND ANALYSIS",
"NOTES TO CONSOLIDATED FINANCIAL STATEMENTS" or "NOTE 3." heading. Lines of a table of
contents (a page number on the line or the next) and sentences that merely name a
part (they run on, or end with a period) are not headings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

from xbrlify.model import Filing, Table
from xbrlify.numbers import rule_chunks
from xbrlify.tables.regions import looks_like_prose

Part = Literal["mdna", "selected_data", "notes", "other"]

ITEM_RE = re.compile(r"^\s*(?:part\s+[ivx]+\s*[.,:-]?\s*)?item\s+\d{1,2}[a-z]?\s*[.:-]+\s*(?P<words>.*)$", re.I)
MDNA_RE = re.compile(r"management'?s\s+discussion", re.I)
SELECTED_RE = re.compile(r"selected\s+(?:consolidated\s+)?financial\s+data", re.I)
# also an annual report's running page header "management discussion"
MDNA_HEADING_RE = re.compile(r"^\s*management'?s?\s+discussion(?:\s+and\s+analysis)?\b[^.]*$", re.I)
NOTES_HEADING_RE = re.compile(
    r"^\s*notes\s+to\s+(?:the\s+)?(?:condensed\s+)?(?:consolidated\s+)?financial\s+statements"
    r"(?:\s*[-(]?\s*(?:unaudited|continued)\)?)*\s*$",
    re.I,
)
NOTE_HEADING_RE = re.compile(r"^\s*note\s+\d{1,2}\s*[.:-]", re.I)
PAGE_REFERENCE_RE = re.compile(r"(?:\d|\.{3,})\s*$")  # "....... 14", "6 - 14": a contents line
MAX_HEADING_LENGTH = 100
MAX_PAGE_HEAD_LINES = 8  # lines of a page's head (running header, company, title, date) above a table


def heading_part(filing: Filing, number: int) -> Part | None:
    """The part a line opens when it is a heading, else None."""
    text = filing.line_text(number)
    part = heading_words_part(filing, number, text)
    if part is None or len(text.strip()) > MAX_HEADING_LENGTH or is_contents_line(filing, number):
        return None
    return part


def heading_words_part(filing: Filing, number: int, text: str) -> Part | None:
    item = ITEM_RE.match(text)
    if item:
        words = item["words"] + " " + filing.line_text(number + 1) if number < len(filing.lines) else item["words"]
        if MDNA_RE.search(words):
            return "mdna"
        return "selected_data" if SELECTED_RE.search(words) else "other"
    if MDNA_HEADING_RE.match(text):
        return "mdna"
    if NOTES_HEADING_RE.match(text) or NOTE_HEADING_RE.match(text):
        return "notes"
    return None


def is_contents_line(filing: Filing, number: int) -> bool:
    """A table-of-contents entry: a page number ends it or the line it wraps onto."""
    following = filing.line_text(number + 1) if number < len(filing.lines) else ""
    return bool(PAGE_REFERENCE_RE.search(filing.line_text(number)) or PAGE_REFERENCE_RE.search(following))


class Placements:
    """The headings of each document of a filing, to look up which part a table is in."""

    def __init__(self, filing: Filing, tables: list[Table], statement_starts: set[int] = frozenset()):
        """`statement_starts`: first lines of tables titled as statements. A statement
        ends MD&A and selected data: an annual report (EX-13) prints its statements
        right after MD&A, with no heading between, and untitled parts of them follow."""
        self.filing = filing
        inside_tables = {n for t in tables for n in range(t.first_line, t.last_line + 1)}
        self.headings: dict[int, tuple[list[int], list[Part]]] = {}
        for document in filing.documents:
            lines, parts = [], []
            for number in range(document.first_line, document.last_line + 1):
                part = None if number in inside_tables else heading_part(filing, number)
                if number in statement_starts and parts and parts[-1] in ("mdna", "selected_data"):
                    part = "other"
                if part:
                    lines.append(number)
                    parts.append(part)
            self.headings[document.index] = (lines, parts)

    def part_of(self, table: Table) -> Part | None:
        lines, parts = self.headings.get(table.document, ([], []))
        at = bisect_right(lines, table.first_line)
        return parts[at - 1] if at else None

    def opens_page(self, table: Table) -> bool:
        """The table heads a page of its own: nothing but its title lines (company, name,
        date) between the page mark and the table, and no notes heading among them. A
        set of statements printed after another's notes (an 8-K's interim statements
        after the annual ones) does; a segment's statement inside a note does not."""
        filing, seen = self.filing, 0
        for number in range(table.first_line - 1, 0, -1):
            if number in filing.page_lines:
                return True
            text = filing.line_text(number)
            if not text.strip() or rule_chunks(text):
                continue  # blank lines and the rules under a title
            seen += 1
            if seen > MAX_PAGE_HEAD_LINES or looks_like_prose(text) or heading_part(filing, number) == "notes":
                return False
        return True
