"""Markdown reports: one per document, and a corpus summary for several."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..api import Analysis
from ..lexicon import Lexicon
from ..tables import exact_rates
from .tabular import FEW_WORDS, display_header, few_words, few_words_note, fixed, markdown_rows

if TYPE_CHECKING:
    import pandas as pd

EVIDENCE_PER_CATEGORY = 3
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Text made literal in Markdown, on one line."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


@dataclass(frozen=True)
class RunInfo:
    """What the report header records of the run."""

    version: str
    lexicons: tuple[Lexicon, ...]
    created: str = ""


def header(title: str, run: RunInfo) -> list[str]:
    used = ", ".join(f"`{lex.name}` {lex.version} ({lex.short_hash})" for lex in run.lexicons)
    when = f"; generated {run.created}" if run.created else ""
    return [f"# {title}", "", f"*rhetoscope {run.version}{when}; lexicons: {used}*", ""]


BAR_WIDTH = 6
_EIGHTHS = " ▏▎▍▌▋▊▉█"
_SPARKS = "▁▂▃▄▅▆▇█"
ARC_WIDTH = 48


def bar(value: float, top: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of eighth blocks, ``width`` cells for ``top``."""
    if not top or value != value or value <= 0:
        return ""
    eighths = round(8 * width * min(value, top) / top)
    return ("\u2588" * (eighths // 8) + _EIGHTHS[eighths % 8]).rstrip()


def sparkline(values: Sequence[float], width: int = ARC_WIDTH) -> str:
    """Sentiment scores (-1..1) as a line of block heights, averaged into ``width`` bins."""
    if not values:
        return ""
    bins = min(width, len(values))
    out = []
    for b in range(bins):
        chunk = values[b * len(values) // bins : (b + 1) * len(values) // bins]
        mean = sum(chunk) / len(chunk)
        out.append(_SPARKS[min(7, int((mean + 1) / 2 * 8))])
    return "".join(out)


FOOTER = [
    "---",
    "",
    "*Method: each sentence belongs to one speaker (labelled turn, attributed quotation or "
    "narration). Category counts are sums of lexicon matches after negation (a negated "
    "concession counts as defiance, negated hedging as resolve); rates are per 1,000 words; "
    "sentiment is VADER's compound score averaged over sentences. Every count is listed in "
    '`matches.csv`. See the rhetoscope README, section "How scores are computed".*',
]


def _rates_table(speakers: list[dict], categories: Sequence[str]) -> str:
    """Speakers with their rates, each beside a bar. The categories' bars share one
    scale, the highest rate in the table, so that a longer bar is always a higher rate
    (13 defiance beside 6.5 concession); the stance index has its own."""
    rates = [f"{c}_per_1k" for c in categories]
    rated = [*rates, "stance_index"]
    exact = [exact_rates(s, categories) for s in speakers]
    # A rate from a few words is marked, has no bar and sets no scale.
    scaled = [e for s, e in zip(speakers, exact, strict=True) if not few_words(s["words"])]
    top = max((e[c] for e in scaled for c in rates if e[c] == e[c]), default=0)
    tops = {c: top for c in rates}
    tops["stance_index"] = max(
        (e["stance_index"] for e in scaled if e["stance_index"] == e["stance_index"]), default=0
    )
    headers = [
        "speaker",
        "words",
        "sentences",
        *(display_header(c) for c in rated),
        "sentiment",
    ]
    rows = [
        [
            s["speaker"],
            s["words"],
            s["sentences"],
            *(_rate_cell(e[c], s["words"], tops[c]) for c in rated),
            fixed(s["sentiment"], 3),  # 0.000, 0.075
        ]
        for s, e in zip(speakers, exact, strict=True)
    ]
    numeric = [False, True, True, *(False for _ in rated), True]
    table = markdown_rows(headers, numeric, rows)
    if len(scaled) < len(speakers):
        table += f"\n\n{few_words_note()}"
    return table


def _count(n: float, noun: str) -> str:
    """``1,204 words``, ``1 turn``, ``0 quotations``."""
    return f"{int(n):,} {noun}{'' if int(n) == 1 else 's'}"


def _rate_cell(rate: float, words: float, top: float) -> str:
    if rate != rate:
        return ""
    if few_words(words):
        return f"{fixed(rate, 1)}{FEW_WORDS}"
    return f"{fixed(rate, 1)} {bar(rate, top)}".rstrip()


def _arcs(speakers: Sequence[str], sentences: list[dict]) -> list[str]:
    """One sparkline per speaker: tone sentence by sentence, start to end."""
    width = max(len(s) for s in speakers)
    lines = [
        "## Sentiment arc",
        "",
        "Each line is one speaker's sentences in document order, from \u2581 (VADER "
        "compound -1) to \u2588 (+1).",
        "",
        "```",
    ]
    tone: dict[str, list[float]] = {speaker: [] for speaker in speakers}
    for sentence in sentences:
        tone.setdefault(sentence["speaker"], []).append(sentence["sentiment"])
    for speaker in speakers:
        lines.append(f"{speaker:<{width}}  {sparkline(tone[speaker])}")
    return [*lines, "```", ""]


def _highlight(text: str, start: int, spans: Sequence[tuple[int, int]]) -> str:
    """Sentence text with the matched spans in bold (offsets are document offsets)."""
    out, cursor = [], 0
    for s, e in sorted(spans):
        s, e = max(s - start, cursor), e - start
        if s >= e:
            continue
        out += [escape(text[cursor:s]), f"**{escape(text[s:e])}**"]
        cursor = e
    out.append(escape(text[cursor:]))
    return "".join(out).strip()


def _match_note(match) -> str:
    note = f"`{match['term']}`"
    if match["negated"]:
        note += f" negated by *{escape(match['negator'])}*"
    if match["source_category"] != match["category"]:
        note += f" ({match['source_category']} \u2192 {match['category'] or 'not counted'})"
    return note


def _evidence_sum(scored: list[dict], shown: list[dict], category: str) -> str:
    """What a category's evidence adds up to: its count in how many sentences, and,
    when only the heaviest are shown, their share, so the list is never read as all."""
    total = sum(s[category] for s in scored)
    where = f"{total:g} in {len(scored)} sentence{'s' if len(scored) > 1 else ''}"
    if len(shown) == len(scored):
        return where
    return f"{where}; the {len(shown)} that weigh most ({sum(s[category] for s in shown):g})"


def _evidence(
    speaker: str,
    sentences: list[dict],
    by_sentence: dict[int, list[dict]],
    categories: Sequence[str],
) -> list[str]:
    lines: list[str] = []
    mine = [s for s in sentences if s["speaker"] == speaker]
    for category in categories:
        scored = sorted((s for s in mine if s[category] > 0), key=lambda s: -s[category])
        if not scored:
            continue
        shown = scored[:EVIDENCE_PER_CATEGORY]
        lines += [f"**{category}**: {_evidence_sum(scored, shown, category)}:", ""]
        for sentence in shown:
            hits = [
                m for m in by_sentence.get(sentence["sentence"], ()) if m["category"] == category
            ]
            text = _highlight(
                sentence["text"], sentence["start"], [(m["start"], m["end"]) for m in hits]
            )
            notes = "; ".join(_match_note(m) for m in hits)
            lines.append(f"- {text}  \n  <sub>{notes}</sub>" if notes else f"- {text}")
        lines.append("")
    return lines


def records(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> list[dict]:
    """The rows of ``frame`` (only ``columns``, when given) as dicts, built column by
    column: much faster than to_dict."""
    # Iterating an Index for every row would cost more than the row.
    names = list(frame.columns if columns is None else columns)
    columns = [frame[c].tolist() for c in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


@dataclass(frozen=True)
class DocTables:
    """One document's rows of the analysis tables, as records."""

    doc: str
    row: dict
    speakers: list[dict]
    sentences: list[dict]
    matches: list[dict]
    kinds: dict[str, int]


def per_document(analysis: Analysis) -> dict[str, DocTables]:
    """Each document's rows, found in one pass over each table (not one per document)."""

    def split(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for record in records(frame, columns):
            out.setdefault(str(record["doc"]), []).append(record)
        return out

    # A report reads these columns of its sentences; the others are the bulk of the table.
    read = ["doc", "sentence", "speaker", "start", "text", "sentiment", *analysis.categories]
    speakers, sentences = split(analysis.speakers), split(analysis.sentences, read)
    matches = split(analysis.matches)
    kinds: dict[str, Counter] = {}
    segments = analysis.segments
    for doc, kind in zip(segments["doc"].tolist(), segments["kind"].tolist(), strict=True):
        kinds.setdefault(str(doc), Counter())[kind] += 1
    out = {}
    for row in records(analysis.documents):
        doc = str(row["doc"])
        out[doc] = DocTables(
            doc,
            row,
            speakers.get(doc, []),
            sentences.get(doc, []),
            matches.get(doc, []),
            dict(kinds.get(doc, {})),
        )
    return out


def document_report(
    tables: DocTables,
    categories: Sequence[str],
    run: RunInfo,
    charts: Sequence[tuple[str, str]] = (),
) -> str:
    """The Markdown report of one document; ``charts`` are (title, file name) pairs."""
    doc, row, spk, kinds = tables.doc, tables.row, tables.speakers, tables.kinds
    sentences, matches = tables.sentences, tables.matches
    by_sentence: dict[int, list[dict]] = {}
    for m in matches:
        by_sentence.setdefault(m["sentence"], []).append(m)
    text_of = {s["sentence"]: s for s in sentences}
    lines = header(f"rhetoscope report: {escape(doc)}", run)
    lines += [
        f"{_count(row['words'], 'word')} in {_count(row['sentences'], 'sentence')}; "
        f"{_count(row['speakers'], 'speaker')}; {_count(kinds.get('quote', 0), 'quotation')}, "
        f"{_count(kinds.get('turn', 0), 'turn')}, "
        f"{_count(kinds.get('narration', 0), 'narration segment')}.",
        "",
    ]
    if not spk:
        return "\n".join([*lines, "The document has no text.", "", *FOOTER]) + "\n"
    lines += [
        "## Speakers",
        "",
        _rates_table(spk, categories),
        "",
        "Rates are per 1,000 words; the stance index is (resolve + defiance - concession "
        "- hedging) per 1,000 words; sentiment is the mean VADER compound score. The "
        "categories' bars share one scale (the highest rate fills the cell).",
        "",
    ]
    lines += [f"![{escape(title)}]({name})" for title, name in charts]
    lines += [""] if charts else []
    lines += _arcs([s["speaker"] for s in spk], sentences)
    analogies = [m for m in matches if m["category"] == "analogy"]
    if analogies:
        lines += ["## Historical analogies", ""]
        for m in analogies:
            sentence = text_of[m["sentence"]]
            text = _highlight(sentence["text"], sentence["start"], [(m["start"], m["end"])])
            tag = ", contrastive" if m["negated"] else ""
            # an era named from the text alone ("a Kodak moment") has no known years
            years = m["years"] or "years unknown"
            lines.append(
                f"- **{escape(m['speaker'])}**: {escape(m['era'])} ({years}){tag}, "
                f"{escape(m['detail'])}  \n  > {text}"
            )
        lines.append("")
    lines += [
        "## Evidence",
        "",
        "For each speaker and category, the sentences that weigh most, matched words in "
        "bold; every match is in `matches.csv`.",
        "",
    ]
    for speaker in (s["speaker"] for s in spk):
        evidence = _evidence(speaker, sentences, by_sentence, categories)
        if evidence:
            lines += [f"### {escape(speaker)}", "", *evidence]
    if not any(m["category"] for m in matches):
        lines += ["No lexicon matches in this document.", ""]
    lines += FOOTER
    return "\n".join(lines) + "\n"
