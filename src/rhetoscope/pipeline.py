"""From a decoded document to its segments, sentences, sentiment and matches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from operator import methodcaller

from .analogy import ERA, FRAME, WORD_ANALOGY_ENDINGS, Analogy, find_analogies, may_name_time
from .lexicon import Entry, Lexicon
from .matcher import Hit, Layers
from .models import CATEGORIES, Document, DocumentResult, Match, Segment, Sentence, Token
from .negation import (
    NOT_NEGATED,
    YIELDING,
    commitment,
    flip,
    is_bare_commitment,
    negatable,
    negation,
    same_clause,
)
from .reported import reported_tokens
from .sentiment import sentiment
from .speakers import split_speakers
from .text import count_words, document_sentences, token_norms, tokenize

# "Quisling-style", "Pizzagate": mapped over a sentence's norms without a Python call each.
_ANALOGY_WORD = methodcaller("endswith", WORD_ANALOGY_ENDINGS)
_QUOTE_CLOSERS = frozenset({"\u201d", '"', "''", "'", "\u00bb", ")"})


@dataclass(frozen=True)
class Resources:
    """Lexicons compiled for matching; built once, shared by every document."""

    lexicons: tuple[Lexicon, ...]

    @cached_property
    def layers(self) -> tuple[Layers, Layers]:
        """Three layers, each leftmost-longest on its own: stance terms and the era
        gazetteer (matched in one pass, which also marks tokens that may name a year),
        then analogy frames, so "a New Deal" is both the frame "a" and the era "New
        Deal". An ``exclude`` entry belongs to the layer of its lexicon's other entries."""
        layers: dict[str, list[Entry]] = {"stance": [], ERA: [], FRAME: []}
        for lex in self.lexicons:
            kinds = {e.category for e in lex.entries} & {ERA, FRAME}
            home = kinds.pop() if len(kinds) == 1 else "stance"
            for e in lex.entries:
                layers[e.category if e.category in (ERA, FRAME) else home].append(e)
        return (
            Layers([layers["stance"], layers[ERA]], mark=may_name_time),
            Layers([layers[FRAME]]),
        )

    def find(self, norms: Sequence[str]) -> list[Hit]:
        """Lexicon hits of all layers, in order of position.

        Frames are looked for only where an analogy can be: with an era, or with a
        token that may name a year, a decade or a century ("again" for "never again").
        """
        main, frames = self.layers
        (stance, eras), marked = main.find_marked(norms)
        if eras or marked:
            return sorted(stance + eras + frames.find(norms)[0], key=lambda h: h.first)
        return stance

    @cached_property
    def periods(self) -> tuple:
        return tuple(
            e
            for lex in self.lexicons
            for e in lex.entries
            if e.category == ERA and e.get("kind") == "period"
        )

    @cached_property
    def era_words(self) -> dict[str, Entry]:
        """Gazetteer entries by pattern, to read "Quisling-style"."""
        return {
            e.pattern: e
            for lex in self.lexicons
            for e in lex.entries
            if e.category == ERA and "*" not in e.pattern
        }

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """The five stance categories, then any category a user lexicon adds."""
        extra = sorted(
            {e.category for lex in self.lexicons for e in lex.entries}
            - set(CATEGORIES)
            - {FRAME, ERA, YIELDING, "exclude"}
        )
        return (*CATEGORIES, *extra)


def analyze_document(document: Document, resources: Resources) -> DocumentResult:
    """Run the whole pipeline on one document."""
    text = document.text
    segments = split_speakers(text)
    sentences: list[Sentence] = []
    matches: list[Match] = []
    for index, seg, start, end in _sentences_in_segments(text, segments):
        norms = token_norms(text[start:end])
        if norms:
            words = count_words(norms)
            sentence = Sentence(len(sentences), index, seg.speaker, start, end, words)
            sentences.append(sentence)
            matches.extend(sentence_matches(text, sentence, norms, resources))
    sentiments = tuple(sentiment(text[s.start : s.end]) for s in sentences)
    return DocumentResult(document, segments, tuple(sentences), sentiments, tuple(matches))


def _sentences_in_segments(text: str, segments: Sequence[Segment]):
    """(segment index, segment, start, end) of each sentence, cut at segment bounds.

    Punkt runs once over the whole text (it is costly to start on each short segment);
    a sentence that crosses a segment boundary ("...1940," he said on Aug. 16.) is cut
    there, so every sentence has one speaker.
    """
    spans = document_sentences(text)
    k = 0
    for index, seg in enumerate(segments):
        body = seg.start + seg.head
        while k < len(spans) and spans[k][1] <= body:
            k += 1
        j = k
        while j < len(spans) and spans[j][0] < seg.end:
            start, end = max(spans[j][0], body), min(spans[j][1], seg.end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                yield index, seg, start, end
            j += 1


def is_question(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(tokens):
        if token.norm not in _QUOTE_CLOSERS:
            return token.norm == "?"
    return False


def sentence_matches(
    text: str, sentence: Sentence, norms: Sequence[str], resources: Resources
) -> list[Match]:
    """Lexicon and analogy matches of one sentence, negation applied; ``norms`` are its
    tokens' norms. Its tokens, with offsets, are built only when it has a hit."""
    hits = resources.find(norms)
    if not hits and not any(map(_ANALOGY_WORD, norms)):
        return []
    tokens = tokenize(text[sentence.start : sentence.end], sentence.start)
    question = is_question(tokens)
    stance = [h for h in hits if not any(e.category in (FRAME, ERA) for e in h.entries)]
    occupied = {i: h for h in stance for i in range(h.first, h.last)}
    reported = reported_tokens(tokens) if stance else frozenset()
    out: list[Match] = []
    for k, hit in enumerate(stance):
        stops = occupied.keys() - set(range(hit.first, hit.last))
        for entry in hit.entries:
            neg = (
                negation(norms, hit.first, hit.last, entry.tokens, stops)
                if negatable(entry)
                else NOT_NEGATED
            )
            category = flip(entry.category) if neg.text else entry.category
            detail = ""
            if category == YIELDING:
                category, detail = "", "yielding verb: counts only when negated"
            elif question and category:
                category, detail = "", "question: not counted as the speaker's stance"
            elif category == "concession" and hit.first in reported and _rebutted(norms, stance, k):
                # "The union says we will cave; they are mistaken": a give-way predicted
                # of us and rebutted is a refusal.
                category, detail = "defiance", "a concession predicted of us, rebutted"
            elif category and hit.first in reported:
                category, detail = (
                    "",
                    "someone else's stance: reported speech or a third person's act",
                )
            elif neg.text and _counted_in(occupied, neg.tokens, category):
                # "refuse to give up", "surrender is out of the question": the negator is
                # itself a hit of the same category; one act, counted once.
                category, detail = "", f"negator already counted as {category}"
            elif category == "resolve" and is_bare_commitment(entry.tokens):
                detail = _what_commitment(norms, stance, occupied, k)
                category = "" if detail else category
            match = _match(
                text,
                sentence,
                tokens,
                hit,
                term=entry.pattern,
                source=entry.category,
                category=category,
                weight=entry.weight,
                negator=neg.text,
                lexicon=entry.lexicon,
                detail=detail,
            )
            out.append(match)
            # "we will not surrender", "I'm not going anywhere": a refusal about one's own
            # conduct to come is a commitment too, unless its auxiliary already counts.
            aux = commitment(norms, hit.first, entry, neg)
            if detail == "a concession predicted of us, rebutted":
                out.append(replace(match, category="resolve", detail="refusal as a commitment"))
            elif (
                aux is not None
                and not (question or hit.first in reported)
                and not _counted_in(occupied, frozenset({aux}), "resolve")
            ):
                out.append(replace(match, category="resolve", detail="refusal as a commitment"))
    # An analogy needs an era or a frame among the hits, or an "X-style" or "X-gate" word.
    if len(hits) == len(stance) and not any(map(_ANALOGY_WORD, norms)):
        return sorted(out, key=lambda m: (m.start, m.end))
    capitalized = [t.text[:1].isupper() for t in tokens]
    for analogy in find_analogies(norms, hits, resources.periods, resources.era_words, capitalized):
        negator = negation(norms, analogy.first, analogy.last).text
        frame = f"frame '{analogy.frame}'"
        out.append(
            _match(
                text,
                sentence,
                tokens,
                analogy,
                term=analogy.frame,
                source="analogy",
                category="analogy",
                weight=1.0,
                negator=negator,
                lexicon="analogy",
                detail=f"{frame}; contrastive" if negator else frame,
                era=analogy.era.label,
                years=analogy.era.years,
            )
        )
    return sorted(out, key=lambda m: (m.start, m.end))


def _what_commitment(norms: list[str], stance: list[Hit], occupied: dict[int, Hit], k: int) -> str:
    """Why the bare commitment of hit ``k`` ("I will", "we'll") is not resolve, or "".

    It governs an un-negated concession ("I will hand over power"): a commitment to
    give way; or a hedge governs it ("maybe we'll", "I think we will")."""
    hit = stance[k]

    def plain(other: Hit, category: str) -> bool:
        stops = occupied.keys() - set(range(other.first, other.last))
        return any(
            e.category == category
            and not negation(norms, other.first, other.last, e.tokens, stops).text
            for e in other.entries
        )

    if k and same_clause(norms, stance[k - 1].last, hit.first) and plain(stance[k - 1], "hedging"):
        return "hedged commitment"
    if (
        k + 1 < len(stance)
        and same_clause(norms, hit.last, stance[k + 1].first)
        and plain(stance[k + 1], "concession")
    ):
        return "commitment to a concession"
    return ""


# Subjects that make a predicted give-way the speaker's side's ("they say we will cave").
_OUR_SIDE = frozenset({"we", "us", "i", "me"})
_SUBJECTS = _OUR_SIDE | {"you", "they", "he", "she", "it"}
_REBUTTAL_BREAKS = frozenset({";", ".", "!", "?", ":", "but", "\u2014", "--"})


def _rebutted(norms: Sequence[str], stance: list[Hit], k: int) -> bool:
    """Whether concession hit ``k``, inside a reported clause, is a give-way that
    someone predicts of the speaker's side ("we") and that a later clause rebuts with a
    defiance entry ("they are mistaken", "they don't know us")."""
    hit = stance[k]
    start = hit.first
    while start > 0 and norms[start - 1] not in _REBUTTAL_BREAKS | _SUBJECTS:
        start -= 1
    if start == 0 or norms[start - 1] not in _OUR_SIDE:
        return False
    return any(
        e.category == "defiance"
        and any(norms[i] in _REBUTTAL_BREAKS for i in range(hit.last, later.first))
        for later in stance[k + 1 :]
        for e in later.entries
    )


def _counted_in(occupied: dict[int, Hit], tokens: frozenset[int], category: str) -> bool:
    return any(e.category == category for i in tokens if i in occupied for e in occupied[i].entries)


def _match(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    span: Hit | Analogy,
    **fields: str | float,
) -> Match:
    """A match over ``tokens[span.first:span.last]`` of ``sentence``."""
    start, end = tokens[span.first].start, tokens[span.last - 1].end
    return Match(
        sentence=sentence.index,
        text=text[start:end],
        start=start,
        end=end,
        negated=bool(fields["negator"]),
        **fields,
    )
