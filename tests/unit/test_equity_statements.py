"""Statements of stockholders' equity (Apple 10-K 1997, lines 2175-2227; Ford 10-K 2001,
lines 5591-5681): columns are components of equity, rows balances (instants) and
changes over the period between two balances. Expected values were read from the
filings: the printed number, times the statement's scale (millions) or the column's
own ("Shares (in thousands)"), with the concept's sign (dividends a positive amount)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
import textwrap
from functools import cache
from pathlib import Path

import pytest

from xbrlify.extract import extract
from xbrlify.model import Column, Row, Table
from xbrlify.pipeline import inspect_filing
from xbrlify.rules import load_rules
from xbrlify.statements import assign_members, tables_to_statements
from xbrlify.statements.equity import balance_instants, equity_columns, row_periods
from xbrlify.taxonomy import load_base_taxonomy

FIXTURES = Path(__file__).parent.parent / "fixtures"
APPLE = "apple-10k-1997-0001047469-97-006960.txt"
FORD = "ford-10k-2001-0000037996-02-000015.txt"
AXIS = "StatementEquityComponentsAxis"
M = Decimal(10) ** 6


@cache
def converted(name: str):
    rules = load_rules()
    statements, _ = tables_to_statements(list(inspect_filing(FIXTURES / name).tables))
    statements = assign_members(statements, rules)
    return statements, extract(statements, rules, load_base_taxonomy())


def equity(name: str):
    return next(s for s in converted(name)[0] if s.kind == "equity")


def facts_at(name: str, line: int):
    """(concept, member or None, start, end, value, unit, decimals) of the facts read on a line."""
    return {
        (f.concept.name, next((d.member for d in f.context.dimensions if d.axis == AXIS), None),
         f.context.start, f.context.end, f.value, f.unit, f.decimals)
        for f in converted(name)[1].facts if f.source.line == line
    }  # fmt: skip


def fact(name: str, line: int, concept: str, member: str | None):
    found = [f for f in facts_at(name, line) if f[0] == concept and f[1] == member]
    assert len(found) == 1, (concept, member, facts_at(name, line))
    return found[0][2:]


# ---------------------------------------------------------------- columns


def test_apple_columns_are_components_with_shares_beside_amounts():
    columns = equity(APPLE).columns
    members = [(c.dimension.member if c.dimension else None, c.shares, c.scale) for c in columns]
    assert members == [
        ("PreferredStockMember", True, 3),  # PREFERRED STOCK / SHARES / (IN THOUSANDS)
        ("PreferredStockMember", False, None),  # AMOUNT, under the same spanning heading
        ("CommonStockMember", True, 3),
        ("CommonStockMember", False, None),
        ("RetainedEarningsMember", False, None),
        ("OtherMember", False, None),  # "OTHER": no rule names it; an extension member
        (None, False, None),  # TOTAL SHAREHOLDERS' EQUITY: the axis default
    ]
    assert columns[5].dimension.member_is_extension
    assert all(c.end is None for c in columns)  # the rows carry the periods


def test_ford_columns_under_a_spanning_group_heading():
    members = [(c.dimension.member, c.dimension.member_is_extension) if c.dimension else None for c in equity(FORD).columns]
    assert members == [
        ("CapitalStockMember", True),  # "Capital Stock": common and Class B, no single US-GAAP member
        ("AdditionalPaidInCapitalMember", False),  # Capital in Excess of Par Value of Stock
        ("RetainedEarningsMember", False),
        ("AccumulatedTranslationAdjustmentMember", False),  # Other Comprehensive Income / Foreign Currency Translation
        ("AccumulatedDefinedBenefitPlansAdjustmentMember", False),  # ... / Minimum Pension Liability
        ("OtherComprehensiveIncomeDerivativeInstrumentsAndOtherMember", True),  # ... / Derivative Instruments and Other
        ("OtherMember", True),
        None,  # Total
    ]


def table(heading_rows: list[tuple[str, ...]], rows: list[Row] = (), title: tuple[str, ...] = ()) -> Table:
    columns = tuple(Column(i, 40 + 10 * i, 48 + 10 * i, heading) for i, heading in enumerate(heading_rows))
    return Table(0, 0, 1, 20, True, title, None, columns, tuple(rows))


def test_a_common_first_word_is_no_spanning_heading_and_a_group_name_fills_an_empty_column():
    columns = equity_columns(table([("Capital", "Stock"), ("Capital", "Surplus"), ("Common Stock", "Shares"),
                                    ("Common Stock", "Amount"), ("Total",)]))  # fmt: skip
    assert [(c.member, c.shares) for c in columns] == [
        ("Capital Stock", False), ("Capital Surplus", False), ("Common Stock", True), ("Common Stock", False), (None, False),
    ]  # fmt: skip


# ---------------------------------------------------------------- rows -> periods


def row(label: str, kind: str = "data") -> Row:
    return Row(kind, label, 0, (1,))


def test_rows_between_two_balances_are_changes_from_the_day_after_the_first():
    rows = [row("Balance, December 31, 1998"), row("Net income"), row("Dividends"),
            row("Balance, December 31, 1999"), row("Net loss"), row("Balances at June 30, 2000")]  # fmt: skip
    periods = row_periods(table([("Total",)], rows))
    assert periods == {
        0: (None, date(1998, 12, 31), True),
        1: (date(1999, 1, 1), date(1999, 12, 31), False),
        2: (date(1999, 1, 1), date(1999, 12, 31), False),
        3: (None, date(1999, 12, 31), True),
        4: (date(2000, 1, 1), date(2000, 6, 30), False),
        5: (None, date(2000, 6, 30), True),
    }


def test_undated_balances_take_the_block_heading_or_a_single_period_title():
    rows = [row("Six months ended June 30, 1998", "heading"), row("Balance at beginning of period"),
            row("Net income"), row("Balance at end of period")]  # fmt: skip
    assert balance_instants(table([("Total",)], rows)) == {1: date(1997, 12, 31), 3: date(1998, 6, 30)}
    title = ("Statement of Stockholders' Equity", "For the year ended September 30, 1996")
    assert balance_instants(table([("Total",)], rows[1:], title)) == {0: date(1995, 9, 30), 2: date(1996, 9, 30)}
    several = ("For the Years Ended December 31, 1999, 2000 and 2001",)  # which year? none
    assert balance_instants(table([("Total",)], rows[1:], several)) == {}


def test_equity_named_with_its_date_is_a_balance():
    rows = [row("Stockholders' equity, January 1, 1995"), row("Net earnings"),
            row("Stockholders' equity, December 31, 1995"), row("Total shareowners' equity at end of year"),
            row("Stockholders' equity transactions")]  # fmt: skip
    assert balance_instants(table([("Total",)], rows, ("For the year ended December 31, 1996",))) == {
        0: date(1994, 12, 31), 2: date(1995, 12, 31), 3: date(1996, 12, 31)}


def test_every_cell_of_apples_equity_statement_is_a_fact():
    extraction = converted(APPLE)[1]
    assert [s for s in extraction.skipped if 2175 <= s.cell.span.line <= 2227] == []
    # "Cash dividends" prints "--" in both shares columns: zero counts, on the row's own
    # share concept (no US-GAAP concept counts the shares a dividend changes)
    counts = [f for f in extraction.facts if f.source.line == 2189 and f.unit == "shares"]
    assert [(f.concept.extension, f.value) for f in counts] == [(True, 0), (True, 0)]
    assert {f.concept.name for f in counts} != {"DividendsCommonStockCash"}
    assert {d.member for f in counts for d in f.context.dimensions} == {"PreferredStockMember", "CommonStockMember"}


# ---------------------------------------------------------------- facts: Apple


def test_apple_balances_per_component_and_in_shares():
    opening, closing = 2183, 2224  # "Balance as of September 30, 1994", "... September 26, 1997"
    assert fact(APPLE, opening, "StockholdersEquity", "CommonStockMember") == (None, date(1994, 9, 30), 298 * M, "USD", -6)
    assert fact(APPLE, opening, "StockholdersEquity", "OtherMember")[2] == -11 * M
    assert fact(APPLE, opening, "StockholdersEquity", None)[2] == 2383 * M
    assert fact(APPLE, opening, "SharesOutstanding", "CommonStockMember") == (
        None, date(1994, 9, 30), Decimal(119_543_000), "shares", -3)  # fmt: skip
    assert fact(APPLE, closing, "SharesOutstanding", "PreferredStockMember")[1:3] == (date(1997, 9, 26), 150_000)
    assert fact(APPLE, closing, "StockholdersEquity", "PreferredStockMember")[2] == 150 * M
    assert fact(APPLE, closing, "StockholdersEquity", "RetainedEarningsMember")[2] == 589 * M
    assert fact(APPLE, closing, "StockholdersEquity", None)[2] == 1200 * M


def test_apple_changes_over_each_fiscal_year():
    fiscal_1995 = (date(1994, 10, 1), date(1995, 9, 29))
    fiscal_1997 = (date(1996, 9, 28), date(1997, 9, 26))
    assert fact(APPLE, 2194, "NetIncomeLoss", "RetainedEarningsMember")[:3] == (*fiscal_1995, 424 * M)
    assert fact(APPLE, 2189, "DividendsCommonStockCash", "RetainedEarningsMember")[:3] == (*fiscal_1995, 58 * M)
    assert fact(APPLE, 2187, "StockIssuedDuringPeriodSharesShareBasedCompensation", "CommonStockMember")[:3] == (
        *fiscal_1995, Decimal(3_379_000))  # fmt: skip
    assert fact(APPLE, 2187, "StockIssuedDuringPeriodValueShareBasedCompensation", "CommonStockMember")[2] == 100 * M
    assert fact(APPLE, 2191, "OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax",
                "OtherMember")[2] == 6 * M  # fmt: skip
    assert fact(APPLE, 2219, "StockIssuedDuringPeriodSharesNewIssues", "PreferredStockMember")[:3] == (
        *fiscal_1997, Decimal(150_000))  # fmt: skip
    assert fact(APPLE, 2219, "StockIssuedDuringPeriodValueNewIssues", None)[2] == 150 * M
    assert fact(APPLE, 2222, "NetIncomeLoss", None)[:3] == (*fiscal_1997, -1045 * M)
    assert fact(APPLE, 2222, "NetIncomeLoss", "CommonStockMember")[2] == 0  # "--": printed zero


# ---------------------------------------------------------------- facts: Ford


def test_ford_balances_from_the_year_blocks():
    assert fact(FORD, 5611, "StockholdersEquity", "RetainedEarningsMember")[:3] == (None, date(1998, 12, 31), 19659 * M)
    assert fact(FORD, 5611, "StockholdersEquity", "AccumulatedTranslationAdjustmentMember")[2] == -992 * M
    assert fact(FORD, 5611, "StockholdersEquity", None)[2] == 23434 * M
    assert fact(FORD, 5676, "StockholdersEquity", "AccumulatedDefinedBenefitPlansAdjustmentMember")[:3] == (
        None, date(2001, 12, 31), -445 * M)  # fmt: skip
    assert fact(FORD, 5676, "StockholdersEquity", "OtherComprehensiveIncomeDerivativeInstrumentsAndOtherMember")[2] == -1125 * M
    assert fact(FORD, 5676, "StockholdersEquity", None)[2] == 7786 * M
    # the end of one year and the start of the next are one balance, one concept
    assert fact(FORD, 5628, "StockholdersEquity", None)[:3] == fact(FORD, 5633, "StockholdersEquity", None)[:3]


def test_ford_changes_with_their_years_and_signs():
    year_2001 = (date(2001, 1, 1), date(2001, 12, 31))
    assert fact(FORD, 5614, "NetIncomeLoss", "RetainedEarningsMember")[:3] == (date(1999, 1, 1), date(1999, 12, 31), 7237 * M)
    assert fact(FORD, 5660, "NetIncomeLoss", None)[:3] == (*year_2001, -5453 * M)
    assert fact(FORD, 5674, "Dividends", "RetainedEarningsMember")[:3] == (*year_2001, 1929 * M)  # a magnitude
    assert fact(FORD, 5664, "OtherComprehensiveIncomeUnrealizedGainLossOnDerivativesArisingDuringPeriodNetOfTax",
                "OtherComprehensiveIncomeDerivativeInstrumentsAndOtherMember")[2] == -1099 * M  # fmt: skip
    assert fact(FORD, 5666, "OtherComprehensiveIncomeMinimumPensionLiabilityNetAdjustmentNetOfTax",
                "AccumulatedDefinedBenefitPlansAdjustmentMember")[2] == -5 * M  # fmt: skip
    assert fact(FORD, 5670, "ComprehensiveIncomeNetOfTax", None)[:3] == (*year_2001, -7934 * M)
    assert fact(FORD, 5672, "StockIssuedDuringPeriodValueEmployeeBenefitPlan", "AdditionalPaidInCapitalMember")[2] == -173 * M


def test_equity_calculations_stay_within_one_period():
    """Only "Comprehensive income" = its items, in one period: no balance is a total
    of changes, and components are not summed across the axis."""
    from xbrlify.assemble import assemble

    statements, found = converted(FORD)
    assembly = assemble(statements, found.choices, found.facts, load_base_taxonomy())
    number = next(i for i, s in enumerate(statements) if s.kind == "equity")
    calculations = assembly.networks[number].calculations
    assert {c.parent.name for c in calculations} == {"ComprehensiveIncomeNetOfTax"}
    assert {c.child.name for c in calculations} >= {"NetIncomeLoss",
        "OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax"}  # fmt: skip
    assert any("Total column are not written as calculations" in text for text in assembly.dropped)


def test_ford_spin_off_row_printed_a_column_left_is_read_where_its_arithmetic_puts_it():
    """Line 5648-49 prints both "(1,707)" about eleven characters left, under Capital in
    Excess and Other; the row's components then make -3,414 against no Total, and 2000's
    roll-forward fails in four columns. One column right, under Retained Earnings and
    Total, every check passes: 24,606 + 3,467 - 5,731 - 1,707 - 2,751 = 17,884 retained
    earnings, 27,604 + ... = 18,610 in total (the filing's closing balances)."""
    lines = equity(FORD).lines
    spin_off = next(line for line in lines if 5649 in line.row.lines)
    assert [(cell.column, cell.raw) for cell in spin_off.row.cells] == [(2, "(1,707)"), (7, "(1,707)")]
    assert spin_off.realigned == 1
    assert all(line.unbalanced_columns == () for line in lines)
    assert [line.realigned for line in lines].count(0) == len(lines) - 1  # no other row moves
    year_2000 = (date(2000, 1, 1), date(2000, 12, 31))
    assert {f[1:5] for f in facts_at(FORD, 5649)} == {("RetainedEarningsMember", *year_2000, -1707 * M),
                                                      (None, *year_2000, -1707 * M)}  # fmt: skip


def test_the_realigned_row_is_reported_with_its_cells():
    from xbrlify.report_build import realigned_findings

    (finding,) = realigned_findings(equity(FORD))
    assert finding.code == "xbrlify:amountsRealigned"
    assert "'Stock dividend (Spin-off of Visteon)'" in finding.message and "one column left" in finding.message
    assert "Retained Earnings, Total" in finding.message
    assert [location.rsplit(":", 2)[1:] for location in finding.locations] == [["5649", "48"], ["5649", "114"]]


SMALL_EQUITY = """\
    <TABLE>
    <CAPTION>
                     STATEMENT OF STOCKHOLDERS' EQUITY
                     For the Year Ended December 31, 2000
                                          Common     Retained
                                           Stock     Earnings       Total
    <S>                                  <C>         <C>          <C>
    Balance at beginning of year          1,000        2,000        3,000
    Net income                                           500          500
    Stock issued                            200                       200
    Dividends                             (100)        (100)
    Balance at end of year                1,200        {retained}        3,600
    </TABLE>
    """


def small_equity(tmp_path: Path, retained: str):
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(SMALL_EQUITY.format(retained=retained)))
    (statement,), _ = tables_to_statements(list(inspect_filing(path).tables))
    return {line.row.label: line for line in statement.lines}


def test_a_row_printed_a_column_left_moves_right_when_every_check_then_passes(tmp_path):
    lines = small_equity(tmp_path, "2,400")  # 2,000 + 500 - 100: the dividends are retained earnings'
    assert [(c.column, c.value) for c in lines["Dividends"].row.cells] == [(1, -100), (2, -100)]
    assert lines["Dividends"].realigned == 1
    assert lines["Stock issued"].realigned == 0  # its checks pass: it stays
    assert lines["Balance at end of year"].unbalanced_columns == ()


def test_a_row_stays_where_it_is_printed_when_the_move_leaves_a_check_failing(tmp_path):
    lines = small_equity(tmp_path, "2,450")  # retained earnings roll forward neither way
    assert [(c.column, c.value) for c in lines["Dividends"].row.cells] == [(0, -100), (1, -100)]
    assert lines["Dividends"].realigned == 0
    assert lines["Balance at end of year"].unbalanced_columns == (0, 1, 2)


@pytest.mark.parametrize("heading, member", [
    ("Accumulated Other Comprehensive Income (Loss)", "AccumulatedOtherComprehensiveIncomeMember"),
    ("Treasury Stock, at cost", "TreasuryStockMember"),
    ("Additional Paid-in Capital", "AdditionalPaidInCapitalMember"),
    ("Accumulated Deficit", "RetainedEarningsMember"),
    ("Class A Common Stock", "CommonStockMember"),
])  # fmt: skip
def test_member_rules(heading, member):
    from xbrlify.rules import find_member

    assert find_member(load_rules(), heading).member == member


def test_every_member_rule_example_and_member_exists():
    from xbrlify.rules import find_member

    rules, taxonomy = load_rules(), load_base_taxonomy()
    for rule in rules.members:
        assert rule.member in taxonomy and taxonomy[rule.member].abstract, rule.member
        for example in rule.examples:
            assert find_member(rules, example) is rule, (rule.id, example)


def test_every_shares_sibling_is_a_share_count_of_the_same_period_type():
    rules, taxonomy = load_rules(), load_base_taxonomy()
    for rule in (r for r in rules.rules if r.shares):
        assert taxonomy[rule.shares].item_type == "xbrli:sharesItemType", rule.id
        assert taxonomy[rule.shares].period_type == taxonomy[rule.concept].period_type, rule.id




def test_a_change_printed_every_year_keeps_one_extension_concept():
    statements, found = converted(FORD)
    number = next(i for i, s in enumerate(statements) if s.kind == "equity")
    lines = statements[number].lines
    esop = [c for i, c in found.choices[number].items() if lines[i].row.label == "ESOP loan and treasury stock"]
    assert len(esop) == 3 and len(set(esop)) == 1 and esop[0].extension


def test_an_equity_statement_with_a_column_per_year_is_read_like_other_statements():
    rows = [Row("data", "Balance at beginning of year", 0, (5,)), Row("data", "Net income", 0, (6,))]
    title = ("Statements of Stockholders' Equity", "Years ended December 31, 1998 and 1997")
    (statement,), _ = tables_to_statements([table([("1998",), ("1997",)], rows, title)])
    assert statement.kind == "equity" and not statement.rows_are_periods
    assert [(c.start, c.end, c.dimension) for c in statement.columns] == [
        (date(1998, 1, 1), date(1998, 12, 31), None), (date(1997, 1, 1), date(1997, 12, 31), None),
    ]  # fmt: skip
