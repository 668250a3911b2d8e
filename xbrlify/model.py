"""Frozen records passed between pipeline stages.

Columns in a `SourceSpan` count characters of the *normalised* line (tabs expanded to
8-column stops, an EDGAR dash escape "- -" removed); line numbers are those of the file.
`Filing.line_text(n)` gives the normalised text of line n, so `span.text_in(filing)`
returns exactly the characters a value was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple


class SourceSpan(NamedTuple):
    """Where a value was read: file, 1-based line, 0-based [start_col, end_col).

    Spans and cells are NamedTuples, not frozen dataclasses: a filing makes thousands
    and these are the cheapest immutable records Python has."""

    path: str
    line: int
    start_col: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.start_col + 1}"


@dataclass(frozen=True)
class Amount:
    """A printed number as read: its value and how it was printed."""

    value: Decimal
    places: int  # digits after the decimal point as printed ("1,234.00" -> 2)
    parenthesized: bool = False  # "(1,234)" or "(1,234" with the closing mark lost
    currency: bool = False  # a "$" was printed with it
    percent: bool = False
    dash: bool = False  # "-", "--", an em dash: printed for zero


class Cell(NamedTuple):
    """One non-blank cell of a table row. Blank cells are simply absent."""

    column: int
    raw: str
    span: SourceSpan
    amount: Amount | None  # None for a symbol such as "*" that stands for no number

    @property
    def value(self) -> Decimal | None:
        return self.amount.value if self.amount else None


RowKind = Literal["data", "heading", "rule"]
RuleStyle = Literal["single", "double"]


class Row(NamedTuple):
    """A logical row: a label (joined across wrapped lines) and its cells.

    kind "data" has cells; "heading" is a label alone (a section title such as
    "Current assets:"); "rule" is an underline row (----, ====, ____) whose
    `rule_columns` say which columns it underlines. (A NamedTuple like Cell: one per
    table line; stages that map rows keep them apart by identity, not by value.)
    """

    kind: RowKind
    label: str
    indent: int
    lines: tuple[int, ...]
    cells: tuple[Cell, ...] = ()
    label_span: SourceSpan | None = None
    rule_style: RuleStyle | None = None
    rule_columns: tuple[int, ...] = ()

    def cell(self, column: int) -> Cell | None:
        for cell in self.cells:
            if cell.column == column:
                return cell
        return None


@dataclass(frozen=True)
class Column:
    """A column of numbers: its character extent and the heading printed above it."""

    index: int
    start_col: int
    end_col: int
    heading: tuple[str, ...] = ()  # heading lines top to bottom, spanning ones included


@dataclass(frozen=True)
class Table:
    """A table of a filing, as printed."""

    index: int
    document: int  # index into Filing.documents
    first_line: int
    last_line: int
    tagged: bool  # inside <TABLE> ... </TABLE>; False when found by its alignment
    title: tuple[str, ...]
    units: str | None  # the units caption as printed, e.g. "(In thousands)"
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    header_lines: tuple[int, ...] = ()

    @property
    def data_rows(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.kind == "data")

    @property
    def cells(self) -> tuple[Cell, ...]:
        return tuple(cell for row in self.rows for cell in row.cells)


@dataclass(frozen=True)
class SecHeader:
    """Fields of an EDGAR <SEC-HEADER>, as printed (dates as YYYYMMDD strings)."""

    accession_number: str | None = None
    submission_type: str | None = None
    period_of_report: str | None = None
    filed_as_of_date: str | None = None
    company_name: str | None = None
    cik: str | None = None
    irs_number: str | None = None
    state_of_incorporation: str | None = None
    fiscal_year_end: str | None = None
    business_address: tuple[tuple[str, str], ...] = ()
    mail_address: tuple[tuple[str, str], ...] = ()
    fields: tuple[tuple[str, str], ...] = ()  # every "KEY: value" line, in order
    first_line: int = 0
    last_line: int = 0


@dataclass(frozen=True)
class Document:
    """One <DOCUMENT> of a submission (or the whole file when it has no envelope).

    `first_line`..`last_line` is the document's text (inside <TEXT> when present).
    """

    index: int
    type: str | None
    sequence: str | None
    filename: str | None
    description: str | None
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Filing:
    """A filing read from disk: normalised lines plus its EDGAR envelope."""

    path: str
    encoding: str
    lines: tuple[str, ...]  # normalised text; lines[0] is line 1
    header: SecHeader | None
    documents: tuple[Document, ...]
    pem_wrapped: bool = False
    page_lines: frozenset[int] = field(default_factory=frozenset)  # lines holding <PAGE>
    marked_lines: tuple[int, ...] = ()  # lines holding a "<" (where tags can be), in order

    def line_text(self, number: int) -> str:
        return self.lines[number - 1]

    def span_text(self, span: SourceSpan) -> str:
        return self.line_text(span.line)[span.start_col : span.end_col]


@dataclass(frozen=True)
class Dimension:
    axis: str  # local name of a base-taxonomy axis
    member: str  # local name of a member (base or extension)
    member_is_extension: bool = False


StatementKind = Literal["balance_sheet", "income_statement", "cash_flow", "equity", "other"]
ColumnRole = Literal["reported", "business_sold", "business_acquired", "subtotal", "adjustments", "pro_forma"]


@dataclass(frozen=True)
class StatementColumn:
    """What a table column means: its role, its period, and how its print relates to
    its own amounts (`sign` -1: a "(Less)" column printed negated, see DESIGN.md)."""

    index: int
    role: ColumnRole
    heading: str
    end: date | None  # the instant, or the last day of the duration
    start: date | None  # None for instants (and for columns of balance sheets)
    member: str | None = None  # the business sold or acquired, or the equity component, as named in the heading
    sign: int = 1
    weights: tuple[tuple[int, int], ...] = ()  # derived columns: (column, weight) it sums
    dimension: Dimension | None = None  # an equity statement's component (StatementEquityComponentsAxis)
    shares: bool = False  # the column counts shares ("Shares" beside "Amount")
    scale: int | None = None  # the column's own scale ("Shares (in thousands)"), else the statement's
    sector: str | None = None  # the business the column's amounts are of ("Financial Services")
    repeats: int | None = None  # an earlier column with the same period and nothing to tell them apart
    stock_class: Dimension | None = None  # an equity statement's column of one class of common stock


@dataclass(frozen=True)
class StatementLine:
    """A data row of a statement with its place in the statement's structure."""

    row: Row
    section: str | None
    total: bool = False
    children: tuple[tuple[int, int], ...] = ()  # (line index, weight) summed by this total
    unbalanced_columns: tuple[int, ...] = ()  # columns where the printed children do not add up
    scale: int | None = None  # the line's own scale ("Shares used ... (in thousands)"), else the statement's
    heading: str = ""  # the section heading printed above the line ("Earnings per common share:")
    # The row's own period where rows are periods (equity statements): a balance is an
    # instant at `end` (start None), a change a duration; end None: no period found.
    start: date | None = None
    end: date | None = None
    balance: bool = False
    sector: str | None = None  # the sector block the line is in ("Automotive"); None: the company's
    realigned: int = 0  # columns its cells were moved by: printed a column off (statements/realign.py)
    stock_class: Dimension | None = None  # the class of stock a common-stock line is of (statements/stock_classes.py)


@dataclass(frozen=True)
class Statement:
    table: Table
    kind: StatementKind
    title: str
    scale: int  # the power of ten the printed amounts are in: 0, 3 (thousands), 6 (millions)
    columns: tuple[StatementColumn, ...]
    lines: tuple[StatementLine, ...]
    rows_are_periods: bool = False  # an equity statement whose columns are components, its rows periods
    entity: str | None = None  # another company's statements (a subsidiary's), its name; None: the filer's


SignMode = Literal["as_printed", "magnitude", "loss"]  # loss: -|print| (signs.result_sign_mode)


@dataclass(frozen=True)
class ConceptChoice:
    """The concept a line maps to: a base concept, or an extension one made from its label."""

    name: str
    extension: bool
    sign: SignMode = "as_printed"
    rule: str | None = None  # the mapping rule's id, for the report


@dataclass(frozen=True)
class Context:
    """Entity, period and dimensions of facts. `start` None: an instant at `end`."""

    end: date
    start: date | None = None
    dimensions: tuple[Dimension, ...] = ()

    @property
    def id(self) -> str:
        period = self.end.strftime("I%Y%m%d") if self.start is None else f"D{self.start:%Y%m%d}_{self.end:%Y%m%d}"
        return "_".join([period, *(d.member for d in self.dimensions)])


UnitKind = Literal["USD", "USD_per_share", "shares", "pure"]


@dataclass(frozen=True)
class Fact:
    concept: ConceptChoice
    context: Context
    unit: UnitKind | None
    decimals: int | None
    value: Decimal
    source: SourceSpan
    line: int  # statement line index, for calculation and presentation
    printed_value: Decimal  # the print times the column's sign, before any magnitude

    @property
    def id(self) -> str:
        return f"f_{self.source.line}_{self.source.start_col + 1}"


@dataclass(frozen=True)
class SkippedCell:
    cell: Cell
    reason: str


@dataclass(frozen=True)
class SkippedTable:
    """A table not converted into a statement, and why: listed in the report, not lost."""

    table: Table
    reason: str
