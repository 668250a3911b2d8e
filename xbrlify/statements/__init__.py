"""Stage "statements": tables -> statements (kind, periods, column roles, sections,
totals), with the column signs and total relations the printed numbers bear out."""

from __future__ import annotations

from dataclasses import replace

from xbrlify.diagnostics import Diagnostic
from xbrlify.model import Statement, StatementLine, Table
from xbrlify.statements.columns import statement_columns
from xbrlify.statements.kinds import statement_kind, table_scale
from xbrlify.statements.sections import line_scales, line_sections
from xbrlify.statements.sectors import column_sectors, company_totals_out, line_blocks
from xbrlify.statements.totals import column_formulas, column_signs, line_totals

__all__ = ["tables_to_statements"]


def tables_to_statements(tables: list[Table]) -> tuple[list[Statement], list[Diagnostic]]:
    statements = []
    for table in tables:
        kind = statement_kind(table)
        if kind != "other" and table.columns and table.data_rows:
            statements.append(table_to_statement(table, kind))
    return statements, []


def table_to_statement(table: Table, kind) -> Statement:
    rows = list(table.rows)
    columns = statement_columns(table, kind)
    formulas = column_formulas(columns, rows)
    signs = column_signs(columns, formulas)
    sectors = column_sectors(columns)
    columns = tuple(
        replace(c, sign=signs.get(c.index, 1), weights=formulas.get(c.index, ()), sector=sectors.get(c.index))
        for c in columns
    )
    sections = line_sections(kind, table.rows)
    scales = line_scales(table.rows)
    totals = line_totals(rows, [c.index for c in columns])
    blocks = company_totals_out(line_blocks(kind, table.rows), totals)
    lines = []
    heading = ""
    for index, row in enumerate(rows):
        if row.kind == "heading":
            heading = row.label
        if row.kind != "data":
            continue
        children, failing = totals.get(index, ((), ()))
        sector = blocks.get(index)
        lines.append(
            StatementLine(row, sections.get(index), bool(children), children, failing, scales.get(index), heading, sector)
        )
    return Statement(table, kind, " / ".join(table.title), table_scale(table), columns, tuple(lines))
