"""What `xbrlify convert` reports: report.json (the pydantic model ConvertReport) and
a short terminal summary. Deterministic: no timings or absolute paths in the file."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ReportModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityView(ReportModel):
    scheme: str
    identifier: str
    fallback: bool = Field(description="true when the filing gave no CIK and none was passed with --cik")


class ColumnView(ReportModel):
    column: int
    role: str
    heading: str
    period: str | None = Field(description="YYYY-MM-DD (instant) or START..END; null when not printed")
    member: str | None
    printed_negated: bool = Field(description="the column prints the negation of its own amounts")


class LineView(ReportModel):
    line: int = Field(description="the line of the filing where the row's amounts are printed")
    label: str
    concept: str | None = Field(description="the concept the row maps to; null when it gave no fact")
    extension: bool = Field(description="true when the concept is the filing's own, not the base taxonomy's")
    rule: str | None = Field(description="the mapping rule that chose a base concept")


class StatementView(ReportModel):
    kind: str
    title: str
    lines: str = Field(description="first-last line of the table in the filing")
    columns: list[ColumnView]
    rows: list[LineView] = Field(description="each data row with its concept")


class SkippedTableView(ReportModel):
    table: int = Field(description="the table's index, as `xbrlify inspect` numbers it")
    lines: str = Field(description="first-last line of the table in the filing")
    title: str
    reason: str


class SkippedCellView(ReportModel):
    location: str = Field(description="file:line:col of the cell")
    raw: str
    reason: str


class FindingView(ReportModel):
    severity: str
    code: str
    message: str
    locations: list[str] = Field(description="file:line:col of the facts concerned")


class ConceptView(ReportModel):
    name: str
    label: str


class ConvertReport(ReportModel):
    """Everything a conversion saw, mapped or not; cells_read = facts + cells_skipped."""

    file: str
    instance: str = Field(description="the instance file's name in the output folder")
    entity: EntityView
    cover: dict[str, str] = Field(
        description="cover-page values under DEI names, the signature's signer, title and date, and the SEC "
        "header's accession number (AccessionNumber) when there is one"
    )
    tables: int
    statements: list[StatementView]
    tables_skipped: list[SkippedTableView] = Field(description="tables not converted, each with the reason")
    cells_read: int
    facts: int
    contexts: int
    base_concepts_used: int
    extension_concepts: list[ConceptView]
    cells_skipped: list[SkippedCellView]
    resolutions: list[str] = Field(description="how clashing amounts for one concept and context were resolved")
    findings: list[FindingView]
    sources: dict[str, str] = Field(description="each fact's id in the instance -> file:line:col it was read from")
    valid: bool = Field(description="Arelle reported no error")


def summary_lines(report: ConvertReport) -> list[str]:
    counts: dict[str, int] = {}
    for finding in report.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    found = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "none"
    return [
        f"{report.file}: {'valid' if report.valid else 'INVALID'} XBRL in {report.instance}",
        f"  {report.tables} tables, {len(report.statements)} statements; cells read {report.cells_read}"
        f" = facts {report.facts} + skipped {len(report.cells_skipped)}",
        f"  {report.contexts} contexts, {report.base_concepts_used} base concepts,"
        f" {len(report.extension_concepts)} extension concepts",
        f"  findings: {found}",
    ]
