"""The signature block: who signed for the registrant, with what title, on what date.

    SIGNATURES
    ...
    By: /s/ Robert J. Scott             By: Eugene Chiaramonte, Jr.
    Robert J. Scott President           ---------------------------
    Dated March 31, 2003                    Eugene Chiaramonte, Jr.
                                            President
                                    DATED: November 7, 2001
"""

from __future__ import annotations

import re

from xbrlify.cover.layout import RULE_RE
from xbrlify.cover.model import CoverFact, Reading
from xbrlify.cover.values import DAY_OF_RE, collapse, name_key, parse_date
from xbrlify.model import Filing, SourceSpan

SIGNATURE_HEADING_RE = re.compile(
    r"^\s*S\s?I\s?G\s?N\s?A\s?T\s?U\s?R\s?E\s?S?\s*$",  # "SIGNATURES", "S I G N A T U R E"
    re.IGNORECASE,
)
SIGNER_RE = re.compile(
    r"""(?:(?:^|\s\s)(?:By|BY)\s*:\s*  # "By:" starting a line or a column
         (?:/s/)?                   #   then maybe the conformed-signature mark
       | /s/                        # or the mark alone, anywhere ("Date: ...   /s/ Name")
    )
    \s*(?P<name>\S+(?:\ \S+)*)?     # the name, up to two spaces or the end of the line
    """,
    re.VERBOSE,
)
DATE_LABEL_RE = re.compile(r"\bdated?\b\s*:?\s*(?:as\s+of\s+)?", re.IGNORECASE)  # "DATED:", "Date:"
TITLE_LABEL_RE = re.compile(r"^\s*(?:title|its)\s*:\s*", re.IGNORECASE)  # "Title: President"
BLOCK_LINES = 45  # lines after the heading where the signer is looked for
TITLE_LINES = 3
DATE_LINES_AFTER = 12  # lines after the signer where the date may be


def read_signature(filing: Filing, after: int) -> tuple[CoverFact, ...]:
    """The first signer of the first SIGNATURE(S) block after line `after` that has one."""
    document = filing.documents[0]
    for heading in range(after + 1, document.last_line + 1):
        if not SIGNATURE_HEADING_RE.match(filing.line_text(heading)):
            continue
        last = min(document.last_line, heading + BLOCK_LINES)
        for number in range(heading + 1, last + 1):
            signer = signer_on(filing, number, last)
            if signer:
                return signature_facts(filing, heading, signer, last)
    return ()


def signer_on(filing: Filing, number: int, last: int) -> tuple[int, Reading] | None:
    """(line, name) when the line signs: "By: Name", "/s/ Name", or "By:" over the name."""
    text = filing.line_text(number)
    match = SIGNER_RE.search(text)
    if not match:
        return None
    name = match["name"]
    if name and not RULE_RE.match(name):
        cleaned = name.rstrip("* ")
        start = match.start("name")
        return number, Reading(cleaned, SourceSpan(filing.path, number, start, start + len(cleaned)))
    for below in range(number + 1, min(last, number + 3) + 1):  # "By: ________" / "Name"
        line = filing.line_text(below)
        if line.strip() and not RULE_RE.match(line):
            start = len(line) - len(line.lstrip())
            cleaned = line.strip().rstrip("* ")
            return below, Reading(cleaned, SourceSpan(filing.path, below, start, start + len(cleaned)))
    return None


def signature_facts(
    filing: Filing, heading: int, signer: tuple[int, Reading], last: int
) -> tuple[CoverFact, ...]:
    line, name = signer
    facts = [CoverFact("SignerName", collapse(name.text), name.span, "cover")]
    title = read_title(filing, line, name.text, last)
    if title:
        text = collapse(" ".join(reading.text for reading in title))
        facts.append(CoverFact("SignerTitle", text, title[0].span, "cover"))
    date = read_date(filing, heading, line, last)
    if date:
        facts.append(CoverFact("SignatureDate", date[0], date[1].span, "cover"))
    return tuple(facts)


def read_title(filing: Filing, line: int, name: str, last: int) -> list[Reading]:
    """The lines after the signer that are neither the typed name, a rule nor a date."""
    title: list[Reading] = []
    for number in range(line + 1, min(last, line + 10) + 1):
        text = filing.line_text(number)
        stripped = text.strip()
        if not stripped:
            if title:
                break
            continue
        if RULE_RE.match(text):
            continue
        if stripped.startswith("<") or SIGNER_RE.search(text) or is_date_line(text):
            if title or stripped.startswith("<") or SIGNER_RE.search(text):
                break
            continue
        start = len(text) - len(text.lstrip())
        label = TITLE_LABEL_RE.match(text)
        if label:
            start = label.end()
        elif name_key(stripped) == name_key(name):
            continue  # the name typed under the signature, "(I Martin Inglis)" included
        elif stripped.lower().startswith(name.lower()):  # "Robert J. Scott President"
            start += len(name) + len(stripped[len(name) :]) - len(stripped[len(name) :].lstrip())
        piece = text[start:].rstrip()
        if piece:
            title.append(Reading(piece, SourceSpan(filing.path, number, start, start + len(piece))))
        if len(title) == TITLE_LINES:
            break
    return title


def is_date_line(text: str) -> bool:
    found = parse_date(text)
    return bool(DATE_LABEL_RE.search(text) and found) or bool(found and found[1][0] == text.strip())


def read_date(filing: Filing, heading: int, line: int, last: int) -> tuple[str, Reading] | None:
    """"Date: ..." / "DATED ..." near the signer, else a date alone on a line after it,
    else "this 4th day of December 1997" between the heading and the signer."""
    after = range(heading + 1, min(last, line + DATE_LINES_AFTER) + 1)
    for number in after:
        text = filing.line_text(number)
        for label in DATE_LABEL_RE.finditer(text):
            found = parse_date(text[label.end() :])
            if found and found[1].start() == 0:
                return found[0], reading_at(filing, number, label.end(), found[1])
    for number in range(line + 1, after.stop):
        text = filing.line_text(number)
        found = parse_date(text)
        if found and found[1][0] == text.strip():
            return found[0], reading_at(filing, number, 0, found[1])
    for number in range(heading + 1, line + 1):  # the phrase may wrap onto the next line
        text = filing.line_text(number)
        wrapped = filing.line_text(number + 1).lstrip() if number < len(filing.lines) else ""
        found = parse_date(f"{text} {wrapped}", DAY_OF_RE)
        if found and found[1].start() < len(text):
            start, end = found[1].start(), min(found[1].end(), len(text))
            return found[0], Reading(found[1][0], SourceSpan(filing.path, number, start, end))
    return None


def reading_at(filing: Filing, number: int, offset: int, match: re.Match[str]) -> Reading:
    return Reading(match[0], SourceSpan(filing.path, number, offset + match.start(), offset + match.end()))
