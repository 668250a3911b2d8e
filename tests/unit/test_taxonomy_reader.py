"""xbrlify.taxonomy reads concept attributes back from the base taxonomy's files."""

from __future__ import annotations

import shutil
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from xbrlify.taxonomy import DEFAULT_ROOT, Concept, TaxonomyError, load_base_taxonomy

NAMESPACE = "http://xbrlify.org/taxonomy/2026-01-01"


@pytest.fixture(scope="module")
def taxonomy():
    return load_base_taxonomy()


def test_the_default_root_is_the_repository_taxonomy(taxonomy):
    assert DEFAULT_ROOT == Path(__file__).resolve().parents[2] / "taxonomy"
    assert taxonomy.schema_file == DEFAULT_ROOT / "xbrlify" / "xbrlify-2026-01-01.xsd"
    assert taxonomy.namespace == NAMESPACE


def test_more_than_300_concepts(taxonomy):
    assert len(taxonomy.concepts) > 300
    assert all(c.namespace == NAMESPACE for c in taxonomy.concepts.values())


@pytest.mark.parametrize(
    ("name", "period_type", "balance", "item_type", "abstract"),
    [
        ("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
         "instant", "credit", "xbrli:monetaryItemType", False),
        ("NetIncomeLoss", "duration", "credit", "xbrli:monetaryItemType", False),
        ("EarningsPerShareBasic", "duration", None, "xbrlify:perShareItemType", False),
        ("AssetsCurrent", "instant", "debit", "xbrli:monetaryItemType", False),
        ("NetCashProvidedByUsedInOperatingActivities", "duration", None, "xbrli:monetaryItemType", False),
        ("WeightedAverageNumberOfSharesOutstandingBasic", "duration", None, "xbrli:sharesItemType", False),
        ("AmendmentFlag", "duration", None, "xbrli:booleanItemType", False),
        ("AssetsAbstract", "duration", None, "xbrli:stringItemType", True),
        ("CommonStockMember", "duration", None, "xbrlify:domainItemType", True),
    ],
)  # fmt: skip
def test_attributes_read_back_as_the_schema_declares(taxonomy, name, period_type, balance, item_type, abstract):
    concept = taxonomy[name]
    assert (concept.name, concept.period_type, concept.balance, concept.item_type, concept.abstract) == (
        name, period_type, balance, item_type, abstract,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "substitution_group"),
    [("StatementScenarioAxis", "xbrldt:dimensionItem"), ("StatementTable", "xbrldt:hypercubeItem"),
     ("Assets", "xbrli:item")],
)  # fmt: skip
def test_substitution_groups(taxonomy, name, substitution_group):
    assert taxonomy[name].substitution_group == substitution_group


def test_standard_labels_come_from_the_label_linkbase(taxonomy):
    assert taxonomy["AssetsCurrent"].label == "Assets, Current"
    assert taxonomy["AssetsAbstract"].label == "Assets [Abstract]"
    assert all(c.label and c.label != c.name for c in taxonomy.concepts.values() if sum(map(str.isupper, c.name)) > 1)


def test_concepts_and_taxonomy_are_immutable(taxonomy):
    with pytest.raises(FrozenInstanceError):
        taxonomy["Cash"].balance = "credit"  # type: ignore[misc]
    with pytest.raises(TypeError):
        taxonomy.concepts["Cash"] = taxonomy["Cash"]  # type: ignore[index]
    assert isinstance(taxonomy["Cash"], Concept) and "Cash" in taxonomy and "Nope" not in taxonomy


def test_loaded_once_per_root(taxonomy):
    assert load_base_taxonomy() is taxonomy
    assert load_base_taxonomy(DEFAULT_ROOT) is taxonomy


def test_a_copy_elsewhere_is_found_through_its_package_files(tmp_path, taxonomy):
    copy = tmp_path / "taxonomy"
    shutil.copytree(DEFAULT_ROOT, copy)
    other = load_base_taxonomy(copy)
    assert other is not taxonomy
    assert other.schema_file == copy / "xbrlify" / "xbrlify-2026-01-01.xsd"
    assert other.concepts == taxonomy.concepts


def test_a_missing_taxonomy_is_a_tool_error(tmp_path):
    with pytest.raises(TaxonomyError, match="taxonomyPackage.xml") as error:
        load_base_taxonomy(tmp_path)
    assert error.value.exit_code == 2


def test_each_concept_knows_the_schema_file_that_declares_it(taxonomy):
    # locators in a filing's linkbases must point at the declaring file, not the entry schema
    assert taxonomy["Assets"].schema_file == "xbrlify-2026-01-01.xsd"
    assert taxonomy["GainLossOnSaleOfBusiness"].schema_file == "xbrlify-forms-2026-01-01.xsd"
