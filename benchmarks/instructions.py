"""Instruction counts: throughput's (b)/(a) in a measure that machine load does not move.

    python benchmarks/instructions.py CORPUS... [--limit N] [--every K]

Wall-clock seconds on a shared or virtual machine vary by a fifth or more between runs of
the same code (benchmarks/throughput.py's floor took 6.1 to 7.8 s in four runs of one
hour on this project's machine), which hides changes of a few percent. valgrind's
callgrind counts the instructions a process executes: the same count for the same code,
input and Python, whatever else the machine does. For throughput's floor (NLTK Punkt plus
vaderSentiment on every sentence) and for its (b) (``rhetoscope analyze --jobs 1``,
reports written), this runs throughput.py's own measurement in a fresh process under
callgrind, once on the sample and once on no documents (imports and data loading only),
and prints the instructions of the work itself, per word, and their ratio: the instruction
analogue of (b)/(a). Needs valgrind on PATH; a run is some fifty times slower than without
it, hence a sample: every K-th of the first N files.
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
from pathlib import Path

import throughput
from rhetoscope.readers import expand

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
# NLTK (3.10) runs its regular expressions under a 5 s wall-clock limit, which a process
# slowed fifty-fold by valgrind exceeds on a long document: the limit is lifted (for both
# parts alike) and throughput.py run as its own main program.
_UNTIMED = (
    "import runpy, sys, nltk.redos; nltk.redos.DEFAULT_TIMEOUT = None; "
    "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


def instructions(part: str, paths: list[str]) -> int:
    """Instructions executed by throughput.py's ``part`` over ``paths``, in a fresh process."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as listing:
        json.dump(paths, listing)
    # no startup store: both runs load the same way, from the package's own files
    env = {**os.environ, "RHETOSCOPE_NO_CACHE": "1"}
    try:
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--callgrind-out-file=/dev/null",
                sys.executable,
                "-c",
                _UNTIMED,
                throughput.__file__,
                "--part",
                part,
                "--paths",
                listing.name,
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    finally:
        Path(listing.name).unlink()
    found = _COLLECTED.search(run.stderr)  # valgrind's summary line, on stderr
    if found is None:
        raise SystemExit(f"instructions.py: callgrind printed no count for {part}")
    return int(found.group(1))


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
    for part, label in (("floor", "(a) floor: Punkt + VADER"), ("jobs1", "(b) analyze --jobs 1")):
        loaded = instructions(part, [])
        work[part] = instructions(part, paths) - loaded
        print(
            f"{label:<26} {work[part] / 1e9:8.3f} G instructions  "
            f"{work[part] / words:>9,.0f} per word  (loading: {loaded / 1e9:.3f} G)"
        )
    print(f"(b)/(a) by instructions = {work['floor'] / work['jobs1']:.3f}   (target >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
