"""One sentence's matches: its lexicon hits read in context (negation, questions, reported
speech, irony, declined answers, hedges and commitments that are none), with the
analogies found in it. The readings live in the sibling modules; this holds the order
in which a hit's category is decided."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise, repeat

from ..analogy import ERA, FRAME, WORD_ANALOGY_ENDINGS, find_analogies
from ..constructions import AGREEMENTS, GIVING_WAY, SENTENCE_MARKS
from ..constructions.plans import TENURE_PLEDGED
from ..models import CATEGORIES, Match, Sentence, Token
from ..negation import (
    COMPARATIVE_NEGATORS,
    COPULAS,
    FUTURE,
    NEGATOR_WORDS,
    NOT_NEGATED,
    SUBJECT_NEGATORS,
    YIELDING,
    Stops,
    commitment,
    flip,
    is_bare_commitment,
    negatable,
    negation,
    same_clause,
)
from ..reported import (
    HEDGE_VERBS,
    doubts_of_another,
    judges_another,
    other_actor_acts,
    reported_clauses,
    third_party_act,
)
from ..resources import Resources
from ..text import tokens_of
from .certainty import (
    _BOOSTERS,
    _assures_a_fact,
    _boosting,
    _courtesy,
    _doubt_acknowledged,
    _others_confidence,
)
from .commitments import _hedged_right_before, _what_commitment
from .declining import (
    _CANDOUR,
    _DISCLAIMER,
    _SITTING,
    _candour,
    _commented_topic,
    _declined_negators,
    _disclaims,
)
from .disfluency import _fluent
from .give_ways import (
    _at_us,
    _conditioned,
    _held_out,
    _predicted_of_us,
    _rebutted,
    _urged_on_another,
)
from .grasp import no_jab
from .hedges import (
    _APPROXIMATE,
    _APPROXIMATORS,
    _CERTAINTY,
    _DEFYING_OPENERS,
    _DELIBERATIVE,
    _DISBELIEF,
    _OTHERS_DOUBT,
    _REJECTION,
    _SOURCE_DOUBTED,
    _VIEW_VERBS,
    _WISH,
    DISBELIEF,
    _concessive,
    _deliberative,
    _granting,
    _others_doubt,
    _others_ways,
    _rejected,
    _wishing,
)
from .not_meant import _after_copula, _mentioned, _mocking, _word_before
from .prescriptions import (
    PRESCRIPTIONS,
    SHARED_BOOSTERS,
    answering,
    boosts_certainty,
    others_must,
)
from .questions import _disbelief, _question_start, _stated_before_question, is_question
from .replies import PREDICTED
from .shared import _counted_in, _match, _negative_commitment
from .stands import no_stand

# "Quisling-style", "Pizzagate": mapped over a sentence's norms without a Python call each.
# (an endless ``repeat``: any(map(str.endswith, norms, _ANALOGY_ENDINGS)) may share it)
_ANALOGY_ENDINGS = repeat(WORD_ANALOGY_ENDINGS)


# The categories the readings of the speaker's stance below apply to: the shipped ones
# and the reserved give-way. A category a user's lexicon adds ("economy") is a topic:
# it counts every mention, in a question, in reported speech, negated (the negator is
# still recorded), quoted, in a declined answer.
_STANCE = frozenset({*CATEGORIES, YIELDING})


def _denial(frame: str) -> str:
    """The negator of a frame that denies the likeness itself ("this is no", "he is
    not"): "This is no Watergate" is an analogy, and a contrastive one."""
    words = frame.split()
    return next((b for a, b in pairwise(words) if a in COPULAS and b in NEGATOR_WORDS), "")


def sentence_matches(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    resources: Resources,
    tokens: Sequence[Token] | None = None,
) -> list[Match]:
    """Lexicon and analogy matches of one sentence, negation applied; ``norms`` are its
    tokens' norms (``token_norms``). Its tokens, with offsets, are built from them only
    when it has a hit, unless given (with words before the sentence: see
    ``continued_matches``)."""
    kept = _fluent(norms)
    if kept is not None:  # "We'll, uh, we'll take two more": read as "We'll take two more"
        if tokens is None:
            tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
        tokens = [tokens[i] for i in kept]
        norms = [t.norm for t in tokens]
    hits = resources.find(norms)
    if not hits and not any(map(str.endswith, norms, _ANALOGY_ENDINGS)):
        return []
    if tokens is None:  # the norms are still all the sentence's (no filler was left out)
        tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    question = is_question(tokens)
    asked_from = _question_start(norms) if question else 0
    stance = [h for h in hits if not any(e.category in (FRAME, ERA) for e in h.entries)]
    occupied = {i: h for h in stance for i in range(h.first, h.last)}
    # "I'm not going to": a negative commitment whose negator still negates what follows
    # ("I'm not going to give up"), as "n't" does after "we wo".
    see_through = {
        i
        for h in stance
        if any(_negative_commitment(e) for e in h.entries)
        for i in range(h.first, h.last)
    }
    clauses = reported_clauses(tokens) if stance else frozenset()
    reported = (
        clauses | other_actor_acts(tokens) | doubts_of_another(tokens, norms)
        if stance
        else frozenset()
    )
    mentioned = _mentioned(norms, _word_before(text, tokens[0].start)) if stance else frozenset()
    mock = not question and _mocking(norms, stance)
    # 1.11.0: "I won't comment on the negotiations": the negator of a declined answer
    # negates the answering, not the topic after it.
    declined = _declined_negators(norms, stance)
    out: list[Match] = []
    # "I'm not going to stand here and apologize": the negator reaches past the frame (and
    # past it to a promise: "I'm not gonna stand up here and promise you...")
    sitting = {h.last: h for h in stance if any(e.pattern in _SITTING for e in h.entries)}
    for k, hit in enumerate(stance):
        stops = Stops(occupied, (range(hit.first, hit.last), see_through))
        frame = sitting.get(hit.first)
        for entry in hit.entries:
            if not resources.counts(entry):
                continue  # a rule's companion in a category the user's file replaced
            # An agreement's rule read its own clause's negators: one before its subject
            # is another clause's ("It's not often that I agree with the governor").
            neg = (
                negation(norms, hit.first, hit.last, entry.tokens, stops)
                if negatable(entry) and entry not in AGREEMENTS
                else NOT_NEGATED
            )
            if frame is not None and not neg.text and entry.category in ("concession", "resolve"):
                neg = negation(
                    norms,
                    frame.first,
                    hit.last,
                    entry.tokens,
                    stops.without(range(frame.first, hit.first)),
                )
            if entry.category == YIELDING and neg.text in COMPARATIVE_NEGATORS:
                neg = NOT_NEGATED
            if entry.pattern == TENURE_PLEDGED.pattern and (
                neg.text in SUBJECT_NEGATORS or neg.text in COMPARATIVE_NEGATORS
            ):
                # what will be under the speaker's tenure, its subject negative ("Under my
                # plan, nobody will lose their insurance", "no family earning less than")
                neg = NOT_NEGATED
            category = flip(entry.category) if neg.text else entry.category
            detail = ""
            if neg.text and entry.pattern in _CERTAINTY:
                # "I cannot say for certain", "it's not certain that": uncertainty
                category, detail = "hedging", "negated certainty: uncertainty"
            # "The airline backed down": a third party's act (rule 9)
            others = (
                hit.first in reported
                or (
                    (entry.category != "hedging" or norms[hit.first] in HEDGE_VERBS)
                    and third_party_act(tokens, hit.first, entry.tokens)
                )
                or (entry.category == "concession" and _urged_on_another(norms, hit))
            )
            extra_resolve = False
            if entry.category not in _STANCE:
                pass  # a category of the user's own counts every mention (see ``_STANCE``)
            elif (
                mock
                and not neg.text
                and entry.category in GIVING_WAY
                and (entry.category == "concession" or _after_copula(norms, hit.first))
            ):
                # "Sure, we'll just roll over", "Oh, I'm so scared": mock assent.
                category, detail = "defiance", "mock concession or mock fear (irony)"
            elif mock and category == "resolve":
                category, detail = "", "mock certainty (irony)"
            elif category == YIELDING:
                category, detail = "", "yielding verb: counts only when negated"
            elif category == "hedging" and entry.pattern in _APPROXIMATORS:
                category, detail = "", _APPROXIMATE  # "at approximately 4:40 this morning"
            elif entry.pattern in _SITTING and _disclaims(norms, hit):
                category, detail = "", _DISCLAIMER  # "I'm not gonna sit here and tell you"
                if neg.text and _candour(norms, hit):
                    # 1.13.0: "I'm not going to sit here and pretend we handled it well"
                    category, detail = "concession", _CANDOUR
            elif entry.category == "hedging" and _concessive(norms, hit, entry):
                if (
                    _concessive(norms, hit, entry, _DEFYING_OPENERS)
                    and hit.last < len(norms)
                    and norms[hit.last] in _VIEW_VERBS
                    and (hit.last + 1 == len(norms) or norms[hit.last + 1] in SENTENCE_MARKS)
                ):
                    # "whatever the bankers in London may say": brushing aside others' views
                    category, detail = "defiance", "whatever they may say: others' views defied"
                else:
                    category, detail = "", "a concessive modal ('however hard it may be')"
            elif category == "hedging" and _granting(norms, hit, entry):
                # "The honourable member may huff and puff, but this side will not be moved"
                category, detail = "", "a modal granting a point before 'but'"
            elif (
                question
                and category
                and hit.first >= asked_from
                and not _stated_before_question(norms, hit)
                and entry.tokens[-1] != "?"  # 1.11.0: a taunt ("How'd that work out?")
                and not _disbelief(entry)
            ):
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
            elif (
                category
                and others
                and not ((_at_us(entry) or judges_another(entry)) and hit.first not in clauses)
            ):
                # "he backed down", but not "she has misjudged us", "she didn't say that"
                # (the speaker's stance)
                category, detail = (
                    "",
                    PREDICTED
                    if category == "concession" and _predicted_of_us(norms, hit)
                    else "someone else's stance: reported speech or a third person's act",
                )
            elif neg.text and entry.category in GIVING_WAY and _conditioned(norms, neg.tokens):
                # 1.18.0: "our Enron moment if we don't come clean": a condition (after the
                # question and reported checks, whose reasons come first)
                category, detail = "", "a give-way negated inside a condition: no refusal"
            elif (neg.text and not declined.isdisjoint(neg.tokens)) or (
                category in ("concession", "defiance") and _commented_topic(norms, hit.first)
            ):
                category, detail = "", "the topic of a declined answer, not a refusal"
            elif neg.text and _counted_in(occupied, neg.tokens, category):
                # "refuse to give up", "surrender is out of the question": the negator is
                # itself a hit of the same category; one act, counted once.
                category, detail = "", f"negator already counted as {category}"
            elif category == "resolve" and neg.text and _doubt_acknowledged(norms, hit, entry):
                # "I don't doubt for a second that you mean well", "has no doubt received"
                category, detail = "", "courtesy or presumption, not certainty"
            elif category == "resolve" and not neg.text and _courtesy(norms, hit, entry):
                category, detail = "", "courtesy or acknowledgment, not certainty"
            elif category == "resolve" and not neg.text and _assures_a_fact(norms, hit, entry):
                category, detail = "", "an assurance of a fact, not of a course"
            elif category == "defiance" and (why := no_stand(norms, hit, entry)):
                category, detail = "", why  # "I draw the line between work and family"
            elif category == "defiance" and (why := no_jab(norms, hit, entry)):
                category, detail = "", why  # "He doesn't understand French, so..."
            elif category == "resolve" and _others_confidence(norms, hit, entry):
                category, detail = "", "another's confidence, not the speaker's"
            elif category == "hedging" and (kind := _rejected(norms, hit, entry)):
                category, detail = "", _REJECTION  # "I don't believe in trickle-down"
                if kind == DISBELIEF:
                    category, detail = "defiance", _DISBELIEF  # "I don't believe him."
            elif category == "hedging" and not neg.text and _wishing(norms, hit, entry):
                category, detail = "", _WISH  # "I hope the Congress will fund it"
            elif category == "hedging" and _others_doubt(norms, hit, entry):
                category, detail = "", _OTHERS_DOUBT  # "they're not certain what we'll do"
            elif (
                category == "hedging" and not neg.text and (why := _others_ways(norms, hit, entry))
            ):
                # "I don't know why he doesn't do it", "... where you got that number"
                category, detail = "defiance" if why == _SOURCE_DOUBTED else "", why
            elif category == "hedging" and _deliberative(norms, hit, entry, stance):
                category, detail = "", _DELIBERATIVE
            elif (
                category == "resolve"
                and entry.pattern in SHARED_BOOSTERS
                and not neg.text
                and not _boosting(norms, hit, occupied)
                and not answering(norms, hit, entry.pattern)
                and not boosts_certainty(norms, hit)
            ):
                category, detail = "", "a booster of a statement, not of a commitment"
            elif (
                category == "resolve"
                and entry.pattern == "must"
                and not neg.text
                and others_must(norms, hit)
            ):
                category, detail = "", "'must' laid on others or inferred, not the speaker's"
            elif category == "resolve" and entry.pattern in PRESCRIPTIONS and not neg.text:
                category, detail = "", "a duty prescribed for all, not a commitment"
            elif category == "resolve" and is_bare_commitment(entry.tokens):
                detail = _what_commitment(norms, stance, occupied, k, reported)
                category = "" if detail else category
            elif category == "resolve" and not neg.text and _hedged_right_before(norms, stance, k):
                category, detail = "", "hedged commitment"  # "maybe we can do it"
            elif (
                category == "resolve"
                and entry.pattern in _BOOSTERS
                and k + 1 < len(stance)
                and same_clause(norms, hit.last, stance[k + 1].first)
                and any(
                    e.category == "concession"
                    and not negation(norms, stance[k + 1].first, stance[k + 1].last, e.tokens).text
                    for e in stance[k + 1].entries
                )
            ):
                # "we'd certainly be willing to meet them halfway": a give-way boosted
                category, detail = "", "a booster of a concession, not resolve"
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
                lexicon=resources.lexicon_of(entry),
                detail=detail,
            )
            out.append(match)
            # "we will not surrender", "I'm not going anywhere": a refusal about one's own
            # conduct to come is a commitment too, unless its auxiliary already counts.
            aux = commitment(norms, hit.first, entry, neg)
            if extra_resolve or (
                aux is not None
                and not (question or mock or others)
                and detail != _DISCLAIMER
                and not _counted_in(occupied, frozenset({aux}), "resolve")
            ):
                out.append(replace(match, category="resolve", detail="refusal as a commitment"))
    # An analogy needs an era or a frame among the hits, or an "X-style" or "X-gate" word.
    if len(hits) == len(stance) and not any(map(str.endswith, norms, _ANALOGY_ENDINGS)):
        return sorted(out, key=lambda m: (m.start, m.end))
    capitalized = [t.text[:1].isupper() for t in tokens]
    surface = [t.text for t in tokens]
    for analogy in find_analogies(
        norms, hits, resources.periods, resources.era_words, capitalized, surface
    ):
        negator = negation(norms, analogy.first, analogy.last).text or _denial(analogy.frame)
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
