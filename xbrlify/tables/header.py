"""Caption lines -> title, units caption and the heading of each column.

A heading chunk (text set apart by two or more blanks) belongs to the column whose
amounts it stands over. A chunk centred over a run of columns ("THREE MONTHS ENDED"
over two date columns), or over a dashed rule that spans several columns, is a
spanning heading and is given to each. Text left of every column is the title (or
the stub's heading); label-only lines after the last heading line are the body's
first section headings ("Current Assets:" printed above the <S> tag).

A line with a label and amounts in the columns that are not years is a row, never a
heading: it and every line after it go to the body (the first row of an untagged
table whose "$" is glued to its dot leaders, "Local service...... $   197.7").
A chunk holding two dates ("June 30, 1999 Dec. 31, 1998", one blank apart), or
one that the columns and their separate underlines split, is one heading per part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from xbrlify.diagnostics import CODES, Diagnostic, Severity
from xbrlify.model import Filing, SourceSpan
from xbrlify.numbers import NEW_TUPLE, Token, line_tail_tokens, rule_chunks
from xbrlify.periods import DATE_RE, find_dates, find_length
from xbrlify.tables.columns import ColumnGuide, place_tokens
from xbrlify.tables.regions import UNITS_RE, clean_line

CHUNK_RE = re.compile(r"\S+(?: \S+)*")  # words set apart by at most one blank
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# A year as a heading prints it ("1996", "1996*" with a footnote mark): no "$", "," or "."
YEAR_TOKEN_RE = re.compile(r"^(?:19|20)\d\d(?:[^\d$,.]{0,3}|\([a-z]\))$")  # also "1995(a)"
# Words of a title line: a company's name, a statement's, "unaudited"
TITLE_WORDS_RE = re.compile(
    r"\band\s+subsidiar(?:y|ies)\b|\b(?:consolidated|combined|condensed|statements?|balance\s+sheets?|balances"
    r"|corporation|incorporated|inc|company|co)\b",
    re.I,
)
HYPHEN_END_RE = re.compile(r"[a-z]-$", re.I)  # "Accu-": a word broken at the line's end
TITLE_GOES_ON_RE = re.compile(r"\b(?:and|of|in|for|to)\s*$|[,&]\s*$", re.I)  # "... OPERATIONS AND"
MONTH_DAY_RE = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?$", re.I
)  # "December 31,": a date whose year is printed below it
YEAR_LINE_RE = re.compile(r"^\s*(?:(?:19|20)\d\d\s*)+$")  # a line of years alone
UNAUDITED_RE = re.compile(r"^\(?unaudited\)?$", re.I)
# Words that make a line over every column a heading of each: the columns' role
ROLE_WORDS_RE = re.compile(r"\bpro\s*-?\s*forma\b|\badjust|\bhistorical\b|\bas\s+(?:reported|restated)\b|\brestated\b", re.I)
TITLE_INDENT = 10  # a lone chunk starting this far left of the first column is a title
UNITS_REACH = 4  # lines looked at above a table for a units caption
CENTRE_SLACK = 3  # how far a spanning heading's centre may sit from its columns' centre


class Chunk(NamedTuple):
    """Heading text on one line, [start, end) columns. A NamedTuple, not a frozen
    dataclass: chunks are made, hashed and compared per caption line, and a tuple
    does all three in C."""

    line: int
    start: int
    end: int
    text: str

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True)
class HeaderReading:
    title: tuple[str, ...]
    units: str | None
    headings: tuple[tuple[str, ...], ...]  # one tuple of heading lines per column
    header_lines: tuple[int, ...]
    body_prefix: tuple[int, ...]  # caption lines that are really the body's first rows


def read_header(
    filing: Filing, caption: tuple[int, ...], titles: tuple[int, ...], guides: list[ColumnGuide], tagged: bool = False
) -> HeaderReading:
    """`tagged`: the table is inside <TABLE> tags; the lines above them hold no row."""
    searched, caption, rows = split_off_rows(filing, () if tagged else titles, caption, guides)
    titles = titles if tagged else searched
    texts = {n: clean_line(filing.line_text(n)) for n in caption}
    texts = {n: t for n, t in texts.items() if t.strip()}
    units, units_rest = find_units([clean_line(filing.line_text(n)) for n in titles] + list(texts.values()))
    if units is None and (caption or titles or rows):
        units = units_above(filing, min(caption + titles + rows))
    title = [filing.line_text(n).strip() for n in titles]
    title_lines: list[int] = split_title_lines(texts, guides)  # caption lines read as title
    heading_lines: list[int] = []
    previous = ""  # the caption line before this one, when it belongs to the title
    for number, text in texts.items():
        line = line_chunks(number, text)
        if number in title_lines or (not heading_lines and rule_chunks(text)):
            continue  # a rule above every heading underlines the title
        if not heading_lines and (
            is_title_line(line, guides) or over_every_column(line, guides) or goes_on_with_title(previous, line)
        ):
            title_lines.append(number)
            previous = text
        elif heading_lines or any(not in_label_zone(c, guides) for c in line):
            heading_lines.append(number)
    heading_lines, stub_dates = dates_beside_units(heading_lines, title_lines, texts, guides)
    title_lines = [n for n in title_lines if n not in heading_lines]
    if not heading_lines:  # "Revenues:" just above the rows heads a section: not a title
        sections = trailing_section_headings(title_lines, texts)
        title_lines = [n for n in title_lines if n not in sections]
        heading_lines = sections  # label-only lines: they become the body's first rows
    title.extend(title_texts(title_lines, texts, guides))
    prefix = trailing_label_lines(heading_lines, texts, guides)
    heading_lines = [n for n in heading_lines if n not in prefix]
    chunks = [p for n in heading_lines for c in line_chunks(n, texts[n]) for p in split_chunk(c, texts, guides)]
    placed = {(c.line, c.text) for c in stub_dates}
    title.extend(c.text for c in chunks if in_label_zone(c, guides) and (c.line, c.text) not in placed)  # the stub's heading
    chunks = [c for c in chunks if not in_label_zone(c, guides)]
    title = [t for t in title if not rule_chunks(t) and t not in (units, units_rest)]
    chunks = [c for c in chunks if c.text not in (units, units_rest)] + stub_dates
    headings = tuple(joined_hyphenations(h) for h in assign_headings(chunks, texts, guides))
    if units and units_rest:
        units = f"{units} {units_rest}"
    return HeaderReading(tuple(title), units, headings, tuple(heading_lines), tuple(prefix) + rows)


def split_off_rows(
    filing: Filing, titles: tuple[int, ...], caption: tuple[int, ...], guides: list[ColumnGuide]
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Titles, caption, and the lines from the first row on, which are the body's.
    A row among the title lines makes the title lines above it the caption."""
    lines = titles + caption
    first = next((i for i, n in enumerate(lines) if is_row_line(clean_line(filing.line_text(n)), guides)), None)
    if first is None:
        return titles, caption, ()
    if first >= len(titles):
        return titles, caption[: first - len(titles)], caption[first - len(titles) :]
    return (), titles[:first], titles[first:] + caption


def is_row_line(text: str, guides: list[ColumnGuide]) -> bool:
    """A label, then amounts in the columns right of it, one at least not a year.
    ("At December 31" is a heading: its day is one blank after a word.)"""
    label_end, tokens = line_tail_tokens(text) if text else (0, ())
    if not guides or not tokens:
        return False
    placement = place_tokens(tokens, guides, label_end)
    if not placement.cells or placement.misplaced:
        return False
    column, first = placement.cells[0]
    label = text[: first.start].rstrip()
    if not label.strip() or len(label) > guides[column].start or after_word(text, first):
        return False
    return any(not is_year_token(token) for _, token in placement.cells)


def is_year_token(token: Token) -> bool:
    return token.amount is None or token.amount.dash or bool(YEAR_TOKEN_RE.match(token.raw))


def amounts_in_headings(filing: Filing, lines: tuple[int, ...]) -> list[Diagnostic]:
    """A safety net: amounts left among the title and heading lines are no cell of any
    row; say where each is, so that none is lost unreported. Years, note marks ("(1)"),
    short numbers and numbers one blank after a word ("June 30", "EXHIBIT 12.1") are
    heading text."""
    found = []
    for number in lines:
        text = clean_line(filing.line_text(number))
        for token in line_tail_tokens(text)[1]:
            if not is_year_token(token) and is_amount_like(token) and not after_word(text, token):
                span = SourceSpan(filing.path, number, token.start, token.end)
                message = f'"{token.raw}" read as heading text: {CODES["X104"][1]}'
                found.append(Diagnostic("X104", Severity.WARNING, message, span))
    return found


def after_word(text: str, token: Token) -> bool:
    return token.start >= 2 and text[token.start - 1] == " " and text[token.start - 2].isalpha()


def is_amount_like(token: Token) -> bool:
    amount = token.amount
    digits = sum(c.isdigit() for c in token.raw)
    return amount is not None and (amount.currency or amount.places > 0 or "," in token.raw or digits >= 3)


@lru_cache(maxsize=1024)
def line_chunks(number: int, text: str) -> tuple[Chunk, ...]:
    chunks = [NEW_TUPLE(Chunk, (number, m.start(), m.end(), m.group())) for m in CHUNK_RE.finditer(text)]
    return tuple(join_period_words(chunks, text))


def join_period_words(chunks: list[Chunk], text: str) -> list[Chunk]:
    """"NINE  MONTHS" printed two blanks apart is one heading when together the words
    name a period's length; "Clifton Telecard  Adjustments" stays two headings."""
    joined: list[Chunk] = []
    for chunk in chunks:
        last = joined[-1] if joined else None
        if last and chunk.start - last.end <= 3:
            together = f"{last.text} {chunk.text}"
            if names_length(together) and not names_length(last.text) and not names_length(chunk.text):
                joined[-1] = Chunk(last.line, last.start, chunk.end, text[last.start : chunk.end])
                continue
        joined.append(chunk)
    return joined


def names_length(text: str) -> bool:
    """Whether the text names a period's length. Each of LENGTH_RE's alternatives needs
    "month", "week" or "ended" (keep in step with it): an ASCII text without them needs
    no regex search. (IGNORECASE also matches a few non-ASCII letters, the Kelvin sign.)"""
    if text.isascii():
        lowered = text.lower()
        if "month" not in lowered and "week" not in lowered and "ended" not in lowered:
            return False
    return find_length(text) is not None


def split_chunk(chunk: Chunk, texts: dict[int, str], guides: list[ColumnGuide]) -> list[Chunk]:
    """A chunk cut into its headings: before each date after the first ("June 30,
    1999 Dec. 31, 1998"), or at blanks where the columns and the underlines below
    both break."""
    cuts = date_cuts(chunk) or rule_cuts(chunk, texts.get(chunk.line + 1, ""), guides) or aligned_cuts(chunk, texts, guides)
    if not cuts:
        return [chunk]
    bounds = [chunk.start, *cuts, chunk.end]
    pieces = [(a, chunk.text[a - chunk.start : b - chunk.start]) for a, b in zip(bounds, bounds[1:])]
    return [Chunk(chunk.line, a, a + len(t.rstrip()), t.rstrip()) for a, t in pieces]


def aligned_cuts(chunk: Chunk, texts: dict[int, str], guides: list[ColumnGuide]) -> list[int]:
    """Words one blank apart over two narrow columns ("Receivable Total"), each starting
    where a heading word of the line above or below starts ("from       Share-"): each
    column's heading, left-aligned, not one heading over both."""
    if " " not in chunk.text or len(overlaps(chunk, guides)) < 2:
        return []  # one word, or over one column: nothing to cut (most chunks; checked first for speed)
    words = [(m.start() + chunk.start, m.group()) for m in re.finditer(r"\S+", chunk.text)]
    for neighbour in (chunk.line - 1, chunk.line + 1):
        if neighbour not in texts or rule_chunks(texts[neighbour]):
            continue  # an underline's segments start where the columns do: no evidence
        starts = {c.start for c in line_chunks(neighbour, texts[neighbour])}
        columns = [column_at(start, guides) for start, _ in words]
        cuts = [start for (start, _), column, (before, _), left in zip(words[1:], columns[1:], words, columns)
                if start in starts and before in starts and column is not None and column != left]
        if cuts:
            return cuts
    return []


def column_at(position: int, guides: list[ColumnGuide]) -> int | None:
    return next((i for i, g in enumerate(guides) if g.start - 1 <= position < g.end), None)


def date_cuts(chunk: Chunk) -> list[int]:
    """Where each date after the first starts, when only blanks part the dates."""
    if "19" not in chunk.text and "20" not in chunk.text:
        return []  # no year, so no date: most chunks need no regex search
    dates = list(DATE_RE.finditer(chunk.text))
    if len(dates) < 2 or any(chunk.text[a.end() : b.start()].strip() for a, b in zip(dates, dates[1:])):
        return []
    return [chunk.start + d.start() for d in dates[1:]]


def rule_cuts(chunk: Chunk, below: str, guides: list[ColumnGuide]) -> list[int]:
    """Blanks of the chunk that fall between two columns and between two underlines
    of the rule line below, each underline under a part of the chunk."""
    rules = rule_chunks(below) if below else None
    if not rules or len(rules) < 2 or names_length(chunk.text):
        return []  # "Three Months Ended" over two underlines spans both columns
    cuts = []
    for offset, char in enumerate(chunk.text):
        at = chunk.start + offset
        if char != " " or any(g.start <= at < g.end for g in guides) or any(s <= at < e for s, e, _ in rules):
            continue
        left = any(chunk.start < e <= at + 1 for s, e, _ in rules) and any(g.end <= at for g in guides)
        right = any(at <= s < chunk.end for s, e, _ in rules) and any(g.start > at for g in guides)
        if left and right:
            cuts.append(at + 1)
    return cuts


def goes_on_with_title(previous: str, line: tuple[Chunk, ...]) -> bool:
    """A lone line after a title line that ends in "AND" or "OF" finishes the title:
    "CONSOLIDATED STATEMENT OF OPERATIONS AND" / "ACCUMULATED DEFICIT", however it
    sits over the columns."""
    return len(line) == 1 and bool(TITLE_GOES_ON_RE.search(previous))


def dates_beside_units(
    heading_lines: list[int], title_lines: list[int], texts: dict[int, str], guides: list[ColumnGuide]
) -> tuple[list[int], list[Chunk]]:
    """Dates printed left of the columns, beside the units caption, one a column, with
    the years over the columns on the next line (Kroger's 1994 balance sheet:
    "(In thousands of dollars)   December 31,  January 1," / "1994   1994"). They head
    the columns in order: each date's chunk is put over its column. Returns the heading
    lines (that line added) and the chunks made."""
    if not heading_lines or not guides:
        return heading_lines, []
    above = [n for n in title_lines if n < heading_lines[0]]
    if not above or not YEAR_LINE_RE.match(texts[heading_lines[0]]):
        return heading_lines, []
    line = above[-1]
    dates = [c for c in line_chunks(line, texts[line]) if MONTH_DAY_RE.match(c.text)]
    if len(dates) != len(guides):
        return heading_lines, []
    placed = [Chunk(line, guide.start, guide.end, chunk.text) for chunk, guide in zip(dates, guides)]
    return [line, *heading_lines], placed


def is_title_line(line: list[Chunk], guides: list[ColumnGuide]) -> bool:
    """Text wholly left of the columns, or one centred line starting well left of them."""
    if all(in_label_zone(c, guides) for c in line):
        return True
    lone = len(line) == 1  # a title line or the rule that underlines it
    return lone and bool(guides) and line[0].start < guides[0].start - TITLE_INDENT


def over_every_column(line: tuple[Chunk, ...], guides: list[ColumnGuide]) -> bool:
    """One line centred over the columns, spanning half of them or more, above every
    heading, that names a company or a statement ("CHEMICAL BANKING CORPORATION and
    Subsidiaries", "CONSOLIDATED STATEMENT OF INCOME", "UNAUDITED"): the table's title,
    however far right it starts. A heading over a group of columns sits over its group,
    off the centre; one naming a period or a column's role heads every column."""
    if len(line) != 1 or not guides:
        return False
    chunk = line[0]
    if UNAUDITED_RE.match(chunk.text):
        return True
    if not TITLE_WORDS_RE.search(chunk.text) or ROLE_WORDS_RE.search(chunk.text) or find_dates(chunk.text):
        return False
    left, right = guides[0].start, guides[-1].end
    centred = abs((chunk.start + chunk.end) - (left + right)) / 2 <= (right - left) / 6
    return centred and 2 * len(overlaps(chunk, guides)) >= len(guides)


def split_title_lines(texts: dict[int, str], guides: list[ColumnGuide]) -> list[int]:
    """The caption lines down to a title printed across the page ("CONSOLIDATED" at
    the margin, the company's name over the columns) whose next line goes on with
    the title alone ("STATEMENT OF INCOME"), the headings coming further down: the
    text over the columns there names the company, it heads no column."""
    numbers = [n for n in texts if not rule_chunks(texts[n])]
    lines = [line_chunks(n, texts[n]) for n in numbers]
    found: list[int] = []
    for index, (number, line) in enumerate(zip(numbers, lines)):
        left = [c for c in line if in_label_zone(c, guides)]
        right = [c for c in line if not in_label_zone(c, guides)]
        if not left or not right or left[0].start > 0 or any(YEAR_RE.match(c.text) for c in right):
            continue
        below = lines[index + 1 : index + 2]
        goes_on = bool(below) and is_title_line(list(below[0]), guides) and not below[0][-1].text.endswith(":")
        if goes_on and any(not is_title_line(list(later), guides) for later in lines[index + 2 :]):
            found = [n for n in texts if n <= number]
    return found


def title_texts(lines: list[int], texts: dict[int, str], guides: list[ColumnGuide]) -> list[str]:
    """The title's parts in reading order; a name printed over the columns beside a
    title at the margin comes first, so the title's own lines stay together
    ("CONSOLIDATED STATEMENT" / "OF RETAINED EARNINGS")."""
    chunks = [c for n in lines for c in line_chunks(n, texts[n])]
    margin = {c.line for c in chunks if in_label_zone(c, guides)}
    beside = [c for c in chunks if c.line in margin and not in_label_zone(c, guides)]
    return [c.text for c in beside] + [c.text for c in chunks if c not in beside]


def in_label_zone(chunk: Chunk, guides: list[ColumnGuide]) -> bool:
    """Left of every column; a year alone ("2002") heads a column wherever it sits."""
    if not guides:
        return True
    # position first: most chunks stand over the columns, and the regex is dearer
    return chunk.end <= guides[0].start and not YEAR_RE.match(chunk.text) and not overlaps(chunk, guides)


def overlaps(chunk: Chunk, guides: list[ColumnGuide]) -> list[int]:
    return [i for i, g in enumerate(guides) if chunk.start < g.end and g.start < chunk.end]


def trailing_section_headings(lines: list[int], texts: dict[int, str]) -> list[int]:
    """The last caption lines when they end in ":" (section headings, not titles)."""
    found: list[int] = []
    for number in reversed(lines):
        if not texts[number].rstrip().endswith(":"):
            break
        found.insert(0, number)
    return found


def trailing_label_lines(heading_lines: list[int], texts: dict[int, str], guides: list[ColumnGuide]) -> list[int]:
    """Label-only lines after the last line that heads a column belong to the body."""
    prefix: list[int] = []
    for number in reversed(heading_lines):
        line = line_chunks(number, texts[number])
        if rule_chunks(texts[number]):
            continue  # a rule between section headings ("- ----" / "ASSETS" / "- ----")
        if not all(in_label_zone(c, guides) for c in line) or find_dates(texts[number]):
            break  # a date in the stub ("September 30, 1994") ends the title, no row's heading
        prefix.insert(0, number)
    return prefix


def find_units(texts: list[str]) -> tuple[str | None, str | None]:
    """The units caption, and the rest of it on the next line when it wraps
    ("(DOLLARS IN MILLIONS, EXCEPT PER" / "SHARE AMOUNTS)")."""
    for index, text in enumerate(texts):
        if not may_hold_units(text):
            continue  # most title and heading lines: no regex search of their chunks
        for chunk in CHUNK_RE.findall(text):
            if not (UNITS_RE.search(chunk) and len(chunk) < 90):
                continue
            if chunk.count("(") > chunk.count(")") and index + 1 < len(texts):
                closing = [c for c in CHUNK_RE.findall(texts[index + 1]) if c.endswith(")") and "(" not in c]
                return chunk, closing[0] if closing else None
            return chunk, None
    return None, None


def may_hold_units(text: str) -> bool:
    """False only where UNITS_RE cannot match: every one of its alternatives needs a
    word of "thousands", "millions", "billions", "000" or "except" (keep in step with
    it). Only for ASCII text: IGNORECASE also matches a few other letters ("ſ")."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return (
        "thousands" in lowered or "millions" in lowered or "billions" in lowered or "000" in text or "except" in lowered
    )


def units_above(filing: Filing, top: int) -> str | None:
    """A units caption alone on the line above the table and its titles, read there as
    a sentence ("(Tabular information: Dollars in millions, except per share amounts)")."""
    for number in range(top - 1, max(0, top - UNITS_REACH) - 1, -1):
        text = filing.line_text(number).strip()
        if not text or text.startswith("<"):  # blank lines and <TABLE> tags
            continue
        whole = text.startswith("(") and text.endswith(")")
        return text if whole and len(text) < 90 and may_hold_units(text) and UNITS_RE.search(text) else None
    return None


def joined_hyphenations(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A heading word broken over lines with a hyphen ("Accu-" / "mulated" / "Trans-" /
    "lation") made whole again ("Accumulated Translation")."""
    joined: list[str] = []
    for line in lines:
        if joined and HYPHEN_END_RE.search(joined[-1]) and line[:1].islower():
            joined[-1] = joined[-1][:-1] + line
        else:
            joined.append(line)
    return tuple(joined)


def assign_headings(chunks: list[Chunk], texts: dict[int, str], guides: list[ColumnGuide]) -> tuple[tuple[str, ...], ...]:
    chunks = [c for c in chunks if not rule_chunks(c.text)]
    placed: dict[Chunk, list[int]] = {}
    extents = [(g.start, g.end) for g in guides]
    by_line: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        by_line.setdefault(chunk.line, []).append(chunk)
    stacked = {chunk: stacked_group(chunk, by_line, extents) for chunk in chunks}
    ruled = {chunk: columns_by_rule_below(chunk, texts, guides) for chunk in chunks}
    for chunk in chunks:  # first pass: headings that stand over one column widen it
        single = single_column(chunk, extents)
        if single is not None and not stacked[chunk] and not ruled[chunk]:
            placed[chunk] = [single]
    widened = widen(extents, placed)
    for chunk in chunks:
        if chunk not in placed:
            placed[chunk] = (
                stacked[chunk]
                or ruled[chunk]
                or centred_group(chunk, widened)
                or nearest_columns(chunk, widened)
            )
    placed.update(period_pairs(by_line, len(guides)))
    headings: list[list[str]] = [[] for _ in guides]
    for chunk in sorted(placed, key=lambda c: (c.line, c.start)):
        for column in placed[chunk]:
            headings[column].append(chunk.text)
    return tuple(tuple(h) for h in headings)


def period_pairs(by_line: dict[int, list[Chunk]], columns: int) -> dict[Chunk, list[int]]:
    """A line of period lengths, one for each two columns ("Three Months Ended    Six
    Months Ended" over four date columns): each heads its pair, however far off centre
    it is printed (a 10-Q's second group heading often ends before its last column)."""
    found: dict[Chunk, list[int]] = {}
    for line in by_line.values():
        if 2 * len(line) == columns and all(names_length(c.text) for c in line):
            ordered = sorted(line, key=lambda c: c.start)
            found.update({chunk: [2 * i, 2 * i + 1] for i, chunk in enumerate(ordered)})
    return found


def stacked_group(chunk: Chunk, by_line: dict[int, list[Chunk]], extents: list[tuple[int, int]]) -> list[int]:
    """A word printed on the line above or below a spanning heading, within it and
    centred with it, and alone over its columns, goes on with it ("NINE  MONTHS" /
    "ENDED" over two date columns, the second word off centre by a character).
    `by_line`: the heading chunks by line."""
    for span in by_line.get(chunk.line - 1, []) + by_line.get(chunk.line + 1, []):
        if not (span.start <= chunk.start and chunk.end <= span.end):
            continue
        if abs(span.centre - chunk.centre) > CENTRE_SLACK or single_column(span, extents) is not None:
            continue
        group = centred_group(span, extents)
        low, high = (extents[group[0]][0], extents[group[-1]][1]) if group else (0, 0)
        beside = [c for c in by_line[chunk.line] if c != chunk and c.start < high and low < c.end]
        if len(group) > 1 and not beside:
            return group
    return []


def single_column(chunk: Chunk, extents: list[tuple[int, int]]) -> int | None:
    """The one column whose extent holds the chunk's centre and no other it touches."""
    touched = [i for i, (s, e) in enumerate(extents) if chunk.start < e and s < chunk.end]
    centre = chunk.centre
    holding = [i for i in touched if extents[i][0] <= centre < extents[i][1]]
    if len(holding) == 1 and all(i == holding[0] or small_touch(chunk, extents[i]) for i in touched):
        return holding[0]
    return None


def small_touch(chunk: Chunk, extent: tuple[int, int]) -> bool:
    return min(chunk.end, extent[1]) - max(chunk.start, extent[0]) <= 2


def widen(extents: list[tuple[int, int]], placed: dict[Chunk, list[int]]) -> list[tuple[int, int]]:
    widened = list(extents)
    for chunk, (column,) in placed.items():
        start, end = widened[column]
        widened[column] = (min(start, chunk.start), max(end, chunk.end))
    return widened


def centred_group(chunk: Chunk, extents: list[tuple[int, int]]) -> list[int]:
    """The run of two or more columns the chunk is centred over and reaches both ends of."""
    best: tuple[float, list[int]] | None = None
    for first in range(len(extents)):
        for last in range(first + 1, len(extents)):
            start, end = extents[first][0], extents[last][1]
            if not (chunk.start < extents[first][1] and extents[last][0] < chunk.end):
                continue
            off = abs((start + end) / 2 - chunk.centre)
            if off <= CENTRE_SLACK and (best is None or off < best[0]):
                best = (off, list(range(first, last + 1)))
    return best[1] if best else []


def nearest_columns(chunk: Chunk, extents: list[tuple[int, int]]) -> list[int]:
    overlap = [(min(chunk.end, e) - max(chunk.start, s), i) for i, (s, e) in enumerate(extents)]
    best = max(overlap)
    if best[0] > 0:
        return [best[1]]
    return [min(range(len(extents)), key=lambda i: abs(sum(extents[i]) / 2 - chunk.centre))]


def columns_by_rule_below(chunk: Chunk, texts: dict[int, str], guides: list[ColumnGuide]) -> list[int]:
    """A heading alone over dashed rules covers the columns those rules cover (a
    period over the separate underlines of its two columns covers both)."""
    below = texts.get(chunk.line + 1, "")
    rules = rule_chunks(below) if below else None
    if not rules:
        return []
    above_line = line_chunks(chunk.line, texts.get(chunk.line, ""))
    covered: list[int] = []
    for start, end, _ in rules:
        if not (chunk.start < end and start < chunk.end):
            continue  # not under this chunk (then it is not among `over` either)
        over = [c for c in above_line if c.start < end and start < c.end]
        if chunk in over and len(over) == 1:
            covered += [i for i, g in enumerate(guides) if start < g.end and g.start < end and i not in covered]
    return covered
