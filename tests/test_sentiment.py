"""rhetoscope's linear-time VADER must give VADER's own scores, to the last digit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from rhetoscope.sentiment import VADER_VERSION, _analyzer, sentiment

# Words every VADER rule looks at: lexicon words, boosters and dampeners, negators,
# "but", "least", "kind of", the special idioms, in any case, with punctuation.
_VOCAB = (
    "good great bad terrible love hate surrender win no not never isn't n't without doubt "
    "so this very extremely kind of sort least at but yet the shit bomb bus stop kiss death "
    "to die for yeah right bad ass hardly barely nor or we will fight nothing despite "
    "GOOD BAD NEVER Very :) :( !! ?? ... ok"
).split()
_PIECES = st.sampled_from([*_VOCAB, ",", ".", "!", "?", "'", '"', "\u2019", "\U0001f600", "\u2764"])
_SENTENCES = st.lists(_PIECES, max_size=25).map(" ".join)


_STOCK = SentimentIntensityAnalyzer()


def test_the_fast_path_runs_only_on_the_release_it_reproduces() -> None:
    from importlib.metadata import version

    fast = type(_analyzer()) is not SentimentIntensityAnalyzer
    assert fast == (version("vaderSentiment") == VADER_VERSION)


@settings(max_examples=400)
@given(st.one_of(_SENTENCES, st.text(max_size=80)))
def test_scores_equal_vaders(text: str) -> None:
    assert _analyzer().polarity_scores(text) == _STOCK.polarity_scores(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will never surrender.",
        "It was NOT so bad, but the food was kind of terrible!!!",
        "Without doubt the best, at least the least bad.",
        "No good, no bad, no love or hate.",
        "That movie was the bomb \U0001f600",
        "",
        "   ",
    ],
)
def test_rules_and_emoji_paths(text: str) -> None:
    assert _analyzer().polarity_scores(text) == _STOCK.polarity_scores(text)
    assert sentiment(text).compound == _STOCK.polarity_scores(text)["compound"]
