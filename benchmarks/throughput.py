"""Throughput: rhetoscope against the floor its required dependencies set.

    python benchmarks/throughput.py CORPUS... [--limit N] [--repeat R]

On the same texts, measures:
  (a) the floor: NLTK's own Punkt (same abbreviations) splitting each text into
      sentences, plus vaderSentiment's own analyzer on every sentence, nothing else;
  (b) ``rhetoscope analyze --jobs 1`` (the library calls behind it: documents read,
      analysed and their reports written as they finish);
  (c) the same with ``--jobs 2``.
Each measurement runs in a fresh Python process, so no run profits from what an earlier
one loaded or remembered; the best of ``--repeat`` runs is kept. Both sides are timed
alike: the libraries imported before the clock starts (NLTK, vaderSentiment, and
rhetoscope's modules), the data loaded after it (Punkt's parameters and VADER's lexicon,
and for (b) and (c) rhetoscope's lexicons too). Prints words per
second and the ratios (b)/(a) and (c)/(b).

rhetoscope computes VADER's scores with a linear-time version of VADER's rules and
remembers Punkt's answers for short contexts; the run checks that its sentences and
scores are those of NLTK and vaderSentiment on the whole corpus.
CORPUS: files, folders or globs (e.g. ../shared/corpus/debates/*.said and
../shared/eval/polnear-train/docs).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rhetoscope.readers import decode, expand


def _texts(paths: list[str]) -> list[str]:
    return [decode(Path(p).read_bytes(), p)[0] for p in paths]


def _plain_punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from rhetoscope.text import abbreviations

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


def floor(paths: list[str]) -> float:
    import nltk.tokenize.punkt  # noqa: F401  (imported before the clock starts)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = _texts(paths)
    started = time.perf_counter()
    punkt, vader = _plain_punkt(), SentimentIntensityAnalyzer()
    for text in texts:
        for a, b in punkt.span_tokenize(text):
            vader.polarity_scores(text[a:b])
    return time.perf_counter() - started


def rhetoscope_run(paths: list[str], jobs: int) -> float:
    """What ``rhetoscope analyze`` does: reports written while documents are analysed."""
    import nltk.tokenize.punkt  # noqa: F401  (the libraries imported, as for the floor)
    import vaderSentiment.vaderSentiment  # noqa: F401

    from rhetoscope.api import run_files
    from rhetoscope.lexicon import load_lexicons
    from rhetoscope.reports.markdown import RunInfo
    from rhetoscope.reports.writer import write_stream

    started = time.perf_counter()
    run = run_files(paths, lexicons=load_lexicons(), jobs=jobs, freeze=True)  # as the CLI
    with tempfile.TemporaryDirectory() as out:
        write_stream(
            run,
            Path(out),
            RunInfo("bench", run.lexicons),
            lexicons=run.lexicons,
            categories=run.categories,
            failures=run.failures,
        )
    return time.perf_counter() - started


def agreement(paths: list[str]) -> dict[str, int]:
    """Sentences and VADER scores: rhetoscope's against NLTK's and vaderSentiment's."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from rhetoscope.sentiment import sentiment
    from rhetoscope.text import _SPACED_ELLIPSIS, _punkt

    punkt, vader = _plain_punkt(), SentimentIntensityAnalyzer()
    counts = {"documents": 0, "documents_same": 0, "sentences": 0, "scores_same": 0}
    for text in _texts(paths):
        masked = _SPACED_ELLIPSIS.sub(lambda m: "\u2026" + " " * (len(m.group()) - 1), text)
        counts["documents"] += 1
        counts["documents_same"] += list(_punkt().span_tokenize(masked)) == list(
            punkt.span_tokenize(masked)
        )
        for a, b in punkt.span_tokenize(text):
            mine, stock = sentiment(text[a:b]), vader.polarity_scores(text[a:b])
            counts["sentences"] += 1
            counts["scores_same"] += (mine.compound, mine.pos, mine.neu, mine.neg) == (
                stock["compound"],
                stock["pos"],
                stock["neu"],
                stock["neg"],
            )
    return counts


def _in_fresh_process(part: str, paths: list[str]) -> float | dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as listing:
        json.dump(paths, listing)
    out = subprocess.run(
        [sys.executable, __file__, "--part", part, "--paths", listing.name],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    Path(listing.name).unlink()
    return json.loads(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of R runs")
    parser.add_argument("--part", help=argparse.SUPPRESS)
    parser.add_argument("--paths", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:  # one measurement, in this fresh process
        paths = json.loads(Path(args.paths).read_text())
        parts = {
            "floor": lambda: floor(paths),
            "jobs1": lambda: rhetoscope_run(paths, 1),
            "jobs2": lambda: rhetoscope_run(paths, 2),
            "agreement": lambda: agreement(paths),
        }
        print(json.dumps(parts[args.part]()))
        return 0
    sources = expand(args.corpus)
    if args.limit:
        sources = sources[: args.limit]
    paths = [s.path for s in sources]
    words = sum(len(t.split()) for t in _texts(paths))
    print(f"{len(paths)} documents, {words:,} words (whitespace-separated)")
    best = {}
    for part in ("floor", "jobs1", "jobs2"):
        best[part] = min(_in_fresh_process(part, paths) for _ in range(max(1, args.repeat)))
    a, b, c = best["floor"], best["jobs1"], best["jobs2"]
    for label, seconds in (
        ("(a) floor: Punkt + VADER", a),
        ("(b) analyze --jobs 1", b),
        ("(c) analyze --jobs 2", c),
    ):
        print(f"{label:<28} {seconds:7.2f} s  {words / seconds:>10,.0f} words/s")
    print(f"(b)/(a) = {a / b:.2f}   (target >= 0.8)")
    print(f"(c)/(b) = {b / c:.2f}   (target >= 1.7)")
    same = _in_fresh_process("agreement", paths)
    print(
        f"Punkt spans identical to NLTK's: {same['documents_same']:,}/{same['documents']:,} "
        f"documents; VADER scores identical to vaderSentiment's: "
        f"{same['scores_same']:,}/{same['sentences']:,} sentences"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
