#!/usr/bin/env python3
"""Build docs/*.txt and gold.jsonl from annotated sources src/bn3-NN.txt.

Source format:
  #style: <outlet style>
  #marks: <quote marks used>
  #hard: <hard case note>           (any number)
  @KEY Full Name ; alias ; alias    speaker table (one per line)
  @KEY! a description               speaker never named (no occurrence check)
  ---
  Headline
  (blank line)
  Paragraphs... quotations marked inline as [[KEY T k|quoted text]]
     T: D direct, P partial;  k: n name, p pronoun, d description, x none
Only the text between the quotation marks goes inside the marker.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[(\w+) ([DP]) ([npdx])\|(.*?)\]\]", re.S)
TYPES = {"D": "direct", "P": "partial"}
KINDS = {"n": "name", "p": "pronoun", "d": "description", "x": "none"}


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {"style": "", "marks": "", "hard": []}
    spk = {}
    for line in head.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#style:"):
            meta["style"] = line[7:].strip()
        elif line.startswith("#marks:"):
            meta["marks"] = line[7:].strip()
        elif line.startswith("#hard:"):
            meta["hard"].append(line[6:].strip())
        elif line.startswith("@"):
            key, rest = line[1:].split(None, 1)
            desc = key.endswith("!")
            key = key.rstrip("!")
            names = [x.strip() for x in rest.split(";") if x.strip()]
            spk[key] = {"speaker": names[0], "aliases": names[1:], "desc": desc}
        else:
            sys.exit("%s: bad header line %r" % (path, line))
    body = body.strip("\n") + "\n"
    out, items, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        cur += len(body[pos:m.start()])
        key, t, k, txt = m.groups()
        if key not in spk:
            sys.exit("%s: unknown speaker key %s" % (path, key))
        items.append({"key": key, "start": cur, "end": cur + len(txt), "type": TYPES[t],
                      "source_kind": KINDS[k], "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit("%s: stray marker" % path)
    return meta, spk, text, items


def check(doc, text, spk, items, errs):
    prev_end = -1
    for it in sorted(items, key=lambda r: r["start"]):
        s, e = it["start"], it["end"]
        if text[s:e] != it["text"]:
            errs.append("%s: text mismatch at %d" % (doc, s))
        if not it["text"] or it["text"] != it["text"].strip():
            errs.append("%s: whitespace edge %r" % (doc, it["text"][:30]))
        if "\n" in it["text"]:
            errs.append("%s: span crosses a line %r" % (doc, it["text"][:30]))
        if s < prev_end:
            errs.append("%s: overlap at %d" % (doc, s))
        prev_end = e
        # opening mark right before the span
        if s == 0 or text[s - 1] not in "\"'\u201c\u2018\u00ab":
            errs.append("%s: no opening mark before %r" % (doc, it["text"][:30]))
        # closing mark right after, or end of paragraph
        if not (e < len(text) and (text[e] in "\"'\u201d\u2019\u00bb" or text[e] == "\n")):
            errs.append("%s: no closing mark after %r" % (doc, it["text"][-30:]))
    for key, sp in spk.items():
        if not any(it["key"] == key for it in items):
            errs.append("%s: speaker %s has no quotation" % (doc, key))
        if sp["desc"]:
            continue
        # the speaker's full name: every word must occur in the document (a nickname may
        # sit inside it, 'Marcus "Tank" Whitfield'); each alias must occur verbatim
        for w in sp["speaker"].split():
            if w.lower() not in text.lower():
                errs.append("%s: speaker word %r not in text" % (doc, w))
        for n in sp["aliases"]:
            if n.lower() not in text.lower():
                errs.append("%s: alias %r not in text" % (doc, n))
    paras = text.rstrip("\n").split("\n\n")
    if any("\n" in p for p in paras):
        errs.append("%s: single newline inside a paragraph" % doc)
    if "\n\n\n" in text or not text.endswith("\n") or text.endswith("\n\n"):
        errs.append("%s: bad paragraph breaks/trailing newline" % doc)


def main():
    srcs = sorted(glob.glob(os.path.join(HERE, "bn3-*.txt")))
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    gold, errs, stats = [], [], []
    for p in srcs:
        doc = os.path.basename(p)[:-4]
        meta, spk, text, items = parse(p)
        check(doc, text, spk, items, errs)
        with open(os.path.join(ROOT, "docs", doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        words = len(text.split())
        if not 350 <= words <= 600:
            errs.append("%s: %d words" % (doc, words))
        for it in sorted(items, key=lambda r: r["start"]):
            sp = spk[it["key"]]
            gold.append({"doc": doc, "start": it["start"], "end": it["end"], "speaker": sp["speaker"],
                         "aliases": sp["aliases"], "type": it["type"],
                         "source_kind": it["source_kind"], "text": it["text"]})
        stats.append({"doc": doc, "style": meta["style"], "marks": meta["marks"], "hard": meta["hard"],
                      "words": words, "quotes": len(items)})
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=1, ensure_ascii=False)
    for e in errs:
        print("ERROR", e)
    print("%d docs, %d gold items, %d errors" % (len(srcs), len(gold), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
