"""Speaker-splitting accuracy against a gold set, scored by an external scorer.

    python benchmarks/speakers.py --docs-dir DOCS --gold GOLD.jsonl --scorer quote_eval.py \\
        [--errors-out misses.jsonl] [--pred-out pred.jsonl] [--half even|odd]

Runs ``rhetoscope.split_speakers`` over every ``*.txt`` in DOCS, writes the quote and
turn segments as prediction JSONL, and prints the scorer's numbers (for the PolNeAR
split: ``../shared/eval/quote_eval.py``), plus throughput. ``--half`` keeps only the
even- or odd-indexed documents of the sorted file names: study misses on one half, and
measure on the other as held out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rhetoscope import split_speakers
from rhetoscope.readers import decode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs-dir", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--scorer", type=Path, required=True)
    parser.add_argument("--errors-out", type=Path)
    parser.add_argument("--pred-out", type=Path)
    parser.add_argument("--half", choices=("even", "odd"))
    args = parser.parse_args()

    files = sorted(args.docs_dir.glob("*.txt"))
    docs_dir = args.docs_dir
    if args.half:
        files = files[0 if args.half == "even" else 1 :: 2]
        docs_dir = Path(tempfile.mkdtemp())  # the scorer reads every document of its folder
        for path in files:
            (docs_dir / path.name).symlink_to(path.resolve())
    pred = args.pred_out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    words = 0
    started = time.perf_counter()
    with pred.open("w", encoding="utf-8") as out:
        for path in files:
            text, _ = decode(path.read_bytes(), str(path))
            words += len(text.split())
            for seg in split_speakers(text):
                if seg.kind == "narration":
                    continue
                row = {
                    "doc": path.stem,
                    "speaker": seg.speaker,
                    "kind": seg.kind,
                    "start": seg.start,
                    "end": seg.end,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    print(
        f"split {len(files)} documents, {words:,} words in {elapsed:.2f} s "
        f"({words / elapsed:,.0f} words/s)"
    )
    command = [
        sys.executable,
        str(args.scorer),
        "score",
        "--gold",
        str(args.gold),
        "--docs-dir",
        str(docs_dir),
        "--pred",
        str(pred),
    ]
    if args.errors_out:
        command += ["--errors-out", str(args.errors_out)]
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
