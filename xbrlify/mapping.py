"""Stage "mapping": each statement line -> a concept of the base taxonomy (by the rules
in mappings/) or of the filing's extension (named from its label, labelled as printed).

Two lines of one statement never share a concept: the second gets an extension
concept, since one concept in one context can hold one amount only. Lines of two
sector blocks can: their facts are in contexts of different sectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xbrlify.emit.model import ExtensionConcept
from xbrlify.facts import camel_name
from xbrlify.model import ConceptChoice, Statement, StatementLine
from xbrlify.periods import is_opening_label
from xbrlify.rules import Rule, RuleSet, find_rule, normalise_label, rule_by_id
from xbrlify.signs import result_sign_mode
from xbrlify.statements.sections import SHARE_COUNT_LABEL_RE, heading_section, names_per_share
from xbrlify.statements.stock_classes import PLAIN_MEMBER
from xbrlify.taxonomy import Taxonomy
from xbrlify.totals_concepts import name_unlabelled_totals

MAX_NAME = 120  # characters of an extension concept's name
# Blocks of an income statement whose lines are all of one item type
SECTION_TYPES = {"per_share": "xbrlify:perShareItemType", "share_counts": "xbrli:sharesItemType"}
RESULT_RE = re.compile(r"\b(?:income|loss|losses|gain|gains|earnings)\b")  # a period's result
CLASS_CONCEPT = "CommonStockValue"  # a balance sheet's line of one class of common stock
CLOSING_RE = re.compile(r"\bat end\b|\bend of (?:the )?(?:period|year)\b|\bending\b")
# Sections of an unclassified balance sheet, and the concepts they cannot take: those of
# current or noncurrent items ("AccountsPayableCurrent"), not those of both ("...CurrentAndNoncurrent")
UNCLASSIFIED_SECTIONS = frozenset({"assets", "liabilities"})
CLASSIFIED_CONCEPT_RE = re.compile(r"(?<!And)(?:Current|Noncurrent)(?!AndNoncurrent)(?=[A-Z]|$)")
# ... unless the line itself says which: "Current receivables" in GE's unclassified sheet
CLASSIFYING_WORD_RE = re.compile(r"\b(?:current|noncurrent|non-current)\b", re.I)
# A net amount: "...Net", "...NetCurrent", not "...NetOfDeferredIncome" (an amount before the
# allowance, net only of something else: a bank's "Loans, net of unearned income")
NET_NAME_RE = re.compile(r"Net(?!Of)")


@dataclass(frozen=True)
class StatementMapping:
    choices: dict[int, ConceptChoice]  # statement line index -> concept
    extensions: tuple[ExtensionConcept, ...]
    skipped_lines: dict[int, str]  # line index -> why its cells are not facts
    shows_period_result: bool = False  # a balance sheet printing the period's result
    share_choices: dict[int, ConceptChoice] = field(default_factory=dict)  # equity: lines' shares columns


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
        choice = class_of_stock_choice(line, taxonomy) or base_choice(statement, line, rules, taxonomy)
        if choice is not None:
            base[index] = choice
            shows_result |= statement.kind == "balance_sheet" and taxonomy[choice.name].period_type == "duration"
            if index not in forced:
                choices[index] = choice
    apply_gross_and_net(statement, choices, taxonomy)
    name_unlabelled_totals(statement, choices, taxonomy, forced, rules)
    gross = mark_gross_before_deductions(statement, choices, taxonomy)
    extensions: list[ExtensionConcept] = []
    # (concept, which period, block): one amount per context; each sector block, and
    # each class of stock, has its own
    used: set[tuple[str, object, tuple[str | None, str | None]]] = set()
    for index, line in enumerate(statement.lines):
        if index in skipped:
            continue
        opening = row_period_key(statement, line)
        choice = choices.get(index)
        block = (line.sector, line.stock_class.member if line.stock_class else None)
        if choice is None or (choice.name, opening, block) in used:
            typing = extension_typing(statement, line, base.get(index), taxonomy, shows_result)
            label = line.row.label + (" (gross)" if index in gross else "") if line.row.label else ""
            choice, concept, new = extension_choice(
                statement, line, names, taken_in(statement, used, opening, block), typing, label, index in forced
            )
            if new:
                extensions.append(concept)
        if not line.balance:  # a balance printed twice (end of one year, start of the next) is one amount
            used.add((choice.name, opening, block))
        choices[index] = choice
    shares = share_concepts(statement, choices, rules, taxonomy, names, extensions)
    return StatementMapping(choices, tuple(extensions), skipped, shows_result, shares)


def taken_in(statement: Statement, used: set[tuple[str, object, tuple]], key: object, block: tuple) -> set[str]:
    """Concepts a line cannot share: those of its block (sector, class of stock), and in
    an equity statement only those of its own period (a change printed every year
    keeps its concept), elsewhere all of the block's."""
    return {name for name, other, own in used if own == block and (not statement.rows_are_periods or other == key)}


def row_period_key(statement: Statement, line: StatementLine) -> object:
    """Which of the statement's periods a line's amounts are of: an equity statement's
    row has its own; elsewhere the opening balances differ from the rest."""
    if statement.rows_are_periods:
        return (line.start, line.end)
    return is_opening_label(line.row.label)


def share_concepts(
    statement: Statement, choices: dict[int, ConceptChoice], rules: RuleSet, taxonomy: Taxonomy,
    names: ExtensionNames, extensions: list[ExtensionConcept],
) -> dict[int, ConceptChoice]:
    """Concepts of the lines' share counts in an equity statement's shares columns: the
    rule's "shares" sibling of the line's concept; a line without such a rule gets an
    extension concept, also where it prints only dashes there: a dash is a zero count
    (the shares a dividend or the year's result changes), as every reader of the
    reviewed filings wrote it."""
    columns = [c.index for c in statement.columns if c.shares]
    found: dict[int, ConceptChoice] = {}
    for index, line in enumerate(statement.lines):
        counts = [cell.value for c in columns if (cell := line.row.cell(c)) is not None]
        if index not in choices or not counts:
            continue
        rule = rule_by_id(rules, choices[index].rule)
        if rule is not None and rule.shares in taxonomy:
            # a count bought back or paid out is a count, whatever the print: "(58)" treasury shares
            sign = "magnitude" if rule.sign == "magnitude" else "as_printed"
            found[index] = ConceptChoice(rule.shares, False, sign, rule.id)
        else:
            typing = ("instant" if line.balance else "duration", "xbrli:sharesItemType")
            label = f"{line.row.label} (shares)"
            choice, concept, new = extension_choice(statement, line, names, set(), typing, label)
            found[index] = choice
            if new:
                extensions.append(concept)
    return found


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
        if first in choices and choices[first].name != total.name and not NET_NAME_RE.search(choices[first].name):
            continue  # "Interest income / Interest expense / Net interest": the first is its own item
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
    income per share, not in dollars). In a sector's block, a line that names the
    sector is read without the name: "Total Automotive assets" is that sector's assets."""
    if not line.row.label:
        return None
    wanted = SECTION_TYPES.get(line.section or "")
    tries = [(line.row.label, line.section)]
    if line.sector:
        tries.append((without_sector(line.row.label, line.sector), line.section))
    if wanted and line.heading:  # "Basic" under "Earnings per common share:"
        tries += [(f"{line.heading} {line.row.label}", line.section), (f"{line.heading} {line.row.label}", None)]
        if wanted == SECTION_TYPES["per_share"] and (kind := per_share_kind(line.heading)):
            # "Extraordinary loss" under "Primary earnings (loss) per Common Share"
            tries.append((f"{line.row.label} per share {kind}", line.section))
    elif lead := sole_line_heading(statement, line):  # "Authorized 10 million shares" under "Preferred stock:"
        tries.append((f"{lead} {line.row.label}", line.section))
    if subject := statement_subject(statement):  # "Balance, January 1" of retained earnings
        tries.insert(0, (f"{subject} {line.row.label}", line.section))
    if line.heading and BARE_BOUND_RE.match(line.row.label):  # "Accumulated Deficit" / "Beginning of year"
        tries.insert(0, (f"{line.heading} {line.row.label}", line.section))
    group = group_heading(statement, line)
    if OTHER_RE.match(line.row.label) and group:
        tries.insert(0, (f"Other {group}", line.section))  # "Receivables, net:" / "Other": other receivables
    elif group and statement.kind in GROUPED_KINDS:  # "Securities:" / "Held-to-maturity", "Deposits:" / "Foreign"
        tries.append((f"{group} {line.row.label}", line.section))
    unclassified = line.section in UNCLASSIFIED_SECTIONS and not CLASSIFYING_WORD_RE.search(line.row.label)
    accept = unclassified_accepts if unclassified else None
    for label, section in tries:
        rule = find_rule(rules, label, statement.kind, section, accept)
        if rule is None or rule.concept not in taxonomy:
            continue
        if wanted and taxonomy[rule.concept].item_type != wanted:
            continue
        return ConceptChoice(rule.concept, False, result_sign_mode(rule.concept, label, rule.sign, statement.kind), rule.id)
    return None


OTHER_RE = re.compile(r"^\s*other\W*$", re.I)
DILUTED_HEADING_RE = re.compile(r"\b(?:fully[- ]diluted|diluted|assuming\s+(?:full\s+)?dilution)\b", re.I)
BASIC_HEADING_RE = re.compile(r"\b(?:primary|basic)\b", re.I)
# A label that names only a period's bound ("Beginning of year", "At end of period"):
# its subject is the heading above it ("Cash and Temporary Cash Investments:")
BARE_BOUND_RE = re.compile(
    r"^\s*(?:at\s+|as\s+of\s+)?(?:the\s+)?(?:beginning|end|start|close)\s+of\s+(?:the\s+)?"
    r"(?:year|period|quarter|month|fiscal\s+year)\W*$",
    re.I,
)
# Statements whose lines under a group heading ("Dividends declared:" / "Preferred stock") may be read with it when their label alone
# maps to nothing (a label wrapped onto two lines reads the same way); a cash flow's
# "Changes in assets and liabilities:" names a group of changes, not what each one is
GROUPED_KINDS = frozenset({"balance_sheet", "income_statement", "equity"})


def per_share_kind(heading: str) -> str | None:
    """Which earnings per share a heading's block gives: "Fully-diluted earnings per
    share" -> "diluted"; "Primary earnings (loss) per Common Share" -> "basic"."""
    if DILUTED_HEADING_RE.search(heading):
        return "diluted"
    return "basic" if BASIC_HEADING_RE.search(heading) else None


def group_heading(statement: Statement, line: StatementLine) -> str | None:
    """The heading a line is indented under when it heads a group of items, not a
    section of the statement ("Receivables, net" over "Customers" and "Other")."""
    rows = statement.table.rows
    at = next(i for i, row in enumerate(rows) if row is line.row)
    above = next((rows[i] for i in range(at - 1, -1, -1) if rows[i].kind == "heading"), None)
    if above is None or line.row.indent <= above.indent or heading_section(statement.kind, above.label):
        return None
    return above.label
# An equity statement of one component ("Statement of Retained Earnings"): its balance
# lines are that component's, not the whole of stockholders' equity.
SUBJECT_RE = re.compile(r"\b(retained|reinvested)\s+earnings\b", re.I)


def statement_subject(statement: Statement) -> str | None:
    if statement.kind != "equity":
        return None
    match = SUBJECT_RE.search(" ".join(statement.table.title))
    return f"{match[1].lower()} earnings" if match else None


def unclassified_accepts(rule: Rule) -> bool:
    return not CLASSIFIED_CONCEPT_RE.search(rule.concept)


def class_of_stock_choice(line: StatementLine, taxonomy: Taxonomy) -> ConceptChoice | None:
    """A line naming a class of common stock beside other common-stock lines ("Class B
    Stock, par value $0.01 per share") is common stock of that class: its member of
    StatementClassOfStockAxis tells it apart (statements/stock_classes.py)."""
    if line.stock_class is None or line.stock_class.member == PLAIN_MEMBER or CLASS_CONCEPT not in taxonomy:
        return None
    return ConceptChoice(CLASS_CONCEPT, False, "as_printed", "structure.class_of_stock")


def without_sector(label: str, sector: str) -> str:
    """"Income/(loss) before income taxes - Automotive" -> "Income/(loss) before income taxes -"
    (rules compare labels normalised, so the dash left over does not count)."""
    return " ".join(re.sub(rf"\b{re.escape(sector)}\b", " ", label, flags=re.I).split())


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
    fresh: bool = False,
) -> tuple[ConceptChoice, ExtensionConcept, bool]:
    """A concept named from the label (or, unlabelled, from what it totals), reused for
    the same label in the same kind of statement and section unless `fresh` (the line's
    amounts clashed with another line's for that concept); a label that starts with
    "Less" is a deduction, kept as a magnitude. Returns (choice, concept, new?)."""
    label = label or line.row.label or unlabelled_label(statement, line)
    normalised = normalise_label(label)
    sign = "magnitude" if normalised.deducted else "as_printed"
    meaning = (statement.kind, normalised.text, line.section)
    known = names.by_meaning.get(meaning)
    if known is not None and known.name not in used and not fresh:
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
    if statement.rows_are_periods:  # rows are balances (instants) or changes over a period
        return ("instant" if line.balance else "duration"), extension_item_type(text)
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
    else the line gets an extension concept labelled "(gross)". Returns those lines.
    Only assets and liabilities have gross amounts: in equity "Less treasury stock" is a
    component of its own, and elsewhere ("Net earnings / Less earnings from discontinued
    operations" in a cash flow) a deduction is an item of the total below it."""
    gross_lines: set[int] = set()
    if statement.kind != "balance_sheet":
        return gross_lines
    for index in range(len(statement.lines) - 1):
        following = statement.lines[index + 1]
        line = statement.lines[index]
        if line.total or not line.row.label or normalise_label(line.row.label).deducted or line.section == "equity":
            continue
        if following.total or not normalise_label(following.row.label).deducted or index not in choices:
            continue
        if net_total_of(statement, index, index + 1):
            continue  # "X / Less Y / Net": handled by apply_gross_and_net
        name = choices[index].name
        if "Gross" in name or ("Net" in name and not NET_NAME_RE.search(name)):
            continue  # already the amount before the deduction
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
    if names_per_share(text):
        return "xbrlify:perShareItemType"
    return "xbrli:monetaryItemType"


def is_check_row(statement: Statement, line: StatementLine) -> bool:
    """An unlabelled row of zeros: a check (total assets less total liabilities and
    equity) or a stray zero line, not an amount of anything."""
    values = [cell.value for cell in line.row.cells]
    return not line.row.label and bool(values) and all(value == 0 for value in values)
