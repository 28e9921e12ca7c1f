#!/usr/bin/env python3
"""Build docs/*.txt and gold.jsonl from annotated sources src/part*.txt.
Source format:
=== bn2-NN
@key = Full Name | alias1; alias2
Headline
(blank line)
paragraphs...
Inline gold markup: [[key:k|text]] (direct) or [[~key:k|text]] (partial),
k = n(name) p(pronoun) d(description) 0(none). Marks are written outside the markup.
"""
import re, json, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIND = {"n": "name", "p": "pronoun", "d": "description", "0": "none"}
MARK = re.compile(r"\[\[(~?)([a-z0-9_]+):([npd0])\|(.*?)\]\]", re.S)
OPEN = set('"\u201c\u2018\u00ab\'')
CLOSE = set('"\u201d\u2019\u00bb\'')

def parse(raw):
    arts = []
    for chunk in re.split(r"^=== ", raw, flags=re.M)[1:]:
        lines = chunk.split("\n")
        doc = lines[0].strip()
        spk = {}
        i = 1
        while i < len(lines) and (lines[i].startswith("@") or not lines[i].strip()):
            if lines[i].startswith("@"):
                k, v = lines[i][1:].split("=", 1)
                parts = v.split("|")
                spk[k.strip()] = (parts[0].strip(), [a.strip() for a in parts[1].split(";")] if len(parts) > 1 and parts[1].strip() else [])
            i += 1
        body = "\n".join(lines[i:]).strip("\n")
        body = re.sub(r"\n{3,}", "\n\n", body)
        arts.append((doc, spk, body))
    return arts

TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sen", "judge", "justice", "the", "mayor", "m", "mme", "cllr", "coach"}
def ntoks(name):
    s = name.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return [t for t in re.findall(r"[a-z0-9\u00c0-\u024f]+(?:['\-][a-z0-9\u00c0-\u024f]+)*", s) if t not in TITLES]
def contig(a, b):
    return bool(a) and any(b[i:i+len(a)] == a for i in range(len(b) - len(a) + 1))
def prune_aliases(spk):
    """Drop an alias that would also match another speaker of the same doc (shared surnames)."""
    out = {}
    for k, (name, al) in spk.items():
        others = [ntoks(n) for kk, (n, a2) in spk.items() if kk != k]
        keep = [a for a in al if not any(contig(ntoks(a), o) or contig(o, ntoks(a)) for o in others)]
        if len(keep) != len(al):
            DROPPED.append((name, [a for a in al if a not in keep]))
        out[k] = (name, keep)
    return out
DROPPED = []

def render(doc, spk, body):
    out, gold, pos = [], [], 0
    tlen = 0
    for m in MARK.finditer(body):
        pre = body[pos:m.start()]
        out.append(pre); tlen += len(pre)
        txt = m.group(4)
        name, aliases = spk[m.group(2)]
        gold.append({"doc": doc, "start": tlen, "end": tlen + len(txt), "speaker": name,
                     "aliases": aliases, "type": "partial" if m.group(1) else "direct",
                     "source_kind": KIND[m.group(3)], "text": txt})
        out.append(txt); tlen += len(txt)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out) + "\n"
    assert "[[" not in text and "]]" not in text, doc
    return text, gold

def main():
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "part*.txt"))):
        arts += parse(open(p, encoding="utf-8").read())
    os.makedirs(os.path.join(OUT, "docs"), exist_ok=True)
    allg, seen, problems = [], set(), []
    for doc, spk, body in arts:
        assert doc not in seen, doc; seen.add(doc)
        spk = prune_aliases(spk)
        text, gold = render(doc, spk, body)
        with open(os.path.join(OUT, "docs", doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        nw = len(text.split())
        if not 350 <= nw <= 600:
            problems.append("%s: %d words" % (doc, nw))
        last = 0
        for g in sorted(gold, key=lambda g: g["start"]):
            s, e = g["start"], g["end"]
            assert text[s:e] == g["text"] and 0 <= s < e <= len(text)
            assert s >= last, (doc, g["text"]); last = e
            if g["text"] != g["text"].strip(): problems.append("%s ws: %r" % (doc, g["text"][:40]))
            if "\n" in g["text"]: problems.append("%s newline in span: %r" % (doc, g["text"][:40]))
            if text[s-1] not in OPEN: problems.append("%s bad open %r: %r" % (doc, text[s-1], g["text"][:40]))
            if text[e] not in CLOSE and text[e] != "\n": problems.append("%s bad close %r: %r" % (doc, text[e], g["text"][-40:]))
            if text[e] == "\n" and g["type"] != "direct": problems.append("%s para-run partial" % doc)
        allg += sorted(gold, key=lambda g: g["start"])
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in allg:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    # re-verify from disk
    n = 0
    for g in (json.loads(l) for l in open(os.path.join(OUT, "gold.jsonl"), encoding="utf-8")):
        t = open(os.path.join(OUT, "docs", g["doc"] + ".txt"), encoding="utf-8", newline="").read()
        assert t[g["start"]:g["end"]] == g["text"]; n += 1
    print("docs", len(arts), "gold", n)
    print("\n".join(problems) or "no problems")
    for d in DROPPED: print("dropped alias", d)

if __name__ == "__main__":
    main()
