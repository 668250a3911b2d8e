"""The instance document: contexts, units and facts, in a stable order."""

from __future__ import annotations

from lxml import etree

from xbrlify.emit.model import DocumentFact, FilingOutput
from xbrlify.emit.xml import BASE, ISO4217, LINK, XBRLDI, XBRLI, nsmap, q, sub, xlink
from xbrlify.model import Context, Fact

UNIT_MEASURES = {
    "USD": ("iso4217:USD",),
    "shares": ("xbrli:shares",),
    "pure": ("xbrli:pure",),
}


def instance_document(output: FilingOutput) -> etree._Element:
    root = etree.Element(q(XBRLI, "xbrl"), nsmap=nsmap(output.namespace))
    sub(root, LINK, "schemaRef", xlink(type_="simple", href=f"{output.stem}.xsd"))
    everything = [*output.facts, *output.document_facts]
    contexts = {fact.context.id: fact.context for fact in everything}
    for context_id in sorted(contexts):
        write_context(root, output, context_id, contexts[context_id])
    for unit in sorted({fact.unit for fact in everything if fact.unit}):
        write_unit(root, unit)
    for document_fact in sorted(output.document_facts, key=lambda f: f.id):
        write_document_fact(root, document_fact)
    for fact in sorted(output.facts, key=lambda f: (f.source.line, f.source.start_col)):
        write_fact(root, output, fact)
    return root


def write_document_fact(root: etree._Element, fact: DocumentFact) -> None:
    attributes = {"id": fact.id, "contextRef": fact.context.id}
    if fact.unit:
        attributes.update(unitRef=fact.unit, decimals=str(fact.decimals if fact.decimals is not None else 0))
    sub(root, BASE, fact.concept, attributes, fact.value)


def write_context(root: etree._Element, output: FilingOutput, context_id: str, context: Context) -> None:
    element = sub(root, XBRLI, "context", {"id": context_id})
    entity = sub(element, XBRLI, "entity")
    sub(entity, XBRLI, "identifier", {"scheme": output.entity_scheme}, output.entity_id)
    if context.dimensions:
        segment = sub(entity, XBRLI, "segment")
        for dimension in context.dimensions:
            prefix = "ext" if dimension.member_is_extension else "xbrlify"
            sub(segment, XBRLDI, "explicitMember", {"dimension": f"xbrlify:{dimension.axis}"},
                f"{prefix}:{dimension.member}")  # fmt: skip
    period = sub(element, XBRLI, "period")
    if context.start is None:
        sub(period, XBRLI, "instant", text=context.end.isoformat())
    else:
        sub(period, XBRLI, "startDate", text=context.start.isoformat())
        sub(period, XBRLI, "endDate", text=context.end.isoformat())


def write_unit(root: etree._Element, unit: str) -> None:
    element = sub(root, XBRLI, "unit", {"id": unit})
    if unit == "USD_per_share":
        divide = sub(element, XBRLI, "divide")
        sub(sub(divide, XBRLI, "unitNumerator"), XBRLI, "measure", text="iso4217:USD")
        sub(sub(divide, XBRLI, "unitDenominator"), XBRLI, "measure", text="xbrli:shares")
        return
    for measure in UNIT_MEASURES[unit]:
        sub(element, XBRLI, "measure", text=measure)


def write_fact(root: etree._Element, output: FilingOutput, fact: Fact) -> None:
    namespace = output.namespace if fact.concept.extension else BASE
    attributes = {"id": fact.id, "contextRef": fact.context.id}
    if fact.unit:
        attributes["unitRef"] = fact.unit
    if fact.decimals is not None:
        attributes["decimals"] = str(fact.decimals)
    sub(root, namespace, fact.concept.name, attributes, format_value(fact))


def format_value(fact: Fact) -> str:
    """Plain decimal notation, never an exponent ("1.2E+6" is no xs:decimal), and no
    "-0.00" for a zero printed in a negated column."""
    value = fact.value if fact.value != 0 else abs(fact.value)
    return format(value, "f")
