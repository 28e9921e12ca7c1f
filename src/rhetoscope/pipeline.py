"""From a decoded document to its segments, sentences, sentiment and matches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from .analogy import ERA, FRAME, find_analogies
from .lexicon import Lexicon
from .matcher import Matcher
from .models import CATEGORIES, Document, DocumentResult, Match, Sentence, Token
from .negation import find_negation, flip
from .sentiment import sentiment
from .speakers import split_speakers
from .text import sentence_spans, tokenize

_QUOTE_CLOSERS = frozenset({"\u201d", '"', "''", "'", "\u00bb", ")"})


@dataclass(frozen=True)
class Resources:
    """Lexicons compiled for matching; built once, shared by every document."""

    lexicons: tuple[Lexicon, ...]

    @cached_property
    def matcher(self) -> Matcher:
        return Matcher(e for lex in self.lexicons for e in lex.entries)

    @cached_property
    def periods(self) -> tuple:
        return tuple(
            e
            for lex in self.lexicons
            for e in lex.entries
            if e.category == ERA and e.get("kind") == "period"
        )

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """The five stance categories, then any category a user lexicon adds."""
        extra = sorted(
            {e.category for lex in self.lexicons for e in lex.entries}
            - set(CATEGORIES)
            - {FRAME, ERA, "exclude"}
        )
        return (*CATEGORIES, *extra)


def analyze_document(document: Document, resources: Resources) -> DocumentResult:
    """Run the whole pipeline on one document."""
    text = document.text
    segments = split_speakers(text)
    sentences: list[Sentence] = []
    for index, seg in enumerate(segments):
        body = seg.start + seg.head
        for start, end in sentence_spans(text[body : seg.end], body):
            tokens = tokenize(text[start:end], start)
            if tokens:
                sentences.append(Sentence(len(sentences), index, seg.speaker, start, end, tokens))
    matches: list[Match] = []
    for sentence in sentences:
        matches.extend(sentence_matches(text, sentence, resources))
    sentiments = tuple(sentiment(text[s.start : s.end]) for s in sentences)
    return DocumentResult(document, segments, tuple(sentences), sentiments, tuple(matches))


def is_question(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(tokens):
        if token.norm not in _QUOTE_CLOSERS:
            return token.norm == "?"
    return False


def sentence_matches(text: str, sentence: Sentence, resources: Resources) -> list[Match]:
    """Lexicon and analogy matches of one sentence, negation applied."""
    tokens = sentence.tokens
    norms = [t.norm for t in tokens]
    hits = resources.matcher.find(norms)
    question = is_question(tokens)
    out: list[Match] = []
    for hit in hits:
        for entry in hit.entries:
            if entry.category in (FRAME, ERA):
                continue
            negator = find_negation(norms, hit.first, hit.last, entry.tokens)
            category = flip(entry.category) if negator else entry.category
            detail = ""
            if question and category:
                category, detail = "", "question: not counted as the speaker's stance"
            out.append(
                _match(
                    text,
                    sentence,
                    hit.first,
                    hit.last,
                    entry.pattern,
                    entry.category,
                    category,
                    entry.weight,
                    negator,
                    entry.lexicon,
                    detail,
                )
            )
    for analogy in find_analogies(norms, hits, resources.periods):
        negator = find_negation(norms, analogy.first, analogy.last)
        term = analogy.frame.pattern if analogy.frame else analogy.mention
        frame = f"frame '{analogy.frame.pattern}'" if analogy.frame else "strong era cue"
        detail = f"{frame}; contrastive" if negator else frame
        out.append(
            _match(
                text,
                sentence,
                analogy.first,
                analogy.last,
                term,
                "analogy",
                "analogy",
                1.0,
                negator,
                "analogy",
                detail,
                analogy.era.label,
                analogy.era.years,
            )
        )
    return sorted(out, key=lambda m: (m.start, m.end))


def _match(
    text: str,
    sentence: Sentence,
    first: int,
    last: int,
    term: str,
    source: str,
    category: str,
    weight: float,
    negator: str,
    lexicon: str,
    detail: str,
    era: str = "",
    years: str = "",
) -> Match:
    start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
    return Match(
        sentence=sentence.index,
        category=category,
        source_category=source,
        term=term,
        text=text[start:end],
        start=start,
        end=end,
        weight=weight,
        negated=bool(negator),
        negator=negator,
        lexicon=lexicon,
        detail=detail,
        era=era,
        years=years,
    )
