"""Quotations inside transcript turns: who is quoted, against a reader's labels.

    python benchmarks/inturn_quotes.py --labels benchmarks/data/inturn_quotes.tsv \\
        --debates ../shared/corpus/debates [--half even|odd] [--errors]

A debater who quotes someone ("Mr. Nixon said, '...'") yields a quote segment for the
one quoted; everything else inside a turn (their own words, titles, slogans, scare
quotes, speech nobody is named for) stays the turn speaker's. The labels give, for
every quotation-mark span inside a turn of the 35 debates, either the name of who said
the words, or ``SELF``, ``NOT_SPEECH``, ``UNNAMED`` or ``BROKEN`` (marks paired wrongly).
They were written by a reader who saw neither the tool's output nor its rules.

A named quotation is right when rhetoscope cuts it out for the same person (the same
surname, or one name's words a run of the other's: "Governor Romney" ~ "Romney"; a
body of someone's, "Senator Obama's campaign", also for its owner); any
other is right when it stays in the turn. Prints accuracy by label and the two ways to
be wrong that a report shows: a quotation cut out for an invented or wrong speaker, and
a named one left in the turn. ``--half`` keeps the even- or odd-indexed debates (sorted by
name): study misses on one half, measure the other as held out.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rhetoscope import split_speakers
from rhetoscope.readers import decode

NOT_NAMES = ("SELF", "NOT_SPEECH", "UNNAMED", "BROKEN")
TURN = "(left in the turn)"
_TITLES = frozenset(
    "mr mrs ms miss dr president senator governor vice general secretary congressman "
    "congresswoman speaker the a an".split()
)


def _words(name: str) -> list[str]:
    words = [w.strip(".,'\u2019\"").lower() for w in name.split()]
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]
    return [w for w in words if w and w not in _TITLES]


def same_person(predicted: str, gold: str) -> bool:
    owner = gold.replace("\u2019", "'").split("'s ")[0]
    if owner != gold and same_person(predicted, owner):
        return True  # "Senator Obama's campaign": its owner under any form of the name
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return False
    if p[-1] == g[-1]:
        return True
    short, long_ = (p, g) if len(p) <= len(g) else (g, p)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def predicted_speaker(segments, start: int, end: int) -> str:
    """The speaker whose quote segments hold most of ``start:end``, or TURN: a quotation
    cut in pieces around one nested in it is its speaker's as a whole."""
    held: Counter[str] = Counter()
    for s in segments:
        if s.kind != "quote" or s.end <= start or s.start >= end:
            continue
        held[s.speaker] += min(s.end, end) - max(s.start, start)
    return held.most_common(1)[0][0] if held else TURN


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--debates", type=Path, required=True)
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--errors", action="store_true", help="print every miss")
    args = parser.parse_args()

    with args.labels.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)

    if args.half:
        names = sorted(by_doc)[0 if args.half == "even" else 1 :: 2]
        by_doc = {name: by_doc[name] for name in names}
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    invented = wrong_person = left_out = 0
    misses = []
    for doc, labelled in sorted(by_doc.items()):
        path = args.debates / f"{doc}.said"
        text = decode(path.read_bytes(), str(path))[0]
        segments = split_speakers(text)
        for row in labelled:
            start, end, gold = int(row["start"]), int(row["end"]), row["label"].strip()
            got = predicted_speaker(segments, start, end)
            kind = gold if gold in NOT_NAMES else "NAME"
            total[kind] += 1
            if kind == "NAME":
                ok = got != TURN and same_person(got, gold)
                wrong_person += got != TURN and not ok
                left_out += got == TURN
            else:
                ok = got == TURN
                invented += not ok
            right[kind] += ok
            if not ok:
                misses.append((row["id"], doc, gold, got, text[start:end][:90]))

    n = sum(total.values())
    print(f"{n} quotation spans inside turns, {len(by_doc)} debates")
    for kind in ("NAME", *NOT_NAMES):
        if total[kind]:
            print(f"  {kind:<11} {total[kind]:4d}  right {right[kind] / total[kind]:.3f}")
    print(f"accuracy: {sum(right.values()) / n:.3f}")
    print(f"cut out for a speaker the reader does not see (invented): {invented}")
    print(f"cut out for the wrong person: {wrong_person}")
    print(f"named quotation left in the turn: {left_out}")
    if args.errors:
        for miss in misses:
            print("\t".join(miss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
