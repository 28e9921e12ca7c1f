"""Give-ways read from constructions, and give-way words read in context: the speaker's
side withdrawing its own measure ("we're pulling the proposal") or giving up a fight
("we won't contest it anymore"), a concession; a give-way noun that names another's act
("This is a surrender to the banks"), "no choice but to" before a verb of resisting,
and a concession limited by "but not on", which are no give-ways of the speaker's."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import NEGATOR_WORDS
from .shared import CLAUSE_ENDS, _covered, _merged, opens_clause

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# The speaker's side withdrawing or closing its own undertaking, in the progressive or the
# perfect: "we're pulling the parking fee proposal", "We're closing forty stores", "we're
# winding down the company", "we've shelved the plan". Not the future, which in speeches
# is mostly a pledge to end another's ("we will close the loopholes").
_WITHDRAWING = frozenset(
    (
        "pulling withdrawing scrapping shelving dropping abandoning shutting closing "
        "winding cancelling canceling axing suspending pausing halting reversing "
        "mothballing discontinuing pulled withdrawn scrapped shelved abandoned shut "
        "closed cancelled canceled axed suspended paused halted reversed discontinued "
        "mothballed"
    ).split()
)
WITHDRAWAL = Entry(
    "we're withdrawing our ...", ("we", "'re", "...", "our"), "concession", 1.0, "concession"
)
"""A withdrawal or closure of the speaker's own (a concession)."""
_WITHDRAWING_AUX = {
    "progressive": frozenset({"'m", "am", "'re", "are"}),
    "perfect": frozenset({"'ve", "have", "has"}),
    "future": frozenset({"'ll", "will"}),
}
# 1.16.0: the future of the plain verbs of dropping one's own measure is a give-way, not
# a pledge ("we'll drop the parking fee", "I'll withdraw the motion"); "scrap", "close"
# and "cut" stay out: "we'll scrap the bedroom tax" ends another's.
_DROPPING = frozenset("drop withdraw shelve rescind".split())
_FUTURE_AUX = frozenset({"'ll", "will"})
_WITHDRAWING_ADVERBS = frozenset("now also just reluctantly temporarily therefore".split())
_PARTICLES = frozenset("down back off out".split())
_OWN_OBJECTS = frozenset("our my the".split())
# What a side withdraws or closes of its own: the object must name one within three words
# ("we're pulling the parking fee proposal", "We're closing forty stores", "I'm withdrawing
# my nomination"); not "we've closed 40 deals", "we've halted the spread of the virus",
# "I'm closing my laptop", "we're pulling our weight".
_UNDERTAKINGS = frozenset(
    (
        "plan plans proposal proposals bill bills project projects programme programmes "
        "program programs policy policies campaign campaigns bid bids offer offers merger "
        "plant plants factory factories store stores office offices shop shops branch "
        "branches operation operations service services route routes site sites mine mines "
        "line lines nomination candidacy amendment amendments motion motions lawsuit suit "
        "case claim claims appeal objection objections demand demands request application "
        "product products model models launch strike ads ad advert adverts rule rules "
        "scheme schemes initiative initiatives reform reforms tax taxes fee fees tariff "
        "tariffs law laws legislation order orders restaurants locations outlets clinics "
        "schools hospitals stations"
        # 1.16.0: charges, levies and counts dropped ("we'll drop the second count")
        " charge charges count counts levy levies surcharge fine fines penalty penalties"
    ).split()
)
_NUMBER_WORDS = frozenset(
    (
        "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
        "forty fifty sixty seventy eighty ninety hundred hundreds dozens several some"
    ).split()
)


def _withdrawal_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WITHDRAWAL`` hit for each "I / we + am / are (-ing) or
    have (participle) + verb of withdrawing or closing + own object", and for each "I /
    we + 'll / will + drop / withdraw / shelve / rescind + own measure" (1.16.0)."""
    # a bare future ("we'll") yields to the give-way it announces
    bare = {
        h.first: h for h in stance if h.last - h.first == 2 and norms[h.first + 1] in _FUTURE_AUX
    }
    taken = _covered([h for h in stance if h.first not in bare])
    added, dropped = [], []
    for j, norm in enumerate(norms):
        if (norm not in _WITHDRAWING and norm not in _DROPPING) or j in taken:
            continue
        tense = (
            "future" if norm in _DROPPING else "progressive" if norm.endswith("ing") else "perfect"
        )
        k = j - 1
        while k >= 0 and norms[k] in _WITHDRAWING_ADVERBS:
            k -= 1
        if k < 1 or norms[k] not in _WITHDRAWING_AUX[tense] or norms[k - 1] not in ("i", "we"):
            continue
        if not opens_clause(norms, k - 1) or any(t in taken for t in range(k - 1, j)):
            continue
        if (k - 1 in bare) != (tense == "future"):
            continue
        o = j + 1
        if o < len(norms) and norms[o] in _PARTICLES:
            o += 1
        if o >= len(norms):
            continue
        obj = norms[o]
        if not (obj in _OWN_OBJECTS or obj in _NUMBER_WORDS or obj[:1].isdigit()):
            continue
        if not _UNDERTAKINGS.intersection(norms[o + 1 : o + 4]):
            continue
        added.append(Hit(k - 1, j + 1, (WITHDRAWAL,)))
        if k - 1 in bare:
            dropped.append(bare[k - 1])
    return _merged([h for h in stance if h not in dropped], added)


RULE_KEYS += tuple((w,) for w in sorted(_WITHDRAWING | _DROPPING))


# 1.14.0: a fight given up by the speaker's side: *I* or *we*, a negator, a verb of
# contesting, and *any further / anymore / any longer* ("We're not going to fight this
# ruling any further", "we won't contest it anymore"), or *no longer* before the verb
# ("We will no longer oppose the merger"): a give-way, not a refusal. The negated future
# ("we're not going to") is no commitment here, nor the negated verb a refusal: the hits
# inside go.
CEASED = Entry(
    "we will no longer fight", ("we", "no", "longer", "fight"), "concession", 1.0, "concession"
)
_CONTESTING = frozenset(
    (
        "fight fighting contest contesting appeal appealing challenge challenging oppose "
        "opposing resist resisting pursue pursuing dispute disputing block blocking "
        "litigate litigating"
    ).split()
)
_CEASE_AFTER = frozenset({"anymore", "further", "longer", "more"})
_CEASE_NEGATORS = frozenset({"not", "n't", "never"})
_CEASE_GAP = frozenset("'m am 're are will wo shall do does did going to gonna be is 's".split())
_CEASE_REACH = 6


def _ceased_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CEASED`` hit from the subject to the end of the first
    fight the speaker's side gives up, in place of the hits inside it."""
    n = len(norms)
    for v in range(2, n):
        if norms[v] not in _CONTESTING:
            continue
        j = v - 1
        while j >= 0 and (norms[j] in _CEASE_GAP or norms[j] in _CEASE_NEGATORS):
            j -= 1
        if j < 0 or norms[j] not in ("i", "we") or not opens_clause(norms, j):
            continue
        gap = norms[j + 1 : v]
        longer = norms[v - 2 : v] == ["no", "longer"]
        end = None
        if not longer:
            if _CEASE_NEGATORS.isdisjoint(gap):
                continue
            end = next(
                (
                    k + 1
                    for k in range(v + 1, min(n, v + 1 + _CEASE_REACH))
                    if norms[k] == "anymore" or (norms[k] in _CEASE_AFTER and norms[k - 1] == "any")
                ),
                None,
            )
            if end is None or not CLAUSE_ENDS.isdisjoint(norms[v:end]):
                continue
        else:
            end = v + 1
        kept = [h for h in stance if not j <= h.first < end]
        return _merged(kept, [Hit(j, end, (CEASED,))])
    return stance


RULE_KEYS += (("anymore",), ("any", "further"), ("any", "longer"), ("any", "more"))
RULE_KEYS += (("no", "longer"),)
_CEASE_KEYS = frozenset({"anymore", "any", "no"})


# 1.14.0: a give-way named as what another's act is, not done by the speaker: a noun of
# giving way after a copula whose subject is a demonstrative ("This is a surrender to the
# banks", "That's nothing but a capitulation"), or after *call it* ("I call it
# surrender"): an accusation, which the labels count as defiance. Not negated ("This is
# not a surrender" is left to negation), not a question.
ACCUSED = Entry(
    "this is a surrender", ("this", "is", "a", "surrender"), "defiance", 1.0, "defiance"
)
_GIVE_WAY_NOUNS = frozenset(
    (
        "surrender capitulation sellout sell-out climbdown climb-down retreat u-turn "
        "giveaway cave-in appeasement white"
    ).split()
)
_ACCUSING_FILLERS = frozenset(
    (
        "a an nothing but less than more total complete abject outright pure utter "
        "shameful craven cowardly humiliating disgraceful full just another simply "
        "basically frankly clearly plain shameless"
    ).split()
)
_ACCUSED_SUBJECTS = frozenset({"this", "that", "which", "what"})
_ACCUSING_COPULAS = frozenset({"is", "'s", "was"})
_CALLING = frozenset({"call", "calls", "called", "calling"})


def _accusation_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits, with each concession hit on a give-way noun that a demonstrative's
    copula or *call it* predicates turned into an ``ACCUSED`` hit."""
    if norms[-1] == "?":
        return stance
    changed = []
    for h in stance:
        f = h.first
        if norms[f] not in _GIVE_WAY_NOUNS or not any(
            e.category == "concession" for e in h.entries
        ):
            changed.append(h)
            continue
        k = f - 1
        while k > 0 and norms[k] in _ACCUSING_FILLERS:
            k -= 1
        accused = k >= 1 and (
            (norms[k] in _ACCUSING_COPULAS and norms[k - 1] in _ACCUSED_SUBJECTS)
            or (norms[k] in ("it", "that", "this") and norms[k - 1] in _CALLING)
        )
        negated = not _CEASE_NEGATORS.isdisjoint(norms[max(0, k - 4) : f])
        changed.append(Hit(h.first, h.last, (ACCUSED,)) if accused and not negated else h)
    return changed


# 1.14.0: "no choice but to" + a verb of resisting ("We have no choice but to fight",
# "we had no alternative but to resist"): the necessity is the speaker's resolve and the
# verb their defiance, not a give-way; the concession hits on the "no choice" go.
NO_CHOICE_RESOLVE = Entry(
    "no choice but to", ("no", "choice", "but", "to"), "resolve", 1.0, "resolve"
)
NO_CHOICE_DEFIANCE = Entry(
    "no choice but to fight", ("no", "choice", "but", "to", "fight"), "defiance", 1.0, "defiance"
)
_CHOICES = frozenset("choice choices option options alternative alternatives".split())
# verbs of resisting, by their first word ("fight back" is found by its "fight")
_RESISTING = frozenset(
    "fight resist defend persevere persist retaliate battle struggle push".split()
)


def _no_choice_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with the give-way of "no choice but to" replaced by resolve (and
    defiance) when a verb of resisting, or a defiance or resolve hit, follows it."""
    for c in range(1, len(norms) - 3):
        if norms[c] not in _CHOICES or norms[c + 1 : c + 3] != ["but", "to"]:
            continue
        start = next((k for k in range(c - 1, max(-1, c - 3), -1) if norms[k] == "no"), None)
        v = c + 3
        if start is None:
            continue
        after = [h for h in stance if h.first == v]
        resisting = norms[v] in _RESISTING and not after
        if not resisting and not any(
            e.category in ("defiance", "resolve") for h in after for e in h.entries
        ):
            continue
        kept = [h for h in stance if not (h.first < v and h.last > start)]
        entries = (NO_CHOICE_RESOLVE, NO_CHOICE_DEFIANCE) if resisting else (NO_CHOICE_RESOLVE,)
        return _merged(kept, [Hit(start, v + 1 if resisting else v, entries)])
    return stance


RULE_KEYS += tuple((w, "but", "to") for w in sorted(_CHOICES))
RULE_KEYS += tuple((w,) for w in sorted(_GIVE_WAY_NOUNS))


# 1.15.0: a give-way limited by "but not" ("I'll concede the point on timing, but not on
# the costs", "We're ready to compromise on the border, but not on the right of
# return"): the line drawn after the concession is the speaker's defiance. "but not" must
# open a phrase (a preposition or a determiner), not a degree ("but not enough", "but
# not yet"), and the concession stand before it in the sentence, not negated.
LIMITED_GIVE_WAY = Entry("but not on", ("but", "not", "on"), "defiance", 1.0, "defiance")
# 1.18.0: "for" too ("I'll apologise for the tone, but not for the substance"), not a
# span ("but not for long").
_LIMITS = frozenset("on over about when where the our my this that these those any for".split())
_LIMIT_REACH = 16
# After "but not for", a span, an idiom or a correction, not a limit on the give-way:
# "but not for long", "but not for lack of trying", "but not for the reasons you think",
# "but not for everyone".
_FOR_NO_LIMIT = frozenset(
    "long now ever lack want reason reasons everyone everybody all nothing".split()
)


def _limited_give_way_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LIMITED_GIVE_WAY`` hit on a "but not on ..." that limits
    an earlier concession of the sentence."""
    for b in range(1, len(norms) - 2):
        if norms[b] != "but" or norms[b + 1] != "not" or norms[b + 2] not in _LIMITS:
            continue
        if norms[b + 2] == "for" and not _FOR_NO_LIMIT.isdisjoint(norms[b + 3 : b + 5]):
            continue  # "but not for long", "but not for lack of effort", "not for the reasons"
        conceded = any(
            b - _LIMIT_REACH <= h.last <= b
            and any(e.category == "concession" for e in h.entries)
            and NEGATOR_WORDS.isdisjoint(norms[max(0, h.first - 3) : h.first])
            for h in stance
        )
        if conceded and not any(b <= h.first < b + 3 for h in stance):
            return _merged(stance, [Hit(b, b + 3, (LIMITED_GIVE_WAY,))])
    return stance


RULE_KEYS += (("but", "not"),)
