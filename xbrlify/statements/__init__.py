"""Stage "statements": tables -> statements (kind, periods, column roles, sections,
totals), with the column signs and total relations the printed numbers bear out."""

from __future__ import annotations

from dataclasses import replace

from xbrlify.diagnostics import Diagnostic
from xbrlify.model import Statement, StatementLine, Table
from xbrlify.statements.columns import statement_columns
from xbrlify.statements.equity import (
    assign_members, columns_are_components, equity_columns, rollforward_failures, row_periods,
)
from xbrlify.statements.kinds import statement_kind, table_scale
from xbrlify.statements.sections import line_scales, line_sections
from xbrlify.statements.totals import column_formulas, column_signs, line_totals

__all__ = ["assign_members", "tables_to_statements"]


def tables_to_statements(tables: list[Table]) -> tuple[list[Statement], list[Diagnostic]]:
    statements = []
    for table in tables:
        kind = statement_kind(table)
        if kind != "other" and table.columns and table.data_rows:
            statements.append(table_to_statement(table, kind))
    return statements, []


def table_to_statement(table: Table, kind) -> Statement:
    rows = list(table.rows)
    components = kind == "equity" and columns_are_components(table)
    columns = equity_columns(table) if components else statement_columns(table, kind)
    formulas = column_formulas(columns, rows)
    signs = column_signs(columns, formulas)
    columns = tuple(replace(c, sign=signs.get(c.index, 1), weights=formulas.get(c.index, ())) for c in columns)
    sections = line_sections(kind, table.rows)
    scales = line_scales(table.rows)
    totals = line_totals(rows, [c.index for c in columns])
    periods = row_periods(table) if components else {}
    if components:
        totals = same_period_totals(totals, periods)
    lines = []
    heading = ""
    for index, row in enumerate(rows):
        if row.kind == "heading":
            heading = row.label
        if row.kind != "data":
            continue
        children, failing = totals.get(index, ((), ()))
        start, end, balance = periods.get(index, (None, None, False))
        lines.append(StatementLine(row, sections.get(index), bool(children), children, failing, scales.get(index),
                                   heading, start, end, balance))  # fmt: skip
    statement = Statement(table, kind, " / ".join(table.title), table_scale(table), columns, tuple(lines), components)
    if components:  # a closing balance is the opening one plus the changes between them
        failures = rollforward_failures(statement)
        lines = [replace(line, unbalanced_columns=failures.get(i, ())) for i, line in enumerate(statement.lines)]
        statement = replace(statement, lines=tuple(lines))
    return statement


def same_period_totals(totals: dict, periods: dict) -> dict:
    """An equity statement's totals within one period ("Comprehensive income" of its
    items) that add up in every column; a balance is never the total of changes (an
    instant against durations, checked as a roll-forward instead), and where most
    columns print dashes a row "adding up" in some of them is no total."""
    kept = {}
    for index, (children, failing) in totals.items():
        rows = [index, *(child for child, _ in children)]
        one_period = all(r in periods and not periods[r][2] for r in rows) and len({periods[r] for r in rows}) == 1
        if one_period and not failing:
            kept[index] = (children, failing)
    return kept
