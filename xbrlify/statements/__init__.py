"""Stage "statements": tables -> statements (kind, periods, column roles, sections,
totals), with the column signs and total relations the printed numbers bear out."""

from __future__ import annotations

from dataclasses import replace

from xbrlify.model import Filing, SkippedTable, Statement, StatementColumn, StatementLine, Table
from xbrlify.fiscal import FiscalCalendar
from xbrlify.statements.columns import combined_businesses, filing_calendar, statement_columns, year_row_blocks
from xbrlify.statements.equity import (
    assign_members, columns_are_components, equity_columns, rollforward_failures, row_periods,
)
from xbrlify.statements.kinds import (
    QUARTERLY_REASON, mixes_kinds, schedule_reason, statement_kind, table_scale, title_kind,
)
from xbrlify.statements.placement import Part, Placements
from xbrlify.statements.realign import realigned_table, realignments
from xbrlify.statements.sections import items_take_total_section, line_scales, line_sections, sections_closed_by_totals
from xbrlify.statements.sectors import column_sectors, company_totals_out, line_blocks
from xbrlify.statements.stock_classes import line_stock_classes
from xbrlify.statements.totals import column_formulas, column_signs, line_totals

__all__ = ["assign_members", "tables_to_statements"]


PART_REASONS = {
    "mdna": "a table in Management's Discussion and Analysis, not a primary statement",
    "selected_data": "selected financial data: a schedule of several years, not a primary statement",
    "notes": "a table in the notes to the financial statements, not a primary statement",
}

NOTES_STATEMENT_REASON = ("a statement printed in the notes (a segment's, a subsidiary's or the parent company's "
                          "condensed statement): not the company's primary statement")


def tables_to_statements(tables: list[Table], filing: Filing | None = None) -> tuple[list[Statement], list[SkippedTable]]:
    """The tables that are primary financial statements, and the others with the reason.
    With the filing, tables in MD&A, selected data and the notes are told apart, and
    periods follow the filer's fiscal calendar (the header's FISCAL YEAR END and the
    dates the statements print). Quarterly data is converted when its rows are
    grouped by fiscal year (one statement a year), else listed with its reason."""
    titled = {t.first_line for t in tables if title_kind(t) and not schedule_reason(t)}
    placements = Placements(filing, tables, titled) if filing else None
    candidates, skipped = [], []
    previous: tuple[Table, str] | None = None  # the last statement table
    for table in tables:
        if previous and filing and is_next_part(filing, previous[0], table):
            merged = replace(previous[0], last_line=table.last_line, rows=previous[0].rows + table.rows)
            candidates[-1] = (merged, previous[1], candidates[-1][2])
            previous = (merged, previous[1])
            continue
        if previous and filing and continues_table(filing, previous[0], table):
            table, kind = replace(table, title=previous[0].title), previous[1]
        else:
            kind = statement_kind(table)
        part = placements.part_of(table) if placements else None
        if part == "notes" and placements.opens_page(table):
            part = "other"  # statements of their own, after another set's notes
        reason = not_a_statement(table, kind, part)
        if reason is None or reason == QUARTERLY_REASON:
            candidates.append((table, kind, reason))
            previous = (table, kind)
        else:
            skipped.append(SkippedTable(table, reason))
            previous = None
    header = filing.header if filing else None
    fiscal = filing_calendar([table for table, _, _ in candidates], header.fiscal_year_end if header else None)
    statements = []
    for table, kind, reason in candidates:
        blocks = year_row_blocks(table) if fiscal else []
        if blocks:
            statements.extend(table_to_statement(table, kind, fiscal, year, rows) for year, rows in blocks)
        elif reason:
            skipped.append(SkippedTable(table, reason + " whose rows are not grouped by fiscal year"))
        else:
            statements.append(table_to_statement(table, kind, fiscal))
    return statements, sorted(skipped, key=lambda s: s.table.index)


MIN_NAMED_ROWS = 2  # labelled rows a statement has at the least
MAX_CONTINUATION_GAP = 12  # lines between a statement table and its untitled second half
MIN_SHARED_LABELS = 0.5


def is_next_part(filing: Filing, previous: Table, table: Table) -> bool:
    """A table with neither title nor column headings, printed right after a statement
    with as many columns: the statement goes on in it (Kroger's 1994 10-K prints its
    balance sheet as three <TABLE>s, the liabilities and the deficit under the assets).
    Its rows are the statement's, read under the first part's headings."""
    if table.title or any(column.heading for column in table.columns) or len(table.columns) != len(previous.columns):
        return False
    return not title_kind(table) and printed_right_after(filing, previous, table)


def printed_right_after(filing: Filing, previous: Table, table: Table) -> bool:
    """Nothing but blank lines, page marks and short lines between two tables."""
    if previous.document != table.document or not 0 < table.first_line - previous.last_line <= MAX_CONTINUATION_GAP:
        return False
    between = (filing.line_text(n).strip() for n in range(previous.last_line + 1, table.first_line))
    return all(len(text) <= 40 for text in between)


def continues_table(filing: Filing, previous: Table, table: Table) -> bool:
    """An untitled table printed right after a statement (nothing but blank lines,
    page marks and short lines between) whose rows repeat the statement's: its
    other half (an equity statement printed as two tables side by side)."""
    if table.title or title_kind(table) or not printed_right_after(filing, previous, table):
        return False
    labels = {row.label.lower() for row in previous.data_rows if row.label}
    own = [row.label.lower() for row in table.data_rows if row.label]
    return bool(own) and sum(label in labels for label in own) >= MIN_SHARED_LABELS * len(own)


def not_a_statement(table: Table, kind, part: Part | None) -> str | None:
    if kind == "other":
        return ("not a financial statement: neither its title nor its lines name a balance sheet, "
                "income statement, cash flow or equity statement")  # fmt: skip
    if not table.columns or not table.data_rows:
        return "no rows of amounts"
    if sum(1 for row in table.data_rows if any(c.isalpha() for c in row.label)) < MIN_NAMED_ROWS:
        return "fewer than two rows name what they hold (a chart's figures, a single total): not a statement"
    if schedule_reason(table):
        return schedule_reason(table)
    if title_kind(table) is None and mixes_kinds(table, kind):
        return "a summary of several statements' lines (financial highlights), not a statement"
    # A title naming a statement outweighs MD&A or selected data: an annual report
    # (EX-13) prints its statements right after them, with no heading in between. Not
    # the notes: they follow the statements, and statements there are a part's.
    if part == "notes" and title_kind(table):
        return NOTES_STATEMENT_REASON
    if part in PART_REASONS and title_kind(table) is None:
        return PART_REASONS[part]
    return None


def table_to_statement(
    table: Table, kind, fiscal: FiscalCalendar | None = None, year: int | None = None, block: range | None = None,
    moves: dict[int, int] | None = None,
) -> Statement:
    """The statement of a table, or of the rows `block` of it, whose columns are the
    quarters of fiscal `year`. An equity statement's rows printed a column off are
    moved where its arithmetic puts them and the statement read again (`moves`: table
    row index -> columns moved by)."""
    rows = list(table.rows)
    block = block or range(len(rows))
    components = kind == "equity" and columns_are_components(table)
    columns = equity_columns(table) if components else statement_columns(table, kind, fiscal, year)
    formulas = column_formulas(columns, rows)
    columns = combined_businesses(columns, formulas)
    signs = column_signs(columns, formulas)
    sectors = column_sectors(columns)
    columns = tuple(
        replace(c, sign=signs.get(c.index, 1), weights=formulas.get(c.index, ()), sector=sectors.get(c.index))
        for c in columns
    )
    columns = mark_repeated_columns(columns)
    scales = line_scales(table.rows)
    totals = line_totals(rows, [c.index for c in columns])
    periods = row_periods(table) if components else {}
    if components:
        totals = same_period_totals(totals, periods)
    blocks = company_totals_out(line_blocks(kind, table.rows), totals)
    sections = sections_closed_by_totals(table.rows, line_sections(kind, table.rows, blocks), totals)
    sections = items_take_total_section(sections, totals)
    classes = line_stock_classes(kind, table.rows, sections, blocks)
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
        start, end, balance = periods.get(index, (None, None, False))
        lines.append(StatementLine(row, sections.get(index), bool(children), children, failing, scales.get(index),
                                   heading, start, end, balance, blocks.get(index), (moves or {}).get(index, 0),
                                   classes.get(index)))  # fmt: skip
    statement = Statement(table, kind, " / ".join(table.title), table_scale(table), columns, tuple(lines), components)
    if components and moves is None and (found := realignments(statement)):
        return table_to_statement(realigned_table(table, found), kind, fiscal, year, block, found)
    if components:  # a closing balance is the opening one plus the changes between them
        failures = rollforward_failures(statement)
        lines = [replace(line, unbalanced_columns=failures.get(i, ())) for i, line in enumerate(statement.lines)]
        statement = replace(statement, lines=tuple(lines))
    return statement


def mark_repeated_columns(columns: tuple[StatementColumn, ...]) -> tuple[StatementColumn, ...]:
    """A column with the period, role, member and sector of one before it: two column
    groups xbrlify cannot tell apart ("Global Financing" and "IBM with Global Financing
    on an Equity Basis", each by year). Their facts would be contradictory duplicates;
    the later column's cells are skipped with the reason instead."""
    seen: dict[tuple, int] = {}
    marked = []
    for column in columns:
        key = (column.end, column.start, column.role, column.member, column.dimension, column.sector, column.shares)
        repeats = seen.get(key) if column.end is not None else None
        seen.setdefault(key, column.index)
        marked.append(replace(column, repeats=repeats) if repeats is not None else column)
    return tuple(marked)


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
