"""A start-up's statements laid out like those of an acquired company in a 1998 8-K
(a filing not in the corpus): the title sits above <TABLE> with a rule under it and a
long line in capitals, the first period runs from inception, and losses are printed
as positive numbers."""

from __future__ import annotations

from functools import cache

import support

from xbrlify.extract import extract
from xbrlify.rules import load_rules
from xbrlify.statements import assign_members
from xbrlify.taxonomy import load_base_taxonomy

STATEMENT = """\
<PAGE>   8
JUNGLE CORP.

STATEMENTS OF OPERATIONS
YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER
31, 1996
- --------------------------------------------------------------------------------

<TABLE>
<CAPTION>
                                                    1997                1996
<S>                                             <C>                 <C>
REVENUES:
  License                                       $   985,495         $        --
OPERATING EXPENSES:
  Research and development                        2,580,795             439,469
  General and administrative                        832,998             242,077
                                                -----------         -----------
LOSS FROM OPERATIONS                              2,428,298             681,546
                                                -----------         -----------
OTHER INCOME (EXPENSE):
  Interest income                                   156,436              19,367
                                                -----------         -----------
NET LOSS                                        $ 2,271,862         $   662,179
                                                ===========         ===========
</TABLE>
"""


@cache
def converted(tmp):
    _, statements, _ = support.inline_statements(tmp, STATEMENT, "startup.txt")
    return statements, extract(statements, load_rules(), load_base_taxonomy())


def test_title_above_the_table_and_a_period_from_inception(tmp_path_factory):
    (statement,), _ = converted(tmp_path_factory.getbasetemp())
    assert statement.kind == "income_statement"
    assert "PERIOD FROM JUNE 3, 1996 (INCEPTION)" in statement.title
    periods = [(c.start.isoformat(), c.end.isoformat()) for c in statement.columns]
    assert periods == [("1997-01-01", "1997-12-31"), ("1996-06-03", "1996-12-31")]


def test_losses_printed_positive_are_negative_results(tmp_path_factory):
    _, extraction = converted(tmp_path_factory.getbasetemp())
    values = {(f.concept.name, f.context.start.year): f.value for f in extraction.facts}
    assert values[("NetIncomeLoss", 1997)] == -2271862
    assert values[("OperatingIncomeLoss", 1996)] == -681546
    assert values[("ResearchAndDevelopmentExpense", 1997)] == 2580795


EQUITY_IN_TWO_TABLES = """\
JUNGLE CORP.

STATEMENTS OF STOCKHOLDERS' EQUITY
PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996
- --------------------------------------------------------------------------------

<TABLE>
<CAPTION>
                                                   PREFERRED STOCK
                                                   SHARES      AMOUNT
<S>                                              <C>         <C>
Issuance of preferred stock for cash at
  $0.50 per share                                 1,150,000     566,495
Net loss                                                 --          --
                                                  ---------   ---------
BALANCES, December 31, 1996                       1,150,000     566,495
                                                  =========   =========
</TABLE>


<TABLE>
<CAPTION>
                                                  ACCUMULATED
                                                    DEFICIT        TOTAL
<S>                                               <C>            <C>
Issuance of preferred stock for cash at
  $0.50 per share                                        --        566,495
Net loss                                           (742,411)      (742,411)
                                                  ---------      ---------
BALANCES, December 31, 1996                        (742,411)      (175,916)
                                                  =========      =========
</TABLE>
"""


def test_an_equity_statement_printed_as_two_tables_from_inception(tmp_path):
    _, statements, _ = support.inline_statements(tmp_path, EQUITY_IN_TWO_TABLES, "equity.txt")
    assert [s.kind for s in statements] == ["equity", "equity"]  # the second half continues the first
    statements = assign_members(statements, load_rules())
    extraction = extract(statements, load_rules(), load_base_taxonomy())
    facts = {(f.source.line, f.source.start_col): f for f in extraction.facts}
    loss = [f for (line, _), f in facts.items() if line == 28 and f.concept.name == "NetIncomeLoss"]
    # the change rows before the first balance run from inception to that balance
    assert {(f.context.start.isoformat(), f.context.end.isoformat(), f.value) for f in loss} == {
        ("1996-06-03", "1996-12-31", -742411)
    }
    # "at $0.50 per share" quotes a price: the amounts are dollars, not dollars per share
    assert {f.unit for (line, _), f in facts.items() if line == 27} == {"USD"}
