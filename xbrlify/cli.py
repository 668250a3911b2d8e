"""The `xbrlify` command: a thin layer over the library (xbrlify.pipeline)."""

from __future__ import annotations

import sys

import click

from xbrlify.diagnostics import XbrlifyError
from xbrlify.layout import format_tables
from xbrlify.pipeline import convert as convert_filing
from xbrlify.pipeline import inspect_filing
from xbrlify.report import summary_lines
from xbrlify.views import inspect_report


@click.group()
@click.version_option(package_name="xbrlify")
def main() -> None:
    """Turn legacy SEC EDGAR text filings (1993-2008) into XBRL."""


@main.command()
@click.argument("filing", type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the tables as JSON (see xbrlify.views.InspectReport).")
def inspect(filing: str, as_json: bool) -> None:
    """Print every table found in FILING: lines, title, columns, rows and cells."""
    try:
        found = inspect_filing(filing)
    except XbrlifyError as error:
        fail(str(error), error.exit_code)
    except Exception as error:  # a bug of ours: say so in one line, not a traceback
        fail(f"{filing}: internal error: {type(error).__name__}: {error}", 2)
    if as_json:
        report = inspect_report(found.filing, list(found.tables), list(found.diagnostics))
        click.echo(report.model_dump_json(indent=2))
        return
    click.echo(format_tables(found.filing, list(found.tables)), nl=False)
    for diagnostic in found.diagnostics:
        click.echo(str(diagnostic), err=True)


@main.command()
@click.argument("filing", type=click.Path(path_type=str))
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=str), help="Folder to write (new, empty, or an earlier output).")
@click.option("--cik", help="The registrant's CIK, when the filing has no SEC header.")
def convert(filing: str, out: str, cik: str | None) -> None:
    """Convert FILING to XBRL: instance, extension taxonomy, base taxonomy copy, report.json."""
    try:
        result = convert_filing(filing, out, cik=cik)
    except XbrlifyError as error:
        fail(str(error), error.exit_code)
    except Exception as error:  # a bug of ours: one line, and nothing half-written
        fail(f"{filing}: internal error: {type(error).__name__}: {error}", 2)
    for line in summary_lines(result.report):
        click.echo(line)
    sys.exit(0 if result.report.valid else 1)


def fail(message: str, exit_code: int) -> None:
    click.echo(f"xbrlify: {message}", err=True)
    sys.exit(exit_code)
