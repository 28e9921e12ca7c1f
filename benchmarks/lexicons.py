"""Stance lexicon accuracy on the labelled gold set, and matching speed.

    python benchmarks/lexicons.py [--gold tests/data/stance_gold.tsv] [--split all|dev|test]
                                  [--speed-corpus FILE_OR_FOLDER ...] [--errors]
                                  [--reader LABELS]

Accuracy: each gold sentence is analysed alone; a category is predicted when its count
after negation is > 0. Beside it, VADER's sign alone as a baseline: resolve predicted
for a positive compound score (>= 0.05), defiance and concession for a negative one
(<= -0.05), hedging for a neutral one.

Agreement (``--reader``): a second reader's labels of the same sentences (columns id and
the five categories), written without the gold, the lexicons or the tool's output. For
each category it prints the reader against the gold (how far two careful people agree:
the ceiling a tool can be held to on that set), Cohen's kappa between them, and
rhetoscope against the reader.

Speed, over pre-tokenised sentences of the speed corpus (default: the gold sentences
repeated), one core, with the compiled lexicons exempt from garbage collection as
``rhetoscope analyze`` has them, in words per second: matching alone (every lexicon
entry: the compiled token tries of stance terms, eras and frames, and the entries with
a gap), then matching followed by the engine's rules over constructions (persistence,
admissions, plain refusals ...), which are analysis beyond the lexicons' entries.
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
from rhetoscope.pipeline import analyze_document
from rhetoscope.readers import decode, expand
from rhetoscope.resources import Resources
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


def tally(pairs: list[tuple[bool, bool]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of (predicted, reference) pairs."""
    return (
        sum(p and r for p, r in pairs),
        sum(p and not r for p, r in pairs),
        sum(r and not p for p, r in pairs),
    )


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two raters' yes/no labels (0 when chance explains all agreement)."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    first, second = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = first * second + (1 - first) * (1 - second)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def agreement(rows: list[dict], found: dict[str, set[str]], reader_file: Path) -> None:
    with reader_file.open(encoding="utf-8", newline="") as stream:
        reader = {r["id"]: r for r in csv.DictReader(stream, delimiter="\t")}
    both = [r for r in rows if r["id"] in reader]
    print(f"second reader: {reader_file.name}, {len(both)} of the sentences labelled by both")
    print(
        f"{'category':<11} {'gold':>5} {'reader':>6}  {'reader vs gold P':>16} {'R':>5} "
        f"{'F1':>5} {'kappa':>6}   {'rhetoscope vs reader P':>22} {'R':>5} {'F1':>5}"
    )
    for c in CATEGORIES:
        human = [(reader[r["id"]][c] == "1", r[c] == "1") for r in both]
        tool = [(c in found[r["id"]], reader[r["id"]][c] == "1") for r in both]
        p, r, f = prf(*tally(human))
        tp, tr, tf = prf(*tally(tool))
        print(
            f"{c:<11} {sum(g for _, g in human):>5} {sum(h for h, _ in human):>6}  "
            f"{p:16.3f} {r:5.3f} {f:5.3f} {kappa(human):6.3f}   {tp:22.3f} {tr:5.3f} {tf:5.3f}"
        )


def accuracy(rows: list[dict], resources: Resources, show_errors: bool) -> dict[str, set[str]]:
    """Print P/R/F1 per category; return each sentence's predicted categories by id."""
    pairs = {c: {"lex": [], "vader": []} for c in CATEGORIES}  # (predicted, gold)
    predictions: dict[str, set[str]] = {}
    for row in rows:
        result = analyze_document(Document(row["id"], row["text"]), resources)
        found = predictions[row["id"]] = {m.category for m in result.matches if m.category}
        compound = sentiment(row["text"]).compound
        for c in CATEGORIES:
            gold = row[c] == "1"
            pairs[c]["lex"].append((c in found, gold))
            pairs[c]["vader"].append((vader_predicts(c, compound), gold))
            if show_errors and (c in found) != gold:
                kind = "FP" if c in found else "FN"
                terms = "; ".join(f"{m.term}->{m.category or '-'}" for m in result.matches)
                print(f"{kind} {c:<10} {row['id']}  {row['text']}  [{terms}]")
    print(
        f"{'category':<11} {'gold':>5}  {'P':>5} {'R':>5} {'F1':>5}   "
        f"{'VADER sign P':>12} {'R':>5} {'F1':>5}"
    )
    for c in CATEGORIES:
        lex, vader = tally(pairs[c]["lex"]), tally(pairs[c]["vader"])
        p, r, f = prf(*lex)
        vp, vr, vf = prf(*vader)
        print(
            f"{c:<11} {lex[0] + lex[2]:>5}  {p:5.3f} {r:5.3f} {f:5.3f}   "
            f"{vp:12.3f} {vr:5.3f} {vf:5.3f}"
        )
    return predictions


def speed(texts: list[str], resources: Resources, repeats: int = 7) -> None:
    sentences = [
        [t.norm for t in tokenize(text[a:b])] for text in texts for a, b in sentence_spans(text)
    ]
    settle(resources)  # as the command line does: compiled tries exempt from the GC
    words = sum(1 for s in sentences for norm in s if any(ch.isalnum() for ch in norm))
    entries = sum(len(lex.entries) for lex in resources.lexicons)
    print(f"speed corpus: {words:,} words, {entries} lexicon entries, best of {repeats} passes")
    for label, step in (
        ("matching alone (every entry: tries, gapped entries, eras, frames)", resources.match),
        ("matching and the rules over constructions", resources.find),
    ):
        best = cpu = float("inf")
        for _ in range(repeats):
            started, started_cpu = time.perf_counter(), time.process_time()
            for norms in sentences:
                step(norms)
            best = min(best, time.perf_counter() - started)
            cpu = min(cpu, time.process_time() - started_cpu)
        print(
            f"{label}: {best:.3f} s = {words / best:,.0f} words/s on one core "
            f"({words / cpu:,.0f} words/s of CPU time)"
        )
    print("(compiled tries exempt from the garbage collector, as in the command line;")
    print(" CPU time leaves out the time other processes held the core)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "stance_gold.tsv")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all")
    parser.add_argument("--speed-corpus", nargs="*", default=[])
    parser.add_argument("--errors", action="store_true", help="list every wrong prediction")
    parser.add_argument("--reader", type=Path, help="a second reader's labels, for agreement")
    args = parser.parse_args()

    resources = Resources(load_lexicons())
    with args.gold.open(encoding="utf-8", newline="") as stream:
        rows = [
            r
            for r in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
            if args.split == "all" or r["split"] == args.split
        ]
    print(f"gold: {args.gold.name}, split {args.split}: {len(rows)} sentences")
    found = accuracy(rows, resources, args.errors)
    if args.reader:
        agreement(rows, found, args.reader)
    if args.speed_corpus:
        texts = [decode(Path(s.path).read_bytes(), s.path)[0] for s in expand(args.speed_corpus)]
    else:
        texts = [" ".join(r["text"] for r in rows)] * 200
    speed(texts, resources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
