"""Stage "cover": the cover-page facts of a filing, under DEI names.

    filing = read_filing(path)[0]
    cover = read_cover(filing)
    cover.value("EntityRegistrantName")  # "THE AUXER GROUP, INC."

Read from the cover page of the first document (see `layout` for the layouts it knows)
and from the <SEC-HEADER> when there is one (see `header` for which wins). A field the
cover page lacks, a value that fails its pattern, and a header that disagrees with the
cover text are findings, never exceptions; an invalid value is left out, never written.
"""

from __future__ import annotations

from xbrlify.cover.fields import read_fields
from xbrlify.cover.forms import describe_amendment, read_form, read_period
from xbrlify.cover.header import HEADER_WINS, reconcile
from xbrlify.cover.layout import CoverText, Label
from xbrlify.cover.model import (
    COVER_CONCEPTS,
    OPTIONAL_CONCEPTS,
    SIGNATURE_CONCEPTS,
    Cover,
    CoverFact,
    CoverFinding,
)
from xbrlify.cover.signature import read_signature
from xbrlify.model import Filing, SourceSpan

__all__ = ["Cover", "CoverFact", "CoverFinding", "read_cover"]


def read_cover(filing: Filing) -> Cover:
    """The cover facts of a filing (in COVER_CONCEPTS order), its signature and findings."""
    cover = CoverText(filing)
    fields = read_fields(cover)
    facts = dict(fields.facts)
    findings = list(fields.findings)
    form = read_form(cover)
    if form:
        facts["DocumentType"] = CoverFact("DocumentType", form.form_type, form.title.span, "cover")
        if form.amendment:
            description = describe_amendment(form.amendment)
            facts["AmendmentDescription"] = CoverFact(
                "AmendmentDescription", description, form.amendment.span, "cover"
            )
    period = read_period(cover)
    if period:
        iso, reading = period
        facts["DocumentPeriodEndDate"] = CoverFact("DocumentPeriodEndDate", iso, reading.span, "cover")
    from_cover = set(facts)
    if filing.header:
        findings += reconcile(facts, filing.header)
    if "DocumentType" in facts:
        document_type = facts["DocumentType"]
        amended = "true" if document_type.value.endswith("/A") else "false"
        facts["AmendmentFlag"] = CoverFact("AmendmentFlag", amended, document_type.source, "derived")
    findings += missing_findings(filing, facts, from_cover | fields.invalid_concepts, fields.empty_labels)
    signature = read_signature(filing, cover.last)
    for concept in SIGNATURE_CONCEPTS:
        if not any(fact.concept == concept for fact in signature):
            message = f"{concept}: no signature block gives it"
            findings.append(CoverFinding("xbrlify:coverFieldMissing", message, None))
    return Cover(
        facts=tuple(facts[concept] for concept in COVER_CONCEPTS if concept in facts),
        findings=tuple(findings),
        signature=signature,
        accession_number=filing.header.accession_number if filing.header else None,
    )


def missing_findings(
    filing: Filing, facts: dict[str, CoverFact], known: set[str], empty_labels: dict[str, Label]
) -> list[CoverFinding]:
    """A finding for each cover field the cover text does not give (its caption, when
    printed empty, is where the finding points), whether or not the header gives it.
    `known`: the fields read from the cover text, or reported there as invalid."""
    findings = []
    for concept in COVER_CONCEPTS:
        if concept in OPTIONAL_CONCEPTS or concept == "AmendmentFlag" or concept in known:
            continue
        label = empty_labels.get(concept)
        span = SourceSpan(filing.path, label.line, label.start, label.end) if label else None
        if concept == "EntityCentralIndexKey" and concept not in facts:
            message = "no SEC header gives the CIK, and cover pages do not print it"
        elif concept not in facts:
            message = "the cover page does not give it"
            message += " (its caption is printed, with no value)" if label else ""
        elif concept in HEADER_WINS:
            continue  # the header's field; the cover page need not print it
        else:
            message = "the cover page does not give it; the SEC header's value is used"
        findings.append(CoverFinding("xbrlify:coverFieldMissing", f"{concept}: {message}", span))
    return findings
