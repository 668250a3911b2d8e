"""Convert filings and print one summary line each: how much of their statements became facts.

Usage: python tools/corpus_summary.py [FILING ...]   (default: every tests/fixtures/*.txt)

Columns: tables read; statements converted (tables left out are listed with a reason in
report.json); numeric cells of the statements; facts from them; statement cells skipped
(each with a reason in report.json); statement rows mapped to base-taxonomy vs extension
concepts, and the base share; Arelle errors; calculation (and duplicate) inconsistencies.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from xbrlify.diagnostics import XbrlifyError
from xbrlify.pipeline import convert
from xbrlify.report import ConvertReport

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OUTSIDE = "table not converted: "
COLUMNS = ("filing", "tables", "stmts", "cells", "facts", "skipped", "base", "ext", "base%", "errors", "incons")


def summary_row(name: str, report: ConvertReport) -> tuple:
    statement_cells = report.cells_read - sum(1 for c in report.cells_skipped if c.reason.startswith(OUTSIDE))
    skipped = sum(1 for c in report.cells_skipped if not c.reason.startswith(OUTSIDE))
    rows = [row for statement in report.statements for row in statement.rows if row.concept]
    base = sum(1 for row in rows if not row.extension)
    errors = sum(1 for f in report.findings if f.severity == "error")
    inconsistencies = sum(1 for f in report.findings if f.severity == "inconsistency")
    share = f"{100 * base / len(rows):.0f}" if rows else "-"
    statement_facts = statement_cells - skipped
    return (name, report.tables, len(report.statements), statement_cells, statement_facts, skipped,
            base, len(rows) - base, share, errors, inconsistencies)  # fmt: skip


def print_table(rows: list[tuple]) -> None:
    widths = [max(len(str(row[i])) for row in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
    for row in [COLUMNS, *rows]:
        print("  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filings", nargs="*", type=Path)
    args = parser.parse_args()
    filings = args.filings or sorted(FIXTURES.glob("*.txt"))
    rows, failed = [], 0
    with tempfile.TemporaryDirectory() as work:
        for filing in filings:
            try:
                report = convert(filing, Path(work) / filing.stem).report
            except XbrlifyError as error:
                print(f"{filing}: {error}", file=sys.stderr)
                failed += 1
                continue
            rows.append(summary_row(filing.stem[:40], report))
    if rows:
        totals = [sum(row[i] for row in rows) for i in range(1, 8)]
        share = f"{100 * totals[5] / (totals[5] + totals[6]):.0f}" if totals[5] + totals[6] else "-"
        rows.append(("all", *totals, share, sum(r[9] for r in rows), sum(r[10] for r in rows)))
        print_table(rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
