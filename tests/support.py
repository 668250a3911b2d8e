"""Helpers several test modules share (tests/conftest.py puts this folder on the path:
with --import-mode=importlib test modules cannot import one another)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from lxml import etree

from xbrlify.pipeline import inspect_filing
from xbrlify.source import read_filing
from xbrlify.statements import tables_to_statements
from xbrlify.tables import text_to_tables

XBRLI = "{http://www.xbrl.org/2003/instance}"
XBRLDI = "{http://xbrl.org/2006/xbrldi}"


def read_tables(tmp_path: Path, text: str):
    """A filing written from `text` (dedented): (filing, tables, diagnostics)."""
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(text))
    filing, _ = read_filing(path)
    tables, diagnostics = text_to_tables(filing)
    return filing, tables, diagnostics


def inline_statements(tmp_path: Path, text: str, name: str = "filing.txt"):
    """A filing written from `text` as printed: (inspection, statements, tables left out)."""
    path = tmp_path / name
    path.write_text(text)
    found = inspect_filing(path)
    statements, skipped = tables_to_statements(list(found.tables), found.filing)
    return found, statements, skipped


def instance_facts(instance: Path) -> dict[str, list[tuple[str, str, str, tuple[str, ...]]]]:
    """By source line: (concept, value, period, members) of each statement fact."""
    root = etree.parse(str(instance)).getroot()
    contexts = {}
    for context in root.iter(f"{XBRLI}context"):
        instant = context.findtext(f".//{XBRLI}instant")
        period = instant or f"{context.findtext(f'.//{XBRLI}startDate')}..{context.findtext(f'.//{XBRLI}endDate')}"
        members = tuple(m.text.split(":")[1] for m in context.iter(f"{XBRLDI}explicitMember"))
        contexts[context.get("id")] = (period, members)
    found: dict[str, list] = {}
    for fact in root:
        if fact.get("id", "").startswith("f_") and fact.get("contextRef"):
            line, context = fact.get("id").split("_")[1], contexts[fact.get("contextRef")]
            found.setdefault(line, []).append((etree.QName(fact).localname, fact.text, *context))
    return found
