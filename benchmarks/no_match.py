"""Where the stance stage spends its time on sentences that match nothing.

    python benchmarks/no_match.py CORPUS... [--limit N] [--sentences N] [--repeat N]

Most sentences of real text yield no match, and each still passes through the stance
stage (``sentence_matches``). This cuts the documents' sentences as the pipeline does,
keeps the first N that yield no match, and times, in CPU microseconds per sentence (the
best of ``--repeat`` passes: the machine may be shared), the whole stage and its parts:
the disfluency check, the lexicon tries, the rest of the first pass, the rules over
constructions, and the analogy rules that sentences with an era, a frame or a year still
run (``sentence_matches`` less the parts before them).
"""

from __future__ import annotations

import argparse
import sys
import time
import timeit

import throughput
from rhetoscope import patterns
from rhetoscope.analogy import ERA, FRAME
from rhetoscope.batch import settle
from rhetoscope.lexicon import load_lexicons
from rhetoscope.models import Sentence
from rhetoscope.readers import expand
from rhetoscope.resources import compiled
from rhetoscope.speakers import split_speakers
from rhetoscope.stance import sentence_matches, sentences_in_segments
from rhetoscope.stance.disfluency import _fluent
from rhetoscope.stance.sentence import _ANALOGY_ENDINGS
from rhetoscope.text import count_words, token_norms


def _analogy_path(norms, resources) -> bool:
    """Whether a sentence reaches the analogy rules (an era or frame hit, an "-gate")."""
    hits = resources.find(norms)
    return any(e.category in (FRAME, ERA) for h in hits for e in h.entries) or any(
        map(str.endswith, norms, _ANALOGY_ENDINGS)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    paths = [s.path for s in expand(args.corpus)[: args.limit or None]]
    patterns.make_all()
    resources = settle(compiled(load_lexicons()))
    every = []
    for text in throughput._texts(paths):
        for index, seg, start, end, _ in sentences_in_segments(text, split_speakers(text)):
            norms = token_norms(text[start:end])
            if norms:
                sentence = Sentence(len(every), index, seg.speaker, start, end, count_words(norms))
                every.append((text, sentence, norms))
    none = [s for s in every if not sentence_matches(*s, resources)]
    chosen = none[: args.sentences]
    n = len(chosen)
    main_layer = resources.layers[0]

    def best(run) -> float:
        return min(timeit.repeat(run, number=1, repeat=args.repeat, timer=time.process_time))

    whole = best(lambda: [sentence_matches(t, s, x, resources) for t, s, x in chosen])
    fluent = best(lambda: [_fluent(x) for _, _, x in chosen])
    tries = best(lambda: [main_layer.find_marked(x) for _, _, x in chosen])
    first = best(lambda: [resources.match(x) for _, _, x in chosen])
    found = best(lambda: [resources.find(x) for _, _, x in chosen])
    analogies = sum(_analogy_path(x, resources) for _, _, x in chosen)
    print(f"{len(every):,} sentences, {len(none):,} with no match; timed: {n:,}")
    print(f"CPU microseconds per sentence, the best of {args.repeat} passes:")
    rows = (
        ("sentence_matches, in all", whole),
        ("  disfluency check (_fluent)", fluent),
        ("  lexicon tries (find_marked)", tries),
        ("  rest of the first pass (match)", first - tries),
        ("  rules over constructions", found - first),
        (f"  analogy rules and the rest ({analogies:,} sentences)", whole - fluent - found),
    )
    for label, seconds in rows:
        print(f"{label:<44} {seconds / n * 1e6:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
