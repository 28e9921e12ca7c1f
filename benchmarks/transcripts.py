"""Transcript turns on the presidential debates, with labels rewritten three ways.

    python benchmarks/transcripts.py ../shared/corpus/debates

Each ``*.said`` file has one ``Full Name: text`` paragraph per turn and a ``*.json``
speaker list. The benchmark checks every turn: a predicted turn must start at the
turn's paragraph, with a speaker name matching the gold name (case-insensitive, one
name's words a contiguous run of the other's: "HOLT" ~ "Lester Holt"), and each gold
speaker must get one predicted name throughout a debate. Label styles: the original
``Lester Holt:``; ``HOLT:`` (surname in capitals); ``[Lester Holt]``; and ``Lester Holt:``
at first then ``HOLT:`` (one person, two label forms).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from rhetoscope import split_speakers


def surname(name: str) -> str:
    return name.split()[-1].upper()


STYLES = {
    "Full Name:": lambda name, first: f"{name}:",
    "SURNAME:": lambda name, first: f"{surname(name)}:",
    "[Full Name]": lambda name, first: f"[{name}]",
    "Full then SURNAME:": lambda name, first: f"{name}:" if first else f"{surname(name)}:",
}


def tokens(name: str) -> list[str]:
    return [t.strip(".,").lower() for t in name.replace("[", " ").replace("]", " ").split()]


def same_person(predicted: str, gold: str) -> bool:
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return False
    short, long_ = (p, g) if len(p) <= len(g) else (g, p)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def rewrite(text: str, names: list[str], style) -> tuple[str, list[tuple[int, str]]]:
    """The text with its labels in ``style``, and the gold (paragraph start, name) turns."""
    out, turns, seen = [], [], set()
    pos = 0
    for line in text.split("\n"):
        name = next(
            (n for n in sorted(names, key=len, reverse=True) if line.startswith(n + ": ")), None
        )
        if name is not None:
            label = style(name, name not in seen)
            seen.add(name)
            line = f"{label} {line[len(name) + 2 :]}"
            turns.append((pos, name))
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out), turns


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/debates")
    debates = sorted(folder.glob("*.said"))
    print(f"{len(debates)} debates")
    for style_name, style in STYLES.items():
        right = total = 0
        inconsistent = 0
        started = time.perf_counter()
        for path in debates:
            names = [
                s["fullName"] for s in json.loads(path.with_suffix(".json").read_text())["speakers"]
            ]
            text, gold = rewrite(path.read_text("utf-8"), names, style)
            turns = {s.start: s.speaker for s in split_speakers(text) if s.kind == "turn"}
            given: dict[str, set[str]] = defaultdict(set)
            for start, name in gold:
                predicted = turns.get(start, "")
                given[name].add(predicted)
                total += 1
                right += same_person(predicted, name)
            inconsistent += sum(1 for v in given.values() if len(v) > 1)
        elapsed = time.perf_counter() - started
        print(
            f"{style_name:<20} turns right {right}/{total} = {right / total:.4f}; "
            f"speakers with more than one name: {inconsistent}; {elapsed:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
