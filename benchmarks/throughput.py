"""Throughput: rhetoscope against the floor its required dependencies set.

    python benchmarks/throughput.py CORPUS... [--limit N]

On the same texts, measures in one run:
  (a) the floor: NLTK Punkt sentence splitting plus VADER on every sentence, nothing else;
  (b) ``rhetoscope analyze --jobs 1`` (the library call behind it, reports written);
  (c) the same with ``--jobs 2``.
and prints words per second for each and the ratios (b)/(a) and (c)/(b).
CORPUS: files, folders or globs (e.g. ../shared/corpus/debates/*.said and
../shared/eval/polnear-train/docs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from rhetoscope.api import analyze_files
from rhetoscope.lexicon import load_lexicons
from rhetoscope.readers import decode, expand
from rhetoscope.reports.markdown import RunInfo
from rhetoscope.reports.writer import write_reports
from rhetoscope.sentiment import sentiment
from rhetoscope.text import sentence_spans


def floor(texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        for a, b in sentence_spans(text):
            sentiment(text[a:b])
    return time.perf_counter() - started


def rhetoscope_run(paths: list[str], jobs: int) -> float:
    lexicons = load_lexicons()
    started = time.perf_counter()
    analysis = analyze_files(paths, lexicons=lexicons, jobs=jobs)
    with tempfile.TemporaryDirectory() as out:
        write_reports(analysis, Path(out), RunInfo("bench", analysis.lexicons))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    args = parser.parse_args()
    sources = expand(args.corpus)
    if args.limit:
        sources = sources[: args.limit]
    paths = [s.path for s in sources]
    texts = [decode(Path(p).read_bytes(), p)[0] for p in paths]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(paths)} documents, {words:,} words (whitespace-separated)")
    sentiment("warm up")
    list(sentence_spans("Warm up. Twice."))
    a = floor(texts)
    b = rhetoscope_run(paths, 1)
    c = rhetoscope_run(paths, 2)
    for label, seconds in (
        ("(a) floor: Punkt + VADER", a),
        ("(b) analyze --jobs 1", b),
        ("(c) analyze --jobs 2", c),
    ):
        print(f"{label:<28} {seconds:7.2f} s  {words / seconds:>10,.0f} words/s")
    print(f"(b)/(a) = {a / b:.2f}   (target >= 0.8)")
    print(f"(c)/(b) = {b / c:.2f}   (target >= 1.7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
