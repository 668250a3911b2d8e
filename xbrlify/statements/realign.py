"""Rows printed a column off: a statement of stockholders' equity whose row prints its
amounts a few characters left or right of their columns ("Stock dividend (Spin-off of
Visteon)" with both amounts about eleven characters left, under "Capital in Excess of
Par" and "Other" instead of "Retained Earnings" and "Total") is read by position, and
its arithmetic then fails: the row's components do not make its Total, and the
balance after it is not the one before plus the changes.

The statement's own arithmetic decides: a row whose components do not make its Total
is moved one column right (or left), all its cells together, when that makes every
check it failed pass (its components against the Total, and the roll-forward of each
column the move touches) and no check that passed fails. A move is never made when
the checks pass, when it leaves any of them failing, or when both directions would do.
"""

from __future__ import annotations

from dataclasses import replace

from xbrlify.model import Row, Statement, Table
from xbrlify.statements.equity import component_failures, rollforward_failures

STEPS = (1, -1)  # one column right, one column left

Check = tuple[str, int, int]  # ("components", line, -1) or ("rollforward", balance line, column)


def realignments(statement: Statement) -> dict[int, int]:
    """Table row index -> columns its cells move by, for the rows of an equity
    statement that the arithmetic shows were printed one column off."""
    rows = {id(row): position for position, row in enumerate(statement.table.rows)}
    table_rows = [rows[id(line.row)] for line in statement.lines]
    moves: dict[int, int] = {}
    for index, _, _ in component_failures(statement):
        passing = [(step, moved) for step in STEPS if (moved := shifted(statement, index, step)) is not None
                   and repairs(statement, moved, index, step)]  # fmt: skip
        if len(passing) == 1:
            step, statement = passing[0]
            moves[table_rows[index]] = step
    return moves


def realigned_table(table: Table, moves: dict[int, int]) -> Table:
    rows = tuple(move_row(row, moves[index]) if index in moves else row for index, row in enumerate(table.rows))
    return replace(table, rows=rows)


def shifted(statement: Statement, index: int, step: int) -> Statement | None:
    """The statement with line `index`'s cells `step` columns over; None when a cell
    would leave the table or cross between a shares column and an amount column."""
    line = statement.lines[index]
    columns = statement.columns
    for cell in line.row.cells:
        target = cell.column + step
        if not 0 <= target < len(columns) or columns[target].shares != columns[cell.column].shares:
            return None
    lines = list(statement.lines)
    lines[index] = replace(line, row=move_row(line.row, step))
    return replace(statement, lines=tuple(lines))


def move_row(row: Row, step: int) -> Row:
    return row._replace(cells=tuple(cell._replace(column=cell.column + step) for cell in row.cells))


def repairs(before: Statement, after: Statement, index: int, step: int) -> bool:
    """The move makes the row's components add up, every column it touches roll
    forward to the balance closing the row's period, and breaks no other check."""
    failing_before, failing_after = failures(before), failures(after)
    if ("components", index, -1) in failing_after or not failing_after <= failing_before:
        return False
    touched = {cell.column for cell in before.lines[index].row.cells}
    touched |= {column + step for column in touched}
    closing = closing_balance(after, index)
    return not any(("rollforward", closing, column) in failing_after for column in touched)


def failures(statement: Statement) -> set[Check]:
    found: set[Check] = {("components", index, -1) for index, _, _ in component_failures(statement)}
    for index, columns in rollforward_failures(statement).items():
        found |= {("rollforward", index, column) for column in columns}
    return found


def closing_balance(statement: Statement, index: int) -> int:
    """The balance line after line `index` (-1 when none follows: nothing to roll to)."""
    return next((i for i in range(index + 1, len(statement.lines)) if statement.lines[i].balance), -1)

