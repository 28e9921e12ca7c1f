import os, re, sys
base = os.path.dirname(os.path.abspath(__file__))
rows = []
for i in range(1, 25):
    name = f"tx{i:02d}"
    src = open(os.path.join(base, "src", name + ".src"), encoding="utf-8").read().split("\n")
    if src and src[-1] == "":
        src = src[:-1]
    alias = {"n": "narrator"}
    out = []
    for raw in src:
        if raw.startswith("@") and "=" in raw and not raw.startswith("n |||"):
            k, v = raw[1:].split("=", 1)
            alias[k] = v
            continue
        if raw.strip() == "":
            out.append(("", None, ""))
            continue
        parts = raw.split(" ||| ")
        if len(parts) < 2:
            sys.exit(f"bad line in {name}: {raw!r}")
        key, text = parts[0], parts[1]
        note = parts[2].strip() if len(parts) > 2 else ""
        text = text.rstrip()
        if key not in alias:
            sys.exit(f"unknown key {key} in {name}")
        if text.strip() == "":
            sys.exit(f"empty text in {name}: {raw!r}")
        out.append((text, alias[key], note))
    with open(os.path.join(base, "docs", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(t for t, _, _ in out) + "\n")
    for ln, (t, spk, note) in enumerate(out, 1):
        if spk is not None:
            rows.append((name + ".txt", ln, spk, note))
with open(os.path.join(base, "gold.tsv"), "w", encoding="utf-8") as f:
    f.write("doc\tline\tspeaker\tnote\n")
    for r in rows:
        assert "\t" not in r[2] and "\t" not in r[3]
        f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n")
print(len(rows), "rows")
