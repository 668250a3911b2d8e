"""The `xbrlify` command: inspect output, JSON, and one clear line for bad input."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from xbrlify.cli import main
from xbrlify.views import InspectReport

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = FIXTURES / "auxer-8k-a2-2001-11-07.txt"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_inspect_lays_out_rows_beside_their_line_numbers():
    result = run("inspect", str(SEED))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{SEED}: 4 table(s), read as utf-8"
    assert "Table 1  lines 150-242  <TABLE>  document 1" in lines
    cash = next(line for line in lines if line.split()[:2] == ["155", "Cash"])
    assert cash.split()[2:] == ["75,779.00", "44,781.00", "0.00", "30,998.00"]
    savings = next(line for line in lines if line.split()[:2] == ["156", "Savings"])
    assert savings.split()[2:] == ["44,663.00", "44,663.00"]
    assert "  column 2 (chars 60-72): (Less)Sale of | Clifton Telecard" in lines


def test_inspect_json_is_the_documented_model():
    result = run("inspect", "--json", str(SEED))
    assert result.exit_code == 0
    report = InspectReport.model_validate(json.loads(result.stdout))
    assert len(report.tables) == 4
    first = report.tables[0]
    cash = next(row for row in first.rows if row.label == "Cash")
    assert [(c.column, Decimal(c.value)) for c in cash.cells] == [
        (0, Decimal("75779.00")),
        (1, Decimal("44781.00")),
        (2, Decimal("0.00")),
        (3, Decimal("30998.00")),
    ]
    assert cash.cells[0].line == 155


def test_warnings_go_to_stderr_with_file_and_line():
    result = run("inspect", str(SEED))
    assert f"{SEED}:379:43: warning X103" in result.stderr


@pytest.mark.parametrize(
    "content, problem, code",
    [
        (b"", "is empty", 1),
        (b"\x00\x01\x02binary\x00" * 100, "binary file", 1),
        (b"<html><body><p>10-K</p></body></html>\n", "HTML filing", 1),
        (b"A filing with words only.\nNo amounts here.\n", "no tables found", 1),
    ],
)
def test_bad_content_gives_one_line_and_nonzero_exit(tmp_path, content, problem, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("inspect", str(path))
    assert result.exit_code == code
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"xbrlify: {path}: ") and problem in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize("kind, problem", [("missing", "no such file"), ("directory", "is a directory")])
def test_bad_paths_are_usage_errors(tmp_path, kind, problem):
    path = tmp_path / "absent.txt" if kind == "missing" else tmp_path
    result = run("inspect", str(path))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"xbrlify: {path}: {problem}" + (", not a filing" if kind == "directory" else "")


def test_the_12b25_seed_has_no_tables():
    result = run("inspect", str(FIXTURES / "auxer-nt10k-2003-03-31.txt"))
    assert result.exit_code == 1
    assert "no tables found" in result.stderr
