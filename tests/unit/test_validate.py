"""Stage "validate": Arelle in-process and offline; its messages as findings with source spans."""

from __future__ import annotations

import logging
import shutil
import textwrap
from pathlib import Path

import pytest

from xbrlify.diagnostics import XbrlifyError
from xbrlify.model import SourceSpan
from xbrlify.validate import Finding, ValidationResult, validate_instance

BASE_TAXONOMY = Path(__file__).resolve().parents[2] / "taxonomy" / "xbrlify"
BASE_SCHEMA = "xbrlify/xbrlify-2026-01-01.xsd"
CALC_CODE = "calc11e:inconsistentCalculationUsingRounding"
DUPLICATE_CODE = "arelle:duplicateFacts"

# Two contexts of CIK 320193 (an instant and a duration) and two units (USD, USD per share).
CONTEXTS_AND_UNITS = """\
  <xbrli:context id="c2001">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000320193</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:instant>2001-03-31</xbrli:instant></xbrli:period>
  </xbrli:context>
  <xbrli:context id="d2001Q1">
    <xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000320193</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2001-01-01</xbrli:startDate><xbrli:endDate>2001-03-31</xbrli:endDate></xbrli:period>
  </xbrli:context>
  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <xbrli:unit id="usdPerShare">
    <xbrli:divide>
      <xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
      <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator>
    </xbrli:divide>
  </xbrli:unit>
"""

# A filing extension: imports the base schema by a relative path, adds a calculation linkbase
# AssetsCurrent = CashAndCashEquivalentsAtCarryingValue + InventoryNet.
EXTENSION_SCHEMA = """\
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase"
  xmlns:xlink="http://www.w3.org/1999/xlink" targetNamespace="http://example.com/filing/2001"
  elementFormDefault="qualified">
  <xs:annotation><xs:appinfo>
    <link:linkbaseRef xlink:type="simple" xlink:href="filing_cal.xml"
      xlink:role="http://www.xbrl.org/2003/role/calculationLinkbaseRef"
      xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
  </xs:appinfo></xs:annotation>
  <xs:import namespace="http://xbrlify.org/taxonomy/2026-01-01" schemaLocation="xbrlify/xbrlify-2026-01-01.xsd"/>
</xs:schema>
"""
CALCULATION_LINKBASE = """\
<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
  <link:calculationLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <link:loc xlink:type="locator" xlink:href="xbrlify/xbrlify-2026-01-01.xsd#xbrlify_AssetsCurrent" xlink:label="total"/>
    <link:loc xlink:type="locator" xlink:href="xbrlify/xbrlify-2026-01-01.xsd#xbrlify_CashAndCashEquivalentsAtCarryingValue" xlink:label="cash"/>
    <link:loc xlink:type="locator" xlink:href="xbrlify/xbrlify-2026-01-01.xsd#xbrlify_InventoryNet" xlink:label="inventory"/>
    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="cash" weight="1.0" order="1"/>
    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="inventory" weight="1.0" order="2"/>
  </link:calculationLink>
</link:linkbase>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An output folder holding a copy of the base taxonomy and the filing's extension."""
    shutil.copytree(BASE_TAXONOMY, tmp_path / "xbrlify")
    (tmp_path / "filing.xsd").write_text(EXTENSION_SCHEMA, encoding="utf-8")
    (tmp_path / "filing_cal.xml").write_text(CALCULATION_LINKBASE, encoding="utf-8")
    return tmp_path


def write_instance(folder: Path, facts: str, schema: str = "filing.xsd") -> Path:
    path = folder / "filing.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"'
        ' xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:xbrlify="http://xbrlify.org/taxonomy/2026-01-01">\n'
        f'  <link:schemaRef xlink:type="simple" xlink:href="{schema}"/>\n'
        + CONTEXTS_AND_UNITS
        + textwrap.indent(textwrap.dedent(facts), "  ")
        + "</xbrli:xbrl>\n",
        encoding="utf-8",
    )
    return path


def span(line: int) -> SourceSpan:
    return SourceSpan("filing.txt", line, 40, 48)


def codes(result: ValidationResult) -> list[str]:
    return [finding.code for finding in result.findings]


CURRENT_ASSETS = """\
<xbrlify:CashAndCashEquivalentsAtCarryingValue id="f1" contextRef="c2001" unitRef="usd" decimals="-3">1234000</xbrlify:CashAndCashEquivalentsAtCarryingValue>
<xbrlify:InventoryNet id="f2" contextRef="c2001" unitRef="usd" decimals="-3">2345000</xbrlify:InventoryNet>
<xbrlify:AssetsCurrent id="f3" contextRef="c2001" unitRef="usd" decimals="-3">{total}</xbrlify:AssetsCurrent>
"""


def test_a_valid_instance_against_the_base_schema_has_no_findings(folder):
    instance = write_instance(
        folder,
        """\
        <xbrlify:EntityRegistrantName id="f1" contextRef="d2001Q1">APPLE COMPUTER INC</xbrlify:EntityRegistrantName>
        <xbrlify:Revenues id="f2" contextRef="d2001Q1" unitRef="usd" decimals="-6">1431000000</xbrlify:Revenues>
        <xbrlify:NetIncomeLoss id="f3" contextRef="d2001Q1" unitRef="usd" decimals="-6">-195000000</xbrlify:NetIncomeLoss>
        <xbrlify:EarningsPerShareBasic id="f4" contextRef="d2001Q1" unitRef="usdPerShare" decimals="2">-0.58</xbrlify:EarningsPerShareBasic>
        <xbrlify:InventoryNet id="f5" contextRef="c2001" unitRef="usd" decimals="0">11000</xbrlify:InventoryNet>
        """,
        schema=BASE_SCHEMA,
    )
    result = validate_instance(instance)
    assert result.findings == ()
    assert result.errors == ()
    assert 0 < result.seconds < 30


@pytest.mark.parametrize("total", ["3579000", "3580000"])  # items sum to 3,579 (thousands)
def test_a_total_within_rounding_of_its_items_is_consistent_under_c11r(folder, total):
    # 1,234 and 2,345 printed in thousands could be as much as 3,580 together.
    result = validate_instance(write_instance(folder, CURRENT_ASSETS.format(total=total)))
    assert result.findings == ()


def test_a_total_that_does_not_add_up_is_one_inconsistency_pointing_at_the_source(folder):
    instance = write_instance(folder, CURRENT_ASSETS.format(total="3581000"))
    sources = {"f1": span(10), "f2": span(11), "f3": span(13)}

    result = validate_instance(instance, sources)

    assert codes(result) == [CALC_CODE]
    (finding,) = result.findings
    assert finding.severity == "inconsistency"
    assert finding.fact_ids[0] == "f3"  # the total first, then its items
    assert set(finding.fact_ids) == {"f1", "f2", "f3"}
    assert finding.spans == tuple(sources[fact_id] for fact_id in finding.fact_ids)
    assert "xbrlify:AssetsCurrent" in finding.message and "\n" not in finding.message
    assert result.errors == ()


def test_spans_are_given_only_for_facts_with_a_known_source(folder):
    instance = write_instance(folder, CURRENT_ASSETS.format(total="9999000"))
    (finding,) = validate_instance(instance, {"f3": span(13), "unrelated": span(99)}).findings
    assert finding.spans == (span(13),)


def test_duplicate_facts_with_different_values_are_an_inconsistency(folder):
    instance = write_instance(
        folder,
        """\
        <xbrlify:InventoryNet id="inv1" contextRef="c2001" unitRef="usd" decimals="0">2000</xbrlify:InventoryNet>
        <xbrlify:InventoryNet id="inv2" contextRef="c2001" unitRef="usd" decimals="0">3000</xbrlify:InventoryNet>
        <xbrlify:Revenues id="rev1" contextRef="d2001Q1" unitRef="usd" decimals="0">500</xbrlify:Revenues>
        <xbrlify:Revenues id="rev2" contextRef="d2001Q1" unitRef="usd" decimals="0">500</xbrlify:Revenues>
        """,
        schema=BASE_SCHEMA,
    )
    result = validate_instance(instance, {"inv1": span(20), "inv2": span(30)})

    # Consistent duplicates (the same amount printed twice) are not reported.
    assert [(f.code, f.severity, f.fact_ids) for f in result.findings] == [
        (DUPLICATE_CODE, "inconsistency", ("inv1", "inv2"))
    ]
    assert result.findings[0].spans == (span(20), span(30))


def test_a_fact_of_an_undeclared_concept_is_an_error_naming_the_fact(folder):
    instance = write_instance(
        folder,
        '<xbrlify:NoSuchConcept id="f9" contextRef="c2001" unitRef="usd" decimals="0">1</xbrlify:NoSuchConcept>\n',
        schema=BASE_SCHEMA,
    )
    result = validate_instance(instance, {"f9": span(7)})
    assert "xbrl:schemaImportMissing" in codes(result)
    assert result.errors and all(finding.fact_ids == ("f9",) for finding in result.errors)
    assert all(finding.spans == (span(7),) for finding in result.errors)


def test_a_fact_whose_unit_is_not_declared_is_an_error(folder):
    instance = write_instance(
        folder,
        '<xbrlify:InventoryNet id="f1" contextRef="c2001" unitRef="eur" decimals="0">2000</xbrlify:InventoryNet>\n',
        schema=BASE_SCHEMA,
    )
    result = validate_instance(instance)
    assert [(f.code, f.severity, f.fact_ids) for f in result.findings] == [
        ("xbrl.4.6.2:numericUnit", "error", ("f1",))
    ]


def test_a_schema_that_is_not_in_the_folder_is_an_error_and_is_not_downloaded(folder):
    canonical = "http://xbrlify.org/taxonomy/2026-01-01/xbrlify-2026-01-01.xsd"
    instance = write_instance(folder, "", schema=canonical)
    (finding,) = validate_instance(instance).errors
    assert finding.code == "IOerror"
    assert "offline" in finding.message and canonical in finding.message
    assert finding.fact_ids == ()


def test_repeated_calls_give_the_same_findings_and_print_nothing(folder, capfd):
    instance = write_instance(
        folder,
        CURRENT_ASSETS.format(total="3581000")
        + '<xbrlify:InventoryNet id="f4" contextRef="c2001" unitRef="usd" decimals="-3">2346000</xbrlify:InventoryNet>\n',
    )
    first = validate_instance(instance, {"f3": span(13)})
    second = validate_instance(instance, {"f3": span(13)})

    assert set(codes(first)) == {DUPLICATE_CODE, CALC_CODE}
    assert first.findings == second.findings
    assert all(isinstance(finding, Finding) for finding in first.findings)
    assert capfd.readouterr().out == ""
    assert logging.getLogger("arelle").handlers == []  # each session removed its handler


def test_a_missing_instance_is_a_tool_error(tmp_path):
    with pytest.raises(XbrlifyError, match="no such instance"):
        validate_instance(tmp_path / "absent.xml")


def test_an_xml_document_that_is_not_an_instance_is_an_error(tmp_path):
    document = tmp_path / "report.xml"
    document.write_text('<?xml version="1.0"?>\n<report><total>1</total></report>\n', encoding="utf-8")
    assert [(f.code, f.severity) for f in validate_instance(document).findings] == [
        ("xbrlify:notAnInstance", "error")
    ]
