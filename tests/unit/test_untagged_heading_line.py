"""Untagged statements whose one heading line holds the units caption and the years,
under a title printed across the page with the company's name over the columns, and
a second statement printed right under the first with its own title."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

from xbrlify.source import read_filing
from xbrlify.tables import text_to_tables
from xbrlify.tables.regions import is_heading_line, is_row_line

TWO_STATEMENTS = """\
    The notes below are an integral part of these statements and should be read with them.

    CONSOLIDATED                                 Example Widget Co. and Subsidiaries
    STATEMENT OF INCOME
    - ------------------------------------------------------------------------------
    Years Ended December 31
    ($ in millions except per share amounts)  1995          1994         1993
    - ------------------------------------------------------------------------------
    SALES ................................. $ 1,681.1     $ 1,469.8    $ 1,098.2
    Materials and production ..............     456.3         362.7        297.6
    Research and development ..............     331.4         230.6        172.8
    Other (income) expense, net ...........      36.3          76.2         36.2
    - ------------------------------------------------------------------------------
    Net Income ............................ $   857.1     $   800.3    $   591.6
    ==============================================================================

    CONSOLIDATED STATEMENT                        Example Widget Co. and Subsidiaries
    OF RETAINED EARNINGS


    Years Ended December 31
    ($ in millions)                           1995          1994          1993
    - ------------------------------------------------------------------------------
    BALANCE, JANUARY 1 .................... $ 1,942.0     $ 1,393.2     $   966.0
    NET INCOME ............................     857.1         800.3         591.6
    DIVIDENDS DECLARED ....................    (578.0)       (251.5)       (164.4)
    NET UNREALIZED GAIN ON INVESTMENTS ....      36.3            --            --
    - ------------------------------------------------------------------------------
    BALANCE, DECEMBER 31 .................. $ 2,257.4     $ 1,942.0     $ 1,393.2
    ==============================================================================


    The accompanying notes are an integral part of these financial statements.
    """


def read(tmp_path: Path, text: str):
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(text))
    filing, _ = read_filing(path)
    tables, _ = text_to_tables(filing)
    return tables


def test_units_caption_with_the_years_is_a_heading_line_not_a_row():
    line = "($ in millions except per share amounts)  1995          1994         1993"
    assert is_heading_line(line) and not is_row_line(line)
    assert not is_heading_line("Net sales in millions of units        1995     1994")  # no units caption: "in millions of"
    assert not is_heading_line("($ in millions)        1,995.0     1,994.0")  # amounts, not years
    assert is_heading_line("Dollars in millions                1995     1994")


def test_the_years_beside_the_units_caption_head_the_columns(tmp_path):
    income, _ = read(tmp_path, TWO_STATEMENTS)
    assert [c.heading for c in income.columns] == [("1995",), ("1994",), ("1993",)]
    assert income.units == "($ in millions except per share amounts)"
    assert income.rows[0].label.startswith("SALES")
    assert [c.value for c in income.rows[0].cells] == [Decimal("1681.1"), Decimal("1469.8"), Decimal("1098.2")]
    assert not any("millions" in row.label for row in income.rows)


def test_the_company_name_beside_the_title_heads_no_column(tmp_path):
    income, retained = read(tmp_path, TWO_STATEMENTS)
    assert income.title == (
        "Example Widget Co. and Subsidiaries", "CONSOLIDATED", "STATEMENT OF INCOME", "Years Ended December 31",
    )
    assert retained.title[:3] == ("Example Widget Co. and Subsidiaries", "CONSOLIDATED STATEMENT", "OF RETAINED EARNINGS")
    assert all("Example" not in " ".join(c.heading) for t in (income, retained) for c in t.columns)


def test_a_statement_printed_under_another_with_its_own_title_is_a_table_of_its_own(tmp_path):
    income, retained = read(tmp_path, TWO_STATEMENTS)
    assert income.last_line == 15  # the double rule under "Net Income"
    assert income.rows[-2].label == "Net Income"
    assert retained.first_line == 17
    assert [c.heading for c in retained.columns] == [("1995",), ("1994",), ("1993",)]
    assert retained.units == "($ in millions)"
    assert [r.label for r in retained.rows if r.cells][0] == "BALANCE, JANUARY 1"


def test_a_section_heading_between_rules_under_the_heading_line_is_a_row(tmp_path):
    (sheet,) = read(
        tmp_path,
        """\
        CONSOLIDATED BALANCE SHEET
        December 31
        ($ in millions)                                             1995         1994
        - -------------------------------------------------------------------------------
        ASSETS
        - -------------------------------------------------------------------------------
        CURRENT ASSETS
        Cash and cash equivalents ............................. $    847.4    $   604.0
        Short-term investments ................................      502.4        665.7
        Accounts receivable ...................................      495.7        351.5
        Inventories ...........................................      872.5        660.9
        - -------------------------------------------------------------------------------
        Total current assets ..................................    2,718.1      2,282.1
        """,
    )
    assert sheet.title == ("CONSOLIDATED BALANCE SHEET", "December 31")
    assert [c.heading for c in sheet.columns] == [("1995",), ("1994",)]
    assert [r.label for r in sheet.rows[:3]] == ["ASSETS", "CURRENT ASSETS", "Cash and cash equivalents"]
