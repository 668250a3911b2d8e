"""The base taxonomy in taxonomy/: US-GAAP attributes, labels, package mapping, Arelle offline."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = ROOT / "taxonomy"
SCHEMA = TAXONOMY / "xbrlify" / "xbrlify-2026-01-01.xsd"
LABELS = TAXONOMY / "xbrlify" / "xbrlify-2026-01-01_lab.xml"
CATALOG = TAXONOMY / "META-INF" / "catalog.xml"
PACKAGE = TAXONOMY / "META-INF" / "taxonomyPackage.xml"

NAMESPACE = "http://xbrlify.org/taxonomy/2026-01-01"
CANONICAL_URL = "http://xbrlify.org/taxonomy/2026-01-01/xbrlify-2026-01-01.xsd"

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDT = "http://xbrl.org/2005/xbrldt"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
STANDARD_LABEL = "http://www.xbrl.org/2003/role/label"
DOCUMENTATION_LABEL = "http://www.xbrl.org/2003/role/documentation"
PERIOD_TYPE = f"{{{XBRLI}}}periodType"
BALANCE = f"{{{XBRLI}}}balance"


def qname_to_clark(element: etree._Element, prefixed: str) -> str:
    prefix, local = prefixed.split(":")
    return f"{{{element.nsmap[prefix]}}}{local}"


@pytest.fixture(scope="module")
def concepts() -> dict[str, etree._Element]:
    tree = etree.parse(str(SCHEMA))
    assert tree.getroot().get("targetNamespace") == NAMESPACE
    elements = tree.getroot().findall(f"{{{XS}}}element")
    return {element.get("name"): element for element in elements}


@pytest.fixture(scope="module")
def included_count() -> int:
    """Concepts of the schemas the base schema includes (the forms schema)."""
    root = etree.parse(str(SCHEMA)).getroot()
    files = [SCHEMA.parent / include.get("schemaLocation") for include in root.findall(f"{{{XS}}}include")]
    return sum(len(etree.parse(str(path)).getroot().findall(f"{{{XS}}}element")) for path in files)


@pytest.fixture(scope="module")
def labels() -> dict[str, dict[str, str]]:
    """Concept id -> {label role: text}, following loc -> labelArc -> label."""
    link = etree.parse(str(LABELS)).getroot().find(f"{{{LINK}}}labelLink")
    href = f"{{{XLINK}}}href"
    label_attr = f"{{{XLINK}}}label"
    locs = {
        loc.get(label_attr): loc.get(href).split("#")[1]
        for loc in link.findall(f"{{{LINK}}}loc")
        if loc.get(href).split("#")[0] == SCHEMA.name
    }
    resources: dict[str, dict[str, str]] = {}
    for resource in link.findall(f"{{{LINK}}}label"):
        roles = resources.setdefault(resource.get(label_attr), {})
        roles[resource.get(f"{{{XLINK}}}role")] = resource.text or ""
    found: dict[str, dict[str, str]] = {}
    for arc in link.findall(f"{{{LINK}}}labelArc"):
        concept_id = locs[arc.get(f"{{{XLINK}}}from")]
        found.setdefault(concept_id, {}).update(resources[arc.get(f"{{{XLINK}}}to")])
    return found


def test_schema_declares_well_over_150_concepts(concepts):
    assert len(concepts) >= 250


def test_local_names_and_ids_are_unique(concepts):
    tree = etree.parse(str(SCHEMA))
    names = [e.get("name") for e in tree.getroot().findall(f"{{{XS}}}element")]
    assert len(names) == len(set(names))
    for name, element in concepts.items():
        assert element.get("id") == f"xbrlify_{name}"


def test_every_concept_has_a_readable_standard_label(concepts, labels):
    for name, element in concepts.items():
        text = labels.get(element.get("id"), {}).get(STANDARD_LABEL, "")
        assert text.strip(), f"{name} has no standard label"
        if sum(c.isupper() for c in name) > 1:  # "Cash" may be its own label, "AssetsCurrent" not
            assert text != name, f"{name}: label repeats the local name"


def test_dimensional_concepts_have_documentation(concepts, labels):
    domain_type = f"{{{NAMESPACE}}}domainItemType"
    dimensional = [
        name
        for name, element in concepts.items()
        if qname_to_clark(element, element.get("substitutionGroup"))
        in (f"{{{XBRLDT}}}dimensionItem", f"{{{XBRLDT}}}hypercubeItem")
        or qname_to_clark(element, element.get("type")) == domain_type
        or name.endswith("LineItems")
    ]
    assert len(dimensional) >= 20
    for name in dimensional:
        text = labels[concepts[name].get("id")].get(DOCUMENTATION_LABEL, "")
        assert text.strip(), f"{name} has no documentation label"


def test_every_item_has_a_period_type_and_numeric_items_only_carry_balance(concepts):
    for name, element in concepts.items():
        assert element.get(PERIOD_TYPE) in ("instant", "duration"), name
        if element.get(BALANCE) is not None:
            assert element.get("type") == "xbrli:monetaryItemType", name


# Attributes checked against the US-GAAP taxonomy (FASB element pages of the 2022 and 2026
# taxonomies, SEC rendered "R" pages of filings, XBRL US guidance on NetIncomeLoss / noncontrolling
# interest). Columns: local name, period type, balance (None = no balance attribute), item type,
# abstract. DTR types of US-GAAP (num:perShareItemType, nonnum:domainItemType) are mirrored in our
# namespace under the same local name.
US_GAAP = [
    ("Cash", "instant", "debit", "xbrli:monetaryItemType", False),
    ("CashAndCashEquivalentsAtCarryingValue", "instant", "debit", "xbrli:monetaryItemType", False),
    ("ReceivablesNetCurrent", "instant", "debit", "xbrli:monetaryItemType", False),
    ("InventoryNet", "instant", "debit", "xbrli:monetaryItemType", False),
    ("AssetsCurrent", "instant", "debit", "xbrli:monetaryItemType", False),
    ("PropertyPlantAndEquipmentNet", "instant", "debit", "xbrli:monetaryItemType", False),
    ("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
     "instant", "credit", "xbrli:monetaryItemType", False),
    ("Assets", "instant", "debit", "xbrli:monetaryItemType", False),
    ("AccountsPayableAndAccruedLiabilitiesCurrent", "instant", "credit", "xbrli:monetaryItemType", False),
    ("ShortTermBorrowings", "instant", "credit", "xbrli:monetaryItemType", False),
    ("LiabilitiesCurrent", "instant", "credit", "xbrli:monetaryItemType", False),
    ("LongTermDebtNoncurrent", "instant", "credit", "xbrli:monetaryItemType", False),
    ("CommonStockValue", "instant", "credit", "xbrli:monetaryItemType", False),
    ("RetainedEarningsAccumulatedDeficit", "instant", "credit", "xbrli:monetaryItemType", False),
    ("StockholdersEquity", "instant", "credit", "xbrli:monetaryItemType", False),
    ("MinorityInterest", "instant", "credit", "xbrli:monetaryItemType", False),
    ("Revenues", "duration", "credit", "xbrli:monetaryItemType", False),
    ("SalesRevenueGoodsNet", "duration", "credit", "xbrli:monetaryItemType", False),
    ("SalesRevenueServicesNet", "duration", "credit", "xbrli:monetaryItemType", False),
    ("TaxesExcludingIncomeAndExciseTaxes", "duration", "debit", "xbrli:monetaryItemType", False),
    ("CostOfRevenue", "duration", "debit", "xbrli:monetaryItemType", False),
    ("CostOfGoodsAndServicesSold", "duration", "debit", "xbrli:monetaryItemType", False),
    ("GrossProfit", "duration", "credit", "xbrli:monetaryItemType", False),
    ("SellingGeneralAndAdministrativeExpense", "duration", "debit", "xbrli:monetaryItemType", False),
    ("ResearchAndDevelopmentExpense", "duration", "debit", "xbrli:monetaryItemType", False),
    ("DepreciationDepletionAndAmortization", "duration", "debit", "xbrli:monetaryItemType", False),
    ("ProvisionForDoubtfulAccounts", "duration", "debit", "xbrli:monetaryItemType", False),
    ("OperatingIncomeLoss", "duration", "credit", "xbrli:monetaryItemType", False),
    ("NonoperatingIncomeExpense", "duration", "credit", "xbrli:monetaryItemType", False),
    ("ForeignCurrencyTransactionGainLossBeforeTax", "duration", "credit", "xbrli:monetaryItemType", False),
    ("GainsLossesOnExtinguishmentOfDebt", "duration", "credit", "xbrli:monetaryItemType", False),
    ("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
     "duration", "credit", "xbrli:monetaryItemType", False),
    ("IncomeTaxExpenseBenefit", "duration", "debit", "xbrli:monetaryItemType", False),
    ("ProfitLoss", "duration", "credit", "xbrli:monetaryItemType", False),
    ("NetIncomeLossAttributableToNoncontrollingInterest", "duration", "debit", "xbrli:monetaryItemType", False),
    ("NetIncomeLoss", "duration", "credit", "xbrli:monetaryItemType", False),
    ("EarningsPerShareBasic", "duration", None, "xbrlify:perShareItemType", False),
    ("WeightedAverageNumberOfSharesOutstandingBasic", "duration", None, "xbrli:sharesItemType", False),
    ("WeightedAverageNumberOfDilutedSharesOutstanding", "duration", None, "xbrli:sharesItemType", False),
    ("IncreaseDecreaseInReceivables", "duration", "credit", "xbrli:monetaryItemType", False),
    ("NetCashProvidedByUsedInOperatingActivities", "duration", None, "xbrli:monetaryItemType", False),
    ("PaymentsToAcquirePropertyPlantAndEquipment", "duration", "credit", "xbrli:monetaryItemType", False),
    ("NetCashProvidedByUsedInInvestingActivities", "duration", "debit", "xbrli:monetaryItemType", False),
    ("NetCashProvidedByUsedInFinancingActivities", "duration", "debit", "xbrli:monetaryItemType", False),
    ("AssetsAbstract", "duration", None, "xbrli:stringItemType", True),
    ("CommonStockMember", "duration", None, "xbrlify:domainItemType", True),
    ("OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax", "duration", "credit", "xbrli:monetaryItemType", False),
    ("OtherComprehensiveIncomeMinimumPensionLiabilityNetAdjustmentNetOfTax", "duration", "credit", "xbrli:monetaryItemType", False),
    ("OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax", "duration", "credit", "xbrli:monetaryItemType", False),
    ("OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax", "duration", "credit", "xbrli:monetaryItemType", False),
    ("OtherComprehensiveIncomeUnrealizedGainLossOnDerivativesArisingDuringPeriodNetOfTax", "duration", "credit", "xbrli:monetaryItemType", False),
    ("StockIssuedDuringPeriodValueEmployeeBenefitPlan", "duration", "credit", "xbrli:monetaryItemType", False),
    ("StockIssuedDuringPeriodSharesEmployeeBenefitPlan", "duration", None, "xbrli:sharesItemType", False),
    ("AccumulatedTranslationAdjustmentMember", "duration", None, "xbrlify:domainItemType", True),
    ("AccumulatedDefinedBenefitPlansAdjustmentMember", "duration", None, "xbrlify:domainItemType", True),
    ("AccumulatedNetUnrealizedInvestmentGainLossMember", "duration", None, "xbrlify:domainItemType", True),
    ("AccumulatedGainLossNetCashFlowHedgeParentMember", "duration", None, "xbrlify:domainItemType", True),
    ("CommonClassAMember", "duration", None, "xbrlify:domainItemType", True),
    ("CommonClassBMember", "duration", None, "xbrlify:domainItemType", True),
    ("CommonClassCMember", "duration", None, "xbrlify:domainItemType", True),
    # DEI cover page (types as in the EDGAR Filer Manual's cover-page tables).
    ("DocumentPeriodEndDate", "duration", None, "xbrli:dateItemType", False),
    ("AmendmentFlag", "duration", None, "xbrli:booleanItemType", False),
    ("EntityRegistrantName", "duration", None, "xbrli:normalizedStringItemType", False),
    ("EntityAddressCityOrTown", "duration", None, "xbrli:normalizedStringItemType", False),
    ("CityAreaCode", "duration", None, "xbrli:normalizedStringItemType", False),
    ("LocalPhoneNumber", "duration", None, "xbrli:normalizedStringItemType", False),
]


@pytest.mark.parametrize(("name", "period_type", "balance", "item_type", "abstract"), US_GAAP)
def test_concept_matches_us_gaap(concepts, name, period_type, balance, item_type, abstract):
    element = concepts[name]
    assert element.get(PERIOD_TYPE) == period_type
    assert element.get(BALANCE) == balance
    assert qname_to_clark(element, element.get("type")) == qname_to_clark(element, item_type)
    assert (element.get("abstract") == "true") is abstract


@pytest.mark.parametrize(
    ("name", "substitution_group"),
    [
        ("StatementTable", "xbrldt:hypercubeItem"),
        ("StatementLineItems", "xbrli:item"),
        ("StatementScenarioAxis", "xbrldt:dimensionItem"),
        ("IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis",
         "xbrldt:dimensionItem"),
        ("BusinessAcquisitionAxis", "xbrldt:dimensionItem"),
        ("StatementEquityComponentsAxis", "xbrldt:dimensionItem"),
        ("StatementBusinessSegmentsAxis", "xbrldt:dimensionItem"),
        ("StatementClassOfStockAxis", "xbrldt:dimensionItem"),
        ("LegalEntityAxis", "xbrldt:dimensionItem"),
        ("ProFormaMember", "xbrli:item"),
        ("ScenarioAdjustmentMember", "xbrli:item"),
    ],
)
def test_dimensional_concepts_are_abstract_in_their_substitution_group(concepts, name, substitution_group):
    element = concepts[name]
    assert qname_to_clark(element, element.get("substitutionGroup")) == qname_to_clark(element, substitution_group)
    assert element.get("abstract") == "true"
    assert element.get(PERIOD_TYPE) == "duration"


def test_catalog_maps_the_canonical_url_to_the_schema():
    catalog_ns = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
    rewrites = etree.parse(str(CATALOG)).getroot().findall(f"{{{catalog_ns}}}rewriteURI")
    resolved = [
        (CATALOG.parent / r.get("rewritePrefix") / CANONICAL_URL[len(r.get("uriStartString")):]).resolve()
        for r in rewrites
        if CANONICAL_URL.startswith(r.get("uriStartString"))
    ]
    assert resolved == [SCHEMA]
    tp = "http://xbrl.org/2016/taxonomy-package"
    entry_points = etree.parse(str(PACKAGE)).getroot().iter(f"{{{tp}}}entryPointDocument")
    assert [e.get("href") for e in entry_points] == [CANONICAL_URL]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _arelle_load(entry_point: str, packages: list[str] | None = None) -> tuple[int, list[str]]:
    """Load and validate offline in-process; return (concepts in our namespace, error messages)."""
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    options = RuntimeOptions(
        entrypointFile=entry_point,
        packages=packages,
        internetConnectivity="offline",
        validate=True,
        keepOpen=True,
        disablePersistentConfig=True,
    )
    handler = _Collect()
    with Session() as session:
        session.run(options, logHandler=handler)
        models = session.get_models()
        count = sum(
            1 for model in models for qname in model.qnameConcepts if qname.namespaceURI == NAMESPACE
        )
    errors = [
        f"[{getattr(r, 'messageCode', '')}] {r.getMessage()}" for r in handler.records if r.levelno >= logging.ERROR
    ]
    return count, errors


def test_arelle_validates_the_schema_offline_without_errors(concepts, included_count):
    count, errors = _arelle_load(str(SCHEMA))
    assert errors == []
    assert count == len(concepts) + included_count


def test_arelle_resolves_the_canonical_url_through_the_package(tmp_path, concepts, included_count):
    package = tmp_path / "xbrlify-taxonomy.zip"
    with zipfile.ZipFile(package, "w") as archive:  # one top-level folder holding META-INF, per the spec
        for path in sorted(TAXONOMY.rglob("*")):
            if path.is_file() and path.relative_to(TAXONOMY).parts[0] in ("META-INF", "xbrlify"):
                archive.write(path, Path("xbrlify-taxonomy") / path.relative_to(TAXONOMY))
    count, errors = _arelle_load(CANONICAL_URL, packages=[str(package)])
    assert errors == []
    assert count == len(concepts) + included_count
