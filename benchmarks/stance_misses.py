"""Mine the stance lexicons' misses across many labelled sets at once.

    python benchmarks/stance_misses.py tests/data/stance_gold.tsv tests/data/stance_blind17.tsv ...
                                       [--category resolve] [--min-sets 3] [--min-precision 0.8]
                                       [--min-count 5] [--top 40] [--list]

Each sentence of every set is analysed alone, as ``benchmarks/lexicons.py`` does. Then,
per category (resolve, defiance, concession by default):

* each set's P / R / F1 and number of false negatives (the misses);
* with ``--list``, every false negative, tagged with its set;
* the candidate cues in the misses: word forms, crude lemmas (``lemma:`` + the form
  without -s/-ed/-ing) and 2- and 3-word n-grams of the tokeniser's normalised tokens
  (so "we'll" and "we’ll" are the same "we 'll"). For each: in how many DIFFERENT sets
  it occurs in a miss, how many misses hold it, and its precision across ALL sentences
  of ALL sets (sentences holding it that are labelled with the category / sentences
  holding it). Only candidates found in misses of at least ``--min-sets`` sets, in at
  least ``--min-count`` sentences of all sets, with precision at least
  ``--min-precision`` are printed: a cue that recurs in one set is that set's wording,
  one with low precision would cost more than it finds, and "3 of 3" is no precision.

A candidate printed here is a lead to read, not an entry to add: check its uses in
context (negation, questions, reported speech, idioms) before writing a family, and
read its matches on unlabelled everyday text: precision inside the mined sets is
in-sample. A held-out set (``stance_blind5``, ``stance_blind18``, ``stance_blind19``, the
folder ``stance_debates11``, anything under /work/heldout) is refused: its misses would leak
into the lexicons. (``stance_debates2`` was held out until stop 26's round studied it,
``stance_debates3`` until stop 27's, ``stance_debates4`` until stop 29's,
``stance_debates5`` until stop 30's, ``stance_debates6`` until stop 31's,
``stance_debates7`` until stop 32's, ``stance_debates8`` until stop 33's,
``stance_debates9`` until stop 34's, ``stance_debates10`` until stop 35's.)
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rhetoscope.lexicon import load_lexicons
from rhetoscope.models import Document
from rhetoscope.pipeline import analyze_document
from rhetoscope.resources import Resources
from rhetoscope.text import tokenize

CATEGORIES = ("resolve", "defiance", "concession")
# Sets kept for out-of-sample checks only: never mined.
HELD_OUT_STEMS = frozenset(
    {"stance_blind5", "stance_blind18", "stance_blind19", "stance_debates11"}
)
HELD_OUT_DIRS = (Path("/work/heldout"),)
# Function words and punctuation are never cues alone (they still count inside n-grams).
STOP = frozenset(
    "a an the and or but so to of in on at for with by from as is are was were be been "
    "it its this that these those i we you he she they me us him her them my our your "
    "their his 's 're 've 'll 'd 'm , . ; : ! ? — – - ... \" ' ( ) uh um".split()
)


@dataclass(frozen=True)
class Row:
    set_name: str
    id: str
    text: str
    gold: frozenset[str]
    found: frozenset[str]
    cues: frozenset[str]


def lemma(word: str) -> str:
    """A crude lemma, enough to group "vows / vowed / vowing" under one candidate."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def cues(text: str) -> frozenset[str]:
    """The candidate cues of one sentence: words, crude lemmas, 2- and 3-grams."""
    norms = [t.norm for t in tokenize(text)]
    out: set[str] = set()
    for word in norms:
        if word not in STOP and any(ch.isalpha() for ch in word):
            out.add(word)
            out.add("lemma:" + lemma(word))
    for n in (2, 3):
        for i in range(len(norms) - n + 1):
            gram = norms[i : i + n]
            # n-grams stop at sentence punctuation and need one content word
            if any(w in ",.;:!?—–" for w in gram) or all(w in STOP for w in gram):
                continue
            out.add(" ".join(gram))
    return frozenset(out)


def held_out(path: Path) -> bool:
    """Whether ``path`` is a held-out set, by its name or its folder's, the name of the
    file it links to, or where that file lives."""
    resolved = path.resolve()
    names = {path.stem, resolved.stem, path.parent.name, resolved.parent.name}
    return bool(names & HELD_OUT_STEMS) or any(
        resolved.is_relative_to(d.resolve()) for d in HELD_OUT_DIRS
    )


def set_name(path: Path) -> str:
    """A set's short name: its file's stem, or its folder's for a set kept as a folder
    (``benchmarks/data/stance_news/gold.tsv`` is "news", not the "gold" of
    ``tests/data/stance_gold.tsv``)."""
    stem = path.parent.name if path.stem == "gold" else path.stem
    return stem.removeprefix("stance_")


def read(paths: Iterable[Path], resources: Resources) -> list[Row]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as stream:
            for r in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
                result = analyze_document(Document(r["id"], r["text"]), resources)
                rows.append(
                    Row(
                        set_name=set_name(path),
                        id=r["id"],
                        text=r["text"],
                        gold=frozenset(c for c in CATEGORIES if r[c] == "1"),
                        found=frozenset(m.category for m in result.matches if m.category),
                        cues=cues(r["text"]),
                    )
                )
    return rows


def f1_table(rows: list[Row], category: str) -> list[str]:
    by_set: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_set[row.set_name].append(row)
    lines = []
    for name, members in by_set.items():
        tp = sum(category in r.gold and category in r.found for r in members)
        fp = sum(category not in r.gold and category in r.found for r in members)
        fn = sum(category in r.gold and category not in r.found for r in members)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"  {name:<12} gold {tp + fn:>4}  P {p:.3f} R {r:.3f} F1 {f:.3f}  misses {fn}")
    return lines


def candidates(
    rows: list[Row], category: str, min_sets: int, min_precision: float, min_count: int = 5
) -> list[tuple[str, int, int, int, int]]:
    """(cue, sets among misses, misses, labelled sentences, all sentences) per kept cue."""
    miss_sets: dict[str, set[str]] = defaultdict(set)
    miss_count: dict[str, int] = defaultdict(int)
    for row in rows:
        if category in row.gold and category not in row.found:
            for cue in row.cues:
                miss_sets[cue].add(row.set_name)
                miss_count[cue] += 1
    kept = {cue for cue, sets in miss_sets.items() if len(sets) >= min_sets}
    labelled: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for row in rows:
        for cue in row.cues & kept:
            total[cue] += 1
            labelled[cue] += category in row.gold
    out = [
        (cue, len(miss_sets[cue]), miss_count[cue], labelled[cue], total[cue])
        for cue in kept
        if total[cue] >= min_count and labelled[cue] / total[cue] >= min_precision
    ]
    return sorted(out, key=lambda c: (-c[1], -c[2], c[0]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="labelled stance sets (.tsv)")
    parser.add_argument("--category", choices=CATEGORIES, action="append")
    parser.add_argument("--min-sets", type=int, default=3)
    parser.add_argument("--min-precision", type=float, default=0.8)
    parser.add_argument("--min-count", type=int, default=5, help="sentences holding a cue")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--list", action="store_true", help="print every false negative")
    args = parser.parse_args()
    refused = [str(p) for p in args.sets if held_out(p)]
    if refused:
        parser.error(f"held-out sets are never mined: {', '.join(refused)}")

    rows = read(args.sets, Resources(load_lexicons()))
    print(f"{len(rows)} sentences in {len(args.sets)} sets")
    for category in args.category or CATEGORIES:
        misses = [r for r in rows if category in r.gold and category not in r.found]
        print(f"\n== {category}: {len(misses)} false negatives")
        print("\n".join(f1_table(rows, category)))
        if args.list:
            for r in misses:
                print(f"  FN {r.set_name:<12} {r.id}  {r.text}")
        kept = candidates(rows, category, args.min_sets, args.min_precision, args.min_count)
        print(
            f"  candidates in misses of >= {args.min_sets} sets, in >= {args.min_count} "
            f"sentences, precision >= {args.min_precision} across all sets: {len(kept)}"
        )
        print(f"  {'cue':<32} {'sets':>4} {'misses':>6} {'prec':>5} {'n':>4}")
        for cue, n_sets, n_miss, pos, total in kept[: args.top]:
            print(f"  {cue:<32} {n_sets:>4} {n_miss:>6} {pos / total:5.2f} {total:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
