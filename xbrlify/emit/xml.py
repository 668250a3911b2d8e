"""Namespaces and deterministic XML writing (same input, same bytes)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XBRLDT = "http://xbrl.org/2005/xbrldt"
XBRLDI = "http://xbrl.org/2006/xbrldi"
ISO4217 = "http://www.xbrl.org/2003/iso4217"
BASE = "http://xbrlify.org/taxonomy/2026-01-01"
BASE_FOLDER = "xbrlify"  # the copy of the base taxonomy, relative to the output folder
BASE_SCHEMA = f"{BASE_FOLDER}/xbrlify-2026-01-01.xsd"
INSTANCE_SCHEMA = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
XBRLDT_SCHEMA = "http://www.xbrl.org/2005/xbrldt-2005.xsd"
STANDARD_LABEL = "http://www.xbrl.org/2003/role/label"
LINK_ROLE = "http://www.xbrl.org/2003/role/link"


def nsmap(extension: str) -> dict[str | None, str]:
    return {
        "xs": XS, "xbrli": XBRLI, "link": LINK, "xlink": XLINK, "xbrldt": XBRLDT,
        "xbrldi": XBRLDI, "iso4217": ISO4217, "xbrlify": BASE, "ext": extension,
    }  # fmt: skip


def q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def sub(parent: etree._Element, namespace: str, name: str, attributes: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, q(namespace, name), attributes or {})
    if text is not None:
        element.text = text
    return element


def xlink(**attributes: str) -> dict[str, str]:
    """xlink:type="simple" etc., from keyword arguments (type_ for "type")."""
    return {q(XLINK, key.rstrip("_")): value for key, value in attributes.items()}


def write_xml(path: Path, root: etree._Element) -> None:
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
