"""Stage "statements": tables -> statements (kind, periods, column roles, sections,
totals), with the column signs and total relations the printed numbers bear out."""

from __future__ import annotations

from dataclasses import replace

from xbrlify.diagnostics import Diagnostic
from xbrlify.fiscal import FiscalCalendar
from xbrlify.model import Statement, StatementLine, Table
from xbrlify.statements.columns import filing_calendar, statement_columns, year_row_blocks
from xbrlify.statements.kinds import statement_kind, table_scale
from xbrlify.statements.sections import line_scales, line_sections
from xbrlify.statements.totals import column_formulas, column_signs, line_totals

__all__ = ["tables_to_statements"]


def tables_to_statements(
    tables: list[Table], fiscal_year_end: str | None = None
) -> tuple[list[Statement], list[Diagnostic]]:
    """`fiscal_year_end`: the SEC header's "FISCAL YEAR END" (MMDD), if any."""
    kinds = [(table, statement_kind(table)) for table in tables]
    kinds = [(table, kind) for table, kind in kinds if kind != "other" and table.columns and table.data_rows]
    fiscal = filing_calendar([table for table, _ in kinds], fiscal_year_end)
    statements = []
    for table, kind in kinds:
        blocks = year_row_blocks(table) if fiscal else []  # quarterly data: one statement a year
        statements.extend(table_to_statement(table, kind, fiscal, year, rows) for year, rows in blocks)
        if not blocks:
            statements.append(table_to_statement(table, kind, fiscal))
    return statements, []


def table_to_statement(
    table: Table, kind, fiscal: FiscalCalendar | None = None, year: int | None = None, block: range | None = None
) -> Statement:
    """The statement of a table, or of the rows `block` of it, whose columns are the
    quarters of fiscal `year`."""
    rows = list(table.rows)
    block = block or range(len(rows))
    columns = statement_columns(table, kind, fiscal, year)
    formulas = column_formulas(columns, rows)
    signs = column_signs(columns, formulas)
    columns = tuple(replace(c, sign=signs.get(c.index, 1), weights=formulas.get(c.index, ())) for c in columns)
    sections = line_sections(kind, table.rows)
    scales = line_scales(table.rows)
    totals = line_totals(rows, [c.index for c in columns])
    lines = []
    heading = ""
    for index, row in enumerate(rows):
        if row.kind == "heading":
            heading = row.label
        if row.kind != "data" or index not in block:
            continue
        children, failing = totals.get(index, ((), ()))
        if any(child not in block for child, _ in children):
            children, failing = (), ()
        lines.append(
            StatementLine(row, sections.get(index), bool(children), children, failing, scales.get(index), heading)
        )
    return Statement(table, kind, " / ".join(table.title), table_scale(table), columns, tuple(lines))
