"""Where single-process time goes: the pipeline's stages against the Punkt + VADER floor.

    python benchmarks/stages.py CORPUS... [--limit N]

Analyses the documents in this process (no reports written) and prints the seconds
spent in each stage: speaker attribution (which runs Punkt over the document), lexicon
matching with negation and the analogy rules, sentiment, tokens; then the time to render
the documents' reports (their rows of the five tables as CSV text, their Markdown
reports: what worker processes do besides analysis, nothing written); then the floor
of ``benchmarks/throughput.py`` (NLTK Punkt plus vaderSentiment on every sentence) on
the same texts. Stage times are measured by wrapping the stage functions, which adds a
little time of its own.
"""

from __future__ import annotations

import argparse
import sys
import time

import rhetoscope.pipeline as pipeline
import throughput
from rhetoscope import patterns
from rhetoscope.api import Analysis
from rhetoscope.batch import settle
from rhetoscope.lexicon import load_lexicons
from rhetoscope.models import Document
from rhetoscope.readers import expand
from rhetoscope.reports.markdown import RunInfo
from rhetoscope.reports.rendered import DocumentRenderer
from rhetoscope.resources import compiled
from rhetoscope.sentiment import sentiment
from rhetoscope.text import _punkt

STAGES = {
    "split_speakers": "speakers (with Punkt)",
    "sentence_matches": "matching, negation, analogies",
    "sentiment_of": "sentiment (VADER's rules)",
    "token_norms": "tokens",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    args = parser.parse_args()
    sources = expand(args.corpus)[: args.limit or None]
    paths = [s.path for s in sources]
    texts = throughput._texts(paths)
    _punkt()
    sentiment("warm up")
    patterns.make_all()  # (made on first use otherwise: a one-off, not per document)
    resources = settle(compiled(load_lexicons()))
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(name):
        inner = getattr(pipeline, name)

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started

        return wrapper

    for name in STAGES:
        setattr(pipeline, name, timed(name))
    started = time.perf_counter()
    documents = [Document(str(i), text) for i, text in enumerate(texts)]
    results = [pipeline.analyze_document(d, resources) for d in documents]
    total = time.perf_counter() - started
    render = DocumentRenderer(
        resources.categories, Analysis((), resources.lexicons, ()).counts, RunInfo("", ())
    )
    started = time.perf_counter()
    for result in results:
        render(result)
    rendering = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words:,} words (whitespace-separated)")
    for name, label in STAGES.items():
        print(f"  {label:<32} {spent[name]:6.2f} s")
    print(f"  {'rest':<32} {total - sum(spent.values()):6.2f} s")
    print(f"  {'analysis in all':<32} {total:6.2f} s")
    print(f"reports rendered (rows, Markdown)  {rendering:6.2f} s")
    print(f"floor (Punkt + VADER, same texts)  {throughput.floor(paths):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
