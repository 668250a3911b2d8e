"""Mapping rules (mappings/*.toml): meta-tests over every rule file, label normalisation,
and the lookup's precedence."""

from __future__ import annotations

import itertools
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from xbrlify.rules import (
    DEFAULT_ROOT,
    SECTIONS,
    NormalisedLabel,
    Rule,
    RuleError,
    RuleSet,
    find_rule,
    load_rules,
    normalise_label,
)
from xbrlify.taxonomy import load_base_taxonomy

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

RULES = load_rules()
TAXONOMY = load_base_taxonomy()
RULE_FILES = sorted(DEFAULT_ROOT.glob("*.toml"))
PROPERTY = settings(derandomize=True, database=None, deadline=None, max_examples=300)


def by_id(rule_id: str) -> Rule:
    return next(rule for rule in RULES.rules if rule.id == rule_id)


# ---------------------------------------------------------------- meta-tests over all rule files


def test_one_file_per_statement_family_and_enough_rules():
    assert [p.name for p in RULE_FILES] == [
        "balance_sheet.toml", "cash_flow.toml", "equity.toml", "income_statement.toml",
    ]  # fmt: skip
    assert len(RULES.rules) >= 150
    assert set(RULES.files.values()) == {p.name for p in RULE_FILES}


def test_rule_ids_are_unique_across_files():
    ids = [
        rule["id"]
        for path in RULE_FILES
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", [])
    ]
    assert len(ids) == len(RULES.rules)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_concept_exists_in_the_base_taxonomy_and_is_not_abstract(rule):
    assert rule.concept in TAXONOMY, f"{rule.id}: {rule.concept} is not a base concept"
    concept = TAXONOMY[rule.concept]
    assert not concept.abstract
    assert concept.substitution_group == "xbrli:item"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_rule_prefix_names_its_file(rule):
    prefix = {"bs": "balance_sheet", "is": "income_statement", "cf": "cash_flow", "eq": "equity"}
    assert RULES.files[rule.id] == f"{prefix[rule.id.split('.')[0]]}.toml"


def test_no_two_rules_claim_a_label_in_overlapping_scope():
    clashes = [
        (a.id, b.id, sorted(set(a.labels) & set(b.labels)))
        for a, b in itertools.combinations(RULES.rules, 2)
        if a.overlaps(b) and set(a.labels) & set(b.labels)
    ]
    assert clashes == []


def test_a_concept_in_two_rules_has_different_scopes():
    scopes: dict[tuple[str, frozenset[str], frozenset[str]], str] = {}
    for rule in RULES.rules:
        key = (rule.concept, frozenset(rule.statements), frozenset(rule.sections))
        assert key not in scopes, f"{rule.id} repeats the scope of {scopes[key]}"
        scopes[key] = rule.id


EXAMPLES = [(rule, example) for rule in RULES.rules for example in rule.examples]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=lambda v: getattr(v, "id", None) or v.label)
def test_every_example_maps_to_its_own_rule(rule, example):
    statement = example.statement or rule.statements[0]
    found = find_rule(RULES, example.label, statement, example.section)
    assert found is rule, f"{example.label!r} in {statement}/{example.section} -> {found and found.id}"


# Concepts whose sign carries meaning: a printed minus or parentheses is a real negative
# (a loss, a decrease, a benefit, an outflow net of inflows), never just "deduct".
SIGNED_NAME_PARTS = (
    "IncomeLoss", "GainLoss", "GainsLosses", "IncreaseDecrease", "NetCashProvidedByUsedIn",
    "ExpenseBenefit", "IncomeExpense", "ProfitLoss", "RetainedEarnings", "ComprehensiveIncome",
    "EffectOfExchangeRate", "ProceedsFromRepayments", "PaymentsForProceeds", "ProceedsFromPayments",
    "OperatingIncomeLoss", "NetIncomeLoss", "EarningsPerShare",
)  # fmt: skip
SIGNED_CONCEPTS = ("StockholdersEquity", "StockholdersEquityOther", "LiabilitiesAndStockholdersEquity")
CONTRA_CONCEPTS = (
    "AllowanceForDoubtfulAccountsReceivableCurrent",
    "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
    "FiniteLivedIntangibleAssetsAccumulatedAmortization",
    "TreasuryStockValue",
)


@pytest.mark.parametrize("rule", [r for r in RULES.rules if r.sign == "magnitude"], ids=lambda r: r.id)
def test_magnitude_only_on_monetary_concepts_whose_sign_means_nothing(rule):
    assert TAXONOMY[rule.concept].item_type == "xbrli:monetaryItemType"
    assert not any(part in rule.concept for part in SIGNED_NAME_PARTS), rule.concept
    assert rule.concept not in SIGNED_CONCEPTS


@pytest.mark.parametrize("concept", CONTRA_CONCEPTS)
def test_contra_accounts_are_read_as_magnitudes(concept):
    rules = [r for r in RULES.rules if r.concept == concept]
    assert rules and all(r.sign == "magnitude" for r in rules)


@pytest.mark.parametrize(
    "concept",
    ["NetIncomeLoss", "IncomeTaxExpenseBenefit", "OperatingIncomeLoss", "IncreaseDecreaseInAccountsReceivable"],
)
def test_signed_concepts_are_read_as_printed(concept):
    assert all(r.sign == "as_printed" for r in RULES.rules if r.concept == concept)


# Balance rows inside duration statements (opening and closing balances) are the only
# instants outside the balance sheet; the balance sheet holds nothing but instants.
BALANCE_ROWS = {"cf.cash_and_equivalents_balance", "cf.cash_balance", "eq.balance", "eq.retained_earnings_rollforward"}
# ... except the period's result that small companies print in the balance sheet's equity
# section ("Current Net Loss"): a duration, whose period the facts stage takes from the
# filing's income statement.
RESULTS_IN_BALANCE_SHEET = {"bs.current_period_result"}


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_period_type_fits_the_statement(rule):
    instant = TAXONOMY[rule.concept].period_type == "instant"
    if rule.statements == ("balance_sheet",):
        assert instant != (rule.id in RESULTS_IN_BALANCE_SHEET)
    else:
        assert instant == (rule.id in BALANCE_ROWS)


@pytest.mark.parametrize(
    ("label", "statement", "section", "concept"),
    [
        ("Total current assets", "balance_sheet", "current_assets", "AssetsCurrent"),
        ("Total assets", "balance_sheet", "noncurrent_assets", "Assets"),
        ("TOTAL LIABILITIES & EQUITY", "balance_sheet", "equity", "LiabilitiesAndStockholdersEquity"),
        ("Total current liabilities", "balance_sheet", "current_liabilities", "LiabilitiesCurrent"),
        ("Total stockholders' equity", "balance_sheet", "equity", "StockholdersEquity"),
        ("Gross profit", "income_statement", None, "GrossProfit"),
        ("Operating income (loss)", "income_statement", None, "OperatingIncomeLoss"),
        ("Net income (loss)", "income_statement", None, "NetIncomeLoss"),
        ("Net cash provided by operating activities", "cash_flow", "operating",
         "NetCashProvidedByUsedInOperatingActivities"),
        ("Net cash used in investing activities", "cash_flow", "investing",
         "NetCashProvidedByUsedInInvestingActivities"),
        ("Net increase (decrease) in cash and cash equivalents", "cash_flow", None,
         "CashAndCashEquivalentsPeriodIncreaseDecrease"),
    ],
)  # fmt: skip
def test_totals_are_total_rules(label, statement, section, concept):
    rule = find_rule(RULES, label, statement, section)
    assert rule is not None and rule.concept == concept and rule.total


def test_sections_decide_notes_payable():
    current = find_rule(RULES, "Notes payable", "balance_sheet", "current_liabilities")
    noncurrent = find_rule(RULES, "Notes payable", "balance_sheet", "noncurrent_liabilities")
    assert (current.concept, noncurrent.concept) == ("NotesPayableCurrent", "LongTermNotesPayable")
    assert find_rule(RULES, "Notes payable", "balance_sheet", None) is None  # unknown section: no guess


def test_statement_kind_decides_between_families():
    on_balance_sheet = find_rule(RULES, "Accounts receivable", "balance_sheet", "current_assets")
    in_cash_flow = find_rule(RULES, "Accounts receivable", "cash_flow", "operating")
    assert on_balance_sheet.concept == "AccountsReceivableNetCurrent"
    assert in_cash_flow.concept == "IncreaseDecreaseInAccountsReceivable"
    assert find_rule(RULES, "Accounts receivable", "income_statement", None) is None


def test_labels_that_name_no_base_concept_find_no_rule():
    for label in ("Net", "Savings", "Termination of license agreement", "Value Enhancement Plan payments", ""):
        assert find_rule(RULES, label, "balance_sheet", "current_assets") is None
        assert find_rule(RULES, label, "income_statement", None) is None


# ---------------------------------------------------------------- rule file validation


def write_rules(tmp_path: Path, body: str) -> Path:
    (tmp_path / "rules.toml").write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


GOOD_RULE = """
    [[rule]]
    id = "bs.cash"
    concept = "Cash"
    statements = ["balance_sheet"]
    labels = ["cash"]
    examples = [{ label = "Cash" }]
"""


def test_a_valid_file_loads(tmp_path):
    rules = load_rules(write_rules(tmp_path, GOOD_RULE))
    assert [r.id for r in rules.rules] == ["bs.cash"]
    assert rules.files == {"bs.cash": "rules.toml"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('labels = ["cash"]', 'labels = ["Cash:"]'), "not normalised"),
        (('labels = ["cash"]', 'labels = ["cash"]\ncolour = "red"'), "Extra inputs"),
        (('labels = ["cash"]', 'labels = ["cash"]\nsections = ["operating"]'), "not sections of"),
        (('labels = ["cash"]', 'labels = ["cash"]\nsign = "negated"'), "sign"),
        (('labels = ["cash"]', 'labels = []'), "labels or patterns"),
        (('labels = ["cash"]', 'labels = ["cash"]\npatterns = ["(unclosed"]'), "patterns"),
        (('statements = ["balance_sheet"]', 'statements = ["notes"]'), "statements"),
        (('examples = [{ label = "Cash" }]', "examples = []"), "examples"),
    ],
)
def test_invalid_rules_are_rejected_with_the_file_named(tmp_path, change, message):
    root = write_rules(tmp_path, GOOD_RULE.replace(*change))
    with pytest.raises(RuleError, match=re.escape(str(root / "rules.toml"))) as error:
        load_rules(root)
    assert message in str(error.value)


def test_duplicate_ids_across_files_are_rejected(tmp_path):
    write_rules(tmp_path, GOOD_RULE)
    (tmp_path / "other.toml").write_text(textwrap.dedent(GOOD_RULE), encoding="utf-8")
    with pytest.raises(RuleError, match="also in"):
        load_rules(tmp_path)


def test_a_scoped_rule_needs_examples_in_its_scope():
    with pytest.raises(ValidationError, match="needs a section"):
        Rule(id="bs.x", concept="Cash", statements=("balance_sheet",), sections=("current_assets",),
             labels=("cash",), examples=({"label": "Cash"},))  # fmt: skip


def test_loading_is_cached():
    assert load_rules() is RULES


# ---------------------------------------------------------------- find_rule precedence


def make_rule(rule_id: str, concept: str, **fields) -> Rule:
    fields.setdefault("statements", ("balance_sheet",))
    fields.setdefault("examples", ({"label": "x", "section": (fields.get("sections") or (None,))[0]},))
    return Rule(id=rule_id, concept=concept, **fields)


def test_a_rule_scoped_to_the_section_beats_an_unscoped_one():
    unscoped = make_rule("bs.a", "OtherAssetsNoncurrent", patterns=(r"^other\b",))
    scoped = make_rule("bs.b", "OtherAssetsCurrent", patterns=(r"^other\b",), sections=("current_assets",))
    rules = RuleSet.of([unscoped, scoped])
    assert find_rule(rules, "Other", "balance_sheet", "current_assets") is scoped
    assert find_rule(rules, "Other", "balance_sheet", "noncurrent_assets") is unscoped
    assert find_rule(rules, "Other", "balance_sheet", None) is unscoped


def test_an_exact_label_beats_a_pattern_even_a_scoped_one():
    pattern = make_rule("bs.a", "InventoryNet", patterns=(r"goods",), sections=("current_assets",))
    exact = make_rule("bs.b", "InventoryFinishedGoods", labels=("finished goods",))
    rules = RuleSet.of([pattern, exact])
    assert find_rule(rules, "Finished goods:", "balance_sheet", "current_assets") is exact
    assert find_rule(rules, "Goods in transit", "balance_sheet", "current_assets") is pattern


def test_among_patterns_the_longer_match_then_file_order_wins():
    short = make_rule("bs.a", "Cash", patterns=(r"^cash",))
    long = make_rule("bs.b", "RestrictedCashAndCashEquivalentsAtCarryingValue", patterns=(r"^cash restricted",))
    twin = make_rule("bs.c", "CashAndCashEquivalentsAtCarryingValue", patterns=(r"^cash",))
    rules = RuleSet.of([short, long, twin])
    assert find_rule(rules, "Cash - restricted", "balance_sheet", None) is long
    assert find_rule(rules, "Cash on hand", "balance_sheet", None) is short
    assert find_rule(RuleSet.of([twin, short]), "Cash on hand", "balance_sheet", None) is twin


def test_rules_of_another_statement_never_apply():
    rule = make_rule("bs.a", "Cash", labels=("cash",))
    assert find_rule(RuleSet.of([rule]), "Cash", "cash_flow", None) is None


def test_the_section_vocabulary():
    assert SECTIONS["equity"] == frozenset()
    assert "per_share" in SECTIONS["income_statement"]
    assert "supplemental" in SECTIONS["cash_flow"]


# ---------------------------------------------------------------- normalise_label


@pytest.mark.parametrize(
    ("printed", "text", "deducted"),
    [
        ("Cash", "cash", False),
        ("TOTAL LIABILITIES & EQUITY", "total liabilities and equity", False),
        ("Sales (Note 1)", "sales", False),
        ("Costs and expenses (Notes 1 and 16)", "costs and expenses", False),
        ("Net sales.............", "net sales", False),
        ("Net sales . . . . . . .", "net sales", False),
        ("Current assets:", "current assets", False),
        ("Less:  Accumulated Depreciation", "accumulated depreciation", True),
        ("Less Allowance for Doubtful Accounts", "allowance for doubtful accounts", True),
        ("(Less) Sale of Clifton Telecard", "sale of clifton telecard", True),
        ("Deduct: Treasury stock", "treasury stock", True),
        ("Add: Depreciation", "depreciation", False),
        ("*Less than $1 million", "less than $1 million", False),
        ("Total   stockholders'   equity", "total stockholders equity", False),
        ("Shareholders\u2019 equity", "shareholders equity", False),
        ("Operating income/(loss)", "operating income (loss)", False),
        ("Increase / (Decrease) in Cash", "increase (decrease) in cash", False),
        ("Property, plant, and equipment", "property plant and equipment", False),
        ("Long-term debt, less current maturities", "long term debt less current maturities", False),
        ("TOTAL LIAB.and STOCKHOLDERS' EQUITY", "total liab and stockholders equity", False),
        ("Retained Earnings (Accumulated Deficit", "retained earnings (accumulated deficit)", False),
        ("Value Enhancement Plan payments (Note 12))", "value enhancement plan payments", False),
        ("Shares used (in thousands):", "shares used", False),
        ("Net income a/,b/", "net income", False),
        ("Total revenues (a)", "total revenues", False),
        ("Cash dividends ($.10 per share)", "cash dividends ($.10 per share)", False),
        ("Accounts receivable, net of allowance of $1,234", "accounts receivable net of allowance of $1234", False),
        ("U.S. and foreign income taxes payable", "u s and foreign income taxes payable", False),
        ("Rentals and financing            Q", "rentals and financing", False),
        ("Net earnings per share     C & R", "net earnings per share", False),
        ("Short-term debt      G and J", "short term debt", False),
        ("Class A", "class a", False),
        ("", "", False),
    ],
)
def test_normalise_label(printed, text, deducted):
    assert normalise_label(printed) == NormalisedLabel(text, deducted)


FRAGMENTS = (
    "Less:", "less", "(Less)", "Add:", "Deduct", "than", "back", "(note 3)", "(Notes 1 and 16)", "(in thousands)",
    "....", ". . .", "&", "'", "\u2019", ",", "-", "--", "\u2014", "/", ":", ";", "(", ")", "a/", " b/", "*", "(a)",
    "$.10", "1,234", "1.05", "Net", "income", "(loss)", " ", "\t", "\u00a0", "\u0130", "\ufb01",
)  # fmt: skip
LABELISH = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=12).map("".join)


@PROPERTY
@given(st.one_of(st.text(), LABELISH))
def test_normalise_label_is_idempotent(printed):
    once = normalise_label(printed)
    twice = normalise_label(once.text)
    assert twice.text == once.text
    assert not twice.deducted
