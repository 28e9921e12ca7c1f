"""One sentence's matches: its lexicon hits read in context (negation, questions,
reported speech, answers and refusals), with the analogies found in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import compress, filterfalse, islice, pairwise, repeat

from .analogy import (
    ERA,
    FRAME,
    WORD_ANALOGY_ENDINGS,
    Analogy,
    find_analogies,
)
from .constructions import (
    ADMITTED,
    CLAUSE_ENDS,
    GIVING_WAY,
    OPEN_QUOTES,
    SENTENCE_END,
    SENTENCE_MARKS,
    VERDICT_COPULAS,
    opens_clause,
)
from .lexicon import Entry
from .matcher import Hit
from .models import Match, Segment, Sentence, Token
from .negation import (
    COMPARATIVE_NEGATORS,
    COPULAS,
    FUTURE,
    NEGATOR_WORDS,
    NOT_NEGATED,
    PROCEDURE_ADVERBS,
    PROGRESSIVE,
    SCOPE_BREAKS,
    YIELDING,
    commitment,
    flip,
    is_bare_commitment,
    negatable,
    negation,
    procedural,
    same_clause,
)
from .reported import (
    HEDGE_VERBS,
    judges_another,
    other_actor_acts,
    reported_clauses,
    third_party_act,
)
from .resources import Resources
from .text import document_sentences, tokenize, tokens_of

# "Quisling-style", "Pizzagate": mapped over a sentence's norms without a Python call each.
# (an endless ``repeat``: any(map(str.endswith, norms, _ANALOGY_ENDINGS)) may share it)
_ANALOGY_ENDINGS = repeat(WORD_ANALOGY_ENDINGS)
_QUOTE_CLOSERS = frozenset({"\u201d", '"', "''", "'", "\u00bb", ")"})


# 1.10.0: the doubters answered. A failure someone else predicted of the speaker ("They
# said we'd never march in this town", "People said I was finished", "Nobody gave us a
# chance") answered, in the same sentence or one of the next two, by the speaker's
# evidence of the contrary ("Well, here we are", "look at us now", "Look around you!"),
# is defiance; and a presumption of another's ("This activist thinks he can bully this
# board", "You think you can scare us?") refused in the next, short sentence ("He
# can't.", "You won't.") is defiance too. Both are matched over the sentences of one
# speaker in ``analyze_document``.
PROVEN_WRONG = Entry("here we are", ("here", "we", "are"), "defiance", 1.0, "defiance")
PRESUMPTION_REFUSED = Entry("he ca n't", ("he", "ca", "n't"), "defiance", 1.0, "defiance")
_PROOFS = (
    ("here", "we", "are"),
    ("here", "i", "am"),
    ("here", "i", "'m"),
    ("look", "at", "us"),
    ("look", "at", "me"),
    ("look", "around"),
    ("look", "where", "we"),
    ("look", "where", "i"),
    ("guess", "who"),
    ("who", "'s", "laughing"),
)
_PROOF_LEADS = frozenset({",", ".", ";", "!", ":", "\u2014", "--", "well", "and", "yet", "but"})
_PROOF_LEADS |= frozenset({"so", "now", "just", "oh", "hey"})
_DOUBTING = frozenset(
    (
        "said says say told tell tells thought think thinks predicted predict called "
        "wrote write doubted bet laughed gave written counted"
    ).split()
)
_DOUBTED = frozenset(
    "finished done dead over washed impossible pipe joke fail lose chance off out too "
    "nobody".split()
)
# A plain negation is a doubt only about the speaker's side ("told me I'd never finish"),
# not about the weather or dinner ("The forecast said it would not rain").
_DOUBTED_NOT = frozenset({"never", "n't", "not"})
_OUR_WORDS = frozenset("i me my we us our".split())
_DOUBT_REACH = 8


_PROOF_HEADS = frozenset(p[0] for p in _PROOFS)


def may_answer(norms: Sequence[str]) -> bool:
    """Whether a sentence holds a word ``answered_doubt`` needs: a proof's first word, or
    the subject of a short refusal ("He can't."); most sentences hold neither."""
    return not (_PROOF_HEADS.isdisjoint(norms) and _PRESUMED.isdisjoint(norms))


def proof(norms: Sequence[str]) -> int | None:
    """Where evidence against a doubt opens a clause ("Well, here we are"), or None."""
    if _PROOF_HEADS.isdisjoint(norms):
        return None
    for i, norm in enumerate(norms):
        if norm not in _PROOF_HEADS:
            continue
        if i and norms[i - 1] not in _PROOF_LEADS:
            continue
        if any(tuple(norms[i : i + len(p)]) == p for p in _PROOFS):
            return i
    return None


def _doubted(norms: Sequence[str], upto: int | None = None) -> bool:
    """Whether someone other than the speaker predicts a failure before ``upto``: a verb
    of saying or thinking whose subject is not *I* or *we*, and a word of failure or
    negation after it ("They said we would never...", "People said I was finished")."""
    stop = len(norms) if upto is None else upto
    for i in range(1, stop):
        if norms[i] not in _DOUBTING or norms[i - 1] in ("i", "we"):
            continue
        said = norms[i + 1 : min(stop, i + 1 + _DOUBT_REACH)]
        if not _DOUBTED.isdisjoint(said) or not (
            _DOUBTED_NOT.isdisjoint(said) or _OUR_WORDS.isdisjoint(said)
        ):
            return True
    return False


_PRESUMING = frozenset("thinks think believes believe figures expects assumes reckons".split())
_PRESUMED = frozenset("he she they you it".split())
_REFUSED_ABILITY = frozenset(
    {("ca", "n't"), ("cannot",), ("wo", "n't"), ("will", "not"), ("will", "never")}
)


def _presumes(norms: Sequence[str]) -> bool:
    """Whether another party presumes it can or will act against the speaker's side: "he
    thinks he can bully us", "Our rivals think they will win", "... bully this board";
    not "Mom thinks it will rain"."""
    return not (_OUR_WORDS.isdisjoint(norms) and "this" not in norms) and any(
        norms[i] in _PRESUMING
        and i
        and norms[i - 1] not in ("i", "we")
        and norms[i + 1] in _PRESUMED
        and norms[i + 2] in ("can", "will", "'ll")
        for i in range(len(norms) - 2)
    )


def _refuses_presumption(norms: Sequence[str]) -> bool:
    """A short reply denying another's ability: "He can't.", "Well, they won't."."""
    # (its first five words tell whether there are at most four)
    words = list(islice(filterfalse(_NOT_REPLY_WORDS.__contains__, norms), 5))
    return (
        2 <= len(words) <= 4
        and words[0] in _PRESUMED
        and any(tuple(words[1 : 1 + len(r)]) == r for r in _REFUSED_ABILITY)
    )


def answered_doubt(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
) -> list[Match]:
    """A defiance match for a sentence that answers a doubt or a presumption of another's
    in one of the ``recent`` sentences of the same speaker (or, for a doubt, earlier in
    itself)."""
    mine = [n for s, n in recent if s.segment == sentence.segment]
    entry, span = None, (0, 0)
    at = proof(norms)
    if at is not None and (_doubted(norms, at) or any(map(_doubted, mine))):
        p = next(p for p in _PROOFS if tuple(norms[at : at + len(p)]) == p)
        entry, span = replace(PROVEN_WRONG, pattern=" ".join(p), tokens=p), (at, at + len(p))
    elif mine and _refuses_presumption(norms) and _presumes(mine[-1]):
        words = tuple(n for n in norms if n not in SENTENCE_MARKS)
        entry = replace(PRESUMPTION_REFUSED, pattern=" ".join(words), tokens=words)
        span = (0, len(norms))
    if entry is None:
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(*span, (entry,)),
            term=entry.pattern,
            source="defiance",
            category="defiance",
            weight=entry.weight,
            negator="",
            lexicon="defiance",
            detail="another's doubt or presumption answered",
        )
    ]


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


def refusal_reply(norms: Sequence[str]) -> bool:
    """A reply opening with a refusal ("Never.", "Of course not.") or (1.9.0) a short
    first-person refusal ("I won't.", "We're not."): "You want me to apologize? I won't."."""
    return (
        any(tuple(norms[: len(r)]) == r for r in _REFUSAL_REPLIES)
        and (len(norms) < 2 or norms[1] not in ("matter", "doubt", "question", "one", "wonder"))
    ) or _first_person_refusal(norms)


# A give-way predicted of the speaker's side by someone else ("The other side says we'll
# cave."), refused in the next sentence ("We won't.").
PREDICTED = "reported speech: a give-way predicted of us by someone else"
_REFUSING_STARTS = frozenset(
    (subject, *aux)
    for subject in ("we", "i")
    for aux in (
        ("wo", "n't"),
        ("will", "not"),
        ("will", "never"),
        ("shall", "not"),
        ("shall", "never"),
        ("'re", "not"),
        ("are", "not"),
        ("'m", "not"),
        ("am", "not"),
        ("do", "n't"),
        ("never", "will"),
    )
)
_SHORT = 6
# "I'm not sure.", "I don't know.", "We're not against it.": doubt or a view, no refusal
_NOT_REFUSING = frozenset(
    "sure certain know think believe recall remember aware against mind care understand "
    "expect see".split()
)


def _first_person_refusal(norms: Sequence[str]) -> bool:
    """A short sentence of *I* or *we* and a negated auxiliary: "We won't.", "I'm not."."""
    words = [n for n in norms if n not in SENTENCE_MARKS]
    return (
        len(words) <= _SHORT
        and tuple(words[:3]) in _REFUSING_STARTS
        and not (len(words) > 3 and words[3] in _NOT_REFUSING)
    )


def short_refusal(norms: Sequence[str]) -> bool:
    """A short sentence that refuses: "We won't.", "We will not.", "Never.", "No way."."""
    words = [n for n in norms if n not in SENTENCE_MARKS]
    return len(words) <= _SHORT and refusal_reply(words)


def answer_with_refusal(
    matches: list[Match],
    asked: list[tuple[Sentence, int, int]],
    reply: Sentence,
    predicted: bool = False,
) -> None:
    """An echo question of the speaker's own ("Retire?", "Are we going to give up
    now?") answered by the same speaker with a refusal ("Never.", "Of course not."):
    the give-way it asks about counts as defiance, as if negated. With ``predicted``,
    a give-way someone else predicts of us ("They say we'll cave.") refused by the
    speaker next ("We won't."): defiance, and resolve as a commitment."""
    for q, (question, first, last) in enumerate(asked):
        if question.segment != reply.segment:
            continue
        extra: list[tuple[int, Match]] = []
        for i in range(first, last):
            m = matches[i]
            if m.source not in GIVING_WAY or m.category:
                continue
            if predicted and m.detail == PREDICTED:
                matches[i] = m = replace(m, category="defiance", detail=_PREDICTED_REFUSED)
                extra.append((i, replace(m, category="resolve", detail="refusal as a commitment")))
            elif not predicted and m.detail.startswith(("question", "yielding")):
                matches[i] = replace(
                    m, category="defiance", detail="question answered with a refusal"
                )
        for i, m in reversed(extra):
            matches.insert(i + 1, m)
        if extra:  # the matches of the questions after it moved
            asked[q] = (question, first, last + len(extra))
            for r in range(q + 1, len(asked)):
                later, start, stop = asked[r]
                asked[r] = (later, start + len(extra), stop + len(extra))


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
_NEGATED_AUX_COMMIT = PROGRESSIVE | FUTURE
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


def _content(norms: Sequence[str]) -> list[str]:
    """The words of a sentence without marks and opening interjections ("Yeah, no.")."""
    words = [n for n in norms if n not in SENTENCE_MARKS and n not in _DASHES]
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


def _counted(matches: Sequence[Match], sentences: set[int], category: str) -> bool:
    """Whether a match of ``category`` is counted in one of ``sentences`` (the last ones)."""
    for m in reversed(matches):
        if m.sentence not in sentences:
            if m.sentence < min(sentences):
                return False
            continue
        if m.category == category:
            return True
    return False


# 1.12.0: a bare apology after the speaker's own account of a failure ("I fought for this
# plant for three years. I lost. I'm sorry.", "Our response was too slow, and students
# paid for it. I'm sorry."): a concession. A bare "I'm sorry." is politeness as often
# ("I'm sorry. We have just a little bit of time left", "Oh, I'm sorry."), so it counts
# only after a statement of the same turn that concedes, or that tells the speaker's own
# past (*I, we, our, my* and a past verb), and not after "oh".
BARE_APOLOGY = Entry("i 'm sorry .", ("i", "'m", "sorry", "."), "concession", 1.0, "concession")
_SORRY = frozenset({("i", "'m", "sorry"), ("i", "am", "sorry"), ("we", "'re", "sorry")})
_SORRY |= frozenset({("we", "are", "sorry"), ("i", "'m", "so", "sorry")})
_PAST = frozenset(
    "was were did lost made got paid took let failed messed blew missed fell had went "
    "left broke".split()
)


def _own_past(norms: Sequence[str]) -> bool:
    """Whether a sentence tells the speaker's own past: *I* or *we* and a past verb ("I
    lost", "we really messed up"), or *our* or *my* and a subject phrase before *was* or
    *were* ("Our response to the protests was too slow")."""
    for i, w in enumerate(norms):
        if w in ("i", "we") and norms[i + 1 : i + 2] != [] and norms[i + 1] not in PROGRESSIVE:
            for v in norms[i + 1 : i + 3]:  # not "I'm obliged to cut you off"
                if v in _PAST or (v.endswith("ed") and len(v) > 4):
                    return True
        elif w in ("our", "my") and not {"was", "were"}.isdisjoint(norms[i + 2 : i + 8]):
            return True
    return False


def bare_apology(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The match of a bare "I'm sorry." after the speaker's own account of a failure."""
    if len(norms) > 8 or norms[-1] not in (".", "!") or norms[0] == "oh":
        return []
    words = [n for n in norms if n not in SENTENCE_MARKS]
    if len(words) > 5 or not any(tuple(words[-k:]) in _SORRY for k in (3, 4)):
        return []
    if not recent or recent[-1][0].segment != sentence.segment:
        return []
    before, prior = recent[-1]
    if prior[-1] == "?" or _counted(matches, {sentence.index}, "concession"):
        return []
    if not _counted(matches, {before.index}, "concession") and not _own_past(prior):
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    first = max(i for i, n in enumerate(norms) if n in ("i", "we"))
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(first, len(norms) - 1, (BARE_APOLOGY,)),
            term=BARE_APOLOGY.pattern,
            source="concession",
            category="concession",
            weight=1.0,
            negator="",
            lexicon="concession",
            detail="an apology after a failure owned",
        )
    ]


# 1.13.0: an admission answered to one's own question (hypophora). A question about the
# speaker's own conduct or outcome, with a comparative of improvement or a word of
# failure ("Could I have done more?", "Could we have communicated better with
# shareholders?", "Was our launch a disaster?", "Am I embarrassed by the tweet?"),
# answered in the next, short sentence with an assent ("Sure.", "Perhaps.", "Yes.",
# "Kind of, yeah.") is a concession. Not a question without such a word ("Am I running?
# Of course I'm running."), nor one to another ("Could you have done more?").
SELF_ADMISSION = Entry("could we have done better? yes.", ("yes",), "concession", 1.0, "concession")
# (the "no" about one's own merit: "Did we deserve to win? No.")
SELF_DENIAL = Entry("did we deserve to win? no.", ("no",), "concession", 1.0, "concession")
ASSENTS = frozenset(
    "yes yeah yep sure perhaps maybe probably possibly absolutely definitely certainly "
    "guilty kind sort partly arguably undoubtedly".split()
)
_SELF_ASKING = frozenset("could should would did do does am was were have had is".split())
_OWN_SUBJECTS = frozenset({"i", "we", "our", "my"})
_FAULTS = frozenset(
    (
        "wrong mistake mistakes disaster failure mess embarrassed ashamed regret late slow "
        "slowly error errors misjudge misjudged blew blow screw screwed mishandle mishandled "
        "fault fail failed"
        # 1.16.0: conduct judged in a word ("Did I dance badly?", "Was I too harsh?")
        " badly poorly messy harsh rude unfair careless reckless sloppy complacent naive "
        "arrogant unprepared overconfident too"
    ).split()
)
# 1.16.0: a "no" to one's own question about merit is an admission too: "Did we deserve
# to win? No.", "Were we good enough? Probably not.", "Did we get it right? No." (not
# "Did we deserve this? No!", which protests).
_MERITS = frozenset({"enough", "right", "well"})
NO_ANSWERS = frozenset({"no", "nope", "nah"})
NO_PHRASES = (["probably", "not"], ["not", "really"], ["not", "quite"], ["definitely", "not"])
# What a short answer may open with before its assent: "Girl, yes.", "Honestly? Yes."
ANSWER_OPENERS = frozenset({"girl", "man", "honestly", "look", "well", "oh"})
# A comparative of improvement asks about a fault only of what is done: "Could we have
# done better?", "Did we move sooner?"; not "Do we have a better plan?", "Should we invest
# more?".
_COMPARATIVES = frozenset("better more differently sooner earlier faster quicker".split())
_PAST_ASKING = frozenset("did was were had".split())
_NOT_PARTICIPLES = frozenset("a an the any some more better enough no to".split())
_ASSENT_WORDS = 6


def _merit_asked(asked: Sequence[str]) -> bool:
    """Whether one's own question asks about merit: "deserve to win / go through" (not
    "deserve this", "deserve to lose"), "good enough", "get it right", "play well"."""
    if not _MERITS.isdisjoint(asked):
        return True
    at = next((i for i, w in enumerate(asked) if w.startswith("deserve")), None)
    return (
        at is not None
        and asked[at + 1 : at + 2] == ["to"]
        and (asked[at + 2 : at + 3] not in (["lose"], ["be"]))
    )


def self_admission(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The match of a short assent answering the speaker's own question about a fault."""
    words = [n for n in norms if n not in SENTENCE_MARKS]
    if (
        len(words) > 1
        and words[0] in ANSWER_OPENERS
        and (words[1] in ASSENTS or words[1] in NO_ANSWERS or words[1:3] in NO_PHRASES)
    ):
        words = words[1:]  # "Honestly, no.", "Well, yes."
    if not words or len(words) > _ASSENT_WORDS:
        return []
    denied = (words[0] in NO_ANSWERS and words[1:2] != ["doubt"]) or words[:2] in NO_PHRASES
    if not denied and words[0] not in ASSENTS | {"of"}:
        return []
    if words[0] == "of" and words[1:2] != ["course"]:
        return []
    if not denied and (not NEGATOR_WORDS.isdisjoint(words) or "no" in words):
        return []
    if not recent or recent[-1][0].segment != sentence.segment:
        return []
    prior = recent[-1][1]
    if prior[-1] != "?" or _counted(matches, {sentence.index}, "concession"):
        return []
    asked = [w for w in prior[_question_start(prior) :] if w not in _FILLERS]
    while asked and asked[0] in _OPENING_FILLERS:
        asked = asked[1:]
    if len(asked) < 3 or asked[0] not in _SELF_ASKING or asked[1] not in _OWN_SUBJECTS:
        return []
    past = asked[0] in _PAST_ASKING or (
        asked[2] in ("have", "'ve") and asked[3:4] != [] and asked[3] not in _NOT_PARTICIPLES
    )
    if denied:
        if not _merit_asked(asked):
            return []
    elif _FAULTS.isdisjoint(asked) and (not past or _COMPARATIVES.isdisjoint(asked)):
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    at = norms.index(words[0])
    entry = SELF_DENIAL if denied else SELF_ADMISSION
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(at, at + 1, (entry,)),
            term=entry.pattern,
            source="concession",
            category="concession",
            weight=1.0,
            negator="",
            lexicon="concession",
            detail="an admission: assent to one's own question about a fault",
        )
    ]


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


_PREDICTED_REFUSED = "a give-way predicted of us, refused"


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
            lexicon=e.lexicon,
            detail="emphatic refusal"
            if e in (EMPHATIC_REFUSAL, EMPHATIC_COMMITMENT)
            else "elliptic refusal",
        )
        for e in entries
    ]


def sentences_in_segments(text: str, segments: Sequence[Segment]):
    """(segment index, segment, start, end, Punkt sentence number) of each sentence, cut
    at segment bounds.

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
                yield index, seg, start, end, j
            j += 1


_OPENING_MARKS = frozenset({"\u201c", '"', "``", "''", "'", "\u2018", "\u00ab"})
_CLOSING_MARKS = frozenset({"\u201d", '"', "''", "'", "\u2019", "\u00bb"})
# A second part that opens a clause keeps the comma before the cue as a clause bound:
# '"...never seen before," he said, "and I hope..."'.
_CUE_CLAUSE_OPENERS = frozenset(
    "and but or so because which who whom whose that if when while although though as "
    "since unless until whereas i we you he she they it there this these those".split()
)
_CUE_WORDS = 12  # '"...," Ms. Ortiz, the union's lead negotiator, told reporters, "..."'
_DASHES = ("\u2014", "\u2013", "--", "-")


def interrupted_lead(
    text: str,
    interrupted: tuple[Segment, int, int, int] | None,
    seg: Segment,
    span: int,
    start: int,
) -> tuple[Token, ...]:
    """The words of a quotation that a cue interrupts mid-sentence, to read its second
    part with: '"We will not," she said, "give up."' is one sentence of hers, and "give
    up" is negated. The first part must be the same speaker's quotation in the same
    sentence and end in a comma or a dash; the cue between is short and ends in a
    comma; the second part goes on in lower case. Partial quotations woven into the
    narration ('accused him of an "artful smear"') are not continuations."""
    if interrupted is None or seg.kind != "quote":
        return ()
    before, before_span, a, b = interrupted
    if before is seg or before.speaker != seg.speaker or before_span != span:
        return ()
    cue = text[b:start].split()
    dashed = bool(cue) and cue[0] in _DASHES and cue[-1] in _DASHES  # — she paused —
    if not cue or len(cue) > _CUE_WORDS or not (dashed or cue[-1].endswith(",")):
        return ()
    # the comma may stand after the closing mark: '"We will not", she said, "give up".'
    comma_outside = cue[0].startswith(",")
    words = [
        t
        for t in tokenize(text[start : seg.end])
        if t.norm not in _OPENING_MARKS and t.norm not in _DASHES
    ]
    if not words or not words[0].text[:1].islower():
        return ()
    tokens = list(tokenize(text[a:b], a))
    while tokens and tokens[-1].norm in _CLOSING_MARKS:
        tokens.pop()
    if not tokens or not (tokens[-1].norm in (",", *_DASHES) or dashed or comma_outside):
        return ()
    if tokens[-1].norm in (",", *_DASHES) and words[0].norm not in _CUE_CLAUSE_OPENERS:
        tokens.pop()  # the cue's comma, inside a clause: "We are not going to," ... "back down"
    elif comma_outside and words[0].norm in _CUE_CLAUSE_OPENERS:
        return ()  # a clause of its own: keep the bound the comma made
    while tokens and tokens[0].norm in _OPENING_MARKS:
        tokens.pop(0)
    return tuple(tokens)


def continued_matches(
    text: str, sentence: Sentence, lead: tuple[Token, ...], resources: Resources
) -> list[Match]:
    """``sentence``'s matches, read after ``lead`` (see ``interrupted_lead``). Matches that lie
    wholly in the lead were counted with the first part; one that spans the cue
    ("never," he said, "surrender") counts here, over its words in this part."""
    own = list(tokenize(text[sentence.start : sentence.end], sentence.start))
    while own and (own[0].norm in _OPENING_MARKS or own[0].norm in _DASHES):
        own.pop(0)  # the second part's opening mark, or a dash: '"— give up."'
    tokens = (*lead, *own)
    found = sentence_matches(text, sentence, [t.norm for t in tokens], resources, tokens)
    here = own[0].start if own else sentence.start
    return [
        m if m.start >= here else replace(m, start=here, text=text[here : m.end])
        for m in found
        if m.end > here
    ]


def _denial(frame: str) -> str:
    """The negator of a frame that denies the likeness itself ("this is no", "he is
    not"): "This is no Watergate" is an analogy, and a contrastive one."""
    words = frame.split()
    return next((b for a, b in pairwise(words) if a in COPULAS and b in NEGATOR_WORDS), "")


# A question quoted at the end of a statement ("I stood up to President Reagan and said,
# how can we possibly...?"): the statement before the saying is the speaker's stance.
_QUESTION_SAYING = frozenset("said say says asked ask asks told tell tells".split())
_INTERROGATIVES = frozenset(
    "who whom whose what which why how when where whether is are was were am do does did "
    "can could will would shall should may might must have has had 're 's".split()
)
_OPENING_FILLERS = frozenset("and but so now well first then or ,".split())


def _question_start(norms: Sequence[str]) -> int:
    """The token where the question of a sentence ending in "?" starts: after the last
    "said," / "asked," when the sentence does not open as a question itself (0 then)."""
    lead = 0
    while lead < len(norms) and norms[lead] in _OPENING_FILLERS:
        lead += 1
    if lead >= len(norms) or norms[lead] in _INTERROGATIVES:
        return 0
    for j in range(len(norms) - 2, lead, -1):
        if norms[j] in _QUESTION_SAYING and norms[j + 1] in (",", ":", '"', "\u201c", "``"):
            return j
    return 0


# Spoken disfluencies (1.8.0): fillers and a stuttered function word or pronoun break
# phrases ("I- I'll give her that", "has, uh, decided to delay", "We'll, uh, we'll take
# two more"). They are left out before matching; a repeated content word ("never,
# never") is emphasis and stays.
_FILLERS = frozenset({"uh", "um", "er", "erm", "uhm", "uh-huh", "mm", "hmm"})
_STUTTER_MARKS = frozenset({",", "-", "--", "\u2014", "\u2013", "..."})
_STUTTERED = frozenset(
    "i we you they he she it that this the a an to in into of on for and but if so "
    "'ll 'm 're 's 've 'd will wo do did does is are was were have has had "
    # 1.9.0: modals restart too ("I may have, uh, I may have overstated")
    "may might can ca could would should must".split()
)


def _fluent(norms: Sequence[str]) -> list[int] | None:
    """The positions of the tokens to match when ``norms`` holds fillers or a stutter
    (a pronoun or function word, or two or three, said again after a comma or dash), else
    None.
    A filler goes with the commas around it ("has, uh, decided" reads "has decided")."""
    if _DISFLUENT.isdisjoint(norms):
        return None  # most sentences: no filler, comma or dash
    n = len(norms)
    drop: set[int] = set()
    for i in compress(range(n), map(_DISFLUENT.__contains__, norms)):
        if norms[i] in _FILLERS:
            drop.add(i)
            if i + 1 < n and norms[i + 1] in _STUTTER_MARKS:  # "uh,", "uh -"
                drop.add(i + 1)
            if i and norms[i - 1] == ",":
                drop.add(i - 1)
            continue
        if not i or i in drop:
            continue
        j = i + 1  # "i - i 'll", "we , we", "i 'll , i 'll", "into , uh , into"
        while j < n and (norms[j] in _FILLERS or (norms[j] == "," and norms[j - 1] in _FILLERS)):
            j += 1
        if j == n or norms[j] not in _STUTTERED:
            continue  # a comma or a dash, no stutter: what is said again is a function word
        for size in (3, 2, 1):  # 1.9.0: three words ("I may have, uh, I may have")
            before = norms[i - size : i] if i >= size else ()
            if (
                len(before) == size
                and tuple(before) == tuple(norms[j : j + size])
                and all(u in _STUTTERED for u in before)
                and before[0][0] != "'"
            ):
                drop.update(range(i - size, j))
                break
        else:  # a restart: "that's just, that's flatly false", "we were, we are"
            for k in (1, 2):
                start = i - 2 - k
                if (
                    start >= 0
                    and norms[start] in _STUTTERED
                    and norms[start + 1][:1] == "'"
                    and tuple(norms[start : start + 2]) == tuple(norms[j : j + 2])
                    and all(u in _RESTART_FILLERS for u in norms[start + 2 : i])
                ):
                    drop.update(range(start, j))
                    break
    if not drop:
        return None
    return [i for i in range(n) if i not in drop]


_DISFLUENT = _FILLERS | _STUTTER_MARKS
_RESTART_FILLERS = frozenset(
    "just really actually simply totally honestly frankly very so like kinda also still".split()
)


# 1.8.0: a spoken question often follows a statement of the speaker's own in the same
# sentence ("I'm not sure I follow, are you saying...?", "I could be totally wrong, but
# it feels like it peaked?", "I'll grant that, but a third?", "...never say never,
# right?"). A hit in an earlier clause whose subject is *I* or *we* is stated, not asked.
_QUESTION_BOUNDS = frozenset({",", ";", ":", ".", "!", "\u2014", "--", "-", "but"})
_STATEMENT_OPENERS = frozenset(
    "and but so now well look yes okay ok sure honestly frankly maybe perhaps probably then".split()
)
_FIRST_PERSON = frozenset({"i", "we"})


def _stated_before_question(norms: Sequence[str], hit: Hit) -> bool:
    """Whether ``hit`` lies in a first-person clause before the last clause of a sentence
    that ends in a question mark."""
    lead = 0
    while lead < len(norms) and norms[lead] in _OPENING_FILLERS:
        lead += 1
    if lead >= len(norms) or norms[lead] in _INTERROGATIVES:
        return False  # "Are we as strong as we must be if we're going to...?"
    end = len(norms) - 1
    while end > 0 and (norms[end] in _QUOTE_CLOSERS or norms[end] == "?"):
        end -= 1
    if ":" in norms[hit.last : end]:
        return False  # "I must ask you: will you...?" frames the question
    bound = next((i for i in range(end, hit.last - 1, -1) if norms[i] in _QUESTION_BOUNDS), None)
    if bound is None or bound == end:
        return False
    start = hit.first
    while start > 0 and norms[start - 1] not in _QUESTION_BOUNDS and norms[start - 1] != ":":
        start -= 1
    while start < end and norms[start] in _STATEMENT_OPENERS:
        start += 1  # "and maybe I don't"
    return norms[start] in _FIRST_PERSON


def is_question(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(tokens):
        if token.norm not in _QUOTE_CLOSERS:
            return token.norm == "?"
    return False


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
    reported = clauses | other_actor_acts(tokens) if stance else frozenset()
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
        stops = occupied.keys() - set(range(hit.first, hit.last)) - see_through
        frame = sitting.get(hit.first)
        for entry in hit.entries:
            neg = (
                negation(norms, hit.first, hit.last, entry.tokens, stops)
                if negatable(entry)
                else NOT_NEGATED
            )
            if frame is not None and not neg.text and entry.category in ("concession", "resolve"):
                neg = negation(
                    norms,
                    frame.first,
                    hit.last,
                    entry.tokens,
                    stops - set(range(frame.first, hit.first)),
                )
            if entry.category == YIELDING and neg.text in COMPARATIVE_NEGATORS:
                neg = NOT_NEGATED
            category = flip(entry.category) if neg.text else entry.category
            detail = ""
            if neg.text and entry.pattern in _CERTAINTY:
                # "I cannot say for certain", "it's not certain that": uncertainty
                category, detail = "hedging", "negated certainty: uncertainty"
            # "The airline backed down": a third party's act (rule 9)
            others = hit.first in reported or (
                (entry.category != "hedging" or norms[hit.first] in HEDGE_VERBS)
                and third_party_act(tokens, hit.first, entry.tokens)
            )
            extra_resolve = False
            if (
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
                    and norms[hit.last] in _SAYING_VERBS
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
            elif category == "hedging" and _deliberative(norms, hit, entry, stance):
                category, detail = "", _DELIBERATIVE
            elif (
                category == "resolve"
                and entry.pattern == "of course"
                and not _boosting(norms, hit, occupied)
            ):
                category, detail = "", "'of course' as a discourse marker: shared knowledge"
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
                lexicon=entry.lexicon,
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


# 1.12.0: an approximate quantity is no hedge of the speaker's ("The suspect was taken
# into custody at approximately 4:40", "Test scores were up roughly three points",
# "about 40 percent"): of the sentences of the studied sets whose only hedges were these
# approximators, 18 of 19 are marked no hedge (all in blind7 to blind10 and the debates;
# the one hedge is in blind6). "give or take", "somewhere around", "ballpark" and the
# other approximators that own the guess stay hedges.
_APPROXIMATORS = frozenset(
    {"roughly", "approximately", "about #", "around #", "nearly #", "something like #", "or so"}
    | {"somewhere between"}
)
_APPROXIMATE = "an approximate quantity, not a hedge"


# 1.9.0: certainty denied is uncertainty, a hedge ("I cannot say for certain what the
# coming months will bring", "it is not certain that..."), as `not sure` is one; other
# negated resolve (a commitment, determination) counts nothing.
_CERTAINTY = frozenset(
    "for certain|for sure|am certain|'m certain|are certain|is certain|'s certain|"
    "certain that|percent sure|per cent sure|% sure|percent certain|per cent certain".split("|")
)


# 1.8.0: "we'd certainly be willing to meet them halfway": a booster of a give-way is no
# resolve, as a bare commitment to one is none (rule 8).
_BOOSTERS = frozenset({"certainly", "definitely", "absolutely", "surely", "of course"})


_SITTING = frozenset(
    {"sit here and", "stand here and", "sit back and", "sit quietly and"}
    | {"stand up here and", "sit up here and", "stand up there and"}
)


def _negative_commitment(entry: Entry) -> bool:
    """A resolve entry that is a bare commitment holding its own negator: "I'm not going
    to", "we're not gonna"."""
    return (
        entry.category == "resolve"
        and is_bare_commitment(entry.tokens)
        and any(u in NEGATOR_WORDS for u in entry.tokens)
    )


def _hedged_right_before(norms: Sequence[str], stance: Sequence[Hit], k: int) -> bool:
    """Whether an un-negated hedge ends right before hit ``k`` (or before its "that"):
    "Maybe we can do it", "I hope we can win", "I think that we can" (not a deliberative
    one)."""
    if not k:
        return False
    before, hit = stance[k - 1], stance[k]
    gap = norms[before.last : hit.first]
    return (not gap or gap == ["that"]) and any(
        e.category == "hedging"
        and not negation(norms, before.first, before.last, e.tokens).text
        and not _deliberative(norms, before, e, stance)
        for e in before.entries
    )


def _what_commitment(
    norms: list[str],
    stance: list[Hit],
    occupied: dict[int, Hit],
    k: int,
    reported: frozenset[int] = frozenset(),
) -> str:
    """Why the bare commitment of hit ``k`` ("I will", "we'll") is not resolve, or "".

    It governs an un-negated concession ("I will hand over power"): a commitment to
    give way; or a hedge governs it ("maybe we'll", "I think we will"); or it announces
    a step of the talk itself ("we're going to move on", "I'll talk about that later").
    """
    hit = stance[k]
    if procedural(norms, hit.last):
        return "discourse procedure, not a commitment"
    if _declining_to_answer(norms, hit):
        return "declining to answer: a step of the talk, not a commitment"
    if _withholding_reply(norms, hit):
        return "a reply withheld: a stand against the questioner, not a course"
    if _disclaiming(norms, stance, k):
        return "a disclaimer: declining to claim, not a commitment"
    after = norms[hit.last : hit.last + 2]
    if len(after) == 2 and after[0] == "get" and after[1].endswith(("ed", "en")):
        return "a prediction of what befalls us, not a commitment"  # "I'll get fined"
    if after[:1] and after[0] in _PREDICTED_VERBS and _warning(norms, hit.first):
        return "the consequence of a warning, not a commitment"

    def plain(other: Hit, category: str) -> bool:
        stops = occupied.keys() - set(range(other.first, other.last))
        if any(map(_negative_commitment, hit.entries)):  # "I'm not going to give up"
            stops -= set(range(hit.first, hit.last))
        return any(
            e.category == category
            and not negation(norms, other.first, other.last, e.tokens, stops).text
            and (category != "concession" or _held_out(norms, other) is None)
            for e in other.entries
        )

    if (
        k
        and same_clause(norms, stance[k - 1].last, hit.first)
        and plain(stance[k - 1], "hedging")
        and not any(_deliberative(norms, stance[k - 1], e, stance) for e in stance[k - 1].entries)
    ):
        return "hedged commitment"  # not "I think we have to": a duty asserted
    if k + 1 < len(stance) and stance[k + 1].first == hit.last and plain(stance[k + 1], "hedging"):
        return "hedged commitment"  # "We'll probably go with the same eleven"
    tag = _parenthetical_hedge(norms, stance, k)
    if tag is not None and plain(tag, "hedging"):
        return "hedged commitment (a parenthetical hedge)"  # "We'll settle, I think, by May"
    if (
        k + 1 < len(stance)
        and same_clause(norms, hit.last, stance[k + 1].first)
        and plain(stance[k + 1], "concession")
    ):
        return "commitment to a concession"
    if _carrying_out(norms, stance, k, reported, plain):
        return "carrying out a concession made before it, not a commitment"
    return ""


# 1.10.0: a bare commitment to defer, in a clause after the speaker's own concession,
# carries the concession out ("I accept the results, and I'll work with the new
# administration", "I concede the point, and I'll amend my bill", "We hear the
# criticism, and we will rewrite the code with you"): compliance, not resolve. Only
# verbs of going along (``_DEFERRING``): a pledge to make amends stays resolve, as the
# gold sets mark it ("We botched the rollout, and we are going to put it right", "...
# and I will implement it in full", "... and we will abide by it" in one set, though
# another marks it compliance). Not across a contrast ("I accept the verdict, but we
# will fight on"), nor when the commitment's clause holds a negator or a hit of its own.
_CONTRASTS = frozenset("but yet however though although still nevertheless".split())
_DEFERRING = frozenset(
    (
        "support respect amend adapt withdraw rewrite revise phase cooperate comply "
        "defer adjust modify drop accept"
    ).split()
)
_DEFERRING_PHRASES = frozenset(
    {("work", "with"), ("go", "with"), ("hand", "over"), ("live", "with"), ("vote", "for")}
)


def _carrying_out(norms: Sequence[str], stance: Sequence[Hit], k: int, reported, plain) -> bool:
    """Whether the bare commitment of hit ``k`` follows a concession of the speaker's in an
    earlier clause of the sentence, with no contrast between."""
    hit = stance[k]
    if any(map(_negative_commitment, hit.entries)) or hit.last >= len(norms):
        return False
    verb = hit.last + (norms[hit.last] in PROCEDURE_ADVERBS)
    if not (
        (norms[verb : verb + 1] and norms[verb] in _DEFERRING)
        or tuple(norms[verb : verb + 2]) in _DEFERRING_PHRASES
    ):
        return False
    end = hit.last
    while end < len(norms) and norms[end] not in SCOPE_BREAKS and norms[end] not in SENTENCE_MARKS:
        if norms[end] in NEGATOR_WORDS:
            return False
        end += 1
    if any(h.first < end for h in stance[k + 1 :]):
        return False  # "and we will appeal the ruling": a hit of its own
    for j in range(k - 1, -1, -1):
        before = stance[j]
        between = norms[before.last : hit.first]
        if not _CONTRASTS.isdisjoint(between):
            return False  # "I accept the verdict, but we will fight on"
        if (
            before.first not in reported
            and any(w in SCOPE_BREAKS for w in between)
            and plain(before, "concession")
        ):
            return True
    return False


# 1.9.0: a refusal to answer is a step of the talk, not a course of action: "I'm not
# going to comment on that", "I won't go further than that", "I'm not gonna get ahead of
# the President" (press briefings, hearings). Only negated: "we will answer any attack"
# is a pledge.
_NON_ANSWERS = frozenset("comment answer speculate elaborate characterize prejudge".split())
# 1.18.0: a reply withheld from a questioner or a charge ("I'm not going to guess", "I
# won't dignify that", "we won't be responding to it"): a stand against the one who
# asks, not a course to come (none of the 5 such sentences in the labelled sets is
# resolve). Unlike a declined comment its negator still refuses ("dignify that").
_WITHHELD = frozenset("guess dignify respond responding".split())
# "respond" withholds a reply only to a matter of the talk or at the clause's end ("we
# won't be responding to that op-ed", "I won't respond."), not to pressure ("We will
# not respond to threats": a stand) nor "in kind" (a pledge of restraint).
_RESPONDING = frozenset({"respond", "responding"})
_REPLY_OBJECTS = frozenset("it that this the those these your his her their such a any".split())
_PRESSURE_NOUNS = frozenset(
    "threat threats blackmail pressure intimidation provocation provocations violence force "
    "terror".split()
)
_NON_ANSWER_PHRASES = frozenset({("get", "ahead"), ("weigh", "in")})
# "get into / go into / go further / go beyond" decline only a matter of the talk: "I'm
# not going to get into that / the details", not "We will not get into another war".
_NON_ANSWER_MOVES = frozenset(
    {("get", "into"), ("go", "into"), ("go", "further"), ("go", "beyond")}
)
_MATTERS = frozenset(
    "that it this those these details specifics particulars names hypotheticals weeds "
    "speculation numbers here today now".split()
)
_MATTER_DETERMINERS = frozenset("the any all those these specific".split())


def _declining_to_answer(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a negated bare commitment ("I won't", "I'm not going to") governs a verb
    of answering or speculating: "I won't comment", "I'm not going to get into that"."""
    i = hit.last
    negated = any(map(_negative_commitment, hit.entries))
    if i < len(norms) and norms[i] in ("n't", "not"):
        negated, i = True, i + 1
    if not negated or i >= len(norms):
        return False
    if norms[i] in _NON_ANSWERS or tuple(norms[i : i + 2]) in _NON_ANSWER_PHRASES:
        return True
    if tuple(norms[i : i + 2]) not in _NON_ANSWER_MOVES:
        return False
    after = norms[i + 2 : i + 4]
    return (
        not after
        or after[0] in _MATTERS
        or after[0] in SENTENCE_MARKS
        or (after[0] in _MATTER_DETERMINERS and after[1:2] != [] and after[1] in _MATTERS)
    )


def _withholding_reply(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a negated bare commitment governs a verb of replying (``_WITHHELD``):
    "I'm not going to guess", "we won't be responding to it"."""
    i = hit.last
    negated = any(map(_negative_commitment, hit.entries))
    if i < len(norms) and norms[i] in ("n't", "not"):
        negated, i = True, i + 1
    if i + 1 < len(norms) and norms[i] == "be" and norms[i + 1].endswith("ing"):
        i += 1  # "we won't be responding"
    return negated and i < len(norms) and norms[i] in _WITHHELD and _reply_withheld(norms, i)


def _reply_withheld(norms: Sequence[str], i: int) -> bool:
    """Whether the verb of replying at ``i`` withholds a reply to the talk ("respond to
    that", "respond."), not a response to pressure or in kind."""
    if norms[i] not in _RESPONDING:
        return True  # "guess", "dignify"
    after = norms[i + 1 : i + 5]
    if not after or after[0] in SENTENCE_MARKS:
        return True
    return (
        after[0] == "to"
        and after[1:2] != []
        and after[1] in _REPLY_OBJECTS
        and (_PRESSURE_NOUNS.isdisjoint(after))
    )


def _declined_negators(norms: Sequence[str], stance: Sequence[Hit]) -> frozenset[int]:
    """The positions of the negators of bare commitments that decline to answer ("I
    won't comment on the negotiations"), with the commitment's own tokens (1.11.0)."""
    found: set[int] = set()
    for hit in stance:
        if any(map(_bare_commitment_entry, hit.entries)) and _declining_to_answer(norms, hit):
            found.update(range(hit.first, min(len(norms), hit.last + 1)))
    return frozenset(found)


_COMMENTING = frozenset("comment comments commenting speculate speculating elaborate".split())
_TOPIC_DETERMINERS = frozenset("the any these those their ongoing current".split())


def _commented_topic(norms: Sequence[str], first: int) -> bool:
    """Whether the hit at ``first`` is the topic of a comment ("comment on the
    negotiations", "speculate about any settlement"): a matter talked about (1.11.0)."""
    i = first - 1
    while i >= 0 and first - i <= 2 and norms[i] in _TOPIC_DETERMINERS:
        i -= 1
    return i >= 1 and norms[i] in ("on", "about") and norms[i - 1] in _COMMENTING


def _bare_commitment_entry(entry: Entry) -> bool:
    return entry.category == "resolve" and is_bare_commitment(entry.tokens)


# 1.9.0: "I'm not gonna sit here and tell you we've got it all figured out", "I'm not
# going to stand up here and promise you something I can't deliver": the negation is of
# a claim, not of a course of action; the speaker declines to claim (an admission or
# candour), and neither the commitment nor the frame is a refusal. "I'm not going to
# stand here and apologize" (no saying after the frame) stays one.
_DISCLAIMED = frozenset(
    "tell say pretend claim promise suggest guarantee predict sugarcoat whitewash".split()
)
# 1.13.0: a candour frame. Declining to pretend or to act as if something were so
# concedes that it is not ("I'm not going to sit here and pretend we handled the rollout
# well", "I'm not gonna sit here and act like I'm some kind of expert"): an admission.
# Not "tell you" (what follows may be the hearer's wish: "tell you what you want to
# hear").
_CANDOUR = "a candour frame: what is not pretended is admitted"
_PRETENDING = frozenset({"pretend", "act", "sugarcoat", "whitewash"})


def _candour(norms: Sequence[str], frame: Hit) -> bool:
    """Whether a negated sitting frame is followed by *pretend* or *act like / as if*,
    and a clause of its own ("pretend we...", "act like I'm...")."""
    at = frame.last
    if at >= len(norms) or norms[at] not in _PRETENDING:
        return False
    if norms[at] == "act":
        return norms[at + 1 : at + 2] == ["like"] or norms[at + 1 : at + 3] == ["as", "if"]
    return True


_DISCLAIMER = "a disclaimer: declining to claim, not a refusal"


def _disclaims(norms: Sequence[str], frame: Hit) -> bool:
    """Whether a sitting frame ("sit here and") is followed by a verb of saying, or by
    *act like / as if* (not "act on rumours": a refusal)."""
    if frame.last < len(norms) and norms[frame.last] == "act":
        return _candour(norms, frame)
    return frame.last < len(norms) and norms[frame.last] in _DISCLAIMED


def _disclaiming(norms: Sequence[str], stance: Sequence[Hit], k: int) -> bool:
    """Whether the bare commitment of hit ``k`` governs a sitting frame followed by a
    verb of saying ("I'm not gonna sit here and tell you...")."""
    if k + 1 >= len(stance) or not same_clause(norms, stance[k].last, stance[k + 1].first):
        return False
    frame = stance[k + 1]
    return any(e.pattern in _SITTING for e in frame.entries) and _disclaims(norms, frame)


# 1.9.0: a hedge set off by commas after a commitment in its clause qualifies it as much
# as one before it: "We'll resolve the dispute, I think, before the end of the month",
# "we'll win it, probably." (Holmes 1990: a parenthetical epistemic tag).
_PARENTHETICAL = frozenset(
    "i think|i believe|i guess|i suppose|i suspect|i hope|i imagine|probably|perhaps|maybe|"
    "hopefully".split("|")
)


# 1.15.0: disbelief put to the adversary is a question by form only ("And you expect
# this jury to believe that?", "Do you really expect us to believe..."): the second person
# and "believe" in a defiance entry.
def _disbelief(entry: Entry) -> bool:
    """Whether a defiance entry puts disbelief to its hearer ("you expect us to believe")."""
    return entry.category == "defiance" and "you" in entry.tokens[:4] and "believe" in entry.tokens


_TAG_ENDS = frozenset({",", ".", "!", "?", ";", "\u2014", "--"})
_TAG_BREAKS = frozenset({".", "!", "?", ";", ":", "and", "but", "because", "so", "if", "when"})


def _parenthetical_hedge(norms: Sequence[str], stance: Sequence[Hit], k: int) -> Hit | None:
    """The next hit after the bare commitment ``k`` if it is a hedge of ``_PARENTHETICAL``
    between a comma and a comma or the sentence's end, with no clause opening between."""
    if k + 1 >= len(stance):
        return None
    hit, tag = stance[k], stance[k + 1]
    if not any(e.pattern in _PARENTHETICAL for e in tag.entries):
        return None
    if tag.first == 0 or norms[tag.first - 1] != ",":
        return None
    if tag.last < len(norms) and norms[tag.last] not in _TAG_ENDS:
        return None  # "we'll fight, maybe not today": a clause of its own
    if any(n in _TAG_BREAKS for n in norms[hit.last : tag.first]):
        return None
    return tag


# 1.8.0: "If we don't pick up points, we'll be in a scrap": the consequence of a negative
# condition is a warning, not a commitment ("If elected, I will be..." is not negative).
_PREDICTED_VERBS = frozenset("be have end lose face get pay".split())
_IF_LEADS = frozenset("and but so because now well look".split()) | {","}


_CONDITIONS = frozenset({"if", "unless"})
# What may stand between *if* and its negator: "if we don't", "if the states can't",
# "if Iran has not". The subject is one pronoun or up to three other words: "If we lose
# we will never give up" has a clause of its own before the negator's.
_CONDITION_AUX = frozenset(
    "do does did have has had can could will would should shall is are was were am "
    "'s 're 'm 've wo ca".split()
)
_CONDITION_PRONOUNS = frozenset("i we you they he she it".split())
_CONDITION_SUBJECT = 3


def _conditioned(norms: Sequence[str], negators: range) -> bool:
    """Whether a negator opens an *if* clause, right after *if* and its subject ("if we
    don't come clean", "unless the states can't"): the give-way it negates is a
    condition, not refused."""
    i = min(negators, default=0) - 1
    while i >= 0 and norms[i] in _CONDITION_AUX:
        i -= 1
    if i >= 0 and norms[i] in _CONDITION_PRONOUNS:
        return i >= 1 and norms[i - 1] in _CONDITIONS
    start = i
    while i >= 0 and start - i < _CONDITION_SUBJECT and norms[i].isalpha():
        if norms[i] in _CONDITIONS:
            return i < start
        if norms[i] in _CONDITION_PRONOUNS:
            return False
        i -= 1
    return i >= 0 and i < start and norms[i] in _CONDITIONS


def _warning(norms: Sequence[str], first: int) -> bool:
    """Whether the clause ending before ``first`` (at a comma) is an *if* clause with a
    negator: "If we don't act, ...", "if they can't agree, ..."."""
    if not first or norms[first - 1] != ",":
        return False
    start = first - 2
    while (
        start >= 0 and norms[start] not in ("if", "unless") and norms[start] not in SENTENCE_MARKS
    ):
        start -= 1
    if start < 0 or norms[start] not in ("if", "unless"):
        return False
    if any(n not in _IF_LEADS for n in norms[:start]):
        return False
    return norms[start] == "unless" or not NEGATOR_WORDS.isdisjoint(norms[start:first])


# Courtesy and acknowledgment (1.8.0): "I'm sure you'll all agree", "I'm sure the witness
# has had a chance", "I know the governor well", "I know a lot of you drove in", "I know
# it's been a long night": a certainty about another person or a shared fact is no
# commitment of the speaker's ("I'm sure we'll find common ground", "I know exactly what
# to do", "I know for a fact" are).
_COURTESY_ENTRIES = frozenset({"'m sure", "am sure", "i know"})
_COURTESY_NEXT = frozenset(
    "you your you 're the a an he she they him her them his their everyone everybody "
    "some many lots people folks how both".split()
)
_COURTESY_PRONOUNS = frozenset("you your he she they".split())
_ACKNOWLEDGED = (("it", "'s", "been"), ("it", "has", "been"), ("it", "was"), ("it", "'s", "hard"))


def _courtesy(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether a resolve hit of ``_COURTESY_ENTRIES`` is courtesy or acknowledgment."""
    if entry.pattern not in _COURTESY_ENTRIES:
        return False
    i = hit.last
    if i >= len(norms):
        return False
    if norms[i] == "that" and i + 1 < len(norms) and norms[i + 1] in _COURTESY_PRONOUNS:
        return True  # "I know that you and your running mate keep saying that"
    if norms[i] == "how" and i + 1 < len(norms) and norms[i + 1] == "to":
        return False  # "I know how to fix it": a claim of competence
    if norms[i] in _COURTESY_NEXT:
        return True
    return any(tuple(norms[i : i + len(a)]) == a for a in _ACKNOWLEDGED)


# 1.10.0: a doubt denied is no certainty of the speaker's (1) as courtesy to another:
# "I don't doubt for a second that you mean well", "I don't doubt it." (the addressee's
# word granted); (2) as the adverb of presumption between an auxiliary and its verb: "The
# department has no doubt received your request", "you will no doubt have heard".
_FOR_A_MOMENT = (
    ("for", "a", "second"),
    ("for", "a", "moment"),
    ("for", "a", "minute"),
    ("for", "one", "second"),
    ("for", "one", "moment"),
)
_PRESUMING_AUX = frozenset("has have had 've 's is are was were will 'll would".split())


# After "has no doubt" / "will no doubt": a participle or a base form ("You have no doubt
# heard", "she will no doubt know"), irregular ones included.
_PRESUMED_VERBS = frozenset(
    "be have know hear see heard seen read got made met felt found thought told said "
    "kept left lost paid sent spent understood".split()
)


def _doubt_acknowledged(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether a negated *doubt* grants another's word or presumes, rather than asserts."""
    if entry.category != "hedging" or not norms[hit.first].startswith("doubt"):
        return False
    before = norms[hit.first - 1] if hit.first else ""
    if before == "no" and hit.first >= 2 and norms[hit.first - 2] in _PRESUMING_AUX:
        after = norms[hit.last] if hit.last < len(norms) else ""
        return after.endswith(("ed", "en")) or after in _PRESUMED_VERBS
    if before not in ("n't", "not", "never") or norms[hit.first] != "doubt":
        return False
    i = hit.last
    taken_it = (
        i < len(norms)
        and norms[i] in ("it", "that")
        and (i + 1 == len(norms) or norms[i + 1] in SENTENCE_MARKS or norms[i + 1] == "for")
    )
    i += taken_it
    for m in _FOR_A_MOMENT:
        if tuple(norms[i : i + len(m)]) == m:
            i += len(m)
            break
    if taken_it:
        return i == len(norms) or norms[i] in SENTENCE_MARKS
    return tuple(norms[i : i + 2]) in (("that", "you"), ("that", "your")) or (
        i < len(norms) and norms[i] in ("you", "your")
    )


# Deliberative "I think" (Holmes 1990), "I believe", "I would say": before a claim the
# speaker drives home with a duty ("I think that we have to return"), a booster ("I think
# we all know", "simply") or a verdict after a copula ("I think we were right to pass
# it", "That, I think, is a mistake"), it asserts an opinion; it hedges only a claim left
# open. Another hedge in the sentence ("I think, and I could be wrong,", "maybe") keeps
# it a hedge.
_DELIBERATIVE = "'I think' asserting an opinion (a duty, booster or verdict follows): no hedge"
_DELIBERATIVE_ENTRIES = frozenset({"i think", "i believe", "i would say", "i 'd say"})
_DUTIES_AND_BOOSTERS = (
    *((word,) for word in "must should gotta absolutely clearly obviously simply".split()),
    *((word,) for word in "certainly definitely".split()),
    *((word, "to") for word in "have has need needs ought got".split()),
    ("of", "course"),
    ("all", "know"),
)
_DUTY_HEADS = frozenset(m[0] for m in _DUTIES_AND_BOOSTERS)
_OPINION_VERDICTS = (
    ("wrong",),
    ("right",),
    ("correct",),
    ("a", "mistake"),
    ("the", "right"),
    ("the", "correct"),
)
_CLAUSE_STOPS = frozenset({".", ";", "?", "!", ":", ",", "but", "and", "if", "because", "so"})
_MODALS = frozenset({"should", "must"})
_THINGS = frozenset({"it", "that", "this", "there", "which"})
_PLACES = frozenset(
    "next here there now behind in on at by around back away after before about across "
    "outside inside up down over under off".split()
)


def _deliberative(norms: Sequence[str], hit: Hit, entry: Entry, stance: Sequence[Hit]) -> bool:
    """Whether an "I think" hedge hit asserts an opinion in its clause rather than
    hedging it (see ``_DELIBERATIVE``)."""
    if entry.pattern not in _DELIBERATIVE_ENTRIES or any(
        h is not hit and any(e.category == "hedging" for e in h.entries) for h in stance
    ):
        return False
    # The clause it governs: after it ("I think that we have to"), and before it only
    # when it is set off by commas ("That, I think, is a mistake"); not an "if" clause
    # before it, nor another clause after "and".
    after = hit.last + 1 if hit.last < len(norms) and norms[hit.last] == "," else hit.last
    end = next((i for i in range(after, len(norms)) if norms[i] in _CLAUSE_STOPS), len(norms))
    words = list(norms[after:end])
    if hit.first and norms[hit.first - 1] == "," and after > hit.last:
        begin = next((i + 1 for i in range(hit.first - 2, -1, -1) if norms[i] in _CLAUSE_STOPS), 0)
        words = [*norms[begin : hit.first - 1], *words]
    for i, word in enumerate(words):
        epistemic = word in _MODALS and i and words[i - 1] in _THINGS  # "it should arrive"
        if (
            not epistemic
            and word in _DUTY_HEADS
            and any(tuple(words[i : i + len(m)]) == m for m in _DUTIES_AND_BOOSTERS)
        ):
            return True
        if word in VERDICT_COPULAS:
            at = i + 2 if i + 1 < len(words) and words[i + 1].endswith("ly") else i + 1
            verdict = next(
                (v for v in _OPINION_VERDICTS if tuple(words[at : at + len(v)]) == v), None
            )
            if verdict and not (
                at + len(verdict) < len(words) and words[at + len(verdict)] in _PLACES
            ):
                return True  # not "right next to the bank"
    return False


# 1.8.0: "of course" in speech mostly marks shared knowledge ("The answer, of course, is
# that...", "Of course, we are 5 percent of the world's population", "Could we have done
# more? Of course, and..."); it is resolve when it boosts a commitment next to it ("we will
# of course defend our allies", "of course we're going to protect it").
_COMMITTING_NEAR = frozenset({"will", "'ll", "shall", "wo", "must", "going", "gonna"})


def _boosting(norms: Sequence[str], hit: Hit, occupied: dict[int, Hit]) -> bool:
    """Whether a commitment's auxiliary, or a hit of resolve or defiance ("No surrender,
    of course."), stands within three words of ``hit``."""
    near = [*range(max(0, hit.first - 3), hit.first), *range(hit.last, hit.last + 3)]
    return any(
        i < len(norms)
        and (
            norms[i] in _COMMITTING_NEAR
            or (
                i in occupied
                and occupied[i] is not hit
                and any(e.category in ("resolve", "defiance") for e in occupied[i].entries)
            )
        )
        for i in near
    )


# Irony: an opening of mock assent, then a give-way with a scornful "just" or
# "absolutely" ("Sure, we'll just roll over", "Oh, absolutely, we'll surrender the moment
# they ask nicely") or a first-person fear ("Oh, I'm so scared of him").
_MOCK_OPENERS = frozenset({"oh", "sure", "yeah", "right"})
_SCORN = frozenset(
    {"just", "absolutely", "course", "certainly", "definitely", "totally", "happily", "gladly"}
)
_COPULAS = frozenset({"'m", "am", "'re", "are", "so", "really", "very", "truly"})


def _after_copula(norms: Sequence[str], first: int) -> bool:
    """Whether a fear word follows "I'm", "we are", "so" or "really" ("I'm so scared")."""
    return first > 0 and norms[first - 1] in _COPULAS


def _mocking(norms: Sequence[str], stance: list[Hit]) -> bool:
    """Whether the sentence mocks a give-way or a fear: see ``_MOCK_OPENERS``."""
    lead = 1 if norms and norms[0] in OPEN_QUOTES else 0
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


# A modal in a concessive free relative is no hedge: "whatever the bankers may say",
# "however hard it may be", "no matter what they might think".
_CONCESSIVE_OPENERS = frozenset("whatever however whoever wherever whichever matter".split())
_DEFYING_OPENERS = frozenset({"whatever", "matter"})
_CONCESSIVE_MODALS = frozenset({"may", "might"})
_CONCESSIVE_REACH = 6
_SAYING_VERBS = frozenset("say think claim believe write tell threaten demand want".split())


def _concessive(
    norms: Sequence[str], hit: Hit, entry: Entry, openers: frozenset[str] = _CONCESSIVE_OPENERS
) -> bool:
    """Whether a hedging modal stands in a concessive clause ("whatever X may say", "no
    matter what they might think") opened by one of ``openers``; or, for the default
    openers, a modal or "seem" in a comparison or an aside ("it hasn't been as bad as it
    may seem", "as you may recall", "harder than it seems")."""
    if openers is _CONCESSIVE_OPENERS and _as_it_seems(norms, hit.first, entry.tokens[0]):
        return True
    if entry.tokens[0] not in _CONCESSIVE_MODALS:
        return False
    for j in range(hit.first - 1, max(-1, hit.first - 1 - _CONCESSIVE_REACH), -1):
        if norms[j] in CLAUSE_ENDS:
            return False
        if norms[j] in openers and (norms[j] != "matter" or (j and norms[j - 1] == "no")):
            return True
    return False


def _as_it_seems(norms: Sequence[str], first: int, word: str) -> bool:
    """Whether a modal or "seem" follows "as" or "than" and a pronoun subject (and, for
    "seem", maybe a modal): "as it may seem", "as you may recall", "than it seems"."""
    if word not in _CONCESSIVE_MODALS and word not in _SEEMS:
        return False
    j = first - 1
    if word in _SEEMS and j >= 0 and norms[j] in _CONCESSIVE_MODALS:
        j -= 1
    return j >= 1 and norms[j] in _AS_SUBJECTS and norms[j - 1] in ("as", "than")


_SEEMS = frozenset({"seem", "seems", "seemed"})
_AS_SUBJECTS = frozenset("it you they he she we i this that".split())


def _granting(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether "may" or "might" after another's subject grants a point that a later
    "but" turns against ("They may have the money, but we have the people"); not after
    "I" or "we" ("I may be wrong, but ...": the speaker's hedge) nor "it", "this",
    "that", "there" ("It may be too strong to call it that, but ...")."""
    if entry.tokens != ("may",) and entry.tokens != ("might",):
        return False
    subject = norms[hit.first - 1] if hit.first else ""
    if not subject.isalpha() or subject in _OUR_SIDE or subject in _IMPERSONAL:
        return False  # "It may be too strong to call it that, but...": a hedge
    for j in range(hit.last, min(len(norms), hit.last + _GRANT_REACH)):
        if norms[j] == "but":
            return True
        if norms[j] in SENTENCE_END or norms[j] in _NOT_GRANTING:
            return False
        if norms[j] == "," and (j + 1 == len(norms) or norms[j + 1] != "but"):
            return False  # "you might end up with ..., and he's a bad guy, but"
    return False


_GRANT_REACH = 14
# Words that open another clause between the modal and "but": its "but" is not the turn
# ("her parents might be deported, because she was born here but they were not").
_NOT_GRANTING = frozenset("because which who whom whose how what when if that since".split())


_IMPERSONAL = frozenset({"it", "this", "that", "there", "who", "which"})
_UNTIL = frozenset({"until", "till", "unless"})
_STAND_CUES = FUTURE | {"not", "n't", "never", "no"}
_UNTIL_REACH = 6
_ONLY_WHEN = frozenset({("only", "when"), ("only", "if"), ("only", "after"), ("not", "until")})


def _held_out(norms: Sequence[str], hit: Hit) -> int | None:
    """Where a give-way is made a condition on the other side, or None: after "until"
    or "unless" with another subject ("until the ministry backs down": the position of
    "until"), or followed in its clause by "only when", "only if", "not until" ("we will
    lay down our arms only when they leave": the position of the hit)."""
    j = hit.first - 1
    while j >= 0 and norms[j] not in CLAUSE_ENDS:
        if norms[j] in _UNTIL:
            between = range(j + 1, hit.first)
            if any(norms[i] in _OUR_SIDE for i in between) or not 0 < len(between) < _UNTIL_REACH:
                return None
            # a stand to come, not a narrative ("we waited until they withdrew")
            return j if any(norms[i] in _STAND_CUES for i in range(j)) else None
        j -= 1
    k = hit.last
    while k + 1 < len(norms) and norms[k] not in CLAUSE_ENDS:
        if (norms[k], norms[k + 1]) in _ONLY_WHEN:
            return hit.first
        k += 1
    return None


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
    if OPEN_QUOTES.keys().isdisjoint(norms):
        return frozenset()  # no quotation: most sentences
    inside: set[int] = set()
    i = 0
    while i < len(norms):
        close = OPEN_QUOTES.get(norms[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < len(norms) and j - i <= _QUOTE_LIMIT + 1 and norms[j] != close:
            j += 1
        if j < len(norms) and norms[j] == close:
            span = range(i + 1, j)
            cue = norms[i - 1] if i else before
            if cue in _MENTION_CUES and not any(norms[k] in SENTENCE_MARKS for k in span):
                inside.update(span)
            i = j + 1
        else:
            i += 1
    return frozenset(inside)


# What a short reply's words are read without ("Well, they won't.": ``_refuses_presumption``)
_NOT_REPLY_WORDS = SENTENCE_MARKS | {"well", "no", "oh"}


# Subjects that make a predicted give-way the speaker's side's ("they say we will cave").
_OUR_SIDE = frozenset({"we", "us", "i", "me"})
_SUBJECTS = _OUR_SIDE | {"you", "they", "he", "she", "it"}
_REBUTTAL_BREAKS = frozenset({";", ".", "!", "?", ":", "but", "\u2014", "--"})


def _at_us(entry: Entry) -> bool:
    """Whether a defiance entry has the speaker as its object ("misjudged us",
    "underestimate me"): another's act, but the speaker's stance."""
    return entry.category == "defiance" and any(u in ("us", "me") for u in entry.tokens)


def _predicted_of_us(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a give-way's subject is the speaker's side ("they say we will cave",
    "they think we're finished")."""
    if norms[hit.first] in _OUR_SIDE:
        return True
    start = hit.first
    while start > 0 and norms[start - 1] not in _REBUTTAL_BREAKS | _SUBJECTS:
        start -= 1
    return start > 0 and norms[start - 1] in _OUR_SIDE


def _rebutted(norms: Sequence[str], stance: list[Hit], k: int) -> bool:
    """Whether concession hit ``k``, inside a reported clause, is a give-way that
    someone predicts of the speaker's side ("we") and that a later clause rebuts with a
    defiance entry ("they are mistaken", "they don't know us")."""
    hit = stance[k]
    if not _predicted_of_us(norms, hit):
        return False
    return any(
        e.category == "defiance"
        and any(norms[i] in _REBUTTAL_BREAKS for i in range(hit.last - 1, later.first))
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
    """A match over ``tokens[span.first:span.last]`` of ``sentence``, its text to the
    end of the word its last token ends inside ("We wo" of "We won't" shows as "We
    won't", "gon" of "gonna" as "gonna")."""
    start, end = tokens[span.first].start, tokens[span.last - 1].end
    while end < len(text) and (
        text[end].isalpha()
        or (text[end] in "'\u2019" and end + 1 < len(text) and text[end + 1].isalpha())
    ):
        end += 1
    return Match(
        sentence=sentence.index,
        text=text[start:end],
        start=start,
        end=end,
        negated=bool(fields["negator"]),
        **fields,
    )
