"""Regression harness: every corpus filing's primary statements, cell by cell, against
expectations written by readers who saw only the filing (tests/corpus/expected/).

For each printed amount: the period, the value (scale and sign), the unit and the
member must be what the reader wrote. known_differences.tsv lists the differences
still open, each with its reason (xbrlify's gap, or a reader's judgement xbrlify does
not share); a new difference fails, and so does a listed one that no longer occurs
(then the list is out of date: remove the line). Concept choices are compared by
tools/expected_cells.py and reported, not asserted: many are judgement calls.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

from xbrlify.pipeline import convert

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
KNOWN = HERE / "known_differences.tsv"


def load_tool():
    spec = importlib.util.spec_from_file_location("expected_cells", ROOT / "tools" / "expected_cells.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


expected_cells = load_tool()
STEMS = sorted(p.stem for p in (HERE / "expected").glob("*.tsv"))


@cache
def balances():
    return expected_cells.concept_balances()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def known_differences() -> dict[tuple[str, int, int, str], str]:
    rows = (line for line in KNOWN.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {
        (r["filing"], int(r["line"]), int(r["ordinal"]), r["what"]): r["reason"]
        for r in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    }


def test_every_known_difference_has_a_reason():
    assert all(reason.strip() for reason in known_differences().values())


@pytest.mark.parametrize("stem", STEMS)
def test_primary_statements_cell_by_cell(stem, out):
    expected = expected_cells.read_expected(HERE / "expected" / f"{stem}.tsv")
    conversion = convert(ROOT / "tests" / "fixtures" / f"{stem}.txt", out / stem)
    found = expected_cells.read_found(conversion.folder, conversion.report)
    differences = expected_cells.compare(expected, found, balances())
    differences += expected_cells.extra_cells(expected, found, conversion.report)
    seen = {(stem, d.expected.line, d.expected.ordinal, d.what): str(d) for d in differences}
    listed = {key for key in known_differences() if key[0] == stem}
    new = sorted(text for key, text in seen.items() if key not in listed)
    fixed = sorted(listed - set(seen))
    assert not new, f"{len(new)} new difference(s):\n" + "\n".join(new)
    assert not fixed, f"{len(fixed)} listed difference(s) no longer occur, update known_differences.tsv:\n" + "\n".join(
        map(str, fixed)
    )
