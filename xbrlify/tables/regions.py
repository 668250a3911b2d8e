"""Where the tables are: <TABLE> blocks in any letter case, and untagged runs of
lines whose amounts line up (filings such as BMS's 1998 10-Q print statements with
no tags at all).

A region gives the caption lines (above the body: titles, column headings, units)
and the body lines (rows). Columns and rows are read from it by the other modules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from xbrlify.model import Filing
from xbrlify.numbers import TAIL_END_CHARS, Token, line_tail_tokens, rule_chunks
from xbrlify.source import document_kind

TABLE_OPEN_RE = re.compile(r"^\s*<TABLE\b[^>]*>", re.IGNORECASE)
TABLE_CLOSE_RE = re.compile(r"^\s*</TABLE>", re.IGNORECASE)
TABLE_TAG_RE = re.compile(
    r"""^\s*<(?:
      (?P<open>TABLE\b[^>]*>)   # what TABLE_OPEN_RE matches
    | /TABLE>                  # what TABLE_CLOSE_RE matches
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# A line made only of the column-marker tags that end an EDGAR table caption.
MARKER_LINE_RE = re.compile(r"^\s*(?:<TABLE\b[^>]*>\s*)?(?:<[SC]>\s*)+$", re.IGNORECASE)
FOOTNOTE_RE = re.compile(r"^\s*<FN>", re.IGNORECASE)
# Tags that may share a line with text; they are blanked out, columns kept.
CAPTION_OPEN_RE = re.compile(r"^\s*<CAPTION>", re.IGNORECASE)
INLINE_TAG_RE = re.compile(r"</?(?:TABLE|CAPTION|S|C|FN)\b[^>]*>", re.IGNORECASE)
# Matched against the stripped line: "^\s*" would retry its alternatives at every
# leading blank it gives back, and tables are indented by dozens of blanks.
PAGE_NUMBER_RE = re.compile(r"-\s*\d+\s*-|[A-Z]{0,3}-?\d{1,3}|\(\d{1,3}\)")

PARENTHESES_RE = re.compile(r"\([^()]*\)")
# a label that is a units caption and nothing else ("Dollars in millions", "In thousands")
UNITS_LABEL_RE = re.compile(r"^(?:(?:u\.s\.\s+)?dollars\s+|amounts\s+|\$\s*)?in\s+(?:thousands|millions|billions)$", re.I)
WIDE_GAP_RE = re.compile(r"\S {3,}\S")  # a gap no sentence has
YEAR_RE = re.compile(r"^(?:19|20)\d\d\**$")  # "2003*": a year with a footnote mark
UNITS_RE = re.compile(
    r"""(?:
      \b(?:in|\$)\s*(?:thousands|millions|billions)\b   # "(In thousands)", "($ in millions)"
    | \b000'?s\s+omitted                                # "(000's omitted)"
    | \bexcept\s+(?:[\w/]+\s+){0,3}?per\s+(?:common\s+)?share   # "(..., except (earnings) per (common) share)"
    | ^\(\s*(?:thousands|millions|billions)\b            # "(millions, except ...)"
    )""",
    re.VERBOSE | re.IGNORECASE,
)
MIN_UNTAGGED_ROWS = 3  # aligned numeric lines that make an untagged table
MAX_GAP_BLANKS = 2  # blank lines an untagged table may hold between rows
MAX_GAP_TEXT = 5  # label-only lines an untagged table may hold in a row
MAX_PROSE_LINES = 1  # lines of a paragraph an untagged table may hold: two end it
MIN_PROSE_LENGTH = 25  # looks_like_prose takes no line this short for a sentence
MAX_CAPTION_LINES = 12  # lines looked at above an untagged table for its headings
MAX_TITLE_LINES = 6  # lines looked at above a table for its title
MAX_TITLE_BLANKS = 8  # blank lines a page may leave between a title and its table
MAX_CAPITALS_TITLE = 100  # a line in capitals up to this long can be a title


@dataclass(frozen=True)
class Region:
    document: int
    tagged: bool
    first_line: int  # 1-based, inclusive: the <TABLE> line or the first caption line
    last_line: int  # the </TABLE> line or the last body line
    caption_lines: tuple[int, ...]  # lines above the body, in order
    body_lines: tuple[int, ...]
    title_lines: tuple[int, ...]  # text just above the table (outside <TABLE>)


def clean_line(text: str) -> str:
    """The line with inline table tags and vertical rules ("|") blanked, so columns
    stay where they were."""
    if "|" in text:
        text = text.replace("|", " ").rstrip()
    if "<" not in text:
        return text
    return INLINE_TAG_RE.sub(lambda m: " " * len(m.group()), text).rstrip()


def find_regions(filing: Filing) -> list[Region]:
    regions: list[Region] = []
    for document in filing.documents:
        if document_kind(filing.lines, document) != "text":
            continue
        tagged = tagged_regions(filing, document.index, document.first_line, document.last_line)
        regions.extend(tagged)
        covered: set[int] = set()
        for region in tagged:  # set.update over a range: a C loop, not a Python one
            covered.update(range(region.first_line, region.last_line + 1))
        regions.extend(untagged_regions(filing, document.index, document.first_line, document.last_line, covered))
    return sorted(regions, key=lambda r: r.first_line)


def tagged_regions(filing: Filing, document: int, first: int, last: int) -> list[Region]:
    marked = filing.marked_lines
    opens: list[int] = []
    closes: list[int] = []
    for number in marked[bisect_left(marked, first) : bisect_right(marked, last)]:
        match = TABLE_TAG_RE.match(filing.lines[number - 1])  # one match per tag line, not two
        if match:
            (opens if match["open"] else closes).append(number)
    regions: list[Region] = []
    for number in opens:
        if regions and number <= regions[-1].last_line:
            continue  # a <TABLE> inside a table whose </TABLE> is missing
        close = next((n for n in closes if n > number), last)
        floor = regions[-1].last_line + 1 if regions else first
        regions.append(tagged_region(filing, document, number, close, floor))
    return regions


def tagged_region(filing: Filing, document: int, open_line: int, close_line: int, floor: int) -> Region:
    marked = filing.marked_lines
    tags = marked[bisect_left(marked, open_line) : bisect_right(marked, close_line)]
    marker = next((n for n in tags if MARKER_LINE_RE.match(filing.line_text(n))), None)
    footnote = next((n for n in tags if FOOTNOTE_RE.match(filing.line_text(n))), close_line)
    # text printed on the <TABLE> line itself after the tag heads a column ("<TABLE>   Accu-")
    first_caption = open_line if clean_line(filing.line_text(open_line)).strip() else open_line + 1
    if marker is not None:  # open_line <= marker, footnote <= close_line
        caption = list(range(first_caption, marker))
        body = list(range(marker + 1, footnote))
    else:  # no <S> line: the caption ends where the first amounts begin
        content = [n for n in range(open_line + 1, close_line) if n < footnote]
        first_row = next((n for n in content if is_row_line(clean_line(filing.line_text(n)))), None)
        caption = [n for n in content if first_row is not None and n < first_row]
        body = [n for n in content if n not in caption]
    body = [n for n in body if n != close_line or not TABLE_CLOSE_RE.match(filing.line_text(n))]
    # a title printed inside <TABLE> before <CAPTION> ("CONSOLIDATED STATEMENTS OF
    # SHARE-OWNERS' EQUITY") is the table's title, not column headings
    caption_tag = next((n for n in tags if CAPTION_OPEN_RE.match(filing.line_text(n))), None)
    inside_title = [
        n for n in caption if caption_tag is not None and open_line < n < caption_tag and filing.line_text(n).strip()
    ]
    return Region(
        document=document,
        tagged=True,
        first_line=open_line,
        last_line=close_line,
        caption_lines=tuple(n for n in caption if n not in inside_title),
        body_lines=tuple(body),
        title_lines=title_above(filing, open_line, floor, tagged=True) + tuple(inside_title),
    )


def is_numeric_line(text: str, tail: tuple[int, list[Token]] | None = None) -> bool:
    """A line ending in amounts set apart from its label by at least two blanks or by
    dot leaders (a lone dash is not enough: prose has dashes; two dashes in a row of zeros are)."""
    label_end, tokens = tail or line_tail_tokens(text)
    numbers = [t for t in tokens if t.amount is not None and not t.amount.dash]
    if not numbers and len(tokens) < 2:
        return False
    gap = tokens[0].start - label_end
    # dot leaders set the label apart as well as blanks do ("1995 ........ $1.24")
    return label_end == 0 or gap >= 2 or (gap == 1 and text.endswith("..", 0, label_end))


def is_dash_line(tail: tuple[int, tuple[Token, ...]]) -> bool:
    """A row whose one cell is a dash ("Royalties        -"): a row of zeros, not prose."""
    label_end, tokens = tail
    return len(tokens) == 1 and tokens[0].amount is not None and tokens[0].amount.dash and tokens[0].start - label_end >= 2


def is_year_line(text: str, tail: tuple[int, list[Token]] | None = None) -> bool:
    """An unlabelled line of years ("1998   1997"): column headings, not amounts."""
    label_end, tokens = tail or line_tail_tokens(text)
    return label_end == 0 and bool(tokens) and all(YEAR_RE.match(t.raw) for t in tokens)


def is_heading_line(text: str, tail: tuple[int, list[Token]] | None = None, above: str = "") -> bool:
    """A units caption followed by the years ("($ in millions)    1995    1994"):
    the line that heads the columns, printed where a row's label would be. `above`:
    the line before, where a caption wrapped onto this one begins ("(millions, except
    earnings per" / "common share)   2004   2003")."""
    label_end, tokens = tail or line_tail_tokens(text)
    if not label_end or not tokens or not all(YEAR_RE.match(t.raw) for t in tokens):
        return False
    label = text[:label_end].strip()
    if label.count(")") > label.count("(") and above.strip().startswith("("):
        label = f"{above.strip()} {label}"
    # the caption in parentheses, or the whole label ("Dollars in millions"), never a
    # row that names a unit ("Shipments in millions of units")
    captions = PARENTHESES_RE.findall(label) + ([label] if UNITS_LABEL_RE.match(label) else [])
    return any(UNITS_RE.search(caption) for caption in captions)


def is_row_line(text: str) -> bool:
    return is_numeric_line(text) and not is_year_line(text) and not is_heading_line(text)


def line_class(filing: Filing, number: int) -> str:
    text = filing.lines[number - 1]
    if not text:
        return "blank"
    if number in filing.page_lines:
        return "page"
    if text[-1] not in TAIL_END_CHARS and text.lstrip()[:1] not in ("-", "=", "_"):
        return "text"  # ends in neither an amount nor a rule: most lines of a filing
    if is_sentence(text):
        return "text"
    if rule_chunks(text):  # before page numbers: a rule has no digit, a page number needs one
        return "rule"
    if is_page_number(filing, number):
        return "page"
    tail = line_tail_tokens(text)
    if not tail[1]:
        return "text"
    if is_year_line(text, tail):
        return "years"
    if is_heading_line(text, tail, filing.lines[number - 2] if number > 1 else ""):
        return "heading"
    if is_numeric_line(text, tail):
        return "numeric"
    if is_dash_line(tail):
        return "dash"
    return "text"


def is_sentence(text: str) -> bool:
    """Words one blank apart: a sentence; table rows have wider gaps."""
    stripped = text.strip()
    return " " in stripped and "  " not in stripped


def is_page_number(filing: Filing, number: int) -> bool:
    """A lone page number ("2", "-2-", "F-3") just before a <PAGE> mark; a number right
    under a rule or a row of amounts is a total, not a page number."""
    if not PAGE_NUMBER_RE.fullmatch(filing.lines[number - 1].strip()):
        return False
    above = [text for text in filing.lines[max(0, number - 3) : number - 1] if text.strip()]
    if above and (rule_chunks(above[-1]) or is_numeric_line(above[-1])):
        return False
    for following in range(number + 1, min(number + 6, len(filing.lines) + 1)):
        if following in filing.page_lines:
            return True
        if filing.line_text(following).strip():
            return False
    return number + 5 >= len(filing.lines)


class LineClasses:
    """Each line's class, worked out when first asked for; None outside the search."""

    def __init__(self, filing: Filing, first: int, last: int, covered: set[int]):
        self.filing, self.first, self.last, self.covered = filing, first, last, covered
        self.known: dict[int, str] = {}

    def get(self, number: int) -> str | None:
        kind = self.known.get(number)
        if kind is None and self.first <= number <= self.last and number not in self.covered:
            kind = self.known[number] = line_class(self.filing, number)
        return kind

    __getitem__ = get

    def __contains__(self, number: int) -> bool:
        return self.get(number) is not None


def untagged_regions(filing: Filing, document: int, first: int, last: int, covered: set[int]) -> list[Region]:
    classes = LineClasses(filing, first, last, covered)
    # Only a line whose last character can end an amount may start a table, and not
    # a sentence (its class would be "text": no need to work it out).
    starts = [
        n for n, line in enumerate(filing.lines[first - 1 : last], first)
        if line and line[-1] in TAIL_END_CHARS and n not in covered and not is_sentence(line)
    ]  # fmt: skip
    regions = []
    resume = first
    floor = first  # nothing above the end of the previous table belongs to the next
    for number in starts:
        if number < resume or classes.get(number) != "numeric":
            continue
        body = dash_rows_above(filing, classes, number, resume) + grow_body(classes, number, last)
        if accepts_as_table(filing, body, classes):
            caption = caption_above(filing, classes, body[0], floor)
            start = caption[0] if caption else body[0]
            titles = title_above(filing, start, floor)
            regions.append(Region(document, False, start, body[-1], tuple(caption), tuple(body), titles))
            floor = body[-1] + 1
        resume = body[-1] + 1
    return regions


def dash_rows_above(filing: Filing, classes: LineClasses, start: int, floor: int) -> list[int]:
    """Rows whose one cell is a dash, above the first numeric row, belong to the table,
    with the blank lines, rules and short label lines (section headings, wrapped
    labels) between them: up to the highest such row."""
    reach: list[int] = []
    blanks = texts = 0
    highest = start
    for number in range(start - 1, floor - 1, -1):
        kind = classes.get(number)
        blanks = blanks + 1 if kind == "blank" else 0
        texts = texts + 1 if kind == "text" else 0
        prose = kind == "text" and looks_like_prose(filing.line_text(number))
        if kind not in ("dash", "blank", "text", "rule") or prose or blanks > MAX_GAP_BLANKS or texts > MAX_GAP_TEXT:
            break
        reach.insert(0, number)
        if kind == "dash":
            highest = number
    return [n for n in reach if n >= highest]


def grow_body(classes: LineClasses, start: int, last: int) -> list[int]:
    """Extend a run of table lines from a numeric line; trim what trails the last row."""
    body = [start]
    kinds = [classes[start]]  # the class of each body line, looked up once
    blanks = texts = prose = 0
    number = start + 1
    while number <= last:
        kind = classes.get(number)
        if kind is None or kind in ("page", "heading") or (kind == "years" and heads_columns(classes, number)):
            break  # a units caption with years, or years alone, head the next table
        blanks = blanks + 1 if kind == "blank" else 0
        texts = texts + 1 if kind == "text" else 0
        # a paragraph (a comment on the table) ends it, though short enough to be labels
        text = classes.filing.lines[number - 1] if kind == "text" else ""
        prose = prose + 1 if len(text) > MIN_PROSE_LENGTH and looks_like_prose(text) else 0
        if blanks > MAX_GAP_BLANKS or texts > MAX_GAP_TEXT or prose > MAX_PROSE_LINES:
            break
        body.append(number)
        kinds.append(kind)
        number += 1
    while body and kinds[-1] not in ("numeric", "rule", "dash"):
        body.pop()
        kinds.pop()
    return body


def heads_columns(classes: LineClasses, number: int) -> bool:
    """A line of two or more years ("2004   2003   2004"): the next table's column
    headings. One year alone heads a block of rows of quarterly data."""
    return len(line_tail_tokens(classes.filing.line_text(number))[1]) >= 2


def accepts_as_table(filing: Filing, body: list[int], classes: LineClasses) -> bool:
    """Enough numeric lines, most of whose last amounts end in the same place."""
    ends = [line_tail_tokens(filing.line_text(n))[1][-1].digit_end for n in body if classes[n] == "numeric"]
    if len(ends) < MIN_UNTAGGED_ROWS:
        return False
    aligned = max(sum(1 for b in ends if abs(a - b) <= 2) for a in ends)
    return aligned >= MIN_UNTAGGED_ROWS


def caption_above(filing: Filing, classes: LineClasses, body_start: int, first: int) -> list[int]:
    """Lines above an untagged body that may hold its headings: stop at prose or a page."""
    caption: list[int] = []
    blanks = 0
    for number in range(body_start - 1, max(first, body_start - MAX_CAPTION_LINES) - 1, -1):
        kind = classes.get(number)
        if kind in (None, "page", "numeric", "dash") or number < first:
            break
        blanks = blanks + 1 if kind == "blank" else 0
        if blanks > MAX_GAP_BLANKS or (kind == "text" and looks_like_prose(filing.line_text(number))):
            break
        caption.insert(0, number)
    while caption and classes[caption[0]] == "blank":
        caption.pop(0)
    return caption


def looks_like_prose(text: str) -> bool:
    """A sentence: long, words set apart by single blanks, no table-like gaps."""
    stripped = text.strip()
    if WIDE_GAP_RE.search(stripped):
        return False
    indent = len(text) - len(text.lstrip())
    sentence_end = stripped.endswith(".") and len(stripped) > 25 and has_lowercase(stripped)
    return (indent < 4 and len(stripped) > 60) or sentence_end


def is_other_tables_row(text: str) -> bool:
    """A row of two amounts or more, not years, set apart from its label: a row of a
    table above (a note's schedule too short to be found as a table), no title."""
    if text[-1:] not in TAIL_END_CHARS or not is_row_line(text):
        return False
    amounts = [t for t in line_tail_tokens(text)[1] if t.amount is not None and not YEAR_RE.match(t.raw)]
    return len(amounts) >= 2


def ends_sentence(text: str) -> bool:
    """The last line of a paragraph ("financial statements."): it starts in lower case
    and ends with a full stop; no title does both."""
    stripped = text.strip()
    return stripped[:1].islower() and stripped.endswith(".")


def is_capitals_title(text: str) -> bool:
    """A long title line in capitals ("YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM JUNE
    3, 1996 (INCEPTION)"): no sentence, however long."""
    stripped = text.strip()
    return len(stripped) <= MAX_CAPITALS_TITLE and not stripped.endswith(".") and not has_lowercase(stripped)


def has_lowercase(text: str) -> bool:
    """Whether any character is a lowercase letter. For ASCII text (nearly every line)
    str.upper changes exactly the lowercase letters, in one C pass."""
    if text.isascii():
        return text.upper() != text
    return any(c.islower() for c in text)


def title_above(filing: Filing, start: int, floor: int, tagged: bool = False) -> tuple[int, ...]:
    """Short title lines just above a table (company, statement name, date). Above a
    <TABLE>, a row of amounts ends them; above an untagged table, rows there are its
    first rows (the header reader gives them back to the body)."""
    titles: list[int] = []
    blanks = 0
    for number in range(start - 1, max(floor, start - MAX_TITLE_LINES * 2 - MAX_TITLE_BLANKS) - 1, -1):
        text = filing.line_text(number)
        if number in filing.page_lines or ("<" in text and (TABLE_CLOSE_RE.match(text) or TABLE_OPEN_RE.match(text))):
            break
        if not text.strip():
            blanks += 1
            if blanks > MAX_TITLE_BLANKS:
                break
            continue
        blanks = 0
        if rule_chunks(text):
            continue  # a rule printed under the title ("- ------"): decoration, no title
        if (looks_like_prose(text) and not is_capitals_title(text)) or ends_sentence(text) \
                or is_page_number(filing, number) or len(titles) >= MAX_TITLE_LINES \
                or (tagged and is_other_tables_row(text)):  # fmt: skip
            break
        titles.insert(0, number)
    return tuple(titles)
