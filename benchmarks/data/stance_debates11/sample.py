"""Sample 400 real debate sentences for stance_debates11 (seed 5555), disjoint from earlier sets."""
import csv, json, random, re, sys
from pathlib import Path
sys.path.insert(0, "src")
from rhetoscope.text import sentence_spans

D = Path("/work/shared/corpus/debates")
FIRST = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours)\b", re.I)
used = set()
for f, col in [("tests/data/stance_debates.tsv", "text"),
               ("benchmarks/data/stance_debates2/gold.tsv", "text"),
               ("benchmarks/data/stance_debates3/gold.tsv", "text"),
               ("benchmarks/data/stance_debates4/gold.tsv", "text"),
               ("benchmarks/data/stance_debates5/gold.tsv", "text"), ("benchmarks/data/stance_debates6/gold.tsv", "text"), ("benchmarks/data/stance_debates7/gold.tsv", "text"), ("benchmarks/data/stance_debates8/gold.tsv", "text"), ("benchmarks/data/stance_debates9/gold.tsv", "text"), ("benchmarks/data/stance_debates10/gold.tsv", "text")]:
    with open(f, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            used.add(" ".join(row[col].split()))
print("excluded", len(used))
pool = {}
for said in sorted(D.glob("*.said")):
    meta = json.loads(said.with_suffix(".json").read_text())
    cands = {s["fullName"] for s in meta["speakers"] if "nominee" in s["role"].lower() or "candidate" in s["role"].lower()}
    for line in said.read_text().splitlines():
        m = re.match(r"([^:]{2,60}): (.*)", line)
        if not m or m.group(1) not in cands:
            continue
        body = m.group(2)
        for s, e in sentence_spans(body):
            sent = " ".join(body[s:e].split())
            n = len(sent.split())
            if 6 <= n <= 45 and FIRST.search(sent) and sent not in used:
                pool.setdefault(sent, (m.group(1), said.stem))
print("pool", len(pool))
rng = random.Random(5555)
picked = rng.sample(sorted(pool), 400)
with open("/work/stance11/sentences.tsv", "w", newline="") as fh:
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "speaker", "text"])
    for i, s in enumerate(picked, 1):
        w.writerow([f"d11-{i:03d}", pool[s][0], s])
with open("/work/stance11/meta.tsv", "w", newline="") as fh:
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "speaker", "text", "note"])
    for i, s in enumerate(picked, 1):
        w.writerow([f"d11-{i:03d}", pool[s][0], s, pool[s][1]])
