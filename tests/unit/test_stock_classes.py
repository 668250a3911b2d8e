"""Classes of common stock: lines of a balance sheet (Ford 10-K 2001, lines 5481-5483)
and columns of an equity statement that print two or more classes are CommonStockValue
(or the equity statement's concepts) told apart by StatementClassOfStockAxis."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import support

from xbrlify.pipeline import convert
from xbrlify.statements.stock_classes import class_member

FIXTURES = Path(__file__).parent.parent / "fixtures"
FORD = "ford-10k-2001-0000037996-02-000015"


@pytest.mark.parametrize("label, member", [
    ("Common Stock, par value $0.01 per share (1,837 million shares issued)", "CommonStockMember"),
    ("Class B Stock, par value $0.01 per share (71 million shares issued)", "CommonClassBMember"),
    ("Class A common stock, $.01 par value; 100,000,000 shares authorized", "CommonClassAMember"),
    ("Common stock, Class C", "CommonClassCMember"),
    ("Class D Common Stock", "CommonClassDMember"),  # no US-GAAP member: an extension one
    ("Series A common stock", "SeriesACommonStockMember"),
    ("Class A preferred stock", None),
    ("Series A convertible preferred stock", None),
    ("Class A common stock in treasury, at cost", None),
    ("Capital in excess of par value of stock", None),
])  # fmt: skip
def test_class_member_of_a_label(label, member):
    found = class_member(label)
    assert (found.member if found else None) == member
    if found:
        assert found.axis == "StatementClassOfStockAxis"
        assert found.member_is_extension == (member in ("CommonClassDMember", "SeriesACommonStockMember"))


def instance_facts(folder: Path, stem: str) -> dict[str, list[tuple[str, str, str, tuple[str, ...]]]]:
    return support.instance_facts(folder / f"{stem}.xml")


def test_ford_common_and_class_b_stock_are_common_stock_of_two_classes(tmp_path):
    result = convert(FIXTURES / f"{FORD}.txt", tmp_path / "out")
    assert result.report.valid
    facts = instance_facts(result.folder, FORD)
    # "Common Stock, par value $0.01 per share (1,837 million shares issued)   18   18", in millions
    assert facts["5482"] == [("CommonStockValue", "18000000", "2001-12-31", ("CommonStockMember",)),
                             ("CommonStockValue", "18000000", "2000-12-31", ("CommonStockMember",))]  # fmt: skip
    # "Class B Stock, par value $0.01 per share (71 million shares issued)   1   1"
    assert facts["5483"] == [("CommonStockValue", "1000000", "2001-12-31", ("CommonClassBMember",)),
                             ("CommonStockValue", "1000000", "2000-12-31", ("CommonClassBMember",))]  # fmt: skip
    left_out = [f.message for f in result.report.findings if f.code == "xbrlify:calculationLeftOut"]
    assert any("(line 5489)" in m and "one class of stock (CommonStockMember)" in m for m in left_out)


BALANCE_SHEET = """\
    <TABLE>
    <CAPTION>
                               BALANCE SHEET
                                             December 31,
                                            1998        1997
    <S>                                   <C>         <C>
    Total assets                           $5,000      $4,500

    Total liabilities                       3,000       2,800

    Stockholders' equity:
    {stock}
      Retained earnings                     1,880       1,600
                                          -------     -------
        Total stockholders' equity          2,000       1,700
                                          -------     -------
    Total liabilities and stockholders'
      equity                               $5,000      $4,500
    </TABLE>
    """


def balance_sheet_facts(tmp_path: Path, stock: str):
    path = tmp_path / "bs.txt"
    path.write_text(textwrap.dedent(BALANCE_SHEET).format(stock=stock))
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    return instance_facts(result.folder, "bs")


def test_a_balance_sheet_of_class_a_and_class_b_common_stock(tmp_path):
    facts = balance_sheet_facts(tmp_path, "\n".join([
        "  Class A common stock, $.01 par value      100          90",
        "  Class B common stock, $.01 par value       20          10",
    ]))  # fmt: skip
    assert facts["12"][0] == ("CommonStockValue", "100", "1998-12-31", ("CommonClassAMember",))
    assert facts["13"][1] == ("CommonStockValue", "10", "1997-12-31", ("CommonClassBMember",))
    assert facts["14"][0] == ("RetainedEarningsAccumulatedDeficit", "1880", "1998-12-31", ())


def test_a_single_class_is_no_class_of_stock_axis(tmp_path):
    facts = balance_sheet_facts(tmp_path, "  Common stock, $.01 par value              120         100")
    assert facts["12"][0] == ("CommonStockValue", "120", "1998-12-31", ())


EQUITY = """\
    <TABLE>
    <CAPTION>
                     STATEMENT OF STOCKHOLDERS' EQUITY
                     For the Year Ended December 31, 2000
                                        Class A      Class B
                                         Common       Common     Retained
                                          Stock        Stock     Earnings       Total
    <S>                                  <C>          <C>        <C>          <C>
    Balance at beginning of year            100           20        2,000        2,120
    Net income                                                        500          500
    Issuance of common stock                 30           10                        40
    Balance at end of year                  130           30        2,500        2,660
    </TABLE>
    """


def test_equity_statement_columns_of_two_classes_are_common_stock_of_each_class(tmp_path):
    path = tmp_path / "eq.txt"
    path.write_text(textwrap.dedent(EQUITY))
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    facts = instance_facts(result.folder, "eq")
    assert facts["11"] == [
        ("StockIssuedDuringPeriodValueNewIssues", "30", "2000-01-01..2000-12-31", ("CommonStockMember", "CommonClassAMember")),
        ("StockIssuedDuringPeriodValueNewIssues", "10", "2000-01-01..2000-12-31", ("CommonStockMember", "CommonClassBMember")),
        ("StockIssuedDuringPeriodValueNewIssues", "40", "2000-01-01..2000-12-31", ()),
    ]  # fmt: skip
    assert facts["12"][2] == ("StockholdersEquity", "2500", "2000-12-31", ("RetainedEarningsMember",))
