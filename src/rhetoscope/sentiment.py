"""VADER sentiment: the one module that imports vaderSentiment.

VADER 3.3.2 spends most of its time re-lowering the whole sentence for every
sentiment word it looks at (quadratic in sentence length) and walking the text one
character at a time for emoji. ``_Vader`` computes the same scores in linear time:
the per-word rules below are VADER's own (Hutto & Gilbert 2014, MIT licence), fed a
list lowered once. Sentences with emoji, and any other VADER release, go through
VADER's own code (for emoji with one of our methods, ``_sift_sentiment_scores``, which
VADER calls through ``self``: the same sums); ``tests/test_sentiment.py`` and
``benchmarks/throughput.py`` check both paths agree.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from itertools import compress, count

from .models import Sentiment

# The release whose internals _Vader reproduces.
VADER_VERSION = "3.3.2"
# VADER 3.3.2's scores for words none of which scores: all neutral.
NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}


def _fast_analyzer_class():
    import vaderSentiment.vaderSentiment as v

    negate = frozenset(v.NEGATE)
    boosters = v.BOOSTER_DICT
    # The words of the idioms and of the boosters of several words: an n-gram
    # ``_special_idioms_check`` looks up needs two of them (tokens hold no space).
    idiom_words = frozenset(
        w for key in [*v.SPECIAL_CASES, *boosters] if " " in key for w in key.split()
    )

    def negated_word(word: str) -> bool:
        # v.negated([word]) for one lower-case word.
        return word in negate or "n't" in word

    class _Vader(v.SentimentIntensityAnalyzer):
        def __init__(self) -> None:
            super().__init__()
            # VADER replaces a character found among its emoji keys; other keys never match.
            self.emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
            # (none is ASCII in 3.3.2: an ASCII sentence has none, told in constant time)
            self.ascii_emoji = any(map(str.isascii, self.emoji_chars))
            self.scored = frozenset(self.lexicon).difference(v.BOOSTER_DICT)

        def polarity_scores(self, text: str) -> dict[str, float]:
            if (self.ascii_emoji or not text.isascii()) and not self.emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            punctuation = string.punctuation
            words = [w if len(s := w.strip(punctuation)) <= 2 else s for w in text.split()]
            lowered = list(map(str.lower, words))
            # Words that are not in the lexicon (or are boosters) score 0.
            scored = list(compress(count(), map(self.scored.__contains__, lowered)))
            if words and not scored:
                # Every word scores 0, and so does 'but' on them: VADER's neutral answer.
                return dict(NEUTRAL)
            # v.allcap_differential(words), without a Python loop over the words
            is_cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)
            sentiments: list[float] = [0] * len(words)
            last = len(words) - 1
            for i in scored:
                if not (i < last and lowered[i] == "kind" and lowered[i + 1] == "of"):
                    sentiments[i] = self._valence(words, lowered, is_cap_diff, i)
            if "but" in lowered:  # else VADER's _but_check changes nothing
                sentiments = self._but_check(lowered, sentiments)
            return self.score_valence(sentiments, text)

        @staticmethod
        def _sift_sentiment_scores(sentiments: list[float]) -> tuple[float, float, int]:
            # VADER's, adding up only the words that score (most score 0), in its order
            scoring = list(filter(None, sentiments))
            pos_sum = neg_sum = 0.0
            for score in scoring:
                if score > 0:
                    pos_sum += float(score) + 1
                if score < 0:
                    neg_sum += float(score) - 1
            return pos_sum, neg_sum, len(sentiments) - len(scoring)

        def _valence(self, words: list[str], lowered: list[str], cap_diff: bool, i: int) -> float:
            # VADER's sentiment_valence for a lexicon word.
            lexicon = self.lexicon
            low = lowered[i]
            valence = lexicon[low]
            if low == "no" and i != len(words) - 1 and lowered[i + 1] in lexicon:
                valence = 0.0
            if (
                (i > 0 and lowered[i - 1] == "no")
                or (i > 1 and lowered[i - 2] == "no")
                or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in ["or", "nor"])
            ):
                valence = lexicon[low] * v.N_SCALAR
            if words[i].isupper() and cap_diff:
                valence = valence + v.C_INCR if valence > 0 else valence - v.C_INCR
            for start_i in range(3):
                if i > start_i and lowered[i - (start_i + 1)] not in lexicon:
                    j = i - (start_i + 1)
                    # (v.scalar_inc_dec is 0.0 for any word but a booster)
                    s = (
                        v.scalar_inc_dec(words[j], valence, cap_diff)
                        if lowered[j] in boosters
                        else 0.0
                    )
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    valence = _negation_check(valence, lowered, start_i, i)
                    if start_i == 2:
                        valence = _special_idioms_check(valence, lowered, i)
            return self._least_check(valence, lowered, i)

    def _negation_check(valence: float, low: list[str], start_i: int, i: int) -> float:
        # VADER's _negation_check on an already lowered list.
        if start_i == 0 and negated_word(low[i - 1]):
            valence = valence * v.N_SCALAR
        if start_i == 1:
            if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 2] == "without" and low[i - 1] == "doubt":
                pass
            elif negated_word(low[i - 2]):
                valence = valence * v.N_SCALAR
        if start_i == 2:
            if (low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this")) or (
                low[i - 1] == "so" or low[i - 1] == "this"
            ):
                valence = valence * 1.25
            elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                pass
            elif negated_word(low[i - 3]):
                valence = valence * v.N_SCALAR
        return valence

    def _special_idioms_check(valence: float, low: list[str], i: int) -> float:
        # VADER's _special_idioms_check on an already lowered list, for ``i`` >= 3 only
        # (its one caller's case): the window below would not wrap around as VADER's
        # negative indices do.
        if sum(map(idiom_words.__contains__, low[i - 3 : i + 3])) < 2:
            return valence  # no idiom or booster n-gram can match
        onezero = f"{low[i - 1]} {low[i]}"
        twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
        twoone = f"{low[i - 2]} {low[i - 1]}"
        threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
        threetwo = f"{low[i - 3]} {low[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in v.SPECIAL_CASES:
                valence = v.SPECIAL_CASES[seq]
                break
        if len(low) - 1 > i:
            zeroone = f"{low[i]} {low[i + 1]}"
            if zeroone in v.SPECIAL_CASES:
                valence = v.SPECIAL_CASES[zeroone]
        if len(low) - 1 > i + 1:
            zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
            if zeroonetwo in v.SPECIAL_CASES:
                valence = v.SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in v.BOOSTER_DICT:
                valence = valence + v.BOOSTER_DICT[n_gram]
        return valence

    return _Vader


@cache
def _analyzer():
    # Built once per process: the constructor reads VADER's lexicon files.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    if version("vaderSentiment") == VADER_VERSION:
        return _fast_analyzer_class()()
    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> Sentiment:
    """VADER's compound, positive, neutral and negative scores for one sentence."""
    return sentiment_of((text,))[0]


def sentiment_of(texts: Iterable[str]) -> tuple[Sentiment, ...]:
    """``sentiment`` of each of ``texts`` (a document's sentences), with the analyser
    looked up once, not per sentence."""
    scores = map(_analyzer().polarity_scores, texts)
    return tuple(Sentiment(s["compound"], s["pos"], s["neu"], s["neg"]) for s in scores)
