"""Plain-text layout of tables for `xbrlify inspect`, to set beside the filing."""

from __future__ import annotations

from xbrlify.model import Filing, Row, Table

LABEL_WIDTH = 48
MIN_CELL_WIDTH = 8


def format_tables(filing: Filing, tables: list[Table]) -> str:
    parts = [f"{filing.path}: {len(tables)} table(s), read as {filing.encoding}"]
    parts.extend(format_table(filing, table) for table in tables)
    return "\n\n".join(parts) + "\n"


def format_table(filing: Filing, table: Table) -> str:
    document = filing.documents[table.document]
    where = f"document {document.index + 1}" + (f" ({document.type})" if document.type else "")
    found = "<TABLE>" if table.tagged else "untagged, found by alignment"
    lines = [f"Table {table.index + 1}  lines {table.first_line}-{table.last_line}  {found}  {where}"]
    if table.title:
        lines.append("  title: " + " / ".join(table.title))
    if table.units:
        lines.append(f"  units: {table.units}")
    for column in table.columns:
        heading = " | ".join(column.heading) or "(no heading)"
        lines.append(f"  column {column.index + 1} (chars {column.start_col + 1}-{column.end_col}): {heading}")
    widths = cell_widths(table)
    lines.extend(format_row(row, widths) for row in table.rows)
    return "\n".join(lines)


def cell_widths(table: Table) -> list[int]:
    widths = [max(MIN_CELL_WIDTH, len(str(c.index + 1))) for c in table.columns]
    for cell in table.cells:
        widths[cell.column] = max(widths[cell.column], len(cell.raw.strip()))
    return widths


def format_row(row: Row, widths: list[int]) -> str:
    number = f"{row.lines[0]:>6}"
    if row.kind == "rule":
        mark = "=" if row.rule_style == "double" else "-"
        rules = [(mark * w if i in row.rule_columns else " " * w) for i, w in enumerate(widths)]
        return f"{number}  {'':<{LABEL_WIDTH}}  " + "  ".join(rules)
    label = (" " * min(row.indent, 8) + row.label)[:LABEL_WIDTH]
    if row.kind == "heading":
        return f"{number}  {label}"
    cells = []
    for index, width in enumerate(widths):
        cell = row.cell(index)
        cells.append(f"{cell.raw.strip() if cell else '':>{width}}")
    return f"{number}  {label:<{LABEL_WIDTH}}  " + "  ".join(cells)
