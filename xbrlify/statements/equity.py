"""Statements of stockholders' equity: their columns are components of equity, their
rows balances and changes over periods.

Columns: the heading names a component ("Retained Earnings", "Other Comprehensive
Income / Foreign Currency Translation" under a spanning group heading) or a total;
"Shares" beside "Amount" splits a component into a count of shares (scaled by its own
caption, "(in thousands)") and its dollar amount. Members of
`StatementEquityComponentsAxis` are chosen from these names by the rules in
mappings/equity.toml (`assign_members`); a total column has none (the axis default).

Rows: a "Balance" row is an instant, its date printed in the label ("Balance as of
September 30, 1994") or taken from the block heading above it ("YEAR ENDED DECEMBER
31, 1999" / "Balance at beginning of year"); the rows between two balances are
changes over the days after the first up to the second.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from xbrlify.facts import member_name
from xbrlify.model import Dimension, Row, Statement, StatementColumn, Table
from xbrlify.periods import Period, day_before, duration_ending, find_dates, find_length, find_spans, is_opening_label
from xbrlify.rules import RuleSet, find_member, normalise_label
from xbrlify.statements.stock_classes import PLAIN_MEMBER, class_member

EQUITY_AXIS = "StatementEquityComponentsAxis"

# A heading line that says what a column measures, not which component it is
COMMON_SHARES_RE = re.compile(r"^(?:number\s+of\s+)?(?:common\s+)?(?:shares\s+)?(?:outstanding|issued)?\s*$", re.I)
SHARES_LINE_RE = re.compile(r"^(?:number\s+of\s+)?shares(?:\s+(?:issued|outstanding))?$", re.I)
AMOUNT_LINE_RE = re.compile(r"^(?:amounts?|par\s+value|\$)$", re.I)
SCALE_LINE_RE = re.compile(r"^\(\s*in\s+(?P<unit>thousands|millions|billions)\s*\)$", re.I)
SCALES = {"thousands": 3, "millions": 6, "billions": 9}
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
TOTAL_RE = re.compile(r"^total\b", re.I)
# A balance row (normalised label): "Balance at beginning of year", "Balances, December 31,
# 2000", or equity itself named with its date or end of period: "Stockholders' equity,
# January 1, 1995", "Total shareholders' equity at end of year"
BALANCE_RE = re.compile(
    r"""^(?:
        (?:beginning\ |ending\ |opening\ |closing\ )?balances?\b(?!\ sheet)      # "Balance(s) ..."
      | (?:total\ )?(?:stock|share)\ ?(?:holders|owners)\ equity                  # "Stockholders' equity"
        (?:\ balance)?(?:\ at|\ as\ of)?(?:\ the)?\ (?:beginning|end|close|january|february
        |march|april|may|june|july|august|september|october|november|december)\b  # ", January 1, 1995"
    )""",
    re.VERBOSE,
)


# ---------------------------------------------------------------- columns


def columns_are_components(table: Table) -> bool:
    """Columns headed by components, not by years: an equity statement printed with a
    column per year ("1998 1997 1996") is read like any other statement."""
    return not any(YEAR_RE.search(" ".join(column.heading)) for column in table.columns)


def equity_columns(table: Table) -> tuple[StatementColumn, ...]:
    """Each column's component (as printed, in `member`), whether it counts shares,
    and its own scale; periods stay None (rows carry them)."""
    columns = []
    for column in table.columns:
        component = component_words(column.heading)
        if TOTAL_RE.search(component):
            component = ""  # the total of the components: the axis default
        shares = any(SHARES_LINE_RE.match(line.strip()) for line in column.heading)
        if shares and COMMON_SHARES_RE.match(component):
            component = ""  # "Number of Common Shares Outstanding": the company's shares, no component
        scale = next((SCALES[m["unit"].lower()] for line in column.heading if (m := SCALE_LINE_RE.match(line.strip()))), None)
        heading = " ".join(column.heading)
        columns.append(StatementColumn(column.index, "reported", heading, None, None, component or None,
                                       shares=shares, scale=scale))  # fmt: skip
    return tuple(pair_components(columns))


def split_heading(table: Table, index: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(group lines, own lines): the leading heading lines a neighbouring column shares
    are a spanning group heading ("Other Comprehensive Income" over three columns)."""
    heading = table.columns[index].heading
    shared = 0
    for other in (index - 1, index + 1):
        if 0 <= other < len(table.columns):
            neighbour = table.columns[other].heading
            count = 0
            while count < min(len(heading), len(neighbour)) - 1 and heading[count] == neighbour[count]:
                count += 1
            shared = max(shared, count)
    return heading[:shared], heading[shared:]


def component_words(lines: tuple[str, ...]) -> str:
    """The component a heading names, less its measure lines ("Shares", "Amount"); a
    line that ends a name cut short ("Capital In / Excess of / Par Value") is the name's."""
    kept = [line.strip() for index, line in enumerate(lines)
            if not is_measure_line(line) or (index and lines[index - 1].strip().lower().endswith(" of"))]  # fmt: skip
    return " ".join(kept)


def is_measure_line(line: str) -> bool:
    text = line.strip()
    return bool(SHARES_LINE_RE.match(text) or AMOUNT_LINE_RE.match(text) or SCALE_LINE_RE.match(text))


def pair_components(columns: list[StatementColumn]) -> list[StatementColumn]:
    """A column headed by a measure alone ("Amount") is the other half of the pair
    whose spanning heading was printed over its neighbour ("Preferred Stock / Shares")."""
    paired = list(columns)
    for index, column in enumerate(columns):
        if column.member or TOTAL_RE.search(normalise_label(column.heading).text):
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(columns) and columns[other].member and columns[other].shares != column.shares:
                paired[index] = replace(column, member=columns[other].member)
                break
    return paired


def is_total(column: StatementColumn) -> bool:
    return column.member is None and bool(TOTAL_RE.search(normalise_label(column.heading).text))


def assign_members(statements: list[Statement], rules: RuleSet) -> list[Statement]:
    """Equity statements' columns with their members: a rule's, else an extension member
    named from the heading; a total column has none (the axis default)."""
    assigned = []
    for statement in statements:
        if statement.rows_are_periods:
            columns = tuple(replace(c, dimension=column_member(statement.table, c, rules)) for c in statement.columns)
            statement = replace(statement, columns=column_stock_classes(columns))
        assigned.append(statement)
    return assigned


def column_member(table: Table, column: StatementColumn, rules: RuleSet) -> Dimension | None:
    """The rule's member for the whole heading ("Capital in Excess of Par Value"), else
    for the column's own words under a spanning group heading ("Other Comprehensive
    Income / Foreign Currency Translation"), else an extension member named from it."""
    if not column.member:  # the total, else a column with no heading (a member of its own, not the total)
        return None if is_total(column) else Dimension(EQUITY_AXIS, f"Column{column.index + 1}Member", True)
    _, own = split_heading(table, column.index)
    for words in (column.member, component_words(own)):
        rule = find_member(rules, words) if words else None
        if rule is not None:
            return Dimension(EQUITY_AXIS, rule.member)
    words = column.member.title() if column.member.isupper() else column.member  # "OTHER" -> "OtherMember"
    return Dimension(EQUITY_AXIS, member_name(words), True)


def column_stock_classes(columns: tuple[StatementColumn, ...]) -> tuple[StatementColumn, ...]:
    """Columns of common stock of two or more classes, one naming its class ("Class A
    Common Stock", "Class B Common Stock"), are one component told apart by the
    class-of-stock axis as well (statements/stock_classes.py)."""
    common = {c.index: class_member(c.member) for c in columns
              if c.dimension is not None and c.dimension.member == PLAIN_MEMBER and c.member}  # fmt: skip
    found = {i: m for i, m in common.items() if m is not None}
    names = {m.member for m in found.values()}
    if len(names) < 2 or names == {PLAIN_MEMBER}:
        return columns
    return tuple(replace(c, stock_class=found[c.index]) if c.index in found else c for c in columns)


# ---------------------------------------------------------------- rows


INCEPTION_RE = re.compile(r"\binception\b", re.I)


def row_periods(table: Table) -> dict[int, tuple[date | None, date, bool]]:
    """For each data row (by index) that has one: (start, end, balance?). A balance
    is an instant (start None); a change runs from the day after the balance before
    it to the balance after it."""
    instants = balance_instants(table)
    periods: dict[int, tuple[date | None, date, bool]] = {}
    # before the first balance, a company's first period starts at its inception:
    # "period from June 3, 1996 (inception) to December 31, 1996" in the title
    previous: date | None = inception_eve(" ".join(table.title))
    pending: list[int] = []
    for index, row in enumerate(table.rows):
        if index in instants:
            end = instants[index]
            if previous is not None and previous < end:
                periods.update({p: (previous + timedelta(days=1), end, False) for p in pending})
            periods[index] = (None, end, True)
            previous, pending = end, []
        elif row.kind == "data":
            pending.append(index)
    return periods


def inception_eve(title: str) -> date | None:
    """The day before the company began, when the title gives a period from inception."""
    if not INCEPTION_RE.search(title):
        return None
    spans = find_spans(title)
    return spans[0].start - timedelta(days=1) if spans else None


def balance_instants(table: Table) -> dict[int, date]:
    """The date of each balance row: printed in its label, else the start (the day
    before) or end of the period of the block heading above it, else of the title
    when it names one period only."""
    title = " ".join(table.title)
    block = single_period(title)
    found = {}
    for index, row in enumerate(table.rows):
        if row.kind == "heading":
            block = single_period(row.label) or block
            continue
        if row.kind != "data" or not BALANCE_RE.search(normalise_label(row.label).text):
            continue
        dates = find_dates(row.label)
        if dates:
            # "January 1, 1995" opens the year: the close of December 31 (as "at January 1" does)
            found[index] = day_before(dates[0]) if (dates[0].month, dates[0].day) == (1, 1) else dates[0]
        elif block is not None:
            found[index] = block.start - timedelta(days=1) if is_opening_label(row.label) else block.end
    return found


def single_period(text: str) -> Period | None:
    """"YEAR ENDED DECEMBER 31, 1999": a period of a length ending on the one date named."""
    dates, length = find_dates(text), find_length(text)
    if len(dates) != 1 or length is None or re.search(r"\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b", text):
        return None
    return duration_ending(dates[0], length)


# ---------------------------------------------------------------- the statement's arithmetic


def printed(row: Row, column: int) -> Decimal:
    cell = row.cell(column)
    return cell.value if cell is not None and cell.value is not None else Decimal(0)


def rollforward_failures(statement: Statement) -> dict[int, tuple[int, ...]]:
    """For each balance line (by line index), the columns where the balance before it
    plus the changes between them does not make it."""
    failures: dict[int, tuple[int, ...]] = {}
    opening, changes = None, []
    for index, line in enumerate(statement.lines):
        if not line.balance:
            if not line.total:  # "Comprehensive income" repeats its items
                changes.append(line)
            continue
        if opening is not None and changes:
            failing = tuple(
                c.index for c in statement.columns
                if printed(opening.row, c.index) + sum(printed(l.row, c.index) for l in changes) != printed(line.row, c.index)
            )  # fmt: skip
            if failing:
                failures[index] = failing
        opening, changes = line, []
    return failures


def component_failures(statement: Statement) -> list[tuple[int, Decimal, Decimal]]:
    """Lines whose component amounts do not add up to the Total column: (line index,
    sum of the components, printed total). Share counts are not amounts."""
    totals = [c.index for c in statement.columns if is_total(c) and not c.shares]
    parts = [c.index for c in statement.columns if not is_total(c) and not c.shares]  # members or not yet
    if len(totals) != 1 or not parts:
        return []
    failures = []
    for index, line in enumerate(statement.lines):
        if not any(line.row.cell(c) for c in parts):
            continue  # a total-only line ("Comprehensive income")
        made = sum((printed(line.row, c) for c in parts), Decimal(0))
        if made != printed(line.row, totals[0]):
            failures.append((index, made, printed(line.row, totals[0])))
    return failures
