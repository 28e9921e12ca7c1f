"""VADER sentiment: the one module that imports vaderSentiment."""

from __future__ import annotations

from functools import cache

from .models import Sentiment


@cache
def _analyzer():
    # Built once per process: the constructor reads VADER's lexicon files.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> Sentiment:
    """VADER's compound, positive, neutral and negative scores for one sentence."""
    scores = _analyzer().polarity_scores(text)
    return Sentiment(scores["compound"], scores["pos"], scores["neu"], scores["neg"])
