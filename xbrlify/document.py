"""Facts about the document itself (cover page now; narrative and prose amounts next)
in the document's context: a duration ending on the document's period end date,
from the start of the year to date when the filing's statements give it, else that
day alone (an 8-K's event date)."""

from __future__ import annotations

from datetime import date

from xbrlify.cover import Cover
from xbrlify.emit import DocumentFact
from xbrlify.model import Context, SourceSpan
from xbrlify.taxonomy import Taxonomy

CIK_CONCEPT = "EntityCentralIndexKey"


def document_context(cover: Cover, year_to_date: dict[date, date]) -> Context | None:
    end = cover.value("DocumentPeriodEndDate")
    if end is None:
        return None
    day = date.fromisoformat(end)
    return Context(end=day, start=year_to_date.get(day, day))


def cover_facts(cover: Cover, context: Context | None, taxonomy: Taxonomy, cik: str | None) -> tuple[list[DocumentFact], dict[str, SourceSpan]]:
    """The cover's DEI facts (those the base taxonomy declares), and their sources.
    A CIK given on the command line is the registrant's CIK when no header gave one."""
    if context is None:
        return [], {}
    values = {fact.concept: (fact.value, fact.source) for fact in cover.facts if fact.concept in taxonomy}
    if cik and CIK_CONCEPT not in values:
        values[CIK_CONCEPT] = (cik.strip().zfill(10), None)
    facts = [DocumentFact(f"dei_{concept}", concept, context, value) for concept, (value, _) in sorted(values.items())]
    sources = {f"dei_{concept}": source for concept, (_, source) in values.items() if source is not None}
    return facts, sources
