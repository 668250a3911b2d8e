"""Read the base taxonomy (taxonomy/) into frozen concepts.

Every attribute comes from the files: the schema is found through the package's entry point
and catalog, the label linkbase through the schema's linkbaseRef. Nothing here restates what
the schema says about a concept (design: "One source of truth").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal, Mapping, cast

from lxml import etree

from xbrlify.diagnostics import XbrlifyError

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDT = "http://xbrl.org/2005/xbrldt"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
TP = "http://xbrl.org/2016/taxonomy-package"
CATALOG = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
LABEL_LINKBASE_REF = "http://www.xbrl.org/2003/role/labelLinkbaseRef"
STANDARD_LABEL = "http://www.xbrl.org/2003/role/label"

# The repository's taxonomy/ folder, next to the package: found when the package runs from a
# checkout or an editable install. A wheel would have to ship it as package data (see README).
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "taxonomy"

PeriodType = Literal["instant", "duration"]
Balance = Literal["debit", "credit"]


@dataclass(frozen=True)
class Concept:
    """A concept of the base taxonomy, as its schema and standard label declare it."""

    name: str
    namespace: str
    period_type: PeriodType
    balance: Balance | None
    item_type: str  # prefixed with the conventional prefix: "xbrli:monetaryItemType"
    abstract: bool
    substitution_group: str  # "xbrli:item", "xbrldt:dimensionItem", ...
    label: str
    schema_file: str = ""  # name of the base schema file that declares it (locators point there)


@dataclass(frozen=True)
class Taxonomy:
    concepts: Mapping[str, Concept]  # local name -> concept, in schema order
    namespace: str
    schema_file: Path

    def __contains__(self, name: object) -> bool:
        return name in self.concepts

    def __getitem__(self, name: str) -> Concept:
        return self.concepts[name]


class TaxonomyError(XbrlifyError):
    """The base taxonomy files are missing or not what this reader expects (a tool failure)."""


def load_base_taxonomy(root: Path | None = None) -> Taxonomy:
    """The base taxonomy under `root` (default: the repository's taxonomy/), read once per process."""
    return _load((root or DEFAULT_ROOT).resolve())


@lru_cache(maxsize=None)
def _load(root: Path) -> Taxonomy:
    schema_file = _entry_point_file(root)
    schema = _parse(schema_file).getroot()
    namespace = schema.get("targetNamespace") or ""
    # Conventional prefixes, whatever prefixes the file happens to declare.
    prefixes = {XBRLI: "xbrli", XBRLDT: "xbrldt", XS: "xs", namespace: "xbrlify"}
    documents = [(schema_file, schema), *_included(schema, schema_file)]
    labels: dict[str, str] = {}
    for document_file, document in documents:
        labels.update(_standard_labels(document, document_file))
    concepts: dict[str, Concept] = {}
    elements = [(path, element) for path, document in documents for element in document.iterfind(f"{{{XS}}}element")]
    for declared_in, element in elements:
        name = element.get("name")
        if not name:
            continue
        concepts[name] = Concept(
            name=name,
            namespace=namespace,
            period_type=cast(PeriodType, _one_of(element, f"{{{XBRLI}}}periodType", ("instant", "duration"))),
            balance=cast("Balance | None", _one_of(element, f"{{{XBRLI}}}balance", ("debit", "credit", None))),
            item_type=_prefixed(element, _required(element, "type", schema_file), prefixes),
            abstract=element.get("abstract") in ("true", "1"),
            substitution_group=_prefixed(element, _required(element, "substitutionGroup", schema_file), prefixes),
            label=labels.get(element.get("id") or "", name),
            schema_file=declared_in.name,
        )
    return Taxonomy(MappingProxyType(concepts), namespace, schema_file)


def _entry_point_file(root: Path) -> Path:
    """The local schema file of the package's entry point, via META-INF/catalog.xml."""
    meta = root / "META-INF"
    package = _parse(meta / "taxonomyPackage.xml").getroot()
    entry = package.find(f".//{{{TP}}}entryPointDocument")
    if entry is None or not entry.get("href"):
        raise TaxonomyError(f"{meta / 'taxonomyPackage.xml'}: no entry point document")
    url = entry.get("href", "")
    for rewrite in _parse(meta / "catalog.xml").getroot().iterfind(f"{{{CATALOG}}}rewriteURI"):
        start = rewrite.get("uriStartString", "")
        if start and url.startswith(start):
            return (meta / rewrite.get("rewritePrefix", "") / url[len(start):]).resolve()
    raise TaxonomyError(f"{meta / 'catalog.xml'}: no rewriteURI maps the entry point {url}")


def _included(schema: etree._Element, schema_file: Path) -> list[tuple[Path, etree._Element]]:
    """Schemas the base schema brings in with xs:include (same namespace)."""
    found = []
    for include in schema.iterfind(f"{{{XS}}}include"):
        path = (schema_file.parent / include.get("schemaLocation", "")).resolve()
        found.append((path, _parse(path).getroot()))
    return found


def _standard_labels(schema: etree._Element, schema_file: Path) -> dict[str, str]:
    """Concept id -> standard label, from every label linkbase the schema references
    and any linkbase embedded in its appinfo."""
    found: dict[str, str] = {}
    for link in schema.iterfind(f".//{{{LINK}}}linkbase/{{{LINK}}}labelLink"):
        found.update(_link_labels(link, schema_file.name))
    for ref in schema.iterfind(f".//{{{LINK}}}linkbaseRef"):
        if ref.get(f"{{{XLINK}}}role") != LABEL_LINKBASE_REF:
            continue
        linkbase = schema_file.parent / ref.get(f"{{{XLINK}}}href", "")
        for link in _parse(linkbase).getroot().iterfind(f"{{{LINK}}}labelLink"):
            found.update(_link_labels(link, schema_file.name))
    return found


def _link_labels(link: etree._Element, schema_name: str) -> dict[str, str]:
    # XLink: loc (label -> concept id), label resource (label -> text), arc (loc label -> resource label).
    label_attr = f"{{{XLINK}}}label"
    locs: dict[str, str] = {}
    for loc in link.iterfind(f"{{{LINK}}}loc"):
        document, _, fragment = loc.get(f"{{{XLINK}}}href", "").partition("#")
        if document == schema_name:
            locs[loc.get(label_attr, "")] = fragment
    texts: dict[str, str] = {}
    for resource in link.iterfind(f"{{{LINK}}}label"):
        if resource.get(f"{{{XLINK}}}role", STANDARD_LABEL) == STANDARD_LABEL:
            texts[resource.get(label_attr, "")] = (resource.text or "").strip()
    found: dict[str, str] = {}
    for arc in link.iterfind(f"{{{LINK}}}labelArc"):
        concept_id = locs.get(arc.get(f"{{{XLINK}}}from", ""))
        text = texts.get(arc.get(f"{{{XLINK}}}to", ""))
        if concept_id and text:
            found[concept_id] = text
    return found


def _prefixed(element: etree._Element, qname: str, prefixes: dict[str, str]) -> str:
    """Resolve a QName attribute in the element's scope; rewrite it with the conventional prefix."""
    prefix, _, local = qname.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if namespace is None:
        raise TaxonomyError(f"{element.base}: unknown prefix in {qname!r}")
    return f"{prefixes.get(namespace, prefix)}:{local}"


def _one_of(element: etree._Element, attribute: str, allowed: tuple[str | None, ...]) -> str | None:
    value = element.get(attribute)
    if value not in allowed:
        raise TaxonomyError(f"{element.base}:{element.sourceline}: {element.get('name')}: {attribute}={value!r}")
    return value


def _required(element: etree._Element, attribute: str, schema_file: Path) -> str:
    value = element.get(attribute)
    if not value:
        raise TaxonomyError(f"{schema_file}:{element.sourceline}: {element.get('name')} has no {attribute}")
    return value


def _parse(path: Path) -> etree._ElementTree:
    try:
        return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except (OSError, etree.XMLSyntaxError) as error:
        raise TaxonomyError(f"{path}: cannot read the base taxonomy ({error})") from error
