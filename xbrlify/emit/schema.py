"""The filing's extension schema (concepts, members, roles) and its label linkbase."""

from __future__ import annotations

from lxml import etree

from xbrlify.emit.model import FilingOutput, Network
from xbrlify.emit.xml import (
    BASE,
    BASE_SCHEMA,
    INSTANCE_SCHEMA,
    LINK,
    STANDARD_LABEL,
    XBRLDT,
    XBRLDT_SCHEMA,
    XBRLI,
    XS,
    LINK_ROLE,
    nsmap,
    q,
    sub,
    xlink,
)

LINKBASES = (
    ("lab", "http://www.xbrl.org/2003/role/labelLinkbaseRef"),
    ("pre", "http://www.xbrl.org/2003/role/presentationLinkbaseRef"),
    ("cal", "http://www.xbrl.org/2003/role/calculationLinkbaseRef"),
    ("def", "http://www.xbrl.org/2003/role/definitionLinkbaseRef"),
)


def role_uri(output: FilingOutput, network: Network) -> str:
    return f"{output.namespace}/role/{network.role_id}"


def extension_schema(output: FilingOutput) -> etree._Element:
    root = etree.Element(q(XS, "schema"), nsmap=nsmap(output.namespace))
    root.set("targetNamespace", output.namespace)
    root.set("elementFormDefault", "qualified")
    root.set("attributeFormDefault", "unqualified")
    appinfo = sub(sub(root, XS, "annotation"), XS, "appinfo")
    for suffix, role in LINKBASES:
        href = f"{output.stem}_{suffix}.xml"
        sub(appinfo, LINK, "linkbaseRef", xlink(type_="simple", href=href, role=role,
                                                  arcrole="http://www.w3.org/1999/xlink/properties/linkbase"))
    for number, network in enumerate(output.networks, 1):
        role = sub(appinfo, LINK, "roleType", {"roleURI": role_uri(output, network), "id": network.role_id})
        sub(role, LINK, "definition", text=f"{number:02d} - Statement - {network.title}")
        for used in ("presentationLink", "calculationLink", "definitionLink"):
            sub(role, LINK, "usedOn", text=f"link:{used}")
    for namespace, location in ((XBRLI, INSTANCE_SCHEMA), (XBRLDT, XBRLDT_SCHEMA), (BASE, BASE_SCHEMA)):
        sub(root, XS, "import", {"namespace": namespace, "schemaLocation": location})
    for concept in output.extension_concepts:
        attributes = {
            "id": f"ext_{concept.name}",
            "name": concept.name,
            "type": concept.item_type,
            "substitutionGroup": "xbrli:item",
            "nillable": "true",
            q(XBRLI, "periodType"): concept.period_type,
        }
        if concept.abstract:
            attributes["abstract"] = "true"
        sub(root, XS, "element", attributes)
    return root


def label_linkbase(output: FilingOutput) -> etree._Element:
    root = etree.Element(q(LINK, "linkbase"), nsmap=nsmap(output.namespace))
    link = sub(root, LINK, "labelLink", xlink(type_="extended", role=LINK_ROLE))
    for concept in output.extension_concepts:
        loc, resource = f"loc_{concept.name}", f"label_{concept.name}"
        sub(link, LINK, "loc", xlink(type_="locator", href=f"{output.stem}.xsd#ext_{concept.name}", label=loc))
        label = sub(link, LINK, "label", xlink(type_="resource", label=resource, role=STANDARD_LABEL), concept.label)
        label.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
        sub(link, LINK, "labelArc", xlink(type_="arc", arcrole="http://www.xbrl.org/2003/arcrole/concept-label",
                                            **{"from": loc}, to=resource))
    return root
