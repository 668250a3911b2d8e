"""A pro forma combined statement: the company's historical column, the acquired
business's, the adjustments and the pro forma total (Amazon's 8-K/A of 1998 on Junglee
is laid out so). The company's column is its own amounts, no member; the acquired
business's is on the business acquisition axis, its amounts as printed. Amounts made up."""

from __future__ import annotations

import support
from xbrlify.pipeline import convert

COMBINED = """\
            PRO FORMA COMBINED CONDENSED CONSOLIDATED BALANCE SHEET
                              AS OF JUNE 30, 1998
                     (IN THOUSANDS, EXCEPT PER SHARE DATA)
<TABLE>
<CAPTION>
                                                                                 PRO FORMA
                                                 EXAMPLE.COM      TARGETCO      ADJUSTMENTS      PRO FORMA
                                                 -----------     ---------      -----------      ---------
<S>                                              <C>             <C>             <C>            <C>
Cash ....................................         $   7,462       $   4,031       $      --      $  11,493
Goodwill, net ...........................            52,398              --         176,982(c)     229,380
Other assets ............................             7,622           2,119              --          9,741
                                                  ---------       ---------       ---------      ---------
          Total assets ..................         $  67,482       $   6,150       $ 176,982      $ 250,614
                                                  =========       =========       =========      =========
Accounts payable ........................         $  47,818       $     465       $      --      $  48,283
Other liabilities .......................            14,197           2,748           4,541(a),(c)  21,486
Stockholders' equity ....................             5,467           2,937         172,441        180,845
                                                  ---------       ---------       ---------      ---------
          Total liabilities and equity ..         $  67,482       $   6,150       $ 176,982      $ 250,614
                                                  =========       =========       =========      =========
</TABLE>
"""


def test_the_companys_column_has_no_member_and_the_acquired_business_its_own(tmp_path):
    path = tmp_path / "filing.txt"
    path.write_text(COMBINED)
    result = convert(path, tmp_path / "out")
    assert result.report.valid
    facts = support.instance_facts(result.folder / "filing.xml")
    cash = facts[str(COMBINED.splitlines().index(next(l for l in COMBINED.splitlines() if l.startswith("Cash"))) + 1)]
    by_member = {members: value for _, value, _, members in cash}
    assert by_member[()] == "7462000"
    assert by_member[("TargetcoMember",)] == "4031000"  # acquired: its own cash, as printed
    assert by_member[("ScenarioAdjustmentMember",)] == "0"
    assert by_member[("ProFormaMember",)] == "11493000"
    other = facts[str(next(n for n, l in enumerate(COMBINED.splitlines(), 1) if l.startswith("Other liabilities")))]
    assert {members: value for _, value, _, members in other}[("ScenarioAdjustmentMember",)] == "4541000"
