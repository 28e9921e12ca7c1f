"""Speaker accuracy against a second, careful reading of a sample of gold quotations.

    python benchmarks/speaker_audit.py --labels benchmarks/data/speaker_audit.tsv \\
        --docs-dir ../shared/eval/polnear-train/docs \\
        --gold ../shared/eval/polnear-train/gold.jsonl --scorer ../shared/eval/quote_eval.py

The labels file (``id, doc, start, end, quote, speaker, confidence, note``) holds
quotations drawn at random from a gold set and attributed again by a reader who saw
neither the gold speaker nor rhetoscope's answer. The script prints, over the sample,
how often the gold speaker and rhetoscope's speaker agree with that reading, and with
each other, by the scorer's own name rule (one name's tokens a contiguous run of the
other's, titles dropped). Quotations the reader left ``unknown`` or gave to the
``narrator`` are counted apart.
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from rhetoscope import split_speakers
from rhetoscope.readers import decode

UNATTRIBUTED = ("unknown", "narrator")


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("quote_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _speech(path: Path) -> tuple:
    """The quote and turn segments of a document (split once: the sample has up to two
    quotations per document)."""
    text, _ = decode(path.read_bytes(), str(path))
    return tuple(seg for seg in split_speakers(text) if seg.kind != "narration")


def _predicted(path: Path, start: int, end: int) -> str:
    """The speaker of the quote or turn segment overlapping ``[start, end)`` most."""
    best, speaker = 0, ""
    for seg in _speech(path):
        overlap = min(end, seg.end) - max(start, seg.start)
        if overlap > best:
            best, speaker = overlap, seg.speaker
    return speaker


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--docs-dir", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--scorer", type=Path, required=True)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    match = _scorer(args.scorer).speaker_match

    gold = {}
    for line in args.gold.open(encoding="utf-8"):
        row = json.loads(line)
        gold[(row["doc"], row["start"], row["end"])] = row
    with args.labels.open(encoding="utf-8", newline="") as handle:
        # quotations hold unbalanced quotation marks: no CSV quoting at all
        labels = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))

    counts: Counter[str] = Counter()
    for label in labels:
        key = (label["doc"], int(label["start"]), int(label["end"]))
        item = gold[key]
        read = label["speaker"].strip()
        ours = _predicted(args.docs_dir / f"{label['doc']}.txt", key[1], key[2])
        if read.lower() in UNATTRIBUTED:
            counts["reader: " + read.lower()] += 1
            counts["unattributed, ours unknown/narrator"] += ours in UNATTRIBUTED
            continue
        counts["attributed"] += 1
        gold_names = [item["speaker"], *item.get("aliases", [])]
        verdicts = {
            "gold agrees with the reader": match(read, gold_names),
            "rhetoscope agrees with the reader": match(ours, [read]),
            "rhetoscope agrees with the gold (the benchmark's measure)": match(ours, gold_names),
        }
        for name, ok in verdicts.items():
            counts[name] += ok
        if args.errors and not all(verdicts.values()):
            print(
                f"{label['doc']} {key[1]}-{key[2]}  reader={read!r} gold={item['speaker']!r}"
                f" ours={ours!r}  {label.get('note', '')}"
            )

    attributed = counts["attributed"]
    print(f"{len(labels)} quotations; {attributed} attributed by the reader", end="")
    print(
        f", {counts['reader: unknown']} unknown, {counts['reader: narrator']} narrator"
        f" (rhetoscope gives {counts['unattributed, ours unknown/narrator']} of them no speaker)"
    )
    for name in (
        "gold agrees with the reader",
        "rhetoscope agrees with the reader",
        "rhetoscope agrees with the gold (the benchmark's measure)",
    ):
        print(f"  {name:58} {counts[name] / attributed:.3f}  ({counts[name]}/{attributed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
