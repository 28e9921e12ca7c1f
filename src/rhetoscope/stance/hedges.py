"""Hedges that are none, and uncertainty that is one: an approximate quantity, the
deliberative "I think" before a booster or a verdict and a belief (held or denied)
before a duty, a belief denied that rejects ("I don't believe him."), the modal of a
concessive clause or of a comparison ("as it may seem"), a modal granting a point before
"but"; and certainty denied ("I cannot say for certain"), which is a hedge."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import CLAUSE_ENDS, SENTENCE_END, SENTENCE_MARKS, VERDICT_COPULAS
from ..constructions.shared import PERSON_TITLES
from ..lexicon import Entry
from ..matcher import Hit
from .shared import _DASHES, _OUR_SIDE

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


# Deliberative "I think" (Holmes 1990), "I believe", "I would say": before a claim the
# speaker drives home with a booster ("I think we all know", "simply") or a verdict after
# a copula ("I think we were right to pass it", "That, I think, is a mistake"), it
# asserts an opinion; so does a belief, held or denied, before a duty ("I believe we
# should not go to the summit", "I don't believe we ought to have amnesty"); it hedges a
# claim left open, and a duty after "I think" ("I think we have to grab it"). Another
# hedge in the sentence ("I think, and I could be wrong,", "maybe") keeps it a hedge.
_DELIBERATIVE = (
    "an opinion or conviction asserted (a booster, verdict, duty or our ability follows): no hedge"
)
# 1.21.0: a negated belief ("I don't believe that our strength is increasing") hedges as
# "I don't think" does; see ``_CONVICTIONS`` and ``_rejecting`` for when it does not.
_NEGATED_BELIEFS = frozenset(
    {"i do n't believe", "i do not believe", "we do n't believe", "we do not believe"}
)
# (1.20.0: and the spokesman's "we think", "we believe": "We think that's wrong and
# we'll fight it")
_DELIBERATIVE_ENTRIES = frozenset(
    {"i think", "i believe", "i would say", "i 'd say", "we think", "we believe"}
    | {"i still think", "i also think", "i really think"}
    | {"i do think"}  # 1.27.0: as "I really think"
    | _NEGATED_BELIEFS
)
# 1.21.0: a duty after "I think" ("I think we have to grab it", "I also think that we
# should give visas", "I think he should resign") is the opinion it hedges: the readers
# of real speech mark all 11 such sentences of stance_news and stance_debates2 hedges
# (and none of them resolve). A duty after "I believe" ("I believe that we have to
# eliminate the earmarks", "I believe law-abiding citizens ought to be allowed...") is a
# conviction stated, no hedge, in every set (0 of 5); so is one after a belief denied
# ("I don't believe we ought to pay our bills through inflation", "We don't believe
# that law enforcement should delegate their responsibilities"), the same position
# held against its opposite.
_DUTIES = (
    *((word,) for word in "must should gotta".split()),
    *((word, "to") for word in "have has need needs ought got".split()),
)
_CONVICTIONS = frozenset({"i believe", "we believe"} | _NEGATED_BELIEFS)
_BOOSTERS_AFTER = (
    *((word,) for word in "absolutely clearly obviously simply certainly definitely".split()),
    ("of", "course"),
    ("all", "know"),
)
# What asserts the claim after each deliberative entry: a booster, and for a conviction a
# duty too.
# 1.22.0: and a belief held in what we can do ("I believe we can do it", "And I believe
# that we can bind our wounds", "I believe that we can together do things"): a
# conviction, no hedge (the readers of real speech, 2 of 2, and none marks it resolve);
# a belief denied in it stays a doubt ("I don't believe we can win").
_ABILITIES = (("we", "can"), ("i", "can"))
_HELD_BELIEFS = frozenset({"i believe", "we believe"})
_ASSERTING = {
    pattern: (
        (*_DUTIES, *_BOOSTERS_AFTER, *(_ABILITIES if pattern in _HELD_BELIEFS else ()))
        if pattern in _CONVICTIONS
        else _BOOSTERS_AFTER
    )
    for pattern in _DELIBERATIVE_ENTRIES
}
_ASSERTING_HEADS = frozenset(m[0] for m in (*_DUTIES, *_BOOSTERS_AFTER, *_ABILITIES))

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
# 1.23.1: what a modal predicts of an event, whatever its subject: "the parcel should
# arrive by Friday", "the train should be on time", "the repairs should be done by
# June" (a likelihood, so the belief over it stays a hedge), not a duty ("the next
# president should visit the border").
_EXPECTED = (
    ("arrive",),
    ("land",),
    ("last",),
    *(("be", word) for word in "ready done finished complete over fine".split()),
    ("be", "on", "time"),
)


def _expected(words: Sequence[str], modal: int) -> bool:
    """Whether the modal at ``modal`` predicts an event (``_EXPECTED``) after it: not of
    a person ("we must be ready"), nor with a purpose or a matter after it ("more should
    be done to help", "America should be ready to defend", "must be done about")."""
    if modal and words[modal - 1] in _PERSONS:
        return False
    for e in _EXPECTED:
        end = modal + 1 + len(e)
        if tuple(words[modal + 1 : end]) == e:
            return end >= len(words) or words[end] not in _PURPOSES
    return False


_PERSONS = frozenset("i we you they he she everyone everybody someone somebody".split())
_PURPOSES = frozenset("to for about with".split())


_THINGS = frozenset({"it", "that", "this", "there", "which"})
_PLACES = frozenset(
    "next here there now behind in on at by around back away after before about across "
    "outside inside up down over under off".split()
)


# 1.23.0: a belief may govern a condition and then its main clause ("I believe if we
# have a good balanced approach, we can get the banks loaning again", "I believe that if
# we find children trapped in failing schools, we need to free the parents"): the claim
# it asserts is the main clause after the condition's comma (3 of 3 in the debates).
_CONDITION_REACH = 25


def _past_condition(norms: Sequence[str], at: int) -> int:
    """Where the clause governed from ``at`` goes on: past a leading "(that) if ...,"
    condition to its main clause; else ``at``."""
    k = at + 1 if norms[at : at + 1] == ["that"] else at
    if norms[k : k + 1] != ["if"]:
        return at
    for i in range(k + 1, min(len(norms), k + _CONDITION_REACH)):
        if norms[i] == ",":
            return i + 1
        if norms[i] in SENTENCE_MARKS:
            return at
    return at


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
    after = _past_condition(norms, after)
    end = next((i for i in range(after, len(norms)) if norms[i] in _CLAUSE_STOPS), len(norms))
    words = list(norms[after:end])
    if hit.first and norms[hit.first - 1] == "," and after > hit.last:
        begin = next((i + 1 for i in range(hit.first - 2, -1, -1) if norms[i] in _CLAUSE_STOPS), 0)
        words = [*norms[begin : hit.first - 1], *words]
    asserting = _ASSERTING[entry.pattern]
    for i, word in enumerate(words):
        # "it should arrive", "the parcel should arrive by Friday"
        epistemic = word in _MODALS and ((i and words[i - 1] in _THINGS) or _expected(words, i))
        if (
            not epistemic
            and word in _ASSERTING_HEADS
            and any(tuple(words[i : i + len(m)]) == m for m in asserting)
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
    return entry.pattern in _HELD_BELIEFS and _duty_past_a_long_subject(norms, after)


# 1.23.0: a belief held may govern a duty past a long subject or an aside that the clause
# stops above end early ("I believe that discipline and respect for the law - all of
# these things should be taught...", "I believe, when an international body speaks, it
# must mean what it says", "I believe that any law-abiding, tax-paying citizen ... ought
# to have..."): still a conviction (7 of 8 such sentences in the debates; the eighth, "I
# believe if my opponent should win", is a condition's "should", left out below).
_WIDE_STOPS = frozenset({".", ";", "?", "!", ":", "but"})
_WIDE_REACH = 20
_IF_REACH = 3  # "if he should", "if my opponent should"


def _duty_past_a_long_subject(norms: Sequence[str], after: int) -> bool:
    """Whether a duty (``_DUTIES``) follows ``after`` within ``_WIDE_REACH`` tokens of
    its sentence before "but", not as a thing's likelihood ("it should arrive") nor in a
    condition ("if he should win")."""
    end = next(
        (i for i in range(after, min(len(norms), after + _WIDE_REACH)) if norms[i] in _WIDE_STOPS),
        min(len(norms), after + _WIDE_REACH),
    )
    for i in range(after, end):
        if not any(tuple(norms[i : i + len(m)]) == m for m in _DUTIES):
            continue
        if (
            norms[i - 1] in _THINGS
            or "if" in norms[max(after, i - _IF_REACH) : i]
            or _expected(norms, i)
        ):
            continue
        return True
    return False


# 1.21.0: a belief denied rejects rather than hedges when what follows leaves no claim
# open: a creed ("I don't believe in trickle-down government", also past an aside: "I
# don't believe, like the vice president does, in huge government"), a person or their
# word ("I don't believe him.", "I don't believe you, Marcus.", "I don't believe a
# single word of it", "I don't believe for a minute that he cares"), a claim ("I don't
# believe that.", "I don't believe this!", "I don't believe that's true"); or the belief
# is corrected to knowledge ("I don't believe, I know, that the lawsuits...").
_OBJECT_PRONOUNS = frozenset({"him", "them", "me", "us", "'em"})
_ADDRESSED = frozenset({"you", "her"})  # objects before a clause's end only ("you will")
_CLAIMS = frozenset({"that", "this", "it"})
_CLAIM_COPULAS = frozenset({"'s", "is", "was"})
_TRUE = frozenset("true so right correct accurate fair".split())
_ONE_WORD = frozenset({"a", "one", "any"})
_WORDS = frozenset({"word", "words"})
_KNOWING = (("i", "know"), ("we", "know"))
_ASIDE = 8
_REJECTION = "a belief denied that rejects a creed, a person or a claim: no hedge"


# 1.22.0: a person or a claim disbelieved rebuffs the other side, as "I don't buy that"
# does (defiance): "I don't believe him.", "I don't believe a single word of it", "I
# don't believe that at all" (both readers of stance_debates3); a creed rejected ("I
# don't believe in trickle-down government") or a belief corrected to knowledge is no
# stand against anyone. Review of 1.22.0: nor is surprise at what befell ("I don't
# believe it! We won!", "I just don't believe it."), and a verdict doubted then left to
# be checked ("I don't believe that's correct, but let me check") stays a hedge.
_DISBELIEF = "a person or a claim disbelieved: a rebuff"
DISBELIEF = "disbelief"  # the kind of ``_rejected`` that rebuffs


_AT_ALL = ("at", "all")


def _rejected(norms: Sequence[str], hit: Hit, entry: Entry) -> str:
    """What a negated belief rejects rather than hedges a claim with (``DISBELIEF``: a
    person or a claim, a rebuff; else a creed, the speaker's conviction, surprise or a
    belief corrected to knowledge, no stance), or "" when it hedges a claim left open."""
    if entry.pattern not in _NEGATED_BELIEFS:
        return ""
    i = hit.last
    if i < len(norms) and norms[i] in (",", *_DASHES):
        if tuple(norms[i + 1 : i + 3]) in _KNOWING:
            return "knowing"  # "I don't believe, I know, ..."
        end = min(len(norms), i + _ASIDE)
        close = next((j for j in range(i + 1, end) if norms[j] == ","), None)
        i = i if close is None else close + 1  # past an aside: "..., like my opponent does,"
    if norms[i : i + 1] == ["that"] and norms[i + 1 : i + 2] and norms[i + 1] in _CLAIMS:
        i += 1  # "I don't believe that that's true"
    words = [*norms[i : i + 4], "", "", ""]
    # "that at all" closes the claim whatever follows ("I don't believe that at all I do
    # believe there are...": a run-on)
    ends = not words[1] or words[1] in SENTENCE_MARKS or tuple(words[1:3]) == _AT_ALL
    if words[0] == "in":
        return "creed"
    if words[0] == "for" or words[0] in _OBJECT_PRONOUNS:
        return DISBELIEF  # "for a minute", "him"
    if words[0] == "it" and (words[1] == "!" or norms[hit.first + 1 : hit.first + 2] == ["just"]):
        return "surprise"  # "I don't believe it! We won!": what befell, no one rebuffed
    if ends and (words[0] in _ADDRESSED or words[0] in _CLAIMS):
        return DISBELIEF  # "you, Marcus.", "this!"
    if words[0] in _ONE_WORD:
        return DISBELIEF if not _WORDS.isdisjoint(words[1:3]) else ""  # "a single word"
    true = words[2] in _TRUE or words[2:4] == ["the", "case"]  # "that's true"
    claim = words[0] in _CLAIMS and (words[1] == "for" or (words[1] in _CLAIM_COPULAS and true))
    if not claim:
        return ""
    # the claim disbelieved closes the clause ("I don't believe that's true."); one that
    # goes on is the speaker's own conviction ("I don't believe it is fair to slap a
    # 50-cent-a-gallon tax on..."): rejected, no rebuff
    a = i + 4 if words[2:4] == ["the", "case"] else i + 3
    after = norms[a] if a < len(norms) else ""
    if after == "," and norms[a + 1 : a + 4].count("but"):
        return ""  # "I don't believe that's correct, but let me check": left open
    return DISBELIEF if not after or after in SENTENCE_MARKS else "conviction"


# 1.22.0: a wish for what others will do or what will befall ("I hope the Congress will
# fully fund this bill", "I hope he'll be out of office very shortly", "we hope that
# their leadership takes the right decision", "I hope it's going to be a fair
# election") hedges nothing the speaker asserts: the readers of real speech mark none of
# the 5 such sentences of the real sets a hedge, and the written sets hold one, no hedge
# ("I hope she's wrong"). A hope for the speaker's own course stays one ("I hope we can
# do it", "I hope as president that I've earned your trust"), as does "I would hope"
# (an expectation put mildly: "I would hope that Bernie will be a leader") and "I hope
# so / not".
_HOPES = frozenset({"i hope", "we hope"})
_WISHED_SUBJECTS = frozenset(
    "he she they it there you the this these those his her their our your every all some "
    "each people everybody everyone nobody somebody someone".split()
)
_THAT_SUBJECT = frozenset("will would 's is was does did can could may might".split())
_HOPE_ADVERBS = frozenset({"that", "very", "much", "sincerely", "truly", "really"})
_WISH = "a wish for what others will do or what will befall, not a hedge"


def _wishing(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether "I / we hope" wishes for what others will do or what will befall: another
    subject follows it (past "that"), or "that" is the subject ("I hope that will
    happen")."""
    if entry.pattern not in _HOPES:
        return False
    i = hit.last
    if norms[i : i + 1] == ["that"] and norms[i + 1 : i + 2] and norms[i + 1] in _THAT_SUBJECT:
        return True
    while i < len(norms) and norms[i] in _HOPE_ADVERBS:
        i += 1
    return i < len(norms) and norms[i] in _WISHED_SUBJECTS


# 1.22.0: not knowing why, how or where another does a thing questions the other, it
# hedges nothing the speaker asserts ("I don't know why he doesn't do it", "I don't know
# how you align yourself with...", "I have no idea what you're talking about"): none of
# the 3 such sentences of the real sets is marked a hedge. Not knowing where the other got a
# figure doubts the claim, a taunt (defiance): "I don't know where he comes up with these
# numbers" (both readers of stance_debates3), "I don't know where you got that number".
# The speaker's own ignorance stays a hedge ("I don't know what the final cost will
# be", "I don't know if I'll run again", "We don't know who the rebels are").
_NOT_KNOWING = frozenset(
    {"i do n't know", "i do not know", "we do n't know", "i have no idea", "we have no idea"}
)
_WH = frozenset("why where how what who".split())
_OTHERS = frozenset("you he she they".split())
# another named by a title ("the governor", "Senator Smith") or "my opponent"
_OTHERS_NAMED = PERSON_TITLES | {"opponent"}
_GETTING = frozenset("get gets got getting".split())
_COMING = frozenset("come comes came coming".split())  # "comes up with", not "comes from"
_AUX = frozenset({"is", "'s", "was", "has", "'d", "had", "are", "'re", "were"})
# Review of 1.22.0: only another's reasons or ways ("why", "how"), words ("what you're
# talking about") or outlook ("where he comes from") are questioned; not knowing where
# another is or what they will decide is the speaker's ignorance, a hedge.
_REASONS = frozenset({"why", "how"})
_SAYING = frozenset("talking talk saying say says mean means meant suggesting".split())
_CLAIM_NOUNS = frozenset(
    "number numbers figure figures idea ideas notion claim claims statistic statistics "
    "facts data information story stuff".split()
)
_OTHERS_WAYS = "what another does or is, or why, not known: no hedge of the speaker's claim"
_SOURCE_DOUBTED = "a claim's source doubted: a taunt"


def _others_subject(norms: Sequence[str], i: int) -> int | None:
    """Where the subject after ``i`` ends when it is another person: "he", "you", "the
    governor", "my opponent", "Senator (name)"; else None."""
    if i < len(norms) and norms[i] in _OTHERS:
        return i + 1
    j = i + 1 if i < len(norms) and norms[i] in ("the", "my", "vice") else i
    if j < len(norms) and norms[j] in _OTHERS_NAMED:
        return j + 1
    return None


def _others_ways(norms: Sequence[str], hit: Hit, entry: Entry) -> str:
    """Why not knowing is no hedge: another's reasons, ways or words questioned
    (``_OTHERS_WAYS``) or the source of their claim doubted (``_SOURCE_DOUBTED``); "" when
    it is one."""
    if entry.pattern not in _NOT_KNOWING or hit.last >= len(norms):
        return ""
    wh = norms[hit.last]
    if wh not in _WH:
        return ""
    end = _others_subject(norms, hit.last + 1)
    if end is None:
        return ""
    v = next((k for k in range(end, min(len(norms), end + 3)) if norms[k] not in _AUX), None)
    verb = norms[v] if v is not None else ""
    if wh == "where" and (
        verb in _GETTING or (verb in _COMING and norms[v + 1 : v + 3] == ["up", "with"])
    ):
        # a claim's source doubted only when a claim is what they got ("these numbers",
        # "that figure"), not a thing ("where she got the money": real ignorance)
        start = v + 3 if verb in _COMING else v + 1
        got = norms[start : start + 3]
        return _SOURCE_DOUBTED if not _CLAIM_NOUNS.isdisjoint(got) else ""
    if wh in _REASONS or verb in _SAYING or (verb in _COMING and norms[v + 1 : v + 2] == ["from"]):
        return _OTHERS_WAYS
    return ""  # "I don't know where he is", "what they will decide": the speaker's ignorance


# 1.22.0: another's uncertainty is no hedge of the speaker's: "not sure / certain" said of
# him, her, them or you ("Our allies know, - they're not certain what we're going to
# do", "he wasn't sure whether they were aligned with us", "he's not sure what he's
# going to accept"): 3 of 3 such clauses of the debates.
_UNSURE = frozenset({"not sure", "n't sure", "not certain", "n't certain"})
_UNSURE_COPULAS = frozenset("'re are is 's was were".split())
_UNSURE_SUBJECTS = frozenset("he she they you".split())
_OTHERS_DOUBT = "another's uncertainty, not the speaker's hedge"


def _others_doubt(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether "not sure / certain" is said of another: he, she, they or you and a
    copula right before it ("they're not certain", "he wasn't sure")."""
    if entry.pattern not in _UNSURE:
        return False
    if norms[hit.last : hit.last + 1] == ["to"]:
        return False  # "He's not certain to win": the speaker's own odds, a hedge
    c = hit.first - 1  # the copula ("he's not sure"; "was" of "wasn't sure")
    return c >= 1 and norms[c] in _UNSURE_COPULAS and norms[c - 1] in _UNSURE_SUBJECTS


# A modal in a concessive free relative is no hedge: "whatever the bankers may say",
# "however hard it may be", "no matter what they might think".
_CONCESSIVE_OPENERS = frozenset("whatever however whoever wherever whichever matter".split())
_DEFYING_OPENERS = frozenset({"whatever", "matter"})
_CONCESSIVE_MODALS = frozenset({"may", "might"})
_CONCESSIVE_REACH = 6
# Others' views a concessive clause brushes aside ("whatever the bankers may say"): not
# the speaker's framing words (``prescriptions._FRAMING_VERBS``).
_VIEW_VERBS = frozenset("say think claim believe write tell threaten demand want".split())


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
