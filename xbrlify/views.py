"""What `xbrlify inspect --json` prints: pydantic models of the tables as read.

Amounts are strings holding the exact Decimal ("-2105145.00"), never floats.
Lines are 1-based line numbers of the file; columns are 0-based character
positions in the line with tabs expanded (see xbrlify.model).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from xbrlify.diagnostics import Diagnostic
from xbrlify.model import Cell, Column, Document, Filing, Row, SecHeader, Table


class View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CellView(View):
    column: int = Field(description="0-based column index within the table")
    raw: str = Field(description="the text as printed")
    value: str | None = Field(description="exact value as a decimal string; null for symbols such as '*' or 'NM'")
    line: int
    start_col: int
    end_col: int
    dash: bool = Field(description="printed as a dash, read as zero")
    parenthesized: bool
    currency: bool
    percent: bool


class RowView(View):
    kind: Literal["data", "heading", "rule"]
    label: str
    indent: int
    lines: list[int]
    cells: list[CellView] = []
    rule_style: Literal["single", "double"] | None = None
    rule_columns: list[int] = []


class ColumnView(View):
    index: int
    start_col: int
    end_col: int
    heading: list[str]


class TableView(View):
    index: int
    document: int
    first_line: int
    last_line: int
    tagged: bool = Field(description="inside <TABLE> tags; false when found by the alignment of its numbers")
    title: list[str]
    units: str | None
    columns: list[ColumnView]
    rows: list[RowView]


class DocumentView(View):
    index: int
    type: str | None
    sequence: str | None
    filename: str | None
    description: str | None
    first_line: int
    last_line: int


class DiagnosticView(View):
    code: str
    name: str
    severity: str
    message: str
    location: str | None


class InspectReport(View):
    """Everything `inspect` found in one filing."""

    file: str
    encoding: str
    sec_header: dict[str, str] | None = Field(description="the <SEC-HEADER> fields as printed, if any")
    documents: list[DocumentView]
    tables: list[TableView]
    diagnostics: list[DiagnosticView]


def cell_view(cell: Cell) -> CellView:
    amount = cell.amount
    return CellView(
        column=cell.column,
        raw=cell.raw,
        value=str(amount.value) if amount else None,
        line=cell.span.line,
        start_col=cell.span.start_col,
        end_col=cell.span.end_col,
        dash=bool(amount and amount.dash),
        parenthesized=bool(amount and amount.parenthesized),
        currency=bool(amount and amount.currency),
        percent=bool(amount and amount.percent),
    )


def row_view(row: Row) -> RowView:
    return RowView(
        kind=row.kind,
        label=row.label,
        indent=row.indent,
        lines=list(row.lines),
        cells=[cell_view(c) for c in row.cells],
        rule_style=row.rule_style,
        rule_columns=list(row.rule_columns),
    )


def column_view(column: Column) -> ColumnView:
    return ColumnView(index=column.index, start_col=column.start_col, end_col=column.end_col, heading=list(column.heading))


def table_view(table: Table) -> TableView:
    return TableView(
        index=table.index,
        document=table.document,
        first_line=table.first_line,
        last_line=table.last_line,
        tagged=table.tagged,
        title=list(table.title),
        units=table.units,
        columns=[column_view(c) for c in table.columns],
        rows=[row_view(r) for r in table.rows],
    )


def document_view(document: Document) -> DocumentView:
    return DocumentView(**{k: getattr(document, k) for k in DocumentView.model_fields})


def header_fields(header: SecHeader | None) -> dict[str, str] | None:
    return dict(header.fields) if header else None


def diagnostic_view(diagnostic: Diagnostic) -> DiagnosticView:
    return DiagnosticView(
        code=diagnostic.code,
        name=diagnostic.name,
        severity=diagnostic.severity.value,
        message=diagnostic.message,
        location=str(diagnostic.span) if diagnostic.span else None,
    )


def inspect_report(filing: Filing, tables: list[Table], diagnostics: list[Diagnostic]) -> InspectReport:
    return InspectReport(
        file=filing.path,
        encoding=filing.encoding,
        sec_header=header_fields(filing.header),
        documents=[document_view(d) for d in filing.documents],
        tables=[table_view(t) for t in tables],
        diagnostics=[diagnostic_view(d) for d in diagnostics],
    )
