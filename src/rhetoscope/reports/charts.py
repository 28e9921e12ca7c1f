"""PNG charts beside the Markdown (optional extra: ``pip install 'rhetoscope[charts]'``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from ..errors import RhetoscopeError
from .tabular import FEW_WORDS, few_words

ARC_WINDOW = 5


def require_matplotlib() -> None:
    """Fail early, in one line, when the charts extra is not installed."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise RhetoscopeError(
            "--charts", "needs matplotlib: pip install 'rhetoscope[charts]'"
        ) from None


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only, no screen
    import matplotlib.pyplot as plt

    return plt


def _finish(plt, fig, ax, title: str, save) -> None:
    """Title, legend and a light frame; then the figure is saved and released."""
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save(fig)
    plt.close(fig)


def rates_chart(speakers: pd.DataFrame, categories: Sequence[str], title: str, save) -> None:
    """Grouped bars: each category's rate per 1,000 words, one colour per speaker."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 4), dpi=110)
    width = 0.8 / max(1, len(speakers))
    for i, (_, row) in enumerate(speakers.iterrows()):
        xs = [c + i * width for c in range(len(categories))]
        label = row["speaker"]
        if few_words(row["words"]):  # as the Markdown marks the rates
            label += f" ({FEW_WORDS} {int(row['words'])} words)"
        ax.bar(xs, [row[f"{c}_per_1k"] for c in categories], width, label=label)
    ax.set_xticks([c + width * (len(speakers) - 1) / 2 for c in range(len(categories))])
    ax.set_xticklabels(categories)
    ax.set_ylabel("per 1,000 words")
    _finish(plt, fig, ax, title, save)


def arc_chart(sentences: pd.DataFrame, speakers: Sequence[str], title: str, save) -> None:
    """Each speaker's VADER compound score through the document (rolling mean)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 3.2), dpi=110)
    for speaker in speakers:
        own = sentences[sentences["speaker"] == speaker]
        if own.empty:
            continue
        smooth = own["sentiment"].rolling(ARC_WINDOW, min_periods=1, center=True).mean()
        ax.plot(own["sentence"], smooth, marker="o", markersize=2.5, linewidth=1.2, label=speaker)
    ax.axhline(0, color="grey", linewidth=0.6)
    ax.set_ylim(-1, 1)
    ax.set_xlabel("sentence")
    ax.set_ylabel(f"sentiment (mean of {ARC_WINDOW})")
    _finish(plt, fig, ax, title, save)


def document_charts(
    tables,
    categories: Sequence[str],
    stem: str,
    folder: Path,
    write: Callable[[Path, object], None],
) -> list[tuple[str, str]]:
    """Write one document's charts with ``write(path, figure)``; return (title, name) pairs."""
    if not tables.speakers:
        return []
    doc = tables.doc
    speakers, sentences = pd.DataFrame(tables.speakers), pd.DataFrame(tables.sentences)
    made = []
    for suffix, title, draw in (
        (
            "rates",
            f"{doc}: category rates by speaker",
            lambda save: rates_chart(speakers, categories, f"{doc}: rates by speaker", save),
        ),
        (
            "arc",
            f"{doc}: sentiment arc",
            lambda save: arc_chart(
                sentences, list(speakers["speaker"]), f"{doc}: sentiment arc", save
            ),
        ),
    ):
        name = f"{stem}-{suffix}.png"
        draw(lambda fig, path=folder / name: write(path, fig))
        made.append((title, name))
    return made
