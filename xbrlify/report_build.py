"""The conversion report (xbrlify.report.ConvertReport) from what the stages produced."""

from __future__ import annotations

from xbrlify.cover import Cover
from xbrlify.narrative import NarrativeFinding
from xbrlify.emit import FilingOutput
from xbrlify.model import ConceptChoice, SkippedCell, SkippedTable, SourceSpan, Statement, StatementColumn, StatementLine
from xbrlify.statements.equity import component_failures
from xbrlify.report import (
    ColumnView,
    ConceptView,
    ConvertReport,
    EntityView,
    FindingView,
    LineView,
    SkippedCellView,
    SkippedTableView,
    StatementView,
)
from xbrlify.validate import ValidationResult


def build_report(found, statements: list[Statement], choices: list[dict[int, ConceptChoice]],
                 tables_skipped: list[SkippedTable], output: FilingOutput, skipped: list[SkippedCell],
                 validation: ValidationResult, dropped: tuple[str, ...], resolutions: list[str],
                 fallback: bool, cover: Cover, told: list[NarrativeFinding],
                 sources: dict[str, SourceSpan]) -> ConvertReport:  # fmt: skip
    findings = [
        FindingView(severity=f.severity, code=f.code, message=f.message, locations=[str(s) for s in f.spans])
        for f in validation.findings
    ]
    findings += [
        FindingView(severity="warning", code="xbrlify:calculationLeftOut", message=text, locations=[])
        for text in dropped
    ]
    findings += [  # what reading the filing and its tables noticed (also printed on stderr)
        FindingView(severity=d.severity.value, code=d.code, message=f"{d.name}: {d.message}",
                    locations=[str(d.span)] if d.span else [])
        for d in found.diagnostics
    ]
    findings += source_findings(statements, found.filing.path)
    findings += period_findings(statements, found.filing.path)
    findings += sign_findings(output)
    findings += [
        FindingView(severity="warning", code=f.code, message=f.message, locations=[str(f.span)] if f.span else [])
        for f in cover.findings
    ]
    findings += [
        FindingView(severity="warning", code=f.code, message=f.message, locations=[str(s) for s in f.spans])
        for f in told
    ]
    return ConvertReport(
        file=found.filing.path,
        instance=f"{output.stem}.xml",
        entity=EntityView(scheme=output.entity_scheme, identifier=output.entity_id, fallback=fallback),
        cover={f.concept: f.value for f in (*cover.facts, *cover.signature)}
        | ({"AccessionNumber": cover.accession_number} if cover.accession_number else {}),
        tables=len(found.tables),
        statements=[statement_view(s, chosen) for s, chosen in zip(statements, choices)],
        tables_skipped=[
            SkippedTableView(table=t.table.index, lines=f"{t.table.first_line}-{t.table.last_line}",
                             title=" / ".join(t.table.title), reason=t.reason)
            for t in tables_skipped
        ],  # fmt: skip
        cells_read=sum(len(t.cells) for t in found.tables),
        facts=len(output.facts),
        contexts=len({f.context.id for f in output.facts}),
        base_concepts_used=len({f.concept.name for f in output.facts if not f.concept.extension}),
        extension_concepts=[ConceptView(name=c.name, label=c.label) for c in output.extension_concepts if not c.abstract],
        cells_skipped=[
            SkippedCellView(location=str(s.cell.span), raw=s.cell.raw.strip(), reason=s.reason)
            for s in sorted(skipped, key=lambda s: (s.cell.span.line, s.cell.span.start_col))
        ],
        resolutions=resolutions,
        findings=findings,
        sources={fact_id: str(span) for fact_id, span in sorted(sources.items())},
        valid=not validation.errors,
    )


def statement_view(statement: Statement, chosen: dict[int, ConceptChoice]) -> StatementView:
    return StatementView(
        kind=statement.kind,
        title=statement.title,
        lines=f"{statement.table.first_line}-{statement.table.last_line}",
        columns=[column_view(c) for c in statement.columns],
        rows=[line_view(line, chosen.get(index)) for index, line in enumerate(statement.lines)],
    )


def line_view(line: StatementLine, choice: ConceptChoice | None) -> LineView:
    return LineView(
        line=line.row.cells[0].span.line if line.row.cells else line.row.lines[-1], label=line.row.label,
        concept=choice.name if choice else None,
        extension=bool(choice and choice.extension), rule=choice.rule if choice else None,
    )  # fmt: skip


def column_view(column: StatementColumn) -> ColumnView:
    if column.end is None:
        period = None
    elif column.start is None:
        period = column.end.isoformat()
    else:
        period = f"{column.start.isoformat()}..{column.end.isoformat()}"
    member = column.dimension.member if column.dimension else column.member
    return ColumnView(column=column.index, role=column.role, heading=column.heading, period=period,
                      member=member, printed_negated=column.sign == -1)  # fmt: skip


def source_findings(statements: list[Statement], path: str) -> list[FindingView]:
    """Totals the printed numbers do not make, with the columns where they fail."""
    findings = []
    for statement in statements:
        for line in statement.lines:
            if line.unbalanced_columns:
                headings = ", ".join(statement.columns[c].heading or str(c + 1) for c in line.unbalanced_columns)
                findings.append(FindingView(
                    severity="warning", code="xbrlify:sourceDoesNotAddUp",
                    message=f"{line.row.label!r} is not the sum of the lines above it in column(s) {headings}",
                    locations=[f"{path}:{n}:1" for n in line.row.lines],
                ))  # fmt: skip
        if statement.rows_are_periods:
            findings += component_findings(statement, path)
        findings += realigned_findings(statement)
    return findings


MAX_LENGTH_DISAGREEMENT = 15  # days: two lengths closer than this are one period printed two ways


def period_findings(statements: list[Statement], path: str) -> list[FindingView]:
    """Statements that give one period end different starts: Kroger's 1994 income
    statement heads its 1992 column "(52 weeks)", its cash flows "(53 Weeks)". Each
    is converted as printed; the reader is told which columns disagree."""
    starts: dict[object, dict[object, list[str]]] = {}
    for statement in statements:
        for column in statement.columns:
            if column.start is not None and column.end is not None:
                where = f"{path}:{statement.table.first_line}:1 ({statement.title.split(' / ')[0][:60]})"
                starts.setdefault(column.end, {}).setdefault(column.start, []).append(where)
    findings = []
    for end, by_start in sorted(starts.items()):
        lengths = sorted((end - start).days for start in by_start)
        # a quarter and a year may end on one day; one period printed two lengths (52 and
        # 53 weeks, a calendar year and 52 weeks) differs by days
        if any(0 < longer - shorter < MAX_LENGTH_DISAGREEMENT for shorter, longer in zip(lengths, lengths[1:])):
            periods = "; ".join(f"from {start} in {', '.join(sorted(set(w)))}" for start, w in sorted(by_start.items()))
            findings.append(FindingView(
                severity="warning", code="xbrlify:periodsDisagree",
                message=f"periods ending {end} start on different days in different statements: {periods}",
                locations=sorted({w.split(" (")[0] for ws in by_start.values() for w in ws}),
            ))  # fmt: skip
    return findings


def realigned_findings(statement: Statement) -> list[FindingView]:
    """Rows read a column over from where they are printed, as the arithmetic showed."""
    findings = []
    for line in statement.lines:
        if line.realigned:
            side = "left" if line.realigned > 0 else "right"
            headings = ", ".join(statement.columns[cell.column].heading or str(cell.column + 1) for cell in line.row.cells)
            findings.append(FindingView(
                severity="warning", code="xbrlify:amountsRealigned",
                message=(f"{line.row.label!r}: its amounts are printed one column {side} of where the statement's "
                         f"arithmetic puts them (components against the Total, balances rolled forward); "
                         f"read in column(s) {headings}"),
                locations=[str(cell.span) for cell in line.row.cells],
            ))  # fmt: skip
    return findings


def component_findings(statement: Statement, path: str) -> list[FindingView]:
    """Rows of an equity statement whose components do not make the Total column."""
    return [
        FindingView(
            severity="warning", code="xbrlify:sourceDoesNotAddUp",
            message=f"{statement.lines[index].row.label!r}: the components add up to {made}, the Total column prints {total}",
            locations=[f"{path}:{n}:1" for n in statement.lines[index].row.lines],
        )
        for index, made, total in component_failures(statement)
    ]  # fmt: skip


RESULT_CONCEPT = "NetIncomeLoss"
PER_SHARE_RESULTS = ("EarningsPerShareBasic", "EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted")


def sign_findings(output: FilingOutput) -> list[FindingView]:
    """Earnings per share whose sign is not that of the net income of the same
    period and column: one of the two is misprinted."""
    results = {f.context.id: f for f in output.facts if f.concept.name == RESULT_CONCEPT and not f.concept.extension}
    findings = []
    for fact in output.facts:
        result = results.get(fact.context.id)
        if fact.concept.name not in PER_SHARE_RESULTS or result is None or fact.value == 0 or result.value == 0:
            continue
        if (fact.value > 0) != (result.value > 0):
            findings.append(FindingView(
                severity="warning", code="xbrlify:signDisagrees",
                message=f"{fact.concept.name} {fact.value} and {RESULT_CONCEPT} {result.value} have opposite signs",
                locations=[str(fact.source), str(result.source)],
            ))  # fmt: skip
    return findings
