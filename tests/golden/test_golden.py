"""Golden conversions: each case folder holds a filing and the facts its conversion
must give (concept, period, dimensions, value, decimals, source), reviewed by hand.

Regenerate a case only on purpose, then review every changed line against the filing:
    XBRLIFY_REGENERATE_GOLDEN=1 python -m pytest tests/golden
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from lxml import etree

from xbrlify.pipeline import convert

CASES = Path(__file__).parent
FIXTURES = CASES.parent / "fixtures"
GOLDEN_CASES = {"auxer-8k-a2": "auxer-8k-a2-2001-11-07.txt"}
XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDI = "http://xbrl.org/2006/xbrldi"


def fact_rows(instance: Path, source_lines: dict[str, str]) -> list[str]:
    root = etree.parse(str(instance)).getroot()
    contexts = {}
    for context in root.iter(f"{{{XBRLI}}}context"):
        period = context.find(f"{{{XBRLI}}}period")
        instant = period.findtext(f"{{{XBRLI}}}instant")
        when = instant or f"{period.findtext(f'{{{XBRLI}}}startDate')}..{period.findtext(f'{{{XBRLI}}}endDate')}"
        members = [f"{m.get('dimension').split(':')[1]}={m.text}" for m in context.iter(f"{{{XBRLDI}}}explicitMember")]
        contexts[context.get("id")] = (when, ",".join(members) or "-")
    rows = []
    for element in root:
        if element.get("contextRef") is None or not element.get("id", "").startswith("f_"):
            continue  # statement facts only; cover facts are tested on their own
        when, members = contexts[element.get("contextRef")]
        prefix = "ext" if "filing" in etree.QName(element).namespace else "xbrlify"
        concept = f"{prefix}:{etree.QName(element).localname}"
        where = source_lines.get(element.get("id"), "?")
        rows.append("\t".join([where, concept, when, members, element.text, element.get("decimals", "")]))
    return sorted(rows, key=lambda row: [int(p) if p.isdigit() else p for p in row.split("\t")[0].split(":")])


@pytest.mark.parametrize("case", sorted(GOLDEN_CASES))
def test_conversion_matches_its_reviewed_facts(case, tmp_path):
    result = convert(FIXTURES / GOLDEN_CASES[case], tmp_path / "out")
    sources = {}
    instance = tmp_path / "out" / (Path(GOLDEN_CASES[case]).stem + ".xml")
    for element in etree.parse(str(instance)).getroot():
        if element.get("id", "").startswith("f_"):
            _, line, col = element.get("id").split("_")
            sources[element.get("id")] = f"{line}:{col}"
    rows = ["line:col\tconcept\tperiod\tdimensions\tvalue\tdecimals", *fact_rows(instance, sources)]
    expected_file = CASES / case / "expected_facts.tsv"
    if os.environ.get("XBRLIFY_REGENERATE_GOLDEN"):
        expected_file.write_text("\n".join(rows) + "\n")
    expected = expected_file.read_text().splitlines()
    diff = "\n".join(difflib.unified_diff(expected, rows, "expected", "converted", lineterm=""))
    assert rows == expected, diff
    assert result.report.valid
