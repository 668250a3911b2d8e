"""Sector blocks: a company with a finance arm prints one statement as blocks of rows,
one per sector ("AUTOMOTIVE" / "FINANCIAL SERVICES", "Manufacturing Group" / "Finance
Group"), before lines that total the company; or as a column per sector under each
period. A block's amounts are that sector's own, the company totals are not, so the
blocks are found here and their facts get a member of the business segments axis.

A heading starts a sector block only where the statement bears it out: two or more
sector names, each repeated in another line's label ("Total Automotive assets",
"Receivable from Automotive") or followed by a company-total heading, and blocks that
repeat one another's lines ("Cash and cash equivalents", "Total costs and expenses").
"""

from __future__ import annotations

import re

from xbrlify.model import Row, StatementColumn, StatementKind
from xbrlify.periods import DATE_RE, LENGTH_RE, YEAR_RE
from xbrlify.rules import normalise_label
from xbrlify.statements.sections import SUB_HEADING_RE, heading_section

# A heading that introduces the company's own totals after the sector blocks
COMPANY_RE = re.compile(
    r"^(?:total\s+)?(?:company|consolidated|combined)(?:\s+totals?)?$|^total\s+company\b", re.I
)
# Words of statement lines, not of a business: "Revenues", "ASSETS", "Special Charges"
ACCOUNT_WORD_RE = re.compile(
    r"\b(?:revenues?|sales|costs?|expenses?|charges?|income|earnings|loss(?:es)?|assets|liabilities|equity"
    r"|cash|tax(?:es)?|dividends|shares?|stock|activities|balances?|totals?|change|notes?|adjustments?)\b",
    re.I,
)
# Column headings of one period that differ by the version, not by the business
VERSION_RE = re.compile(
    r"\b(?:reported|restated|previously|historical|actual|unaudited|audited|pro\s*-?\s*forma|budget|change|"
    r"increase|decrease|percent|variance)\b|%",
    re.I,
)
# "Automotive sector", "Financial Services segment": the generic word is no part of the name
GENERIC_TAIL_RE = re.compile(r"\s+(?:sector|segment)s?$", re.I)
PART_RE = re.compile(r"\bliabilities\b|\bequity\b", re.I)  # a balance sheet's second part ends the blocks
PERIOD_WORD_RE = re.compile(r"\b(?:for|the|ended|ending|as|of|at|fiscal|years?|quarters?|months?|weeks?)\b", re.I)
PARENTHESIS_RE = re.compile(r"\([^()]*\)")
MAX_NAME_WORDS = 6
MIN_SHARED_LINES = 2


def sector_name(label: str) -> str:
    """"FINANCIAL SERVICES" -> "Financial Services"; "Automotive sector:" -> "Automotive"."""
    text = GENERIC_TAIL_RE.sub("", label.strip().rstrip(":").strip())
    if text.isupper():
        text = " ".join(word.capitalize() for word in text.split())
    return text


def name_words(name: str) -> str:
    return normalise_label(name).text


def is_sector_heading(kind: StatementKind, row: Row) -> bool:
    """A heading row that can name a sector: short, not a statement part or section."""
    label = normalise_label(row.label).text
    if row.kind != "heading" or not label or not row.label[:1].isupper():
        return False
    if len(label.split()) > MAX_NAME_WORDS or any(ch.isdigit() for ch in label):
        return False
    if SUB_HEADING_RE.search(label):  # "Basic" and "Diluted" blocks of per-share amounts
        return False
    return not (COMPANY_RE.search(label) or ACCOUNT_WORD_RE.search(label) or heading_section(kind, row.label))


def ends_blocks(kind: StatementKind, row: Row) -> bool:
    """A heading after which no sector block goes on: the company's totals, or the
    liabilities and equity part of a balance sheet."""
    if row.kind != "heading":
        return False
    label = normalise_label(row.label).text
    return bool(COMPANY_RE.search(label)) or (kind == "balance_sheet" and bool(PART_RE.search(label)))


def names_sector(label: str, name: str) -> bool:
    """"Total Automotive assets" names "Automotive": the name and other words."""
    text, words = f" {normalise_label(label).text} ", name_words(name)
    return f" {words} " in text and len(text.split()) > len(words.split())


def without_name(label: str, name: str) -> str:
    """The line's label with the sector's name and any parenthesis taken out, to compare
    lines of two blocks: "Total Automotive assets" -> "total assets", "Income/(loss)
    before income taxes" -> "income before income taxes"."""
    text = f" {PARENTHESIS_RE.sub(' ', normalise_label(label).text)} ".replace(f" {name_words(name)} ", " ")
    return " ".join(text.split())


def line_blocks(kind: StatementKind, rows: tuple[Row, ...]) -> dict[int, str]:
    """Row index -> sector name, for the data rows of the statement's sector blocks."""
    starts = [i for i, row in enumerate(rows) if is_sector_heading(kind, row)]
    blocks = {start: block_rows(kind, rows, start, starts) for start in starts}
    names = {start: sector_name(rows[start].label) for start in starts}
    marked = any(ends_blocks(kind, row) and COMPANY_RE.search(normalise_label(row.label).text) for row in rows)
    kept = [
        start for start in starts
        if blocks[start] and (marked or named_elsewhere(rows, names[start]))
        and repeats_another(rows, start, blocks, names)
    ]  # fmt: skip
    if len({name_words(names[start]) for start in kept}) < 2:
        return {}
    return {index: names[start] for start in kept for index in blocks[start]}


def block_rows(kind: StatementKind, rows: tuple[Row, ...], start: int, starts: list[int]) -> list[int]:
    """Data rows from a sector heading to its closing line (a total naming the sector,
    kept), else up to the next sector heading or a heading that ends the blocks."""
    name = sector_name(rows[start].label)
    found: list[int] = []
    for index in range(start + 1, len(rows)):
        row = rows[index]
        if index in starts or ends_blocks(kind, row):
            break
        if row.kind != "data":
            continue
        found.append(index)
        if names_sector(row.label, name) and (is_ruled(rows, index) or last_before_stop(kind, rows, index, starts)):
            break
    return found


def is_ruled(rows: tuple[Row, ...], index: int) -> bool:
    label = normalise_label(rows[index].label).text
    return label.startswith("total") or (index > 0 and rows[index - 1].kind == "rule")


def last_before_stop(kind: StatementKind, rows: tuple[Row, ...], index: int, starts: list[int]) -> bool:
    for later in range(index + 1, len(rows)):
        if later in starts or ends_blocks(kind, rows[later]):
            return True
        if rows[later].kind == "data":
            return False
    return True


def named_elsewhere(rows: tuple[Row, ...], name: str) -> bool:
    """The sector's name recurs in a line's label (its closing total, or another
    sector's line with it: "Payable to Automotive")."""
    return any(row.kind == "data" and names_sector(row.label, name) for row in rows)


def repeats_another(rows: tuple[Row, ...], start: int, blocks: dict[int, list[int]], names: dict[int, str]) -> bool:
    own = {without_name(rows[i].label, names[start]) for i in blocks[start]}
    for other, indexes in blocks.items():
        if name_words(names[other]) == name_words(names[start]):
            continue
        theirs = {without_name(rows[i].label, names[other]) for i in indexes}
        if len(own & theirs) >= MIN_SHARED_LINES:
            return True
    return False


def company_totals_out(
    blocks: dict[int, str], totals: dict[int, tuple[tuple[tuple[int, int], ...], tuple[int, ...]]]
) -> dict[int, str]:
    """A line that sums lines of two sectors ("Total assets" of both blocks' totals)
    is the company's: it and the rest of its block belong to no sector."""
    found = dict(blocks)
    ordered = sorted(blocks)
    for index in sorted(totals):
        children = totals[index][0]
        if index not in found or len({blocks.get(row) for row, _ in children}) < 2:
            continue
        position = ordered.index(index)
        for later in ordered[position:]:
            if blocks[later] != blocks[index]:
                break
            found.pop(later, None)
    return found


def column_sectors(columns: tuple[StatementColumn, ...]) -> dict[int, str]:
    """Column index -> sector name, where columns of one period are told apart by a
    name in their headings ("2001 / Automotive", "2001 / Financial Services"); a
    "Consolidated" column is the company's, with no sector."""
    by_period: dict[tuple, list[tuple[int, str]]] = {}
    for column in columns:
        if column.role != "reported" or column.end is None:
            continue
        by_period.setdefault((column.end, column.start), []).append((column.index, heading_name(column.heading)))
    found: dict[int, str] = {}
    for group in by_period.values():
        names = {name_words(name) for _, name in group if name}
        if len(group) < 2 or len(names) < 2 or any(not name or VERSION_RE.search(name) for _, name in group):
            continue
        if any(ACCOUNT_WORD_RE.search(name) for _, name in group):
            continue
        found.update({index: name for index, name in group if not COMPANY_RE.search(name_words(name))})
    return found


def heading_name(heading: str) -> str:
    """What a column heading says besides its period: "2001 Financial Services" ->
    "Financial Services"."""
    text = LENGTH_RE.sub(" ", DATE_RE.sub(" ", heading))
    text = PERIOD_WORD_RE.sub(" ", YEAR_RE.sub(" ", text))
    return sector_name(" ".join(text.replace(",", " ").split()))
