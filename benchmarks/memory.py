"""Peak memory of ``rhetoscope analyze`` as the number of documents grows.

    python benchmarks/memory.py [--sizes 100 1000 10000] [--jobs 1] [--seed FILE]

Writes N copies of a document (the bundled seed by default, each made distinct) into a
temporary folder, runs ``rhetoscope analyze`` on it in a fresh process, and prints the
peak resident memory (ru_maxrss) and the time for each N. Tables and reports are written
as documents finish, so peak memory should stay nearly flat as N grows.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=Path, default=ROOT / "examples" / "massoud-2021.txt")
    args = parser.parse_args()
    text = args.seed.read_text("utf-8")
    print(f"{'documents':>10} {'peak RSS (MB)':>14} {'seconds':>8}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "docs"
            folder.mkdir()
            for i in range(size):
                (folder / f"doc{i:05d}.txt").write_text(f"{text}\n\nDocument {i}.\n", "utf-8")
            command = [
                sys.executable,
                "-m",
                "rhetoscope",
                "analyze",
                str(folder),
                "-o",
                str(Path(tmp) / "out"),
                "--jobs",
                str(args.jobs),
                "--quiet",
            ]
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", _MEASURE, *command],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            seconds = time.perf_counter() - started
        peak_kb = int(out.strip().splitlines()[-1])
        print(f"{size:>10} {peak_kb / 1024:>14.0f} {seconds:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
