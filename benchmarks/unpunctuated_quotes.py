"""Speaker splitting time for text with no sentence ends and many quotation marks.

    python benchmarks/unpunctuated_quotes.py [--sizes 25000 50000 100000 200000]

A speech-to-text dump or a pasted caption file can reach the splitter as one "sentence"
of many thousand words, with names, pronouns and quotation marks all through it. Every
pronoun cue weighs the people named before it in its sentence; the time per word should
stay flat as the text grows (linear time). The words are drawn with a fixed seed: a
twentieth of them open a quotation, a twentieth close one. Prints seconds, microseconds
per word and the segments found.
"""

from __future__ import annotations

import argparse
import random
import time

from rhetoscope import split_speakers

WORDS = "the a said he she we they John Mary Smith Jones went told asked people today never will"


def text_of(n: int, seed: int = 1) -> str:
    """``n`` words of the vocabulary, quotation marks scattered among them."""
    rng = random.Random(seed)
    vocabulary = WORDS.split()
    out = []
    for _ in range(n):
        word = rng.choice(vocabulary)
        if rng.random() < 0.05:
            word = '"' + word
        if rng.random() < 0.05:
            word += '"'
        out.append(word)
    return " ".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25000, 50000, 100000, 200000])
    args = parser.parse_args()
    split_speakers('Ann said: "We will win."')  # patterns compiled before the clock
    print(f"{'words':>8} {'seconds':>8} {'us/word':>8} {'segments':>9}")
    for n in args.sizes:
        text = text_of(n)
        started = time.perf_counter()
        segments = split_speakers(text)
        took = time.perf_counter() - started
        print(f"{n:>8,} {took:>8.2f} {took / n * 1e6:>8.1f} {len(segments):>9,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
