"""The four pro forma tables of the Auxer Group 8-K/A (2001-11-07), read cell by cell.

Every expectation below was written by reading the filing text
(tests/fixtures/auxer-8k-a2-2001-11-07.txt), not by copying the program's output. Line
numbers in comments are those of the fixture. Values are the numbers as printed there:
"(1,234.00)" is -1234.00, a dash ("-" or "--") is a zero printed as a dash, and None is a
blank cell.

    table 0  balance sheet, March 31, 2001              lines 150-242, 4 columns
    table 1  income statement, 3 months to 2001-03-31   lines 250-297, 4 columns
    table 2  balance sheet, December 31, 2000           lines 306-388, 5 columns
    table 3  income statement, 12 months to 2000-12-31  lines 394-444, 5 columns
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from xbrlify.model import Filing, Row, Table
from xbrlify.source import read_filing
from xbrlify.tables import text_to_tables

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "auxer-8k-a2-2001-11-07.txt"

BS_2001, IS_2001, BS_2000, IS_2000 = range(4)


@pytest.fixture(scope="module")
def read() -> tuple[Filing, list[Table]]:
    filing, _ = read_filing(FIXTURE)
    tables, _ = text_to_tables(filing)
    return filing, tables


@pytest.fixture(scope="module")
def tables(read: tuple[Filing, list[Table]]) -> list[Table]:
    return read[1]


def row_on_line(table: Table, line: int) -> Row:
    """The row printed on `line` (a wrapped row answers for each of its lines)."""
    found = [row for row in table.rows if line in row.lines]
    assert len(found) == 1, f"{len(found)} rows hold line {line}"
    return found[0]


def heading_text(table: Table, column: int) -> str:
    return " ".join(table.columns[column].heading)


def values(row: Row, width: int) -> list[Decimal | None]:
    return [cell.value if (cell := row.cell(i)) else None for i in range(width)]


def D(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


# --------------------------------------------------------------------------------------
# 1. How many tables, and their column headings


def test_four_tables(tables: list[Table]) -> None:
    assert len(tables) == 4


def test_march_2001_balance_sheet_columns(tables: list[Table]) -> None:
    table = tables[BS_2001]
    assert len(table.columns) == 4
    for index, word in enumerate(("Auxer", "Clifton", "Adjustments", "Combined")):
        assert word in heading_text(table, index)


def test_march_2001_income_statement_columns(tables: list[Table]) -> None:
    table = tables[IS_2001]
    assert len(table.columns) == 4
    for index, word in enumerate(("Auxer", "Clifton", "Adjustments", "Combined")):
        assert word in heading_text(table, index)


@pytest.mark.parametrize("which", [BS_2000, IS_2000], ids=["balance-sheet", "income"])
def test_december_2000_tables_have_a_subtotals_column(tables: list[Table], which: int) -> None:
    table = tables[which]
    assert len(table.columns) == 5
    for index, word in enumerate(("Auxer", "Clifton", "Sub-Totals", "Adjustments", "Combined")):
        assert word in heading_text(table, index)


# --------------------------------------------------------------------------------------
# 2. The whole March 31, 2001 balance sheet (lines 155-241), every data row in order.
#    (label, Auxer, Clifton, Adjustments, Combined) as printed; None = blank cell.

BS_2001_ROWS: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("Cash", "75779.00", "44781.00", "0.00", "30998.00"),  # 155
    ("Savings", "44663.00", None, None, "44663.00"),  # 156
    ("Accounts Receivable", "1953913.00", "1714576.00", "0.00", "239337.00"),  # 157
    ("Less Allowance for Doubtful Accounts", "-65223.00", "-41133.00", "0.00", "-24090.00"),
    ("Net", "1888690.00", "1673443.00", "0.00", "215247.00"),  # 160
    ("Inventory", "1947448.00", "1301747.00", "0.00", "645701.00"),  # 162
    ("Subscriptions Receivable", "0.00", "0.00", "0.00", "0.00"),  # 164
    ("Prepaid Expenses", "77825.00", "8000.00", "0.00", "69825.00"),  # 166
    ("Other Receivables", "0.00", "0.00", "0.00", "0.00"),  # 168
    ("Total Current Assets", "4034405.00", "3027971.00", "0.00", "1006434.00"),  # 170
    ("Furniture & Fixtures", "23329.00", "0.00", "0.00", "23329.00"),  # 173
    ("Machinery & Equipment", "669829.00", "20569.00", "0.00", "649260.00"),  # 175
    ("Office Equipment", "0.00", "0.00", "0.00", "0.00"),  # 177
    ("Vehicles", "39536.00", "0.00", "0.00", "39536.00"),  # 179
    ("Leasehold Improvements", "2121.00", "0.00", "0.00", "2121.00"),  # 181
    ("", "734815.00", "20569.00", "0.00", "714246.00"),  # 183, subtotal without a label
    ("Less:  Accumulated Depreciation", "-135053.00", "-2054.00", "0.00", "-132999.00"),
    ("Total (Net) Property & Equipment", "599762.00", "18515.00", "0.00", "581247.00"),
    ("Goodwill", "846939.00", "846939.00", "0.00", "0.00"),  # 190
    ("Less:  Accumulated Amortization", "-84694.00", "-84694.00", None, "0.00"),  # 192
    ("Other Receivables", "74388.00", "0.00", "0.00", "74388.00"),  # 193
    ("Security Deposit", "180481.00", "9403.00", "0.00", "171078.00"),  # 195
    ("Total Other Assets", "1017114.00", "771648.00", "0.00", "245466.00"),  # 198
    ("TOTAL ASSETS:", "5651281.00", "3818134.00", "0.00", "1833147.00"),  # 202
    ("Accounts payable and Accrued", "2488520.00", "2047161.00", "64173.00", "505532.00"),
    ("Credit Line", "30618.00", "0.00", "0.00", "30618.00"),  # 207
    ("Deferred Sales", "952578.00", "722150.00", "0", "230428.00"),  # 208, a bare "0"
    ("Notes Payable", "756460.00", "0.00", "0.00", "756460.00"),  # 209
    ("Notes Payable - Shareholders", "99837.00", "0.00", "0.00", "99837.00"),  # 211
    ("Total Current Liabilities", "4328013.00", "2769311.00", "64173.00", "1622875.00"),
    ("Notes payable, less current maturities", "2807.00", "0.00", "0.00", "2807.00"),  # 218
    ("Notes payable-convertible debt", "911685.00", "0.00", "0.00", "911685.00"),  # 219
    ("Total Long-term Liabilities", "914492.00", "0.00", "0.00", "914492.00"),  # 220
    ("TOTAL LIABILITIES", "5242505.00", "2769311.00", "64173.00", "2537367.00"),  # 222
    ("Common Stock", "126447.00", "0.00", "0.00", "126447.00"),  # 224
    ("Preferred Stock", "2750.00", "0.00", "0.00", "2750.00"),  # 226
    ("Additional paid in Capital - Common", "9450628.00", "964000.00", "0.00", "8486628.00"),
    ("Additional paid in Capital - Preferred", "409750.00", "0.00", "0.00", "409750.00"),
    ("Beginning Balance Equity", "0.00", "0.00", "0.00", "0.00"),  # 230
    (
        "Retained Earnings (Accumulated Deficit",  # 231, label runs into the number
        "-7624650.00",
        "83574.00",
        "83574.00",
        "-7624650.00",
    ),
    ("Current Net Loss (gain/loss)", "-1956149.00", "1249.00", "-147747.00", "-2105145.00"),
    ("Total Stockholders' Equity", "408776.00", "1048823.00", "-64173.00", "-704220.00"),
    ("TOTAL LIABILITIES & EQUITY", "5651281.00", "3818134.00", "0.00", "1833147.00"),  # 238
    ("", "0.00", "0.00", "0.00", "0.00"),  # 241, the check row
]


def test_march_2001_balance_sheet_has_every_data_row(tables: list[Table]) -> None:
    labels = [row.label for row in tables[BS_2001].data_rows]
    assert labels == [expected[0] for expected in BS_2001_ROWS]


@pytest.mark.parametrize(
    "position, expected",
    list(enumerate(BS_2001_ROWS)),
    ids=[f"{i:02d}-{row[0] or 'unlabelled'}" for i, row in enumerate(BS_2001_ROWS)],
)
def test_march_2001_balance_sheet_row(
    tables: list[Table],
    position: int,
    expected: tuple[str, str | None, str | None, str | None, str | None],
) -> None:
    rows = tables[BS_2001].data_rows
    assert position < len(rows)
    row = rows[position]
    label, *printed = expected
    assert row.label == label
    assert values(row, 4) == [D(text) for text in printed]
    for column, text in enumerate(printed):
        cell = row.cell(column)
        if text is None:
            continue
        assert cell is not None and cell.amount is not None
        # places as printed: "0.00" has two, the bare "0" of Deferred Sales has none
        assert cell.amount.places == (len(text.split(".")[1]) if "." in text else 0)
        assert cell.amount.parenthesized == text.startswith("-")
        assert not cell.amount.currency


# --------------------------------------------------------------------------------------
# 3. Tricky rows


def test_glued_parenthesized_amounts_split_into_two_cells(tables: list[Table]) -> None:
    # 233: "1,249.00 (147,747.00)(2,105,145.00)": nothing between the two amounts
    row = row_on_line(tables[BS_2001], 233)
    assert row.label == "Current Net Loss (gain/loss)"
    adjustments, combined = row.cell(2), row.cell(3)
    assert adjustments is not None and combined is not None
    assert adjustments.raw == "(147,747.00)"
    assert adjustments.value == Decimal("-147747.00")
    assert combined.raw == "(2,105,145.00)"
    assert combined.value == Decimal("-2105145.00")
    assert row.cell(1) is not None and row.cell(1).value == Decimal("1249.00")


def test_missing_closing_parenthesis_still_negative(tables: list[Table]) -> None:
    # 379: "(2,795,833.00        (83,574.00)  (2,879,407.00)                (2,879,407.00)"
    row = row_on_line(tables[BS_2000], 379)
    assert row.label == "Current Net Loss (gain/loss)"
    first = row.cell(0)
    assert first is not None and first.amount is not None
    assert first.raw == "(2,795,833.00"
    assert first.value == Decimal("-2795833.00")
    assert first.amount.parenthesized
    assert values(row, 5) == [
        Decimal("-2795833.00"),
        Decimal("-83574.00"),
        Decimal("-2879407.00"),
        None,
        Decimal("-2879407.00"),
    ]


def test_dollar_signs_detached_and_glued(tables: list[Table]) -> None:
    # 400: "$ 10,993,570     $ (9,295,676)    $ 1,697,894                      $1,697,894"
    row = row_on_line(tables[IS_2000], 400)
    assert row.label == "Income"
    expected = [
        ("$ 10,993,570", "10993570"),
        ("$ (9,295,676)", "-9295676"),
        ("$ 1,697,894", "1697894"),
        None,
        ("$1,697,894", "1697894"),
    ]
    for column, want in enumerate(expected):
        cell = row.cell(column)
        if want is None:
            assert cell is None
            continue
        raw, value = want
        assert cell is not None and cell.amount is not None
        assert cell.raw == raw
        assert cell.value == Decimal(value)
        assert cell.amount.currency
        assert cell.amount.places == 0
    assert row.cell(1).amount.parenthesized


def test_wrapped_label_with_dollar_amount_is_not_a_cell(tables: list[Table]) -> None:
    # 315-316: "Accounts Receivable (net of" / "allowances $65,223)"
    row = row_on_line(tables[BS_2000], 315)
    assert row.kind == "data"
    assert row.lines == (315, 316)
    assert row.label == "Accounts Receivable (net of allowances $65,223)"
    assert values(row, 5) == [
        Decimal("2247688.00"),
        Decimal("-2015517.00"),
        Decimal("232171.00"),
        None,
        Decimal("232171.00"),
    ]
    assert all(cell.span.line == 315 for cell in row.cells)
    assert Decimal("65223") not in [cell.value for cell in row.cells]


def test_wrapped_goodwill_label_keeps_its_amortization_amount(tables: list[Table]) -> None:
    # 346-347: "Goodwill (net of amortization of" / "$42,347)"
    row = row_on_line(tables[BS_2000], 346)
    assert row.kind == "data"
    assert row.lines == (346, 347)
    assert row.label == "Goodwill (net of amortization of $42,347)"
    assert values(row, 5) == [
        Decimal("804592.00"),
        Decimal("-804592.00"),
        Decimal("0.00"),
        None,
        Decimal("0.00"),
    ]
    assert all(cell.span.line == 346 for cell in row.cells)


def test_double_dash_cells_are_zero(tables: list[Table]) -> None:
    table = tables[IS_2001]
    # 259: Gross Profit  321,147  283,600  --  37,547
    gross = row_on_line(table, 259)
    assert gross.label == "Gross Profit"
    assert values(gross, 4) == [Decimal(321147), Decimal(283600), Decimal(0), Decimal(37547)]
    dash = gross.cell(2)
    assert dash is not None and dash.amount is not None
    assert dash.raw == "--" and dash.amount.dash
    assert not gross.cell(0).amount.dash
    # 267: Interest Expense  422,462  --  --  422,462
    interest = row_on_line(table, 267)
    assert interest.label == "Interest Expense"
    assert values(interest, 4) == [Decimal(422462), Decimal(0), Decimal(0), Decimal(422462)]
    assert interest.cell(1).amount.dash and interest.cell(2).amount.dash
    # 279: Loss on disposal: blank, --, (147,747), (147,747)
    loss = row_on_line(table, 279)
    assert loss.label == "Loss on disposal of Clifton Telecard, Inc."
    assert values(loss, 4) == [None, Decimal(0), Decimal(-147747), Decimal(-147747)]
    assert loss.cell(1).amount.dash


def test_other_income_fills_only_the_first_column(tables: list[Table]) -> None:
    # 274: "Other Income (Expenses)                               1,184"
    row = row_on_line(tables[IS_2001], 274)
    assert row.label == "Other Income (Expenses)"
    assert values(row, 4) == [Decimal(1184), None, None, None]


def test_single_dash_cells_are_zero(tables: list[Table]) -> None:
    table = tables[IS_2000]
    # 404: Gross Profit  969,310  (421,786)  547,524  -  547,524
    gross = row_on_line(table, 404)
    assert gross.label == "Gross Profit"
    assert values(gross, 5) == [
        Decimal(969310),
        Decimal(-421786),
        Decimal(547524),
        Decimal(0),
        Decimal(547524),
    ]
    assert gross.cell(3).raw == "-" and gross.cell(3).amount.dash
    # 413: Interest Expense  36,524  -  36,524  (blank)  36,524
    interest = row_on_line(table, 413)
    assert interest.label == "Interest Expense"
    assert values(interest, 5) == [Decimal(36524), Decimal(0), Decimal(36524), None, Decimal(36524)]
    assert interest.cell(1).amount.dash
    # 439: per share, a dash in every column
    per_share = row_on_line(table, 439)
    assert per_share.label == "Net Income (loss) per common share"
    assert values(per_share, 5) == [Decimal(0)] * 5
    assert all(cell.amount.dash for cell in per_share.cells)


def test_loss_on_disposal_and_the_row_of_dashes_under_it(tables: list[Table]) -> None:
    table = tables[IS_2000]
    # 427: dash at cols 92-93 (Sub-Totals), (147,747) at 101-110 (Adjustments) and 117-126
    loss = row_on_line(table, 427)
    assert loss.label == "Loss on disposal of Clifton Telecard, Inc."
    assert loss.lines == (427,)
    assert values(loss, 5) == [None, None, Decimal(0), Decimal(-147747), Decimal(-147747)]
    # 428: dashes at cols 59-60 (Auxer, right edge 60), 92-93 (Sub-Totals, right edge 93)
    # and 108-109 (Adjustments, like the "-" of Gross Profit on line 404)
    dashes = row_on_line(table, 428)
    assert dashes.kind == "data"
    assert dashes.label == ""
    assert dashes.lines == (428,)
    assert values(dashes, 5) == [Decimal(0), None, Decimal(0), Decimal(0), None]
    assert all(cell.raw == "-" and cell.amount.dash for cell in dashes.cells)


def test_per_share_label_wraps_onto_the_line_with_the_numbers(tables: list[Table]) -> None:
    table = tables[IS_2001]
    # 291: basic, 0.02 (Auxer) and (0.02) (Combined)
    basic = row_on_line(table, 291)
    assert basic.label == "Net Income (loss) per common share"
    assert values(basic, 4) == [Decimal("0.02"), None, None, Decimal("-0.02")]
    # 294-295: "Net Income (loss) per common share -" / "assuming dilution  0.02  (0.01)"
    diluted = row_on_line(table, 295)
    assert diluted.kind == "data"
    assert diluted.lines == (294, 295)
    assert diluted.label == "Net Income (loss) per common share - assuming dilution"
    assert values(diluted, 4) == [Decimal("0.02"), None, None, Decimal("-0.01")]
    assert diluted.cell(0).amount.places == 2


def test_per_share_label_wraps_in_the_december_2000_income_statement(
    tables: list[Table],
) -> None:
    # 441-442: "Net Income (loss) per common share -" / "assuming dilution  -  -  -  -  -"
    diluted = row_on_line(tables[IS_2000], 442)
    assert diluted.lines == (441, 442)
    assert diluted.label == "Net Income (loss) per common share - assuming dilution"
    assert values(diluted, 5) == [Decimal(0)] * 5


def test_double_rule_under_total_assets(tables: list[Table]) -> None:
    table = tables[BS_2001]
    total = row_on_line(table, 202)
    assert total.label == "TOTAL ASSETS:"
    following = table.rows[table.rows.index(total) + 1]
    assert following.kind == "rule"
    assert following.lines == (203,)
    assert following.rule_style == "double"
    assert following.rule_columns == (0, 1, 2, 3)
    assert following.cells == ()


@pytest.mark.parametrize("line", [159, 169, 171, 182, 185, 188, 196, 199, 214, 234, 236])
def test_single_rules_in_march_2001_balance_sheet(tables: list[Table], line: int) -> None:
    # "-------------        -------- ----------- -------------" under all four columns
    row = row_on_line(tables[BS_2001], line)
    assert row.kind == "rule"
    assert row.rule_style == "single"
    assert row.rule_columns == (0, 1, 2, 3)


def test_double_rules_under_per_share_cover_only_their_columns(tables: list[Table]) -> None:
    # 292 and 296: "====" under the Auxer column, "=====" under Combined
    for line in (292, 296):
        row = row_on_line(tables[IS_2001], line)
        assert row.kind == "rule"
        assert row.rule_style == "double"
        assert row.rule_columns == (0, 3)


def test_full_width_rule_in_december_2000_income_statement(tables: list[Table]) -> None:
    # 403: one run of dashes from column 45 to 126, across all five columns
    row = row_on_line(tables[IS_2000], 403)
    assert row.kind == "rule"
    assert row.rule_style == "single"
    assert row.rule_columns == (0, 1, 2, 3, 4)


def test_long_term_liabilities_is_a_heading(tables: list[Table]) -> None:
    row = row_on_line(tables[BS_2001], 216)
    assert row.kind == "heading"
    assert row.label == "Long-term Liabilities"
    assert row.lines == (216,)
    assert row.cells == ()


def test_current_assets_heading_printed_above_the_s_line(tables: list[Table]) -> None:
    # 311: "Current Assets:" sits between the caption rule (310) and "<S>" (312)
    table = tables[BS_2000]
    headings = [row for row in table.rows if row.kind == "heading"]
    assert headings, "no heading rows"
    first = headings[0]
    assert first.label == "Current Assets:"
    assert first.lines == (311,)
    assert first.cells == ()
    before = table.rows[: table.rows.index(first)]
    assert [row for row in before if row.kind == "data"] == []


@pytest.mark.parametrize(
    "line, label",
    [(329, "Property & Equipment"), (344, "Other Assets"), (358, "Current Liabilities:")],
)
def test_december_2000_section_headings(tables: list[Table], line: int, label: str) -> None:
    row = row_on_line(tables[BS_2000], line)
    assert row.kind == "heading"
    assert row.label == label
    assert row.cells == ()


def test_unlabelled_zero_row_under_cash(tables: list[Table]) -> None:
    # 314: "0.00" under Sub-Totals (85-89) and under Combined (115-119) only
    row = row_on_line(tables[BS_2000], 314)
    assert row.kind == "data"
    assert row.label == ""
    assert row.lines == (314,)
    assert values(row, 5) == [None, None, Decimal("0.00"), None, Decimal("0.00")]
    cash = row_on_line(tables[BS_2000], 313)
    assert cash.label == "Cash"
    assert cash.lines == (313,)


def test_label_touching_the_first_number(tables: list[Table]) -> None:
    # 231: "Retained Earnings (Accumulated Deficit    (7,624,650.00)": four blanks, then
    # the amount's "(" in the Auxer column
    row = row_on_line(tables[BS_2001], 231)
    assert row.label == "Retained Earnings (Accumulated Deficit"
    first = row.cell(0)
    assert first is not None
    assert first.raw == "(7,624,650.00)"
    assert first.value == Decimal("-7624650.00")


def test_long_label_with_blank_clifton_cell(tables: list[Table]) -> None:
    # 370: "Long term debt, less current maturities   3,178.00 ... 3,178.00  0.00  3,178.00"
    row = row_on_line(tables[BS_2000], 370)
    assert row.label == "Long term debt, less current maturities"
    assert values(row, 5) == [
        Decimal("3178.00"),
        None,
        Decimal("3178.00"),
        Decimal("0.00"),
        Decimal("3178.00"),
    ]


def test_rows_filled_only_from_the_subtotals_column(tables: list[Table]) -> None:
    table = tables[BS_2000]
    # 380: "GAIN / LOSS on Sale of Clifton   0.00  (147,747.00)  (147,747.00)"
    gain = row_on_line(table, 380)
    assert gain.label == "GAIN / LOSS on Sale of Clifton"
    assert values(gain, 5) == [
        None,
        None,
        Decimal("0.00"),
        Decimal("-147747.00"),
        Decimal("-147747.00"),
    ]
    # 381: "Income (Loss) from Discontinued Operations   0.00   0.00"
    discontinued = row_on_line(table, 381)
    assert discontinued.label == "Income (Loss) from Discontinued Operations"
    assert values(discontinued, 5) == [None, None, Decimal("0.00"), None, Decimal("0.00")]


# --------------------------------------------------------------------------------------
# 4. Every cell's span holds its raw text, on one of its row's lines


def test_every_span_holds_the_raw_cell(read: tuple[Filing, list[Table]]) -> None:
    filing, tables = read
    checked = 0
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                assert filing.span_text(cell.span) == cell.raw, (str(cell.span), cell.raw)
                assert cell.span.line in row.lines, (str(cell.span), row.lines)
                checked += 1
    assert checked > 0


def test_no_cell_outside_the_tables_lines(tables: list[Table]) -> None:
    bounds = [(150, 242), (250, 297), (306, 388), (394, 444)]
    for table, (first, last) in zip(tables, bounds):
        for cell in table.cells:
            assert first < cell.span.line < last
