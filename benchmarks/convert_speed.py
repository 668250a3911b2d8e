"""Time `xbrlify convert` on a filing, stage by stage, and Arelle's own validation time.

Usage: python benchmarks/convert_speed.py [FILING] [--repeat N]
Default FILING is the bundled seed 8-K/A. Prints the best time of N runs per stage.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from xbrlify.assemble import assemble
from xbrlify.emit import FilingOutput, write_filing
from xbrlify.cover import read_cover
from xbrlify.document import document_context, narrative_facts
from xbrlify.extract import extract, periods_to_date
from xbrlify.rules import load_rules
from xbrlify.source import read_filing
from xbrlify.statements import tables_to_statements
from xbrlify.tables import text_to_tables
from xbrlify.taxonomy import DEFAULT_ROOT, load_base_taxonomy
from xbrlify.validate import validate_instance

SEED = Path(__file__).resolve().parent.parent / "examples" / "auxer-8k-a2-2001-11-07.txt"


def one_run(path: Path) -> dict[str, float]:
    times: dict[str, float] = {}

    def timed(stage, action):
        start = time.perf_counter()
        result = action()
        times[stage] = time.perf_counter() - start
        return result

    filing, _ = timed("read", lambda: read_filing(path))
    tables, _ = timed("tables", lambda: text_to_tables(filing))
    statements, _ = timed("statements", lambda: tables_to_statements(tables))
    taxonomy, rules = load_base_taxonomy(), load_rules()
    extraction = timed("mapping+facts", lambda: extract(statements, rules, taxonomy))
    cover = timed("cover", lambda: read_cover(filing))
    context = document_context(cover, periods_to_date(statements))
    told, _, _ = timed("narrative", lambda: narrative_facts(filing, context, extraction.facts, statements, set()))
    assembly = timed("assemble", lambda: assemble(statements, extraction.choices, extraction.facts, taxonomy))
    output = FilingOutput("bench", "http://xbrlify.org/filing/bench", "http://www.sec.gov/CIK", "0000000000",
                          tuple(extraction.extensions) + assembly.members, assembly.networks, tuple(extraction.facts),
                          tuple(told))
    with tempfile.TemporaryDirectory() as folder:
        timed("write", lambda: write_filing(output, Path(folder), DEFAULT_ROOT / "xbrlify"))
        result = timed("validate (total)", lambda: validate_instance(Path(folder) / "bench.xml"))
        times["  of which Arelle"] = result.seconds
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filing", nargs="?", type=Path, default=SEED)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.filing) for _ in range(args.repeat)]
    print(f"{args.filing.name}: best of {args.repeat} runs (the first run also loads Arelle)")
    for stage in runs[0]:
        print(f"  {stage:<18} {min(run[stage] for run in runs) * 1000:9.1f} ms")
    total = min(sum(v for k, v in run.items() if not k.startswith(" ")) for run in runs)
    print(f"  {'in all':<18} {total * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
