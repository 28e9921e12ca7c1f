"""Speaker splitting time for transcripts holding one long run of blanks.

    python benchmarks/blank_runs.py [--sizes 5000 20000 80000]

Text converted from PDFs or fixed-width exports can pad a line with thousands of
spaces or tabs. Each case puts a run of N blanks after a label or a recorder's counter in
a short transcript; the time should grow in proportion to N (until stop 32, 20,000
spaces after a counter took 7 s and after a label 3.5 s, quadratic in N).
"""

from __future__ import annotations

import argparse
import time

from rhetoscope.speakers import split_speakers

CASES = {  # name: (text before the run, the run's unit, text after it)
    "label, spaces": ("HOST: ", " ", "\nGUEST: Ok.\nHOST: Fine."),
    "counter, spaces": ("HOST: Hi.\nGUEST: Hello.\n1641:07", " ", "x\nHOST: Ok.\nGUEST: Fine."),
    "counter, space-tab": ("HOST: Hi.\nGUEST: Hello.\n1641:07", " \t", "x\nHOST: Ok."),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000, 80000])
    args = parser.parse_args()
    split_speakers("HOST: Hi.\nGUEST: Hello.")  # compile the rules first
    print(f"{'case':<20} {'blanks':>8} {'seconds':>8} {'us/blank':>9}")
    for name, (before, unit, after) in CASES.items():
        for n in args.sizes:
            text = before + unit * n + after
            started = time.perf_counter()
            split_speakers(text)
            took = time.perf_counter() - started
            blanks = n * len(unit)
            print(f"{name:<20} {blanks:>8,} {took:>8.3f} {took / blanks * 1e6:>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
