"""`xbrlify convert` on the seed 8-K/A: the output folder, Arelle's verdict, the
amounts the issue names (read from the filing), conservation of cells, determinism,
and all-or-nothing output."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

import xbrlify.pipeline as pipeline
from xbrlify.cli import main
from xbrlify.pipeline import convert

SEED = Path(__file__).parent.parent / "fixtures" / "auxer-8k-a2-2001-11-07.txt"
BASE = "http://xbrlify.org/taxonomy/2026-01-01"
CLIFTON = "I20010331_CliftonTelecardMember"


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "out"
    return convert(SEED, out)


def facts(result, concept: str) -> dict[str, Decimal]:
    instance = etree.parse(str(result.folder / "auxer-8k-a2-2001-11-07.xml"))
    found = {}
    for element in instance.getroot().iter(f"{{{BASE}}}{concept}"):
        found.setdefault(element.get("contextRef"), Decimal(element.text))
    return found


def test_the_folder_is_valid_xbrl_on_its_own(converted):
    names = sorted(p.name for p in converted.folder.iterdir())
    assert names == [
        "auxer-8k-a2-2001-11-07.xml", "auxer-8k-a2-2001-11-07.xsd", "auxer-8k-a2-2001-11-07_cal.xml",
        "auxer-8k-a2-2001-11-07_def.xml", "auxer-8k-a2-2001-11-07_lab.xml", "auxer-8k-a2-2001-11-07_pre.xml",
        "report.json", "xbrlify",
    ]  # fmt: skip
    report = converted.report
    assert report.valid and not [f for f in report.findings if f.severity == "error"]
    assert not [f for f in report.findings if f.code == "arelle:duplicateFacts"]


def test_amounts_mean_what_the_filing_means(converted):
    # line 155 "Cash 75,779.00 44,781.00 0.00 30,998.00"; line 313 "Cash 282,023.00 (98,036.00)"
    cash = facts(converted, "Cash")
    assert cash["I20010331"] == Decimal("75779.00")
    assert cash[CLIFTON] == Decimal("44781.00")
    assert cash["I20001231_CliftonTelecardMember"] == Decimal("98036.00")  # printed negated
    # line 158 "Less Allowance for Doubtful Accounts (65,223.00)": a positive allowance
    assert facts(converted, "AllowanceForDoubtfulAccountsReceivableCurrent")["I20010331"] == Decimal("65223.00")
    # line 402 "Less Cost of Goods Sold (10,024,260)": a cost, positive
    assert facts(converted, "CostOfGoodsAndServicesSold")["D20000101_20001231"] == Decimal("10024260")
    # line 281 "NET INCOME (LOSS): ... (2,105,145)" pro forma
    assert facts(converted, "NetIncomeLoss")["D20010101_20010331_ProFormaMember"] == Decimal("-2105145")


def test_retained_earnings_are_mapped_to_the_dates_they_are_of(converted):
    # The March balance sheet's "Retained Earnings (Accumulated Deficit (7,624,650.00)" sits
    # beside "Current Net Loss": it is the deficit at the start of 2001, as the income
    # statement's "Accumulated Deficit at Beginning" says; the deficit at 2001-03-31 is
    # the income statement's "Accumulated Deficit at End" (9,580,799).
    deficit = facts(converted, "RetainedEarningsAccumulatedDeficit")
    assert deficit["I20001231"] == Decimal("-7624650.00")
    assert deficit["I20010331"] == Decimal("-9580799")
    assert deficit["I19991231"] == Decimal("-4828817.00")
    assert converted.report.resolutions  # the clashing Clifton and pro forma lines are explained


def test_gross_and_net_receivables(converted):
    # "Accounts Receivable 1,953,913.00 / Less Allowance (65,223.00) / Net 1,888,690.00"
    assert facts(converted, "AccountsReceivableGrossCurrent")["I20010331"] == Decimal("1953913.00")
    assert facts(converted, "AccountsReceivableNetCurrent")["I20010331"] == Decimal("1888690.00")


def test_every_cell_is_a_fact_or_a_listed_skip(converted):
    report = converted.report
    assert report.cells_read == report.facts + len(report.cells_skipped)
    assert report.cells_read == 456  # cells of the four statements, counted in the filing
    assert all(skip.reason and skip.location.startswith(str(SEED)) for skip in report.cells_skipped)


def test_only_the_sums_the_filing_gets_wrong_are_calculation_inconsistencies(converted):
    findings = converted.report.findings
    inconsistent = {loc for f in findings if f.code.startswith("calc11e") for loc in f.locations[:1]}
    printed_wrong = {f.locations[0].rsplit(":", 1)[0] for f in findings if f.code == "xbrlify:sourceDoesNotAddUp"}
    assert inconsistent and {loc.rsplit(":", 1)[0] for loc in inconsistent} <= printed_wrong


def test_the_output_is_byte_identical_when_run_again(converted, tmp_path):
    again = convert(SEED, tmp_path / "again")
    for path in sorted(converted.folder.glob("*.*")):
        assert (again.folder / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_failed_run_leaves_no_folder(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("validator crashed")

    monkeypatch.setattr(pipeline, "validate_instance", broken)
    with pytest.raises(RuntimeError):
        convert(SEED, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_cli_convert_prints_a_summary_and_exits_zero(tmp_path):
    result = CliRunner().invoke(main, ["convert", str(SEED), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "valid XBRL" in result.stdout and "cells read 456 = facts" in result.stdout
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["entity"]["fallback"] is True  # the seed has no SEC header and no --cik was given


def test_cli_refuses_a_folder_with_other_files(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    result = CliRunner().invoke(main, ["convert", str(SEED), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "other files" in result.stderr
    assert (tmp_path / "keep.txt").read_text() == "mine"


def test_a_per_share_amount_of_the_wrong_sign_is_reported(converted):
    # line 291: "Net Income (loss) per common share  0.02" beside a net loss of (1,956,149) (line 281)
    signs = [f for f in converted.report.findings if f.code == "xbrlify:signDisagrees"]
    assert {f.locations[0].split(":")[1] for f in signs} == {"291", "295"}
    assert all(f.locations[1].split(":")[1] in ("233", "281") for f in signs)


def dei_values(folder: Path, stem: str) -> dict[str, str]:
    root = etree.parse(str(folder / f"{stem}.xml")).getroot()
    return {etree.QName(e).localname: e.text for e in root if e.get("id", "").startswith("dei_")}


def test_cover_page_facts_are_in_the_instance(converted):
    dei = dei_values(converted.folder, "auxer-8k-a2-2001-11-07")
    assert dei["DocumentType"] == "8-K/A" and dei["AmendmentFlag"] == "true"
    assert dei["AmendmentDescription"] == "Amendment No. 2"
    assert dei["DocumentPeriodEndDate"] == "2001-05-16"  # date of earliest event reported
    assert dei["EntityRegistrantName"] == "THE AUXER GROUP, INC."
    assert (dei["EntityIncorporationStateCountryCode"], dei["EntityFileNumber"]) == ("DE", "0-30440")
    assert dei["EntityTaxIdentificationNumber"] == "22-3537927"
    assert (dei["CityAreaCode"], dei["LocalPhoneNumber"]) == ("973", "890-4925")
    assert converted.report.cover["SignerName"] == "Eugene Chiaramonte, Jr."
    assert (dei["SignerName"], dei["SignerTitle"], dei["SignatureDate"]) == ("Eugene Chiaramonte, Jr.", "President", "2001-11-07")


def test_a_cik_given_on_the_command_line_identifies_the_entity(tmp_path):
    result = convert(SEED, tmp_path / "out", cik="1092802")
    assert result.report.entity.scheme == "http://www.sec.gov/CIK" and result.report.entity.identifier == "0001092802"
    assert dei_values(result.folder, "auxer-8k-a2-2001-11-07")["EntityCentralIndexKey"] == "0001092802"
    assert result.report.valid


def test_every_fact_says_where_it_came_from(converted):
    instance = etree.parse(str(converted.folder / "auxer-8k-a2-2001-11-07.xml")).getroot()
    ids = {e.get("id") for e in instance if e.get("contextRef")}
    located = set(converted.report.sources)
    assert {i for i in ids if not i.startswith("dei_")} <= located  # header-only cover facts have no line
    assert converted.report.sources["f_155_47"] == f"{SEED}:155:47"  # Cash, 75,779.00


def test_what_reading_noticed_is_in_the_report(converted):
    # line 379 prints "(2,795,833.00" with no closing parenthesis: read as negative, and said so
    reading = [f for f in converted.report.findings if f.code == "X103"]
    assert [f.locations for f in reading] == [[f"{converted.report.file}:379:43"]]
    assert reading[0].message.startswith("table.unclosed-parenthesis: ")
