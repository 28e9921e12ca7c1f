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
    COMPARATIVE_NEGATORS,
    FUTURE,
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
        if eras or marked or not self.named_heads.isdisjoint(norms):
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
    def named_heads(self) -> frozenset[str]:
        """Words that may start an era written without its "the" or in the plural ("a new
        Long March", "no more Iraqs"), and "spring" ("an African Spring"): frames are
        looked for with them too."""
        heads = {"spring"}  # "an African Spring": a name coined after the Arab Spring
        for pattern in self.era_words:
            words = pattern.split()
            if words[0] == "the" and len(words) > 1:
                heads.add(words[1])
            elif len(words) == 1 and len(pattern) > 3:
                heads.add(pattern + "s")
        return frozenset(heads)

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
    asked: list[tuple[Sentence, int, int]] = []  # the questions just before, with matches
    for index, seg, start, end in _sentences_in_segments(text, segments):
        norms = token_norms(text[start:end])
        if norms:
            words = count_words(norms)
            sentence = Sentence(len(sentences), index, seg.speaker, start, end, words)
            sentences.append(sentence)
            if asked and _refusal_reply(norms):
                _answer_with_refusal(matches, asked, sentence)
            first = len(matches)
            matches.extend(sentence_matches(text, sentence, norms, resources))
            asked = asked[-1:] if norms[-1] == "?" else []
            if norms[-1] == "?":
                asked.append((sentence, first, len(matches)))
    sentiments = tuple(sentiment(text[s.start : s.end]) for s in sentences)
    return DocumentResult(document, segments, tuple(sentences), sentiments, tuple(matches))


# A reply that refuses: "Retire? Me? Never.", "Throw in the towel? Not this lot."
_REFUSAL_REPLIES = (
    ("never",),
    ("no",),
    ("not",),
    ("nope",),
    ("of", "course", "not"),
    ("absolutely", "not"),
    ("certainly", "not"),
)
_GIVING_WAY = frozenset({"concession", YIELDING})


def _refusal_reply(norms: Sequence[str]) -> bool:
    return any(tuple(norms[: len(r)]) == r for r in _REFUSAL_REPLIES) and (
        len(norms) < 2 or norms[1] not in ("matter", "doubt", "question", "one", "wonder")
    )


def _answer_with_refusal(
    matches: list[Match], asked: list[tuple[Sentence, int, int]], reply: Sentence
) -> None:
    """An echo question of the speaker's own ("Retire?", "Are we going to give up
    now?") answered by the same speaker with a refusal ("Never.", "Of course not."):
    the give-way it asks about counts as defiance, as if negated."""
    for question, first, last in asked:
        if question.segment != reply.segment:
            continue
        for i in range(first, last):
            m = matches[i]
            if (
                m.source in _GIVING_WAY
                and not m.category
                and m.detail.startswith(("question", "yielding"))
            ):
                matches[i] = replace(
                    m, category="defiance", detail="question answered with a refusal"
                )


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
    mentioned = _mentioned(norms, _word_before(text, sentence.start)) if stance else frozenset()
    mock = not question and _mocking(norms, stance)
    out: list[Match] = []
    for k, hit in enumerate(stance):
        stops = occupied.keys() - set(range(hit.first, hit.last))
        for entry in hit.entries:
            neg = (
                negation(norms, hit.first, hit.last, entry.tokens, stops)
                if negatable(entry)
                else NOT_NEGATED
            )
            if entry.category == YIELDING and neg.text in COMPARATIVE_NEGATORS:
                neg = NOT_NEGATED
            category = flip(entry.category) if neg.text else entry.category
            detail = ""
            extra_resolve = False
            if (
                mock
                and not neg.text
                and entry.category in _GIVING_WAY
                and (entry.category == "concession" or _after_copula(norms, hit.first))
            ):
                # "Sure, we'll just roll over", "Oh, I'm so scared": mock assent.
                category, detail = "defiance", "mock concession or mock fear (irony)"
            elif mock and category == "resolve":
                category, detail = "", "mock certainty (irony)"
            elif category == YIELDING:
                category, detail = "", "yielding verb: counts only when negated"
            elif question and category:
                category, detail = "", "question: not counted as the speaker's stance"
            elif category == "concession" and (held := _held_out(norms, hit)) is not None:
                # "We will block the motorway until the ministry backs down", "we will
                # lay down our arms only when the last occupier has left".
                category, detail = "defiance", "a give-way demanded of the other side"
                aux = next((i for i in range(held) if norms[i] in FUTURE), None)
                if aux is not None and not _counted_in(occupied, frozenset({aux}), "resolve"):
                    extra_resolve = True
            elif category and hit.first in mentioned:
                category, detail = "", "a quoted title or phrase: mentioned, not used"
            elif category == "concession" and hit.first in reported and _rebutted(norms, stance, k):
                # "The union says we will cave; they are mistaken": a give-way predicted
                # of us and rebutted is a refusal.
                category, detail = "defiance", "a concession predicted of us, rebutted"
                extra_resolve = True
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
            if extra_resolve or (
                aux is not None
                and not (question or mock or hit.first in reported)
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
            and (category != "concession" or _held_out(norms, other) is None)
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


# Irony: an opening of mock assent, then a give-way with a scornful "just" or
# "absolutely" ("Sure, we'll just roll over", "Oh, absolutely, we'll surrender the moment
# they ask nicely") or a first-person fear ("Oh, I'm so scared of him").
_MOCK_OPENERS = frozenset({"oh", "sure", "yeah", "right"})
_SCORN = frozenset({"just", "absolutely", "course", "certainly"})
_COPULAS = frozenset({"'m", "am", "'re", "are", "so", "really", "very", "truly"})


def _after_copula(norms: Sequence[str], first: int) -> bool:
    """Whether a fear word follows "I'm", "we are", "so" or "really" ("I'm so scared")."""
    return first > 0 and norms[first - 1] in _COPULAS


def _mocking(norms: Sequence[str], stance: list[Hit]) -> bool:
    """Whether the sentence mocks a give-way or a fear: see ``_MOCK_OPENERS``."""
    lead = 1 if norms and norms[0] in _OPEN_QUOTES else 0
    if len(norms) < lead + 3 or norms[lead] not in _MOCK_OPENERS:
        return False
    second, third = norms[lead + 1], norms[lead + 2]
    if second != "," and not (second in ("yes", "absolutely", "sure") and third == ","):
        return False
    for hit in stance:
        for e in hit.entries:
            if e.category == "concession" and any(n in _SCORN for n in norms[: hit.last]):
                return True
            if e.category == YIELDING and _after_copula(norms, hit.first):
                return True
    return False


_UNTIL = frozenset({"until", "till", "unless"})
_STAND_CUES = FUTURE | {"not", "n't", "never", "no"}
_UNTIL_REACH = 6
_ONLY_WHEN = frozenset({("only", "when"), ("only", "if"), ("only", "after"), ("not", "until")})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "but"})


def _held_out(norms: Sequence[str], hit: Hit) -> int | None:
    """Where a give-way is made a condition on the other side, or None: after "until"
    or "unless" with another subject ("until the ministry backs down": the position of
    "until"), or followed in its clause by "only when", "only if", "not until" ("we will
    lay down our arms only when they leave": the position of the hit)."""
    j = hit.first - 1
    while j >= 0 and norms[j] not in _CLAUSE_ENDS:
        if norms[j] in _UNTIL:
            between = range(j + 1, hit.first)
            if any(norms[i] in _OUR_SIDE for i in between) or not 0 < len(between) < _UNTIL_REACH:
                return None
            # a stand to come, not a narrative ("we waited until they withdrew")
            return j if any(norms[i] in _STAND_CUES for i in range(j)) else None
        j -= 1
    k = hit.last
    while k + 1 < len(norms) and norms[k] not in _CLAUSE_ENDS:
        if (norms[k], norms[k + 1]) in _ONLY_WHEN:
            return hit.first
        k += 1
    return None


_OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "``": "''"}
# Words before a short quotation that make it a name or a phrase talked about: 'the
# "Never Surrender" exhibition', 'the phrase "we shall never surrender"', 'a novel called
# "The Resolve of Small Towns"'.
_MENTION_CUES = frozenset(
    (
        "the a an my our his her their its this called titled entitled named phrase word "
        "words slogan motto book novel song film album banner headline hashtag sign"
    ).split()
)
_QUOTE_LIMIT = 8


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` in the document, lower-cased ("" if none): a
    quotation is a segment of its own, and its cue word stands in the one before."""
    words = text[max(0, start - 30) : start].split()
    return words[-1].lower() if words and words[-1].isalpha() else ""


def _mentioned(norms: Sequence[str], before: str = "") -> frozenset[int]:
    """Tokens inside a short quotation that names or cites rather than states: no
    clause punctuation inside, at most ``_QUOTE_LIMIT`` tokens, after a cue word
    (``before`` is the word before the sentence, for a quotation that opens it)."""
    inside: set[int] = set()
    i = 0
    while i < len(norms):
        close = _OPEN_QUOTES.get(norms[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < len(norms) and j - i <= _QUOTE_LIMIT + 1 and norms[j] != close:
            j += 1
        if j < len(norms) and norms[j] == close:
            span = range(i + 1, j)
            cue = norms[i - 1] if i else before
            if cue in _MENTION_CUES and not any(norms[k] in _SENTENCE_MARKS for k in span):
                inside.update(span)
            i = j + 1
        else:
            i += 1
    return frozenset(inside)


_SENTENCE_MARKS = frozenset({",", ".", "!", "?", ";", ":"})


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
