"""Another company's statements in a filing (statements/entities.py): a subsidiary's
condensed statements beside the filer's own go on the legal entity axis."""

from __future__ import annotations

import pytest

import support
from xbrlify.pipeline import convert
from xbrlify.statements.entities import mark_other_entities, same_company, title_company


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("UNAUDITED / TEXAS COMMERCE BANCSHARES, INC. and Subsidiaries / CONDENSED BALANCE SHEET",
         "Texas Commerce Bancshares, Inc."),
        ("Merck & Co., Inc. and Subsidiaries / CONSOLIDATED BALANCE SHEET", "Merck & Co., Inc."),
        ("CONSOLIDATED BALANCE SHEET / Humana Inc.", "Humana Inc."),
        ("General Electric Company and consolidated affiliates / STATEMENT OF EARNINGS", "General Electric Company"),
        ("JUNGLEE CORP. / BALANCE SHEETS / DECEMBER 31, 1997", "Junglee Corp."),
        ("CONSOLIDATED BALANCE SHEETS / December 31, 1997", None),
        ("Statement of Changes in Financial Position of the Company", None),  # a statement's name, no company's
    ],
)  # fmt: skip
def test_the_company_a_title_names(title, company):
    assert title_company(title) == company


@pytest.mark.parametrize(
    ("name", "registrant", "same"),
    [
        ("Apple Computer, Inc.", "APPLE COMPUTER INC", True),
        ("International Business Machines Corporation", "INTERNATIONAL BUSINESS MACHINES CORP", True),
        ("Merck & Co., Inc.", "MERCK & CO INC", True),
        ("Texas Commerce Bancshares, Inc.", "CHEMICAL BANKING CORPORATION", False),
        ("Junglee Corp.", "AMAZON.COM, INC.", False),
        ("Bristol-Myers Squibb Company", "BRISTOL MYERS SQUIBB CO", True),
        ("Sears, Roebuck and Co.", "SEARS ROEBUCK & CO", True),
        ("Ford Motor Credit Company", "FORD MOTOR CO", False),  # a subsidiary named after its parent
        ("General Electric Capital Corporation", "GENERAL ELECTRIC CO", False),
    ],
)
def test_same_company(name, registrant, same):
    assert same_company(name, registrant) is same


PARENT_INCOME = """\
<TABLE>
<CAPTION>
                                 EXAMPLE BANKING CORPORATION and Subsidiaries
                                       CONSOLIDATED STATEMENT OF INCOME
                                                 (in millions)

                                                      Three Months Ended December 31,
                                                            1993             1992
<S>                                                      <C>              <C>
Interest Income                                          $ 1,727          $ 1,854
Income Tax Expense                                           234               30
                                                         -------          -------
NET INCOME                                               $   347          $   304
                                                         =======          =======
</TABLE>
"""
SUBSIDIARY_INCOME = """\
<PAGE>
<TABLE>
<CAPTION>
                                      EXAMPLE TRUST BANCSHARES, INC. and Subsidiaries
                                       CONDENSED CONSOLIDATED STATEMENT OF INCOME
                                                     (in millions)

                                                      Three Months Ended December 31,
                                                            1993             1992
<S>                                                      <C>              <C>
Interest Income                                          $   500          $   450
Income Tax Expense                                            50               40
                                                         -------          -------
NET INCOME                                               $   150          $   130
                                                         =======          =======
</TABLE>
"""
HEADER = "<SEC-HEADER>\nCOMPANY DATA:\n\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE BANKING CORP\n</SEC-HEADER>\n"


def test_a_subsidiarys_statement_is_on_its_own_member_of_the_legal_entity_axis(tmp_path):
    path = tmp_path / "release.txt"
    text = HEADER + PARENT_INCOME + SUBSIDIARY_INCOME
    path.write_text(text)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    facts = support.instance_facts(result.folder / "release.xml")
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("NET INCOME")]
    company, subsidiary = (facts[str(n)] for n in lines)
    # the same concept for both, told apart by the member: no clash, no extension concept
    assert {fact[0] for fact in company} == {fact[0] for fact in subsidiary} == {"NetIncomeLoss"}
    assert {fact[3] for fact in company} == {()}
    assert {fact[3] for fact in subsidiary} == {("ExampleTrustBancsharesIncMember",)}
    assert sorted(fact[1] for fact in subsidiary) == ["130000000", "150000000"]


def test_a_filing_of_another_companys_statements_only_gets_no_member(tmp_path):
    # an 8-K that files an acquired business's statements: they are the filing's subject
    _, statements, _ = support.inline_statements(tmp_path, HEADER + SUBSIDIARY_INCOME)
    assert [s.entity for s in mark_other_entities(statements, "EXAMPLE BANKING CORP")] == [None]


def test_without_a_registrant_name_nothing_is_marked(tmp_path):
    _, statements, _ = support.inline_statements(tmp_path, PARENT_INCOME + SUBSIDIARY_INCOME)
    assert [s.entity for s in mark_other_entities(statements, None)] == [None, None]
    marked = mark_other_entities(statements, "Example Banking Corporation")
    assert [s.entity for s in marked] == [None, "Example Trust Bancshares, Inc."]
