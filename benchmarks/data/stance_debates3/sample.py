"""How stance_debates3's 400 sentences were drawn (seed 2626), disjoint from earlier sets.

PYTHONPATH=src python benchmarks/data/stance_debates3/sample.py ../shared/corpus/debates OUT.tsv
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from pathlib import Path

from rhetoscope.text import sentence_spans

FIRST = re.compile(
    r"\b(I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours)\b", re.I
)
EARLIER = ("tests/data/stance_debates.tsv", "benchmarks/data/stance_debates2/gold.tsv")


def main(debates: Path, out: Path) -> None:
    used = set()
    for path in EARLIER:
        with open(path, newline="") as fh:
            used |= {" ".join(r["text"].split()) for r in csv.DictReader(fh, delimiter="\t")}
    pool: dict[str, tuple[str, str]] = {}
    for said in sorted(debates.glob("*.said")):
        speakers = json.loads(said.with_suffix(".json").read_text())["speakers"]
        candidates = {
            s["fullName"]
            for s in speakers
            if "nominee" in s["role"].lower() or "candidate" in s["role"].lower()
        }
        for line in said.read_text().splitlines():
            m = re.match(r"([^:]{2,60}): (.*)", line)
            if not m or m.group(1) not in candidates:
                continue
            body = m.group(2)
            for s, e in sentence_spans(body):
                sentence = " ".join(body[s:e].split())
                words = len(sentence.split())
                if 6 <= words <= 45 and FIRST.search(sentence) and sentence not in used:
                    pool.setdefault(sentence, (m.group(1), said.stem))
    picked = random.Random(2626).sample(sorted(pool), 400)
    with open(out, "w", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "speaker", "text", "note"])
        for i, sentence in enumerate(picked, 1):
            writer.writerow([f"dr-{i:03d}", pool[sentence][0], sentence, pool[sentence][1]])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
