"""The five output tables as pandas DataFrames, with a stable column order.

Counts: a sentence's ``resolve`` (etc.) is the sum of the weights of its matches that
count toward that category after negation (weights default to 1, so it is a hit
count). Speaker and document totals add up sentences; ``<category>_per_1k`` is the
total per 1,000 words; ``stance_index`` is (resolve + defiance - concession - hedging)
per 1,000 words; ``sentiment`` is VADER's compound score averaged over sentences, and
``sentiment_<category>`` the same average over the sentences carrying that category.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .models import DocumentResult

if TYPE_CHECKING:
    import pandas as pd

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


def segment_rows(result: DocumentResult) -> list[tuple]:
    """A document's rows of the segments table, in ``SEGMENT_COLUMNS`` order."""
    doc, text = result.document.doc, result.document.text
    return [
        (doc, i, s.speaker, s.kind, s.start, s.end, s.cue, text[s.start : s.end])
        for i, s in enumerate(result.segments)
    ]


def match_rows(result: DocumentResult) -> list[tuple]:
    """A document's rows of the matches table, in ``MATCH_COLUMNS`` order."""
    doc, sentences = result.document.doc, result.sentences
    return [
        (
            doc,
            m.sentence,
            sentences[m.sentence].speaker,
            m.category,
            m.source,
            m.term,
            m.text,
            m.start,
            m.end,
            m.negated,
            m.negator,
            float(m.weight),
            m.lexicon,
            m.era,
            m.years,
            m.detail,
        )
        for m in result.matches
    ]


def sentence_rows(
    result: DocumentResult, categories: Sequence[str], counts: str = "float64"
) -> list[tuple]:
    """A document's rows of the sentences table, in ``_sentence_columns`` order; the
    category counts are ints when ``counts`` is "int64" (see ``count_dtype``)."""
    column = {c: k for k, c in enumerate(categories)}
    scored: dict[int, list[float]] = {}  # by the sentence's position
    for m in result.matches:
        k = column.get(m.category)
        if k is not None:
            score = scored.get(m.sentence)
            if score is None:
                score = scored[m.sentence] = [0.0] * len(categories)
            score[k] += m.weight
    if counts == "int64":
        scored = {i: [int(v) for v in score] for i, score in scored.items()}
        nothing: Sequence[float] = (0,) * len(categories)
    else:
        nothing = (0.0,) * len(categories)  # the scores of a sentence without a counted match
    doc, text, segments = result.document.doc, result.document.text, result.segments
    return [
        (
            doc,
            s.index,
            s.segment,
            s.speaker,
            segments[s.segment].kind,
            s.start,
            s.end,
            s.words,
            *scored.get(i, nothing),
            senti.compound,
            senti.pos,
            senti.neu,
            senti.neg,
            text[s.start : s.end],
        )
        for i, (s, senti) in enumerate(zip(result.sentences, result.sentiments, strict=True))
    ]


def segments_table(results: Sequence[DocumentResult]) -> pd.DataFrame:
    import pandas as pd

    rows = [row for r in results for row in segment_rows(r)]
    return pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS))


def matches_table(results: Sequence[DocumentResult]) -> pd.DataFrame:
    import pandas as pd

    rows = [row for r in results for row in match_rows(r)]
    return pd.DataFrame(rows, columns=list(MATCH_COLUMNS))


def sentences_table(
    results: Sequence[DocumentResult], categories: Sequence[str], counts: str = "float64"
) -> pd.DataFrame:
    import pandas as pd

    rows = [row for r in results for row in sentence_rows(r, categories)]
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


def speaker_rows(
    sentences: Sequence[tuple],
    segments: Sequence[tuple],
    categories: Sequence[str],
    counts: str = "float64",
) -> list[tuple]:
    """One document's rows of the speakers table, from its ``sentence_rows`` and
    ``segment_rows``, computed without pandas (see ``_group_values``)."""
    groups: dict[str, list[tuple]] = {}
    for row in sentences:
        groups.setdefault(row[3], []).append(row)
    spoken = Counter(row[2] for row in segments)
    doc = sentences[0][0] if sentences else ""
    return [
        (doc, speaker, *_group_values(group, spoken[speaker], categories, counts, _kahan))
        for speaker, group in groups.items()
    ]


def document_row(
    doc: str,
    sentences: Sequence[tuple],
    segments: Sequence[tuple],
    categories: Sequence[str],
    counts: str = "float64",
) -> tuple:
    """One document's row of the documents table (see ``speaker_rows``); a document
    without sentences gets zero counts and blank rates and means."""
    if not sentences:
        zero = 0 if counts == "int64" else 0.0
        blank = (math.nan,) * (2 * len(categories) + 2)
        return (doc, 0, 0, 0, 0, *(zero for _ in categories), *blank)
    speakers = len({row[3] for row in sentences})
    values = _group_values(sentences, len(segments), categories, counts, _reduceat)
    return (doc, speakers, *values)


def _group_values(
    group: Sequence[tuple],
    segments: int,
    categories: Sequence[str],
    counts: str,
    add: Callable[[list[float]], float],
) -> tuple:
    """The aggregate columns after the key, for one group of sentence rows, in the
    arithmetic pandas uses: rates and means rounded as numpy rounds, and floats added
    by ``add``. pandas adds a chunk's grouped floats with ``np.add.reduceat`` when the
    groups' rows are contiguous and none is NaN (``_reduceat``: a document's sentences
    always are), else in compensated (Kahan) sums (``_kahan``: a speaker's sentences,
    which other speakers' interrupt, and the category means, which skip NaN)."""
    words = sum(row[7] for row in group)
    first = 8  # the first category column of a sentence row
    columns = [[row[first + k] for row in group] for k in range(len(categories))]
    totals = [sum(c) for c in columns] if counts == "int64" else [add(c) for c in columns]
    by_name = dict(zip(categories, totals, strict=True))
    stance = sum(by_name[c] for c in STANCE_UP) - sum(by_name[c] for c in STANCE_DOWN)
    tone = [row[first + len(categories)] for row in group]
    # (most categories count nothing in a group: no sentence carries them)
    carrying = [
        [t for t, n in zip(tone, c, strict=True) if n > 0] if any(c) else [] for c in columns
    ]
    return (
        segments,
        len(group),
        words,
        *totals,
        *(_per_1k(t, words) for t in totals),
        _per_1k(stance, words),
        _round(add(tone) / len(tone), 4),
        *(_round(_kahan(c) / len(c), 4) if c else math.nan for c in carrying),
    )


def _reduceat(values: Sequence[float]) -> float:
    """``np.add.reduceat`` over one segment: the first value, plus numpy's pairwise sum
    of the others."""
    if len(values) == 1:
        return values[0]
    return values[0] + _pairwise(values, 1, len(values))


def _pairwise(values: Sequence[float], start: int, end: int) -> float:
    """numpy's pairwise summation of ``values[start:end]`` (eight accumulators in
    blocks of up to 128, halves above)."""
    n = end - start
    if n < 8:
        total = 0.0
        for i in range(start, end):
            total += values[i]
        return total
    if n <= 128:
        r = list(values[start : start + 8])
        stop = end - n % 8
        for i in range(start + 8, stop, 8):
            for j in range(8):
                r[j] += values[i + j]
        total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for i in range(stop, end):
            total += values[i]
        return total
    half = n // 2
    half -= half % 8
    return _pairwise(values, start, start + half) + _pairwise(values, start + half, end)


def _kahan(values: Sequence[float]) -> float:
    """The compensated sum of ``values``, in the order pandas' grouped sums add them."""
    if not any(values):
        return 0.0  # zeros (most categories' counts in a group) add up to 0.0, whatever their signs
    total = compensation = 0.0
    for value in values:
        y = value - compensation
        t = total + y
        compensation = t - total - y
        if compensation != compensation:  # an infinite value
            compensation = 0.0
        total = t
    return total


def exact_rates(record: Mapping, categories: Sequence[str]) -> dict[str, float]:
    """A row's rates and stance index from its counts and words, unrounded: what a
    report rounds for display (to one decimal from 2.3496, not from the table's 2.350)."""
    words = record["words"]
    if not words > 0:
        return {**{f"{c}_per_1k": math.nan for c in categories}, "stance_index": math.nan}
    rates = {f"{c}_per_1k": 1000 * record[c] / words for c in categories}
    up = sum(record[c] for c in STANCE_UP if c in categories)
    down = sum(record[c] for c in STANCE_DOWN if c in categories)
    return {**rates, "stance_index": 1000 * (up - down) / words}


def _per_1k(count: float, words: int) -> float:
    return _round(1000 * count / words, 3) if words > 0 else math.nan


def _round(value: float, decimals: int) -> float:
    """numpy's round: scale, round half to even (keeping the sign of a zero), scale back."""
    if value != value:
        return value
    scale = 10.0**decimals
    return round(value * scale, 0) / scale


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
        import pandas as pd

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


def table_columns(name: str, categories: Sequence[str]) -> tuple[str, ...]:
    """The columns of the table ``name``, in order."""
    if name == "documents":
        return ("doc", "speakers", *_aggregate_columns([], categories))
    if name == "speakers":
        return _aggregate_columns(["doc", "speaker"], categories)
    if name == "sentences":
        return _sentence_columns(categories)
    if name == "matches":
        return MATCH_COLUMNS
    if name == "segments":
        return SEGMENT_COLUMNS
    raise ValueError(f"unknown table {name!r}")
