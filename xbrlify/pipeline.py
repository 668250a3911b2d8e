"""Composes the stages. The CLI and the public API call these functions only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xbrlify.diagnostics import Diagnostic, InputError
from xbrlify.model import Filing, Table
from xbrlify.source import read_filing
from xbrlify.tables import text_to_tables


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
