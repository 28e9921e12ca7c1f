"""Refusals to give way read from constructions: a negation the lexicons cannot spell
makes a give-way refused, so defiance, and resolve through a future (rule 7). The
negated passive of coercion ("we won't be pushed around"), no one forcing the speaker's
side ("nobody will shut this plant down"), not letting another dictate ("we won't let
Brussels decide for us"), the plain refusal ("I'm not signing."), and a course kept
against pressure ("not ... just because the press doesn't like it")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON, FUTURE, NEGATOR_WORDS, PROGRESSIVE, SCOPE_BREAKS, YIELDING
from .plans import _TIME_NOUNS
from .shared import (
    _CLAUSE_OPENERS,
    _OURS,
    _PLAIN_ENDS,
    _PLAIN_PROGRESSIVE,
    CLAUSE_ENDS,
    SENTENCE_END,
    _covered,
    _merged,
    opens_clause,
)

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# A coercion refused by the speaker's side in the passive, with the particle that says
# where it would drive us: "we will not be starved back to work", "we won't be bullied
# into it", "I will not be pushed around", "we shall not be driven out". The negated
# passive counts as a negated concession: defiance, and resolve through the future.
_NEGATED_BE = (("not", "be"), ("n't", "be"), ("never", "be"))
PUSHED = Entry("be ...ed back", ("be", "...ed", "back"), "concession", 1.0, "concession")
"""Being driven somewhere against one's will, in the passive (negated: a refusal)."""
_DRIVING_PARTICLES = frozenset("back out into off down away around aside under".split())
# Participles of coercion: "we won't be bullied into it", "we will not be driven out";
# not "we won't be called back for a second interview", "we will not be let down".
_COERCED = frozenset(
    (
        "pushed forced bullied starved pressured pressed dragged scared frightened "
        "intimidated blackmailed shoved knocked hounded harried chased herded bossed "
        "browbeaten cowed coerced railroaded steamrolled strongarmed strong-armed muscled "
        "squeezed stampeded rushed shamed guilted badgered bulldozed talked smoked hustled "
        "cornered backed boxed kicked thrown shouted drowned silenced driven beaten shaken "
        "bought sold held kept put run shut"
    ).split()
)


def _pushed_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PUSHED`` hit for each "I / we + future + not + be +
    participle + particle" that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i in range(2, len(norms) - 3):
        if (norms[i], norms[i + 1]) not in _NEGATED_BE or norms[i - 1] not in FUTURE:
            continue
        if norms[i - 2] not in ("i", "we"):
            continue
        verb, particle = norms[i + 2], norms[i + 3]
        if particle not in _DRIVING_PARTICLES or verb not in _COERCED:
            continue
        if any(t in taken for t in range(i + 1, i + 4)):
            continue
        added.append(Hit(i + 1, i + 4, (PUSHED,)))
    return _merged(stance, added)


RULE_KEYS += _NEGATED_BE
_BEFORE_BE = frozenset(k[0] for k in _NEGATED_BE)


# 1.18.0: no one will force the speaker's side's hand: a negative subject opening its
# clause (*nobody, no one, nothing*, or *no* and up to three words: "no foreign ministry")
# with a future or progressive and a verb of forcing: "nothing's going to stop that",
# "No court is going to dictate our budget", "nobody will shut this plant down". The
# speaker's side's course held against others: defiance, and resolve with a future, as
# the entries "nothing is going to stop" already were. The verbs that take anything
# ("stop", "close", "shut") count only before an object of the speaker's side or of the
# matter at hand (*it, that, this, our, my, us*): "Nothing will stop the rain" is
# weather. The review of 1.18.0: "no" and a noun ("No school will close this week") takes
# only an object of ours or a verb of forcing; "this week" is a time, not an object;
# "stop X from ...ing" counts only of us with a future ("Nothing is stopping me from
# crying"); a resigned tail ("..., sadly") is no stand.
NOBODY_WILL = Entry("nobody is going to stop that", ("nobody",), "defiance", 1.0, "defiance")
NOBODY_WILL_RESOLVE = replace(NOBODY_WILL, category="resolve", lexicon="resolve")
_NOBODY = frozenset({"nobody", "nothing", "no-one", "noone"})
_FORCING = frozenset("dictate dictating intimidate intimidating bully bullying".split())
_FORCING_OURS = frozenset("stop stopping close closing shut shutting silence silencing".split())
_FORCING_ANY = _FORCING | _FORCING_OURS
_FORCED_OBJECTS = frozenset("it that this these those our my us me".split())
_NOBODY_AUX = frozenset({"'s", "is", "will", "'ll"})  # not "can": "No one can stop it now" resigns
_NOBODY_FUTURE = frozenset({"will", "'ll", "going", "gon", "gonna"})
_NOBODY_GAP = frozenset({"going", "to", "gon", "na", "gonna", "ever", "be"})


def _nobody_subject(norms: Sequence[str], i: int) -> int | None:
    """The end of a negative subject opening its clause at ``i`` ("nobody", "no one",
    "no foreign ministry"), or None."""
    if i and norms[i - 1] not in CLAUSE_ENDS and norms[i - 1] not in _CLAUSE_OPENERS:
        return None
    if norms[i] in _NOBODY:
        return i + 1
    if norms[i] != "no":
        return None
    if norms[i + 1 : i + 2] == ["one"]:
        return i + 2
    for e in range(i + 2, min(len(norms), i + 5)):
        if norms[e] in _NOBODY_AUX:
            words = norms[i + 1 : e]
            return e if all(w.isalpha() for w in words) else None
    return None


_RESIGNED = frozenset({"sadly", "unfortunately", "afraid", "alas", "regrettably"})
_NEAR_TIMES = frozenset({"this", "that", "these", "those", "next"})


def _forced_object(norms: Sequence[str], v: int, noun_subject: bool, future: bool) -> bool:
    """Whether a verb that takes anything ("stop", "close") at ``v`` has an object of
    ours or of the matter at hand: "stop us", "shut this plant down", not "close this
    week" or, after "no" and a noun, anything but *us / our / me / my*."""
    if norms[v] not in _FORCING_OURS or v + 1 >= len(norms):
        return False
    obj = norms[v + 1]
    if obj not in (_OURS if noun_subject else _FORCED_OBJECTS):
        return False
    if obj in _NEAR_TIMES and norms[v + 2 : v + 3] and norms[v + 2] in _TIME_NOUNS:
        return False  # "close this week"
    if "from" in norms[v + 2 : v + 5]:
        return future and obj in _OURS  # "stop us from building it", not "from crying"
    return True


def _nobody_will_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``NOBODY_WILL`` hit (and its resolve with a future) for
    each negative subject that will force nothing on the speaker's side."""
    if _FORCING_ANY.isdisjoint(norms):
        return stance  # most sentences with "no": no verb of forcing
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(n - 2):
        if norms[i] not in _NOBODY and norms[i] != "no":
            continue
        e = _nobody_subject(norms, i)
        if e is None or e >= n or norms[e] not in _NOBODY_AUX:
            continue
        v = e + 1
        while v < n and norms[v] in _NOBODY_GAP:
            v += 1
        if v >= n - 1 or not taken.isdisjoint(range(i, v + 1)):
            continue
        future = not _NOBODY_FUTURE.isdisjoint(norms[e:v])
        if norms[v] not in _FORCING and not _forced_object(norms, v, norms[i] == "no", future):
            continue
        if not _RESIGNED.isdisjoint(norms[v:]):
            continue  # "No decision is going to stop that, sadly"
        entries = (NOBODY_WILL, NOBODY_WILL_RESOLVE) if future else (NOBODY_WILL,)
        added.append(Hit(i, v + 1, entries))
    return _merged(stance, added)


RULE_KEYS += (("nobody",), ("nothing",), ("no-one",), ("noone",), ("no",))


# 1.10.0: the speaker's side will not let another dictate to it ("I'm not gonna let a
# bunch of consultants tell this city what it can do", "We won't let Brussels decide for
# us", "I will never let them push our farmers around"): a give-way refused, so defiance
# and, through its future, resolve (rule 7). Only after *I* or *we* and a future or
# progressive auxiliary: not the imperative "Don't let anyone tell you...", nor the
# duty "we can't let them get a bomb".
NOT_LETTING = Entry("let ... tell", ("let", "...", "tell"), YIELDING, 1.0, "concession")
_DICTATING = frozenset(
    (
        "tell tells dictate dictates push pushes bully bullies intimidate decide decides "
        "silence shut scare frighten force lecture boss order walk trample"
    ).split()
)
# Verbs that dictate only done to the speaker's side or with their particle: "push us
# around", "decide for us", "walk all over us", "shut us down"; not "let my daughter
# walk to school", "let the children order dessert".
_DICTATING_AT = frozenset("push pushes order walk decide decides force boss shut".split())
_AT_US = frozenset("us me our my around over for down".split())
_LETTING_GAP = frozenset({"going", "to", "gonna", "ever", "just", "simply", "ai"})
_LETTING_REACH = 9


def _not_letting_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``NOT_LETTING`` hit for each "I/we (will|'m) not ... let X
    tell ..."."""
    taken = _covered(stance)
    added = []
    for i, norm in enumerate(norms):
        if norm != "let" or i in taken:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and norms[j] in _LETTING_GAP:
            j -= 1
        if j < 2 or norms[j] not in ("not", "n't", "never"):
            continue
        aux = j - 1
        if norms[aux] not in FUTURE and norms[aux] not in PROGRESSIVE:
            continue
        if norms[aux - 1] not in ("i", "we"):
            continue
        for v in range(i + 2, min(len(norms), i + _LETTING_REACH)):
            if norms[v] in SCOPE_BREAKS or v in taken:
                break
            if norms[v] in _DICTATING and (
                norms[v] not in _DICTATING_AT or not _AT_US.isdisjoint(norms[v + 1 : v + 4])
            ):
                added.append(Hit(i, v + 1, (NOT_LETTING,)))
                break
    return _merged(stance, added)


RULE_KEYS += (("let",),)


# 1.12.0: a plain refusal. *I* or *we* opening its clause, a negated progressive or future
# ("I'm not", "we ain't", "I won't", "we will not", "I'm not gonna") and any verb of
# conduct that ends its clause, alone or with a short object: "I'm not signing.", "We're
# not trading him.", "Nah, I ain't deleting the track.", "I will not go back.", "I won't
# do it, not under this pressure". The verb is read as a give-way refused (a yielding
# verb negated: defiance, and resolve through its auxiliary, rule 7). Not the verbs of
# saying, thinking, trying or declining to answer ("I'm not saying.", "I won't comment."),
# nor a clause that goes on (*to, for, about, again, anymore, enough*...: "we're not
# doing enough", "I won't do it again", "I'm not running for reelection").
PLAIN_REFUSAL = Entry("i 'm not ...ing", ("...ing",), YIELDING, 1.0, "concession")
PLAIN_REFUSAL_FUTURE = Entry("i wo n't + verb", ("+verb",), YIELDING, 1.0, "concession")
_PLAIN_FUTURE = frozenset({"will", "wo", "shall"})
_PLAIN_NEGATORS = frozenset({"not", "n't"})
# Verbs whose negation refuses nothing: saying, thinking, perceiving, trying, states,
# declining to answer (rule 4's declined answers), and plain events.
_NOT_PLAIN = frozenset(
    (
        "say saying said tell telling suggest suggesting talk talking ask asking claim "
        "claiming think thinking know knowing believe believing see seeing look looking "
        "hear hearing feel feeling try trying hope hoping expect expecting wonder "
        "wondering worry worrying get getting have having be being need needing want "
        "wanting mean meaning kid kidding joke joking lie lying pretend pretending "
        "comment commenting speculate speculating answer answering discuss discussing "
        "elaborate elaborating confirm confirming deny denying guess guessing going "
        "come coming happen happening bore boring keep hold take taking waste wasting "
        "forget forgetting remember remembering complain complaining blame blaming "
        "criticize criticizing run running work working play playing win winning lose "
        "losing make making matter mattering sugarcoat sugarcoating let letting call "
        "calling argue arguing read reading respond responding repeat repeating name "
        "naming judge judging rule ruling buy buying mention mentioning begin beginning "
        "start starting sure thing nothing something "
        # resistance negated gives way ("I won't fight it"); patience is no refusal
        "fight fighting resist resisting oppose opposing contest contesting challenge "
        "challenging appeal appealing block blocking protest protesting rush rushing "
        "panic panicking overreact overreacting hurry hurrying "
        "anything everything morning evening interesting willing"
    ).split()
)
# Words that go on with the clause after the verb: a purpose, a topic, a manner, a time
# limit or a repetition ("we're not doing enough", "I won't do it again").
_PLAIN_GOES_ON = frozenset(
    (
        "to for about on with of in at from by into onto until unless if because when "
        "that enough well good great much so very too as like more again anymore yet "
        "right fast quickly soon twice either alone without than any here there today "
        "tonight tomorrow now"
    ).split()
)
# Adverbs and other words that may stand where the verb would: "I'm not going to now"
_PLAIN_NOT_VERBS = (
    _PLAIN_GOES_ON
    | NEGATOR_WORDS
    | frozenset(
        "now ever either really just even actually simply still be nowhere anywhere".split()
    )
)
# After a comma or a dash the refusal may only be restated ("I won't do it, not under this
# pressure", "We're not leaving, period").
_PLAIN_AFTER = frozenset("not never no ever period full end".split()) | {".", "!"}
_PLAIN_PARTICLES = frozenset("down back off out up away over around".split())
# 1.13.0: a refusal to anyone at all ("I ain't moving for no landfill", "we're not
# backing off for anybody"): *for* and a negative or free-choice word end no refusal.
_FOR_NOBODY = frozenset("no nobody nothing anybody anyone anything".split())
_FOR_REACH = 4
# The object of a refusal names what was asked: a pronoun ("We're not trading him.", "I
# won't do it") or, after a progressive, a definite or emphatic phrase of one or two words
# ("I'm not closing the library branch.", "I'm not cutting a single track."). A plain or
# indefinite object reads as a pledge or a policy as often ("I will not cut benefits",
# "I'm not going to raise taxes", "We won't threaten anybody": the debates), so is left.
_PLAIN_PRONOUNS = frozenset("it that this him her them 'em those these".split())
_PLAIN_DETERMINERS = frozenset("the my our this that these those".split())


def _plain_object_end(norms: Sequence[str], e: int, progressive: bool) -> int | None:
    """Where the object of a plain refusal's verb at ``e`` ends, or None when the clause
    goes on or the object is not one a refusal takes."""
    n = len(norms)
    if e >= n or norms[e] in _PLAIN_ENDS:
        return e
    if norms[e] in _PLAIN_PRONOUNS and (e + 1 == n or norms[e + 1] in _PLAIN_ENDS):
        return e + 1  # "We're not trading him."
    if not progressive:
        return None
    if norms[e] in _PLAIN_DETERMINERS:
        k = e + 1
    elif norms[e : e + 2] == ["a", "single"]:
        k = e + 2
    else:
        return None
    for end in (k + 1, k + 2):
        words = norms[k:end]
        if (
            end <= n
            and all(w.isalpha() and w not in _PLAIN_GOES_ON for w in words)
            and (end == n or norms[end] in _PLAIN_ENDS)
        ):
            return end
    return None


def _plain_refusal_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PLAIN_REFUSAL`` hit on the verb of each "I / we + negated
    progressive or future + verb (+ short object)" that ends its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for s in range(n - 3):
        if norms[s] not in FIRST_PERSON or norms[s + 2] not in _PLAIN_NEGATORS:
            continue
        aux = norms[s + 1]
        if aux in _PLAIN_PROGRESSIVE:
            v = s + 3
            if norms[v] == "gonna" or norms[v : v + 2] == ["going", "to"]:
                v += 1 + (norms[v] == "going")
                ing = False
            else:
                ing = True
        elif aux in _PLAIN_FUTURE:
            v, ing = s + 3, False
        else:
            continue
        if v >= n or v in taken or not opens_clause(norms, s):
            continue
        verb = norms[v]
        if verb == "going" and norms[v + 1 : v + 2] == ["nowhere"]:
            e = v + 2  # "I ain't going nowhere."
        elif (
            not verb.isalpha()
            or verb in _NOT_PLAIN
            or verb in _PLAIN_NOT_VERBS
            or ing != (verb.endswith("ing") and len(verb) > 4)
        ):
            continue
        else:
            e = v + 1
            if e < n and norms[e] in _PLAIN_PARTICLES:
                e += 1
        if norms[e : e + 1] == ["for"] and norms[e + 1 : e + 2] and norms[e + 1] in _FOR_NOBODY:
            end = next((t for t in range(e + 2, n) if norms[t] in _PLAIN_ENDS), n)
            end = end if end - e <= _FOR_REACH else None
        else:
            end = _plain_object_end(norms, e, ing)
        if end is None or (end < n and norms[end] not in _PLAIN_ENDS):
            continue
        if end + 1 < n and norms[end] not in SENTENCE_END and norms[end + 1] not in _PLAIN_AFTER:
            continue  # "I am not going to exploit, for political purposes, ...": it goes on
        if any(t in taken for t in range(v, end)):
            continue
        added.append(Hit(v, v + 1, (PLAIN_REFUSAL if ing else PLAIN_REFUSAL_FUTURE,)))
    return _merged(stance, added)


# (subject, auxiliary) only: a key holding the negator would hide the keys that start
# with it ("not be": ``_pushed_hits``).
RULE_KEYS += tuple(
    (s, a)
    for s, auxes in (("i", ("'m", "am", "ai")), ("we", ("'re", "are", "ai")))
    for a in (*auxes, "will", "wo", "shall")
)


# 1.17.0: a course kept against pressure: a negated future or progressive of the speaker's
# side, or a negated verb of changing course, before "just because", "because of one / a
# few / a couple" or "to suit / appease / placate" in the same clause ("We won't be
# changing the system just because the press doesn't like it", "it won't change because
# of one poll", "We will not be breaking up this company to suit a hedge fund"): defiance.
# Not another's negation ("The stock isn't cheap just because it fell"), not a question.
# Read as a give-way refused, as the plain refusal is: the negation makes it defiance, and
# resolve through a future or progressive auxiliary (rule 7).
UNDER_PRESSURE = Entry(
    "we wo n't ... just because", ("just", "because"), YIELDING, 1.0, "concession"
)
_PRESSURES = frozenset(
    {
        ("just", "because"),
        ("because", "of", "one"),
        ("because", "of", "a", "few"),
        ("because", "of", "a", "couple"),
        ("to", "suit"),
        ("to", "appease"),
        ("to", "placate"),
        # 1.18.0: the same verbs of humouring ("not rewriting a line to please the board")
        ("to", "please"),
        ("to", "satisfy"),
        ("to", "pacify"),
        ("to", "mollify"),
        ("to", "humour"),
        ("to", "humor"),
    }
)
_PRESSURE_KEYS = frozenset(p[0] for p in _PRESSURES)
# Words whose "to" is their own complement, not the purpose of a course kept.
_INFINITIVE_TAKERS = frozenset(
    "here there try trying tried able easy hard want wanted going need needed have has "
    "got enough ought used".split()
)
_PRESSURE_REACH = 8
_TO_ADVERBS = frozenset("just only simply merely".split())


def _infinitive_taken(norms: Sequence[str], to: int) -> bool:
    """Whether the *to* at ``to`` completes a word before it, past adverbs ("here just to
    please you")."""
    j = to - 1
    while j >= 0 and norms[j] in _TO_ADVERBS:
        j -= 1
    return j >= 0 and norms[j] in _INFINITIVE_TAKERS


_NEGATED_AUX = frozenset("wo will shall 'll 'm am 're are is 's".split())
_CHANGING = frozenset("change changing budge budging bend bending move moving".split())


def _kept_course(norms: Sequence[str], t: int) -> bool:
    """Whether the clause before token ``t`` holds a negated future or progressive of
    *I / we*, or a negated verb of changing course."""
    for k in range(t - 1, max(0, t - _PRESSURE_REACH) - 1, -1):
        if norms[k] in CLAUSE_ENDS:
            return False
        if norms[k] not in NEGATOR_WORDS or k < 1 or norms[k - 1] not in _NEGATED_AUX:
            continue
        if (k >= 2 and norms[k - 2] in FIRST_PERSON) or not _CHANGING.isdisjoint(norms[k + 1 : t]):
            return True
    return False


def _under_pressure_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``UNDER_PRESSURE`` hit on each pressure ("just because",
    "to suit") that a course kept in its clause refuses."""
    if norms[-1] == "?":
        return stance
    taken = _covered(stance)
    added = []
    for t, norm in enumerate(norms):
        if norm not in _PRESSURE_KEYS:
            continue
        if norm == "to" and _infinitive_taken(norms, t):
            continue  # "I'm not here to please you", "not trying to suit anyone": no course
        size = next((len(p) for p in _PRESSURES if tuple(norms[t : t + len(p)]) == p), 0)
        if size and taken.isdisjoint(range(t, t + size)) and _kept_course(norms, t):
            added.append(Hit(t, t + size, (UNDER_PRESSURE,)))
    return _merged(stance, added)


RULE_KEYS += tuple(sorted(_PRESSURES))
