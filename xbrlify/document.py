"""Facts about the document itself (cover page now; narrative and prose amounts next)
in the document's context: a duration ending on the document's period end date,
from the start of the year to date when the filing's statements give it, else that
day alone (an 8-K's event date)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from xbrlify.cover import Cover
from xbrlify.emit import DocumentFact
from xbrlify.model import Context, Fact, Filing, SourceSpan, Statement
from xbrlify.narrative import (
    NarrativeFact,
    NarrativeFinding,
    prose_table_disagreements,
    read_8k_items,
    read_form_12b25,
    read_prose_amounts,
)
from xbrlify.taxonomy import Taxonomy

CIK_CONCEPT = "EntityCentralIndexKey"


def document_context(cover: Cover, year_to_date: dict[date, date]) -> Context | None:
    end = cover.value("DocumentPeriodEndDate")
    if end is None:
        return None
    day = date.fromisoformat(end)
    return Context(end=day, start=year_to_date.get(day, day))


def cover_facts(cover: Cover, context: Context | None, taxonomy: Taxonomy, cik: str | None) -> tuple[list[DocumentFact], dict[str, SourceSpan]]:
    """The cover's DEI facts and its signature (those the base taxonomy declares), and their sources.
    A CIK given on the command line is the registrant's CIK when no header gave one."""
    if context is None:
        return [], {}
    found = (*cover.facts, *cover.signature)
    values = {fact.concept: (fact.value, fact.source) for fact in found if fact.concept in taxonomy}
    if cik and CIK_CONCEPT not in values:
        values[CIK_CONCEPT] = (cik.strip().zfill(10), None)
    facts = [DocumentFact(f"dei_{concept}", concept, context, value) for concept, (value, _) in sorted(values.items())]
    sources = {f"dei_{concept}": source for concept, (_, source) in values.items() if source is not None}
    return facts, sources


UNITS_BY_KIND = {"monetary": "USD", "count": "pure"}


def narrative_facts(
    filing: Filing, context: Context | None, statement_facts: list[Fact], statements: list[Statement], known: set[str]
) -> tuple[list[DocumentFact], dict[str, SourceSpan], list[NarrativeFinding]]:
    """Form 12b-25 answers, 8-K items as text blocks and amounts stated in prose, in the
    document's context (an event's amounts in the context of the event's date); the
    findings of those readers, and prose amounts that differ from the tables'."""
    late, findings = read_form_12b25(filing)
    found = late + read_8k_items(filing) + read_prose_amounts(filing)
    findings += prose_table_disagreements(found, table_values(statements, statement_facts))
    if context is None:
        return [], {}, findings
    event = event_context(found) or context
    facts, sources = [], {}
    for number, fact in enumerate(found, 1):
        if fact.concept in known:
            continue  # the cover already gave it (DocumentPeriodEndDate)
        fact_id = f"n{number:03d}_{fact.concept}"
        unit = UNITS_BY_KIND.get(fact.kind)
        decimals = None if unit is None else (fact.decimals if fact.kind == "monetary" else "INF")
        facts.append(DocumentFact(fact_id, fact.concept, event if fact.period == "event" else context,
                                  fact.value, unit, decimals))  # fmt: skip
        sources[fact_id] = fact.source
    return facts, sources, findings


def event_context(found: list[NarrativeFact]) -> Context | None:
    """The day of the event the prose tells of (the date of a sale)."""
    for fact in found:
        if fact.period == "event" and fact.kind == "date":
            day = date.fromisoformat(fact.value)
            return Context(end=day, start=day)
    return None


def table_values(statements: list[Statement], facts: list[Fact]) -> dict[str, tuple[Decimal, SourceSpan]]:
    """Each statement line's first non-zero amount, by its label, for checking prose."""
    values: dict[str, tuple[Decimal, SourceSpan]] = {}
    by_source = {(f.source.line, f.source.start_col): f for f in facts}
    for statement in statements:
        for line in statement.lines:
            for cell in line.row.cells:
                fact = by_source.get((cell.span.line, cell.span.start_col))
                if line.row.label and fact is not None and fact.value != 0:
                    values.setdefault(line.row.label, (fact.value, fact.source))
                    break
    return values
