"""Presentation (the statement's line order), calculation (the totals the numbers bear
out) and definition (the hypercube that makes dimensional facts valid) linkbases."""

from __future__ import annotations

from lxml import etree

from xbrlify.emit.model import ConceptRef, FilingOutput, Network
from xbrlify.emit.schema import role_uri
from xbrlify.emit.xml import BASE_FOLDER, BASE_SCHEMA, LINK, nsmap, q, sub, xlink

DIM = "http://xbrl.org/int/dim/arcrole/"
ARCROLE_SCHEMA = "http://www.xbrl.org/2005/xbrldt-2005.xsd"
LINE_ITEMS = ConceptRef("StatementLineItems", False)
TABLE = ConceptRef("StatementTable", False)
AXIS_DOMAINS = {
    "StatementScenarioAxis": "ScenarioUnspecifiedDomain",
    "IncomeStatementBalanceSheetAndAdditionalDisclosuresByDisposalGroupsIncludingDiscontinuedOperationsAxis":
        "DisposalGroupNameDomain",
    "BusinessAcquisitionAxis": "BusinessAcquisitionAcquireeDomain",
    "StatementEquityComponentsAxis": "EquityComponentDomain",
    "StatementBusinessSegmentsAxis": "SegmentDomain",
    "StatementClassOfStockAxis": "ClassOfStockDomain",
    "LegalEntityAxis": "EntityDomain",
}  # fmt: skip


def href(output: FilingOutput, concept: ConceptRef) -> str:
    if concept.extension:
        return f"{output.stem}.xsd#ext_{concept.name}"
    declared_in = output.base_files.get(concept.name)
    return f"{BASE_FOLDER}/{declared_in}#xbrlify_{concept.name}" if declared_in else f"{BASE_SCHEMA}#xbrlify_{concept.name}"


class LinkWriter:
    """One extended link: locators written once each, arcs between them."""

    def __init__(self, output: FilingOutput, parent: etree._Element, kind: str, role: str):
        self.output = output
        self.link = sub(parent, LINK, kind, xlink(type_="extended", role=role))
        self.arc_name = kind.replace("Link", "Arc")
        self.located: set[str] = set()

    def locate(self, concept: ConceptRef) -> str:
        label = ("ext_" if concept.extension else "base_") + concept.name
        if label not in self.located:
            self.located.add(label)
            sub(self.link, LINK, "loc", xlink(type_="locator", href=href(self.output, concept), label=label))
        return label

    def arc(self, arcrole: str, parent: ConceptRef, child: ConceptRef, order: int, **extra: str) -> etree._Element:
        attributes = xlink(type_="arc", arcrole=arcrole, **{"from": self.locate(parent)}, to=self.locate(child))
        attributes.update({"order": str(order), **extra})
        return sub(self.link, LINK, self.arc_name, attributes)


def linkbase_root(output: FilingOutput, ref_kind: str) -> etree._Element:
    root = etree.Element(q(LINK, "linkbase"), nsmap=nsmap(output.namespace))
    for network in output.networks:
        sub(root, LINK, "roleRef", {"roleURI": role_uri(output, network), **xlink(type_="simple",
            href=f"{output.stem}.xsd#{network.role_id}")})  # fmt: skip
    if ref_kind == "definition":
        for arcrole in ("all", "hypercube-dimension", "dimension-domain", "domain-member"):
            sub(root, LINK, "arcroleRef", {"arcroleURI": DIM + arcrole,
                **xlink(type_="simple", href=f"{ARCROLE_SCHEMA}#{arcrole}")})  # fmt: skip
    return root


def presentation_linkbase(output: FilingOutput) -> etree._Element:
    root = linkbase_root(output, "presentation")
    for network in output.networks:
        writer = LinkWriter(output, root, "presentationLink", role_uri(output, network))
        for order, concept in enumerate(network.concepts, 1):
            writer.arc("http://www.xbrl.org/2003/arcrole/parent-child", LINE_ITEMS, concept, order)
    return root


def calculation_linkbase(output: FilingOutput) -> etree._Element:
    root = linkbase_root(output, "calculation")
    for network in output.networks:
        if not network.calculations:
            continue
        writer = LinkWriter(output, root, "calculationLink", role_uri(output, network))
        for order, calculation in enumerate(network.calculations, 1):
            writer.arc("http://www.xbrl.org/2003/arcrole/summation-item", calculation.parent, calculation.child,
                       order, weight=f"{calculation.weight}.0")  # fmt: skip
    return root


def definition_linkbase(output: FilingOutput) -> etree._Element:
    root = linkbase_root(output, "definition")
    for network in output.networks:
        if not network.dimensions:
            continue
        writer = LinkWriter(output, root, "definitionLink", role_uri(output, network))
        writer.arc(DIM + "all", LINE_ITEMS, TABLE, 1, **{"{http://xbrl.org/2005/xbrldt}contextElement": "segment",
                                                         "{http://xbrl.org/2005/xbrldt}closed": "true"})
        axes = sorted({d.axis for d in network.dimensions})
        for order, axis in enumerate(axes, 1):
            axis_ref, domain = ConceptRef(axis, False), ConceptRef(AXIS_DOMAINS[axis], False)
            writer.arc(DIM + "hypercube-dimension", TABLE, axis_ref, order)
            writer.arc(DIM + "dimension-domain", axis_ref, domain, 1)
            members = sorted({(d.member, d.member_is_extension) for d in network.dimensions if d.axis == axis})
            for position, (member, extension) in enumerate(members, 1):
                writer.arc(DIM + "domain-member", domain, ConceptRef(member, extension), position)
        for order, concept in enumerate(network.concepts, 1):
            writer.arc(DIM + "domain-member", LINE_ITEMS, concept, order)
    return root
