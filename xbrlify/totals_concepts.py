"""Concepts of unlabelled totals, implied by what they add up.

Statements often print a total with no label of its own: the rule under inventory
components, the sum of current assets, property and other assets at the foot of the
assets, the column of costs subtracted from sales. The words are missing but the
children say what the total is: a total that includes the current-assets total is
total assets. Each `TotalRule` below states one such inference as data; the first
that fits a total gives its concept, unless another line of the statement has it.
"""

from __future__ import annotations

from dataclasses import dataclass

from xbrlify.model import ConceptChoice, Statement
from xbrlify.taxonomy import Taxonomy

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
    statement: Statement, choices: dict[int, ConceptChoice], taxonomy: Taxonomy, forced: frozenset[int] = frozenset()
) -> None:
    """Give each unlabelled total without a concept the one its children imply (in
    statement order, so a total of totals sees its children's new concepts); lines in
    `forced` keep extension concepts."""
    line_of_row = {id(line.row): index for index, line in enumerate(statement.lines)}
    for index, line in enumerate(statement.lines):
        if not line.total or line.row.label or index in choices or index in forced:
            continue
        children = [line_of_row.get(id(statement.table.rows[row])) for row, _ in line.children]
        kids = [choices.get(child) if child is not None else None for child in children]
        rule = implied_rule(statement.kind, kids, taxonomy)
        if rule is not None and rule.concept in taxonomy and rule.concept not in {c.name for c in choices.values()}:
            choices[index] = ConceptChoice(rule.concept, False, "as_printed", rule.id)


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
