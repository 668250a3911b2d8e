"""How fast xbrlify reads a filing and finds its tables (target: 20 MB/s on one core).

Usage: python benchmarks/read_speed.py [FILING] [--repeat N]
Default FILING is the largest bundled filing. Prints MB/s for each stage and in all:
the best of N runs (the one least disturbed by the rest of the machine) and, as a
check on how noisy the machine was, the median.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from xbrlify.numbers import line_tail_tokens, read_word, rule_chunks, trailing_rules
from xbrlify.source import read_filing
from xbrlify.tables.header import line_chunks
from xbrlify.tables import text_to_tables

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def largest_fixture() -> Path:
    return max(FIXTURES.glob("*.txt"), key=lambda p: p.stat().st_size)


def run_times(action, repeat: int) -> list[float]:
    """The seconds each of `repeat` runs took."""
    times = []
    for _ in range(repeat):
        for cached in (line_tail_tokens, read_word, rule_chunks, trailing_rules, line_chunks):
            cached.cache_clear()  # every run starts cold, as a new filing would
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filing", nargs="?", type=Path, default=largest_fixture())
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    megabytes = args.filing.stat().st_size / 1_000_000
    filing, _ = read_filing(args.filing)
    tables, _ = text_to_tables(filing)
    read_times = run_times(lambda: read_filing(args.filing), args.repeat)
    table_times = run_times(lambda: text_to_tables(filing), args.repeat)
    best = {"read": min(read_times), "tables": min(table_times)}
    median = {"read": statistics.median(read_times), "tables": statistics.median(table_times)}
    best["in all"], median["in all"] = best["read"] + best["tables"], median["read"] + median["tables"]
    print(f"{args.filing.name}: {megabytes:.2f} MB, {len(filing.lines)} lines, {len(tables)} tables")
    print(f"  {'':8}  {'best of ' + str(args.repeat):>23}  {'median':>23}")
    for stage in ("read", "tables", "in all"):
        figures = "  ".join(f"{t * 1000:7.1f} ms {megabytes / t:7.1f} MB/s" for t in (best[stage], median[stage]))
        target = "  (target 20 MB/s)" if stage == "in all" else ""
        print(f"  {stage:8}  {figures}{target}")


if __name__ == "__main__":
    main()
