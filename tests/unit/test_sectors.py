"""Sectioned statements: sector blocks of rows ("AUTOMOTIVE" / "FINANCIAL SERVICES",
then the company's totals) and sector columns under each period are members of the
business segments axis. Expected values were read from Ford's 2001 10-K (statement of
income lines 5312-5394, balance sheet 5399-5499, cash flows 5503-5588) and from the
small statements written below."""

from __future__ import annotations

import textwrap
from functools import cache
from pathlib import Path

import pytest
import support
from lxml import etree

from xbrlify.pipeline import convert, inspect_filing
from xbrlify.statements import tables_to_statements

FIXTURES = Path(__file__).parent.parent / "fixtures"
FORD = "ford-10k-2001-0000037996-02-000015.txt"


def statements_of(tmp_path: Path, text: str):
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(text))
    found, _ = tables_to_statements(list(inspect_filing(path).tables))
    return found


def sectors(statement) -> list[tuple[str, str | None]]:
    return [(line.row.label, line.sector) for line in statement.lines]


MANUFACTURER = """\
    <TABLE>
    <CAPTION>
                      CONSOLIDATED STATEMENT OF INCOME
                 For the Years Ended December 31, 1998 and 1997
                               (in millions)
                                                       1998        1997
    <S>                                                <C>         <C>
    MANUFACTURING GROUP
    Sales                                              $ 900       $ 800
    Cost of sales                                        600         550
    Interest expense                                      20          25
                                                       -----       -----
    Income before income taxes - Manufacturing Group     280         225

    FINANCE GROUP
    Revenues                                             150         140
    Interest expense                                      70          65
                                                       -----       -----
    Income before income taxes - Finance Group            80          75

    CONSOLIDATED
    Income before income taxes                           360         300
    Provision for income taxes                           126         105
                                                       -----       -----
    Net income                                         $ 234       $ 195
    </TABLE>
    """


def test_row_blocks_under_sector_headings_and_the_company_totals(tmp_path):
    (income,) = statements_of(tmp_path, MANUFACTURER)
    assert sectors(income) == [
        ("Sales", "Manufacturing Group"),
        ("Cost of sales", "Manufacturing Group"),
        ("Interest expense", "Manufacturing Group"),
        ("Income before income taxes - Manufacturing Group", "Manufacturing Group"),
        ("Revenues", "Finance Group"),
        ("Interest expense", "Finance Group"),
        ("Income before income taxes - Finance Group", "Finance Group"),
        ("Income before income taxes", None),  # after "CONSOLIDATED": the company's
        ("Provision for income taxes", None),
        ("Net income", None),
    ]


def test_section_headings_with_repeated_lines_are_no_sectors(tmp_path):
    # "Net Revenues" and "Cost of Revenues" repeat "Products" and "Services", but name
    # statement lines, not businesses
    (income,) = statements_of(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                          STATEMENTS OF OPERATIONS
                   For the Years Ended December 31, 1998 and 1997
                                                       1998        1997
        <S>                                            <C>         <C>
        Net Revenues
        Products                                       $ 900       $ 800
        Services                                         100          90
                                                       -----       -----
        Total net revenues                             1,000         890
        Cost of Revenues
        Products                                         500         450
        Services                                          60          50
                                                       -----       -----
        Total cost of revenues                           560         500
        Basic
        Net income                                       440         390
        Diluted
        Net income                                       440         390
        </TABLE>
        """,
    )
    assert {sector for _, sector in sectors(income)} == {None}


def test_columns_of_one_period_told_apart_by_a_business(tmp_path):
    (cash,) = statements_of(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                           CONSOLIDATED STATEMENT OF CASH FLOWS
                        For the Years Ended December 31, 1998 and 1997
                                                      1998                                  1997
                                      ----------------------------------    ----------------------------------
                                       Equipment   Financial                 Equipment   Financial
                                      Operations    Services  Consolidated  Operations    Services  Consolidated
        <S>                           <C>         <C>         <C>           <C>         <C>         <C>
        Net cash provided by
         operating activities               500         200           700         450         150           600
        Net cash used for
         investing activities              (300)       (150)         (450)       (250)       (100)         (350)
        Net cash provided by
         financing activities              (100)        (20)         (120)       (150)        (10)         (160)
        </TABLE>
        """,
    )
    assert [c.sector for c in cash.columns] == [
        "Equipment Operations", "Financial Services", None, "Equipment Operations", "Financial Services", None,
    ]  # fmt: skip


def test_ford_blocks_and_sector_columns():
    found, _ = tables_to_statements(list(inspect_filing(FIXTURES / FORD).tables))
    by_line = {s.table.first_line: s for s in found}
    income, balance, cash = by_line[5312], by_line[5399], by_line[5503]
    lines = {line.row.lines[0]: line.sector for s in (income, balance) for line in s.lines}
    assert lines[5325] == lines[5342] == "Automotive"  # "Sales" .. "Income/(loss) before income taxes - Automotive"
    assert lines[5345] == lines[5355] == "Financial Services"  # "Revenues" .. "Income before ... - Financial Services"
    assert lines[5359] is lines[5369] is None  # under "TOTAL COMPANY"
    assert lines[5414] == lines[5432] == lines[5451] == lines[5464] == "Automotive"
    assert lines[5435] == lines[5443] == lines[5467] == lines[5473] == "Financial Services"
    # "Total assets", the preferred securities, the equity section: the company's
    assert lines[5446] is lines[5476] is lines[5489] is lines[5492] is None
    assert [c.sector for c in cash.columns] == ["Automotive", "Financial Services"] * 3


def test_a_line_summing_two_sectors_is_the_company_total(tmp_path):
    # No closing line names "Finance Group" and no "Consolidated" heading follows it:
    # "Total assets" ends the block because it sums both sectors' totals (310 + 460)
    (balance,) = statements_of(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                           CONSOLIDATED BALANCE SHEET
                          December 31, 1998 and 1997
                                                       1998        1997
        <S>                                            <C>         <C>
        Manufacturing Group
        Cash                                           $ 100       $  90
        Inventories                                      200         180
        Receivable from Finance Group                     10          10
                                                       -----       -----
        Total                                            310         280
        Finance Group
        Cash                                              50          40
        Finance receivables                              400         380
        Payable to Manufacturing Group                    10          10
                                                       -----       -----
        Total                                            460         430
                                                       -----       -----
        Total assets                                   $ 770       $ 710
        </TABLE>
        """,
    )
    found = sectors(balance)
    assert found[3] == ("Total", "Manufacturing Group") and found[7] == ("Total", "Finance Group")
    assert found[-1] == ("Total assets", None)


@cache
def ford_conversion(folder: Path):
    return convert(FIXTURES / FORD, folder / "ford")


@pytest.fixture(scope="module")
def ford(tmp_path_factory):
    return ford_conversion(tmp_path_factory.mktemp("sectors"))


def instance_facts(result) -> dict[str, list[tuple[str, str, str, str | None]]]:
    """By source line: (concept, value, period, member) of each fact (one axis here)."""
    facts = support.instance_facts(result.folder / "ford-10k-2001-0000037996-02-000015.xml")
    return {line: [(*fact[:3], fact[3][0] if fact[3] else None) for fact in found] for line, found in facts.items()}


def test_ford_income_statement_blocks_are_sector_facts(ford):
    facts = instance_facts(ford)
    # "Sales (Note 1)  $131,528  $141,230  $135,073" under AUTOMOTIVE, in millions
    assert facts["5325"][0] == ("RevenueFromContractWithCustomerExcludingAssessedTax", "131528000000",
                                "2001-01-01..2001-12-31", "AutomotiveMember")  # fmt: skip
    # "Interest expense" is printed in both blocks: 1,378 for Automotive, 9,470 for Financial Services
    assert facts["5336"][0] == ("InterestExpense", "1378000000", "2001-01-01..2001-12-31", "AutomotiveMember")
    assert facts["5348"][0] == ("InterestExpense", "9470000000", "2001-01-01..2001-12-31", "FinancialServicesMember")
    # "Total costs and expenses  29,432  25,861  23,051" of Financial Services, 2000
    assert facts["5353"][1] == ("CostsAndExpenses", "25861000000", "2000-01-01..2000-12-31", "FinancialServicesMember")
    # The sectors' pre-tax results and the company's (under TOTAL COMPANY): -9,036 + 1,452 = -7,584
    pretax = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    assert facts["5342"][0] == (pretax, "-9036000000", "2001-01-01..2001-12-31", "AutomotiveMember")
    assert facts["5355"][0] == (pretax, "1452000000", "2001-01-01..2001-12-31", "FinancialServicesMember")
    assert facts["5359"][0] == (pretax, "-7584000000", "2001-01-01..2001-12-31", None)


def test_ford_balance_sheet_blocks_and_company_totals(ford):
    facts = instance_facts(ford)
    cash = "CashAndCashEquivalentsAtCarryingValue"
    assert facts["5414"][0] == (cash, "4079000000", "2001-12-31", "AutomotiveMember")
    assert facts["5435"][1] == (cash, "1477000000", "2000-12-31", "FinancialServicesMember")
    # "Total Automotive assets 88,319", "Total Financial Services assets 188,224", "Total assets 276,543"
    assert facts["5432"][0] == ("Assets", "88319000000", "2001-12-31", "AutomotiveMember")
    assert facts["5443"][0] == ("Assets", "188224000000", "2001-12-31", "FinancialServicesMember")
    assert facts["5446"][0] == ("Assets", "276543000000", "2001-12-31", None)
    assert facts["5473"][0] == ("Liabilities", "175105000000", "2001-12-31", "FinancialServicesMember")
    assert facts["5489"][0] == ("StockholdersEquity", "7786000000", "2001-12-31", None)


def test_ford_cash_flow_columns_are_sectors(ford):
    facts = instance_facts(ford)
    # "Cash and cash equivalents at January 1  $3,374  $1,477 ..." : the 2001 columns, at 2000-12-31
    assert facts["5520"][:2] == [
        ("CashAndCashEquivalentsAtCarryingValue", "3374000000", "2000-12-31", "AutomotiveMember"),
        ("CashAndCashEquivalentsAtCarryingValue", "1477000000", "2000-12-31", "FinancialServicesMember"),
    ]
    # "Net cash flows from operating activities  8,725  14,039 ..."
    assert facts["5527"][1] == ("NetCashProvidedByUsedInOperatingActivities", "14039000000",
                                "2001-01-01..2001-12-31", "FinancialServicesMember")  # fmt: skip
    # the year-end cash of each sector is the balance sheet's (4,079 and 3,139): one fact value each
    assert facts["5584"][:2] == [
        ("CashAndCashEquivalentsAtCarryingValue", "4079000000", "2001-12-31", "AutomotiveMember"),
        ("CashAndCashEquivalentsAtCarryingValue", "3139000000", "2001-12-31", "FinancialServicesMember"),
    ]


def test_ford_sector_statements_add_up_and_company_totals_are_left_out(ford):
    report = ford.report
    assert report.valid
    in_sector_statements = [
        f for f in report.findings
        if f.severity == "inconsistency" and any(5312 <= int(loc.split(":")[1]) <= 5588 for loc in f.locations)
    ]  # fmt: skip
    assert in_sector_statements == []
    left_out = [f.message for f in report.findings if f.code == "xbrlify:calculationLeftOut"]
    assert any(m.startswith("total 'Total assets' (line 5446)") and "an amount of Automotive" in m for m in left_out)
    assert member_labels(ford).items() >= {  # with the equity statement's components
        "AutomotiveMember": "Automotive [Member]", "FinancialServicesMember": "Financial Services [Member]",
    }.items()  # fmt: skip


def member_labels(result) -> dict[str, str]:
    labels = etree.parse(str(result.folder / "ford-10k-2001-0000037996-02-000015_lab.xml")).getroot()
    found = {}
    for label in labels.iter("{http://www.xbrl.org/2003/linkbase}label"):
        name = label.get("{http://www.w3.org/1999/xlink}label").removeprefix("label_")
        if name.endswith("Member"):
            found[name] = label.text
    return found


def test_ford_share_count_label_wrapped_after_class_b_is_one_line(ford):
    # "Average number of shares of Common and Class B" / " Stock outstanding (Note 1)  1,820 ..."
    facts = instance_facts(ford)
    assert facts["5375"][0] == ("WeightedAverageNumberOfSharesOutstandingBasic", "1820000000",
                                "2001-01-01..2001-12-31", None)  # fmt: skip
