"""The five output tables as pandas DataFrames, with a stable column order.

Counts: a sentence's ``resolve`` (etc.) is the sum of the weights of its matches that
count toward that category after negation (weights default to 1, so it is a hit
count). Speaker and document totals add up sentences; ``<category>_per_1k`` is the
total per 1,000 words; ``stance_index`` is (resolve + defiance - concession - hedging)
per 1,000 words; ``sentiment`` is VADER's compound score averaged over sentences, and
``sentiment_<category>`` the same average over the sentences carrying that category.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from .models import DocumentResult

# The stance index: (resolve + defiance - concession - hedging) per 1,000 words.
STANCE_UP = ("resolve", "defiance")
STANCE_DOWN = ("concession", "hedging")

SEGMENT_COLUMNS = ("doc", "segment", "speaker", "kind", "start", "end", "cue", "text")
MATCH_COLUMNS = (
    "doc",
    "sentence",
    "speaker",
    "category",
    "source_category",
    "term",
    "text",
    "start",
    "end",
    "negated",
    "negator",
    "weight",
    "lexicon",
    "era",
    "years",
    "detail",
)


def _sentence_columns(categories: Sequence[str]) -> tuple[str, ...]:
    return (
        "doc",
        "sentence",
        "segment",
        "speaker",
        "kind",
        "start",
        "end",
        "words",
        *categories,
        "sentiment",
        "pos",
        "neu",
        "neg",
        "text",
    )


def _aggregate_columns(key: Sequence[str], categories: Sequence[str]) -> tuple[str, ...]:
    return (
        *key,
        "segments",
        "sentences",
        "words",
        *categories,
        *(f"{c}_per_1k" for c in categories),
        "stance_index",
        "sentiment",
        *(f"sentiment_{c}" for c in categories),
    )


def segments_table(results: Sequence[DocumentResult]) -> pd.DataFrame:
    rows = [
        (
            r.document.doc,
            i,
            s.speaker,
            s.kind,
            s.start,
            s.end,
            s.cue,
            r.document.text[s.start : s.end],
        )
        for r in results
        for i, s in enumerate(r.segments)
    ]
    return pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS))


def matches_table(results: Sequence[DocumentResult]) -> pd.DataFrame:
    rows = [
        (
            r.document.doc,
            m.sentence,
            r.sentences[m.sentence].speaker,
            m.category,
            m.source,
            m.term,
            m.text,
            m.start,
            m.end,
            m.negated,
            m.negator,
            m.weight,
            m.lexicon,
            m.era,
            m.years,
            m.detail,
        )
        for r in results
        for m in r.matches
    ]
    return pd.DataFrame(rows, columns=list(MATCH_COLUMNS))


def sentences_table(
    results: Sequence[DocumentResult], categories: Sequence[str], counts: str = "float64"
) -> pd.DataFrame:
    rows = []
    column = {c: k for k, c in enumerate(categories)}
    nothing = (0.0,) * len(categories)  # the scores of a sentence without a counted match
    for r in results:
        scored: dict[int, list[float]] = {}  # by the sentence's position
        for m in r.matches:
            k = column.get(m.category)
            if k is not None:
                score = scored.get(m.sentence)
                if score is None:
                    score = scored[m.sentence] = [0.0] * len(categories)
                score[k] += m.weight
        for i, (s, senti) in enumerate(zip(r.sentences, r.sentiments, strict=True)):
            rows.append(
                (
                    r.document.doc,
                    s.index,
                    s.segment,
                    s.speaker,
                    r.segments[s.segment].kind,
                    s.start,
                    s.end,
                    s.words,
                    *scored.get(i, nothing),
                    senti.compound,
                    senti.pos,
                    senti.neu,
                    senti.neg,
                    r.document.text[s.start : s.end],
                )
            )
    table = pd.DataFrame(rows, columns=list(_sentence_columns(categories)))
    return table.astype(dict.fromkeys(categories, counts))


def count_dtype(weights: Iterable[float]) -> str:
    """The type of the count columns: integers when every lexicon weight is a whole
    number (counts are then hit counts), else decimals. It depends on the lexicons only,
    so every document's rows come out alike, whichever documents are in a run."""
    return "int64" if all(float(w).is_integer() for w in weights) else "float64"


def _aggregate(
    sentences: pd.DataFrame,
    segments: pd.DataFrame,
    key: list[str],
    categories: Sequence[str],
    counts: str,
) -> pd.DataFrame:
    # One grouping for every column: a category's sentiment is the mean over the
    # sentences carrying it, i.e. the mean of the sentiment masked elsewhere.
    carrying = {
        f"sentiment_{c}": sentences["sentiment"].where(sentences[c] > 0) for c in categories
    }
    frame = sentences[[*key, "words", *categories, "sentiment"]].assign(**carrying)
    grouped = frame.groupby(key, sort=False)
    table = grouped[["words", *categories]].sum()
    table.insert(0, "sentences", grouped.size())
    table.insert(0, "segments", segments.groupby(key, sort=False).size().reindex(table.index))
    for c in categories:
        table[f"{c}_per_1k"] = (1000 * table[c] / table["words"].where(table["words"] > 0)).round(3)
    stance = sum(table[c] for c in STANCE_UP) - sum(table[c] for c in STANCE_DOWN)
    table["stance_index"] = (1000 * stance / table["words"].where(table["words"] > 0)).round(3)
    means = grouped[["sentiment", *carrying]].mean().round(4)
    for column in means.columns:
        table[column] = means[column]
    table = table.reset_index().astype(dict.fromkeys(categories, counts))
    table["segments"] = table["segments"].fillna(0).astype(int)
    return table[list(_aggregate_columns(key, categories))]


def speakers_table(
    sentences: pd.DataFrame,
    segments: pd.DataFrame,
    categories: Sequence[str],
    counts: str = "float64",
) -> pd.DataFrame:
    return _aggregate(sentences, segments, ["doc", "speaker"], categories, counts)


def documents_table(
    results: Sequence[DocumentResult],
    sentences: pd.DataFrame,
    segments: pd.DataFrame,
    categories: Sequence[str],
    counts: str = "float64",
) -> pd.DataFrame:
    table = _aggregate(sentences, segments, ["doc"], categories, counts)
    speakers = sentences.groupby("doc", sort=False)["speaker"].nunique()
    table.insert(1, "speakers", table["doc"].map(speakers).astype(int))
    # Documents with no sentence (an empty file) still get their row: zero counts, and
    # blank rates and means, as for any group without words (0 of 0 words is no rate).
    missing = [r.document.doc for r in results if r.document.doc not in set(table["doc"])]
    if missing:
        whole = ("speakers", "segments", "sentences", "words")
        empty = pd.DataFrame({"doc": missing}).reindex(columns=table.columns)
        table = pd.concat(
            [table, empty.fillna(dict.fromkeys([*whole, *categories], 0))], ignore_index=True
        )
        table = table.astype({**dict.fromkeys(categories, counts), **dict.fromkeys(whole, int)})
    order = {r.document.doc: i for i, r in enumerate(results)}
    return table.sort_values("doc", key=lambda s: s.map(order), kind="stable").reset_index(
        drop=True
    )
