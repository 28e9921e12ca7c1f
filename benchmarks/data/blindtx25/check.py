import csv, os, collections
base = os.path.dirname(os.path.abspath(__file__))
docs = sorted(f for f in os.listdir(os.path.join(base, "docs")))
assert docs == [f"tx{i:02d}.txt" for i in range(1, 25)], docs
gold = collections.defaultdict(dict)
with open(os.path.join(base, "gold.tsv"), encoding="utf-8") as f:
    lines = f.read().split("\n")
assert lines[0] == "doc\tline\tspeaker\tnote", lines[0]
for l in lines[1:]:
    if not l: continue
    doc, ln, spk, note = l.split("\t")
    assert doc in docs, doc
    assert int(ln) not in gold[doc], (doc, ln)
    assert spk.strip() == spk and spk
    gold[doc][int(ln)] = spk
tot = sp = na = 0
for d in docs:
    text = open(os.path.join(base, "docs", d), encoding="utf-8").read()
    tl = text.split("\n")
    if tl[-1] == "": tl = tl[:-1]
    ne = {i for i, t in enumerate(tl, 1) if t.strip()}
    assert set(gold[d]) == ne, (d, sorted(set(gold[d]) ^ ne))
    assert 20 <= len(ne) <= 60, (d, len(ne))
    s = sum(1 for v in gold[d].values() if v != "narrator")
    print(d, len(ne), "speech", s, "narr", len(ne) - s, sorted(set(gold[d].values()) - {"narrator"}))
    tot += len(ne); sp += s; na += len(ne) - s
print("total", tot, "speech", sp, "narrator", na)
