"""Caption lines -> title, units caption and the heading of each column.

A heading chunk (text set apart by two or more blanks) belongs to the columns whose
amounts it stands over; a chunk over several columns ("THREE MONTHS ENDED", a year over
a dashed rule that spans two columns) is a spanning heading and is given to each.
Text left of every column is the title (or the stub's heading); label-only lines
after the last heading line are the body's first section headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xbrlify.model import Filing
from xbrlify.numbers import rule_chunks
from xbrlify.tables.columns import ColumnGuide
from xbrlify.tables.regions import clean_line

CHUNK_RE = re.compile(r"\S+(?: \S+)*")  # words set apart by at most one blank
UNITS_RE = re.compile(
    r"""(?:
      \b(?:in|\$)\s*(?:thousands|millions|billions)\b   # "(In thousands)", "($ in millions)"
    | \b000'?s\s+omitted                                # "(000's omitted)"
    | \bexcept\s+per\s+share                            # "(..., except per share data)"
    )""",
    re.VERBOSE | re.IGNORECASE,
)
SPAN_SHARE = 0.4  # share of a column a heading must cover to be said to span it
TITLE_INDENT = 10
WORDS_RE = re.compile(r"^[A-Za-z][A-Za-z ]*$")  # a chunk starting this far left of the first column is title text


@dataclass(frozen=True)
class Chunk:
    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class HeaderReading:
    title: tuple[str, ...]
    units: str | None
    headings: tuple[tuple[str, ...], ...]  # one tuple of heading lines per column
    header_lines: tuple[int, ...]
    body_prefix: tuple[int, ...]  # caption lines that are really the body's first rows


def read_header(filing: Filing, caption: tuple[int, ...], titles: tuple[int, ...], guides: list[ColumnGuide]) -> HeaderReading:
    texts = {n: clean_line(filing.line_text(n)) for n in caption if clean_line(filing.line_text(n)).strip()}
    heading_lines = [n for n, text in texts.items() if reaches_columns(text, guides)]
    units = find_units([filing.line_text(n) for n in titles] + list(texts.values()))
    first = heading_lines[0] if heading_lines else None
    last = heading_lines[-1] if heading_lines else None
    title = [filing.line_text(n).strip() for n in titles]
    prefix: list[int] = []
    chunks: list[Chunk] = []
    for number, text in texts.items():
        if last is not None and number > last and not rule_chunks(text):
            prefix.append(number)
            continue
        for chunk in line_chunks(number, text):
            if in_label_zone(chunk, guides) and (first is None or number <= last):
                title.append(chunk.text)
            elif not in_label_zone(chunk, guides):
                chunks.append(chunk)
    if first is None:
        prefix = []  # no headings at all: the caption is all title
    title = [t for t in title if not rule_chunks(t) and not (units and t == units.strip())]
    headings = assign_headings(chunks, texts, guides, units)
    return HeaderReading(tuple(title), units, headings, tuple(heading_lines), tuple(prefix))


def line_chunks(number: int, text: str) -> list[Chunk]:
    chunks = [Chunk(number, m.start(), m.end(), m.group()) for m in CHUNK_RE.finditer(text)]
    return merge_spaced_words(chunks, text)


def merge_spaced_words(chunks: list[Chunk], text: str) -> list[Chunk]:
    """Words two blanks apart, both letters only ("NINE  MONTHS"), are one heading;
    numbers and dates two blanks apart stay apart (they head adjacent columns)."""
    merged: list[Chunk] = []
    for chunk in chunks:
        last = merged[-1] if merged else None
        if last and chunk.start - last.end == 2 and WORDS_RE.match(last.text) and WORDS_RE.match(chunk.text):
            merged[-1] = Chunk(last.line, last.start, chunk.end, text[last.start : chunk.end])
        else:
            merged.append(chunk)
    return merged


def reaches_columns(text: str, guides: list[ColumnGuide]) -> bool:
    return any(not in_label_zone(c, guides) for c in line_chunks(0, text))


def in_label_zone(chunk: Chunk, guides: list[ColumnGuide]) -> bool:
    if not guides:
        return True
    first = guides[0]
    if chunk.end <= first.start and not overlapped(chunk.start, chunk.end, guides):
        return True
    return chunk.start < first.start - TITLE_INDENT and not rule_chunks(chunk.text)


def find_units(texts: list[str]) -> str | None:
    for text in texts:
        for chunk in CHUNK_RE.findall(clean_line(text)):
            if UNITS_RE.search(chunk) and len(chunk) < 90:
                return chunk
    return None


def overlapped(start: int, end: int, guides: list[ColumnGuide]) -> list[tuple[int, int]]:
    """(column, characters of overlap) for each column the range [start, end) covers."""
    found = []
    for index, guide in enumerate(guides):
        overlap = min(end, guide.end) - max(start, guide.start)
        if overlap > 0:
            found.append((index, overlap))
    return found


def columns_under(start: int, end: int, guides: list[ColumnGuide]) -> list[int]:
    """The columns a heading stands over: one, or several when it is centred between
    columns it overlaps, or covers a good part of each (not just a stray edge)."""
    found = overlapped(start, end, guides)
    center = (start + end) / 2
    if not found:
        return [min(range(len(guides)), key=lambda i: abs((guides[i].start + guides[i].end) / 2 - center))]
    wide = {i for i, overlap in found if overlap >= SPAN_SHARE * min(end - start, guides[i].end - guides[i].start)}
    gutter = [i for i in range(len(guides) - 1) if guides[i].end <= center < guides[i + 1].start]
    if gutter and {gutter[0], gutter[0] + 1} <= {i for i, _ in found}:
        wide |= {gutter[0], gutter[0] + 1}
    return sorted(wide) or [max(found, key=lambda f: f[1])[0]]


def assign_headings(chunks: list[Chunk], texts: dict[int, str], guides: list[ColumnGuide], units: str | None) -> tuple[tuple[str, ...], ...]:
    placed: dict[Chunk, list[int]] = {}
    for chunk in chunks:
        if rule_chunks(chunk.text) or (units and chunk.text == units):
            continue
        placed[chunk] = columns_by_rule_below(chunk, texts, guides) or columns_under(chunk.start, chunk.end, guides)
    inherit_spans(placed)
    headings: list[list[str]] = [[] for _ in guides]
    for chunk in sorted(placed, key=lambda c: (c.line, c.start)):
        for column in placed[chunk]:
            headings[column].append(chunk.text)
    return tuple(tuple(h) for h in headings)


def columns_by_rule_below(chunk: Chunk, texts: dict[int, str], guides: list[ColumnGuide]) -> list[int]:
    """A heading underlined by a dashed rule covers the columns that rule covers."""
    below = texts.get(chunk.line + 1, "")
    for start, end, _ in rule_chunks(below) or []:
        if start < chunk.end and chunk.start < end:
            return [i for i, _ in overlapped(start, end, guides)]
    return []


def inherit_spans(placed: dict[Chunk, list[int]]) -> None:
    """A chunk inside a spanning chunk's width on the next or previous line spans too
    ("ENDED" under "THREE MONTHS")."""
    spanning = [c for c, cols in placed.items() if len(cols) > 1]
    for chunk, columns in placed.items():
        if len(columns) > 1:
            continue
        for wide in spanning:
            if abs(wide.line - chunk.line) == 1 and wide.start <= chunk.start and chunk.end <= wide.end:
                placed[chunk] = list(placed[wide])
                break
