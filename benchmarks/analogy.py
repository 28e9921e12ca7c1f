"""Historical-analogy detection on the labelled gold set.

    python benchmarks/analogy.py [--gold tests/data/analogy_gold.tsv] [--errors]
    python benchmarks/analogy.py --gold tests/data/analogy_fresh.tsv

Each gold sentence is analysed alone; an analogy is predicted when the sentence has at
least one analogy match. Prints precision, recall and F1 per split, the share of true
positives whose predicted era overlaps the gold era's years, and how many true positives
name only eras whose years are unknown (a name the gazetteer lacks, "a Kodak moment"):
those count as not overlapping.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from rhetoscope.lexicon import load_lexicons
from rhetoscope.models import Document
from rhetoscope.pipeline import analyze_document
from rhetoscope.resources import Resources

ROOT = Path(__file__).resolve().parents[1]


def years(text: str) -> tuple[int, int]:
    """ "1939-1945", "1938" or "-49" (BCE) as (start, end)."""
    m = re.fullmatch(r"(-?\d+)(?:-(-?\d+))?", text.strip())
    if m is None:
        raise ValueError(f"bad years {text!r}")
    return int(m.group(1)), int(m.group(2) or m.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "analogy_gold.tsv")
    parser.add_argument("--errors", action="store_true", help="list every wrong prediction")
    args = parser.parse_args()
    resources = Resources(load_lexicons())
    with args.gold.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row.setdefault("split", "fresh")  # a set without splits is held out whole
    tally: dict[str, list[int]] = {}
    for row in rows:
        result = analyze_document(Document(row["id"], row["text"]), resources)
        found = [m for m in result.matches if m.category == "analogy"]
        gold = row["analogy"] == "1"
        era_ok = unknown = False
        if found and gold:
            g0, g1 = years(row["years"])
            dated = [years(m.years) for m in found if m.years]
            era_ok = any(y0 <= g1 and g0 <= y1 for y0, y1 in dated)
            unknown = not dated
        for split in (row["split"], "all"):
            t = tally.setdefault(split, [0, 0, 0, 0, 0])  # tp, fp, fn, era_ok, unknown
            t[0] += bool(found) and gold
            t[1] += bool(found) and not gold
            t[2] += gold and not found
            t[3] += era_ok
            t[4] += unknown
        if args.errors and (bool(found) != gold or (found and gold and not era_ok)):
            kind = "FP" if found and not gold else "FN" if gold and not found else "ERA"
            got = "; ".join(f"{m.term} -> {m.era} {m.years or '(years unknown)'}" for m in found)
            print(
                f"{kind:<3} {row['id']} [{row['split']}] {row['text']}\n"
                f"    gold: {row['era']} {row['years']} ({row['frame']})  got: {got}"
            )
    print(f"{'split':<6} {'gold+':>5} {'P':>6} {'R':>6} {'F1':>6} {'era ok':>7} {'no years':>8}")
    for split in ("dev", "test", "fresh", "all"):
        if split not in tally:
            continue
        tp, fp, fn, era_ok, unknown = tally.get(split, [0, 0, 0, 0, 0])
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ok = era_ok / tp if tp else 0
        print(f"{split:<6} {tp + fn:>5} {p:6.3f} {r:6.3f} {f:6.3f} {ok:7.3f} {unknown:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
