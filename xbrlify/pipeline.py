"""Composes the stages. The CLI and the public API call these functions only."""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from xbrlify.assemble import assemble
from xbrlify.cover import read_cover
from xbrlify.diagnostics import Diagnostic, InputError, XbrlifyError
from xbrlify.document import cover_facts, document_context, narrative_facts
from xbrlify.emit import FilingOutput, write_filing
from xbrlify.extract import extract, periods_to_date
from xbrlify.model import Filing, SkippedCell, SkippedTable, Table
from xbrlify.report import ConvertReport
from xbrlify.report_build import build_report
from xbrlify.rules import load_rules
from xbrlify.source import read_filing
from xbrlify.statements import assign_members, tables_to_statements
from xbrlify.statements.entities import mark_other_entities
from xbrlify.tables import text_to_tables
from xbrlify.taxonomy import DEFAULT_ROOT, load_base_taxonomy
from xbrlify.validate import validate_instance

CIK_SCHEME = "http://www.sec.gov/CIK"
FALLBACK_SCHEME = "http://xbrlify.org/entity/unidentified"  # no CIK known: see README
EXTENSION_NAMESPACE = "http://xbrlify.org/filing/{stem}"


@dataclass(frozen=True)
class Inspection:
    """A filing and the tables read from it, with what was noticed on the way."""

    filing: Filing
    tables: tuple[Table, ...]
    diagnostics: tuple[Diagnostic, ...]


def inspect_filing(path: str | Path, require_tables: bool = True) -> Inspection:
    """Read a filing and its tables; InputError when it is unusable or has no table."""
    filing, diagnostics = read_filing(path)
    tables, found = text_to_tables(filing)
    if require_tables and not tables:
        raise InputError(str(path), "no tables found (xbrlify inspect lists the tables of a filing)")
    return Inspection(filing, tuple(tables), tuple(diagnostics + found))


@dataclass(frozen=True)
class Conversion:
    report: ConvertReport
    folder: Path


def convert(path: str | Path, out: str | Path, cik: str | None = None) -> Conversion:
    """Convert a filing into an XBRL folder at `out`: all of it or, on failure, nothing."""
    out = Path(out)
    check_output_folder(out)
    found = inspect_filing(path, require_tables=False)
    taxonomy, rules = load_base_taxonomy(), load_rules()
    statements, tables_skipped = tables_to_statements(list(found.tables), found.filing)
    statements = assign_members(statements, rules)
    cover = read_cover(found.filing)
    statements = mark_other_entities(statements, cover.value("EntityRegistrantName"))
    extraction = extract(statements, rules, taxonomy)
    context = document_context(cover, periods_to_date(statements))
    dei_facts, dei_sources = cover_facts(cover, context, taxonomy, cik)
    told, told_sources, told_findings = narrative_facts(
        found.filing, context, extraction.facts, statements, {f.concept for f in dei_facts}
    )
    facts = extraction.facts
    skipped = extraction.skipped + cells_outside_statements(tables_skipped)
    assembly = assemble(statements, extraction.choices, facts, taxonomy)
    stem = output_stem(Path(path))
    scheme, entity = entity_of(found.filing, cik, stem)
    output = FilingOutput(
        stem, EXTENSION_NAMESPACE.format(stem=stem), scheme, entity,
        tuple(extraction.extensions) + assembly.members, assembly.networks, tuple(facts), tuple(dei_facts + told),
        {name: concept.schema_file for name, concept in taxonomy.concepts.items()},
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix=f".{out.name}-", dir=out.parent) as work:
        staging = Path(work) / "out"
        staging.mkdir()
        write_filing(output, staging, DEFAULT_ROOT / "xbrlify")
        sources = {fact.id: fact.source for fact in facts} | dei_sources | told_sources
        validation = validate_instance(staging / f"{stem}.xml", sources)
        report = build_report(found, statements, extraction.choices, tables_skipped, output, skipped, validation, assembly.dropped,
                              extraction.resolutions, scheme == FALLBACK_SCHEME, cover, told_findings,
                              sources)  # fmt: skip
        (staging / "report.json").write_text(report.model_dump_json(indent=2) + "\n")
        replace_folder(staging, out)
    return Conversion(report, out)


def cells_outside_statements(tables_skipped: list[SkippedTable]) -> list[SkippedCell]:
    """Numeric cells of tables that are not primary statements: listed, not lost."""
    return [SkippedCell(cell, f"table not converted: {skip.reason}") for skip in tables_skipped for cell in skip.table.cells]


def output_stem(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "-", path.stem) or "filing"


def entity_of(filing: Filing, cik: str | None, stem: str) -> tuple[str, str]:
    """The CIK from the SEC header, else --cik, else a marked fallback (never a made-up CIK)."""
    known = (filing.header.cik if filing.header else None) or cik
    if known:
        return CIK_SCHEME, known.strip().zfill(10)
    return FALLBACK_SCHEME, stem


def check_output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "exists and is not a folder", exit_code=2)
    if out.is_dir() and any(out.iterdir()) and not (out / "report.json").exists():
        raise InputError(str(out), "is a folder with other files in it; name a new or empty folder", exit_code=2)
    out.parent.mkdir(parents=True, exist_ok=True)


def replace_folder(staging: Path, out: Path) -> None:
    """Put the finished folder in place; an earlier conversion's folder is replaced."""
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)


__all__ = ["Conversion", "Inspection", "XbrlifyError", "convert", "inspect_filing"]
