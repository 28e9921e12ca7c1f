"""A course held, read from constructions: persistence ("we will keep holding"), doing
it anyway against another's opposition, the same again ("I'd do it again"), a decision
kept ("The school stays open."), an emphatic closer (", period."), and the speaker's
own words or decisions stood by ("I stand by every word")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON, FUTURE, NEGATOR_WORDS, PROGRESSIVE, YIELDING
from .shared import (
    _CLAUSE_BREAKS,
    _PLAIN_ENDS,
    _WOULD,
    CLAUSE_ENDS,
    SENTENCE_MARKS,
    _covered,
    _merged,
    _owner,
    opens_clause,
)

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


_KEEP = "keep"
RULE_KEYS += (("keep",),)
PERSISTENCE = Entry("keep ...ing", (_KEEP, "...ing"), "defiance", 0.5, "defiance")
"""A commitment to keep on doing something ("we will keep holding", "the planes will keep
landing", "I'll keep putting the ball in your net"): persistence, defiance like
``keep fighting``, and resolve through its future auxiliary (rule 7)."""
_PERSIST_ADVERBS = frozenset("just simply still always all the same".split())
# What one keeps doing without standing against anyone: "we'll keep looking at it", and
# plain effort ("we're going to keep working to help Haiti", "keep on doing that"), which
# the debates showed is resolve alone.
_NOT_PERSISTING = frozenset(
    (
        "thinking wondering guessing looking watching waiting hoping asking checking "
        "monitoring reviewing listening talking learning working doing trying saying "
        "helping making building growing investing improving supporting arriving reading "
        "opening writing eating sleeping delivering organizing organising"
    ).split()
)


_RISING = frozenset("up down higher lower".split())


def _persistence_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PERSISTENCE`` hit for each "keep (on) ...ing" that a
    future auxiliary governs ("will keep", "'ll just keep on", "are going to keep")
    and no other hit covers."""
    taken = {i: h for h in stance for i in range(h.first, h.last)}
    added, dropped = [], []
    for i, norm in enumerate(norms):
        if norm != _KEEP or i in taken:
            continue
        j = i + 1 + (i + 1 < len(norms) and norms[i + 1] == "on")
        if j >= len(norms):
            continue
        inner = taken.get(j)
        if inner is not None and not (  # "we will keep selling it": a yielding verb kept on
            inner.first == j and all(e.category == YIELDING for e in inner.entries)
        ):
            continue
        verb = norms[j]
        if not (verb.endswith("ing") and len(verb) > 4 and verb.isalpha()):
            continue
        if verb in _NOT_PERSISTING:
            continue
        if j + 1 < len(norms) and norms[j + 1] in _RISING:
            continue  # "rents are going to keep going up": a quantity moving (1.8.0)
        k = i - 1
        while k >= 0 and norms[k] in _PERSIST_ADVERBS:
            k -= 1
        going = k >= 1 and norms[k] == "to" and norms[k - 1] == "going"
        aux = k - 1 - going
        if aux >= 0 and norms[aux] in PROGRESSIVE | {"is"}:
            aux -= 1  # "you're going to keep ..."
        if aux >= 0 and norms[aux] == "you":
            continue  # "if you're going to keep promoting programs": the other's
        if k >= 0 and (norms[k] in FUTURE or going):
            added.append(Hit(i, j + 1 if inner is None else inner.last, (PERSISTENCE,)))
            if inner is not None:
                dropped.append(inner)
    if not added:
        return stance
    return sorted([h for h in stance if h not in dropped] + added, key=lambda h: h.first)


# Doing it anyway: a clause of the speaker's own that ends in "anyway" after another
# clause ("The critics hated the last one; I'm making the sequel anyway", "Everyone told
# me the idea was stupid, and I kept building it anyway"): defiance, and resolve when
# the clause is a commitment (a future or a progressive after I or we). The clause before
# must be another's (the opposition defied), not the speaker's own ("We knew the valve
# was faulty, and we shipped it anyway" is an admission).
_ANYWAY = "anyway"
ANYWAY = Entry("i ... anyway", ("i", "...", "anyway"), "defiance", 1.0, "defiance")
ANYWAY_COMMITTED = Entry("i 'm ... anyway", ("i", "'m", "...", "anyway"), "resolve", 1.0, "resolve")
_ANYWAY_REACH = 9
# The clause before must oppose, warn or doubt: "The critics hated it", "Everyone told
# me...", "They said we were finished".
_OPPOSING = frozenset(
    (
        "told tell tells telling warned warn warns warning said say says saying urged urge "
        "hated hate hates criticized criticised criticize laughed laugh doubted doubt "
        "doubts predicted predict objected object opposed oppose threatened threaten "
        "mocked mock begged beg insisted advised asked dismissed ridiculed scoffed refused "
        "banned forbade forbid against no nobody not n't never wrote written claimed "
        "claim bet betting expected expect wanted want tried try"
    ).split()
)
# "I'd have done it anyway", "we could do that anyway", "I know that anyway"
_NOT_DEFYING = frozenset(
    "would 'd could should might may can ca must know knew think guess mean suppose".split()
)


def _anyway_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ANYWAY`` hit (and ``ANYWAY_COMMITTED`` for a commitment)
    for each clause of I or we that ends in "anyway" after another clause."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if (
            norm != _ANYWAY
            or j in taken
            or (j + 1 < len(norms) and norms[j + 1] not in SENTENCE_MARKS)
        ):
            continue
        k = j - 1
        while k >= 0 and j - k <= _ANYWAY_REACH and norms[k] not in _CLAUSE_BREAKS:
            k -= 1
        s = k + 1
        if k < 0 or norms[k] not in _CLAUSE_BREAKS or s >= j or norms[s] not in ("i", "we"):
            continue  # no clause before it, a clause too long to read, or another's subject
        body = norms[s + 1 : j]
        if not body or any(w in _NOT_DEFYING for w in body) or any(t in taken for t in range(s, j)):
            continue
        p = k
        while p >= 0 and norms[p] in _CLAUSE_BREAKS:
            p -= 1
        while p >= 0 and norms[p] not in _CLAUSE_BREAKS:
            p -= 1
        if p + 1 < k and norms[p + 1] in ("i", "we"):
            continue  # "We knew the valve was faulty, and we shipped it anyway": no one opposed
        if not _OPPOSING.intersection(norms[p + 1 : k]):
            continue  # "The referee was fair, and we lost anyway": nothing defied
        entries = (ANYWAY,)
        if body[0] in FUTURE or body[0] in PROGRESSIVE:
            entries = (ANYWAY, ANYWAY_COMMITTED)
        added.append(Hit(s, j + 1, entries))
    return _merged(stance, added)


RULE_KEYS += ((_ANYWAY,),)


# 1.12.0: the same again. *I* or *we* opening the clause, *'d* or *would*, a verb and up
# to five words of its own, then *again* closing the clause ("I'd write that check again
# tomorrow", "I'd vote for it again", "I'd say no again"): standing by a past act, as
# the entries `i 'd do it again` and `i 'd make the same call again` do (defiance). Not
# a wish or a need ("I'd like to fly again", "I'd have to look at the numbers again"), a
# negation ("I'd never work here again"), nor a subordinate clause ("whether I'd vote
# for it again").
SAME_AGAIN = Entry("i 'd ... again", ("i", "'d", "...", "again"), "defiance", 1.0, "defiance")
_NOT_AGAIN = frozenset(
    "like love want hate need have be rather prefer hope try wish never not n't ever be "
    "probably maybe".split()
)
_AGAIN_AFTER = frozenset({"tomorrow", "today", "tonight", "now", "and"}) | _PLAIN_ENDS
_AGAIN_REACH = 7


def _same_again_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SAME_AGAIN`` hit for each "I / we + 'd / would + verb ...
    again" that closes its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for s in range(n - 3):
        if norms[s] not in FIRST_PERSON or norms[s + 1] not in _WOULD:
            continue
        if norms[s + 2] in _NOT_AGAIN or not norms[s + 2].isalpha():
            continue
        if not opens_clause(norms, s):
            continue
        for j in range(s + 3, min(n, s + 3 + _AGAIN_REACH)):
            w = norms[j]
            if w == "again":
                if j + 1 < n and norms[j + 1] not in _AGAIN_AFTER:
                    break
                if not any(t in taken for t in range(s, j + 1)):
                    added.append(Hit(s, j + 1, (SAME_AGAIN,)))
                break
            if w in _CLAUSE_BREAKS or w in NEGATOR_WORDS or w in _NOT_AGAIN:
                break
    return _merged(stance, added)


RULE_KEYS += (("i", "'d"), ("we", "'d"), ("i", "would"), ("we", "would"))


# 1.13.0: a decision kept, announced in the plain present: "The bus lanes stay.", "The
# school stays open.", "No, it stays.", "and they stay" (the entries `the ban stays`, `the
# curfew stays`... spelled out one noun at a time). A subject phrase of up to four words
# after a determiner (or *it, they*) opening its clause, *stay(s)* (*open, put, in place*)
# and the end of the clause: resolve and defiance. Not a subordinate or reported clause
# ("if the sunset clause stays", "I don't know if he stays"), a question, or a clause that
# goes on ("they stay a week").
STAYS = Entry("the school stays open", ("stays",), "defiance", 1.0, "defiance")
STAYS_RESOLVE = replace(STAYS, category="resolve", lexicon="resolve")
_STAYING = frozenset({"stays", "stay"})
_STAY_AFTER = (("open",), ("put",), ("in", "place"), ("where", "it", "is"), ("as", "is"))
_STAY_DETERMINERS = frozenset("the our this that these those my".split())
_STAY_PRONOUNS = frozenset({"it", "they"})
_STAY_SUBJECT_WORDS = 4
_STAY_NOT_SUBJECT = frozenset(
    (
        "if whether when how who which that what where why will would can could should "
        "must may might to do does did is are was were be 's 're has have had not n't"
    ).split()
)


def _stays_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``STAYS`` hit for each "the X stays (open)." that closes
    its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for v in range(1, n):
        if norms[v] not in _STAYING or v in taken:
            continue
        e = v + 1
        for after in _STAY_AFTER:
            if tuple(norms[e : e + len(after)]) == after:
                e += len(after)
                break
        if e < n and norms[e] not in _PLAIN_ENDS:
            continue
        if norms[v - 1] in _STAY_PRONOUNS:
            s = v - 1
            if (norms[v] == "stays" and norms[s] == "they") or (
                norms[v] == "stay" and norms[s] == "it"
            ):
                continue
        else:
            s = next(
                (
                    k
                    for k in range(v - 2, max(-1, v - 2 - _STAY_SUBJECT_WORDS), -1)
                    if norms[k] in _STAY_DETERMINERS
                ),
                None,
            )
            if s is None or any(
                w in _STAY_NOT_SUBJECT or not w.replace("-", "").isalpha() for w in norms[s + 1 : v]
            ):
                continue
        if not opens_clause(norms, s) and not (s > 0 and norms[s - 1] in ("no", ",")):
            continue
        if s > 1 and norms[s - 1] == "," and norms[s - 2] in _STAY_NOT_SUBJECT:
            continue
        if any(t in taken for t in range(s, e)):
            continue
        added.append(Hit(s, e, (STAYS, STAYS_RESOLVE)))
    return _merged(stance, added)


RULE_KEYS += (("stays",), ("stay",))


# 1.16.0: an emphatic closer ("..., period.", "..., full stop.") seals what it closes as
# settled: resolve (25 of 30 in the labelled sets). It must stand after a comma or dash
# and end its clause: not "the transition period", "a full stop". Not when it closes an
# admission ("That was a mistake, full stop") or a hedge ("I think the committee has to
# meet, full stop"). A closer that makes a sentence of its own ("Period.") is read by
# rule 18 against the sentence before (``structural_refusal``).
_CLOSER_KEYS = frozenset({"period", "full"})
ADMITTED = frozenset("mistake mistakes failure failures error errors wrong fault mess".split())
CLOSER = Entry(", period", ("period",), "resolve", 1.0, "resolve")
"""An emphatic closer that seals its clause as settled (resolve)."""
_CLOSER_BEFORE = frozenset({",", "\u2014", "--", "\u2013", ";", ":"})


def _closer_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CLOSER`` hit on "period" / "full stop" closing a clause
    that holds no hedge and no un-negated give-way."""
    for k, w in enumerate(norms):
        end = k + 1 if w == "period" else k + 2 if norms[k : k + 2] == ["full", "stop"] else 0
        if not end or not k or norms[k - 1] not in _CLOSER_BEFORE:
            continue  # a closer standing alone is read against its sentence before
        if end < len(norms) and norms[end] not in _PLAIN_ENDS:  # the clause's end
            continue
        if not ADMITTED.isdisjoint(norms):
            return stance  # "That's a leadership failure, full stop"
        for h in stance:
            cats = {e.category for e in h.entries}
            if "hedging" in cats or (
                "concession" in cats
                and NEGATOR_WORDS.isdisjoint(norms[max(0, h.first - 4) : h.first])
            ):
                return stance
        said = tuple(norms[k:end])
        return _merged(
            stance, [Hit(k, end, (replace(CLOSER, pattern=" ".join(said), tokens=said),))]
        )
    return stance


RULE_KEYS += (("period",), ("full", "stop"))

# "I stand by every word", "we stand by our reporting": a commitment (the resolve entry
# "i stand by") that also defends what one said or decided against its critics.
_STAND = "stand"
RULE_KEYS += (("stand", "by"),)
STANDING_BY = Entry("stand by what one said", ("stand", "by", "..."), "defiance", 1.0, "defiance")
"""What the speaker said or decided, stood by against its critics: defiance, beside the
resolve of "I stand by" / "we stand by"."""
_OWN_WORDS = frozenset(
    (
        "decision decisions word words comment comments remark remarks statement statements "
        "record reporting report reports story stories position call judgment judgement "
        "choice choices actions vote votes article testimony findings claim claims "
        "assessment analysis conclusions"
    ).split()
)
_OWN_WORDS_OWNERS = frozenset("my our every that those this these each".split())
_SAID = frozenset({("what", "i"), ("what", "we"), ("everything", "i"), ("everything", "we")})


# 1.21.0 (second part): the stand said in the future or as kept ("I'll stand by those
# decisions", "I will stand by every vote I've cast", "I still stand by that"), as "I
# stand by" is: the auxiliaries of a future or a stand kept ("will", "'m going to",
# "continue to", "do") and the adverbs between the speaker and "stand by"; no conditional
# ("I would stand by my friend through anything" is no stand; review rvdefy).
_STANDING_BETWEEN = frozenset(
    "'ll will shall going to gon na continue do 'm 're "
    "still always fully firmly absolutely totally completely also certainly".split()
)
_STANDING_REACH = 4


def _standing_by_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``STANDING_BY`` hit on the object of each "I (will) stand by"
    / "we (still) stand by" that is the speaker's own words or decisions ("every word",
    "my decision", "our reporting", "what I said", "it." at the end of the clause)."""
    taken = _covered(stance)
    added = []
    for s in range(len(norms) - 2):
        if norms[s] != "stand" or norms[s + 1] != "by":
            continue
        if _owner(norms, s, _STANDING_BETWEEN, FIRST_PERSON, _STANDING_REACH) is None:
            continue  # not the speaker's own stand, opening its clause
        j = s + 2
        if j in taken:
            continue
        end = None
        if norms[j] in ("it", "that") and (j + 1 == len(norms) or norms[j + 1] in CLAUSE_ENDS):
            end = j + 1  # "I stand by it." / "I stand by that."; "them" is mostly people
        elif norms[j] in _OWN_WORDS_OWNERS:
            k = j + 1 + (j + 1 < len(norms) and norms[j + 1] in ("single", "original", "earlier"))
            if k < len(norms) and norms[k] in _OWN_WORDS:
                end = k + 1
        elif tuple(norms[j : j + 2]) in _SAID:
            end = j + 2
        if end is not None and taken.isdisjoint(range(j, end)):
            added.append(Hit(j, end, (STANDING_BY,)))
    return _merged(stance, added)
