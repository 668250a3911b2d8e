"""How fast xbrlify reads a filing and finds its tables (target: 20 MB/s on one core).

Usage: python benchmarks/read_speed.py [FILING] [--repeat N]
Default FILING is the largest bundled filing. Prints MB/s for each stage and in all:
the best of N runs (the one least disturbed by the rest of the machine) and, as a
check on how noisy the machine was, the median.

Two clocks: CPU time (time.process_time) is what the target is about, the work of
one core; it leaves out the time the process waits while other processes run, which
on a shared machine swung wall-clock figures by 40% from one minute to the next.
Wall-clock time is printed too: it is what a user waits.
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


def run_times(action, repeat: int, clock) -> list[float]:
    """The seconds each of `repeat` runs took on `clock`."""
    times = []
    for _ in range(repeat):
        for cached in (line_tail_tokens, read_word, rule_chunks, trailing_rules, line_chunks):
            cached.cache_clear()  # every run starts cold, as a new filing would
        start = clock()
        action()
        times.append(clock() - start)
    return times


def print_stages(name: str, megabytes: float, repeat: int, times: dict[str, list[float]]) -> None:
    best = {stage: min(runs) for stage, runs in times.items()}
    median = {stage: statistics.median(runs) for stage, runs in times.items()}
    best["in all"], median["in all"] = best["read"] + best["tables"], median["read"] + median["tables"]
    print(f"  {name + ':':10}{'best of ' + str(repeat):>23}  {'median':>23}")
    for stage in ("read", "tables", "in all"):
        figures = "  ".join(f"{t * 1000:7.1f} ms {megabytes / t:7.1f} MB/s" for t in (best[stage], median[stage]))
        target = "  (target 20 MB/s)" if stage == "in all" and name == "CPU time" else ""
        print(f"  {stage:8}  {figures}{target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filing", nargs="?", type=Path, default=largest_fixture())
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    megabytes = args.filing.stat().st_size / 1_000_000
    filing, _ = read_filing(args.filing)
    tables, _ = text_to_tables(filing)
    print(f"{args.filing.name}: {megabytes:.2f} MB, {len(filing.lines)} lines, {len(tables)} tables")
    for name, clock in (("CPU time", time.process_time), ("wall clock", time.perf_counter)):
        times = {
            "read": run_times(lambda: read_filing(args.filing), args.repeat, clock),
            "tables": run_times(lambda: text_to_tables(filing), args.repeat, clock),
        }
        print_stages(name, megabytes, args.repeat, times)


if __name__ == "__main__":
    main()
