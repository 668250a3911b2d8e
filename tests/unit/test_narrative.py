"""Stage "narrative": Form 12b-25, Form 8-K items, amounts stated in prose, and the forms schema."""

from __future__ import annotations

import re
import shutil
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from xbrlify.model import Filing, SourceSpan
from xbrlify.narrative import (
    ITEM_CONCEPTS,
    NARRATIVE_CODES,
    NarrativeFact,
    filing_form,
    find_item_sections,
    prose_table_disagreements,
    read_8k_items,
    read_form_12b25,
    read_prose_amounts,
)
from xbrlify.narrative.text import BOX_RE, MARKUP_LINE_RE
from xbrlify.source import read_filing
from xbrlify.validate import validate_instance

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
TAXONOMY = ROOT / "taxonomy" / "xbrlify"
BASE_SCHEMA = TAXONOMY / "xbrlify-2026-01-01.xsd"
FORMS_SCHEMA = TAXONOMY / "xbrlify-forms-2026-01-01.xsd"
NAMESPACE = "http://xbrlify.org/taxonomy/2026-01-01"
XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"

NT = "auxer-nt10k-2003-03-31.txt"
EIGHT_K = "auxer-8k-2001-05-31.txt"
EIGHT_K_A = "auxer-8k-a2-2001-11-07.txt"


def filing_of(name: str) -> Filing:
    return read_filing(FIXTURES / name)[0]


def write_filing(tmp_path: Path, text: str) -> Filing:
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(text))
    return read_filing(path)[0]


def by_concept(facts: list[NarrativeFact]) -> dict[str, NarrativeFact]:
    concepts = [fact.concept for fact in facts]
    assert len(concepts) == len(set(concepts)), concepts
    return {fact.concept: fact for fact in facts}


# --- Form 12b-25 -------------------------------------------------------------------------------


def test_the_fixtures_forms_are_recognised():
    assert [filing_form(filing_of(name)) for name in (NT, EIGHT_K, EIGHT_K_A)] == ["12b-25", "8-K", "8-K"]
    assert filing_form(filing_of("apple-10q-1998-0000320193-98-000008.txt")) is None


def test_notification_of_late_filing_facts():
    facts, _ = read_form_12b25(filing_of(NT))
    values = {concept: fact.value for concept, fact in by_concept(facts).items()}
    narrative = values.pop("LateFilingNarrativeTextBlock")
    assert values == {
        "NotificationOfLateFilingFormType": "10-K",  # "(Check One) [X] Form 10-K [] Form 20-F ..."
        "LateFilingTransitionReportFlag": "false",  # no "[] Transition Report on Form ..." is checked
        "DocumentPeriodEndDate": "2002-12-31",
        "LateFilingReasonsCouldNotBeEliminatedFlag": "true",  # - [X] (a)
        "LateFilingSubjectReportWillBeFiledWithinExtensionFlag": "true",  # - [X] (b)
        "LateFilingAccountantStatementAttachedFlag": "false",  # - [] (c)
        "LateFilingContactName": "Robert J. Scott",
        "LateFilingContactTelephone": "(231) 946-4343",
        "AllOtherPeriodicReportsFiledFlag": "true",  # (2) ... [X] Yes [] No
        "SignificantChangeInResultsExpectedFlag": "false",  # (3) ... [] Yes [X] No
    }
    assert narrative.startswith("Registrant did not obtain all information prior to filing date")
    assert narrative.endswith("by March 31, 2003.")
    assert all(fact.period == "document" for fact in facts)


def test_notification_facts_point_at_what_they_were_read_from():
    filing = filing_of(NT)
    facts = by_concept(read_form_12b25(filing)[0])
    where = {concept: (fact.source.line, filing.span_text(fact.source)) for concept, fact in facts.items()}
    assert where == {
        "NotificationOfLateFilingFormType": (7, "Form 10-K"),
        "LateFilingTransitionReportFlag": (7, "[X]"),
        "DocumentPeriodEndDate": (11, "December 31, 2002"),
        "LateFilingReasonsCouldNotBeEliminatedFlag": (29, "[X]"),
        "LateFilingSubjectReportWillBeFiledWithinExtensionFlag": (30, "[X]"),
        "LateFilingAccountantStatementAttachedFlag": (31, "[]"),
        "LateFilingNarrativeTextBlock": (37, filing.line_text(37)),
        "LateFilingContactName": (43, "Robert J. Scott"),
        "LateFilingContactTelephone": (43, "(231) 946-4343"),
        "AllOtherPeriodicReportsFiledFlag": (45, "[X]"),
        "SignificantChangeInResultsExpectedFlag": (48, "[X]"),
    }
    assert facts["LateFilingNarrativeTextBlock"].value == filing.line_text(37)
    assert facts["LateFilingNarrativeTextBlock"].end_line == 37


def test_a_date_on_the_transition_line_with_no_transition_box_is_the_period_and_a_finding():
    # "For Period Ended:" is blank and the date sits on "For the Transition Period Ended:", but
    # no transition report is checked: Form 10-K is, and the notice is dated March 31, 2003, the
    # due date of a 10-K for the calendar year 2002. The date is the period of that 10-K.
    _, findings = read_form_12b25(filing_of(NT))
    assert [(f.code, [s.line for s in f.spans]) for f in findings] == [("X602", [11])]
    assert "2002-12-31" in findings[0].message


def test_other_forms_have_no_late_filing_facts():
    assert read_form_12b25(filing_of(EIGHT_K_A)) == ([], [])
    assert read_8k_items(filing_of(NT)) == []
    assert read_prose_amounts(filing_of(NT)) == []


NT_OTHER_TYPINGS = """\
    <SEC-HEADER>
    CONFORMED SUBMISSION TYPE:\tNT 10-Q
    </SEC-HEADER>
    <DOCUMENT>
    <TYPE>NT 10-Q
    <TEXT>
                                  FORM 12b-25
                          NOTIFICATION OF LATE FILING

    (Check One):  |_| Form 10-K   |_| Form 20-F   |_| Form 11-K   {form_box} Form 10-Q
                  |_| Form N-SAR

    For Period Ended: June 30, 1999
    |_| Transition Report on Form 10-K
    For the Transition Period Ended: ____________________

    PART I -- REGISTRANT INFORMATION

    ACME WIDGETS INC.

    PART II -- RULES 12b-25(b) AND (c)

    If the subject report could not be filed without unreasonable effort or expense and the
    registrant seeks relief pursuant to Rule 12b-25(b), the following should be completed.

         (a) The reasons described in reasonable detail in
             Part III of this form could not be eliminated
    {part_ii_box}      without unreasonable effort or expense;
         (b) The subject quarterly report will be filed on or before the fifth
             calendar day following the prescribed due date; and
         (c) The accountant's statement or other exhibit required by Rule
             12b-25(c) has been attached if applicable.

    PART III -- NARRATIVE

    State below in reasonable detail the reasons why the Form 10-Q could not be filed
    within the prescribed time period.

        The Company's auditors need more time to review the
    inventory count at the Company's plant in Ohio.

    <PAGE>
    PART IV -- OTHER INFORMATION

    (1)  Name and telephone number of person to contact in regard to this notification

         Jane Q. Public                  (212)          555-1212
         --------------------------   -----------   ------------------
               (Name)                 (Area Code)   (Telephone Number)

    (2)  Have all other periodic reports ... been filed?   Yes {yes2}   No {no2}

    (3)  Is it anticipated that any significant change in results of operations ...
         will be reflected by the earnings statements?      {yes3} YES   {no3} NO

                                  SIGNATURE
    </TEXT>
    </DOCUMENT>
"""


@pytest.mark.parametrize(
    "form_box, part_ii_box, yes2, no2, yes3, no3, expected",
    [
        ("|X|", "[X]", "[ X ]", "[   ]", "[ ]", "[X]", ("true", "true", "false")),
        ("[ X ]", "[ ]", "[ ]", "[x]", "X", "", ("false", "false", "true")),
        ("X", "|X|", "|X|", "|_|", "[_]", "[X]", ("true", "true", "false")),
    ],
)
def test_other_typings_of_boxes(tmp_path, form_box, part_ii_box, yes2, no2, yes3, no3, expected):
    text = NT_OTHER_TYPINGS.format(form_box=form_box, part_ii_box=part_ii_box, yes2=yes2, no2=no2, yes3=yes3, no3=no3)
    filing = write_filing(tmp_path, text)
    facts, findings = read_form_12b25(filing)
    values = {concept: fact.value for concept, fact in by_concept(facts).items()}
    part_ii, q2, q3 = expected
    assert values["NotificationOfLateFilingFormType"] == "10-Q"
    assert values["DocumentPeriodEndDate"] == "1999-06-30"
    assert values["LateFilingReasonsCouldNotBeEliminatedFlag"] == part_ii
    assert values["LateFilingSubjectReportWillBeFiledWithinExtensionFlag"] == part_ii
    assert values["LateFilingAccountantStatementAttachedFlag"] == part_ii
    assert (values["AllOtherPeriodicReportsFiledFlag"], values["SignificantChangeInResultsExpectedFlag"]) == (q2, q3)
    assert values["LateFilingContactName"] == "Jane Q. Public"
    assert values["LateFilingContactTelephone"] == "(212) 555-1212"
    assert values["LateFilingNarrativeTextBlock"] == (
        "The Company's auditors need more time to review the\ninventory count at the Company's plant in Ohio."
    )
    # the one box in the margin stands for (a), (b) and (c), and the report says so
    assert [finding.code for finding in findings] == ["X605"]


def test_a_transition_report_checked_needs_no_finding(tmp_path):
    text = NT_OTHER_TYPINGS.format(form_box="|_|", part_ii_box="[X]", yes2="[X]", no2="[ ]", yes3="[X]", no3="[ ]")
    text = text.replace("For Period Ended: June 30, 1999", "For Period Ended:")
    text = text.replace("|_| Transition Report on Form 10-K", "|X| Transition Report on Form 10-K")
    text = text.replace("For the Transition Period Ended: ____", "For the Transition Period Ended: 12/31/98 ")
    facts = by_concept(read_form_12b25(write_filing(tmp_path, text))[0])
    assert facts["NotificationOfLateFilingFormType"].value == "10-K"
    assert facts["LateFilingTransitionReportFlag"].value == "true"
    assert facts["DocumentPeriodEndDate"].value == "1998-12-31"


def test_a_period_on_the_line_under_its_caption(tmp_path):
    text = NT_OTHER_TYPINGS.format(form_box="|X|", part_ii_box="[X]", yes2="[X]", no2="[ ]", yes3="[X]", no3="[ ]")
    text = text.replace("For Period Ended: June 30, 1999", "For Period Ended:\n    June 30, 1999")
    filing = write_filing(tmp_path, text)
    period = by_concept(read_form_12b25(filing)[0])["DocumentPeriodEndDate"]
    assert (period.value, period.source.line, filing.span_text(period.source)) == ("1999-06-30", 14, "June 30, 1999")


def test_no_form_checked_takes_the_edgar_header_and_says_so(tmp_path):
    text = NT_OTHER_TYPINGS.format(form_box="|_|", part_ii_box="[X]", yes2="[X]", no2="[ ]", yes3="[X]", no3="[ ]")
    filing = write_filing(tmp_path, text)
    facts, findings = read_form_12b25(filing)
    form = by_concept(facts)["NotificationOfLateFilingFormType"]
    assert (form.value, filing.span_text(form.source)) == ("10-Q", "10-Q")
    assert "LateFilingTransitionReportFlag" not in by_concept(facts)
    assert [finding.code for finding in findings] == ["X603", "X605"]


# --- Form 8-K items ------------------------------------------------------------------------------


@pytest.mark.parametrize("name, item_2, item_7", [(EIGHT_K, (42, 109), (111, 120)), (EIGHT_K_A, (45, 112), (116, 452))])
def test_each_item_is_a_text_block_of_its_lines_as_printed(name, item_2, item_7):
    filing = filing_of(name)
    facts = read_8k_items(filing)
    assert [(f.concept, f.source.line, f.end_line) for f in facts] == [
        ("AcquisitionOrDispositionOfAssetsTextBlock", *item_2),
        ("FinancialStatementsAndExhibitsTextBlock", *item_7),
    ]
    for fact in facts:
        printed = [filing.line_text(n) for n in range(fact.source.line, fact.end_line + 1)]
        assert fact.value == "\n".join(line for line in printed if not MARKUP_LINE_RE.match(line))
        assert fact.kind == "text" and fact.period == "document"
        assert "<PAGE>" not in fact.value and "<TABLE>" not in fact.value
    item_2_text = facts[0].value
    assert item_2_text.splitlines()[0] == "ITEM 2. ACQUISITION OR DISPOSITION OF ASSETS"
    assert item_2_text.splitlines()[-1] == "Company on May 16, 2001."
    terms = re.findall(r"^ {5}(\d+)\. +(\S.*)$", item_2_text, re.MULTILINE)
    assert [int(number) for number, _ in terms] == list(range(1, 18))
    assert terms[0][1] == "The value and ownership of the current bank account of Clifton"
    assert terms[16][1] == "Seller shall not make any prepaid telephone cards with Total Call,"
    assert "          Inc. for a period of one year from the date hereof.\n" in item_2_text


def test_item_7_of_the_amendment_keeps_its_statements_and_index():
    facts = read_8k_items(filing_of(EIGHT_K_A))
    lines = facts[1].value.splitlines()
    assert lines[0] == "ITEM 7. FINANCIAL STATEMENTS"
    assert "                  INTRODUCTION TO UNAUDITED PRO FORMA COMBINED" in lines
    assert any(line.startswith("Loss on disposal of Clifton Telecard, Inc.") for line in lines)
    assert lines[-1] == "* Filed with the original 8-K on May 31, 2001"


def test_original_8k_item_7_ends_before_the_signatures():
    facts = read_8k_items(filing_of(EIGHT_K))
    assert facts[1].value.splitlines()[-1] == "2.1      Stock Purchase Agreement."


EIGHT_K_OF_2005 = """\
                                    FORM 8-K
                                 CURRENT REPORT

    TABLE OF CONTENTS
    Item 2.01 Completion of Acquisition or Disposition of Assets
    Item 9.01 Financial Statements and Exhibits

    Item 2.01 Completion of Acquisition or Disposition of Assets.

    On June 1, 2005 the Company completed the purchase described in
    Item 2 of the Agreement, which is filed as an exhibit.

    item 13. A heading of no known item

    Something else.

    Item 9.01 Financial Statements and Exhibits.

    (c) Exhibits: 99.1 Press release.

                                   SIGNATURES

    Pursuant to the requirements of the Securities Exchange Act of 1934 ...
"""


def test_items_of_the_2004_form_any_case_and_no_table_of_contents(tmp_path):
    filing = write_filing(tmp_path, EIGHT_K_OF_2005)
    sections = find_item_sections(filing)
    where = [(s.number, s.first_line, s.last_line) for s in sections]
    assert where == [("2.01", 8, 11), ("13", 13, 15), ("9.01", 17, 19)]
    facts = read_8k_items(filing)
    assert [f.concept for f in facts] == [ITEM_CONCEPTS["2.01"], ITEM_CONCEPTS["9.01"]]
    assert facts[0].value.splitlines()[-1] == "Item 2 of the Agreement, which is filed as an exhibit."


# --- amounts stated in prose ----------------------------------------------------------------------


def test_prose_amounts_of_the_amendment():
    filing = filing_of(EIGHT_K_A)
    facts = read_prose_amounts(filing)
    read = [(f.concept, f.value, f.kind, f.source.line, filing.span_text(f.source), f.decimals) for f in facts]
    assert read == [
        ("DisposalDate", "2001-05-16", "date", 122, "May 16, 2001", None),
        ("DisposalGroupIncludingDiscontinuedOperationConsideration", "972350", "monetary", 124, "$972,350", 0),
        ("DisposalConsiderationNoteReceivable", "100000", "monetary", 125, "$100,000", 0),
        ("DisposalConsiderationNoteReceivableNumberOfInstallments", "6", "count", 125, "six", None),
        ("DisposalConsiderationNoteReceivableInstallmentAmount", "16667", "monetary", 125, "$16,667", 0),
        ("DisposalConsiderationNoteReceivableFirstInstallmentDate", "2001-11-16", "date", 126, "November 16, 2001",
         None),
        ("GainLossOnSaleOfBusiness", "-147757", "monetary", 138, "$147,757", 0),  # "The resulting loss ..."
    ]
    assert all(fact.period == "event" and fact.end_line is None for fact in facts)


def test_the_original_8k_states_no_amounts():
    # Its Item 2 tells of the sale ("effective May 16, 2001 ... sold") but names no price;
    # the "$50,000" credit limits are not amounts of the sale.
    assert read_prose_amounts(filing_of(EIGHT_K)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "On March 3, 1999, the Company sold its wholly owned subsidiary, Foo Corp., to Bar Inc.\n"
            "for a sale price of $2,500,000. The Company recognized a gain of $1.2 million on the sale\n"
            "of the subsidiary.",
            [("DisposalDate", "1999-03-03", None), ("DisposalGroupIncludingDiscontinuedOperationConsideration",
              "2500000", 0), ("GainLossOnSaleOfBusiness", "1200000", -5)],
        ),
        (
            "On Sept. 30, 1998 Acme Holdings disposed of its Widget division. The Company received a note\n"
            "in the amount of $250,000.50, payable in 12 monthly installments of $20,833.38 each.",
            [("DisposalDate", "1998-09-30", None), ("DisposalConsiderationNoteReceivable", "250000.50", 2),
             ("DisposalConsiderationNoteReceivableNumberOfInstallments", "12", None),
             ("DisposalConsiderationNoteReceivableInstallmentAmount", "20833.38", 2)],
        ),
        # a building is not a business; a company's own shares are an issue, not a disposal
        ("On March 3, 1999, the Company sold its building to Bar Inc. for a sale price of $2,500,000.", []),
        ("On January 30, 2002, we sold 100 million shares of Preferred Securities for $5,000,000,000.", []),
        # a count of another company's shares sold is an investment sold (Apple's 10-Q, 2000)
        ("For the six-month period ended on April 1, 2000, the Company sold approximately 6.7 million\n"
         "shares of ARM stock for net proceeds of $237 million.", []),
        # without the sale of a business, a "loss on the sale" is of something unknown
        ("The Company recorded a loss on the sale of $5,000.", []),
    ],
)
def test_prose_sentences(tmp_path, sentence, expected):
    filing = write_filing(tmp_path, sentence + "\n")
    facts = read_prose_amounts(filing)
    assert [(f.concept, f.value, f.decimals) for f in facts] == expected
    for fact in facts:
        raw = filing.span_text(fact.source)
        assert raw.startswith("$") if fact.kind == "monetary" else raw


def test_prose_and_table_disagree_naming_both_lines():
    filing = filing_of(EIGHT_K_A)
    row = filing.line_text(279)
    assert row.startswith("Loss on disposal of Clifton Telecard, Inc.")
    column = row.index("(147,747)")
    table_span = SourceSpan(filing.path, 279, column, column + len("(147,747)"))
    table_values = {"loss on disposal": (Decimal("147747"), table_span)}
    findings = prose_table_disagreements(read_prose_amounts(filing), table_values)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "X601" and finding.code in NARRATIVE_CODES
    assert [span.line for span in finding.spans] == [138, 279]
    assert [filing.span_text(span) for span in finding.spans] == ["$147,757", "(147,747)"]
    assert "line 138" in finding.message and "line 279" in finding.message
    assert "147,757" in finding.message and "147,747" in finding.message


def test_prose_and_table_that_agree_give_no_finding():
    filing = filing_of(EIGHT_K_A)
    prose = read_prose_amounts(filing)
    span = SourceSpan(filing.path, 1, 0, 1)
    agreeing = {
        "GainLossOnSaleOfBusiness": (Decimal("-147757"), span),
        "Sale price": (Decimal("972350"), span),
        "Inventory": (Decimal("1"), span),  # a row the prose says nothing of
    }
    assert prose_table_disagreements(prose, agreeing) == []
    by_label = prose_table_disagreements(prose, {"GAIN / LOSS on Sale of Clifton": (Decimal("-147747"), span)})
    assert [f.code for f in by_label] == ["X601"]


# --- the concepts: declared, typed as read, and valid XBRL ------------------------------------------


def declared() -> dict[str, etree._Element]:
    elements = {}
    for schema in (BASE_SCHEMA, FORMS_SCHEMA):
        root = etree.parse(str(schema)).getroot()
        assert root.get("targetNamespace") == NAMESPACE
        elements.update({e.get("name"): e for e in root.findall(f"{{{XS}}}element")})
    return elements


ITEM_TYPES = {
    "text": {"xbrli:stringItemType", "xbrli:normalizedStringItemType", "xbrlify:textBlockItemType"},
    "monetary": {"xbrli:monetaryItemType"},
    "date": {"xbrli:dateItemType"},
    "boolean": {"xbrli:booleanItemType"},
    "count": {"xbrli:nonNegativeIntegerItemType"},
}


def all_fixture_facts() -> list[NarrativeFact]:
    facts = read_form_12b25(filing_of(NT))[0]
    for name in (EIGHT_K, EIGHT_K_A):
        facts += read_8k_items(filing_of(name)) + read_prose_amounts(filing_of(name))
    return facts


def test_every_concept_the_stage_names_is_declared_with_a_matching_type():
    elements = declared()
    for concept in set(ITEM_CONCEPTS.values()):
        assert elements[concept].get("type") == "xbrlify:textBlockItemType", concept
    for fact in all_fixture_facts():
        element = elements[fact.concept]
        assert element.get("type") in ITEM_TYPES[fact.kind], fact.concept
        assert element.get(f"{{{XBRLI}}}periodType") == "duration", fact.concept
        if fact.concept.endswith("TextBlock"):
            assert element.get("type") == "xbrlify:textBlockItemType"
    forms = etree.parse(str(FORMS_SCHEMA)).getroot().findall(f"{{{XS}}}element")
    assert all(e.get("id") == f"xbrlify_{e.get('name')}" for e in forms)
    assert not {e.get("name") for e in forms} & set(
        e.get("name") for e in etree.parse(str(BASE_SCHEMA)).getroot().findall(f"{{{XS}}}element")
    )


def test_every_box_fact_points_at_a_box():
    filing = filing_of(NT)
    boxes = [filing.span_text(fact.source) for fact in read_form_12b25(filing)[0] if fact.kind == "boolean"]
    assert len(boxes) == 6 and all(BOX_RE.fullmatch(box) for box in boxes)


CONTEXT = """<xbrli:context id="{id}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">\
0000000000</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>{start}</xbrli:startDate>\
<xbrli:endDate>{end}</xbrli:endDate></xbrli:period></xbrli:context>"""


def instance_of(facts: list[NarrativeFact], schema: str) -> str:
    """A minimal instance of the facts: a duration context per period, USD and pure units."""
    body = []
    for number, fact in enumerate(facts):
        element = etree.Element(f"{{{NAMESPACE}}}{fact.concept}", nsmap={"xbrlify": NAMESPACE})
        element.set("id", f"f{number}")
        element.set("contextRef", fact.period)
        if fact.kind in ("monetary", "count"):
            element.set("unitRef", "USD" if fact.kind == "monetary" else "pure")
            element.set("decimals", str(fact.decimals) if fact.decimals is not None else "INF")
        element.text = fact.value
        body.append(etree.tostring(element, encoding="unicode"))
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"'
        ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"'
        f' xmlns:xbrlify="{NAMESPACE}">',
        f'<link:schemaRef xlink:type="simple" xlink:href="xbrlify/{schema}"/>',
        CONTEXT.format(id="document", start="2001-01-01", end="2002-12-31"),
        CONTEXT.format(id="event", start="2001-05-16", end="2001-05-16"),
        '<xbrli:unit id="USD"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>',
        '<xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>',
        *body,
        "</xbrli:xbrl>",
    ])


INCLUDE = '  <xs:include schemaLocation="xbrlify-forms-2026-01-01.xsd"/>\n'


@pytest.mark.parametrize("entry", ["forms", "base including forms"])
@pytest.mark.parametrize("name", [NT, EIGHT_K, EIGHT_K_A])
def test_the_facts_of_each_fixture_make_a_valid_instance(tmp_path, name, entry):
    """Valid with the forms schema as entry point (it includes the base schema), and with the
    base schema as entry point once it includes the forms schema, as the integrator will wire it."""
    filing = filing_of(name)
    facts = read_form_12b25(filing)[0] + read_8k_items(filing) + read_prose_amounts(filing)
    assert facts
    shutil.copytree(TAXONOMY, tmp_path / "xbrlify")
    schema = FORMS_SCHEMA.name
    if entry == "base including forms":
        base = tmp_path / "xbrlify" / BASE_SCHEMA.name
        text = base.read_text(encoding="utf-8")
        if FORMS_SCHEMA.name not in text:  # after the last xs:import
            text = re.sub(r"(.*<xs:import[^>]*/>\n)", lambda m: m.group(1) + INCLUDE, text, count=1, flags=re.DOTALL)
            base.write_text(text, encoding="utf-8")
        assert FORMS_SCHEMA.name in base.read_text(encoding="utf-8")
        schema = BASE_SCHEMA.name
    instance = tmp_path / "narrative.xml"
    instance.write_text(instance_of(facts, schema), encoding="utf-8")
    result = validate_instance(instance)
    assert [str(finding) for finding in result.findings if finding.severity != "info"] == []
