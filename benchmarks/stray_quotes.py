"""Speaker splitting time per quote mark on texts of stray or unbalanced marks.

    python benchmarks/stray_quotes.py [--sizes 25000 50000 100000]

Each shape is repeated N times: lone marks, marks that pair into quotes inside one
sentence without end, marks in short sentences with a cue, and single curly marks
(openings without a close, apostrophes, pairs). The time per mark should
stay flat as N grows (linear time); it prints seconds and microseconds per mark.
"""

from __future__ import annotations

import argparse
import time

from rhetoscope.speakers import split_speakers

SHAPES = (
    '"',
    "\u201c",
    'a " b ',
    "''x ",
    'He said " no. ',
    "\u2018",
    "a \u2018b ",
    "\u2018x\u2019s ",
    "a \u2018b\u2019 ",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    args = parser.parse_args()
    print(f"{'shape':<18} {'marks':>8} {'seconds':>8} {'us/mark':>8}")
    for shape in SHAPES:
        for n in args.sizes:
            started = time.perf_counter()
            split_speakers(shape * n)
            took = time.perf_counter() - started
            print(f"{shape!r:<18} {n:>8,} {took:>8.2f} {took / n * 1e6:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
