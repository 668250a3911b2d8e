"""Read a filing from disk: decode, normalise lines, find the EDGAR envelope.

Normalisation keeps one output line per input line so line numbers stay those of the
file: tabs expand to 8-column stops, form feeds are dropped, trailing blanks trimmed,
and the RFC 934 dash escape of PEM-wrapped submissions ("- ----" for "----") undone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from xbrlify.diagnostics import CODES, Diagnostic, InputError, Severity
from xbrlify.model import Document, Filing, SecHeader

PEM_BEGIN = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
OTHER_BREAKS = "\v\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines breaks at these too
PAGE_RE = re.compile(r"^\s*<PAGE>\s*\d*\s*$", re.IGNORECASE)
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # not tab, LF, FF, CR
DASH_ESCAPE = "- -"  # a line that began with "-" gets "- " put in front of it
HEADER_FIELD_RE = re.compile(
    r"""^\s*
    (?P<key>[A-Z][A-Z0-9 .()/&'-]*?)   # KEY, upper case, may hold spaces
    :\s*                               # the colon, then tabs or spaces
    (?P<value>.*?)\s*$                 # the value, possibly empty (a section title)
    """,
    re.VERBOSE,
)
DOC_TAG_RE = re.compile(
    r"""^\s*<(?P<tag>TYPE|SEQUENCE|FILENAME|DESCRIPTION)>   # a document field tag
    \s*(?P<value>.*?)\s*$                                    # its value on the same line
    """,
    re.VERBOSE | re.IGNORECASE,
)
HTML_RE = re.compile(r"<\s*(html|body|div|table\s+[^>]*border|p\s*>|font\b)", re.IGNORECASE)
ADDRESS_KEYS = {"STREET 1", "STREET 2", "CITY", "STATE", "ZIP", "BUSINESS PHONE"}
ADDRESS_SECTIONS = {"BUSINESS ADDRESS": "business_address", "MAIL ADDRESS": "mail_address"}
HEADER_KEYS = {
    "ACCESSION NUMBER": "accession_number",
    "CONFORMED SUBMISSION TYPE": "submission_type",
    "CONFORMED PERIOD OF REPORT": "period_of_report",
    "FILED AS OF DATE": "filed_as_of_date",
    "COMPANY CONFORMED NAME": "company_name",
    "CENTRAL INDEX KEY": "cik",
    "IRS NUMBER": "irs_number",
    "STATE OF INCORPORATION": "state_of_incorporation",
    "FISCAL YEAR END": "fiscal_year_end",
}

# EDGAR's dissemination feed (".nc") tags, under the SEC-HEADER names they stand for
FEED_FIELD_RE = re.compile(r"^\s*<(?P<closing>/)?(?P<tag>[A-Z][A-Z0-9-]*)>\s*(?P<value>.*?)\s*$", re.IGNORECASE)
FEED_KEYS = {
    "ACCESSION-NUMBER": "ACCESSION NUMBER",
    "TYPE": "CONFORMED SUBMISSION TYPE",
    "PERIOD": "CONFORMED PERIOD OF REPORT",
    "FILING-DATE": "FILED AS OF DATE",
    "CONFORMED-NAME": "COMPANY CONFORMED NAME",
    "CIK": "CENTRAL INDEX KEY",
    "IRS-NUMBER": "IRS NUMBER",
    "STATE-OF-INCORPORATION": "STATE OF INCORPORATION",
    "FISCAL-YEAR-END": "FISCAL YEAR END",
    "FILE-NUMBER": "SEC FILE NUMBER",
}
FEED_ADDRESS_SECTIONS = {"BUSINESS-ADDRESS": "business_address", "MAIL-ADDRESS": "mail_address"}
FEED_ADDRESS_KEYS = {"STREET1": "STREET 1", "STREET2": "STREET 2", "CITY": "CITY", "STATE": "STATE", "ZIP": "ZIP",
                     "PHONE": "BUSINESS PHONE"}  # fmt: skip


def read_filing(path: str | Path) -> tuple[Filing, list[Diagnostic]]:
    """Read and normalise a filing; raise InputError when it cannot be used at all."""
    path_text = str(path)
    data = read_bytes(Path(path), path_text)
    text, encoding = decode_bytes(data, path_text)
    lines = TaggedLines(normalise_lines(text))
    pem_wrapped = bool(lines) and lines[0].strip() == PEM_BEGIN
    header = parse_sec_header(lines) or parse_feed_header(lines)
    documents = find_documents(lines, header)
    reject_unusable(path_text, lines, documents)
    diagnostics = []
    if encoding != "utf-8":
        diagnostics.append(
            Diagnostic("X001", Severity.INFO, CODES["X001"][1] + f" ({path_text})")
        )
    filing = Filing(
        path=path_text,
        encoding=encoding,
        lines=tuple(lines),
        header=header,
        documents=tuple(documents),
        pem_wrapped=pem_wrapped,
        page_lines=frozenset(i + 1 for i in lines.marked if PAGE_RE.match(lines[i])),
        marked_lines=tuple(i + 1 for i in lines.marked),
    )
    return filing, diagnostics


def read_bytes(path: Path, path_text: str) -> bytes:
    if not path.exists():
        raise InputError(path_text, "no such file", exit_code=2)
    if path.is_dir():
        raise InputError(path_text, "is a directory, not a filing", exit_code=2)
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(path_text, f"cannot be read ({error.strerror})", exit_code=2) from None


def decode_bytes(data: bytes, path_text: str) -> tuple[str, str]:
    """UTF-8 when it decodes, else Windows-1252 (the usual 1990s PC text)."""
    if not data or data.isspace():
        raise InputError(path_text, "is empty")
    if looks_binary(data):
        raise InputError(path_text, "is a binary file, not an EDGAR text filing")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; those fall back to Latin-1's meaning.
        return "".join(decode_cp1252_byte(b) for b in data), "cp1252"


def decode_cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))  # counted in C
    return controls > len(sample) // 20


def normalise_lines(text: str) -> list[str]:
    """Lines with tabs expanded, trailing blanks trimmed and the dash escape undone.

    A pass over the lines is skipped when the text shows it has nothing to do: a
    one-character `in` test runs at memory speed, and most filings have no form
    feeds and few tabs."""
    if "\f" in text:
        text = text.replace("\f", "")
    if any(mark in text for mark in OTHER_BREAKS):  # splitlines would also break at these
        lines = LINE_BREAK_RE.split(text.expandtabs(8))  # tab stops restart at \r and \n only
        if lines and lines[-1] == "":
            lines.pop()  # the final line break ends the last line, it does not start one
        lines = list(map(str.rstrip, lines))
    else:
        # splitlines breaks at \r and \n only here, where expandtabs restarts its tab
        # stops: a line can be expanded alone. Trimming first changes nothing, as
        # expanding a tab never makes a non-blank character blank.
        lines = list(map(str.rstrip, text.splitlines()))
        if "\t" in text:
            lines = [line.expandtabs(8) if "\t" in line else line for line in lines]
    if DASH_ESCAPE in text:
        lines = [line[2:] if line[:3] == DASH_ESCAPE else line for line in lines]
    return lines


def parse_sec_header(lines: TaggedLines) -> SecHeader | None:
    start = find_tag_line(lines, ("<SEC-HEADER>", "<IMS-HEADER>"), 0, min(len(lines), 200))
    if start is None:
        return None
    end = find_tag_line(lines, ("</SEC-HEADER>", "</IMS-HEADER>"), start + 1, len(lines))
    end = end if end is not None else start
    return header_of(sec_header_fields(lines[start + 1 : end]), start + 1, end + 1)


def sec_header_fields(lines: list[str]) -> Iterator[tuple[str, str, str | None]]:
    """(key, value, address section or None) of each "KEY: value" line."""
    section = None
    for line in lines:
        match = HEADER_FIELD_RE.match(line)
        if not match:
            continue
        key, value = match["key"].strip(), match["value"]
        if not value:
            section = ADDRESS_SECTIONS.get(key)
            continue
        yield key, value, section if key in ADDRESS_KEYS else None


def parse_feed_header(lines: TaggedLines) -> SecHeader | None:
    """The header of EDGAR's dissemination feed (".nc" files): "<SUBMISSION>", then one
    tag a field ("<CONFORMED-NAME>INDIANA BELL TELEPHONE CO INC", "<CIK>0000050178")
    up to the first <DOCUMENT>. Its fields are kept under the SEC-HEADER's names, so
    the rest of the pipeline reads both alike; of several filers, the first's."""
    start = find_tag_line(lines, ("<SUBMISSION>",), 0, min(len(lines), 20))
    if start is None:
        return None
    end = find_tag_line(lines, ("<DOCUMENT>",), start + 1, len(lines))
    end = end if end is not None else len(lines)
    return header_of(feed_header_fields(lines[start + 1 : end]), start + 1, end)


def feed_header_fields(lines: list[str]) -> Iterator[tuple[str, str, str | None]]:
    """(SEC-HEADER key, value, address section or None) of each feed tag with a value."""
    section = None
    for line in lines:
        match = FEED_FIELD_RE.match(line)
        if not match:
            continue
        tag, value = match["tag"].upper(), match["value"]
        if match["closing"] or not value:
            section = None if match["closing"] else FEED_ADDRESS_SECTIONS.get(tag, section)
            continue
        key = FEED_KEYS.get(tag, tag.replace("-", " "))
        yield (FEED_ADDRESS_KEYS.get(tag, key), value, section) if section else (key, value, None)


def header_of(entries: Iterable[tuple[str, str, str | None]], first_line: int, last_line: int) -> SecHeader:
    """A SecHeader from (key, value, address section) entries: every field as printed,
    addresses by section, and the known keys' first values."""
    fields: list[tuple[str, str]] = []
    known: dict[str, str] = {}
    addresses: dict[str, list[tuple[str, str]]] = {"business_address": [], "mail_address": []}
    for key, value, section in entries:
        fields.append((key, value))
        if section:
            addresses[section].append((key, value))
        elif key in HEADER_KEYS and HEADER_KEYS[key] not in known:
            known[HEADER_KEYS[key]] = value
    return SecHeader(
        **known,
        business_address=tuple(addresses["business_address"]),
        mail_address=tuple(addresses["mail_address"]),
        fields=tuple(fields),
        first_line=first_line,
        last_line=last_line,
    )


def find_tag_line(lines: TaggedLines, tags: tuple[str, ...], start: int, stop: int) -> int | None:
    """The first line in [start, stop) that starts with one of the envelope tags."""
    index = lines.tag_index
    for position in range(bisect_left(index, start), len(index)):
        number = index[position]
        if number >= stop:
            break
        if lines[number].strip().upper().startswith(tags):
            return number
    return None


class TaggedLines(list):
    """The filing's lines, with the indexes of those that may hold an envelope tag
    (a "<" near their start) listed once, so that tag searches skip the rest."""

    def __init__(self, lines: list[str]):
        super().__init__(lines)
        self.marked = [i for i, line in enumerate(lines) if "<" in line]  # tags and <PAGE> marks
        self.tag_index = [i for i in self.marked if "<" in lines[i][:8]]


def find_documents(lines: TaggedLines, header: SecHeader | None) -> list[Document]:
    """Each <DOCUMENT>, or the whole file (after any header) as one document."""
    documents: list[Document] = []
    index = 0
    while True:
        start = find_tag_line(lines, ("<DOCUMENT>",), index, len(lines))
        if start is None:
            break
        end = find_tag_line(lines, ("</DOCUMENT>",), start + 1, len(lines))
        end = end if end is not None else len(lines)
        documents.append(document_between(lines, len(documents), start + 1, end))
        index = end + 1
    if not documents:
        first = header.last_line if header else 0
        documents.append(Document(0, None, None, None, None, first + 1, len(lines)))
    return documents


def document_between(lines: TaggedLines, number: int, start: int, end: int) -> Document:
    """The document whose tags start at 0-based `start`; `end` is its closing tag."""
    tags: dict[str, str] = {}
    text_start, text_end = start, end
    for index in range(start, end):
        stripped = lines[index].strip().upper()
        if stripped.startswith("<TEXT>"):
            text_start = index + 1
            closing = find_tag_line(lines, ("</TEXT>",), index + 1, end)
            text_end = closing if closing is not None else end
            break
        match = DOC_TAG_RE.match(lines[index])
        if match and match["tag"].upper() not in tags:
            tags[match["tag"].upper()] = match["value"]
    return Document(
        index=number,
        type=tags.get("TYPE"),
        sequence=tags.get("SEQUENCE"),
        filename=tags.get("FILENAME"),
        description=tags.get("DESCRIPTION"),
        first_line=text_start + 1,
        last_line=text_end,
    )


def document_kind(lines: list[str] | tuple[str, ...], document: Document) -> str:
    """'text', 'html' or 'encoded' (uuencoded graphics, PDFs, zips), from its first lines."""
    text = (lines[n] for n in range(document.first_line - 1, document.last_line))
    body = list(islice((line for line in text if line.strip()), 40))
    if not body:
        return "text"
    if body[0].lstrip().lower().startswith("begin ") and len(body) > 1 and body[1].startswith("M"):
        return "encoded"
    head = "\n".join(body[:40])
    if HTML_RE.search(head) or head.lstrip().lower().startswith(("<html", "<!doctype")):
        return "html"
    return "text"


def reject_unusable(path_text: str, lines: list[str], documents: list[Document]) -> None:
    kinds = [document_kind(lines, document) for document in documents]
    if "text" not in kinds:
        if "html" in kinds:
            raise InputError(path_text, "is an HTML filing; xbrlify reads plain-text filings")
        raise InputError(path_text, "holds no plain-text document")
