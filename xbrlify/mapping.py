"""Stage "mapping": each statement line -> a concept of the base taxonomy (by the rules
in mappings/) or of the filing's extension (named from its label, labelled as printed).

Two lines of one statement never share a concept: the second gets an extension
concept, since one concept in one context can hold one amount only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xbrlify.emit.model import ExtensionConcept
from xbrlify.facts import camel_name
from xbrlify.model import ConceptChoice, Statement, StatementLine
from xbrlify.periods import is_opening_label
from xbrlify.rules import RuleSet, find_rule, normalise_label
from xbrlify.statements.sections import SHARE_COUNT_LABEL_RE
from xbrlify.taxonomy import Taxonomy
from xbrlify.totals_concepts import name_unlabelled_totals

MAX_NAME = 120  # characters of an extension concept's name
# Blocks of an income statement whose lines are all of one item type
SECTION_TYPES = {"per_share": "xbrlify:perShareItemType", "share_counts": "xbrli:sharesItemType"}
PER_SHARE_LABEL_RE = re.compile(r"\bper\s+(?:common\s+|average\s+)?share\b")
RESULT_RE = re.compile(r"\b(?:income|loss|losses|gain|gains|earnings)\b")  # a period's result
CLOSING_RE = re.compile(r"\bat end\b|\bend of (?:the )?(?:period|year)\b|\bending\b")


@dataclass(frozen=True)
class StatementMapping:
    choices: dict[int, ConceptChoice]  # statement line index -> concept
    extensions: tuple[ExtensionConcept, ...]
    skipped_lines: dict[int, str]  # line index -> why its cells are not facts
    shows_period_result: bool = False  # a balance sheet printing the period's result


@dataclass
class ExtensionNames:
    """Extension concepts of one filing: a label met again in another statement of the
    same kind (another period's balance sheet) keeps its concept; names never clash."""

    taken: set[str]
    by_meaning: dict[tuple[str, str, str | None], ExtensionConcept]


def map_statement(
    statement: Statement, rules: RuleSet, taxonomy: Taxonomy, names: ExtensionNames, forced: frozenset[int] = frozenset()
) -> StatementMapping:
    """Concepts for a statement's lines; lines in `forced` take extension concepts
    (their amounts clash with another statement's for the same concept)."""
    choices: dict[int, ConceptChoice] = {}
    skipped: dict[int, str] = {}
    base: dict[int, ConceptChoice] = {}  # the rules' choices, before clashes moved lines
    shows_result = False
    for index, line in enumerate(statement.lines):
        if is_check_row(statement, line):
            skipped[index] = "unlabelled row of zeros (a check of totals, or a stray line): no amount of anything"
            continue
        choice = base_choice(statement, line, rules, taxonomy)
        if choice is not None:
            base[index] = choice
            shows_result |= statement.kind == "balance_sheet" and taxonomy[choice.name].period_type == "duration"
            if index not in forced:
                choices[index] = choice
    apply_gross_and_net(statement, choices, taxonomy)
    name_unlabelled_totals(statement, choices, taxonomy, forced)
    gross = mark_gross_before_deductions(statement, choices, taxonomy)
    extensions: list[ExtensionConcept] = []
    used: set[tuple[str, bool]] = set()  # (concept, opening balance?): one amount per context
    for index, line in enumerate(statement.lines):
        if index in skipped:
            continue
        opening = is_opening_label(line.row.label)
        choice = choices.get(index)
        if choice is None or (choice.name, opening) in used:
            typing = extension_typing(statement, line, base.get(index), taxonomy, shows_result)
            label = line.row.label + (" (gross)" if index in gross else "") if line.row.label else ""
            choice, concept, new = extension_choice(statement, line, names, {name for name, _ in used}, typing, label)
            if new:
                extensions.append(concept)
        used.add((choice.name, opening))
        choices[index] = choice
    return StatementMapping(choices, tuple(extensions), skipped, shows_result)


def apply_gross_and_net(statement: Statement, choices: dict[int, ConceptChoice], taxonomy: Taxonomy) -> None:
    """"Accounts receivable / Less allowance / Net": the first line is the gross amount
    and the total the net one. US-GAAP names the pair ...Net... and ...Gross...; a total
    printed as "Net" (or unlabelled) takes the net concept its first line was given."""
    row_to_line = {id(line.row): index for index, line in enumerate(statement.lines)}
    for index, line in enumerate(statement.lines):
        if len(line.children) != 2:
            continue
        first, second = (row_to_line.get(id(statement.table.rows[row])) for row, _ in line.children)
        if first is None or second is None or not is_deduction(statement, second, choices):
            continue
        total = choices.get(index)
        if total is None or normalise_label(line.row.label).text in ("net", ""):
            total = choices.get(first) if first in choices and "Net" in choices[first].name else total
        if total is None or "Net" not in total.name:
            continue
        gross = total.name.replace("Net", "Gross", 1)
        choices[index] = total
        if gross in taxonomy:
            choices[first] = ConceptChoice(gross, False, "as_printed", "structure.gross_of_net")
        else:
            choices.pop(first, None)  # no gross concept: the line gets an extension concept


def is_deduction(statement: Statement, index: int, choices: dict[int, ConceptChoice]) -> bool:
    label = statement.lines[index].row.label
    return normalise_label(label).deducted or (index in choices and choices[index].sign == "magnitude")


def base_choice(statement: Statement, line: StatementLine, rules: RuleSet, taxonomy: Taxonomy) -> ConceptChoice | None:
    """The rules' concept for a line; in a block of per-share amounts (or of share
    counts) only a concept of that type will do ("Net income/(loss)" there is net
    income per share, not in dollars)."""
    if not line.row.label:
        return None
    wanted = SECTION_TYPES.get(line.section or "")
    tries = [(line.row.label, line.section)]
    if wanted and line.heading:  # "Basic" under "Earnings per common share:"
        tries += [(f"{line.heading} {line.row.label}", line.section), (f"{line.heading} {line.row.label}", None)]
    elif lead := sole_line_heading(statement, line):  # "Authorized 10 million shares" under "Preferred stock:"
        tries.append((f"{lead} {line.row.label}", line.section))
    for label, section in tries:
        rule = find_rule(rules, label, statement.kind, section)
        if rule is None or rule.concept not in taxonomy:
            continue
        if wanted and taxonomy[rule.concept].item_type != wanted:
            continue
        return ConceptChoice(rule.concept, False, rule.sign, rule.id)
    return None


def sole_line_heading(statement: Statement, line: StatementLine) -> str:
    """The heading printed right above a line that is the only line indented under it:
    "Preferred stock, $2 convertible series:" over "Authorized 10 million shares ...",
    one label printed on two levels. A heading over several lines ("Inventories:")
    heads a block of parts and is none of their labels; "" when there is no such heading."""
    rows = [row for row in statement.table.rows if row.kind != "rule"]
    at = next((i for i, row in enumerate(rows) if row is line.row), 0)
    if at == 0 or rows[at - 1].kind != "heading":
        return ""
    heading = rows[at - 1]
    after = rows[at + 1] if at + 1 < len(rows) else None
    if line.row.indent <= heading.indent or (after is not None and after.indent > heading.indent):
        return ""
    return heading.label


def extension_choice(
    statement: Statement,
    line: StatementLine,
    names: ExtensionNames,
    used: set[str],
    typing: tuple[str, str],
    label: str = "",
) -> tuple[ConceptChoice, ExtensionConcept, bool]:
    """A concept named from the label (or, unlabelled, from what it totals), reused for
    the same label in the same kind of statement and section; a label that starts
    with "Less" is a deduction, kept as a magnitude. Returns (choice, concept, new?)."""
    label = label or line.row.label or unlabelled_label(statement, line)
    normalised = normalise_label(label)
    sign = "magnitude" if normalised.deducted else "as_printed"
    meaning = (statement.kind, normalised.text, line.section)
    known = names.by_meaning.get(meaning)
    if known is not None and known.name not in used:
        return ConceptChoice(known.name, True, sign), known, False
    base = camel_name(normalised.text)[:MAX_NAME]
    if base in names.taken and line.section:
        base = (base + camel_name(line.section))[:MAX_NAME]
    name, number = base, 2
    while name in names.taken:
        name, number = f"{base}{number}", number + 1
    names.taken.add(name)
    concept = ExtensionConcept(name, label, typing[0], typing[1])
    names.by_meaning.setdefault(meaning, concept)
    return ConceptChoice(name, True, sign), concept, True


def extension_typing(
    statement: Statement, line: StatementLine, base: ConceptChoice | None, taxonomy: Taxonomy, shows_result: bool
) -> tuple[str, str]:
    """(period type, item type) of a line's extension concept: those of the base
    concept the rules chose when a clash moved the line off it; in a balance sheet
    that prints the period's result, the results beside it ("Gain on sale") are amounts
    of the period; otherwise an instant in a balance sheet, a duration elsewhere."""
    if base is not None:
        concept = taxonomy[base.name]
        return concept.period_type, concept.item_type
    text = normalise_label(line.row.label).text
    if statement.kind == "balance_sheet":  # amounts: labels there describe shares, not count them
        result = shows_result and line.section == "equity" and bool(RESULT_RE.search(text))
        return ("duration" if result else "instant"), "xbrli:monetaryItemType"
    if line.section in SECTION_TYPES:
        return "duration", SECTION_TYPES[line.section]
    balance = is_opening_label(text) or bool(CLOSING_RE.search(text))
    return ("instant" if balance else "duration"), extension_item_type(text)


def mark_gross_before_deductions(statement: Statement, choices: dict[int, ConceptChoice], taxonomy: Taxonomy) -> set[int]:
    """"Goodwill / Less: accumulated amortization" with no net line of their own: the
    first is the gross amount. Its concept becomes the ...Gross one where US-GAAP has it;
    else the line gets an extension concept labelled "(gross)". Returns those lines."""
    gross_lines: set[int] = set()
    for index in range(len(statement.lines) - 1):
        following = statement.lines[index + 1]
        line = statement.lines[index]
        if line.total or not line.row.label or normalise_label(line.row.label).deducted:
            continue
        if following.total or not normalise_label(following.row.label).deducted or index not in choices:
            continue
        if net_total_of(statement, index, index + 1):
            continue  # "X / Less Y / Net": handled by apply_gross_and_net
        name = choices[index].name
        if "Gross" in name:
            continue
        gross = name.replace("Net", "Gross", 1) if "Net" in name else name + "Gross"
        if gross in taxonomy:
            choices[index] = ConceptChoice(gross, False, "as_printed", "structure.gross_before_deduction")
        else:
            del choices[index]
            gross_lines.add(index)
    return gross_lines


def net_total_of(statement: Statement, first: int, second: int) -> bool:
    rows = {id(statement.lines[first].row), id(statement.lines[second].row)}
    for line in statement.lines:
        if len(line.children) == 2 and {id(statement.table.rows[r]) for r, _ in line.children} == rows:
            return True
    return False


def unlabelled_label(statement: Statement, line: StatementLine) -> str:
    """"Subtotal of Furniture & Fixtures through Leasehold Improvements"."""
    rows = statement.table.rows
    named = [rows[index].label for index, _ in line.children if rows[index].label]
    if named:
        return f"Subtotal of {named[0]} through {named[-1]}" if len(named) > 1 else f"Subtotal of {named[0]}"
    return f"Unlabelled line {line.row.lines[0]}"


def extension_item_type(text: str) -> str:
    """Per share or a count of shares when the label says so at its head or as its
    subject ("Net income per share", "Weighted average shares outstanding"); else money."""
    if SHARE_COUNT_LABEL_RE.search(text):
        return "xbrli:sharesItemType"
    if PER_SHARE_LABEL_RE.search(text):
        return "xbrlify:perShareItemType"
    return "xbrli:monetaryItemType"


def is_check_row(statement: Statement, line: StatementLine) -> bool:
    """An unlabelled row of zeros: a check (total assets less total liabilities and
    equity) or a stray zero line, not an amount of anything."""
    values = [cell.value for cell in line.row.cells]
    return not line.row.label and bool(values) and all(value == 0 for value in values)
