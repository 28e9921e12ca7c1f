"""Stance lexicon accuracy on the labelled gold set, and matching speed.

    python benchmarks/lexicons.py [--gold tests/data/stance_gold.tsv] [--split all|dev|test]
                                  [--speed-corpus FILE_OR_FOLDER ...] [--errors]

Accuracy: each gold sentence is analysed alone; a category is predicted when its count
after negation is > 0. Beside it, VADER's sign alone as a baseline: resolve predicted
for a positive compound score (>= 0.05), defiance and concession for a negative one
(<= -0.05), hedging for a neutral one.

Speed: matching alone (both compiled token tries, stance and era gazetteer, over
pre-tokenised sentences, one core)
in words per second, over the speed corpus (default: the gold sentences repeated), with
the compiled lexicons exempt from garbage collection as ``rhetoscope analyze`` has them.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from rhetoscope.batch import settle
from rhetoscope.lexicon import load_lexicons
from rhetoscope.models import Document
from rhetoscope.pipeline import Resources, analyze_document
from rhetoscope.readers import decode, expand
from rhetoscope.sentiment import sentiment
from rhetoscope.text import sentence_spans, tokenize

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ("resolve", "defiance", "concession", "hedging", "analogy")


def vader_predicts(category: str, compound: float) -> bool:
    if category == "resolve":
        return compound >= 0.05
    if category in ("defiance", "concession"):
        return compound <= -0.05
    if category == "hedging":
        return -0.05 < compound < 0.05
    return False


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy(rows: list[dict], resources: Resources, show_errors: bool) -> None:
    counts = {c: {"lex": [0, 0, 0], "vader": [0, 0, 0]} for c in CATEGORIES}
    for row in rows:
        result = analyze_document(Document(row["id"], row["text"]), resources)
        found = {m.category for m in result.matches if m.category}
        compound = sentiment(row["text"]).compound
        for c in CATEGORIES:
            gold = row[c] == "1"
            for system, predicted in (("lex", c in found), ("vader", vader_predicts(c, compound))):
                tally = counts[c][system]
                if predicted and gold:
                    tally[0] += 1
                elif predicted:
                    tally[1] += 1
                elif gold:
                    tally[2] += 1
            if show_errors and (c in found) != gold:
                kind = "FP" if c in found else "FN"
                terms = "; ".join(f"{m.term}->{m.category or '-'}" for m in result.matches)
                print(f"{kind} {c:<10} {row['id']}  {row['text']}  [{terms}]")
    print(
        f"{'category':<11} {'gold':>5}  {'P':>5} {'R':>5} {'F1':>5}   "
        f"{'VADER sign P':>12} {'R':>5} {'F1':>5}"
    )
    for c in CATEGORIES:
        lex, vader = counts[c]["lex"], counts[c]["vader"]
        p, r, f = prf(*lex)
        vp, vr, vf = prf(*vader)
        print(
            f"{c:<11} {lex[0] + lex[2]:>5}  {p:5.3f} {r:5.3f} {f:5.3f}   "
            f"{vp:12.3f} {vr:5.3f} {vf:5.3f}"
        )


def speed(texts: list[str], resources: Resources, repeats: int = 7) -> None:
    sentences = [
        [t.norm for t in tokenize(text[a:b])] for text in texts for a, b in sentence_spans(text)
    ]
    settle(resources)  # as the command line does: compiled tries exempt from the GC
    words = sum(1 for s in sentences for norm in s if any(ch.isalnum() for ch in norm))
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for norms in sentences:
            resources.find(norms)
        best = min(best, time.perf_counter() - started)
    entries = sum(len(lex.entries) for lex in resources.lexicons)
    print(
        f"matching alone: {words:,} words, {entries} lexicon entries, best of {repeats}: "
        f"{best:.3f} s = {words / best:,.0f} words/s on one core (tries exempt from the garbage "
        "collector, as in the command line)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "stance_gold.tsv")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all")
    parser.add_argument("--speed-corpus", nargs="*", default=[])
    parser.add_argument("--errors", action="store_true", help="list every wrong prediction")
    args = parser.parse_args()

    resources = Resources(load_lexicons())
    with args.gold.open(encoding="utf-8", newline="") as stream:
        rows = [
            r
            for r in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
            if args.split == "all" or r["split"] == args.split
        ]
    print(f"gold: {args.gold.name}, split {args.split}: {len(rows)} sentences")
    accuracy(rows, resources, args.errors)
    if args.speed_corpus:
        texts = [decode(Path(s.path).read_bytes(), s.path)[0] for s in expand(args.speed_corpus)]
    else:
        texts = [" ".join(r["text"] for r in rows)] * 200
    speed(texts, resources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
