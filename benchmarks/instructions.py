"""Instruction counts: throughput's (b)/(a) in a measure that machine load does not move.

    python benchmarks/instructions.py CORPUS... [--limit N] [--every K]

Wall-clock seconds on a shared or virtual machine vary by a fifth or more between runs of
the same code (benchmarks/throughput.py's floor took 6.1 to 7.8 s in four runs within ten
minutes on this project's machine, stop 37), which hides changes of a few percent.
valgrind's callgrind counts the instructions a process executes: for the same code, input
and Python the count repeats within half a percent, whatever else the machine does.
For throughput's floor (NLTK Punkt plus vaderSentiment on every sentence) and its (b)
(``rhetoscope analyze --jobs 1``, reports written, the startup store filled), this runs
throughput.py's own measurement in a fresh process under callgrind, once on the sample
and once on no documents (imports and data loading only), and prints the instructions of
the work itself, per word, and their ratio: the instruction analogue of (b)/(a). Needs
valgrind on PATH; a run is some fifty times slower than without it, hence a sample: every
K-th of the first N files (30 documents, 78,000 words: about 8 minutes in all).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import throughput
from rhetoscope.readers import expand

_CALLGRIND = ("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
# NLTK (3.10) runs its regular expressions under a 5 s wall-clock limit, which a process
# slowed fifty-fold by valgrind exceeds on a long document: the limit is lifted (for both
# parts alike) and throughput.py run as its own main program.
_UNTIMED = (
    "import runpy, sys, nltk.redos; nltk.redos.DEFAULT_TIMEOUT = None; "
    "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


@contextmanager
def _listing(paths: list[str]) -> Iterator[str]:
    """A JSON file naming ``paths``, as throughput.py's ``--paths`` reads it."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "paths.json"
        listing.write_text(json.dumps(paths), "utf-8")
        yield str(listing)


def _part(part: str, listing: str) -> list[str]:
    return [throughput.__file__, "--part", part, "--paths", listing]


def instructions(part: str, paths: list[str], store: str) -> int:
    """Instructions executed by throughput.py's ``part`` over ``paths``, in a fresh process
    whose startup store is ``store``."""
    with _listing(paths) as listing:
        run = subprocess.run(
            [*_CALLGRIND, sys.executable, "-c", _UNTIMED, *_part(part, listing)],
            capture_output=True,
            text=True,
            # a fixed string hash: sets and dicts laid out alike in every run
            env={**os.environ, "RHETOSCOPE_CACHE_DIR": store, "PYTHONHASHSEED": "0"},
        )
    found = _COLLECTED.search(run.stderr)  # valgrind's summary line, on stderr
    if run.returncode or found is None:
        tail = run.stderr.strip().splitlines()[-1:] or ["no output"]
        raise SystemExit(f"instructions.py: the {part} run failed: {tail[0]}")
    return int(found.group(1))


def fill(paths: list[str], store: str) -> None:
    """Fill the startup store ``store`` with what a run over ``paths`` compiles."""
    with _listing(paths) as listing:
        subprocess.run(
            [sys.executable, *_part("jobs1", listing)],
            capture_output=True,
            env={**os.environ, "RHETOSCOPE_CACHE_DIR": store},
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=300, help="the first N files [300]")
    parser.add_argument("--every", type=int, default=10, help="every K-th of them [10]")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind is not installed", file=sys.stderr)
        return 1
    paths = [s.path for s in expand(args.corpus)[: args.limit or None]][:: args.every]
    words = sum(len(t.split()) for t in throughput._texts(paths))
    print(f"{len(paths)} documents, {words:,} words (whitespace-separated)")
    work = {}
    with tempfile.TemporaryDirectory() as store:
        # As throughput.py's (b) runs: with the startup store filled (lexicons parsed, the
        # speaker rules' patterns compiled), here by a first run outside valgrind.
        fill(paths, store)
        for part, label in (
            ("floor", "(a) floor: Punkt + VADER"),
            ("jobs1", "(b) analyze --jobs 1"),
        ):
            loaded = instructions(part, [], store)
            work[part] = instructions(part, paths, store) - loaded
            print(
                f"{label:<26} {work[part] / 1e9:8.3f} G instructions  "
                f"{work[part] / words:>9,.0f} per word  (loading: {loaded / 1e9:.3f} G)"
            )
    print(f"(b)/(a) by instructions = {work['floor'] / work['jobs1']:.3f}   (target >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
