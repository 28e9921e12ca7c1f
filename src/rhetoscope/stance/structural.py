"""Rule 18: refusals read from structure over the sentences of one turn, for any speaker:
an emphatic restatement ("Full stop.", "Not once.") of the speaker's own negation, a
bare negative answer to a question or an expectation about the speaker's conduct
("Am I gonna quit? No."), and a bare closer sealing the sentence before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import filterfalse

from ..constructions import ADMITTED, SENTENCE_MARKS, opens_clause
from ..lexicon import RULE_LEXICON, Entry
from ..matcher import Hit
from ..models import Match, Sentence
from ..negation import FUTURE, PROGRESSIVE
from ..text import tokens_of
from .replies import _NOT_REFUSING, _PREDICTED_REFUSED, _SHORT, _first_person_refusal
from .shared import _DASHES, _counted, _match

# Rule 18 (after lexicons 1.11.0): refusals read from structure, for any speaker, over
# the sentences of one turn.
# An emphatic restatement ("Full stop.", "Not once.", "Not this year, not ever.") of the
# speaker's own negated clause ("We are not signing that bill", "I never touched that
# account") makes the negation a refusal: defiance, and resolve when the clause is the
# speaker's conduct to come. A bare negative answer ("No.", "Nope.", "Yeah, no.", "We're
# not.") to the speaker's own question about their conduct ("Am I gonna quit?"), to an
# echo question ("Worried?") or to another's expectation of the speaker's side ("They
# want me to apologize.", "Some are calling this a crisis.") is a refusal too.
EMPHATIC_REFUSAL = Entry(
    "we're not ... full stop",
    ("we", "'re", "not", "...", "full", "stop"),
    "defiance",
    1.0,
    "defiance",
)
EMPHATIC_COMMITMENT = replace(EMPHATIC_REFUSAL, category="resolve", lexicon="resolve")
ELLIPTIC_REFUSAL = Entry("worried? no.", ("...", "?", "no"), "defiance", 1.0, "defiance")
ELLIPTIC_COMMITMENT = replace(ELLIPTIC_REFUSAL, category="resolve", lexicon="resolve")
_CLOSERS = frozenset(
    {
        ("full", "stop"),
        ("period",),
        ("end", "of", "story"),
        ("simple", "as", "that"),
        ("case", "closed"),
    }
)
_CLOSER_ENDS = frozenset(c[-1] for c in _CLOSERS)
# 1.16.0: the closers that seal a plain statement too ("We're paying it. Full stop."); "Simple
# as that." closes verdicts on a game as often
_SEALING_CLOSERS = frozenset({("full", "stop"), ("period",)})
_SEALED_STANDS = frozenset("i we our my will 'll gon na going".split())
# A verbless negative fragment: "Not once.", "Never.", "Not to anyone.", "Nothing."
_FRAGMENT_HEADS = frozenset("not never ever nothing none nobody no".split())
_NOT_FRAGMENTS = frozenset(
    "only just sure really necessarily exactly quite that much bad great yet really so too "
    "all even necessarily".split()
)
_NEGATED_AUX_DENY = frozenset("did do does have 've had was were".split())
# "I'm not saying...", "we don't have the numbers", "I'm not sure": no refusal
_NOT_REFUSED = _NOT_REFUSING | frozenset(
    "saying suggesting talking asking seeing hearing getting looking have need want like "
    "a an the here there able going".split()
)
_INTERJECTIONS = frozenset(
    "yeah yes well oh lol ha look uh um and so honestly hell heck man girl buddy sir ma'am "
    "folks okay ok".split()
)
_BARE_NEGATIVES = frozenset(
    {
        ("no",),
        ("nope",),
        ("never",),
        ("nah",),
        ("no", "way"),
        ("not", "a", "chance"),
        ("no", "no"),
        ("of", "course", "not"),
        ("absolutely", "not"),
        ("certainly", "not"),
        ("not", "remotely"),
        ("not", "at", "all"),
        # 1.17.0: the emphatic spoken forms of the same answer
        ("not", "even", "close"),
        ("no", "chance"),
        ("not", "a", "hope"),
        ("not", "likely"),
        ("hell", "no"),
        ("not", "on", "your", "life"),
        ("not", "in", "a", "million", "years"),
    }
)
_CLAIM_DENIED = frozenset(
    {
        ("it", "'s", "not"),
        ("it", "is", "not"),
        ("it", "is", "n't"),
        ("that", "'s", "not"),
        ("it", "'s", "not", "that"),
    }
)
# "We're not.", "I won't, ever.": a first-person refusal whose verb is left out
_ELLIPSIS = frozenset("ever again now either today".split())
_INVERTED_AUX = frozenset("am are will would should shall do 'm can could".split())
_GOING = frozenset("gonna going will would 'll 'd".split())
# What the speaker may be asked about and refuse: regret, giving way (not fear: "Are we
# worried? No." is confidence as often as defiance)
_ASKED_YIELD = frozenset(
    (
        "sorry regret regrets apologize apologise quit quitting resign resigning retire "
        "retiring back backing done finished give giving stop stopping fold folding cave caving"
    ).split()
)
_FINITE = frozenset(
    "is are was were do does did will would can could should has have 's 're".split()
)
_EXPECTING = frozenset(
    (
        "think thinks thought asking asked ask asks want wants wanted expect expects "
        "expected say says said saying calling call calls claim claims predict predicts "
        "predicted bet bets hope hopes figure figures assume assumes reckon reckons"
    ).split()
)
_PERSONS = frozenset("i we you he she they".split())
_EXPECTED_OF = frozenset("i we me us my our this".split())  # not "it": "says it will rain"


_NOT_CONTENT = SENTENCE_MARKS | frozenset(_DASHES)


def _content(norms: Sequence[str]) -> list[str]:
    """The words of a sentence without marks and opening interjections ("Yeah, no.")."""
    words = list(filterfalse(_NOT_CONTENT.__contains__, norms))  # (no Python call per word)
    k = 0
    while k < len(words) - 1 and words[k] in _INTERJECTIONS:
        k += 1
    return words[k:]


def _own_negation(norms: Sequence[str]) -> str | None:
    """ "commitment" for a clause of *I* or *we* with a negated future or progressive
    ("we're not signing", "I won't do it"), "denial" for a negated past or a *never*
    ("we did not sell that data", "I never touched it"), else None."""
    for i, norm in enumerate(norms[:-2]):
        if norm not in ("i", "we") or not opens_clause(norms, i):
            continue
        aux, neg = norms[i + 1], norms[i + 2]
        if aux == "never":
            return "denial" if neg not in _NOT_REFUSED else None
        if neg not in ("not", "n't", "never") or i + 3 >= len(norms):
            continue
        verb = norms[i + 3]
        if verb in _NOT_REFUSED and not (verb == "going" and norms[i + 4 : i + 5] == ["to"]):
            continue
        if aux in FUTURE or (
            aux in PROGRESSIVE and (verb in ("gonna", "going") or verb.endswith("ing"))
        ):
            return "commitment"
        if aux in _NEGATED_AUX_DENY:
            return "denial"
    return None


def _emphasis(words: Sequence[str]) -> bool:
    """A sentence that only restates: a closer ("Full stop.") or a verbless negative
    fragment ("Not once.", "Not this year, not ever.", "Never.")."""
    if tuple(words) in _CLOSERS:
        return True
    return (
        0 < len(words) <= 6
        and words[0] in _FRAGMENT_HEADS
        and (len(words) == 1 or words[1] not in _NOT_FRAGMENTS)
        and _FINITE.isdisjoint(words)
        and _PERSONS.isdisjoint(words)  # "No, we'll get it done.": a clause, no fragment
        and FUTURE.isdisjoint(words)
    )


def _asks_of_us(norms: Sequence[str]) -> str | None:
    """What a sentence asks or expects of the speaker's side, for a bare "No." after it:
    "future" for their conduct to come ("Am I gonna quit?", "They want me to apologize",
    "they think we'll fold"), "premise" for a premise ("Worried?", "Some are calling this
    a crisis"), else None."""
    question = norms[-1] == "?"
    words = [n for n in norms if n not in SENTENCE_MARKS]
    if (
        question
        and words
        and len(words) <= 3
        and _FINITE.isdisjoint(words)
        and _PERSONS.isdisjoint(words)
    ):
        return "premise"  # "Worried?", "Regret it?"
    for i in range(1, len(words)):
        w = words[i]
        if question and w in ("i", "we") and words[i - 1] in _INVERTED_AUX:
            if not _GOING.isdisjoint(words[i - 1 : i + 4]):  # "Will we...", "Am I gonna..."
                return "future"
            if not _ASKED_YIELD.isdisjoint(words[i + 1 : i + 4]):
                return "premise"
        if (
            not question
            and w in _EXPECTING
            and words[i - 1] not in ("i", "we", "you")
            and "if" not in words[:i]  # "If the club wants to sack me, ...": a condition
        ):
            said = words[i + 1 : i + 9]
            if _EXPECTED_OF.isdisjoint(
                w for k, w in enumerate(said) if said[k + 1 : k + 2] != ["think"]
            ):  # "She asked, I think, whether...": the speaker's own hedge
                continue
            for k, s in enumerate(said):
                if (s in ("i", "we") and not _GOING.isdisjoint(said[k + 1 : k + 3])) or (
                    s in ("me", "us") and said[k + 1 : k + 2] == ["to"]
                ):
                    return "future"
            return "premise"
    return None


def may_refuse(norms: Sequence[str]) -> bool:
    """Whether a sentence may restate or answer with a refusal (cheap: its first word, or
    its last before a mark)."""
    return (
        norms[0] in _FRAGMENT_HEADS
        or norms[0] in _INTERJECTIONS
        or norms[0] in ("i", "we", "it", "that", "absolutely", "certainly", "of", "nope", "nah")
        or (len(norms) > 1 and norms[-2] in _CLOSER_ENDS)
    )


def _refuse_predicted(
    text: str, before: Sentence, prior: Sequence[str], matches: list[Match]
) -> None:
    """1.12.0: "Management thinks we're gonna throw in the towel. We're not.": the give-way
    another party expects of the speaker's side, refused in the next sentence, is no
    concession of the speaker's but the matter of the refusal (defiance, as rule 9 reads
    "They think we'll cave. We won't."). Relabels, in place, the counted concessions of
    the sentence before that follow its verb of expecting."""
    at = next(
        (
            i
            for i in range(1, len(prior))
            if prior[i] in _EXPECTING and prior[i - 1] not in ("i", "we", "you")
        ),
        None,
    )
    if at is None:
        return
    tokens = tokens_of(text[before.start : before.end], prior, before.start)
    after = tokens[at].end
    for k in range(len(matches) - 1, -1, -1):
        m = matches[k]
        if m.sentence != before.index:
            if m.sentence < before.index:
                break
            continue
        if m.category == "concession" and m.start >= after:
            matches[k] = replace(m, category="defiance", detail=_PREDICTED_REFUSED)


def _sealed(prior: Sequence[str], matches: Sequence[Match], before: Sentence) -> bool:
    """1.16.0: whether a bare "Period." / "Full stop." seals the sentence before as settled
    (resolve, as the closer inside a clause does): a sentence of one's own or a future
    ("We're paying it. Full stop."), not an admission ("That failure is ours. Full
    stop.") nor a hedge."""
    if not ADMITTED.isdisjoint(prior) or _SEALED_STANDS.isdisjoint(prior):
        return False  # and a stand of one's own or a future: not "The budget closes on Friday."
    return not any(
        m.sentence == before.index and m.category in ("concession", "hedging") for m in matches
    )


def structural_refusal(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The matches of an emphatic restatement or an elliptic refusal in ``sentence``,
    read against the last sentences of the same turn (``recent``)."""
    words = _content(norms)
    if not words or len(words) > _SHORT:
        return []  # each form read below is short (``_emphasis``, ``_first_person_refusal``)
    mine = [(s, n) for s, n in recent if s.segment == sentence.segment]
    while mine and not _content(mine[-1][1])[1:] and mine[-1][1][-1] != "?":
        mine.pop()  # "Am I gonna quit? Lol. No.": an interjection between
    if not mine:
        return []
    before, prior = mine[-1]
    kind = None
    # an emphatic restatement of the speaker's own negation
    if _emphasis(words) and prior[-1] != "?":
        kind = _own_negation(prior)
        if kind is not None and _counted(matches, {before.index}, "concession"):
            kind = None  # 1.12.0: "We weren't good enough. No excuses.": an admission restated
        entries = (
            (EMPHATIC_REFUSAL, EMPHATIC_COMMITMENT) if kind == "commitment" else (EMPHATIC_REFUSAL,)
        )
        if kind is None and tuple(words) in _SEALING_CLOSERS and _sealed(prior, matches, before):
            kind, entries = "closer", (EMPHATIC_COMMITMENT,)
    elliptic = _first_person_refusal(norms) and _ELLIPSIS.issuperset(words[3:])
    if kind is None and (
        tuple(words) in _BARE_NEGATIVES or tuple(words) in _CLAIM_DENIED or elliptic
    ):
        kind = _asks_of_us(prior)
        entries = (
            (ELLIPTIC_REFUSAL, ELLIPTIC_COMMITMENT) if kind == "future" else (ELLIPTIC_REFUSAL,)
        )
    if kind is None:
        return []
    if kind == "future" and prior[-1] != "?" and isinstance(matches, list):
        _refuse_predicted(text, before, prior, matches)
    both = {before.index, sentence.index}
    entries = tuple(e for e in entries if not _counted(matches, both, e.category))
    if not entries:
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    last = len(norms) - (norms[-1] in SENTENCE_MARKS)
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(0, max(last, 1), (e,)),
            term=e.pattern,
            source=e.category,
            category=e.category,
            weight=e.weight,
            negator="",
            lexicon=RULE_LEXICON,
            detail="emphatic refusal"
            if e in (EMPHATIC_REFUSAL, EMPHATIC_COMMITMENT)
            else "elliptic refusal",
        )
        for e in entries
    ]
