"""rhetoscope: who says what, and how resolutely.

Split interviews, speeches, transcripts and news articles by speaker, score resolve,
defiance, historical analogy, concession and hedging per sentence, speaker and
document, with VADER sentiment beside them::

    import rhetoscope
    result = rhetoscope.analyze(text, doc="interview")
    result.speakers        # a pandas DataFrame
"""

from __future__ import annotations

from .api import Analysis, Failure, analyze, analyze_documents, analyze_files
from .errors import InputError, LexiconError, OutputError, RhetoscopeError
from .lexicon import Entry, Lexicon, load_lexicons, read_lexicon
from .models import CATEGORIES, Document, DocumentResult, Match, Segment, Sentence, Sentiment
from .speakers import split_speakers

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
