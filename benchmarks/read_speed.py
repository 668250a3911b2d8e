"""How fast xbrlify reads a filing and finds its tables (target: 20 MB/s on one core).

Usage: python benchmarks/read_speed.py [FILING] [--repeat N]
Default FILING is the largest bundled filing. Prints MB/s for each stage and in all.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from xbrlify.numbers import line_tail_tokens, read_word, rule_chunks, trailing_rules
from xbrlify.source import read_filing
from xbrlify.tables.header import line_chunks
from xbrlify.tables import text_to_tables

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def largest_fixture() -> Path:
    return max(FIXTURES.glob("*.txt"), key=lambda p: p.stat().st_size)


def best_time(action, repeat: int) -> float:
    """The fastest of `repeat` runs: the least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(repeat):
        for cached in (line_tail_tokens, read_word, rule_chunks, trailing_rules, line_chunks):
            cached.cache_clear()  # every run starts cold, as a new filing would
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filing", nargs="?", type=Path, default=largest_fixture())
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    megabytes = args.filing.stat().st_size / 1_000_000
    filing, _ = read_filing(args.filing)
    tables, _ = text_to_tables(filing)
    read_seconds = best_time(lambda: read_filing(args.filing), args.repeat)
    table_seconds = best_time(lambda: text_to_tables(filing), args.repeat)
    total = read_seconds + table_seconds
    print(f"{args.filing.name}: {megabytes:.2f} MB, {len(filing.lines)} lines, {len(tables)} tables")
    print(f"  read      {read_seconds * 1000:8.1f} ms  {megabytes / read_seconds:8.1f} MB/s")
    print(f"  tables    {table_seconds * 1000:8.1f} ms  {megabytes / table_seconds:8.1f} MB/s")
    print(f"  in all    {total * 1000:8.1f} ms  {megabytes / total:8.1f} MB/s  (target 20 MB/s)")


if __name__ == "__main__":
    main()
