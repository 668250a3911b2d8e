"""Unlabelled totals take the concept their children imply (xbrlify/totals_concepts.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from xbrlify.extract import extract
from xbrlify.model import ConceptChoice
from xbrlify.pipeline import inspect_filing
from xbrlify.rules import load_rules
from xbrlify.statements import tables_to_statements
from xbrlify.taxonomy import load_base_taxonomy
from xbrlify.totals_concepts import TOTAL_RULES, implied_rule, name_unlabelled_totals

TAXONOMY = load_base_taxonomy()
FIXTURES = Path(__file__).parent.parent / "fixtures"
EXTENSION = ConceptChoice("SomethingPrinted", True)


def base(*names: str) -> list[ConceptChoice | None]:
    return [ConceptChoice(name, False) for name in names]


@pytest.mark.parametrize("rule", TOTAL_RULES, ids=lambda r: r.id)
def test_every_concept_a_total_rule_names_is_a_base_concept(rule):
    assert rule.concept in TAXONOMY
    for names in (*rule.needs, rule.within or frozenset(), rule.excludes):
        assert names <= set(TAXONOMY.concepts), names - set(TAXONOMY.concepts)


@pytest.mark.parametrize(
    ("kind", "children", "concept"),
    [
        ("balance_sheet", base("AssetsCurrent", "PropertyPlantAndEquipmentNet", "OtherAssetsNoncurrent"), "Assets"),
        ("balance_sheet", base("LiabilitiesCurrent", "LongTermDebtNoncurrent", "StockholdersEquity"),
         "LiabilitiesAndStockholdersEquity"),
        ("balance_sheet", base("Liabilities", "StockholdersEquity"), "LiabilitiesAndStockholdersEquity"),
        ("balance_sheet", base("LiabilitiesCurrent", "LongTermDebtNoncurrent", "DeferredIncomeTaxLiabilitiesNet"),
         "Liabilities"),
        ("balance_sheet", base("InventoryRawMaterials", "InventoryWorkInProcess", "InventoryFinishedGoods"),
         "InventoryNet"),
        ("balance_sheet", [EXTENSION, *base("MachineryAndEquipmentGross", "LeaseholdImprovementsGross")],
         "PropertyPlantAndEquipmentGross"),
        ("balance_sheet", base("PropertyPlantAndEquipmentGross",
                               "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment"),
         "PropertyPlantAndEquipmentNet"),
        ("income_statement", [*base("CostOfGoodsAndServicesSold", "ResearchAndDevelopmentExpense"), EXTENSION],
         "CostsAndExpenses"),
        ("income_statement", base("CostOfRevenue", "SellingGeneralAndAdministrativeExpense",
                                  "GainLossOnSaleOfPropertyPlantEquipment"), "CostsAndExpenses"),
        ("income_statement", base("SellingGeneralAndAdministrativeExpense", "ResearchAndDevelopmentExpense"),
         "OperatingExpenses"),
    ],
)  # fmt: skip
def test_children_imply_the_total(kind, children, concept):
    rule = implied_rule(kind, children, TAXONOMY)
    assert rule is not None and rule.concept == concept


@pytest.mark.parametrize(
    ("kind", "children"),
    [
        ("balance_sheet", base("Cash", "ShortTermInvestments")),  # some assets: no name for the sum
        ("balance_sheet", base("InventoryFinishedGoods")),  # one part is not a breakdown
        ("balance_sheet", [EXTENSION, EXTENSION, *base("InventoryFinishedGoods")]),  # mostly unknown lines
        ("balance_sheet", base("CommonStockValue", "AdditionalPaidInCapital", "RetainedEarningsAccumulatedDeficit")),
        ("balance_sheet", base("PropertyPlantAndEquipmentGross")),
        ("income_statement", base("InterestExpense", "OtherNonoperatingIncomeExpense")),  # not operating costs
        ("income_statement", base("RevenueFromContractWithCustomerExcludingAssessedTax", "CostOfRevenue",
                                  "OperatingIncomeLoss")),  # mostly credits
        ("cash_flow", base("AssetsCurrent")),
        ("balance_sheet", [EXTENSION, None]),
    ],
)  # fmt: skip
def test_children_that_imply_nothing(kind, children):
    assert implied_rule(kind, children, TAXONOMY) is None


@cache
def concepts_by_line(name: str) -> dict[int, str]:
    found = inspect_filing(FIXTURES / name)
    statements, _ = tables_to_statements(list(found.tables), found.filing)
    extraction = extract(statements, load_rules(), TAXONOMY)
    return {
        line.row.lines[0]: choices[index].name
        for statement, choices in zip(statements, extraction.choices)
        for index, line in enumerate(statement.lines)
        if index in choices
    }


@pytest.mark.parametrize(
    ("name", "line", "concept"),
    [  # unlabelled totals of the filings (line numbers are the files')
        ("apple-10q-1998-0000320193-98-000008.txt", 134, "CostsAndExpenses"),
        ("apple-10q-1998-0000320193-98-000008.txt", 187, "InventoryNet"),
        ("apple-10q-1998-0000320193-98-000008.txt", 208, "Assets"),
        ("apple-10q-1998-0000320193-98-000008.txt", 259, "LiabilitiesAndStockholdersEquity"),
        ("bms-10q-1998-0000014272-98-000011.txt", 199, "PropertyPlantAndEquipmentNet"),
        ("bms-10q-1998-0000014272-98-000011.txt", 302, "CostsAndExpenses"),
        ("apple-10k-1997-0001047469-97-006960.txt", 2087, "Assets"),
    ],
)
def test_unlabelled_totals_of_the_corpus(name, line, concept):
    assert concepts_by_line(name)[line] == concept


def test_a_concept_another_line_has_is_not_taken_again():
    """One concept holds one amount per context: if a line of the statement already
    has the implied concept, the unlabelled total keeps an extension concept."""
    found = inspect_filing(FIXTURES / "apple-10q-1998-0000320193-98-000008.txt")
    statements, _ = tables_to_statements(list(found.tables), found.filing)
    assets = next(s for s in statements if s.kind == "balance_sheet")
    choices = extract(statements, load_rules(), TAXONOMY).choices[statements.index(assets)]
    total = next(i for i, line in enumerate(assets.lines) if line.row.lines[0] == 208)
    other = next(i for i, line in enumerate(assets.lines) if line.row.lines[0] == 205)
    assert choices[total].name == "Assets"
    mapped = {i: c for i, c in choices.items() if i != total and not c.extension}
    untouched = dict(mapped)
    name_unlabelled_totals(assets, untouched, TAXONOMY, frozenset({total}))
    assert total not in untouched  # a line moved to an extension concept stays there
    taken = dict(mapped) | {other: ConceptChoice("Assets", False)}
    name_unlabelled_totals(assets, taken, TAXONOMY)
    assert total not in taken
    free = dict(mapped)
    name_unlabelled_totals(assets, free, TAXONOMY)
    assert free[total].name == "Assets"
