"""Another's claim or pressure answered (defiance): a flat contradiction ("that's simply
false"), a claim dismissed as said before ("they said that last year too"), ironic
assent ("Oh sure, the plan's perfect"), the elliptical denial ("It can't, and it
won't"), and what others say or do brushed aside ("whatever my opponent throws at it",
"Sanctions or no sanctions, ...")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import takewhile

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON, NEGATOR_WORDS
from ..said_relatives import relative_ending_at
from .shared import (
    CLAUSE_ENDS,
    OPEN_QUOTES,
    SENTENCE_MARKS,
    _covered,
    _gives_way,
    _merged,
    opens_clause,
)

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# 1.8.0: a flat contradiction, the commonest rebuttal in debates and hearings: "that's
# flatly false", "That figure is simply wrong", "It is a fiction", "those numbers are
# just not accurate". A demonstrative, *it* or a noun of saying or counting (claim,
# figure, story...) is the subject; a copula, up to three adverbs or an article, then the
# verdict. Not "it's wrong to...", "what's wrong with", nor "I was wrong" (the speaker's
# own admission: no such subject).
_VERDICTS = frozenset(
    "false wrong untrue inaccurate incorrect nonsense fiction myth fantasy bogus fabricated "
    "malarkey hogwash baloney rubbish garbage lie lies distortion fabrication".split()
    # 1.11.0: more verdicts of a rebuttal ("that's a smear", "a mischaracterization")
    + "smear slander libel falsehood falsehoods untruth untruths mischaracterization "
    "misrepresentation fake preposterous laughable crock poppycock claptrap drivel hooey "
    "horsefeathers bullshit".split()
)
CONTRADICTION = Entry(
    "that's simply false", ("that", "'s", "...", "false"), "defiance", 1.0, "defiance"
)
VERDICT_COPULAS = frozenset("'s is was are 're were".split())
_VERDICT_FILLERS = frozenset(
    "just simply flatly plainly patently completely totally absolutely utterly entirely "
    "demonstrably factually categorically frankly also really obviously clearly flat dead "
    "outright flat-out a an complete total pure utter just a big another".split()
    # 1.11.0: the intensifiers of a lie ("a bald-faced lie", "a gross distortion")
    + "bald-faced bold-faced barefaced blatant gross deliberate shameless downright "
    "malicious cheap buncha".split()
    # 1.21.0 (second part): a quantity of it ("a bunch of malarkey", "a pack of lies")
    + "bunch load pack heap of".split()
)
_VERDICT_SUBJECTS = frozenset("that this it those these".split())
# 1.21.0 (second part): the adversary named by a pronoun ("He's just wrong", "you're
# simply mistaken", "They're not correct"); "I" is the speaker's own admission.
_VERDICT_PERSONS = frozenset("he she you they".split())
_VERDICT_OPENERS = frozenset(
    ", ; : - -- \u2014 and but so well now look no yes again because frankly honestly".split()
)
_VERDICT_ADVERBS = _VERDICT_FILLERS - {"a", "an", "another", "big", "also", "really"}
_VERDICT_NOUNS = frozenset(
    "claim claims figure figures number numbers story report statement statements charge "
    "charges allegation allegations premise idea characterization assertion suggestion "
    "notion accusation accusations ad ads quote math rumor rumors rumour rumours "
    "narrative account version headline headlines reporting".split()
)
_VERDICT_AFTER = frozenset("to with for about of".split())


def verdict_subject(norms: Sequence[str], c: int) -> int | None:
    """Where the subject of a verdict opens, the copula standing at ``c``: a demonstrative,
    *it* or the adversary's pronoun opening its clause ("Well, that's...", "I think it's",
    "He's just wrong"), a noun of saying or counting ("That figure is..."), or a free
    relative of another's saying ("What he said is...", not "Nothing he said is..."); None for
    any other."""
    start = c - 1
    if start < 0:
        return None
    if norms[start] in _VERDICT_SUBJECTS or norms[start] in _VERDICT_PERSONS:
        if start and norms[start - 1] not in _VERDICT_OPENERS and not opens_clause(norms, start):
            return None  # "things that are wrong", "I saw that it was wrong", "I hope he's"
        return start
    if norms[start] in _VERDICT_NOUNS:
        return start
    relative = relative_ending_at(norms, start)
    # "Nothing he said is false" grants it all: no verdict on it
    return None if relative is None or norms[relative] == "nothing" else relative


def _contradiction_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CONTRADICTION`` hit for each flat contradiction that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for v, word in enumerate(norms):
        if word not in _VERDICTS or v in taken:
            continue
        after = norms[v + 1] if v + 1 < len(norms) else ""
        c = v - 1
        while c >= 0 and v - c <= 3 and norms[c] in _VERDICT_FILLERS:
            c -= 1
        if c < 1 or norms[c] not in VERDICT_COPULAS:
            continue
        start = verdict_subject(norms, c)
        if start is None:
            continue
        if after in _VERDICT_AFTER and not (after == "about" and norms[start] in _VERDICT_PERSONS):
            continue  # "it's wrong to", "what's wrong with"; but "he's simply wrong about"
        if word == "wrong" and not _VERDICT_ADVERBS.intersection(norms[c + 1 : v]):
            continue  # "it was wrong": a moral judgement as often as a rebuttal
        # 1.11.0: an adverb that is a hit of its own ("categorically") is taken in
        inside = {i for i in range(c + 1, v) if norms[i] in _VERDICT_ADVERBS}
        if not taken.isdisjoint(set(range(start, v + 1)) - inside):
            continue
        added.append(Hit(start, v + 1, (CONTRADICTION,)))
    return _merged(stance, added) if added else stance


RULE_KEYS += tuple((w,) for w in sorted(_VERDICTS))


# 1.14.0: another's claim dismissed as said before ("Well, they said that last year too",
# "She said that in 2019 too, didn't she?", "They said that about the last three"): the
# claim's record against it, defiance. The sayer is another (not *I* or *we*), the saying
# not denied, and *too*, *before*, *as well* or *about the last* closes the clause.
SAID_BEFORE = Entry(
    "they said that too", ("they", "said", "that", "too"), "defiance", 1.0, "defiance"
)
_SAYERS = frozenset("they he she you people critics everybody everyone folks".split())
_SAID_WHAT = frozenset({"that", "so", "it"})
_SAID_AGAIN = frozenset({"too", "before", "also"})
_SAID_REACH = 7
_SAID_ENDS = frozenset({".", "!", "?", ";", ":", "but"})
# "you said that before we should...": *before* opening a clause is no "said before"
_SAID_CLOSING = frozenset({",", ".", "!", "?", ";", "and", "\u2014", "--"})
_SAID_CLAUSE = frozenset("i we you he she they it there the our my his her their this".split())


# 1.15.0: a clause after the "said that ... too" tells whether the claim failed. One
# that denies or persists ("..., and the plant is still open", "..., and nothing
# happened", "and they were wrong") keeps the dismissal; a plain event after it ("He said
# that yesterday too, and it snowed") narrates the claim coming true.
_CLAIM_FAILED = NEGATOR_WORDS | frozenset("still wrong yet look here again".split())


def _said_came_true(norms: Sequence[str], end: int) -> bool:
    """Whether a clause of narration follows the dismissal ending at ``end`` with nothing
    in it to say the claim failed."""
    rest = norms[end:]
    if not rest or rest[0] not in (",", "and"):
        return False
    clause = list(takewhile(lambda w: w not in _SAID_ENDS, rest[1:]))
    return bool(clause) and _CLAIM_FAILED.isdisjoint(clause)


def _said_before_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SAID_BEFORE`` hit on each claim of another's dismissed as
    said before."""
    n = len(norms)
    for i in range(1, n - 2):
        if norms[i] != "said" or norms[i + 1] not in _SAID_WHAT or norms[i + 2] in _SAID_CLAUSE:
            continue  # "he said that he would come too": a clause, not the claim again
        if norms[i - 1] not in _SAYERS and not (
            i >= 2 and norms[i - 1] in ("also", "all") and norms[i - 2] in _SAYERS
        ):
            continue
        end = None
        for k in range(i + 2, min(n, i + 2 + _SAID_REACH)):
            if norms[k] in _SAID_ENDS:
                break
            if norms[k : k + 3] == ["about", "the", "last"] or (
                norms[k] in _SAID_AGAIN and (k + 1 == n or norms[k + 1] in _SAID_CLOSING)
            ):
                end = k + 1
                break
        if end is None or any(i <= h.first < end for h in stance) or _said_came_true(norms, end):
            continue
        return _merged(stance, [Hit(i - 1, end, (SAID_BEFORE,))])
    return stance


RULE_KEYS += tuple(("said", w) for w in sorted(_SAID_WHAT))


# 1.14.0: ironic assent opening a sentence ("Oh sure, the plan's perfect, Jim", "Oh,
# great, another study.", "Oh please.", "Oh come on, Mira"): mock agreement with another's
# claim, defiance. Not the sincere "Oh yeah, I remember", nor "Oh great!" or "Oh sure,
# thanks".
MOCK_ASSENT = Entry("oh sure", ("oh", "sure"), "defiance", 1.0, "defiance")
_MOCKING_ASSENTS = frozenset("sure please great absolutely brilliant wonderful".split())
_SINCERE_AFTER = frozenset("! thanks thank congratulations congrats happy glad".split())


def _mock_assent_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``MOCK_ASSENT`` hit when the sentence opens with an ironic
    "Oh sure", "Oh please", "Oh come on", "Oh yeah, because"."""
    k = 1 + (len(norms) > 1 and norms[1] == ",")
    word = norms[k] if k < len(norms) else ""
    ironic_yeah = word == "yeah" and "because" in norms[k + 1 : k + 3]
    if word == "come" and norms[k + 1 : k + 2] == ["on"]:
        end = k + 2
    elif ironic_yeah or word in _MOCKING_ASSENTS:
        end = k + 1
    else:
        return stance
    after = norms[end : end + 2]
    if (
        norms[-1] == "?"
        or not _SINCERE_AFTER.isdisjoint(after)
        or any(h.first < end for h in stance)
        # a give-way mocked ("Oh sure, we'll just roll over"): ``_mocking`` counts it
        or any(_gives_way(h) for h in stance)
    ):
        return stance
    return _merged(stance, [Hit(0, end, (MOCK_ASSENT,))])


RULE_KEYS += (("oh",),)


# 1.15.0: the elliptical modal denial answering another's claim ("The fund thinks it can
# force a sale. It can't, and it won't.", "My opponent says I'll raise taxes. I won't, and
# she knows it."): a sentence that opens with a pronoun and a negated *can* or *will* and
# stops there, at its comma, and a second follows ("It can't, and it won't", "I won't, and
# she knows I won't"). Defiance. A lone "He can't." or "We won't." is left to the
# presumption or prediction it answers (``answered_doubt``, ``refusal_reply``).
# Not a longer clause ("It can't be helped", "He won't be here"), nor a phrase already
# counted; the resolve of the bare future "I won't." stays beside it.
ELLIPTICAL_DENIAL = Entry("it ca n't", ("it", "ca", "n't"), "defiance", 1.0, "defiance")
_DENIAL_MODALS = frozenset({"ca", "wo", "can", "will", "cannot"})
_DENIAL_SUBJECTS = frozenset("i we you he she it they".split())
_DENIAL_LEADS = frozenset({"well", "no", "and", "but", ",", "oh", "look"})
_DENIAL_ENDS = frozenset({".", "!", ",", ";", "\u2014", "--"})
_DENIAL_REACH = 4


def elliptical_denial(norms: Sequence[str]) -> tuple[int, int] | None:
    """The span of a bare negated modal opening the sentence ("Well, it can't, and it
    won't": "it can't"), or None."""
    k = 0
    while k < len(norms) and norms[k] in _DENIAL_LEADS:
        k += 1
    end = _negated_modal_end(norms, k)
    if end is None or (end < len(norms) and norms[end] not in _DENIAL_ENDS):
        return None
    # only doubled ("It can't, and it won't"): a lone "It won't." may deny a forecast
    # ("Mom thinks it will rain. It won't."), a lone "I can't." is an inability
    j = end + 1
    while j < len(norms) and norms[j] in _DENIAL_LEADS:
        j += 1
    # the second may stand in a short clause of its own ("and she knows I won't"), and
    # is bare too: "You can't, you can't solve it unless..." is a restart
    ends = (_negated_modal_end(norms, x) for x in range(j, min(len(norms), j + _DENIAL_REACH)))
    second = any(e is not None and (e == len(norms) or norms[e] in SENTENCE_MARKS) for e in ends)
    return (k, end) if second else None


def _negated_modal_end(norms: Sequence[str], k: int) -> int | None:
    """The end of a subject and a negated *can* or *will* at ``k`` ("it can't"), or None."""
    if k + 2 > len(norms) or norms[k] not in _DENIAL_SUBJECTS or norms[k + 1] not in _DENIAL_MODALS:
        return None
    if norms[k + 1] == "cannot":
        return k + 2
    return k + 3 if len(norms) > k + 2 and norms[k + 2] in ("n't", "not") else None


def _elliptical_denial_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ELLIPTICAL_DENIAL`` hit when the sentence opens with a
    bare negated modal ("It can't, and it won't")."""
    span = elliptical_denial(norms)
    if span is None:
        return stance
    k, end = span
    inside = [h for h in stance if h.first < end and h.last > k]
    if any(
        h.first < k or h.last > end or e.category != "resolve" for h in inside for e in h.entries
    ):
        return stance  # counted already, or part of a longer phrase
    # "I won't.": the bare future's resolve stays, the refusal adds defiance
    said = tuple(norms[k:end])
    denial = replace(ELLIPTICAL_DENIAL, pattern=" ".join(said), tokens=said)
    entries = (*(e for h in inside for e in h.entries), denial)
    kept = [h for h in stance if h not in inside]
    return _merged(kept, [Hit(k, end, entries)])


RULE_KEYS += (("ca", "n't"), ("wo", "n't"), ("can", "not"), ("will", "not"), ("cannot",))
# "i wo" is a resolve entry that takes the key's place: the subject is a key too
_DENIAL_KEYS = _DENIAL_MODALS | FIRST_PERSON


# Brushing aside what others say, think or do: "whatever my opponent throws at it", "no
# matter how many attack ads they buy", "whatever Beijing says about it".
_BRUSHING = frozenset({"whatever", "matter"})
RULE_KEYS += (("whatever",), ("matter",))
BRUSHING_ASIDE = Entry("whatever they say", ("whatever", "..."), "defiance", 0.5, "defiance")
"""A concessive free relative whose subject is another party and whose verb is a saying,
thinking or doing of theirs: defiance (rule 14 does the same for "whatever they may
say")."""
_OPPOSING_ACTS = frozenset(
    (
        "say says said think thinks thought do does did throw throws threw decide decides "
        "try tries buy buys spend spends claim claims threaten threatens write writes "
        "demand demands offer offers decided threatened demanded chant chants chanted "
        "shout shouts shouted saying thinking doing throwing deciding trying claiming "
        "threatening writing demanding offering chanting shouting planning plan plans planned"
    ).split()
)
_OTHER_SUBJECTS = frozenset({"they", "he", "she", "the", "my", "his", "her", "their", "our"})
# Not a named party: the hearer's or the speaker's own ("whatever you say" assents).
_NOT_NAMED = frozenset("you i we it u ya one".split())
_BRUSHING_REACH = 9


def _brushing_aside_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``BRUSHING_ASIDE`` hit on the opener ("whatever", "no
    matter") of each concessive free relative that opens its sentence or follows a
    comma, whose subject is another party (they, he, she, a determiner's phrase) and
    whose verb is one of ``_OPPOSING_ACTS``; when the opener is itself an entry ("no
    matter what"), the brushing aside is marked on the act after it."""
    taken = _covered(stance)
    # "no matter what the prefect decides": the opener is a resolve entry of its own, so
    # the brushing aside is marked on the act
    openers = {
        h.first: h.last for h in stance if any(e.pattern in _OPENER_ENTRIES for e in h.entries)
    }
    added = []
    for i, norm in enumerate(norms):
        if norm == "whatever":
            start, body = i, i + 1
        elif norm == "matter" and i and norms[i - 1] == "no":
            start, body = i - 1, i + 1 + (i + 1 < len(norms) and norms[i + 1] in _WH)
            if body < len(norms) and norms[body] in ("many", "much"):
                body += 1
        else:
            continue
        if start and norms[start - 1] not in CLAUSE_ENDS:
            continue
        if start in taken and openers.get(start) != body:
            continue
        span = []
        for j in range(body, min(len(norms), body + _BRUSHING_REACH)):
            if norms[j] in CLAUSE_ENDS:
                break
            span.append(norms[j])
        subject = next((k for k, w in enumerate(span) if w in _OTHER_SUBJECTS), None)
        act = next((k for k in range(len(span) - 1, -1, -1) if span[k] in _OPPOSING_ACTS), None)
        if subject is None and act == 1 and span[0].isalpha() and span[0] not in _NOT_NAMED:
            subject = 0  # 1.13.0: a party named in one word ("whatever Madrid says")
        if subject is None or act is None or act < subject:
            continue
        if span[act + 1 :] and not (  # "whatever he may think of his policies": an object
            len(span) - act == 3 and span[act + 2] in ("it", "us", "me", "that", "this")
        ):
            continue
        if start not in taken:
            added.append(Hit(start, i + 1, (BRUSHING_ASIDE,)))
        elif body + act not in taken:
            added.append(Hit(body + act, body + act + 1, (BRUSHING_ASIDE,)))
    return _merged(stance, added)


_OPENER_ENTRIES = frozenset({"no matter what", "no matter how", "no matter who"})


# "Sanctions or no sanctions, we answer to our own people": a pressure brushed aside.
_OR = "or"
RULE_KEYS += (("or", "no"),)
REGARDLESS = Entry("x or no x", ("x", "or", "no", "x"), "defiance", 1.0, "defiance")
"""A noun brushed aside by "N or no N" opening its clause before a comma ("Tariffs or no
tariffs, we are building the plant"): defiance."""
_REGARDLESS_ENDS = frozenset({",", "\u2014", "--", ";", ":"})


def _regardless_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``REGARDLESS`` hit for each "N or no N," that opens its
    clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i in range(len(norms) - 4):
        if norms[i + 1] != "or" or norms[i + 2] != "no" or norms[i + 3] != norms[i]:
            continue
        if not norms[i].isalpha() or norms[i + 4] not in _REGARDLESS_ENDS:
            continue
        if i and norms[i - 1] not in CLAUSE_ENDS and norms[i - 1] not in OPEN_QUOTES:
            continue
        if not taken.isdisjoint(range(i, i + 4)):
            continue
        added.append(Hit(i, i + 4, (REGARDLESS,)))
    return _merged(stance, added)


_WH = frozenset({"what", "how", "who", "whoever"})
