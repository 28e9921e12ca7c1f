"""Sentences and word tokens with character offsets, without any download.

Sentences come from NLTK's Punkt built from ``PunktParameters`` and the shipped
abbreviation list; words from one regular expression that follows the Treebank
conventions the lexicons are written in ("don't" -> ``do n't``), so every token
carries exact offsets into the document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from .models import Token

# Curly and modifier apostrophes count as straight ones ("don’t" = "don't").
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})

_TOKEN = re.compile(
    r"""
      (?:[^\W\d_]\.){2,}                        # initialisms: U.S.  e.g.
    | \d+(?:[.,:/]\d+)*(?:'?s|st|nd|rd|th)?\b   # numbers, years, decades, 9/11, 1st
    | '\d\ds\b                                  # '30s
    | \w+(?:[-\u2010\u2011']\w+)*               # words, with inner hyphens and apostrophes
    | \.\.\.|\u2026                             # ellipsis
    | [^\w\s]                                   # any other symbol is its own token
    """,
    re.VERBOSE,
)
_CLITIC = re.compile(r"(?i)(n't|'s|'re|'ve|'ll|'d|'m)$")

# Spaced ellipses (". . .") confuse Punkt; they are masked, length kept, before it runs.
_SPACED_ELLIPSIS = re.compile(r"\.(?:[^\S\n]?\.){2,}")
# After an ellipsis, a capitalised word starts a new sentence.
_ELLIPSIS_BREAK = re.compile(
    r"(?:\.(?:[^\S\n]?\.){2,}|\u2026)[\"'\u201d\u2019]?\s+(?=[\"\u201c\u2018]?[A-Z])"
)


def normalize(text: str) -> str:
    """Lower case with straight apostrophes: the form lexicon patterns are matched in."""
    return text.translate(APOSTROPHES).lower()


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Word and punctuation tokens of ``text``; offsets are shifted by ``offset``."""
    flat = text.translate(APOSTROPHES)
    lowered = flat.lower()
    if len(lowered) != len(flat):  # rare letters whose lower case is longer ("İ")
        lowered = ""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(flat):
        start, end = m.span()
        cut = start
        if "'" in flat[start:end]:
            clitic = _CLITIC.search(flat, start, end)
            if clitic and clitic.start() > start:
                cut = clitic.start()
        for a, b in ((start, cut), (cut, end)) if cut > start else ((start, end),):
            surface = text[a:b]
            norm = lowered[a:b] if lowered else surface.translate(APOSTROPHES).lower()
            tokens.append(Token(surface, norm, a + offset, b + offset))
    return tuple(tokens)


@cache
def abbreviations() -> frozenset[str]:
    """The shipped abbreviation list (lower case, without the final period)."""
    raw = resources.files("rhetoscope").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


# A period closing a bracket that the sentence goes on after ("Sen. Lee (D-Mo.), who",
# "(Ret.) said"): an abbreviation, never a sentence end.
_INNER_PERIOD = re.compile(r"\.(?=\)(?:[^\S\n]*[,;:]|[^\S\n]+[a-z]))")


@cache
def _punkt():
    # Imported here: nltk is slow to import and the CLI's --help must stay fast.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Sentence (start, end) spans of ``text``, trimmed of whitespace, shifted by ``offset``."""
    masked = _SPACED_ELLIPSIS.sub(lambda m: "\u2026" + " " * (len(m.group()) - 1), text)
    masked = _INNER_PERIOD.sub("\u2024", masked)
    for start, end in _punkt().span_tokenize(masked):
        cut = start
        for brk in _ELLIPSIS_BREAK.finditer(text, start, end):
            if brk.end() < end:
                yield _trim(text, cut, brk.end(), offset)
                cut = brk.end()
        if text[cut:end].strip():
            yield _trim(text, cut, end, offset)


def _trim(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start + offset, end + offset
