"""Concepts of unlabelled totals, implied by what they add up.

Statements often print a total with no label of its own: the rule under inventory
components, the sum of current assets, property and other assets at the foot of the
assets, the column of costs subtracted from sales. The words are missing but the
children say what the total is: a total that includes the current-assets total is
total assets. Each `TotalRule` below states one such inference as data; the first
that fits a total gives its concept, unless another line of the statement has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from xbrlify.model import ConceptChoice, Statement, StatementLine
from xbrlify.rules import Rule, RuleSet, find_rule
from xbrlify.taxonomy import Taxonomy

BARE_TOTAL_RE = re.compile(r"^\s*totals?\W*$", re.I)  # "Total": a label that names no more than a rule does

INVENTORY_PARTS = frozenset({"InventoryRawMaterials", "InventoryWorkInProcess", "InventoryFinishedGoods"})
PROPERTY_PARTS = frozenset({
    "Land", "BuildingsAndImprovementsGross", "MachineryAndEquipmentGross", "FurnitureAndFixturesGross",
    "LeaseholdImprovementsGross", "ConstructionInProgressGross",
})  # fmt: skip
ACCUMULATED_DEPRECIATION = frozenset({"AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment"})
PROPERTY_GROSS = frozenset({"PropertyPlantAndEquipmentGross"})
COST_OF_REVENUE = frozenset({"CostOfRevenue", "CostOfGoodsAndServicesSold", "CostOfServices"})
OPERATING_EXPENSES = frozenset({
    "SellingGeneralAndAdministrativeExpense", "GeneralAndAdministrativeExpense", "SellingAndMarketingExpense",
    "SellingExpense", "ResearchAndDevelopmentExpense",
})  # fmt: skip
LIABILITY_TOTALS = frozenset({"LiabilitiesCurrent", "Liabilities"})
EQUITY_TOTALS = frozenset({"StockholdersEquity", "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"})


@dataclass(frozen=True)
class TotalRule:
    """A total of `statement` whose children fit takes `concept`.

    needs: each set must hold some child's concept; within: every base child's concept
    is in it, and base children are at least as many as extension ones; balance: more
    base children have this balance than the other; excludes: no child has these;
    pair: exactly two children (gross and its deduction)."""

    id: str
    concept: str
    statement: str
    needs: tuple[frozenset[str], ...] = ()
    within: frozenset[str] | None = None
    balance: str | None = None
    excludes: frozenset[str] = frozenset()
    pair: bool = False


TOTAL_RULES: tuple[TotalRule, ...] = (
    TotalRule("total.assets", "Assets", "balance_sheet", needs=(frozenset({"AssetsCurrent"}),),
              excludes=LIABILITY_TOTALS | EQUITY_TOTALS),
    TotalRule("total.liabilities_and_equity", "LiabilitiesAndStockholdersEquity", "balance_sheet",
              needs=(LIABILITY_TOTALS, EQUITY_TOTALS)),
    TotalRule("total.liabilities", "Liabilities", "balance_sheet", needs=(frozenset({"LiabilitiesCurrent"}),),
              balance="credit", excludes=EQUITY_TOTALS | {"AssetsCurrent"}),
    TotalRule("total.inventory", "InventoryNet", "balance_sheet", within=INVENTORY_PARTS),
    TotalRule("total.property_gross", "PropertyPlantAndEquipmentGross", "balance_sheet", within=PROPERTY_PARTS),
    TotalRule("total.property_net", "PropertyPlantAndEquipmentNet", "balance_sheet",
              needs=(PROPERTY_GROSS, ACCUMULATED_DEPRECIATION), pair=True),
    TotalRule("total.costs_and_expenses", "CostsAndExpenses", "income_statement", needs=(COST_OF_REVENUE,),
              balance="debit"),
    TotalRule("total.operating_expenses", "OperatingExpenses", "income_statement", needs=(OPERATING_EXPENSES,),
              balance="debit", excludes=COST_OF_REVENUE),
)  # fmt: skip


def name_unlabelled_totals(
    statement: Statement, choices: dict[int, ConceptChoice], taxonomy: Taxonomy, forced: frozenset[int] = frozenset(),
    rules: RuleSet | None = None,
) -> None:
    """Give each unlabelled total (or one labelled just "Total") without a concept the
    one its heading or its children imply (in statement order, so a total of totals
    sees its children's new concepts); lines in `forced` keep extension concepts."""
    line_of_row = {id(line.row): index for index, line in enumerate(statement.lines)}
    rows = statement.table.rows
    # a balance sheet's sums that a later total reduces ("18,893" / "Less treasury stock"
    # / "7,311"): before a deduction, never the section's total (a gross amount may be).
    # (An income statement's totals are reduced by what follows them as a rule.)
    reduced = {
        id(rows[row]) for other in statement.lines if any(w < 0 for _, w in other.children)
        for row, weight in other.children if weight > 0
    } if statement.kind == "balance_sheet" else set()  # fmt: skip
    for index, line in enumerate(statement.lines):
        unlabelled = not line.row.label or BARE_TOTAL_RE.match(line.row.label)
        if not line.total or not unlabelled or index in choices or index in forced:
            continue
        taken = {c.name for c in choices.values()}
        named = heading_rule(statement, line, rules) if rules else None
        if named is not None and id(line.row) in reduced and "Gross" not in named.concept:
            continue  # the heading's total comes after the deduction
        if named is not None and named.concept in taxonomy and named.concept not in taken:
            choices[index] = ConceptChoice(named.concept, False, "as_printed", named.id)
            continue
        children = [line_of_row.get(id(rows[row])) for row, _ in line.children]
        kids = [choices.get(child) if child is not None else None for child in children]
        rule = implied_rule(statement.kind, kids, taxonomy)
        if rule is not None and id(line.row) in reduced and "Gross" not in rule.concept:
            continue
        if rule is not None and rule.concept in taxonomy and rule.concept not in taken:
            choices[index] = ConceptChoice(rule.concept, False, "as_printed", rule.id)


def heading_rule(statement: Statement, line: StatementLine, rules: RuleSet) -> Rule | None:
    """An unlabelled total of every line under a heading ("Current assets", its items,
    a rule, the sum) is that heading's total: what "Total current assets" would map to.
    Of headings printed one under another ("Current liabilities" / "Debt maturing within
    one year"), the innermost whose lines, by indentation, reach down to the total."""
    rows = statement.table.rows
    summed = summed_rows(statement, line)
    first, end = min(summed), next(i for i in range(len(rows)) if rows[i] is line.row)
    if any(rows[i].kind == "data" and i not in summed for i in range(first, end)):
        return None  # it leaves out lines under the heading: it totals a part
    above = [i for i in range(first - 1, -1, -1) if rows[i].kind != "rule"]
    run = list(takewhile(lambda i: rows[i].kind == "heading" and rows[i].label, above))
    for heading in run:  # innermost first
        later = (i for i in range(heading + 1, len(rows)) if rows[i].kind == "heading" and rows[i].indent <= rows[heading].indent)
        if next(later, len(rows)) > end:
            return find_rule(rules, f"Total {rows[heading].label.rstrip(' :')}", statement.kind, line.section)
    return None


def summed_rows(statement: Statement, line: StatementLine) -> set[int]:
    """The table rows a total adds up, directly or through the totals it adds."""
    rows = statement.table.rows
    line_of_row = {id(other.row): other for other in statement.lines}
    found: set[int] = set()
    todo = [row for row, _ in line.children]
    while todo:
        row = todo.pop()
        if row not in found:
            found.add(row)
            child = line_of_row.get(id(rows[row]))
            if child is not None and child.total:
                todo.extend(r for r, _ in child.children)
    return found


def implied_rule(kind: str, kids: list[ConceptChoice | None], taxonomy: Taxonomy) -> TotalRule | None:
    """The first rule the children fit; `None` entries are children with no base concept."""
    base = [kid.name for kid in kids if kid is not None and not kid.extension]
    for rule in TOTAL_RULES:
        if rule.statement == kind and fits(rule, base, len(kids), taxonomy):
            return rule
    return None


def fits(rule: TotalRule, base: list[str], count: int, taxonomy: Taxonomy) -> bool:
    names = set(base)
    if not base or names & rule.excludes or (rule.pair and count != 2):
        return False
    if any(not names & need for need in rule.needs):
        return False
    if rule.within is not None and (not names <= rule.within or 2 * len(base) < count or len(base) < 2):
        return False
    if rule.balance is not None:
        balances = [taxonomy[name].balance for name in base if name in taxonomy]
        same = sum(b == rule.balance for b in balances)
        if same <= len(balances) - same:
            return False
    return True
