"""Stage "facts": statement lines with their concepts -> facts in contexts and units.

A fact's value is the amount in its concept's own sense (DESIGN.md, "Signs"): the
print, times the column's sign (a column printed negated), and for a line whose
concept is a magnitude (an allowance, accumulated depreciation, a cost printed in
parentheses) its absolute value; a line whose print is its effect on a total of
another balance type is turned (signs.py). Every numeric cell becomes a fact or a skip with
its reason, so that cells read = facts + skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from xbrlify.periods import is_opening_label
from xbrlify.model import (
    Cell,
    ConceptChoice,
    Context,
    Dimension,
    Fact,
    SkippedCell,
    Statement,
    StatementColumn,
    StatementLine,
    UnitKind,
)

SCENARIO_AXIS = "StatementScenarioAxis"
DISPOSAL_AXIS = "IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis"
ACQUISITION_AXIS = "BusinessAcquisitionAxis"
SEGMENT_AXIS = "StatementBusinessSegmentsAxis"  # the sector blocks and columns of a statement
LEGAL_ENTITY_AXIS = "LegalEntityAxis"  # another company's statements (statements/entities.py)
ROLE_MEMBERS = {"pro_forma": "ProFormaMember", "adjustments": "ScenarioAdjustmentMember"}
UNITS_BY_TYPE: dict[str, UnitKind] = {
    "xbrli:monetaryItemType": "USD",
    "xbrlify:perShareItemType": "USD_per_share",
    "xbrli:sharesItemType": "shares",
    "xbrli:pureItemType": "pure",
}

# The balance the period's result is added to: printed beside "Current net loss", it
# is the balance at the start of the year (see shows_period_result).
ROLLED_BY_RESULT = frozenset({"RetainedEarningsAccumulatedDeficit"})

# (period type, item type) of a chosen concept: the base taxonomy's, or an extension's
ConceptTyping = Callable[[ConceptChoice, StatementLine], tuple[str, str]]


def statement_facts(
    statement: Statement,
    choices: dict[int, ConceptChoice],
    typing: ConceptTyping,
    line_skips: dict[int, str],
    year_to_date: dict[date, date],
    shows_period_result: bool = False,
    signs: dict[int, int] | None = None,
    share_choices: dict[int, ConceptChoice] | None = None,
) -> tuple[list[Fact], list[SkippedCell]]:
    """Facts of a statement's lines; `choices` maps a line index to its concept,
    `line_skips` says why a line's cells are no facts (a check row), and
    `year_to_date` gives, for a date, the start of the longest period the filing's
    income statements end there (for results printed in a balance sheet), and
    `shows_period_result` says a balance sheet prints the period's result ("Current
    Net Loss") beside retained earnings, which are then those at the start of the year;
    `signs` holds -1 for lines whose concept means the negation of the print (signs.py);
    `share_choices` are the concepts of lines in the shares columns of an equity statement."""
    facts: list[Fact] = []
    skipped: list[SkippedCell] = []
    rolled = shows_period_result
    for index, line in enumerate(statement.lines):
        for cell in line.row.cells:
            column = statement.columns[cell.column]
            choice = (share_choices or {}).get(index) if column.shares else choices.get(index)
            reason = line_skips.get(index) or skip_reason(statement, line, cell, choice)
            context = None
            if reason is None:
                period_type, item_type = typing(choice, line)
                if statement.rows_are_periods:
                    context, reason = row_context(line, column, period_type, entity_dimensions(statement))
                else:
                    opening = is_opening(statement, line, choice, rolled)
                    context, reason = fact_context(statement, column, period_type, opening, year_to_date, line.sector,
                                                   line.stock_class)  # fmt: skip
            if reason:
                skipped.append(SkippedCell(cell, reason))
                continue
            facts.append(
                Fact(
                    concept=choice,
                    context=context,
                    unit=UNITS_BY_TYPE.get(item_type),
                    decimals=cell.amount.places - scale_for(statement, line, item_type, column),
                    value=fact_value(cell, column, choice, scale_for(statement, line, item_type, column))
                    * (signs or {}).get(index, 1),
                    source=cell.span,
                    line=index,
                    printed_value=cell.amount.value * column.sign,
                )
            )
    return facts, skipped


def is_opening(statement: Statement, line: StatementLine, choice: ConceptChoice, rolled: bool) -> bool:
    if statement.kind == "balance_sheet":
        return rolled and choice.name in ROLLED_BY_RESULT
    return is_opening_label(line.row.label)


def fact_context(
    statement: Statement,
    column: StatementColumn,
    period_type: str,
    opening: bool,
    year_to_date: dict[date, date],
    sector: str | None = None,
    stock_class: Dimension | None = None,
) -> tuple[Context | None, str | None]:
    """The fact's context, or why it has none. An opening balance is an instant at the
    end of the day before its period starts (DESIGN.md). A line of a sector block, or
    a sector's column, is that sector's: a member of the business segments axis; a
    line of one class of stock has its member of the class-of-stock axis."""
    dimensions = column_dimensions(column) + sector_dimensions(sector or column.sector) + entity_dimensions(statement)
    dimensions += (stock_class,) if stock_class else ()
    start = column.start
    if statement.kind == "balance_sheet" and (period_type == "duration" or opening):
        start = year_to_date.get(column.end)
        if start is None:
            return None, "no income statement of the filing gives the period this balance sheet line belongs to"
    if period_type == "duration":
        return Context(end=column.end, start=start, dimensions=dimensions), None
    if opening:
        return Context(end=start - timedelta(days=1), dimensions=dimensions), None
    return Context(end=column.end, dimensions=dimensions), None


def row_context(
    line: StatementLine, column: StatementColumn, period_type: str, entity: tuple[Dimension, ...] = ()
) -> tuple[Context | None, str | None]:
    """An equity statement's fact: the row's period, the column's component (and the
    company's member, for another company's statement)."""
    if line.end is None:
        return None, "row has no period: no balance with a date before and after it"
    if (period_type == "instant") != line.balance:
        row = "a balance" if line.balance else "a change over a period"
        return None, f"the line's concept is a{'n' if period_type == 'instant' else ''} {period_type} but the row is {row}"
    return Context(end=line.end, start=line.start, dimensions=column_dimensions(column) + entity), None


def skip_reason(statement: Statement, line: StatementLine, cell: Cell, choice: ConceptChoice | None) -> str | None:
    if cell.amount is None:
        return f'"{cell.raw.strip()}" stands for no number'
    column = statement.columns[cell.column]
    if choice is None and column.shares:
        return "shares column of a line that changes no count of shares (no share concept for it)"
    if choice is None:
        return "line not mapped to a concept"
    if statement.rows_are_periods:
        return None  # rows carry the periods
    if column.repeats is not None:
        return f"column repeats the period of column {column.repeats + 1} and nothing tells them apart"
    if column.end is None:
        return "column has no date"
    if statement.kind != "balance_sheet" and column.start is None:
        return "column's period length is not printed"
    return None


def scale_for(statement: Statement, line: StatementLine, item_type: str, column: StatementColumn) -> int:
    """The column's own scale ("Shares (in thousands)"), else the line's, else the
    statement's; per-share amounts and ratios are printed as they are ("except per share")."""
    if item_type not in ("xbrli:monetaryItemType", "xbrli:sharesItemType"):
        return 0
    if column.scale is not None:
        return column.scale
    return line.scale if line.scale is not None else statement.scale


def fact_value(cell: Cell, column: StatementColumn, choice: ConceptChoice, scale: int) -> Decimal:
    value = cell.amount.value * column.sign
    if choice.sign == "magnitude":
        value = abs(value)
    elif choice.sign == "loss":
        value = -abs(value)
    return value.scaleb(scale)


def column_dimensions(column: StatementColumn) -> tuple[Dimension, ...]:
    if column.dimension is not None:
        return (column.dimension,) + ((column.stock_class,) if column.stock_class else ())
    if column.role in ROLE_MEMBERS:
        return (Dimension(SCENARIO_AXIS, ROLE_MEMBERS[column.role]),)
    if column.role == "subtotal":
        return (Dimension(SCENARIO_AXIS, member_name(column.heading or "Subtotal"), True),)
    if column.role in ("business_sold", "business_acquired"):
        axis = DISPOSAL_AXIS if column.role == "business_sold" else ACQUISITION_AXIS
        name = column.member or column.heading
        return (Dimension(axis, member_name(name.title() if name.isupper() else name), True),)  # "JUNGLEE" -> JungleeMember
    return ()


def entity_dimensions(statement: Statement) -> tuple[Dimension, ...]:
    """Another company's statement: its member of the legal entity axis."""
    return (Dimension(LEGAL_ENTITY_AXIS, member_name(statement.entity), True),) if statement.entity else ()


def sector_dimensions(sector: str | None) -> tuple[Dimension, ...]:
    return (Dimension(SEGMENT_AXIS, member_name(sector), True),) if sector else ()


def member_name(text: str) -> str:
    """"Clifton Telecard" -> "CliftonTelecardMember"; "Sub-Totals" -> "SubTotalsMember"."""
    return camel_name(text) + "Member"


def camel_name(text: str) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    name = "".join(word[:1].upper() + word[1:] for word in words) or "Unnamed"
    return name if name[0].isalpha() else "N" + name
