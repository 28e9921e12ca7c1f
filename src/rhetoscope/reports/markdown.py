"""Markdown reports: one per document, and a corpus summary for several."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from ..lexicon import Lexicon
from .tabular import markdown_table

EVIDENCE_PER_CATEGORY = 3
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Text made literal in Markdown, on one line."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def header(title: str, lexicons: Sequence[Lexicon], version: str) -> list[str]:
    used = ", ".join(f"`{lex.name}` {lex.version} ({lex.short_hash})" for lex in lexicons)
    return [f"# {title}", "", f"*rhetoscope {version}; lexicons: {used}*", ""]


FOOTER = [
    "---",
    "",
    "*Method: each sentence belongs to one speaker (labelled turn, attributed quotation or "
    "narration). Category counts are sums of lexicon matches after negation (a negated "
    "concession counts as defiance, negated hedging as resolve); rates are per 1,000 words; "
    "sentiment is VADER's compound score averaged over sentences. Every count is listed in "
    '`matches.csv`. See the rhetoscope README, section "How scores are computed".*',
]


def _rates_table(speakers: pd.DataFrame, categories: Sequence[str]) -> pd.DataFrame:
    rates = [f"{c}_per_1k" for c in categories]
    table = speakers[["speaker", "words", "sentences", *rates, "stance_index", "sentiment"]]
    return table.rename(
        columns={**{r: r.replace("_per_1k", " /1k") for r in rates}, "stance_index": "stance index"}
    )


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


def _match_note(match: pd.Series) -> str:
    note = f"`{match['term']}`"
    if match["negated"]:
        note += f" negated by *{escape(match['negator'])}*"
    if match["source_category"] != match["category"]:
        note += f" ({match['source_category']} \u2192 {match['category'] or 'not counted'})"
    return note


def _evidence(
    speaker: str, sentences: pd.DataFrame, matches: pd.DataFrame, categories: Sequence[str]
) -> list[str]:
    lines: list[str] = []
    mine = sentences[sentences["speaker"] == speaker]
    for category in categories:
        scored = mine[mine[category] > 0].sort_values(category, ascending=False, kind="stable")
        if scored.empty:
            continue
        total = scored[category].sum()
        lines += [f"**{category}** ({total:g}):", ""]
        for _, sentence in scored.head(EVIDENCE_PER_CATEGORY).iterrows():
            hits = matches[
                (matches["sentence"] == sentence["sentence"]) & (matches["category"] == category)
            ]
            spans = list(zip(hits["start"], hits["end"], strict=True))
            text = _highlight(sentence["text"], sentence["start"], spans)
            notes = "; ".join(_match_note(m) for _, m in hits.iterrows())
            lines.append(f"- {text}  \n  <sub>{notes}</sub>" if notes else f"- {text}")
        lines.append("")
    return lines


def document_report(
    doc: str,
    documents: pd.DataFrame,
    speakers: pd.DataFrame,
    sentences: pd.DataFrame,
    matches: pd.DataFrame,
    segments: pd.DataFrame,
    categories: Sequence[str],
    lexicons: Sequence[Lexicon],
    version: str,
) -> str:
    """The Markdown report of one document (the tables may hold other documents too)."""
    row = documents[documents["doc"] == doc].iloc[0]
    spk = speakers[speakers["doc"] == doc]
    sen = sentences[sentences["doc"] == doc]
    mat = matches[matches["doc"] == doc]
    seg = segments[segments["doc"] == doc]
    kinds = seg["kind"].value_counts()
    lines = header(f"rhetoscope report: {escape(doc)}", lexicons, version)
    lines += [
        f"{int(row['words'])} words in {int(row['sentences'])} sentences; "
        f"{int(row['speakers'])} speakers; {int(kinds.get('quote', 0))} quotations, "
        f"{int(kinds.get('turn', 0))} turns, {int(kinds.get('narration', 0))} narration segments.",
        "",
        "## Speakers",
        "",
        markdown_table(_rates_table(spk, categories)),
        "",
    ]
    analogies = mat[mat["category"] == "analogy"]
    if not analogies.empty:
        lines += ["## Historical analogies", ""]
        for _, m in analogies.iterrows():
            sentence = sen[sen["sentence"] == m["sentence"]].iloc[0]
            text = _highlight(sentence["text"], sentence["start"], [(m["start"], m["end"])])
            tag = ", contrastive" if m["negated"] else ""
            lines.append(
                f"- **{escape(m['speaker'])}**: {escape(m['era'])} ({m['years']}){tag}, "
                f"{escape(m['detail'])}  \n  > {text}"
            )
        lines.append("")
    lines += ["## Evidence", ""]
    for speaker in spk["speaker"]:
        evidence = _evidence(speaker, sen, mat, categories)
        if evidence:
            lines += [f"### {escape(speaker)}", "", *evidence]
    if mat[mat["category"] != ""].empty:
        lines += ["No lexicon matches in this document.", ""]
    lines += FOOTER
    return "\n".join(lines) + "\n"


def summary_report(
    documents: pd.DataFrame,
    speakers: pd.DataFrame,
    categories: Sequence[str],
    lexicons: Sequence[Lexicon],
    version: str,
    failures: Sequence[tuple[str, str]] = (),
) -> str:
    """The corpus summary: documents side by side, and speakers across documents."""
    lines = header(f"rhetoscope corpus summary: {len(documents)} documents", lexicons, version)
    doc_cols = ["doc", "speakers", "words", *(f"{c}_per_1k" for c in categories), "sentiment"]
    lines += ["## Documents", "", markdown_table(documents[doc_cols]), ""]
    sums = speakers.groupby("speaker", sort=False)[["words", *categories]].sum()
    sums.insert(0, "documents", speakers.groupby("speaker", sort=False)["doc"].nunique())
    for c in categories:
        sums[f"{c}_per_1k"] = (1000 * sums[c] / sums["words"].where(sums["words"] > 0)).round(3)
    weighted = (speakers["sentiment"] * speakers["sentences"]).groupby(speakers["speaker"]).sum()
    sums["sentiment"] = (weighted / speakers.groupby("speaker")["sentences"].sum()).round(4)
    table = sums.reset_index()[
        ["speaker", "documents", "words", *(f"{c}_per_1k" for c in categories), "sentiment"]
    ]
    lines += ["## Speakers across documents", "", markdown_table(table), ""]
    if failures:
        lines += ["## Failed inputs", ""]
        lines += [f"- `{escape(path)}`: {escape(problem)}" for path, problem in failures]
        lines.append("")
    lines += FOOTER
    return "\n".join(lines) + "\n"
