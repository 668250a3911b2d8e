"""Body lines -> rows: labels joined across wrapped lines, cells in their columns,
rule rows kept as total markers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from xbrlify.diagnostics import CODES, Diagnostic, Severity
from xbrlify.model import Cell, Filing, Row, SourceSpan
from xbrlify.numbers import NEW_TUPLE, Token, line_tail_tokens, trailing_rules
from xbrlify.tables.columns import REACH, ColumnGuide, Placement, distance, place_tokens
from xbrlify.tables.regions import clean_line

# Words after which a label cannot end: the next line must carry it on.
CONNECTIVES = frozenset(
    "and or of for to in the a an by with from on at less net plus including excluding "
    "per before after into under over than as its their".split()
)
DANGLING_MARKS = frozenset(",&/(-")
NET_END_RE = re.compile(r",\s*net$", re.I)  # "net" after a comma ends a label; "net of ..." goes on in lower case
CONTINUATION_START_RE = re.compile(r"^[a-z0-9($&]")  # a lower-case or numeric start
# A modifier whose noun is on the next line: "Average number of shares of Common and
# Class B" / "Stock outstanding", "Dividends on Preferred" / "Stock"
UNFINISHED_END_RE = re.compile(r"(?:\b(?:class|series)\s+[a-z0-9]{1,2}|\bcommon|\bpreferred)$", re.I)
WORD_RE = re.compile(r"\w+")


@dataclass
class PendingLabel:
    """Label-only lines waiting to learn whether they head a section or wrap a label."""

    text: str
    indent: int
    lines: list[int] = field(default_factory=list)
    span: SourceSpan | None = None
    parts: list[str] = field(default_factory=list)  # the text of each line, as joined


class LineReading(NamedTuple):
    """One body line read against the columns (a NamedTuple: one per line, cheap)."""

    number: int
    label: str
    indent: int
    label_span: SourceSpan | None
    cells: tuple[Cell, ...]

    def as_heading(self) -> Row:
        return Row("heading", self.label, self.indent, (self.number,), (), self.label_span)


def read_rows(
    filing: Filing, lines: list[int], guides: list[ColumnGuide], placements: dict[int, Placement]
) -> tuple[list[Row], list[Diagnostic]]:
    """Rows from body lines; `placements` says where each line's amounts went."""
    rows: list[Row] = []
    pending: list[PendingLabel] = []
    diagnostics: list[Diagnostic] = []
    previous_kind = "blank"
    texts = filing.lines
    for number in lines:
        text = clean_line(texts[number - 1])
        if not text or text.isspace():
            rows.extend(flush(pending))
            previous_kind = "blank"
            continue
        label_end, segments = trailing_rules(text)
        if segments:
            if label_end:  # "EARNINGS     --------  --------": a heading over a rule
                rows.extend(flush(pending))
                rows.append(read_line(filing, number, text[:label_end], guides, diagnostics).as_heading())
            rows.extend(flush(pending))
            rows.append(rule_row(number, text, segments, guides))
            previous_kind = "rule"
            continue
        reading = read_line(filing, number, text, guides, diagnostics, placements.get(number))
        if not reading.cells:
            add_label_line(rows, pending, reading, previous_kind)
            previous_kind = "label"
            continue
        label, indent, span, joined = reading.label, reading.indent, reading.label_span, [number]
        if pending and (continues(pending[-1].text, reading.label) or reprints_tail(pending[-1], reading.label)):
            carried = pending.pop()
            label, indent, span = join_wrapped(carried, label), carried.indent, carried.span
            joined = carried.lines + joined
        rows.extend(flush(pending))
        rows.append(NEW_TUPLE(Row, ("data", label, indent, tuple(joined), reading.cells, span, None, ())))
        previous_kind = "data"
    rows.extend(flush(pending))
    return hanging_continuations(rows), diagnostics


def hanging_continuations(rows: list[Row]) -> list[Row]:
    """A label wrapped with a hanging indent, every line capitalised: "Federal Funds
    Sold and Securities" / "    Purchased Under Resale Agreements  94" / and the next
    row back at the first line's indent; also over more lines ("Common capital stock,
    par $1" / "   Authorized: 350,000,000 shares" / "   Issued: ... shares  338,568").
    Read line by line, the first lines looked like headings; the row after the amounts
    shows they were none. (A heading over one item ends with ":" or is followed by a
    rule and its total, which this leaves alone.)"""
    joined: list[Row] = []
    for index, row in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        lead = hanging_lead(joined, row, following)
        if lead:
            first = joined[-lead]
            label = first.label
            for part in [*joined[-lead + 1 :], row] if lead > 1 else [row]:
                label = join(label, part.label)
            lines = tuple(n for part in [*joined[-lead:], row] for n in part.lines)
            del joined[-lead:]
            joined.append(Row("data", label, first.indent, lines, row.cells, first.label_span))
            continue
        joined.append(row)
    return joined


def hanging_lead(joined: list[Row], row: Row, following: Row | None) -> int:
    """How many heading rows just read are the first lines of `row`'s label: a heading
    not ending in ":", then headings indented deeper, each on the next line, `row` as
    deep, and a data row right after back at the first heading's indent. 0: none."""
    if row.kind != "data" or following is None or following.kind != "data":
        return 0
    count, line = 0, row.lines[0]
    while count < len(joined) and joined[-count - 1].kind == "heading" and joined[-count - 1].lines[-1] + 1 == line:
        count += 1
        line = joined[-count].lines[0]
        first = joined[-count]
        deeper = all(other.indent > first.indent for other in [*joined[len(joined) - count + 1 :], row])
        if deeper and not first.label.endswith(":") and following.indent <= first.indent:
            return count
    return 0


def add_label_line(rows: list[Row], pending: list[PendingLabel], reading: LineReading, previous_kind: str) -> None:
    last = rows[-1] if rows else None
    if previous_kind == "data" and last is not None and carries_on(last.label):
        rows[-1] = Row(
            "data", join(last.label, reading.label), last.indent, last.lines + (reading.number,), last.cells, last.label_span
        )
    elif previous_kind == "label" and pending and continues(pending[-1].text, reading.label):
        pending[-1].text = join_wrapped(pending[-1], reading.label)
        pending[-1].parts.append(reading.label)
        pending[-1].lines.append(reading.number)
    else:
        pending.append(PendingLabel(reading.label, reading.indent, [reading.number], reading.label_span, [reading.label]))


def flush(pending: list[PendingLabel]) -> list[Row]:
    if not pending:
        return []  # the usual case: called after every row and blank line
    rows = [NEW_TUPLE(Row, ("heading", p.text, p.indent, tuple(p.lines), (), p.span, None, ())) for p in pending]
    pending.clear()
    return rows


def carries_on(label: str) -> bool:
    """A label that cannot end here: an open parenthesis or a dangling word."""
    if not label:
        return False
    if label[-1] in DANGLING_MARKS or label.count("(") > label.count(")"):
        return True
    if NET_END_RE.search(label):  # "Receivables, net" heads "Customers" / "Other"
        return False
    return label.rsplit(None, 1)[-1].lower() in CONNECTIVES


def continues(previous: str, following: str) -> bool:
    """Whether a label-only line `previous` wraps onto the label `following`."""
    if not following or previous.endswith(":"):
        return False
    return carries_on(previous) or bool(CONTINUATION_START_RE.match(following)) or ends_unfinished(previous)


def ends_unfinished(label: str) -> bool:
    """UNFINISHED_END_RE, searched only where it can match: its match ends the label
    with a word of one or two characters, or with "common" or "preferred" (labels
    run long, and the search tries every position of one)."""
    words = label.rsplit(None, 1)
    if not words or (len(words[-1]) > 2 and not words[-1].lower().endswith(("common", "preferred"))):
        return False
    return UNFINISHED_END_RE.search(label) is not None


def join_wrapped(pending: PendingLabel, following: str) -> str:
    """The pending label joined onto `following`, less the continuation lines that
    `following` prints again: "Collections of receivables and lease" / "investments" /
    "investments  46,961" prints the label's last line twice, once beside its amounts.
    A continuation line goes when its words are, in order and together, in the line
    after it (checked from the last line back); the label's first line always stays."""
    parts = pending.parts
    while len(parts) > 1 and repeated_in(parts[-1], following):
        parts.pop()
    text = parts[0]
    for part in [*parts[1:], following]:
        text = join(text, part)
    return text


def reprints_tail(pending: PendingLabel, following: str) -> bool:
    """A wrapped label whose last line(s) the line with the amounts prints again
    ("Net investing activity with" / "Financial Services" / "Financial Services  186"):
    that line ends the label even when its capital letter would start a new one."""
    if pending.text.endswith(":"):
        return False
    words = WORD_RE.findall(following.lower())
    tails = (" ".join(pending.parts[k:]) for k in range(1, len(pending.parts)))
    return bool(words) and any(WORD_RE.findall(tail.lower()) == words for tail in tails)


def repeated_in(line: str, following: str) -> bool:
    words, lowered = WORD_RE.findall(line.lower()), following.lower()
    if not words or words[0] not in lowered:
        return False  # the usual case, told without splitting `following` into words
    later = WORD_RE.findall(lowered)
    return any(later[i : i + len(words)] == words for i in range(len(later) - len(words) + 1))


def join(first: str, second: str) -> str:
    if first.endswith("-") and not first.endswith(" -"):
        return first[:-1] + second if is_broken_word(first, second) else first + second
    return f"{first} {second}"


def is_broken_word(first: str, second: str) -> bool:
    """Whether a hyphen at a line's end breaks one word ("cumula-" / "tive effect",
    "Deben-" / "tures"), not a compound that keeps it ("long-" / "term debt",
    "Automotive-" / "related"): the word goes on in lower case, and neither part is a
    word compounds are made of."""
    head = first[:-1].rsplit(None, 1)[-1].lower() if first[:-1].strip() else ""
    tail = second.split(None, 1)[0].lower().rstrip(".,;:)") if second.strip() else ""
    return second[:1].islower() and head.isalpha() and head not in COMPOUND_HEADS and tail not in COMPOUND_TAILS


# First parts of compounds printed with their hyphen ("long-term", "non-cash", "after-tax")
COMPOUND_HEADS = frozenset(
    {"long", "short", "non", "pre", "post", "after", "before", "mid", "self", "co", "re", "sub", "inter", "intra",
     "multi", "semi", "anti", "over", "under", "well", "year", "end", "available", "held", "fair", "low", "high",
     "full", "part", "wholly", "majority", "minority", "start", "write", "charge", "mark", "lease", "buy", "sell",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
     "fourth", "cross", "off", "on", "out", "up", "down", "stock", "tax", "debt", "equity", "cash", "so", "ex"}
)  # fmt: skip
# ... and their second parts ("Automotive-related", "government-guaranteed", "interest-bearing")
COMPOUND_TAILS = frozenset(
    {"related", "guaranteed", "based", "owned", "term", "free", "making", "bearing", "backed", "sponsored",
     "controlled", "linked", "oriented", "type", "sized", "wide", "time", "party", "income", "producing",
     "generating", "rated", "grade", "exempt", "deductible", "qualified", "sale", "maturity", "tax", "in", "out",
     "off", "up", "down", "over", "end", "year", "line", "specific", "sensitive", "dated", "looking", "to", "for",
     "and", "or", "of", "the", "a", "an", "by", "with", "cash", "term", "interest", "insured", "funded"}
)  # fmt: skip


def read_line(
    filing: Filing,
    number: int,
    text: str,
    guides: list[ColumnGuide],
    diagnostics: list[Diagnostic],
    placement: Placement | None = None,
) -> LineReading:
    label_end, tokens = line_tail_tokens(text)
    placed, label_tokens, misplaced = placement or place_tokens(tokens, guides, label_end)
    if label_tokens:
        label_end = label_tokens[-1].end
    for token in misplaced:
        diagnostics.append(diagnostic("X102", span_of(filing, number, token), f'"{token.raw}" has no free column'))
    cells = []
    path = filing.path
    for column, token in placed:
        start, end, raw, amount, digit_end = token
        span = NEW_TUPLE(SourceSpan, (path, number, start, end))
        guide = guides[column]
        if abs(digit_end - guide.anchor) > REACH and distance(token, guide) > REACH:
            diagnostics.append(diagnostic("X101", span, f'"{raw}" placed in column {column + 1}'))
        if amount is not None and amount.parenthesized and ")" not in raw:  # "(2,795,833.00": unclosed
            diagnostics.append(diagnostic("X103", span, f'read "{raw}" as negative'))
        cells.append(NEW_TUPLE(Cell, (column, raw, span, amount)))
    raw_label = text[:label_end]
    label = strip_dot_leaders(raw_label).strip()
    indent = len(raw_label) - len(raw_label.lstrip())
    label_span = NEW_TUPLE(SourceSpan, (path, number, indent, indent + len(label))) if label else None
    return NEW_TUPLE(LineReading, (number, label, indent, label_span, tuple(cells)))


def strip_dot_leaders(label: str) -> str:
    """"Net sales......" and "Net sales . . ." -> "Net sales"; "Inc." keeps its dot. A "$"
    glued to the leader is the first amount's: "Beginning of year.......$  (2,490,932)"."""
    trimmed = label.rstrip(" .$")
    leader = label[len(trimmed) :]
    return trimmed if ".." in leader or ". ." in leader else label


def span_of(filing: Filing, number: int, token: Token) -> SourceSpan:
    return SourceSpan(filing.path, number, token.start, token.end)  # a token starts on its first character


def diagnostic(code: str, span: SourceSpan, detail: str) -> Diagnostic:
    return Diagnostic(code, Severity.WARNING, f"{detail}: {CODES[code][1]}", span)


def rule_row(number: int, text: str, segments: list[tuple[int, int, str]], guides: list[ColumnGuide]) -> Row:
    style = "double" if any("=" in s for _, _, s in segments) else "single"
    indent = len(text) - len(text.lstrip())
    return NEW_TUPLE(Row, ("rule", "", indent, (number,), (), None, style, underlined_columns(segments, guides)))


def underlined_columns(segments: list[tuple[int, int, str]], guides: list[ColumnGuide]) -> tuple[int, ...]:
    """The columns a rule's segments overlap, in order (plain loops: a rule row is
    one line in eight)."""
    columns = []
    for index, guide in enumerate(guides):
        for start, end, _ in segments:
            if start < guide.end and guide.start < end:
                columns.append(index)
                break
    return tuple(columns)
