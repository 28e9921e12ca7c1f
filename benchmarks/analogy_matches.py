"""List every analogy the detector finds in a corpus, one TSV row each, to check precision
by eye on text that is mostly not analogy (news, debates).

    python benchmarks/analogy_matches.py '../shared/eval/polnear-train/docs/*' \
        '../shared/corpus/debates/*.said' > matches.tsv

Rows: document, frame, matched text, era, years, sentence. Diff two runs (before and
after a lexicon change, each sorted) to see the matches the change adds or removes.
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

from rhetoscope.lexicon import load_lexicons
from rhetoscope.models import Document
from rhetoscope.pipeline import analyze_document
from rhetoscope.resources import Resources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("patterns", nargs="+", help="files or glob patterns")
    args = parser.parse_args()
    files = sorted({f for p in args.patterns for f in glob.glob(p)} or set(args.patterns))
    resources = Resources(load_lexicons())
    for name in files:
        path = Path(name)
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        result = analyze_document(Document(path.name, text), resources)
        sentences = {s.index: s for s in result.sentences}
        for m in result.matches:
            if m.category != "analogy":
                continue
            s = sentences[m.sentence]
            context = " ".join(text[s.start : s.end].split())
            row = (path.name, m.term, m.text, m.era, m.years, context)
            sys.stdout.write("\t".join(" ".join(c.split("\t")) for c in row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
