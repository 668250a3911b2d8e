"""A balance sheet that prints its section totals with no label (Indiana Bell's 1999
10-Q does so): the sum under "Current assets" is total current assets and closes the
section; headings of their own item groups ("Receivables, net" over "Customers" and
"Other") keep their items apart from the section's. Amounts made up, layout as filed."""

from __future__ import annotations

import support
from xbrlify.pipeline import convert

BALANCE_SHEET = """\
                           CONDENSED BALANCE SHEETS
                            (Dollars in Millions)

                                            June 30, 1999 Dec. 31, 1998
                                           -------------- -------------
ASSETS

Current assets
 Cash and temporary cash investments.........  $     2.4     $     0.8
 Receivables, net
   Customers.................................      210.0         213.0
   Other.....................................        9.0           8.0
 Material and supplies.......................       10.0          11.0
                                               ---------     ---------
                                                   231.4         232.8
                                               ---------     ---------
Property, plant and equipment................    3,500.0       3,400.0
Less, accumulated depreciation...............    2,300.0       2,200.0
                                               ---------     ---------
                                                 1,200.0       1,200.0
                                               ---------     ---------
Other assets and deferred charges............      150.0         140.0
                                               ---------     ---------
Total assets.................................  $ 1,581.4     $ 1,572.8
                                               =========     =========

LIABILITIES AND SHAREOWNER'S EQUITY

Current liabilities
 Debt maturing within one year
  Parent company.............................   $    --       $    15.0
 Accounts payable
  Affiliates.................................        44.0          34.0
  Other......................................        85.0          71.0
 Other current liabilities...................      145.0         136.0
                                               ---------     ---------
                                                   274.0         256.0
                                               ---------     ---------
Long-term debt...............................      233.0         233.0
Other........................................       33.0          32.0
Shareowner's equity
 Common shares - ($40 par value;
   15,000,000 shares authorized;
   13,490,876 issued and outstanding)........      539.0         539.0
 Reinvested earnings.........................      502.4         512.8
                                               ---------     ---------
                                                 1,041.4       1,051.8
                                               ---------     ---------
Total liabilities and shareowner's equity....  $ 1,581.4     $ 1,572.8
                                               =========     =========
"""


def concepts_by_line(tmp_path) -> dict[str, set[str]]:
    path = tmp_path / "filing.txt"
    path.write_text(BALANCE_SHEET)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    facts = support.instance_facts(result.folder / "filing.xml")
    return {line: {fact[0] for fact in found} for line, found in facts.items()}


def line_of(text: str, nth: int = 1) -> str:
    numbers = [n for n, line in enumerate(BALANCE_SHEET.splitlines(), 1) if line.strip().split("..")[0] == text]
    return str(numbers[nth - 1])


def test_unlabelled_totals_take_the_total_of_their_heading(tmp_path):
    concepts = concepts_by_line(tmp_path)
    assert concepts[line_of("231.4         232.8")] == {"AssetsCurrent"}
    assert concepts[line_of("1,200.0       1,200.0")] == {"PropertyPlantAndEquipmentNet"}  # gross less depreciation
    assert concepts[line_of("274.0         256.0")] == {"LiabilitiesCurrent"}
    assert concepts[line_of("1,041.4       1,051.8")] == {"StockholdersEquity"}  # under "Shareowner's equity"


def test_a_section_total_closes_the_section(tmp_path):
    concepts = concepts_by_line(tmp_path)
    # below the unlabelled total of current assets and liabilities: noncurrent lines
    assert concepts[line_of("Other assets and deferred charges")] == {"OtherAssetsNoncurrent"}
    assert concepts[line_of("Other", 2)] == {"AccountsPayableOtherCurrent"}  # under "Accounts payable"
    assert concepts[line_of("Other", 3)] == {"OtherLiabilitiesNoncurrent"}


def test_items_of_a_group_heading(tmp_path):
    concepts = concepts_by_line(tmp_path)
    assert concepts[line_of("Other")] == {"OtherReceivablesNetCurrent"}  # under "Receivables, net"
    assert concepts[line_of("Material and supplies")] != {"OtherReceivablesNetCurrent"}
    assert concepts[line_of("13,490,876 issued and outstanding)")] == {"CommonStockValue"}


def test_a_total_labelled_just_total_is_its_headings_total(tmp_path):
    # Kroger's 1994 income statement: "Costs and expenses" / its items / "Total"
    statement = """\
                     CONSOLIDATED STATEMENT OF OPERATIONS
                           (Dollars in Millions)

                                            Year Ended      Year Ended
                                           Dec. 31, 1994   Dec. 31, 1993
                                           -------------- -------------
Sales........................................  $ 2,959.1     $ 2,384.3
                                               ---------     ---------
Costs and expenses
   Merchandise costs.........................    2,404.9       2,109.1
   Rent......................................      299.5         290.3
                                               ---------     ---------
Total                                          $ 2,704.4     $ 2,399.4
                                               ---------     ---------
Net earnings.................................  $   254.7     $   (15.1)
                                               =========     =========
"""
    path = tmp_path / "ops.txt"
    path.write_text(statement)
    facts = support.instance_facts(convert(path, tmp_path / "out").folder / "ops.xml")
    total = next(n for n, line in enumerate(statement.splitlines(), 1) if line.startswith("Total"))
    assert {fact[0] for fact in facts[str(total)]} == {"CostsAndExpenses"}


def test_a_sum_before_treasury_stock_is_no_total_of_equity(tmp_path):
    # Coca-Cola's 1997 balance sheet: equity's parts, an unlabelled sum, less treasury
    # stock, and the total; common stock's label wraps over three lines
    sheet = """\
                           CONSOLIDATED BALANCE SHEETS
                              (In millions)

                                              Dec. 31, 1997        Dec. 31, 1996
SHARE-OWNERS' EQUITY
Common stock, $.25 par value
     Authorized: 5,600,000,000 shares
     Issued: 3,443,441,902 shares in 1997;
             3,432,956,518 shares in 1996                 861                  858
Capital surplus                                         1,527                1,058
Reinvested earnings                                    17,869               15,127
- ------------------------------------------------------------------------------------
                                                       20,257               17,043

Less treasury stock, at cost                           11,582               10,320
- ------------------------------------------------------------------------------------
                                                        8,675                6,723
- ------------------------------------------------------------------------------------
"""
    path = tmp_path / "bs.txt"
    path.write_text(sheet)
    facts = support.instance_facts(convert(path, tmp_path / "out").folder / "bs.xml")
    lines = sheet.splitlines()
    common = next(n for n, line in enumerate(lines, 1) if "3,432,956,518 shares in 1996" in line)
    before = next(n for n, line in enumerate(lines, 1) if line.strip().startswith("20,257"))
    assert {fact[0] for fact in facts[str(common)]} == {"CommonStockValue"}
    assert "StockholdersEquity" not in {fact[0] for fact in facts[str(before)]}
    total = next(n for n, line in enumerate(lines, 1) if line.strip().startswith("8,675"))
    assert {fact[0] for fact in facts[str(total)]} == {"StockholdersEquity"}
