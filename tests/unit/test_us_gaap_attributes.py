"""Every concept of the base schema is listed in taxonomy/us-gaap-attributes.tsv, and agrees with it.

The TSV holds the attributes published in a US-GAAP (or SRT) schema for each name, written by a script
from that schema (column `version`), so a concept added to the base schema fails here until it has been
checked. `status`: match (all four attributes agree), year-differs (the schema of that year differs in
the columns named in `differs`, which a newer taxonomy changed or must confirm), not-found (in none of the
schemas checked; presence only), dei (a DEI cover-page name, out of scope), verified (checked by hand
against a recent US-GAAP year, from taxonomy/us-gaap-verified.tsv with its source; must agree like `match`,
except in columns the source does not show, written `?`).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "taxonomy" / "xbrlify" / "xbrlify-2026-01-01.xsd"
TSV = ROOT / "taxonomy" / "us-gaap-attributes.tsv"
VERIFIED_TSV = ROOT / "taxonomy" / "us-gaap-verified.tsv"
XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
COLUMNS = ("type", "periodType", "balance", "abstract")
STATUSES = {"match", "year-differs", "not-found", "dei", "verified"}


def schema_attributes() -> dict[str, dict[str, str]]:
    """Local name -> attributes as the TSV writes them (type by local name, "-" for no balance)."""
    root = etree.parse(str(SCHEMA)).getroot()
    return {
        element.get("name"): {
            "type": element.get("type").split(":")[-1],
            "periodType": element.get(f"{{{XBRLI}}}periodType"),
            "balance": element.get(f"{{{XBRLI}}}balance") or "-",
            "abstract": "true" if element.get("abstract") == "true" else "false",
        }
        for element in root.findall(f"{{{XS}}}element")
    }


def tsv_rows(path: Path = TSV) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {row["name"]: row for row in csv.DictReader(lines, delimiter="\t")}


SCHEMA_ATTRIBUTES = schema_attributes()
ROWS = tsv_rows()
VERIFIED = tsv_rows(VERIFIED_TSV)


def test_the_tsv_lists_exactly_the_schema_concepts():
    assert sorted(set(SCHEMA_ATTRIBUTES) - set(ROWS)) == [], "check these against US-GAAP and add them to the TSV"
    assert sorted(set(ROWS) - set(SCHEMA_ATTRIBUTES)) == [], "the TSV lists names the schema no longer declares"


@pytest.mark.parametrize("name", sorted(ROWS))
def test_concept_agrees_with_the_published_attributes(name):
    row, ours = ROWS[name], SCHEMA_ATTRIBUTES[name]
    assert row["status"] in STATUSES
    if row["status"] in ("not-found", "dei"):
        assert all(row[column] == "-" for column in COLUMNS) and row["version"] == "-"
        return
    differs = set() if row["differs"] == "-" else set(row["differs"].split(","))
    assert row["status"] != "verified" or not differs, f"{name}: {sorted(differs)} differ from {row['version']}"
    assert (row["status"] == "year-differs") == bool(differs)
    for column in COLUMNS:
        if column in differs:
            assert ours[column] != row[column], f"{name}: {column} now agrees with {row['version']}; mark it match"
        elif not (row["status"] == "verified" and row[column] == "?"):
            assert ours[column] == row[column], f"{name}: {column} is {ours[column]}, {row['version']} has {row[column]}"


@pytest.mark.parametrize("name", sorted(VERIFIED))
def test_verified_rows_are_in_the_tsv_with_a_source(name):
    """The TSV was regenerated after the hand-kept file changed, and every verified row says where it was read."""
    kept, row = VERIFIED[name], ROWS.get(name)
    assert row is not None and row["status"] == "verified", f"{name}: regenerate the TSV with --verified"
    assert [row[c] for c in (*COLUMNS, "version")] == [kept[c] for c in (*COLUMNS, "version")]
    assert kept["source"].strip() and "20" in kept["version"]
