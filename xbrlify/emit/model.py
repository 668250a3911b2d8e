"""What the emitter writes, assembled by the pipeline: the filing's extension concepts
and members, one network per statement, and the facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from xbrlify.model import Context, Dimension, Fact


@dataclass(frozen=True)
class ConceptRef:
    name: str
    extension: bool  # declared in the filing's extension schema, else in the base taxonomy


@dataclass(frozen=True)
class ExtensionConcept:
    name: str
    label: str
    period_type: str  # "instant" | "duration"
    item_type: str  # "xbrli:monetaryItemType", "xbrlify:perShareItemType", ...
    abstract: bool = False  # members are abstract domain items


@dataclass(frozen=True)
class Calculation:
    parent: ConceptRef
    child: ConceptRef
    weight: int


@dataclass(frozen=True)
class Network:
    """One statement: a role with its presentation order, calculations and dimensions."""

    role_id: str  # "statement1"
    title: str
    concepts: tuple[ConceptRef, ...]  # in the statement's line order, each once
    calculations: tuple[Calculation, ...]
    dimensions: tuple[Dimension, ...]  # axis/member pairs its facts use


@dataclass(frozen=True)
class DocumentFact:
    """A fact about the document itself (cover page, narrative, amounts stated in
    prose): a base-taxonomy concept, a context, and its value as text."""

    id: str
    concept: str
    context: Context
    value: str
    unit: str | None = None  # "USD" for an amount, "pure" for a count
    decimals: int | str | None = None  # "INF" for a count


@dataclass(frozen=True)
class FilingOutput:
    stem: str  # file names: STEM.xml, STEM.xsd, STEM_lab.xml, ...
    namespace: str  # the extension schema's target namespace
    entity_scheme: str
    entity_id: str
    extension_concepts: tuple[ExtensionConcept, ...]
    networks: tuple[Network, ...]
    facts: tuple[Fact, ...]
    document_facts: tuple[DocumentFact, ...] = ()
    # base concept -> the base taxonomy's schema file that declares it (the entry schema
    # includes others, e.g. the forms schema; a locator must name the declaring file)
    base_files: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
