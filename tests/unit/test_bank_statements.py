"""A thrift's statements, worded as savings institutions of the 1990s word them (an
invented filing, not one of the corpus): the parts of the income statement scope bare
labels, a deposits group is read with its heading, and 'Loans / Less allowance / Loans,
net' keeps each line on its own base concept."""

from __future__ import annotations

import re

import support
from xbrlify.pipeline import convert

FILING = """\
<TABLE>
                     EXAMPLE SAVINGS BANK AND SUBSIDIARY
                    CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION
                               (In thousands)
<CAPTION>
                                                        December 31,
                                                     1996          1995
<S>                                               <C>           <C>
ASSETS
Cash and due from banks                           $  4,100      $  3,900
Interest-bearing deposits in other banks             1,200         1,000
Securities available for sale                       20,000        18,000
Loans receivable                                    80,000        75,000
Less allowance for loan losses                         800           700
                                                  --------      --------
Loans, net                                          79,200        74,300
Premises and equipment, net                          2,000         2,100
Accrued interest receivable                            600           550
Other real estate owned                                100           150
                                                  --------      --------
   Total assets                                   $107,200      $100,000
                                                  ========      ========
LIABILITIES AND STOCKHOLDERS' EQUITY
Deposits:
   Noninterest-bearing                            $  9,000      $  8,000
   Interest-bearing                                 78,000        74,000
                                                  --------      --------
      Total deposits                                87,000        82,000
Federal funds purchased                              5,000         4,000
Other liabilities                                    1,200         1,000
                                                  --------      --------
   Total liabilities                                93,200        87,000
Stockholders' equity                                14,000        13,000
                                                  --------      --------
   Total liabilities and stockholders' equity     $107,200      $100,000
                                                  ========      ========
</TABLE>

<TABLE>
                     EXAMPLE SAVINGS BANK AND SUBSIDIARY
                      CONSOLIDATED STATEMENTS OF INCOME
                               (In thousands)
<CAPTION>
                                                   Year Ended December 31,
                                                     1996          1995
<S>                                               <C>           <C>
Interest and dividend income:
  Loans, including fees                           $  6,500      $  6,100
  Investment securities                              1,300         1,200
  Federal funds sold                                   200           150
                                                  --------      --------
     Total interest and dividend income              8,000         7,450
Interest expense:
  Deposits                                           3,600         3,400
  Other borrowings                                     400           350
                                                  --------      --------
     Total interest expense                          4,000         3,750
                                                  --------      --------
Net interest income                                  4,000         3,700
Provision for loan losses                              100           200
                                                  --------      --------
Net interest income after provision for loan losses  3,900         3,500
Noninterest income:
  Service charges on deposit accounts                  300           280
  Other                                                 50            40
                                                  --------      --------
     Total noninterest income                          350           320
Noninterest expense:
  Salaries and employee benefits                     1,500         1,400
  Occupancy                                            300           290
  Federal deposit insurance premiums                   150           180
  Other                                                400           350
                                                  --------      --------
     Total noninterest expense                       2,350         2,220
                                                  --------      --------
Income before income taxes                           1,900         1,600
Income taxes                                           700           600
                                                  --------      --------
Net income                                        $  1,200      $  1,000
                                                  ========      ========
</TABLE>
"""


def concepts_by_label(tmp_path):
    path = tmp_path / "thrift.txt"
    path.write_text(FILING)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    facts = support.instance_facts(result.folder / "thrift.xml")
    lines = FILING.splitlines()
    found = {}
    for number, values in facts.items():
        label = re.split(r"\s{2,}", lines[int(number) - 1].strip())[0]
        found[label] = (values[0][0], values[0][1])
    return found, result.report


def test_a_thrifts_income_statement_maps_by_its_parts(tmp_path):
    found, report = concepts_by_label(tmp_path)
    assert found["Loans, including fees"] == ("InterestAndFeeIncomeLoansAndLeases", "6500000")
    assert found["Investment securities"][0] == "InterestAndDividendIncomeSecurities"
    assert found["Federal funds sold"][0] == "InterestIncomeFederalFundsSold"
    assert found["Total interest and dividend income"][0] == "InterestAndDividendIncomeOperating"
    assert found["Deposits"] == ("InterestExpenseDeposits", "3600000")
    assert found["Total interest expense"][0] == "InterestExpense"
    assert found["Provision for loan losses"] == ("ProvisionForLoanLeaseAndOtherLosses", "100000")
    assert found["Net interest income after provision for loan losses"][0] == "InterestIncomeExpenseAfterProvisionForLoanLoss"
    assert found["Service charges on deposit accounts"][0] == "FeesAndCommissionsDepositorAccounts"
    assert found["Total noninterest income"][0] == "NoninterestIncome"
    assert found["Occupancy"][0] == "OccupancyNet"
    assert found["Federal deposit insurance premiums"][0] == "FederalDepositInsuranceCorporationPremiumExpense"
    assert found["Total noninterest expense"] == ("NoninterestExpense", "2350000")
    # the two bare "Other" lines: other noninterest income, other noninterest expense
    rows = [(row.label, row.concept) for s in report.statements for row in s.rows if row.label == "Other"]
    assert rows == [("Other", "NoninterestIncomeOther"), ("Other", "OtherNoninterestExpense")]
    assert not [f for f in report.findings if f.severity in ("error", "inconsistency")]


def test_a_thrifts_balance_sheet_keeps_loans_allowance_and_net_loans_apart(tmp_path):
    found, _ = concepts_by_label(tmp_path)
    assert found["Cash and due from banks"][0] == "CashAndDueFromBanks"
    assert found["Interest-bearing deposits in other banks"][0] == "InterestBearingDepositsInBanks"
    assert found["Securities available for sale"][0] == "AvailableForSaleSecuritiesDebtSecurities"
    assert found["Loans receivable"] == ("LoansAndLeasesReceivableNetOfDeferredIncome", "80000000")
    assert found["Less allowance for loan losses"] == ("LoansAndLeasesReceivableAllowance", "800000")
    assert found["Loans, net"] == ("LoansAndLeasesReceivableNetReportedAmount", "79200000")
    assert found["Other real estate owned"][0] == "ForeclosedAssets"
    assert found["Noninterest-bearing"][0] == "NoninterestBearingDepositLiabilities"
    assert found["Interest-bearing"][0] == "InterestBearingDepositLiabilities"
    assert found["Total deposits"][0] == "Deposits"
    assert found["Federal funds purchased"][0] == "FederalFundsPurchased"
