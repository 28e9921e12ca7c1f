"""From a decoded document to its segments, sentences, sentiment and matches."""

from __future__ import annotations

from .constructions import elliptical_denial
from .models import Document, DocumentResult, Match, Segment, Sentence
from .resources import Resources
from .sentiment import sentiment_of
from .speakers import split_speakers
from .stance import (
    ANSWER_OPENERS,
    ASSENTS,
    NO_ANSWERS,
    NO_PHRASES,
    PREDICTED,
    answer_with_refusal,
    answered_doubt,
    bare_apology,
    continued_matches,
    interrupted_lead,
    may_answer,
    may_refuse,
    proof,
    refusal_reply,
    self_admission,
    sentence_matches,
    sentences_in_segments,
    short_refusal,
    structural_refusal,
)
from .text import count_words, token_norms


def analyze_document(document: Document, resources: Resources) -> DocumentResult:
    """Run the whole pipeline on one document."""
    text = document.text
    segments = split_speakers(text)
    sentences: list[Sentence] = []
    matches: list[Match] = []
    asked: list[tuple[Sentence, int, int]] = []  # the questions just before, with matches
    # the give-ways predicted of us in the last two sentences: "They think we'll fold. They
    # think we'll take the scraps. We won't!" (refused in the next or the one after, as a
    # question is answered)
    predicted: list[tuple[Sentence, int, int]] = []
    interrupted: tuple[Segment, int, int, int] | None = None  # quote fragment, its span
    recent: list[tuple[Sentence, list[str]]] = []  # the last two sentences (1.10.0)
    # (asked once per document, not per sentence)
    defiance = "defiance" in resources.rule_categories
    concession = "concession" in resources.rule_categories
    said: list[str] = []  # the sentences' texts, sliced once for tokens and sentiment
    for index, seg, start, end, span in sentences_in_segments(text, segments):
        norms = token_norms(said_here := text[start:end])
        if norms:
            words = count_words(norms)
            sentence = Sentence(len(sentences), index, seg.speaker, start, end, words)
            sentences.append(sentence)
            said.append(said_here)
            if asked and refusal_reply(norms):
                answer_with_refusal(matches, asked, sentence)
            if predicted and short_refusal(norms):
                answer_with_refusal(matches, predicted, sentence, predicted=True)
            first = len(matches)
            lead = interrupted_lead(text, interrupted, seg, span, start)
            if lead:
                matches.extend(continued_matches(text, sentence, lead, resources))
            else:
                matches.extend(sentence_matches(text, sentence, norms, resources))
            if (
                recent
                and defiance
                and may_refuse(norms)
                and (refused := structural_refusal(text, sentence, norms, recent, matches))
            ):
                # (its resolve companion only with the shipped resolve lexicon)
                matches.extend(m for m in refused if m.category in resources.rule_categories)
            if recent and concession and norms[-2:-1] == ["sorry"]:
                matches.extend(bare_apology(text, sentence, norms, recent, matches))
            if (  # (the cheapest test first: most sentences follow no question)
                recent
                and recent[-1][1][-1] == "?"
                and concession
                and (
                    norms[0] in ASSENTS
                    or norms[0] in ANSWER_OPENERS
                    or norms[0] in NO_ANSWERS
                    or norms[:2] in NO_PHRASES
                    or norms[:2] == ["of", "course"]
                )
            ):
                matches.extend(self_admission(text, sentence, norms, recent, matches))
            if defiance and may_answer(norms) and (recent or proof(norms) is not None):
                answered = answered_doubt(text, sentence, norms, recent)
                # "He can't." counted once: ``_elliptical_denial_hits`` may have found it
                if answered and elliptical_denial(norms) is None:
                    matches.extend(answered)
                    matches[first:] = sorted(matches[first:], key=lambda m: (m.start, m.end))
            recent = [*recent[-1:], (sentence, norms)]
            interrupted = (seg, span, start, end) if seg.kind == "quote" else interrupted
            asked = asked[-1:] if norms[-1] == "?" else []
            if norms[-1] == "?":
                asked.append((sentence, first, len(matches)))
            if predicted:
                predicted = [p for p in predicted[-1:] if p[0].index + 1 == sentence.index]
            if len(matches) > first and any(m.detail == PREDICTED for m in matches[first:]):
                predicted.append((sentence, first, len(matches)))
    sentiments = sentiment_of(said)
    return DocumentResult(document, segments, tuple(sentences), sentiments, tuple(matches))
