"""rhetoscope: who says what, and how resolutely.

Split interviews, speeches, transcripts and news articles by speaker, score resolve,
defiance, historical analogy, concession and hedging per sentence, speaker and
document, with VADER sentiment beside them::

    import rhetoscope
    result = rhetoscope.analyze(text, doc="interview")
    result.speakers        # a pandas DataFrame
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .errors import InputError, LexiconError, OutputError, RhetoscopeError

if TYPE_CHECKING:
    from .api import Analysis, Failure, analyze, analyze_documents, analyze_files
    from .lexicon import Entry, Lexicon, load_lexicons, read_lexicon
    from .models import (
        CATEGORIES,
        Document,
        DocumentResult,
        Match,
        Segment,
        Sentence,
        Sentiment,
    )
    from .speakers import split_speakers

# Imported on first use (PEP 562): the pipeline compiles large regular expressions when
# it loads, and ``rhetoscope --help`` (which imports this package first) needs none.
_LAZY = {
    **dict.fromkeys(
        ("Analysis", "Failure", "analyze", "analyze_documents", "analyze_files"), "api"
    ),
    **dict.fromkeys(("Entry", "Lexicon", "load_lexicons", "read_lexicon"), "lexicon"),
    **dict.fromkeys(
        ("CATEGORIES", "Document", "DocumentResult", "Match", "Segment", "Sentence", "Sentiment"),
        "models",
    ),
    "split_speakers": "speakers",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "Analysis",
    "Document",
    "DocumentResult",
    "Entry",
    "Failure",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Match",
    "OutputError",
    "RhetoscopeError",
    "Segment",
    "Sentence",
    "Sentiment",
    "__version__",
    "analyze",
    "analyze_documents",
    "analyze_files",
    "load_lexicons",
    "read_lexicon",
    "split_speakers",
]
