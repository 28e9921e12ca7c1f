#!/usr/bin/env python3
"""Write README.md from src/stats.json and gold.jsonl (run after build.py)."""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
stats = json.load(open(os.path.join(HERE, "stats.json"), encoding="utf-8"))
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
by_doc = collections.defaultdict(list)
for g in gold:
    by_doc[g["doc"]].append(g)
head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()
tail = open(os.path.join(HERE, "readme_tail.md"), encoding="utf-8").read()
out = [head.rstrip("\n"), ""]
out.append("## Articles\n")
out.append("| doc | style | words | quotations (direct/partial) | speakers | quote marks |")
out.append("|---|---|---|---|---|---|")
for s in stats:
    gs = by_doc[s["doc"]]
    d = sum(1 for g in gs if g["type"] == "direct"); p = len(gs) - d
    out.append("| %s | %s | %d | %d (%d/%d) | %d | %s |" % (s["doc"], s["style"], s["words"], len(gs), d, p,
               len(set(g["speaker"] for g in gs)), s["marks"]))
tw = sum(s["words"] for s in stats)
out.append("\nTotal: %d articles, %d words (%d-%d per article), %d gold quotations, %d distinct (article, speaker) pairs.\n"
           % (len(stats), tw, min(s["words"] for s in stats), max(s["words"] for s in stats), len(gold),
              len(set((g["doc"], g["speaker"]) for g in gold))))
out.append("## Counts\n")
kinds = ["name", "pronoun", "description", "none"]
out.append("| type | " + " | ".join(kinds) + " | total |")
out.append("|---|" + "---|" * (len(kinds) + 1))
for t in ["direct", "partial"]:
    row = [sum(1 for g in gold if g["type"] == t and g["source_kind"] == k) for k in kinds]
    out.append("| %s | %s | %d |" % (t, " | ".join(map(str, row)), sum(row)))
row = [sum(1 for g in gold if g["source_kind"] == k) for k in kinds]
out.append("| total | %s | %d |" % (" | ".join(map(str, row)), sum(row)))
ORGS = {"Department for Schools", "Harrow Freight", "Coastal Water Authority", "Fenwick County Emergency Management",
        "Northshore Electric", "Orbis Home Appliances", "Hensford Borough Council", "Ferrisford Hospitals NHS Trust",
        "University of Cardigan Bay", "Pemberton & Lowe", "Competition Review Board", "Civic Ballot Project",
        "Millbrook Herald", "Halvorsen Systems", "Holloway Homes", "Velmoran Ministry of Foreign Affairs",
        "European observer mission", "Journal of Aging Medicine", "Fabrik Alpenwerk", "Ridgeline Cougars",
        "Campaign for Open Courts"}
desc = [g for g in gold if not g["speaker"][:1].isupper()]
texts = {}
def doc_text(d):
    if d not in texts:
        texts[d] = open(os.path.join(ROOT, "docs", d + ".txt"), encoding="utf-8").read()
    return texts[d]
def has_nested(t):
    # an inner opening mark: curly double/single, straight double, or a straight single quote opening a word
    return bool(re.search(r'[\u201c"]|(^|[\s(])[\u2018\']\S', t))
nested = sum(1 for g in gold if has_nested(g["text"]))
running = sum(1 for g in gold if g["end"] < len(doc_text(g["doc"])) and doc_text(g["doc"])[g["end"]] == "\n")
out.append("\nSpeakers: %d quotations (%d speakers) are by organisations; %d quotations (%d speakers) have a "
           "description as gold speaker because the text never names the speaker (\"one nurse on the ward\", "
           "\"prosecutors\"). %d quotations contain nested quotation marks (inner speech, a title or a word inside the quotation); %d items are non-final paragraphs of a "
           "quotation running over paragraphs.\n"
           % (sum(1 for g in gold if g["speaker"] in ORGS), len(ORGS & set(g["speaker"] for g in gold)),
              len(desc), len(set((g["doc"], g["speaker"]) for g in desc)), nested, running))
out.append(tail.rstrip("\n") + "\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("wrote README.md")
