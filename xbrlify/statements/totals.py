"""A statement's own arithmetic: which columns sum which (and so which column prints
its amounts negated), and which lines are totals of which lines above them.

Nothing here is guessed from a label alone: a relation is kept only where the printed
numbers bear it out, and where they do not add up the lines are recorded for the report.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import product

from xbrlify.model import Row, StatementColumn

INPUT_ROLES = ("reported", "business_sold", "business_acquired", "adjustments")
DERIVED_ROLES = ("subtotal", "pro_forma")
MIN_SHARE = Decimal("0.6")  # share of a column's rows a formula must explain


def printed(row: Row, column: int) -> Decimal | None:
    cell = row.cell(column)
    return cell.value if cell is not None else None


def column_formulas(columns: tuple[StatementColumn, ...], rows: list[Row]) -> dict[int, tuple[tuple[int, int], ...]]:
    """For each sub-total or pro forma column, the weights (+1, -1) of the input columns
    left of it whose sum it prints on most rows."""
    formulas = {}
    for derived in (c for c in columns if c.role in DERIVED_ROLES):
        inputs = [c.index for c in columns if c.role in INPUT_ROLES and c.index < derived.index]
        formula = best_formula(derived.index, inputs, rows)
        if formula:
            formulas[derived.index] = formula
    return formulas


def best_formula(target: int, inputs: list[int], rows: list[Row]) -> tuple[tuple[int, int], ...] | None:
    checked = [row for row in rows if printed(row, target) is not None]
    best: tuple[tuple[int, int, int], tuple[int, ...]] | None = None
    for weights in product((1, -1, 0), repeat=len(inputs)):
        if not any(weights):
            continue
        hits = sum(1 for row in checked if sums_to(row, target, inputs, weights))
        # most rows explained; then the fullest formula; then plus signs
        score = (hits, sum(1 for w in weights if w), sum(weights))
        if best is None or score > best[0]:
            best = (score, weights)
    if best is None or best[0][0] < max(2, MIN_SHARE * len(checked)):
        return None
    return tuple((column, weight) for column, weight in zip(inputs, best[1]) if weight)


def sums_to(row: Row, target: int, inputs: list[int], weights: tuple[int, ...]) -> bool:
    total = sum((w * (printed(row, c) or 0) for c, w in zip(inputs, weights)), Decimal(0))
    return total == printed(row, target)


def column_signs(columns: tuple[StatementColumn, ...], formulas: dict[int, tuple[tuple[int, int], ...]]) -> dict[int, int]:
    """How each input column's print relates to its own amounts. A business sold is
    taken out of the group: when the formula adds its column, the column prints its
    amounts negated ("(98,036)" for Clifton's cash of 98,036). A business acquired is
    brought in: added, it prints its own amounts."""
    signs: dict[int, int] = {}
    for formula in formulas.values():
        for column, weight in formula:
            signs.setdefault(column, -weight if columns[column].role == "business_sold" else weight)
    return signs


def line_totals(rows: list[Row], columns: list[int]) -> dict[int, tuple[tuple[tuple[int, int], ...], tuple[int, ...]]]:
    """Totals found by the numbers: for a row printed under a rule or labelled "Total",
    the run of items just above it that adds up to it (some items may be deducted:
    "Gross profit" = sales - cost of sales when costs print positive). Returns, by row
    index, the children (row index, weight +1 or -1) and the columns where it fails."""
    items: list[int] = []  # row indexes still open at this level
    found = {}
    for index, row in enumerate(rows):
        if row.kind != "data":
            continue
        if is_total_candidate(rows, index):
            match = children_summing_to(rows, items, index, columns)
            if match is not None:
                start, weights, failing = match
                found[index] = (tuple(zip(items[start:], weights)), failing)
                del items[start:]
        items.append(index)
    return found


# Results printed without a rule above them (statements with no rules at all): the
# numbers still have to bear the sum out
RESULT_LABEL_RE = re.compile(
    r"^(?:operating\s+(?:income|profit|earnings|loss)|(?:income|earnings|loss)\s+(?:\(loss\)\s+)?before\b)", re.I
)


def is_total_candidate(rows: list[Row], index: int) -> bool:
    label = rows[index].label.lower()
    ruled = index > 0 and rows[index - 1].kind == "rule"
    return (ruled or not label or label.startswith(("total", "net ", "gross")) or label.rstrip(":").endswith("total")
            or bool(RESULT_LABEL_RE.match(label)))  # fmt: skip


MAX_SIGNED_RUN = 6  # runs this short are also tried with some items deducted


def children_summing_to(
    rows: list[Row], items: list[int], index: int, columns: list[int]
) -> tuple[int, tuple[int, ...], tuple[int, ...]] | None:
    """The shortest run items[start:] whose printed amounts, added (or, for short runs,
    some deducted), make the row in all its columns, else in most of them. Returns
    (start, weights, failing columns), or None. A run of one is a total printed under
    a rule ("Total current assets" of cash alone): taking it closes the level, so that
    later totals cannot reach across it. Columns where the row prints zero (a dash)
    are no evidence for "most": items of other columns' rows sum to zero there too (a
    sector's lines in the other sector's column)."""
    target = rows[index]
    present = [c for c in columns if printed(target, c) is not None]
    if not present:
        return None
    amounts = [c for c in present if printed(target, c) != 0]
    if items and amounts and rows[index - 1].kind == "rule" and all(
        printed(rows[items[-1]], c) == printed(target, c) for c in present
    ):
        return len(items) - 1, (1,), ()
    partial = None
    for start in range(len(items) - 2, -1, -1):
        run = [rows[i] for i in items[start:]]
        for weights in weight_choices(len(run)):
            if cancels_out(run, weights, present):
                continue
            failing = tuple(c for c in present if weighted_sum(run, weights, c) != printed(target, c))
            if not failing:
                return start, weights, ()
            if partial is None and not any(w < 0 for w in weights) and mostly_holds(failing, present, amounts):
                partial = (start, weights, failing)
    return partial


def cancels_out(run: list[Row], weights: tuple[int, ...], columns: list[int]) -> bool:
    """An item added and another equal one deducted: they cancel, so the sum says
    nothing about them (28,604 - 28,604 + 18,149 "makes" 18,149 by coincidence)."""
    for i, j in ((i, j) for i in range(len(run)) for j in range(i + 1, len(run)) if weights[i] != weights[j]):
        values = [(printed(run[i], c), printed(run[j], c)) for c in columns]
        if all(a == b for a, b in values) and any(a for a, _ in values):
            return True
    return False


def mostly_holds(failing: tuple[int, ...], present: list[int], amounts: list[int]) -> bool:
    """A sum that fails in fewer than half the row's columns, and in fewer than half
    of those where it prints an amount other than zero."""
    return len(failing) * 2 < len(present) and sum(1 for c in failing if c in amounts) * 2 < len(amounts)


def weight_choices(length: int) -> list[tuple[int, ...]]:
    """All plus first; for short runs then every choice of deducted items after the
    first (the first item of a run, such as sales, is what the others are taken from)."""
    plus = (1,) * length
    if length > MAX_SIGNED_RUN:
        return [plus]
    signed = [(1, *rest) for rest in product((1, -1), repeat=length - 1)]
    return sorted(signed, key=lambda weights: weights.count(-1))


def weighted_sum(run: list[Row], weights: tuple[int, ...], column: int) -> Decimal:
    return sum((w * (printed(r, column) or 0) for r, w in zip(run, weights)), Decimal(0))
