"""Speaker splitting time for one long transcript turn full of "he said" quotations.

    python benchmarks/long_turns.py [--sizes 150 300 600 1200]

A debate whose one turn repeats a narrated sentence and a quotation N times ('I met a
man in Ohio ... He said, "..."'): every quotation asks who "he" is. The time per
quotation should stay flat as N grows (linear time); it prints seconds and milliseconds
per quotation, and how many quotations were cut out.
"""

from __future__ import annotations

import argparse
import time

from rhetoscope.speakers import split_speakers

STORY = "I met a man in Ohio last spring and we talked for a long while about the plant. "
QUOTE = 'He said, "We will keep it open." '


def transcript(n: int) -> str:
    turn = (STORY * 3 + QUOTE) * n
    return f"MOD: Go ahead.\n\nANN LEE: {turn}\n\nMOD: Thanks.\n\nBO CHEN: Fine.\n\nMOD: Next.\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[150, 300, 600, 1200])
    args = parser.parse_args()
    print(f"{'quotations':>10} {'characters':>11} {'seconds':>8} {'ms/quote':>9} {'cut out':>8}")
    for n in args.sizes:
        text = transcript(n)
        started = time.perf_counter()
        segments = split_speakers(text)
        took = time.perf_counter() - started
        cut = sum(1 for s in segments if s.kind == "quote")
        print(f"{n:>10,} {len(text):>11,} {took:>8.2f} {took / n * 1e3:>9.2f} {cut:>8,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
