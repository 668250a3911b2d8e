"""The cover page as laid out in text: where it is, its labels, and the values they label.

A label is a caption such as "(Commission File Number)". Its value sits
- beside it: "Commission file number 0-10030", "Telephone: (212) 546-4000";
- above it, when the label is in parentheses (the printed form's blank line, often with a
  rule between): "0-30440" / "---------" / "(Commission File Number)";
- below it, when a bare label stands alone on its line (Form 12b-25):
  "Full Name of Registrant" / "THE AUXER GROUP, INC.".
Two labels on one line ("(State or other jurisdiction ...)   (I.R.S. Employer ...)") share
the value line above them: each stretch of text goes to the label under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from xbrlify.cover.model import Reading
from xbrlify.model import Filing, SourceSpan

Field = Literal["registrant", "state", "file_number", "ein", "address", "city_line", "zip", "phone", "other"]

COVER_MAX_LINES = 150
COVER_END_RE = re.compile(
    r"""^\s*(?:
        PART\s+I\b(?!\s*[-.:]?\s*REGISTRANT\s+INFORMATION)  # the report starts (Form 12b-25's
                                                            # Part I is its cover)
      | PART\s+II\b                                         # Form 12b-25 goes on to narrative
      | ITEM\s+1\b                                          # an 8-K or a report without parts
    )""",
    re.VERBOSE | re.IGNORECASE,
)
LABELS: tuple[tuple[Field, re.Pattern[str]], ...] = tuple(
    (field, re.compile(pattern, re.VERBOSE | re.IGNORECASE))
    for field, pattern in (
        # "(Exact name of registrant as specified in its charter)", "Full Name of Registrant"
        ("registrant", r"(?:exact\s+|full\s+)?name\s+of\s+(?:the\s+)?registrant"
                       r"(?:\s+as\s+specified\s+in\s+its\s+charter)?"),
        # "(State or other jurisdiction of incorporation ...)", "(State of incorporation)"
        ("state", r"state\s+or\s+other\s+jurisdiction(?:\s+of\s+incorporation)?(?:\s+or\s+organization)?"
                  r"|(?:state|jurisdiction)\s+of\s+(?:incorporation|organization)(?:\s+or\s+organization)?"),
        # "(Commission File Number)", "Commission file no."
        ("file_number", r"(?:commission|sec)\s+file\s+(?:number|no\b\.?)"),
        # "(I.R.S. Employer Identification No.)", "IRS Employer Identification Number"
        ("ein", r"(?:I\.?\s?R\.?\s?S\.?\s+)?employer\s+identification\s*(?:number|no\b\.?)?"
                r"|I\.?\s?R\.?\s?S\.?\s+employer\b"),
        # "(Address of principal executive offices)", "... Office (Street and Number)"
        ("address", r"address\s+of\s+(?:the\s+)?principal(?:\s+executive(?:\s+offices?)?)?"),
        # Form 12b-25: "City, State and Zip Code"
        ("city_line", r"city,?\s+(?:or\s+town,?\s+)?state,?\s+and\s+zip\s+code"),
        ("zip", r"zip\s+code"),
        # "(Registrant's telephone number, including area code)", "Telephone:"
        ("phone", r"(?:registrant'?s\s+)?telephone\s+number(?:,?\s+including\s+area\s+code)?"
                  r"|\btelephone(?:\s+no\b\.?)?(?=\s*:)"),
        # captions that label something else: values stop at them
        ("other", r"former\s+(?:name|address)|\(mark\s+one\)|\(check\s+one\)|titles?\s+of\s+(?:each\s+)?class"
                  r"|name\s+of\s+each\s+exchange|area\s+code"),
    )
)  # fmt: skip
RULE_RE = re.compile(r"^[\s\-_=*]+$")  # a line of dashes, underscores or equals signs
CHUNK_RE = re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
PAREN_CAPTION_RE = re.compile(r"^\([^)]*[A-Za-z][^)]*\)$")  # "(Street and Number)", not "(212)"
NOT_VALUE_RE = re.compile(  # words of the form itself, never part of a value
    r"""\b(?:report|pursuant|ended                     # "Current Report", "period ended"
        |act\s+of\s+1934|securities\s+and\s+exchange   # the form's heading
        |washington,?\s+d\.?\s?c|form\s+\d+)\b          # "Washington, D.C.", "FORM 10-K"
    """,
    re.VERBOSE | re.IGNORECASE,
)
MAX_VALUE_LINES: dict[Field, int] = {"registrant": 2, "address": 3}
CAPTION_LINES = 4  # lines a caption in parentheses may take


@dataclass(frozen=True)
class Label:
    field: Field
    line: int
    start: int  # the label's extent on its line, its parenthesis included
    end: int
    parenthesized: bool
    beside: Reading | None  # a value printed after it on the same line


class CoverText:
    """The lines of a filing's cover page: from the first document's first text to its
    first <PAGE> mark, "PART I" or "ITEM 1", at most COVER_MAX_LINES lines."""

    def __init__(self, filing: Filing):
        self.filing = filing
        document = filing.documents[0]
        first = document.first_line
        while first < document.last_line and self.lead_in(first):
            first += 1  # a <PAGE> mark or rule above the cover does not end it
        last = min(document.last_line, first + COVER_MAX_LINES - 1)
        for number in range(first + 1, last + 1):
            if number in filing.page_lines or COVER_END_RE.match(filing.line_text(number)):
                last = number - 1
                break
        self.first, self.last = first, last

    def lead_in(self, number: int) -> bool:
        return number in self.filing.page_lines or is_blank_or_rule(self.filing.line_text(number))

    @property
    def numbers(self) -> range:
        return range(self.first, self.last + 1)

    def text(self, number: int) -> str:
        return self.filing.line_text(number) if self.first <= number <= self.last else ""

    def span(self, number: int, start: int, end: int) -> SourceSpan:
        return SourceSpan(self.filing.path, number, start, end)

    def labels(self, number: int) -> list[Label]:
        return find_labels(self, number)

    def is_label_line(self, number: int) -> bool:
        text = self.text(number).strip()
        return bool(
            find_labels(self, number)
            or PAREN_CAPTION_RE.match(text)  # "(Registrant)", a caption of this form's own
            or text.count(")") > text.count("(")  # the rest of a caption that began above
        )


def find_labels(cover: CoverText, number: int) -> list[Label]:
    """The labels of a line, left to right: its captions in parentheses (which may wrap
    onto the lines below, each in its own column), then bare labels outside them."""
    text = cover.text(number)
    labels: list[Label] = []
    taken: list[tuple[int, int]] = []
    openings = [i for i, char in enumerate(text) if char == "("]
    for index, opening in enumerate(openings):
        window_end = openings[index + 1] if index + 1 < len(openings) else len(text)
        closing = text.find(")", opening, window_end)
        end = closing + 1 if closing >= 0 else window_end
        if closing >= 0:
            caption = text[opening + 1 : closing]
        else:
            caption = caption_text(cover, number, opening, window_end)
        if re.search("[A-Za-z]", caption):  # a caption, not "(973)"
            taken.append((opening, end))
        field = caption_field(caption)
        if field:
            labels.append(Label(field, number, opening, end, True, None))
    bare = [(f, m) for f, m in bare_matches(text) if not any(lo <= m.start() < hi for lo, hi in taken)]
    starts = sorted([label.start for label in labels] + [match.start() for _, match in bare])
    for field, match in bare:
        stop = next((start for start in starts if start > match.start()), len(text))
        beside = beside_value(cover, number, match.end(), stop)  # up to the next label
        labels.append(Label(field, number, *match.span(), False, beside))
    return sorted(labels, key=lambda label: label.start)


def caption_text(cover: CoverText, number: int, opening: int, window_end: int) -> str:
    """A caption that does not close on its line, with its continuation in the same column
    of the next lines: "(State or other" / "jurisdiction of" / "incorporation)"."""
    pieces = [cover.text(number)[opening + 1 : window_end]]
    for below in range(number + 1, number + CAPTION_LINES):
        piece = cover.text(below)[max(opening - 2, 0) : window_end].strip()
        if not piece:
            break
        pieces.append(piece.split(")")[0])
        if ")" in piece:
            break
    return " ".join(pieces)


def caption_field(caption: str) -> Field | None:
    """The field a caption names: the label found first in it (the longest at a tie)."""
    found = [(m.start(), -m.end(), field) for field, pattern in LABELS if (m := pattern.search(caption))]
    return min(found)[2] if found else None


def bare_matches(text: str) -> list[tuple[Field, re.Match[str]]]:
    """Labels matched in a line, left to right, none overlapping another."""
    matches = sorted(
        ((m.start(), -m.end(), field, m) for field, pattern in LABELS for m in pattern.finditer(text)),
        key=lambda item: item[:2],
    )
    kept: list[tuple[Field, re.Match[str]]] = []
    for _, _, field, match in matches:
        if not kept or match.start() >= kept[-1][1].end():
            kept.append((field, match))
    return kept


def beside_value(cover: CoverText, number: int, start: int, stop: int) -> Reading | None:
    text = cover.text(number)
    match = CHUNK_RE.search(text, start, stop)
    while match and match[0] in {":", ".", ")", "-"}:
        match = CHUNK_RE.search(text, match.end(), stop)
    if not match:
        return None
    value = match[0].lstrip(":.) ")
    begin = match.end() - len(value)
    if not value or PAREN_CAPTION_RE.match(value):
        return None
    end = begin + len(value.rstrip())
    return Reading(text[begin:end], cover.span(number, begin, end))


def label_values(cover: CoverText, label: Label, siblings: list[Label]) -> list[Reading]:
    """The lines of text that a label labels, top to bottom (empty when it labels nothing)."""
    if label.beside:
        return [label.beside]
    below = label.line + 1
    if not label.parenthesized and cover.text(below).strip() and not cover.is_label_line(below):
        return collect(cover, label, [label], label.line + 1, step=1)
    return collect(cover, label, siblings, skip_blank_rules(cover, label.line - 1, step=-1), step=-1)


def skip_blank_rules(cover: CoverText, number: int, step: int) -> int:
    while cover.first <= number <= cover.last and is_blank_or_rule(cover.text(number)):
        number += step
    return number


def is_blank_or_rule(text: str) -> bool:
    return not text.strip() or bool(RULE_RE.match(text))


def collect(cover: CoverText, label: Label, siblings: list[Label], number: int, step: int) -> list[Reading]:
    readings: list[Reading] = []
    limit = MAX_VALUE_LINES.get(label.field, 1)
    while len(readings) < limit and cover.first <= number <= cover.last:
        text = cover.text(number)
        if is_blank_or_rule(text) or NOT_VALUE_RE.search(text):
            break
        others = labels_in_other_columns(cover, number, label) if cover.is_label_line(number) else []
        if others is None:
            break  # a caption in this label's column: the values above are another's
        chunks = [
            c for c in CHUNK_RE.finditer(text)
            if owner(c.start(), c.end(), siblings) is label
            and (len(siblings) > 1 or overlaps(c.start(), c.end(), label))  # a lone caption labels what stands over it
            and not any(overlaps(c.start(), c.end(), other) for other in others)
        ]  # fmt: skip
        if chunks:
            start, end = chunks[0].start(), chunks[-1].end()
            readings.append(Reading(text[start:end], cover.span(number, start, end)))
        number += step
    return readings[::-1] if step < 0 else readings


def labels_in_other_columns(cover: CoverText, number: int, label: Label) -> list[Label] | None:
    """The captions of a line whose text may still belong to `label`: "Hoffman Estates,
    Illinois      (Zip code)" above "(Address of principal executive offices)". None when
    the line is a caption in the label's own column, or a caption's continuation."""
    found = [other for other in cover.labels(number) if other.field != label.field]
    text = cover.text(number).strip()
    if not found or PAREN_CAPTION_RE.match(text) or text.count(")") > text.count("("):
        return None
    if any(overlaps(other.start, other.end, label) for other in found):
        return None
    return found


def overlaps(start: int, end: int, label: Label) -> bool:
    return min(end, label.end) > max(start, label.start)


def owner(start: int, end: int, labels: list[Label]) -> Label:
    """The label a stretch of text stands over: the one it overlaps most, else the nearest."""
    def closeness(label: Label) -> tuple[int, float]:
        overlap = min(end, label.end) - max(start, label.start)
        return (max(overlap, 0), -abs((start + end) / 2 - (label.start + label.end) / 2))

    return max(labels, key=closeness)


def read_labelled(cover: CoverText) -> dict[Field, list[tuple[Label, list[Reading]]]]:
    """For each field, every label of it on the cover with the text it labels, in order."""
    found: dict[Field, list[tuple[Label, list[Reading]]]] = {}
    for number in cover.numbers:
        labels = cover.labels(number)
        for label in labels:
            if label.field != "other":
                found.setdefault(label.field, []).append((label, label_values(cover, label, labels)))
    return found
