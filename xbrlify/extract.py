"""Mapping and facts for all statements of a filing, with clashes resolved.

A clash: two lines give different amounts for one concept in one context (the
balance sheet's retained earnings at the start of the year against the income
statement's opening deficit, printed differently for the business sold). The amount
from the concept's home statement (balance sheet for balances, income statement or
cash flow for amounts of a period) keeps the concept; the other line is mapped to an
extension concept of its own label, and the report says so, naming both lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from xbrlify.emit import ExtensionConcept
from xbrlify.facts import statement_facts
from xbrlify.mapping import ExtensionNames, map_statement
from xbrlify.model import ConceptChoice, Fact, SkippedCell, Statement, StatementLine
from xbrlify.rules import RuleSet
from xbrlify.signs import line_signs
from xbrlify.taxonomy import Taxonomy

MAX_ROUNDS = 4  # each round moves at least one line off a clashing concept
HOME_KINDS = {"instant": ("balance_sheet",), "duration": ("income_statement", "cash_flow")}


@dataclass(frozen=True)
class Extraction:
    facts: list[Fact]
    skipped: list[SkippedCell]
    choices: list[dict[int, ConceptChoice]]  # per statement: line index -> concept
    extensions: list[ExtensionConcept]
    resolutions: list[str]


def extract(statements: list[Statement], rules: RuleSet, taxonomy: Taxonomy) -> Extraction:
    forced: dict[int, set[int]] = {}  # statement index -> lines moved to extension concepts
    resolutions: list[str] = []
    for _ in range(MAX_ROUNDS):
        found = extract_once(statements, rules, taxonomy, forced)
        clashes = find_clashes(statements, found)
        if not clashes:
            break
        for keeper, others in clashes:
            for other in others:
                forced.setdefault(other[0], set()).add(other[1].line)
                resolutions.append(describe(keeper[1], other[1]))
    return Extraction(found.facts, found.skipped, found.choices, found.extensions, resolutions)


def extract_once(statements: list[Statement], rules: RuleSet, taxonomy: Taxonomy, forced: dict[int, set[int]]) -> Extraction:
    facts: list[Fact] = []
    skipped: list[SkippedCell] = []
    choices: list[dict[int, ConceptChoice]] = []
    extensions: list[ExtensionConcept] = []
    names = ExtensionNames(set(taxonomy.concepts), {})
    typed: dict[str, tuple[str, str]] = {}

    def typing(choice: ConceptChoice, line: StatementLine) -> tuple[str, str]:
        if choice.extension:
            return typed[choice.name]
        concept = taxonomy[choice.name]
        return concept.period_type, concept.item_type

    year_to_date = periods_to_date(statements)
    for number, statement in enumerate(statements):
        mapping = map_statement(statement, rules, taxonomy, names, frozenset(forced.get(number, ())))
        extensions.extend(mapping.extensions)
        typed.update({c.name: (c.period_type, c.item_type) for c in mapping.extensions})
        found_facts, found_skips = statement_facts(
            statement, mapping.choices, typing, mapping.skipped_lines, year_to_date, mapping.shows_period_result,
            line_signs(statement, mapping.choices, taxonomy),
            mapping.share_choices,
        )
        facts += found_facts
        skipped += found_skips
        choices.append(mapping.choices)
    return Extraction(facts, skipped, choices, extensions, [])


def periods_to_date(statements: list[Statement]) -> dict[date, date]:
    """For each date an income statement or cash flow column ends on, the earliest
    start among them: the year to date."""
    starts: dict[date, date] = {}
    for statement in statements:
        if statement.kind in ("income_statement", "cash_flow"):
            for column in statement.columns:
                if column.end and column.start and (column.end not in starts or column.start < starts[column.end]):
                    starts[column.end] = column.start
    return starts


def find_clashes(statements: list[Statement], found: Extraction) -> list[tuple[tuple[int, Fact], list[tuple[int, Fact]]]]:
    """Groups of facts with one concept, context and unit but different values: the
    one to keep (from the concept's home statement, else the first) and the others."""
    owner = statement_of_line(statements)
    groups: dict[tuple[str, str, str | None], list[tuple[int, Fact]]] = {}
    for fact in found.facts:
        key = (fact.concept.name, fact.context.id, fact.unit)
        groups.setdefault(key, []).append((owner[fact.source.line], fact))
    clashes = []
    for members in groups.values():
        if len({fact.value for _, fact in members}) < 2:
            continue
        kinds = HOME_KINDS["instant" if members[0][1].context.start is None else "duration"]
        keeper = min(members, key=lambda m: (statements[m[0]].kind not in kinds, m[0], m[1].source.line))
        others = [m for m in members if m[1].value != keeper[1].value and m[0] != keeper[0]]
        if others:
            clashes.append((keeper, others))
    return clashes


def statement_of_line(statements: list[Statement]) -> dict[int, int]:
    return {n: index for index, s in enumerate(statements) for line in s.lines for n in line.row.lines}


def describe(kept: Fact, moved: Fact) -> str:
    return (
        f"{kept.concept.name} at {kept.context.id}: {kept.source} gives {kept.value}, {moved.source} gives "
        f"{moved.value}; the first keeps the concept, the line of the second gets an extension concept"
    )
