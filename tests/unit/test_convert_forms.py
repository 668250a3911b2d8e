"""`xbrlify convert` on the other seeds and on the corpus: cover pages, the Form 12b-25's
answers, 8-K items as text blocks and amounts stated in prose reach the instance.
Expected values were read from the filings."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from xbrlify.pipeline import convert

FIXTURES = Path(__file__).parent.parent / "fixtures"


@cache
def converted(name: str, folder: Path):
    return convert(FIXTURES / name, folder / Path(name).stem)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("forms")


def document_facts(result) -> dict[str, str]:
    instance = result.folder / (Path(result.report.file).stem + ".xml")
    root = etree.parse(str(instance)).getroot()
    return {etree.QName(e).localname: e.text for e in root if e.get("id", "")[:1] in ("d", "n")}


def test_the_12b25_answers(out):
    result = converted("auxer-nt10k-2003-03-31.txt", out)
    facts = document_facts(result)
    assert result.report.valid
    assert facts["DocumentType"] == "NT 10-K" and facts["DocumentPeriodEndDate"] == "2002-12-31"
    assert facts["NotificationOfLateFilingFormType"] == "10-K"  # "[X] Form 10-K"
    assert facts["LateFilingReasonsCouldNotBeEliminatedFlag"] == "true"  # "- [X] (a)"
    assert facts["LateFilingSubjectReportWillBeFiledWithinExtensionFlag"] == "true"  # "- [X] (b)"
    assert facts["LateFilingAccountantStatementAttachedFlag"] == "false"  # "- [] (c)"
    assert facts["LateFilingNarrativeTextBlock"].startswith("Registrant did not obtain all information")
    assert (facts["LateFilingContactName"], facts["LateFilingContactTelephone"]) == ("Robert J. Scott", "(231) 946-4343")
    assert facts["AllOtherPeriodicReportsFiledFlag"] == "true"  # question (2): "[X] Yes [] No"
    assert facts["SignificantChangeInResultsExpectedFlag"] == "false"  # question (3): "[] Yes [X] No"


def test_the_8k_items_are_text_blocks_with_their_line_breaks(out):
    result = converted("auxer-8k-2001-05-31.txt", out)
    facts = document_facts(result)
    item2 = facts["AcquisitionOrDispositionOfAssetsTextBlock"]
    assert item2.startswith("ITEM 2. ACQUISITION OR DISPOSITION OF ASSETS")
    assert "\n     17.  Seller shall not make any prepaid telephone cards" in item2
    assert "FinancialStatementsAndExhibitsTextBlock" in facts
    assert facts["DocumentType"] == "8-K" and facts["DocumentPeriodEndDate"] == "2001-05-16"


def test_amounts_stated_in_prose_and_their_disagreement_with_the_table(out):
    result = converted("auxer-8k-a2-2001-11-07.txt", out)
    facts = document_facts(result)
    assert facts["DisposalGroupIncludingDiscontinuedOperationConsideration"] == "972350"  # "sale price of $972,350"
    assert facts["DisposalConsiderationNoteReceivable"] == "100000"
    assert facts["DisposalConsiderationNoteReceivableInstallmentAmount"] == "16667"
    assert facts["DisposalConsiderationNoteReceivableFirstInstallmentDate"] == "2001-11-16"
    assert facts["DisposalDate"] == "2001-05-16"
    assert facts["GainLossOnSaleOfBusiness"] == "-147757"  # "loss ... in the amount of $147,757"
    mismatches = [f for f in result.report.findings if f.code == "X601"]
    assert any({loc.split(":")[1] for loc in f.locations} == {"138", "279"} for f in mismatches)


@pytest.mark.parametrize(
    "name, registrant, cik, form, period",
    [
        ("apple-10q-1998-0000320193-98-000008.txt", "APPLE COMPUTER, INC.", "0000320193", "10-Q", "1998-06-26"),
        ("apple-10k-1997-0001047469-97-006960.txt", "APPLE COMPUTER, INC.", "0000320193", "10-K", "1997-09-26"),
        ("bms-10q-1998-0000014272-98-000011.txt", "BRISTOL-MYERS SQUIBB COMPANY", "0000014272", "10-Q", "1998-09-30"),
        ("ford-10k-2001-0000037996-02-000015.txt", "FORD MOTOR COMPANY", None, "10-K", "2001-12-31"),
    ],
)
def test_corpus_cover_facts(out, name, registrant, cik, form, period):
    result = converted(name, out)
    facts = document_facts(result)
    assert result.report.valid
    assert facts["EntityRegistrantName"] == registrant
    assert facts.get("EntityCentralIndexKey") == cik
    assert (facts["DocumentType"], facts["DocumentPeriodEndDate"]) == (form, period)


def statement_facts(result, line: int) -> list[tuple[str, str, str, str]]:
    instance = result.folder / (Path(result.report.file).stem + ".xml")
    root = etree.parse(str(instance)).getroot()
    return [
        (etree.QName(e).localname, e.get("unitRef"), e.get("decimals"), e.text)
        for e in root
        if e.get("id", "").startswith(f"f_{line}_")
    ]


def test_per_share_amounts_and_share_counts_keep_their_units_and_scales(out):
    # Ford (in millions, except per share amounts), line 5379 under "AMOUNTS PER SHARE ...":
    # "Income/(loss) from continuing operations  $ (3.02)  $ 3.66  $ 5.38" are dollars per share
    ford = statement_facts(converted("ford-10k-2001-0000037996-02-000015.txt", out), 5379)
    assert [(unit, value) for _, unit, _, value in ford] == [("USD_per_share", "-3.02"), ("USD_per_share", "3.66"),
                                                              ("USD_per_share", "5.38")]  # fmt: skip
    # Apple 10-Q (dollars in millions), line 156 under "Shares used in computing ... (in thousands):"
    apple = statement_facts(converted("apple-10q-1998-0000320193-98-000008.txt", out), 156)
    assert [(unit, decimals, value) for _, unit, decimals, value in apple][0] == ("shares", "-3", "133068000")
    # BMS balance sheet line 255: "Authorized 2.25 billion shares; issued ... 109" is $109 million of stock
    bms = statement_facts(converted("bms-10q-1998-0000014272-98-000011.txt", out), 255)
    assert [(unit, value) for _, unit, _, value in bms] == [("USD", "109000000"), ("USD", "108000000")]


def test_basic_and_diluted_lines_take_their_heading(out):
    # BMS lines 315-316: "Earnings Per Common Share" / "Basic $.97 ..." / "Diluted $.95 ..."
    bms = converted("bms-10q-1998-0000014272-98-000011.txt", out)
    assert [(c, v) for c, _, _, v in statement_facts(bms, 315)][0] == ("EarningsPerShareBasic", "0.97")
    assert [(c, v) for c, _, _, v in statement_facts(bms, 316)][0] == ("EarningsPerShareDiluted", "0.95")
    # BMS line 320 under "Average Common Shares Outstanding (in millions)": 995 million shares
    assert statement_facts(bms, 320)[0] == ("WeightedAverageNumberOfSharesOutstandingBasic", "shares", "-6", "995000000")


def test_the_report_lists_each_rows_concept_and_each_table_left_out(out):
    report = converted("bms-10q-1998-0000014272-98-000011.txt", out).report
    rows = {row.line: row for statement in report.statements for row in statement.rows}
    # BMS line 315: "Basic  $.97 ..." under "Earnings Per Common Share"
    assert (rows[315].label, rows[315].concept, rows[315].extension) == ("Basic", "EarningsPerShareBasic", False)
    assert rows[315].rule
    apple = converted("apple-10k-1997-0001047469-97-006960.txt", out).report
    skipped = {t.lines: t.reason for t in apple.tables_skipped}
    assert all(reason for reason in skipped.values())
    assert len(skipped) + len({s.lines for s in apple.statements}) == apple.tables  # quarterly data: a statement a year
    # every cell of a table left out is listed with the table's reason
    outside = [c for c in apple.cells_skipped if c.reason.startswith("table not converted: ")]
    assert outside and all(c.reason.removeprefix("table not converted: ") in skipped.values() for c in outside)


def test_lines_printed_as_their_effect_on_a_total_take_their_concepts_sign(out):
    # BMS cash flow, operating section: "Receivables (262)" is an increase of 262 million
    # (it lowered cash); "Other assets and liabilities (103)" an increase of 103 million in
    # other operating capital; in investing, "Other, net 10" is 10 million of proceeds:
    # PaymentsFor... is -10 million.
    bms = converted("bms-10q-1998-0000014272-98-000011.txt", out)
    assert statement_facts(bms, 360)[0] == ("IncreaseDecreaseInReceivables", "USD", "-6", "262000000")
    assert statement_facts(bms, 367)[0] == ("IncreaseDecreaseInOtherOperatingCapitalNet", "USD", "-6", "103000000")
    assert statement_facts(bms, 364)[0][3] == "-493000000"  # an extension concept keeps the print
    assert statement_facts(bms, 379)[0] == ("PaymentsForProceedsFromOtherInvestingActivities", "USD", "-6", "-10000000")
    # Apple 10-Q: "Accounts receivable 112" in the operating changes is a decrease
    apple = converted("apple-10q-1998-0000320193-98-000008.txt", out)
    assert statement_facts(apple, 292)[0] == ("IncreaseDecreaseInAccountsReceivable", "USD", "-6", "-112000000")
    # Apple 10-K line 2162: a share count in thousands, though its label ends "per share"
    apple_k = converted("apple-10k-1997-0001047469-97-006960.txt", out)
    assert statement_facts(apple_k, 2162)[0] == ("WeightedAverageNumberOfSharesOutstandingBasic", "shares", "-3", "126062000")
