"""Transcripts in many published formats: who speaks each line, against a gold list.

    python benchmarks/transcript_lines.py --docs-dir benchmarks/data/blindtx/docs \
        --gold benchmarks/data/blindtx/gold.tsv [--half even|odd] [--errors]

The gold (``doc, line, speaker, note``) names, for every non-empty line of every
document, who speaks it: the fullest name the document gives, the label as written when
it names nobody ("Q", "Speaker 1"), or ``narrator`` for title blocks, examination
headers, stage directions alone on a line and closing lines. A line's predicted speaker
is that of the turn or narration segment covering most of its characters (a quotation
inside a turn is the turn's line). Names match when one's words, titles left out, are a
contiguous run of the other's ("HOLT" ~ "Lester Holt", "Ms. Vance" ~ "Dolores Vance").
Prints line accuracy for speech and for narrator lines, per document and in all, and the
gold speakers given more than one name in a document. ``--half`` keeps the documents
with an even or odd number (tx02, tx04... or tx01, tx03...).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from rhetoscope import split_speakers
from rhetoscope.models import Segment
from rhetoscope.readers import decode

_TITLES = frozenset(
    "mr mrs ms miss dr sen senator rep representative gov governor the president judge "
    "justice gen general col colonel adm admiral prof professor rev reverend".split()
)


def _words(name: str) -> list[str]:
    words = [w.lower() for w in re.findall(r"[\w'-]+", name)]
    return [w for w in words if w not in _TITLES] or words


def same_person(predicted: str, gold: str) -> bool:
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return False
    short, long_ = (p, g) if len(p) <= len(g) else (g, p)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def line_spans(text: str) -> dict[int, tuple[int, int]]:
    """1-based line number -> (start, end) of its non-whitespace text, for non-empty lines."""
    spans, pos = {}, 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            spans[number] = (start, start + len(stripped))
        pos += len(line) + 1
    return spans


def line_speaker(segments: tuple[Segment, ...], start: int, end: int) -> str:
    """The speaker of the turn or narration segment covering most of ``[start, end)``
    (of any segment, when quotations cover it all)."""
    best: dict[bool, tuple[int, str]] = {}
    for seg in segments:
        overlap = min(seg.end, end) - max(seg.start, start)
        if overlap > 0:
            quote = seg.kind == "quote"
            if overlap > best.get(quote, (0, ""))[0]:
                best[quote] = (overlap, seg.speaker)
    return (best.get(False) or best.get(True) or (0, ""))[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs-dir", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--errors", action="store_true", help="list every wrong line")
    args = parser.parse_args()
    gold: dict[str, dict[int, str]] = defaultdict(dict)
    with args.gold.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold[row["doc"]][int(row["line"])] = row["speaker"].strip()
    docs = sorted(gold)
    if args.half:
        want = 0 if args.half == "even" else 1
        docs = [d for d in docs if int(re.sub(r"\D", "", d) or 0) % 2 == want]
    totals = {"speech": [0, 0], "narrator": [0, 0]}
    print(f"{'document':<12} {'speech':>12} {'narrator':>12}  names split")
    for doc in docs:
        text, _ = decode((args.docs_dir / doc).read_bytes(), str(args.docs_dir / doc))
        segments = split_speakers(text)
        spans = line_spans(text)
        counts = {"speech": [0, 0], "narrator": [0, 0]}
        names: dict[str, set[str]] = defaultdict(set)
        for number, want in sorted(gold[doc].items()):
            if number not in spans:
                print(f"{doc}:{number}: gold row for an empty line", file=sys.stderr)
                continue
            got = line_speaker(segments, *spans[number])
            kind = "narrator" if want.lower() == "narrator" else "speech"
            right = same_person(got, want)
            counts[kind][0] += right
            counts[kind][1] += 1
            if kind == "speech":
                names[want].add(got)
            if not right and args.errors:
                line = text.split("\n")[number - 1].strip()
                print(f"  {doc}:{number} gold {want!r} got {got!r}: {line[:100]}")
        split = sum(len(n) > 1 for n in names.values())
        for kind in totals:
            totals[kind][0] += counts[kind][0]
            totals[kind][1] += counts[kind][1]
        cells = [f"{r}/{n}" if n else "-" for r, n in counts.values()]
        print(f"{doc:<12} {cells[0]:>12} {cells[1]:>12}  {split}")
    (sr, sn), (nr, nn) = totals["speech"], totals["narrator"]
    print(f"speech lines right:   {sr}/{sn} = {sr / max(sn, 1):.3f}")
    print(f"narrator lines right: {nr}/{nn} = {nr / max(nn, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
