"""Scoring time for one long sentence full of lexicon hits.

    python benchmarks/long_sentences.py [--sizes 4000 8000 16000 32000]

Speech transcribed without punctuation (an automatic transcript, a pasted caption file)
can reach the scorer as one sentence of many thousand words. The text repeats "we will
never surrender and" N times, five words and two hits each; every hit asks what negates
it and whose act it is. The time per hit should stay flat as N grows (linear time); it
prints seconds, microseconds per hit and the matches kept.
"""

from __future__ import annotations

import argparse
import time

from rhetoscope import api

CLAUSE = "we will never surrender and "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4000, 8000, 16000, 32000])
    args = parser.parse_args()
    api.analyze("We will win.")  # lexicons and rules loaded before the clock starts
    print(f"{'clauses':>8} {'words':>8} {'seconds':>8} {'us/hit':>7} {'matches':>8}")
    for n in args.sizes:
        text = CLAUSE * n + "we win."
        started = time.perf_counter()
        result = api.analyze(text)
        took = time.perf_counter() - started
        matches = len(result.matches)
        print(f"{n:>8,} {5 * n + 2:>8,} {took:>8.2f} {took / (2 * n) * 1e6:>7.1f} {matches:>8,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
