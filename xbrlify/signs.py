"""Signs from the statement's arithmetic and the concepts' balance types.

A statement prints each line as its effect on the total it belongs to: a cash flow
statement prints an increase in receivables as "(262)" because it lowers operating
cash, an income statement prints a gain inside "Costs and expenses" as "(201)". The
concepts mean something else: IncreaseDecreaseInAccountsReceivable is the increase
itself (+262), GainLossOnSaleOfBusiness the gain (+201). XBRL ties the two together:
an item adds to a total when both have the same balance type (debit/credit) and is
subtracted when they differ. So, for a line whose printed numbers add up to their
total in every column,

    value = print x printed weight x balance weight x the total's own sign,

which is the print itself whenever line and total share a balance type and the line
is added. Lines without a balance type (shares, per-share amounts), extension
concepts, magnitudes ("Less accumulated depreciation") and lines of totals that do
not add up keep the print's sign.
"""

from __future__ import annotations

import re

from xbrlify.model import ConceptChoice, SignMode, Statement
from xbrlify.taxonomy import Taxonomy

KINDS = frozenset({"balance_sheet", "income_statement", "cash_flow"})
# US-GAAP gives operating cash flow no balance type: it sums debits (depreciation, an
# increase in payables) and subtracts credits (an increase in receivables, a gain), but
# adds the net result it starts from, a credit. For signs it behaves as a debit total
# whose starting result is added.
OPERATING_CASH_TOTALS = frozenset({"NetCashProvidedByUsedInOperatingActivities",
                                   "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"})  # fmt: skip
RESULTS = frozenset({"NetIncomeLoss", "ProfitLoss", "IncomeLossFromContinuingOperations",
                     "NetIncomeLossAvailableToCommonStockholdersBasic"})  # fmt: skip


# Concepts whose positive amounts are income or gains ("...IncomeLoss", EPS): a line
# whose label names only a loss ("Net loss", "Loss from operations") holds a negative
# amount of them, however printed: filers that only ever lose print losses positive.
RESULT_CONCEPT_RE = re.compile(r"IncomeLoss|ProfitLoss|GainLoss|EarningsPerShare|ComprehensiveIncome")
LOSS_RE = re.compile(r"\b(?:loss|losses|deficit)\b", re.I)
GAIN_RE = re.compile(r"\b(?:income|earnings|profit|profits|gain|gains)\b", re.I)
TAX_WORDS_RE = re.compile(r"\bincome\s+tax(?:es)?\b|\bnet\s+income\s+per\b", re.I)


def result_sign_mode(concept: str, label: str, mode: SignMode, statement_kind: str = "") -> SignMode:
    """"loss" for a result concept on a line that names a loss and no income. Not for
    a gain or loss among a cash flow statement's adjustments: printed as its effect on
    cash ("Loss on sale of property  1,004", a gain "(3,672)"), its sign comes from
    the operating total it adds to (line_signs)."""
    if mode != "as_printed" or not RESULT_CONCEPT_RE.search(concept):
        return mode
    if statement_kind == "cash_flow" and "GainLoss" in concept:
        return mode
    words = TAX_WORDS_RE.sub(" ", label)  # "Loss before income taxes" names no income
    return "loss" if LOSS_RE.search(words) and not GAIN_RE.search(words) else mode


def line_signs(statement: Statement, choices: dict[int, ConceptChoice], taxonomy: Taxonomy) -> dict[int, int]:
    """Statement line index -> -1 for lines whose facts are the negation of the print."""
    if statement.kind not in KINDS:
        return {}
    parents = parent_totals(statement, choices, taxonomy)
    signs: dict[int, int] = {}

    def sign_of(index: int) -> int:
        if index not in signs:
            signs[index] = 1  # guards a cycle; totals never contain themselves
            link = parents.get(index)
            if link is not None:
                parent, printed_weight = link
                balance_weight = weight_by_balance(choices[parent], choices[index], taxonomy)
                signs[index] = total_sign(statement, choices, parent, sign_of) * printed_weight * balance_weight
        return signs[index]

    for index in choices:
        sign_of(index)
    return {index: sign for index, sign in signs.items() if sign == -1}


def parent_totals(statement: Statement, choices: dict[int, ConceptChoice], taxonomy: Taxonomy) -> dict[int, tuple[int, int]]:
    """Line index -> (its total's line index, printed weight), for lines the rule covers."""
    line_of_row = {id(line.row): index for index, line in enumerate(statement.lines)}
    parents: dict[int, tuple[int, int]] = {}
    for index, line in enumerate(statement.lines):
        if not line.children or line.unbalanced_columns or not signed(choices.get(index), taxonomy):
            continue
        for row_index, weight in line.children:
            child = line_of_row.get(id(statement.table.rows[row_index]))
            if child is not None and child not in parents and signed(choices.get(child), taxonomy) \
                    and choices[child].sign == "as_printed":  # fmt: skip
                parents[child] = (index, weight)
    return parents


def total_sign(statement: Statement, choices: dict[int, ConceptChoice], index: int, sign_of) -> int:
    """The sign a total's facts bear to its print: a magnitude printed negative is -1,
    a loss printed positive too."""
    if choices[index].sign in ("magnitude", "loss"):
        printed = [c.amount.value for c in statement.lines[index].row.cells if c.amount and c.amount.value]
        negative = bool(printed) and printed[0] < 0
        return -1 if negative == (choices[index].sign == "magnitude") else 1
    return sign_of(index)


def weight_by_balance(total: ConceptChoice, item: ConceptChoice, taxonomy: Taxonomy) -> int:
    """+1 when the item adds to the total in XBRL's sense, -1 when it is subtracted."""
    if total.name in OPERATING_CASH_TOTALS and item.name in RESULTS:
        return 1
    return 1 if balance(item, taxonomy) == balance(total, taxonomy) else -1


def signed(choice: ConceptChoice | None, taxonomy: Taxonomy) -> bool:
    """A base concept with a balance type: one whose sign the rule can work out."""
    return choice is not None and not choice.extension and balance(choice, taxonomy) is not None


def balance(choice: ConceptChoice, taxonomy: Taxonomy) -> str | None:
    if choice.name in OPERATING_CASH_TOTALS:
        return "debit"
    return taxonomy[choice.name].balance if choice.name in taxonomy.concepts else None
