"""Validate an instance with Arelle, in-process and offline; the only module that imports Arelle.

Arelle checks XBRL 2.1 and XBRL Dimensions, calculations under Calc 1.1 round-to-nearest
(`--calc c11r`) and inconsistent duplicate facts (`--validateDuplicateFacts inconsistent`).
Its log messages at WARNING and above become `Finding`s; each names the facts the message is
about (their `id`s) and, through `fact_sources`, where in the filing those facts were read.

Arelle is imported inside `validate_instance`, so importing this module stays cheap.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from xbrlify.diagnostics import XbrlifyError
from xbrlify.model import SourceSpan

if TYPE_CHECKING:
    from arelle.ModelXbrl import ModelXbrl

FindingSeverity = Literal["error", "warning", "inconsistency", "info"]

# Arelle's own levels (registered by `Cntlr.startLogging`) between WARNING and ERROR.
ASSERTION_SATISFIED = logging.WARNING + 2
INCONSISTENCY = logging.WARNING + 3
ERROR_SEMANTIC = logging.ERROR - 2

# Arelle logs inconsistent duplicate facts as a WARNING; with `validateDuplicateFacts
# inconsistent` every such message is a disagreement in the reported numbers, like a
# calculation inconsistency, so it is reported as one.
INCONSISTENCY_CODES = frozenset({"arelle:duplicateFacts"})


@dataclass(frozen=True)
class Finding:
    """One message of the validator, with the facts it names and where they came from."""

    severity: FindingSeverity
    code: str  # Arelle's message code, e.g. "calc11e:inconsistentCalculationUsingRounding"
    message: str  # Arelle's message text, on one line
    fact_ids: tuple[str, ...]  # ids of the instance facts the message names, in Arelle's order
    spans: tuple[SourceSpan, ...]  # where those facts were read, for ids found in fact_sources

    def __str__(self) -> str:
        where = f"{self.spans[0]}: " if self.spans else ""
        return f"{where}{self.severity} {self.code}: {self.message}"


@dataclass(frozen=True)
class ValidationResult:
    findings: tuple[Finding, ...]
    seconds: float  # wall time of Arelle's load and validation

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "error")


class _RecordCollector(logging.Handler):
    """Keeps Arelle's log records at WARNING and above; prints nothing."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def validate_instance(
    instance: Path, fact_sources: Mapping[str, SourceSpan] | None = None
) -> ValidationResult:
    """Load and validate `instance` offline; its schemas must resolve from local files.

    Raises `XbrlifyError` when `instance` is not a file; everything Arelle reports about the
    instance and its taxonomy, including schemas it cannot find, comes back as findings.
    """
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    instance = Path(instance)
    if not instance.is_file():
        raise XbrlifyError(f"{instance}: no such instance document")
    options = RuntimeOptions(
        entrypointFile=str(instance.resolve()),
        internetConnectivity="offline",
        validate=True,
        calcs="c11r",
        validateDuplicateFacts="inconsistent",
        keepOpen=True,  # the model stays loaded so that refs resolve to facts; closed below
        disablePersistentConfig=True,
        logRefObjectProperties=False,
    )
    collector = _RecordCollector()
    with Session() as session:
        started = time.perf_counter()
        try:
            session.run(options, logHandler=collector)
            seconds = time.perf_counter() - started
            models = session.get_models()
            model = models[0] if models else None  # the instance's DTS: one model
            findings = tuple(
                _record_to_finding(record, model, fact_sources or {})
                for record in collector.records
            ) + _not_an_instance(instance, model)
        finally:
            for loaded in session.get_models():
                loaded.close()
    return ValidationResult(findings=findings, seconds=seconds)


def _record_to_finding(
    record: logging.LogRecord, model: ModelXbrl | None, fact_sources: Mapping[str, SourceSpan]
) -> Finding:
    """One Arelle log record as a Finding; `model` resolves the objects the record names."""
    fact_ids = _fact_ids(getattr(record, "refs", ()), model) if model is not None else ()
    return Finding(
        severity=_severity(record.levelno, getattr(record, "messageCode", "")),
        code=getattr(record, "messageCode", "") or record.levelname.lower(),
        message=" ".join(_message_text(record).split()),
        fact_ids=fact_ids,
        spans=tuple(fact_sources[fact_id] for fact_id in fact_ids if fact_id in fact_sources),
    )


def _not_an_instance(instance: Path, model: ModelXbrl | None) -> tuple[Finding, ...]:
    """Arelle loads any XML document without complaint; an instance must be one."""
    from arelle.ModelDocument import Type

    document = model.modelDocument if model is not None else None
    if document is None or document.type == Type.INSTANCE:
        return ()  # an instance, or a load failure Arelle reported already
    message = f"{instance.name} is not an XBRL instance (its root is not xbrli:xbrl)"
    return (Finding("error", "xbrlify:notAnInstance", message, (), ()),)


def _severity(level: int, code: str) -> FindingSeverity:
    if level == INCONSISTENCY or code in INCONSISTENCY_CODES:
        return "inconsistency"
    if level >= ERROR_SEMANTIC:
        return "error"
    if level == ASSERTION_SATISFIED:
        return "info"
    return "warning"


def _fact_ids(refs: list[dict], model: ModelXbrl) -> tuple[str, ...]:
    """Ids of the facts among a record's refs, each once, in the order Arelle names them.

    Arelle's refs carry an `objectId` for every model object the message names (facts,
    contexts, units, arcs, ...); it is resolved against the still-open model. A fact of an
    undeclared concept is no `ModelFact`; Arelle lists it in `undefinedFacts`.
    """
    from arelle.ModelInstanceObject import ModelFact

    ids: dict[str, None] = {}  # an ordered set
    for ref in refs:
        found = model.modelObject(ref["objectId"]) if "objectId" in ref else None
        is_fact = isinstance(found, ModelFact) or any(found is f for f in model.undefinedFacts)
        if found is not None and is_fact and found.id:
            ids[found.id] = None
    return tuple(ids)


def _message_text(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except (TypeError, ValueError, KeyError):  # a "%" Arelle did not mean as a placeholder
        return str(record.msg)
