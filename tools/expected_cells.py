"""Compare a conversion with a reviewed expectation file, cell by cell.

An expectation file (tests/corpus/expected/STEM.tsv) was written by reading the filing
alone: for every amount printed in its primary statements, the line, its position among
the line's amounts (ordinal), the period, the value (scale applied, signed as the
concept means it), the unit, the member (component or segment, "-" for none) and the
US-GAAP concept a reader would choose ("-": none fits). `compare` finds, for each, the
cell xbrlify read at that place (a fact, or a cell it skipped) and lists what differs.

Usage: python tools/expected_cells.py [STEM ...] [--expected DIR] [--filings DIR]
(default: every expectation file in tests/corpus/expected, filings in tests/fixtures)
Prints per filing the share of cells right in period, value, unit and member, the
concept agreement, and each difference.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from decimal import Decimal
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "corpus" / "expected"
ALIASES = ROOT / "tests" / "corpus" / "member_aliases.tsv"
FIXTURES = ROOT / "tests" / "fixtures"
XBRLI = "{http://www.xbrl.org/2003/instance}"
UNITS = {"USD": "USD", "shares": "shares", "USD/share": "USD_per_share", "pure": "pure"}


@dataclass(frozen=True)
class Expected:
    line: int
    ordinal: int
    raw: str
    period: str
    value: Decimal
    unit: str
    member: str
    concept: str
    label: str


@dataclass(frozen=True)
class Found:
    """What xbrlify made of one printed cell: a fact, or the reason it skipped the cell."""

    col: int
    concept: str | None = None
    period: str | None = None
    value: Decimal | None = None
    unit: str | None = None
    members: tuple[str, ...] = ()
    skipped: str | None = None


@dataclass(frozen=True)
class Difference:
    expected: Expected
    what: str  # "missing", "skipped", "period", "value", "unit", "member", "extra"
    found: str

    def __str__(self) -> str:
        e = self.expected
        return f"{e.line}:{e.ordinal} {e.raw!r} {e.label[:50]!r}: {self.what} expected {self._wanted()} found {self.found}"

    def _wanted(self) -> str:
        return {"period": self.expected.period, "value": str(self.expected.value), "unit": self.expected.unit,
                "member": self.expected.member}.get(self.what, "a fact")  # fmt: skip


def read_expected(path: Path) -> list[Expected]:
    rows = (line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        Expected(int(r["line"]), int(r["ordinal"]), r["raw"], r["period"], Decimal(r["value"]), r["unit"],
                 r["member"], r["concept"], r["label"])  # fmt: skip
        for r in reader
    ]


def read_found(folder: Path, report) -> dict[int, list[Found]]:
    """Every cell xbrlify read from a statement, by line, left to right."""
    root = etree.parse(str(folder / report.instance)).getroot()
    contexts = {c.get("id"): context_of(c) for c in root.iter(f"{XBRLI}context")}
    facts = {e.get("id"): e for e in root if e.get("contextRef") and e.get("unitRef")}
    by_line: dict[int, list[Found]] = {}
    for fact_id, location in report.sources.items():
        element = facts.get(fact_id)
        if element is None:
            continue
        line, col = (int(part) for part in location.rsplit(":", 2)[1:])
        period, members = contexts[element.get("contextRef")]
        concept = etree.QName(element).localname
        found = Found(col, concept, period, Decimal(element.text), element.get("unitRef"), members)
        by_line.setdefault(line, []).append(found)
    for cell in report.cells_skipped:
        line, col = (int(part) for part in cell.location.rsplit(":", 2)[1:])
        by_line.setdefault(line, []).append(Found(col, skipped=cell.reason))
    for cells in by_line.values():
        cells.sort(key=lambda f: f.col)
    return by_line


def context_of(context) -> tuple[str, tuple[str, ...]]:
    instant = context.find(f".//{XBRLI}instant")
    if instant is not None:
        period = instant.text
    else:
        period = f"{context.find(f'.//{XBRLI}startDate').text}..{context.find(f'.//{XBRLI}endDate').text}"
    members = tuple(m.text.split(":")[-1] for m in context.iter("{http://xbrl.org/2006/xbrldi}explicitMember"))
    return period, members


def compare(expected: list[Expected], found: dict[int, list[Found]], balances: dict[str, str | None]) -> list[Difference]:
    """What differs, cell by cell. `balances` (concept -> debit/credit/None) judges the
    sign of a value xbrlify gave another concept than the reader (see value_agrees)."""
    differences = []
    for want in expected:
        cells = found.get(want.line, [])
        if want.ordinal > len(cells):
            differences.append(Difference(want, "missing", f"{len(cells)} cell(s) read on the line"))
            continue
        got = cells[want.ordinal - 1]
        differences += cell_differences(want, got, balances)
    return differences


def cell_differences(want: Expected, got: Found, balances: dict[str, str | None]) -> list[Difference]:
    if got.skipped:
        return [Difference(want, "skipped", got.skipped)]
    differences = []
    if got.period != want.period:
        differences.append(Difference(want, "period", str(got.period)))
    if not value_agrees(want, got, balances):
        differences.append(Difference(want, "value", f"{got.value} ({got.concept})"))
    if got.unit != UNITS.get(want.unit, want.unit):
        differences.append(Difference(want, "unit", str(got.unit)))
    if not member_agrees(want.member, got.members):
        differences.append(Difference(want, "member", ",".join(got.members) or "-"))
    return differences


def value_agrees(want: Expected, got: Found, balances: dict[str, str | None]) -> bool:
    """The reader's value is signed as their concept means it. Under the same concept
    the values must be equal; under another one of the opposite balance type, opposite;
    where either concept has no balance type known here, the sign says nothing and the
    magnitudes must agree (the concept disagreement is counted on its own)."""
    if got.concept == want.concept:
        return got.value == want.value
    ours, theirs = balances.get(got.concept or ""), balances.get(want.concept)
    if ours and theirs:
        return got.value == (want.value if ours == theirs else -want.value)
    return abs(got.value) == abs(want.value)


def member_agrees(wanted: str, members: tuple[str, ...]) -> bool:
    """"-" wants no member; a name wants a member that contains it ("RetainedEarnings"
    in "RetainedEarningsMember"), or one member_aliases.tsv says is the same."""
    if wanted == "-":
        return not members
    key = wanted.lower().replace(" ", "")
    same = member_aliases().get(wanted, set())
    return any(key in m.lower() or m.lower().removesuffix("member") in key or m in same for m in members)


@cache
def member_aliases() -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = {}
    for line in ALIASES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            reader, ours, _ = line.split("\t")
            aliases.setdefault(reader, set()).add(ours)
    return aliases


def extra_cells(expected: list[Expected], found: dict[int, list[Found]], report) -> list[Difference]:
    """Facts made from the statements' lines where the reader saw no amount (a year or
    a share count in a label read as a cell): each is a difference. Only statements
    the reader covered count (schedules xbrlify also converts were not read)."""
    wanted: dict[int, int] = {}
    for want in expected:
        wanted[want.line] = max(wanted.get(want.line, 0), want.ordinal)
    ranges = [tuple(int(n) for n in s.lines.split("-")) for s in report.statements]
    ranges = [(first, last) for first, last in ranges if any(first <= line <= last for line in wanted)]
    extras = []
    for line, cells in sorted(found.items()):
        if not any(first <= line <= last for first, last in ranges):
            continue
        for ordinal, cell in enumerate(cells[wanted.get(line, 0):], wanted.get(line, 0) + 1):
            if cell.skipped is None:
                stand_in = Expected(line, ordinal, "", "", Decimal(0), "", "-", "-", "(no amount expected)")
                extras.append(Difference(stand_in, "extra", f"{cell.value} ({cell.concept})"))
    return extras


def concept_agreement(expected: list[Expected], found: dict[int, list[Found]]) -> tuple[int, int]:
    """(rows whose concept matches the reader's base concept, rows with a base concept expected)."""
    agree = total = 0
    for want in expected:
        if want.concept == "-":
            continue
        cells = found.get(want.line, [])
        total += 1
        if want.ordinal <= len(cells) and cells[want.ordinal - 1].concept == want.concept:
            agree += 1
    return agree, total


def concept_balances() -> dict[str, str | None]:
    from xbrlify.taxonomy import load_base_taxonomy

    taxonomy = load_base_taxonomy()
    return {name: concept.balance for name, concept in taxonomy.concepts.items()}


def main() -> int:
    from xbrlify.pipeline import convert

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stems", nargs="*", help="expectation file stems (default: all)")
    parser.add_argument("--expected", type=Path, default=EXPECTED, help="folder of STEM.tsv files")
    parser.add_argument("--filings", type=Path, default=FIXTURES, help="folder of STEM.txt filings")
    args = parser.parse_args()
    stems = args.stems or sorted(p.stem for p in args.expected.glob("*.tsv"))
    balances = concept_balances()
    with tempfile.TemporaryDirectory() as work:
        for stem in stems:
            expected = read_expected(args.expected / f"{stem}.tsv")
            conversion = convert(args.filings / f"{stem}.txt", Path(work) / stem)
            found = read_found(conversion.folder, conversion.report)
            differences = compare(expected, found, balances) + extra_cells(expected, found, conversion.report)
            wrong = {(d.expected.line, d.expected.ordinal) for d in differences}
            agree, total = concept_agreement(expected, found)
            print(f"{stem}: {len(expected) - len(wrong)}/{len(expected)} cells right "
                  f"({100 * (1 - len(wrong) / len(expected)):.1f}%), concepts {agree}/{total}")  # fmt: skip
            for difference in differences:
                print(f"  {difference}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
