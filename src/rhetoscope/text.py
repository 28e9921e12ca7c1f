"""Sentences and word tokens with character offsets, without any download.

Sentences come from NLTK's Punkt built from ``PunktParameters`` and the shipped
abbreviation list; words from one regular expression that follows the Treebank
conventions the lexicons are written in ("don't" -> ``do n't``), so every token
carries exact offsets into the document text.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import re
import string
import sys
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import filterfalse
from typing import Any

from .models import Token

# Curly and modifier apostrophes count as straight ones ("don’t" = "don't").
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
# Whether there is one to straighten: a search costs less than the translation.
_CURLY = re.compile("[" + re.escape("".join(map(chr, APOSTROPHES))) + "]")

_TOKEN = re.compile(
    r"""
      (?=.\.)(?:[^\W\d_]\.){2,}                 # initialisms: U.S.  e.g. (a cheap test first)
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

# What every ellipsis break holds: most texts have none, and their sentences are not
# searched for one.
_MAY_BREAK = re.compile(r"\u2026|\.[^\S\n]?\.")


def normalize(text: str) -> str:
    """Lower case with straight apostrophes: the form lexicon patterns are matched in."""
    return text.translate(APOSTROPHES).lower()


def _lowered(text: str) -> str | None:
    """``normalize(text)`` when it keeps every offset; None for the rare letters whose
    lower case is longer ("İ"), which are then lowered token by token."""
    if text.isascii():  # (told in constant time) no curly apostrophe, no such letter
        return text.lower()
    flat = text.translate(APOSTROPHES) if _CURLY.search(text) else text
    lowered = flat.lower()
    return lowered if len(lowered) == len(flat) else None


def _clitic_at(word: str) -> int:
    """Where a word with an apostrophe has its final clitic ("do|n't"), or 0."""
    clitic = _CLITIC.search(word)
    return clitic.start() if clitic else 0


# A Token made without the Python-level ``__new__`` of a named tuple.
_new = tuple.__new__


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Word and punctuation tokens of ``text``; offsets are shifted by ``offset``."""
    lowered = _lowered(text)
    norms = text.translate(APOSTROPHES) if lowered is None else lowered
    tokens: list[Token] = []
    append = tokens.append
    if "'" in norms:
        for m in _TOKEN.finditer(norms):
            a, b = m.span()
            word = m.group()
            if "'" in word:
                cut = _clitic_at(word)
                if cut:
                    append(
                        _new(Token, (text[a : a + cut], word[:cut], a + offset, a + cut + offset))
                    )
                    a += cut
                    word = word[cut:]
            append(_new(Token, (text[a:b], word, a + offset, b + offset)))
    else:
        for m in _TOKEN.finditer(norms):
            a, b = m.span()
            append(_new(Token, (text[a:b], m.group(), a + offset, b + offset)))
    if lowered is None:
        return tuple(t._replace(norm=normalize(t.text)) for t in tokens)
    return tuple(tokens)


def tokens_of(text: str, norms: Sequence[str], offset: int = 0) -> tuple[Token, ...]:
    """``tokenize(text, offset)`` given ``token_norms(text)``, without a second pass of the
    token pattern: tokens cover every character but whitespace, so each starts at the
    first non-space after the one before and is as long as its norm."""
    if _lowered(text) is None:  # norms of another length than their text: rare
        return tokenize(text, offset)
    tokens: list[Token] = []
    append = tokens.append
    at = 0
    for norm in norms:
        while text[at].isspace():
            at += 1
        end = at + len(norm)
        append(_new(Token, (text[at:end], norm, at + offset, end + offset)))
        at = end
    return tuple(tokens)


_ALNUM = re.compile(r"[^\W_]")
# Tokens made of punctuation only: most of the tokens that are not all letters or digits.
_PUNCTUATION = frozenset(string.punctuation) | {
    "...",
    "\u2026",
    "\u201c",
    "\u201d",
    "\u2014",
    "\u2013",
}


def count_words(norms: Sequence[str]) -> int:
    """How many tokens have a letter or a digit (words and numbers, not punctuation)."""
    # A token all of whose characters are (most are) has one; punctuation has none; the
    # others ("'s", "well-known") are searched.
    rest = list(filterfalse(str.isalnum, norms))
    found = len(norms) - len(rest)
    others = list(filterfalse(_PUNCTUATION.__contains__, rest)) if rest else rest
    return found + len(list(filter(_ALNUM.search, others))) if others else found


def token_norms(text: str) -> list[str]:
    """``[t.norm for t in tokenize(text)]``, several times faster: most sentences have no
    lexicon hit, and only their norms are ever needed."""
    lowered = _lowered(text)
    if lowered is None:
        return [t.norm for t in tokenize(text)]
    found = _TOKEN.findall(lowered)
    if "'" not in lowered:
        return found
    norms: list[str] = []
    for word in found:
        cut = _clitic_at(word) if "'" in word else 0
        if cut:
            norms += (word[:cut], word[cut:])
        else:
            norms.append(word)
    return norms


@cache
def abbreviations() -> frozenset[str]:
    """The shipped abbreviation list (lower case, without the final period)."""
    raw = resources.files("rhetoscope").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


_SENTBREAK_MEMO_LIMIT = 50_000
# A period closing a bracket that the sentence goes on after ("Sen. Lee (D-Mo.), who",
# "(Ret.) said"): an abbreviation, never a sentence end.
_INNER_PERIOD = re.compile(r"\.(?=\)(?:[^\S\n]*[,;:]|[^\S\n]+[a-z]))")
# Initials before a name ("said J.M. Berger", "H.R. McMaster"): abbreviations, like the
# listed "U.S.", never a sentence end. (Written to start with a capital and a period,
# which the regex engine scans for quickly; the look-behind then checks the character
# before the capital.)
_INITIALS = re.compile(r"[A-Z]\.(?<![\w.][A-Z]\.)(?:[A-Z]\.){1,2}(?=[^\S\n]+[A-Z][a-z])")

# "said. The": a word of two or more letters, a period, a next token. Punkt's first pass
# marks a word ending in a period a sentence break unless it is a listed abbreviation;
# with these parameters (no collocations, sentence starters or orthographic context) its
# second pass only revisits abbreviations, ellipses, initials and numbers; so the
# context holds a break, and asking Punkt would only confirm it.
_PLAIN_END = re.compile(r"([A-Za-z]{2,})\.[ \n]+\S+\Z")
# "do? Are": a question or exclamation mark is a token of its own that the first pass
# marks a break, and the second pass leaves (it does not end in a period).
_PLAIN_MARK = re.compile(r"[A-Za-z]*[?!][ \n]+\S+\Z")


# NLTK's pattern (3.10) for the closing marks Punkt moves back onto the sentence they
# follow ("(Sent1.) Sent2."): each of its matches starts with one of ``_REALIGNED``.
_REALIGNMENT = r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)'
_REALIGNED = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")


# The ``regex`` module NLTK compiles with does not count the separators \x1c-\x1f as
# spaces, which ``re`` does.
_SPACE_CLASSES = {r"\s": r"[^\S\x1c-\x1f]", r"\S": r"[\S\x1c-\x1f]"}
# Escapes ``re`` reads otherwise than ``regex`` (Unicode classes the two define apart).
_UNPORTABLE_ESCAPES = frozenset(r"\w \W \d \D \b \B".split())
# A pattern's escapes and classes (and its comments, when verbose), as ``re`` reads them.
_PATTERN_PARTS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")
_VERBOSE_PATTERN_PARTS = re.compile(_PATTERN_PARTS.pattern + r"|#[^\n]*")
_PORTABLE_FLAGS = re.MULTILINE | re.VERBOSE | re.UNICODE | 0x2000  # (0x2000: regex's VERSION0)


def _unportable(part: str) -> bool:
    """Whether ``re`` might read an escape, a class or a comment of a pattern otherwise
    than ``regex``: a word, digit or boundary escape, or a space escape inside a class."""
    if part[0] == "#":
        return False  # a verbose comment
    escapes = _UNPORTABLE_ESCAPES | _SPACE_CLASSES.keys() if part[0] == "[" else _UNPORTABLE_ESCAPES
    return any(e in part for e in escapes)


def _in_re(nltk_pattern: Any) -> re.Pattern[str] | None:
    """One of NLTK's patterns, compiled with ``re`` instead of through NLTK's
    time-guarded ``regex`` wrapper (the same matches, found in about half the time); None
    for a pattern ``re`` might read otherwise: with a flag other than these, a word,
    digit or boundary escape, or a space escape inside a class."""
    pattern, flags = nltk_pattern.pattern, nltk_pattern.flags
    if flags & ~_PORTABLE_FLAGS:
        return None
    parts = _VERBOSE_PATTERN_PARTS if flags & re.VERBOSE else _PATTERN_PARTS
    unportable = []

    def ported(m: re.Match[str]) -> str:
        part = m.group()
        if part in _SPACE_CLASSES:
            return _SPACE_CLASSES[part]
        if _unportable(part):
            unportable.append(part)
        return part

    ported_pattern = parts.sub(ported, pattern)
    return None if unportable else re.compile(ported_pattern, flags & (re.MULTILINE | re.VERBOSE))


class _Realignment:
    """NLTK's realignment pattern, tried only on a sentence that starts with a closing
    mark. Punkt tries it on every sentence, through NLTK's time-guarded regex wrapper,
    whose cost was a fifth of Punkt's time; most sentences start with a letter."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._match = pattern.match

    def match(self, sentence: str):
        return self._match(sentence) if sentence[:1] in _REALIGNED else None


def _punkt_module() -> Any:
    """``nltk.tokenize.punkt``, imported without running NLTK's ``__init__`` when NLTK is
    not imported yet: that imports all of NLTK (numpy, parsers, corpora readers), a
    quarter of a second, of which Punkt needs none. The two packages on the way are
    made without running their ``__init__``, Punkt and the few modules it imports are
    loaded under them, and then every NLTK module is taken out of ``sys.modules``
    again, so that a later ``import nltk`` elsewhere imports the whole of it as usual.
    On any problem, NLTK is imported as usual. The Punkt modules loaded so are a private
    copy: after a later ``import nltk``, its Punkt classes are other objects than these
    (``isinstance`` and pickles by name see the difference; nothing here relies on
    either), and ``sys.modules`` is edited without the import lock, so this is meant to
    run before any other thread imports NLTK."""
    if any(name == "nltk" or name.startswith("nltk.") for name in sys.modules):
        return importlib.import_module("nltk.tokenize.punkt")
    try:
        nltk = _bare_package("nltk", None)
        sys.modules["nltk"] = nltk
        sys.modules["nltk.tokenize"] = _bare_package("nltk.tokenize", nltk.__path__)
        module = importlib.import_module("nltk.tokenize.punkt")
    except Exception:  # whatever went wrong, the usual import follows
        module = None
    _forget_nltk()
    return module or importlib.import_module("nltk.tokenize.punkt")


def _bare_package(name: str, path: Sequence[str] | None) -> Any:
    """The package ``name`` (found on ``path``, None for the top level), its
    ``__init__`` not run."""
    spec = importlib.machinery.PathFinder.find_spec(name.rpartition(".")[2], path)
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError(name)
    return importlib.util.module_from_spec(spec)


def _forget_nltk() -> None:
    for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
        del sys.modules[name]


# The properties NLTK's ``PunktToken.__init__`` sets to None (3.10), as ``_punkt``'s token
# sets them.
_PUNKT_TOKEN_PROPERTIES = ["parastart", "linestart", "sentbreak", "abbr", "ellipsis"]


@cache
def _punkt():
    # Imported here: nltk is slow to import and the CLI's --help must stay fast.
    punkt = _punkt_module()
    PunktLanguageVars, PunktParameters = punkt.PunktLanguageVars, punkt.PunktParameters
    PunktSentenceTokenizer = punkt.PunktSentenceTokenizer

    base = PunktLanguageVars()
    realignment = _in_re(base.re_boundary_realignment)
    period_context = _in_re(base.period_context_re())
    word_tokenizer = _in_re(base._word_tokenizer_re())

    class LanguageVars(PunktLanguageVars):
        # (another NLTK's pattern is used as it is)
        if realignment is not None and base.re_boundary_realignment.pattern == _REALIGNMENT:
            re_boundary_realignment = _Realignment(realignment)

        def period_context_re(self):
            return period_context or super().period_context_re()

        def _word_tokenizer_re(self):
            return word_tokenizer or super()._word_tokenizer_re()

    ellipsis = _in_re(punkt.PunktToken._RE_ELLIPSIS)

    class Token(punkt.PunktToken):
        """Punkt's token, typed without NLTK's time-guarded numeric pattern when no digit
        stands where a number can start (the pattern needs one among the first three
        characters, which lowering leaves in place: the type is then the lower case);
        its ellipsis pattern in ``re``. A token is made per word of every context
        Punkt is asked about."""

        __slots__ = ()
        if ellipsis is not None:
            _RE_ELLIPSIS = ellipsis
        if punkt.PunktToken._properties == _PUNKT_TOKEN_PROPERTIES:

            def __init__(self, tok: str, **params: Any) -> None:
                # NLTK's, with its loop over the properties written out
                self.tok = tok
                self.type = self._get_type(tok)
                self.period_final = tok.endswith(".")
                self.parastart = self.linestart = self.sentbreak = None
                self.abbr = self.ellipsis = None
                for k in params:
                    setattr(self, k, params[k])

        def _get_type(self, tok: str) -> str:
            if any(map(str.isdigit, tok[:3])):
                return super()._get_type(tok)
            return tok.lower()

    class MemoPunkt(PunktSentenceTokenizer):
        """Punkt that remembers which short contexts ("Mr. President,", "it. And")
        contain a sentence break: a pure function of the context for fixed parameters,
        asked again and again across documents, and most of Punkt's time."""

        def __init__(self, params: PunktParameters) -> None:
            super().__init__(params, lang_vars=LanguageVars(), token_cls=Token)
            self._breaks: dict[str, bool] = {}
            self._abbreviations = frozenset(params.abbrev_types)

        def text_contains_sentbreak(self, text: str) -> bool:
            known = self._breaks.get(text)
            if known is None:
                plain = _PLAIN_END.match(text)
                if (plain and plain.group(1).lower() not in self._abbreviations) or (
                    _PLAIN_MARK.match(text)
                ):
                    return True  # not memoised: the memo is kept for Punkt's answers
                if len(self._breaks) >= _SENTBREAK_MEMO_LIMIT:
                    self._breaks.clear()
                known = self._breaks[text] = super().text_contains_sentbreak(text)
            return known

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return MemoPunkt(params)


def sentence_spans(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Sentence (start, end) spans of ``text``, trimmed of whitespace, shifted by ``offset``."""
    masked = _SPACED_ELLIPSIS.sub(lambda m: "\u2026" + " " * (len(m.group()) - 1), text)
    masked = _INNER_PERIOD.sub("\u2024", masked)
    masked = _INITIALS.sub(lambda m: m.group().replace(".", "\u2024"), masked)
    ellipses = _MAY_BREAK.search(text) is not None
    for start, end in _punkt().span_tokenize(masked):
        cut = start
        for brk in _ELLIPSIS_BREAK.finditer(text, start, end) if ellipses else ():
            if brk.end() < end:
                yield _trim(text, cut, brk.end(), offset)
                cut = brk.end()
        if text[cut:end].strip():
            yield _trim(text, cut, end, offset)


@lru_cache(maxsize=2)
def document_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """``sentence_spans(text)``, remembered for the last documents: speaker attribution
    and the pipeline both need a document's sentences, and Punkt is costly."""
    return tuple(sentence_spans(text))


def whole_runs(text: str, word: str, run: re.Pattern[str]) -> Iterator[int]:
    """Where ``text`` writes ``word`` as a whole run of the characters ``run`` matches
    (a one-character class): each occurrence with no such character on either side,
    found with ``str.find``, a scan in C, where a pattern made per word would be compiled
    and scanned anew."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and run.match(text, at - 1, at)) and not run.match(text, end, end + 1):
            yield at
        at = text.find(word, at + 1)


def _trim(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start + offset, end + offset
