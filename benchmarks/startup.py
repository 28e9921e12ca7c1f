"""Startup: one interview end to end, and ``--help``, in fresh processes (issue #7).

    python benchmarks/startup.py [--base CHECKOUT] [--runs N] [--python PY]

Times, in this checkout (and in ``--base``, another checkout, e.g. a
``git worktree add --detach`` of an older commit, for comparison), each in a fresh
process ``python -m rhetoscope`` with ``PYTHONPATH=src``:
  help  ``rhetoscope --help``;
  cold  ``rhetoscope analyze examples/massoud-2021.txt`` with an empty startup store
        (``rhetoscope.store``), as on the first run after an install or a change;
  warm  the same again, the store filled by the run before.
Runs of the checkouts alternate, so that load from elsewhere on the machine falls on
both alike; prints the best and the median of ``--runs`` runs of each. Compile the
bytecode of each checkout first (``python -m compileall -q src``): the first run
after a change otherwise pays for it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INTERVIEW = "examples/massoud-2021.txt"


def _run(tree: Path, python: str, args: list[str], store: Path) -> float:
    env = {**os.environ, "PYTHONPATH": "src", "RHETOSCOPE_CACHE_DIR": str(store)}
    env.pop("RHETOSCOPE_NO_CACHE", None)
    start = time.perf_counter()
    subprocess.run(
        [python, "-m", "rhetoscope", *args], cwd=tree, env=env, check=True, capture_output=True
    )
    return time.perf_counter() - start


def measure(trees: list[Path], python: str, runs: int) -> dict[tuple[str, str], list[float]]:
    """Seconds of each run, by (checkout, measurement)."""
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        for i in range(runs):
            for tree in trees:
                store = Path(tmp) / f"store-{tree.name}-{i}"  # empty: a cold run
                analyze = ["analyze", INTERVIEW, "-o", str(out), "-q"]
                for name, args in (("help", ["--help"]), ("cold", analyze), ("warm", analyze)):
                    times.setdefault((str(tree), name), []).append(_run(tree, python, args, store))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, help="another checkout to compare with")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--python", default=sys.executable)
    opts = parser.parse_args()
    here = Path(__file__).resolve().parents[1]
    trees = [here] + ([opts.base.resolve()] if opts.base else [])
    times = measure(trees, opts.python, opts.runs)
    for (tree, name), seconds in times.items():
        print(
            f"{tree}  {name:4}  best {min(seconds):.3f} s  "
            f"median {statistics.median(seconds):.3f} s  ({len(seconds)} runs)"
        )


if __name__ == "__main__":
    main()
