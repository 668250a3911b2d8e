"""Statements, their mappings and facts -> what the emitter writes: one network per
statement (line order, calculations the numbers bear out, dimensions used) and the
extension's concepts and members.

A calculation weight is the printed relation (+1 added, -1 deducted) adjusted for
lines whose facts are magnitudes; where it contradicts the concepts' balance types
(XBRL 2.1 requires agreement) the relation is left out and said so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xbrlify.emit import Calculation, ConceptRef, ExtensionConcept, Network
from xbrlify.facts import column_dimensions, member_name
from xbrlify.model import ConceptChoice, Fact, Statement, StatementColumn, StatementLine
from xbrlify.taxonomy import Taxonomy


COMPONENTS_LEFT_OUT = (
    "{title!r}: the components of equity adding up to the Total column are not written as calculations: "
    "XBRL 2.1 calculations relate facts of one context, and each component is a context of its own "
    "(StatementEquityComponentsAxis); the sum is checked by xbrlify itself (xbrlify:sourceDoesNotAddUp)"
)


@dataclass(frozen=True)
class Assembly:
    networks: tuple[Network, ...]
    members: tuple[ExtensionConcept, ...]
    dropped: tuple[str, ...]  # calculation relations left out, and why


def assemble(
    statements: list[Statement], choices: list[dict[int, ConceptChoice]], facts: list[Fact], taxonomy: Taxonomy
) -> Assembly:
    found, dropped = [], []
    for statement, chosen in zip(statements, choices):
        own = [f for f in facts if f.source.line in statement_lines(statement)]
        calculations, left_out = statement_calculations(statement, chosen, own, taxonomy)
        found.append((statement, chosen, own, calculations))
        dropped.extend(left_out)
        if any(column.dimension for column in statement.columns):
            dropped.append(COMPONENTS_LEFT_OUT.format(title=statement.title or statement.kind))
    merged, conflicts = merge_calculations([calculations for *_, calculations in found])
    dropped.extend(conflicts + foreign_children(found, merged, facts))
    networks = []
    for number, (statement, chosen, own, calculations) in enumerate(found, 1):
        concepts = line_concepts(chosen, own)
        parents = dict.fromkeys(c.parent for c in calculations)
        shared = tuple(c for parent in parents for c in merged.get(parent, ()))
        dimensions = tuple(sorted({d for f in own for d in f.context.dimensions}, key=lambda d: (d.axis, d.member)))
        networks.append(Network(f"statement{number}", statement.title or statement.kind, concepts, shared, dimensions))
    return Assembly(tuple(networks), extension_members(statements, facts), tuple(dropped))


def line_concepts(chosen: dict[int, ConceptChoice], facts: list[Fact]) -> tuple[ConceptRef, ...]:
    """The statement's concepts in line order; a line's share count (an equity
    statement's shares column) follows its amount."""
    by_line: dict[int, list[ConceptRef]] = {i: [ref(chosen[i])] for i in chosen}
    for fact in facts:
        by_line.setdefault(fact.line, []).append(ref(fact.concept))
    return tuple(dict.fromkeys(c for i in sorted(by_line) for c in by_line[i]))


def merge_calculations(per_statement: list[tuple[Calculation, ...]]) -> tuple[dict[ConceptRef, tuple[Calculation, ...]], list[str]]:
    """One set of children per total concept for the whole filing. Calculations hold in
    every context, so a total printed in two statements (two balance sheets) sums the
    children of both; a context lacks the other's items and sums its own. A child
    added in one statement and deducted in another is left out, and so is a total
    whose merged children include a part of one another (the union would count twice)."""
    children: dict[ConceptRef, dict[ConceptRef, set[int]]] = {}
    for calculations in per_statement:
        for calculation in calculations:
            children.setdefault(calculation.parent, {}).setdefault(calculation.child, set()).add(calculation.weight)
    merged, conflicts = {}, []
    for parent, items in children.items():
        nested = [c for c in items if any(o != c and o in descendants(children, c) for o in items)]
        if nested:
            conflicts.append(f"total {parent.name} left out of calculations: the statements sum it from different "
                             f"lines, and {nested[0].name} includes another of them")
            continue
        kept = []
        for child, weights in items.items():
            if len(weights) > 1:
                conflicts.append(f"{child.name} is added to {parent.name} in one statement and deducted in another")
                continue
            kept.append(Calculation(parent, child, next(iter(weights))))
        merged[parent] = tuple(kept)
    return merged, conflicts


def foreign_children(found: list, merged: dict[ConceptRef, tuple[Calculation, ...]], facts: list[Fact]) -> list[str]:
    """Totals whose merged children include one with an amount in the total's own
    context that its printed line does not sum: Automotive's "Total costs and expenses"
    sums cost of sales and selling expenses, Financial Services' sums interest expense,
    and Automotive's interest expense (printed below its operating income) would be
    added into Automotive's total. Such a total is left out (removed from `merged`)."""
    present = {(f.concept.name, f.context.id) for f in facts}
    conflicts: dict[ConceptRef, str] = {}
    for statement, chosen, own, _ in found:
        for index, children in printed_children(statement, chosen).items():
            parent = ref(chosen[index])
            contexts = sorted({f.context.id for f in own if f.line == index})
            foreign = [(c.child, context) for c in merged.get(parent, ()) if c.child not in children
                       for context in contexts if (c.child.name, context) in present]  # fmt: skip
            if foreign and parent not in conflicts:
                (child, context), line = foreign[0], statement.lines[index].row.lines[0]
                conflicts[parent] = (f"total {parent.name} left out of calculations: its lines sum different items, and "
                                     f"{child.name} has an amount in context {context} that line {line} does not sum")
    for parent in conflicts:
        merged.pop(parent, None)
    return list(conflicts.values())


def printed_children(statement: Statement, chosen: dict[int, ConceptChoice]) -> dict[int, set[ConceptRef]]:
    """For each total line with a concept, the concepts of the lines it sums."""
    row_to_line = {id(line.row): index for index, line in enumerate(statement.lines)}
    found = {}
    for index, line in enumerate(statement.lines):
        if line.children and index in chosen:
            lines = (row_to_line.get(id(statement.table.rows[row])) for row, _ in line.children)
            found[index] = {ref(chosen[i]) for i in lines if i in chosen}
    return found


def descendants(children: dict[ConceptRef, dict[ConceptRef, set[int]]], concept: ConceptRef) -> set[ConceptRef]:
    found: set[ConceptRef] = set()
    stack = [concept]
    while stack:
        for child in children.get(stack.pop(), {}):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def ref(choice: ConceptChoice) -> ConceptRef:
    return ConceptRef(choice.name, choice.extension)


def statement_lines(statement: Statement) -> set[int]:
    return {n for line in statement.lines for n in line.row.lines}


def statement_calculations(
    statement: Statement, chosen: dict[int, ConceptChoice], facts: list[Fact], taxonomy: Taxonomy
) -> tuple[tuple[Calculation, ...], list[str]]:
    """The statement's totals as calculations. A total any of whose parts cannot be
    one of its items (another period's amount, a weight against the balances) is left
    out whole: the parts left would not add up."""
    row_to_line = {id(line.row): index for index, line in enumerate(statement.lines)}
    signs = fact_signs(facts)
    contexts: dict[int, set[str]] = {}
    for fact in facts:
        contexts.setdefault(fact.line, set()).add(fact.context.id)
    calculations: list[Calculation] = []
    dropped: list[str] = []
    for index, line in enumerate(statement.lines):
        if not line.children or index not in chosen:
            continue
        parent = chosen[index]
        items, problems = [], []
        for row_index, printed_weight in line.children:
            child_index = row_to_line.get(id(statement.table.rows[row_index]))
            if child_index not in chosen:
                continue
            child = chosen[child_index]
            label = statement.table.rows[row_index].label or "(unlabelled)"
            if not contexts.get(index, set()) & contexts.get(child_index, set()):
                problems.append(context_problem(label, line, statement.lines[child_index]))
                continue
            weight = printed_weight * signs.get(index, 1) * signs.get(child_index, 1)
            problem = balance_problem(parent, child, weight, taxonomy)
            if problem:
                problems.append(f"{label!r}: {problem}")
            items.append(Calculation(ref(parent), ref(child), weight))
        if problems:
            dropped.append(f"total {line.row.label!r} (line {line.row.lines[0]}) left out of calculations: " + "; ".join(problems))
            continue
        calculations.extend(c for c in items if c not in calculations)
    return tuple(calculations), dropped


def context_problem(label: str, total: StatementLine, item: StatementLine) -> str:
    """Why a line the total sums has no amount in the total's contexts."""
    if total.sector != item.sector:  # "Total assets" of the company = the sectors' totals
        owner = f"the {total.sector} sector's" if total.sector else "the company's"
        return f"{label!r} is an amount of {item.sector or 'the company'}, the total {owner} (another context)"
    if item.stock_class is not None and total.stock_class != item.stock_class:  # equity = each class's stock + ...
        return f"{label!r} is an amount of one class of stock ({item.stock_class.member}), the total of all classes (another context)"
    return f"{label!r} is not an amount of the same period (an opening balance or a result)"


def fact_signs(facts: list[Fact]) -> dict[int, int]:
    """Per line: -1 when its facts are the negation of the print (magnitudes of
    amounts printed negative, lines turned by signs.py), judged on its first non-zero fact."""
    signs: dict[int, int] = {}
    for fact in sorted(facts, key=lambda f: (f.line, f.source.start_col)):
        if fact.line in signs or fact.printed_value == 0:
            continue
        signs[fact.line] = -1 if (fact.value < 0) != (fact.printed_value < 0) else 1
    return signs


def balance_problem(parent: ConceptChoice, child: ConceptChoice, weight: int, taxonomy: Taxonomy) -> str | None:
    if parent.extension or child.extension:
        return None
    balances = taxonomy[parent.name].balance, taxonomy[child.name].balance
    if None in balances:
        return None
    expected = 1 if balances[0] == balances[1] else -1
    if weight != expected:
        return f"weight {weight} contradicts balances {balances[0]}/{balances[1]} of {parent.name}/{child.name}"
    return None


def extension_members(statements: list[Statement], facts: list[Fact]) -> tuple[ExtensionConcept, ...]:
    headings = {}
    for statement in statements:
        for column in statement.columns:
            for dimension in column_members(column):
                headings.setdefault(dimension, column.member or column.heading)
        for sector in [c.sector for c in statement.columns] + [line.sector for line in statement.lines]:
            if sector:
                headings.setdefault(member_name(sector), sector)
        for line in statement.lines:  # "SeriesACommonStockMember": "Series A Common Stock"
            if line.stock_class is not None:
                headings.setdefault(line.stock_class.member, member_words(line.stock_class.member))
    used = sorted({d.member for f in facts for d in f.context.dimensions if d.member_is_extension})
    return tuple(
        ExtensionConcept(member, f"{headings.get(member) or member} [Member]", "duration", "xbrlify:domainItemType", True)
        for member in used
    )


def member_words(member: str) -> str:
    """"CommonClassDMember" -> "Common Class D"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[A-Z0-9])(?=[A-Z][a-z])", " ", member.removesuffix("Member"))


def column_members(column: StatementColumn) -> list[str]:
    return [d.member for d in column_dimensions(column) if d.member_is_extension]
