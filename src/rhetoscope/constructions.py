"""Rules over constructions: stance a lexicon entry cannot spell, read from a sentence's
word sequence after matching (lexicons/README.md, rules 14 and 15), tried by key word."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import NamedTuple

from .lexicon import Entry
from .matcher import Hit, Layers
from .negation import (
    FUTURE,
    NEGATOR_WORDS,
    PROGRESSIVE,
    SCOPE_BREAKS,
    YIELDING,
)

GIVING_WAY = frozenset({"concession", YIELDING})
SENTENCE_END = frozenset({".", "!", "?", ";", ":"})
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "but"})
OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "``": "''"}
SENTENCE_MARKS = frozenset({",", ".", "!", "?", ";", ":"})
GAP_KEY = "gap-key"  # the category of the gapped entries' key words in the first pass


_KEEP = "keep"
# The words (or phrases, which cost less where their first word is common) that the
# rules of lexicons rule 15 and rule 14's brushing aside look for.
RULE_KEYS = (
    ("keep",),
    ("should", "have"),
    ("should", "'ve"),
    ("should", "n't", "have"),
    ("should", "n't", "'ve"),
    ("ought", "to", "have"),
    ("whatever",),
    ("matter",),
    ("or", "no"),
    ("stand", "by"),
)
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


# Admissions: "we should have consulted them sooner", "we ought to have waited".
_SHOULD = frozenset({"should", "ought"})
ADMISSION = Entry(
    "we should have ...ed", ("we", "should", "have", "...ed"), "concession", 0.5, "concession"
)
"""What the speaker's side should have done and did not: an admission (a concession);
"I should have" is an entry of its own. A participle must follow ("we should have a
debate" is a wish)."""
_ADMITTING_ADVERBS = frozenset(
    "arguably probably perhaps maybe clearly certainly obviously frankly honestly really "
    "definitely surely".split()
)
_PARTICIPLES = frozenset(
    (
        "been done gone known seen taken made put let kept told said got gotten left held "
        "stood heard thought brought bought caught taught sought spent sent built run come read "
        "become begun given shown spoken written chosen"
    ).split()
)


_HEDGED_SHOULD = frozenset({"probably", "maybe", "perhaps", "possibly", "arguably"})


def _admission_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ADMISSION`` hit for each "we (adverb) should have / ought
    to have / should've" before a participle that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i, norm in enumerate(norms):
        if norm not in _SHOULD:
            continue
        j = i + 1 + (norm == "ought" and i + 1 < len(norms) and norms[i + 1] == "to")
        if j < len(norms) and norms[j] == "n't":
            j += 1  # 1.12.0: "I probably shouldn't have said that"
        if j >= len(norms) or norms[j] not in ("have", "'ve"):
            continue
        j += 1
        while j < len(norms) and norms[j] in _ADMITTING_ADVERBS:
            j += 1
        if j >= len(norms) or not (
            norms[j] in _PARTICIPLES or (norms[j].endswith("ed") and len(norms[j]) > 3)
        ):
            continue
        # not "whether we should have gone", "You said we should have", "the steps that
        # we should have taken"
        k = _owner(norms, i, _ADMITTING_ADVERBS, ("we", "i"), len(norms))
        if k is None or any(t in taken for t in range(i, j + 1)):
            continue
        if not any(t in taken for t in range(k, i)):
            added.append(Hit(k, j + 1, (ADMISSION,)))
        elif all(norms[t] in _HEDGED_SHOULD for t in range(k + 1, i) if t in taken):
            # 1.12.0: "I probably should've read the contract", "we maybe should have
            # waited": the hedge stays a hedge; the admission's hit starts after it
            added.append(Hit(i, j + 1, (ADMISSION,)))
    return _merged(stance, added)


def _owner(
    norms: Sequence[str], at: int, adverbs: frozenset[str], subjects: Sequence[str], reach: int
) -> int | None:
    """Where the first-person subject of the verb at ``at`` stands, past at most ``reach``
    - 1 of ``adverbs``, when it opens its clause; else None."""
    k = at - 1
    while k >= 0 and at - k <= reach and norms[k] in adverbs:
        k -= 1
    if k < 0 or norms[k] not in subjects or not opens_clause(norms, k):
        return None
    return k


def _covered(stance: Sequence[Hit]) -> set[int]:
    """The token positions the stance hits cover: a construction rule adds no hit there."""
    return {i for h in stance for i in range(h.first, h.last)}


def _merged(stance: list[Hit], added: list[Hit]) -> list[Hit]:
    """The stance hits and the hits a construction rule added, in order of position."""
    return sorted(stance + added, key=lambda h: h.first) if added else stance


# 1.7.0: constructions, not phrases. The speaker's own failure owned in a past verb of
# failing, with adverbs before it: "I completely misread that market", "we badly
# underestimated demand", "I've apologized to the crew".
_FAILING = frozenset(
    (
        "misread misjudged miscalculated mishandled misspoke misstepped misfired "
        "underestimated overestimated overreached overpromised overplayed overpaid "
        "botched bungled fumbled erred apologized apologised underdelivered"
        # 1.9.0: misstatements owned ("I may have overstated the crime numbers")
        " overstated exaggerated overstepped misstated mischaracterized misremembered"
        # 1.11.0: the spoken verbs of botching ("I flubbed the answer", "we muffed it")
        " flubbed muffed butchered mangled"
        # 1.12.0: things lost or missed through one's own fault ("we probably misfiled
        # some of it", "we overlooked the warning")
        " misfiled misplaced mislabeled mislabelled miscounted misreported overlooked"
    ).split()
)
FAILURE_OWNED = Entry(
    "i/we (adverb) failed", ("i", "...", "failed"), "concession", 1.0, "concession"
)
"""The speaker's own failure, owned in a past verb of failing (an admission)."""
_FAILING_ADVERBS = frozenset(
    (
        "completely totally badly really just simply clearly obviously frankly honestly "
        "probably seriously utterly entirely massively fundamentally already personally "
        "also have 've had may might"
    ).split()
)
# 1.9.0: an admission under a modal of possibility is still an admission, hedged: "I may
# have overstated the numbers", "we might have underestimated demand" (the modal stays a
# hedge; the admission's hit starts after it).
_HEDGED_ADMISSION = frozenset({"may", "might", "probably"})


def _failure_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``FAILURE_OWNED`` hit for each "I / we (adverbs, have) +
    verb of failing" whose subject opens its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if norm not in _FAILING or j in taken:
            continue
        if norms[j + 1 : j + 4] == ["on", "the", "side"]:
            continue  # "I erred on the side of caution" defends the choice
        k = _owner(norms, j, _FAILING_ADVERBS, ("i", "we"), 3)
        if k is None:
            continue
        inside = [t for t in range(k, j) if t in taken]
        if all(norms[t] in _HEDGED_ADMISSION for t in inside):
            added.append(Hit(max(inside) + 1 if inside else k, j + 1, (FAILURE_OWNED,)))
    return _merged(stance, added)


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
# "closing the gap", "closing in on", "pulling the trigger", "closing the deal"
_NOT_WITHDRAWN = frozenset(
    (
        "gap gaps loophole loopholes border borders deal trigger door ranks distance "
        "lid curtain stops plug"
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
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "and", "but", "so"})
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


RULE_KEYS += tuple((w,) for w in sorted(_FAILING | _WITHDRAWING | _DROPPING | {_ANYWAY}))


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


# 1.7.0: an adverb inside a first-person entry. Spoken and written alike put an adverb
# after the subject or its auxiliary ("I really couldn't tell you", "I honestly don't
# know", "we just can't accept that", "I'm truly sorry for", "I totally messed up"): the
# entry is looked for again, from its subject, without the adverb.
INSERTED = frozenset(
    "really honestly just genuinely truly frankly simply actually totally completely "
    "seriously".split()
)
_INSERT_HOSTS = frozenset(
    "'m am 're are 'll will wo 've have had did do does was were can ca could would".split()
)
_INSERT_WINDOW = 9


def inserted_hits(
    main: Layers,
    starts: frozenset[tuple[str, ...]],
    norms: Sequence[str],
    stance: list[Hit],
    at: Sequence[int],
) -> list[Hit]:
    """The stance hits with the hits an inserted adverb split: each entry that starts at
    *I* or *we* (or its auxiliary) and runs two words or more past the adverb, matched
    without it. ``starts`` holds the first three words of the entries of three words or
    more that start with *I* or *we*, so that the window is matched only where one may
    start; ``at`` holds the adverbs' positions."""
    added: list[Hit] = []
    for k in at:
        if k == 0:
            continue
        start = k - 1
        if norms[start] in _INSERT_HOSTS and start and norms[start - 1] in ("i", "we"):
            start -= 1
        elif norms[start] not in ("i", "we"):
            continue
        before = k - start
        if tuple(norms[start:k]) + tuple(norms[k + 1 : k + 4 - before]) not in starts:
            continue
        window = [*norms[start:k], *norms[k + 1 : k + _INSERT_WINDOW]]
        for hit in main.find_marked(window)[0][0]:
            if hit.first != 0 or hit.last < before + 2:
                continue  # two words at least after the adverb: not "I just feel it"
            if any(e.category == GAP_KEY for e in hit.entries):
                continue
            new = Hit(start, start + hit.last + 1, hit.entries)
            if all(
                h.last <= new.first
                or h.first >= new.last
                or (h.first >= new.first and h.last <= new.last)
                for h in stance
            ):
                added.append(new)
            break
    if not added:
        return stance
    inside = {h for h in stance for a in added if h.first >= a.first and h.last <= a.last}
    return sorted([h for h in stance if h not in inside] + added, key=lambda h: h.first)


RULE_KEYS += tuple((w,) for w in sorted(INSERTED))


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
)
_VERDICT_SUBJECTS = frozenset("that this it those these".split())
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


def _contradiction_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CONTRADICTION`` hit for each flat contradiction that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for v, word in enumerate(norms):
        if word not in _VERDICTS or v in taken:
            continue
        if v + 1 < len(norms) and norms[v + 1] in _VERDICT_AFTER:
            continue  # "it's wrong to", "what's wrong with"
        c = v - 1
        while c >= 0 and v - c <= 3 and norms[c] in _VERDICT_FILLERS:
            c -= 1
        if c < 1 or norms[c] not in VERDICT_COPULAS:
            continue
        start = c - 1
        if norms[start] in _VERDICT_SUBJECTS:
            if start and norms[start - 1] not in _VERDICT_OPENERS:
                continue  # "things that are wrong", "I saw that it was wrong"
        elif norms[start] not in _VERDICT_NOUNS:
            continue
        if word == "wrong" and not _VERDICT_ADVERBS.intersection(norms[c + 1 : v]):
            continue  # "it was wrong": a moral judgement as often as a rebuttal
        # 1.11.0: an adverb that is a hit of its own ("categorically") is taken in
        inside = {i for i in range(c + 1, v) if norms[i] in _VERDICT_ADVERBS}
        if not taken.isdisjoint(set(range(start, v + 1)) - inside):
            continue
        added.append(Hit(start, v + 1, (CONTRADICTION,)))
    return _merged(stance, added) if added else stance


RULE_KEYS += tuple((w,) for w in sorted(_VERDICTS))


# 1.8.0: a wrong choice owned: *I* or *we* opening the clause, up to two adverbs, a past
# verb and "the / a wrong" ("we built the wrong product", "I called the wrong play", "I
# made the wrong call", "we picked the wrong fight" is an entry of its own).
WRONG_CHOICE = Entry(
    "i/we ...ed the wrong", ("i", "...", "the", "wrong"), "concession", 1.0, "concession"
)
_CHOOSING = frozenset(
    "made built picked chose called took hired backed bet read ran went sent bought signed "
    "pushed played started drew set did".split()
)


def _wrong_choice_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WRONG_CHOICE`` hit for each owned wrong choice that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for w, norm in enumerate(norms):
        if norm != "wrong" or w < 3 or w in taken or norms[w - 1] not in ("the", "a"):
            continue
        verb = w - 2
        if norms[verb] not in _CHOOSING and not (
            norms[verb].endswith("ed") and len(norms[verb]) > 4
        ):
            continue
        k = _owner(norms, verb, _FAILING_ADVERBS, ("i", "we"), 3)
        if k is not None and taken.isdisjoint(range(k, w + 1)):
            added.append(Hit(k, w + 1, (WRONG_CHOICE,)))
    return _merged(stance, added)


# 1.8.0: litotes, an admission by refusing to claim all is well: "I'm not gonna stand
# here and tell you everything's fine", "I won't pretend that things went perfectly",
# "I can't tell you it all went smoothly". The negator, within six words, a verb of
# claiming (*tell, say, pretend, claim*), then *everything* or *things* and, within
# five words of the same clause, a word of all being well. The negation is the
# admission's own: the hit holds it, and a yielding frame before the verb ("stand here
# and") is taken in.
LITOTES = Entry(
    "not tell you everything is fine",
    ("not", "tell", "...", "fine"),
    "concession",
    1.0,
    "concession",
)
_ALL_WELL = frozenset(
    "fine perfect perfectly great okay ok rosy smoothly wonderful wonderfully hunky-dory "
    "flawless flawlessly right".split()  # 1.11.0: "...pretend we got everything right"
)
_CLAIMING = frozenset("tell say pretend claim".split())
_ALL_OF_IT = frozenset("everything things".split())
_GOING_WELL = frozenset("went gone go goes going ran run runs worked works was were is are".split())


def _litotes_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LITOTES`` hit for each refusal to claim all is well."""
    added, dropped = [], []
    taken = {i: h for h in stance for i in range(h.first, h.last)}
    for a, norm in enumerate(norms):
        if (norm not in _ALL_WELL and norm != "well") or a in taken:
            continue
        e = next(
            (i for i in range(a - 1, max(-1, a - 6), -1) if norms[i] in _ALL_OF_IT),
            None,
        )
        if (e is None or norm == "well") and a and norms[a - 1] in _GOING_WELL:
            # 1.11.0: "tell you the pension rollout went smoothly", "say it went well"
            e = next(
                (
                    i
                    for i in range(a - 2, max(-1, a - 8), -1)
                    if norms[i - 1 : i]
                    and (norms[i - 1] in _CLAIMING or norms[i - 1] in ("you", "that"))
                ),
                None,
            )
        elif norm == "well":
            continue
        if e is None or any(norms[i] in SCOPE_BREAKS for i in range(e, a)):
            continue
        v = next((i for i in range(e - 1, max(-1, e - 4), -1) if norms[i] in _CLAIMING), None)
        if v is None:
            continue
        start = v
        frame = taken.get(v - 1)
        if frame is not None and all(e.category == YIELDING for e in frame.entries):
            start = frame.first  # "stand here and"
        n = next(
            (i for i in range(start - 1, max(-1, start - 7), -1) if norms[i] in NEGATOR_WORDS),
            None,
        )
        if n is None or any(norms[i] in SCOPE_BREAKS for i in range(n, start)):
            continue
        inner = [h for h in stance if h.first >= start and h.last <= a + 1]
        if len(inner) != len({h for i in range(start, a + 1) if (h := taken.get(i))}):
            continue  # a hit running past the span
        dropped.extend(inner)
        added.append(Hit(start, a + 1, (LITOTES,)))
    if not added:
        return stance
    return sorted([h for h in stance if h not in dropped] + added, key=lambda h: h.first)


_LITOTES_KEYS = _ALL_OF_IT | frozenset("smoothly perfectly flawlessly well perfect".split())
RULE_KEYS += tuple((w,) for w in sorted(_LITOTES_KEYS))


# 1.8.0: a prohibition to the other side: "you will not bulldoze our homes", "you won't
# silence us", "You shall not take our land": *you*, a future and its negator, then within
# four words an object of the speaker's side (*us, our, me, my*). Defiance, and resolve:
# the speaker commits to stopping it. Not perception or need ("you won't believe our
# prices", "you won't need your ticket").
PROHIBITION = Entry(
    "you will not ... our", ("you", "will", "not", "...", "our"), "defiance", 1.0, "defiance"
)
PROHIBITION_RESOLVE = replace(PROHIBITION, category="resolve", lexicon="resolve")
_OURS = frozenset("us our me my".split())
_NOT_PROHIBITED = frozenset(
    "believe regret find see hear like need get know be have want mind forget recognize "
    "recognise notice miss lose".split()
    # 1.11.0: a promise to the audience of what it will not bear ("You will not pay more
    # under my plan", "you won't wait longer for our buses"): no prohibition
    + "pay owe spend suffer wait face receive".split()
)
# 1.11.0: "...under my plan", "with our bill": the speaker's proposal, not the object
_PROPOSAL_PREPOSITIONS = frozenset("under with in through".split())
_PROPOSALS = frozenset("plan plans proposal bill budget program programme scheme policy".split())


def _prohibited_verb(norms: Sequence[str], y: int) -> int | None:
    """The verb after "you will not" / "you won't" / "you shall not", or (1.9.0) after
    "you're not going to" / "you're not gonna" ("You're not gonna convince me": the
    future of *be going to* prohibits as *will* does), at token ``y`` ("you")."""
    after = tuple(norms[y + 1 : y + 5])
    if after[:1] in (("will",), ("wo",), ("shall",)) and after[1:2] in (("not",), ("n't",)):
        return y + 3
    if after[:1] in (("'re",), ("are",)) and after[1:2] == ("not",):
        if after[2:3] == ("gonna",):
            return y + 4
        if after[2:4] == ("going", "to"):
            return y + 5
    return None


def _prohibition_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a prohibition hit for each "you will not ... our"."""
    taken = _covered(stance)
    added = []
    for y, norm in enumerate(norms):
        if norm != "you" or y + 3 >= len(norms):
            continue
        verb = _prohibited_verb(norms, y)
        if verb is None or verb >= len(norms):
            continue
        if not opens_clause(norms, y):
            continue  # "I hope you won't take my five seconds away"
        if norms[verb] in _NOT_PROHIBITED or norms[verb] in ("ever", "be"):
            continue
        end = next(
            (i for i in range(verb + 1, min(len(norms), verb + 5)) if norms[i] in _OURS),
            None,
        )
        if end is None or any(norms[i] in SCOPE_BREAKS for i in range(verb, end)):
            continue
        if (
            norms[end - 1] in _PROPOSAL_PREPOSITIONS
            and norms[end + 1 : end + 2] != []
            and (norms[end + 1] in _PROPOSALS)
        ):
            continue  # "You will not lose a dime under my plan"
        if not taken.isdisjoint(range(y, end + 1)):
            continue
        added.append(Hit(y, end + 1, (PROHIBITION, PROHIBITION_RESOLVE)))
    return _merged(stance, added)


RULE_KEYS += (("you", "will", "not"), ("you", "wo", "n't"), ("you", "shall", "not"), ("wrong",))
RULE_KEYS += (("you", "'re", "not"), ("you", "are", "not"))


# 1.10.0: a dare to the other side: a permission granted to an adversary and made light
# of ("You can sue me all you want", "They can put up all the fences they want; we'll be
# back tomorrow", "Let 'em draft whoever they want, I'm the starter", "The state can take
# us to court if it likes; the plant opens on Monday"): defiance. The permission is a
# *can* whose subject is not *I* or *we* (not negated), or a clause opening with *let*
# and another party; *all X want* makes light of it alone, *whoever / whatever / if X
# like(s)* only before a clause of the speaker's after it ("You can buy whatever you
# want" and "You can call me Bob if you like" are no dares).
DARE = Entry(
    "can ... all you want", ("can", "...", "all", "you", "want"), "defiance", 1.0, "defiance"
)
_DARE_OPENERS = frozenset({"all", "if", "whoever", "whatever"})
# What a dare permits: an attack or pressure on the speaker's side, or talk against it
# ("The auditors can dig all they like", "They can threaten all they want", "can take
# us to court if it likes"), or one the speaker answers with a commitment ("Let 'em
# draft whoever they want, I'm gonna stay the starter"); an offer permits anything else
# ("You can eat all you want", "ask me whatever you want, I'm an open book").
_DARE_VERBS = frozenset(
    (
        "say talk think threaten complain criticize criticise attack sue investigate dig "
        "probe audit subpoena yell scream shout protest whine bully spin lie bluster rant "
        "rage tweet bark smear push pressure demand try hate laugh mock insult accuse "
        "blame boo call insist argue claim howl moan grumble object picket march boycott "
        "fire impeach fine ban arrest block fight huff puff cry lecture smirk sneer court "
        "twist test write drag stall delay filibuster"
    ).split()
)
_DARE_PARTIES = frozenset("you they he she it 'em them".split())
_DARE_WANTS = frozenset("want wants like likes wish wishes please pleases".split())
_DARE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--"})
_DARE_OWN = frozenset("i we our my i 'm we 're".split())
_DARE_LEADS = frozenset({"and", "but", "so", "well", "still"})


# 1.17.0: a dare's tail may also be a stretch of time ("They can twist my words all day",
# "they can test me every day of the week") or *what X want(s)* ("The critics can write
# what they want"); the permitted verb must then be one of pressure or talk, as for *all
# X want*. A stretch of time must end its clause ("He can talk all day about baseball
# cards" is no dare).
_DARE_TIMES = frozenset("day afternoon night morning week year".split())
_WEEK = ("every", "day", "of", "the", "week")
_DARE_KEYS = _DARE_OPENERS | {"what", "every"}


def _dare_tail(norms: Sequence[str], t: int) -> int:
    """The length of the dare's tail starting at token ``t`` ("all you want", "if it
    likes", "what they want", "all day", "every day of the week"), or 0."""
    norm = norms[t]
    if norm == "every" and tuple(norms[t : t + len(_WEEK)]) == _WEEK:
        return _clause_final(norms, t, len(_WEEK))
    if norm == "all" and t + 1 < len(norms) and norms[t + 1] in _DARE_TIMES:
        return _clause_final(norms, t, 2 + (norms[t + 2 : t + 3] == ["long"]))
    if (
        t + 2 < len(norms)
        and norms[t + 1] in _DARE_PARTIES
        and norms[t + 2] in _DARE_WANTS
        and norm in _DARE_KEYS
    ):
        return 3
    return 0


def _clause_final(norms: Sequence[str], t: int, length: int) -> int:
    """``length`` if the tail of that length at ``t`` ends its clause, else 0."""
    end = t + length
    return length if end >= len(norms) or norms[end] in _DARE_BREAKS else 0


def _dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DARE`` hit on each tail ("all you want", "if it likes",
    "all day") of a permission granted to another party."""
    taken = _covered(stance)
    added = []
    for t, norm in enumerate(norms):
        if norm not in _DARE_KEYS:
            continue
        tail = _dare_tail(norms, t)
        if not tail or not taken.isdisjoint(range(t, t + tail)):
            continue
        s = t - 1
        while s >= 0 and norms[s] not in _DARE_BREAKS:
            s -= 1
        s += 1
        permitted = norms[s] == "let" and s + 1 < t and norms[s + 1] not in ("me", "us", "'s")
        for c in range(s + 1, t):
            if (
                norms[c] == "can"
                and norms[c - 1] not in ("i", "we")
                and norms[c + 1] not in NEGATOR_WORDS
            ):
                permitted = True
        if not permitted or "if" in norms[:s]:
            continue  # "if you've got a kid..., you can lecture him all you want": advice
        if _DARE_VERBS.isdisjoint(norms[s:t]) and not _committed_after(stance, t + tail):
            continue  # an offer: "You can eat all you want", "bring whoever you like"
        if norm in ("if", "whoever", "whatever") and not _own_clause_after(norms, t + tail):
            continue
        added.append(Hit(t, t + tail, (DARE,)))
    return _merged(stance, added)


def _committed_after(stance: Sequence[Hit], at: int) -> bool:
    """Whether the speaker commits or resists after ``at`` ("Let 'em draft whoever they
    want, I'm gonna stay the starter")."""
    return any(
        h.first >= at and any(e.category in ("resolve", "defiance") for e in h.entries)
        for h in stance
    )


def _own_clause_after(norms: Sequence[str], at: int) -> bool:
    """Whether a clause follows at ``at``: any after a semicolon or a dash ("; the
    pipeline goes ahead"), one of *I* or *we* after a comma (", I'm the starter")."""
    if at >= len(norms) or norms[at] not in (",", ";", "\u2014", "--", ":"):
        return False
    i = at + 1
    while i < len(norms) and norms[i] in _DARE_LEADS:
        i += 1
    if i >= len(norms) or norms[i] in SENTENCE_MARKS:
        return False
    return norms[at] != "," or norms[i] in _DARE_OWN


RULE_KEYS += tuple(
    (o, p, w)
    for o in sorted(_DARE_KEYS)
    for p in sorted(_DARE_PARTIES)
    for w in sorted(_DARE_WANTS)
)
RULE_KEYS += (*(("all", d) for d in sorted(_DARE_TIMES)), _WEEK)


# 1.18.0: a dare in the imperative: the other side told to do its worst to the speaker's
# side ("Fire me, then.", "Arrest us again if you like", "Impeach me. I'll be here",
# "Go ahead and sue us"): defiance, as every such sentence of the labelled sets (15 of
# 15). Only punitive verbs, with *me* or *us*, opening a sentence (or after an
# interjection such as "fine," or "go ahead and"), and not asked back ("Sack me?"):
# "Call me tomorrow", "Drop us a line", "They'll fire us" are no dares.
IMPERATIVE_DARE = Entry("fire me (a dare)", ("fire", "me"), "defiance", 1.0, "defiance")
_PUNITIVE = frozenset(
    (
        "sue sack fire expel arrest jail impeach ban suspend prosecute indict deport "
        "censure cancel boo subpoena investigate primary lock kick throw drag fine try"
    ).split()
)
# Verbs that dare only with their own particle or at the clause's end: "try me." but not
# "try us on Monday" or "Try us out", "kick me out" but not "kick us the ball", "fine
# me." but not "Fine, we'll". Other verbs take no particle: "Fire me up!" cheers.
_PUNITIVE_CLOSED = frozenset("try lock kick throw drag fine".split())
_DARE_PARTICLES = {
    "lock": frozenset({"up", "away"}),
    "kick": frozenset({"out", "off"}),
    "throw": frozenset({"out", "away"}),
    "drag": frozenset({"out", "away"}),
}
# Verbs too mild to dare on their own ("Cancel me." may ask to cancel a booking): only
# with "then / again / if you like / all you want" after them.
_PUNITIVE_MILD = frozenset({"cancel", "boo"})
_DARED = frozenset({"me", "us"})
_DARE_AFTER = frozenset("again then now already too anyway all if".split())
_DARE_INTERJECTIONS = frozenset("fine okay ok so then well go ahead on and just".split())


def _opens_dare(norms: Sequence[str], v: int) -> bool:
    """Whether the verb at ``v`` opens its sentence, after interjections ("fine,", "go
    ahead and") but not after another clause's comma ("They'll arrest us, jail us")."""
    j = v - 1
    while j >= 0 and (norms[j] in _DARE_INTERJECTIONS or norms[j] == ","):
        j -= 1
    return j < 0 or norms[j] in SENTENCE_END


def _imperative_dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``IMPERATIVE_DARE`` hit on each punitive imperative of
    *me* or *us* that opens its sentence and is not asked back."""
    if _DARED.isdisjoint(norms):
        return stance
    taken = _covered(stance)
    added = []
    n = len(norms)
    for v in range(n - 1):
        if norms[v] not in _PUNITIVE or norms[v + 1] not in _DARED:
            continue
        if not taken.isdisjoint(range(v, v + 2)) or not _opens_dare(norms, v):
            continue  # "Boo us all you want": already a dare
        e = v + 2
        particle = e < n and norms[e] in _DARE_PARTICLES.get(norms[v], ())
        e += particle
        if norms[v] in _PUNITIVE_CLOSED and not particle and e < n and norms[e] not in ".!;":
            continue
        after = e
        while e < n and norms[e] in _DARE_AFTER:
            e += 1
        if norms[v] in _PUNITIVE_MILD and e == after:
            continue  # "Cancel me.": a booking as likely as a dare
        if e < n and norms[e] not in SENTENCE_MARKS and norms[e] not in ("you", "they"):
            continue  # "sue me for the cost of the fence": the clause goes on
        if e < n and norms[e] == "?":
            continue  # "Sack me?": the other side's threat asked back
        added.append(Hit(v, v + 2, (IMPERATIVE_DARE,)))
    return _merged(stance, added)


RULE_KEYS += tuple((w,) for w in sorted(_PUNITIVE))


# 1.18.0: a dare answered by the speaker's own course: the other side may do its worst,
# and the speaker's side will go on ("They can block the roads, we'll drive through the
# fields", "You can jail me again and I'll still write"): defiance, as 10 of 10 such
# sentences of the labelled sets. The permission is *can* after *they / you / he / she*
# opening its clause, with a verb hostile in itself ("blockade", "threaten") or a verb of
# pressure with the speaker's side as its object ("shut us down", "jail me", "put me
# away"); the answer is the next clause, *I* or *we* with a future. "You can pick it up
# Monday and we'll have it ready", "You can close the door and we'll start" are offers
# (no pressure on us), "both sides can be proud of, and we'll honor it" no dare (no
# party).
_COUNTER_PARTIES = frozenset({"they", "you", "he", "she"})
_HOSTILE_VERBS = frozenset(
    "blockade threaten bully smear mock insult picket boycott outspend outvote besiege".split()
)
# Verbs of pressure that dare only on us: "They can strike a deal, and we'll sign it",
# "You can ban smoking and we'll support it" are no dares. Talk ("say", "call") is an
# offer here ("You can call me tomorrow, and I'll send the form").
_COUNTER_VERBS = (_PUNITIVE - {"try", "charge", "fine", "bench", "recall", "audit"}) | frozenset(
    "attack pressure push accuse blame block close shut strike starve squeeze".split()
)
_PUT_AWAY = frozenset({("put", "away"), ("cut", "off")})  # "put me away", "cut us off"
_COUNTER_OBJECT_REACH = 3
_COUNTER_FUTURE = frozenset({"will", "'ll", "shall"})
_COUNTER_REACH = 14


def _answering_course(norms: Sequence[str], at: int) -> bool:
    """Whether *I* or *we* with a future opens a clause at ``at`` (after "and", "but")."""
    while at < len(norms) and norms[at] in ("and", "but", "then"):
        at += 1
    return at + 1 < len(norms) and norms[at] in ("i", "we") and norms[at + 1] in _COUNTER_FUTURE


def _pressing(norms: Sequence[str], v: int, end: int) -> bool:
    """Whether the verb at ``v`` presses on the speaker's side: hostile in itself, or a
    verb of pressure with *me / us / our / my* right after it ("shut us down")."""
    if norms[v] in _HOSTILE_VERBS:
        return True
    ours = [i for i in range(v + 1, min(end, v + 1 + _COUNTER_OBJECT_REACH)) if norms[i] in _OURS]
    if not ours or norms[v] in _COUNTER_VERBS:
        return bool(ours)
    particle = ours[0] + 1
    return v + 1 == ours[0] and particle < end and (norms[v], norms[particle]) in _PUT_AWAY


def _counter_dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DARE`` hit on each *can* of a permission to another
    party that the speaker's side answers with its own course in the next clause."""
    if _COUNTER_FUTURE.isdisjoint(norms):
        return stance
    taken = _covered(stance)
    added = []
    n = len(norms)
    for c in range(1, n - 1):
        if norms[c] != "can" or norms[c - 1] not in _COUNTER_PARTIES or c in taken:
            continue
        if norms[c + 1] in NEGATOR_WORDS or not opens_clause(norms, c - 1):
            continue
        if c >= 2 and norms[c - 2] in ("if", "?"):
            continue
        end = c + 1
        while end < min(n, c + _COUNTER_REACH) and norms[end] not in _DARE_BREAKS:
            if norms[end] == "and" and _answering_course(norms, end):
                break
            end += 1
        if not any(_pressing(norms, v, end) for v in range(c + 1, end)):
            continue  # an offer: "You can close the door and we'll start the meeting"
        if end >= n or norms[end] in ("?", "."):
            continue
        if not _answering_course(norms, end + (norms[end] in (",", ";", "\u2014", "--"))):
            continue
        added.append(Hit(c - 1, c + 1, (DARE,)))
    return _merged(stance, added)


RULE_KEYS += tuple((p, "can") for p in sorted(_COUNTER_PARTIES))


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
_PLAIN_SUBJECTS = frozenset({"i", "we"})
_PLAIN_PROGRESSIVE = frozenset({"'m", "am", "'re", "are", "ai"})
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
_PLAIN_ENDS = frozenset({".", "!", ",", ";", "\u2014", "--", "\u2013"})
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
        if norms[s] not in _PLAIN_SUBJECTS or norms[s + 2] not in _PLAIN_NEGATORS:
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


# 1.12.0: the same again. *I* or *we* opening the clause, *'d* or *would*, a verb and up
# to five words of its own, then *again* closing the clause ("I'd write that check again
# tomorrow", "I'd vote for it again", "I'd say no again"): standing by a past act, as
# the entries `i 'd do it again` and `i 'd make the same call again` do (defiance). Not
# a wish or a need ("I'd like to fly again", "I'd have to look at the numbers again"), a
# negation ("I'd never work here again"), nor a subordinate clause ("whether I'd vote
# for it again").
SAME_AGAIN = Entry("i 'd ... again", ("i", "'d", "...", "again"), "defiance", 1.0, "defiance")
_WOULD = frozenset({"'d", "would"})
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
        if norms[s] not in _PLAIN_SUBJECTS or norms[s + 1] not in _WOULD:
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


# (subject, auxiliary) only: a key holding the negator would hide the keys that start
# with it ("not be": ``_pushed_hits``).
RULE_KEYS += tuple(
    (s, a)
    for s, auxes in (("i", ("'m", "am", "ai")), ("we", ("'re", "are", "ai")))
    for a in (*auxes, "will", "wo", "shall")
)


# 1.13.0: spoken hedges, failures of timing and extent, candour frames. Rules over
# constructions, each keyed on a word few sentences hold.
#
# *kind of* and *sort of* as spoken hedges ("I kind of agree", "we kind of lost our legs",
# "it's sort of easing", "Kind of, yeah."): after a subject pronoun, a copula or an
# auxiliary, an adverb of degree, a filler or a clause boundary. Not the noun ("what kind
# of question", "this kind of weapon", "the very kind of people", "some kind of expert",
# "an Istanbul 2005 kind of comeback"), which a determiner, an adjective or a name precedes.
SPOKEN_HEDGE = Entry("kind of", ("kind", "of"), "hedging", 1.0, "hedging")
_HEDGE_NOUNS = frozenset({"kind", "sort"})
_HEDGE_BEFORE = frozenset(
    (
        "i we you he she it they 's 're 'm is are am was were be been being 've have has had "
        "just really also still only , ; : \u2014 -- - uh um er and but so like "
        "'d 'll would will did do does ..."
    ).split()
)
# (nor the adjective: "It is kind of you to come", "That was kind of them")
_HEDGE_NOT_AFTER = frozenset(
    "thing things stuff person people guy man you him her them us me".split()
)


def _spoken_hedge_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SPOKEN_HEDGE`` hit for each *kind of* / *sort of* used as
    a hedge (a degree adverb), not as a noun, that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(n - 1):
        if norms[i] not in _HEDGE_NOUNS or norms[i + 1] != "of" or i in taken or i + 1 in taken:
            continue
        if i > 0 and norms[i - 1] not in _HEDGE_BEFORE:
            continue
        if i + 2 < n and norms[i + 2] in _HEDGE_NOT_AFTER:
            continue
        added.append(Hit(i, i + 2, (SPOKEN_HEDGE,)))
    return _merged(stance, added)


RULE_KEYS += (("kind", "of"), ("sort", "of"))


# 1.13.0: a failure of timing or extent owned: *I* or *we* opening the clause, a past
# verb, and *too late / too slowly / too slow / too soon* or a negated *quickly / fast /
# soon / hard / well enough* ("We locked down too late", "we did not act on it quickly
# enough", "I moved too slowly"): an admission, like `acted too late`. Not a warning or
# a future ("we will be too late", "if we wait we'll be too late"), a question, nor
# another's ("they moved too late").
LATE_OWNED = Entry("we acted too late", ("we", "...", "late"), "concession", 1.0, "concession")
_TOO = frozenset({"late", "slowly", "slow", "soon", "long", "little"})
_ENOUGH_BEFORE = frozenset({"quickly", "fast", "soon", "hard", "well", "early", "seriously"})
_LATE_NOT = frozenset(
    (
        "will 'll would 'd could can ca may might must shall going gonna if when unless "
        "whether that who which because before until never not n't to is are 's 're am 'm"
    ).split()
)
_IRREGULAR_PAST = frozenset(
    (
        "was were did had got went came moved took made ran left let put set cut shut "
        "spent sent began brought thought saw knew"
    ).split()
)
_LATE_REACH = 9


def _late_owned_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LATE_OWNED`` hit for each "I / we + past verb ... too late"
    or "I / we + did not / didn't ... quickly enough" that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for j in range(1, n):
        w = norms[j]
        if w in _TOO and norms[j - 1] == "too":
            end, negated = j + 1, False
        elif w == "enough" and norms[j - 1] in _ENOUGH_BEFORE:
            end, negated = j + 1, True
        else:
            continue
        if end < n and norms[end] not in CLAUSE_ENDS:
            continue  # "too late to", "too soon after": the clause goes on
        k = j - 2
        while k >= 0 and j - k <= _LATE_REACH and norms[k] not in ("i", "we"):
            if norms[k] in CLAUSE_ENDS or norms[k] in _CLAUSE_OPENERS:
                k = -1
                break
            k -= 1
        if k < 0 or norms[k] not in ("i", "we") or not opens_clause(norms, k):
            continue
        between = norms[k + 1 : j - 1]
        if negated:
            # "we did not act on it quickly enough", "we didn't move fast enough"
            if between[:2] not in (["did", "not"], ["did", "n't"]):
                continue
            rest = between[2:]
        else:
            verb = between[0] if between else ""
            if not (verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 3)):
                continue
            rest = between[1:]
        if any(t in _LATE_NOT for t in rest) or any(t in taken for t in range(k, end)):
            continue
        added.append(Hit(k, end, (LATE_OWNED,)))
    return _merged(stance, added)


_LATE_KEYS = _ENOUGH_BEFORE | {"too"}
RULE_KEYS += tuple(("too", w) for w in sorted(_TOO)) + tuple(
    (w, "enough") for w in sorted(_ENOUGH_BEFORE)
)


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


# 1.13.0: what the speaker's side could have done better, owned: *I* or *we* opening the
# clause, *could have / could've*, a participle and a comparative of improvement closing
# the clause ("I guess we could've communicated that better", "we could have moved
# sooner", "I could have handled it differently"): an admission, like the entries `could
# have done better`. Not a question ("Could we have done more?", answered by
# ``self_admission``), a condition ("if we could have moved sooner"), nor what another
# could have done ("they could have acted sooner").
COULD_BETTER = Entry(
    "we could have ...ed better",
    ("we", "could", "have", "...ed", "better"),
    "concession",
    1.0,
    "concession",
)
_COULD = frozenset({"could"})
_IMPROVING = frozenset("better sooner earlier differently faster quicker more".split())
_COULD_REACH = 6


def _could_better_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``COULD_BETTER`` hit for each "I / we could have +
    participle ... better" that closes its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(1, n - 2):
        if norms[i] != "could" or norms[i + 1] not in ("have", "'ve"):
            continue
        v = i + 2
        verb = norms[v]
        if not (verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 3)):
            continue
        k = _owner(norms, i, _ADMITTING_ADVERBS, ("we", "i"), 3)
        if k is None:
            continue
        end = next(
            (j + 1 for j in range(v + 1, min(n, v + 1 + _COULD_REACH)) if norms[j] in _IMPROVING),
            None,
        )
        if end is None or any(w in CLAUSE_ENDS for w in norms[v + 1 : end - 1]):
            continue
        if end < n and norms[end] not in CLAUSE_ENDS:
            continue  # "could have done more to help": the clause goes on
        inside = [t for t in range(k, end) if t in taken]
        if any(t >= i for t in inside) or not all(norms[t] in _HEDGED_SHOULD for t in inside):
            continue
        added.append(Hit(i, end, (COULD_BETTER,)))
    return _merged(stance, added)


RULE_KEYS += (("could", "have"), ("could", "'ve"))


# 1.14.0: what the speaker would do differently, given another chance: *I* or *we*
# opening the clause, *would / 'd*, optionally *have* and a participle, or a verb of
# acting, and *differently* closing the clause ("If I'd known then what I know now, I'd
# have voted differently", "I'd handle it differently today"): an admission, like
# ``COULD_BETTER``. Not negated ("I wouldn't have done anything differently" stands by
# it), not a view ("the court would see it differently"), not another's.
WOULD_DIFFERENTLY = Entry(
    "we would have ...ed differently",
    ("we", "would", "have", "...ed", "differently"),
    "concession",
    1.0,
    "concession",
)
_ACTING = frozenset(
    "do vote handle approach act play run manage treat spend word phrase say".split()
)
_NOT_DIFFERENTLY = frozenset("not n't never nothing anything".split())
_DIFFERENTLY_REACH = 6


def _would_differently_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WOULD_DIFFERENTLY`` hit for each "I / we would (have +
    participle | verb of acting) ... differently" that closes its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for d in range(3, n):
        if norms[d] != "differently" or (d + 1 < n and norms[d + 1] not in _CLOSING_LATER):
            continue
        w = next(
            (j for j in range(d - 2, max(0, d - _DIFFERENTLY_REACH - 2), -1) if norms[j] in _WOULD),
            None,
        )
        if w is None or _owner(norms, w, _ADMITTING_ADVERBS, ("we", "i"), 3) is None:
            continue
        v = w + 1 + (norms[w + 1] in ("have", "'ve"))
        verb = norms[v]
        if v == w + 1 and verb not in _ACTING:
            continue
        if v > w + 1 and not (verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 3)):
            continue
        between = norms[w + 1 : d]
        if not _NOT_DIFFERENTLY.isdisjoint(between) or not CLAUSE_ENDS.isdisjoint(between):
            continue
        if any(t in taken for t in range(w, d + 1)):
            continue
        added.append(Hit(w, d + 1, (WOULD_DIFFERENTLY,)))
    return _merged(stance, added)


# the clause closes, or a time follows: "I'd vote differently today", "... next time"
_CLOSING_LATER = _CLAUSE_BREAKS | frozenset("today now next this in if".split())
RULE_KEYS += (("differently",),)


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


# 1.14.0: the elliptical modal of spoken English opening a sentence ("Could be nothing.
# Could be huge.", "Could be a recession next year, could be a soft landing"): the
# speaker's "it could be", a hedge. Not a question ("Could be worse?"), nor the idiom
# of consolation ("Could be worse").
COULD_BE = Entry("could be", ("could", "be"), "hedging", 1.0, "hedging")
_NOT_COULD_BE = frozenset({"worse", "better", "?"})


def _could_be_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``COULD_BE`` hit when the sentence opens with "could be"."""
    if (
        norms[:2] != ["could", "be"]
        or norms[-1] == "?"
        or len(norms) < 3
        or norms[2] in _NOT_COULD_BE
        or any(h.first < 2 for h in stance)
    ):
        return stance
    return _merged(stance, [Hit(0, 2, (COULD_BE,))])


RULE_KEYS += (("could", "be"),)


# 1.19.0: an admission hedged by "probably", the speaker's own misjudgment owned with
# the hedge between subject and verb: "I probably misjudged the mood", "we probably went
# too far", "we were probably too slow". Narrowed after a real-text review: a hedged past
# in general is a guess about what happened ("I probably walked ten miles", "we probably
# voted no"), so only verbs and shortfalls that name a fault count. "Should have" after
# the hedge is the admission rule's (``_admission_hits``); a bare "should" is a plan.
# Not a future or a conditional, nor another's past, nor a question.
PROBABLE_ADMISSION = Entry(
    "i/we probably ...ed", ("i", "probably", "...ed"), "concession", 1.0, "concession"
)
"""The speaker's own misjudgment owned under "probably" (a hedged admission)."""
_PROBABLE_FAULTS = frozenset(
    (
        "misjudged misread misunderstood miscalculated mishandled misspoke underestimated "
        "overestimated overreached overplayed overstepped botched bungled erred"
    ).split()
)
_PROBABLE_BE = frozenset({"was", "were"})
# After "was / were probably": a fault owned ("I was probably wrong"), not a place or a
# state ("I was probably at home", "I was probably too young").
_SHORTFALLS = frozenset("wrong naive arrogant unfair careless complicit".split())
_TOO_FAULTS = frozenset("slow harsh hasty quick soft aggressive cautious trusting".split())


def _probable_past_end(norms: Sequence[str], v: int, be: bool) -> int | None:
    """Where the owned misjudgment after "probably" at ``v`` - 1 ends, or None."""
    word = norms[v] if v < len(norms) else "."
    after = norms[v + 1] if v + 1 < len(norms) else "."
    if be or word in _PROBABLE_BE:  # "we were probably slow", "we probably were wrong"
        k = v if be else v + 1
        shortfall = norms[k] if k < len(norms) else "."
        nxt = norms[k + 1] if k + 1 < len(norms) else "."
        if shortfall in _SHORTFALLS:
            return k + 1
        return k + 2 if shortfall == "too" and nxt in _TOO_FAULTS else None
    if word == "went" and norms[v + 1 : v + 3] == ["too", "far"]:
        return v + 3
    if word == "got" and "wrong" in norms[v + 1 : v + 5]:
        span = norms[v + 1 : v + 1 + norms[v + 1 : v + 5].index("wrong")]
        # "I probably got nothing wrong" denies the fault
        return None if NEGATOR_WORDS.intersection(span) else v + 1
    return v + 1 if word in _PROBABLE_FAULTS or (word, after) == ("blew", "it") else None


def _probable_admission_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PROBABLE_ADMISSION`` hit for each "I / we (was / were)
    probably" + a misjudgment of the speaker's own, in a statement, its subject opening its
    clause, where no other hit covers the verb."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if norm != "probably" or j == 0 or "?" in norms[j:]:
            continue
        be = norms[j - 1] in _PROBABLE_BE
        k = j - 2 if be else j - 1
        if k < 0 or norms[k] not in ("i", "we") or not opens_clause(norms, k):
            continue
        end = _probable_past_end(norms, j + 1, be)
        if end is not None and not any(t in taken for t in range(j + 1, end)):
            added.append(Hit(j + 1, end, (PROBABLE_ADMISSION,)))
    return _merged(stance, added)


RULE_KEYS += (("probably",),)


# 1.14.0: a view put in the hearer's mouth, or some people's ("Ranking Member, you may
# think you can intimidate this agency", "Some of you might feel this target is too
# ambitious", "some may argue"): the modal grants them the view; it is no hedge of the
# speaker's. "You might say" is the speaker's own tentative wording, and stays a hedge.
# After "whatever" or "no matter what" the modal is left to rule 14.
_VIEW_HOLDERS = frozenset({"you", "some"})
_VIEW_MODALS = frozenset({"may", "might"})
_VIEWS = frozenset("think believe feel wonder say argue claim suggest object hear".split())
_BRUSHED = frozenset({"whatever", "matter", "what", "however"})


def _granted_view_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits without the hedge on each *may / might* that grants the hearer,
    or some people, a view of their own."""
    kept = [
        h
        for h in stance
        if not (
            norms[h.first] in _VIEW_MODALS
            and h.last == h.first + 1
            and h.first >= 1
            and norms[h.first - 1] in _VIEW_HOLDERS
            and h.last < len(norms)
            and norms[h.last] in _VIEWS
            and not (norms[h.last] == "say" and norms[h.first - 1] == "you")
            and _BRUSHED.isdisjoint(norms[max(0, h.first - 4) : h.first])
        )
    ]
    return kept if len(kept) < len(stance) else stance


RULE_KEYS += tuple((w, m) for w in sorted(_VIEW_HOLDERS) for m in sorted(_VIEW_MODALS))


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
        or any(e.category in GIVING_WAY for h in stance for e in h.entries)
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


# 1.15.0: a plan in the progressive held whatever happens ("Either way, we're finishing
# it", "I'm making the next one anyway", "we're staying in, regardless"): the first
# person's present progressive with *either way*, *anyway* or *regardless* in its
# sentence is a commitment. Not a question, nor a progressive of perceiving or hoping
# ("we're seeing more cases either way").
REGARDLESS_COMMITTED = Entry(
    "either way, we 're ...ing", ("we", "'re", "...ing"), "resolve", 1.0, "resolve"
)
_REGARDLESS = frozenset({"either", "anyway", "regardless"})
_NOT_PLANS = frozenset(
    "seeing hoping thinking looking waiting wondering feeling getting trying guessing "
    "hearing expecting assuming saying talking asking".split()
)
_REGARDLESS_REACH = 8


def _regardless_committed_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``REGARDLESS_COMMITTED`` hit on "we're/I'm + ...ing" in a
    sentence that holds *either way*, *anyway* or *regardless*."""
    if norms[-1] == "?":
        return stance
    marks = [
        m
        for m, w in enumerate(norms)
        if (w == "either" and norms[m + 1 : m + 2] == ["way"]) or w in ("anyway", "regardless")
    ]
    taken = _covered(stance)
    for s in range(len(norms) - 2):
        if (
            norms[s] in _PLAIN_SUBJECTS
            and norms[s + 1] in _PLAIN_PROGRESSIVE
            and norms[s + 2].endswith("ing")
            and norms[s + 2] not in _NOT_PLANS
            and opens_clause(norms, s)
            and taken.isdisjoint(range(s, s + 3))
            and any(abs(m - s) <= _REGARDLESS_REACH for m in marks)
        ):
            said = tuple(norms[s : s + 3])
            entry = replace(REGARDLESS_COMMITTED, pattern=" ".join(said), tokens=said)
            return _merged(stance, [Hit(s, s + 3, (entry,))])
    return stance


RULE_KEYS += (("either", "way"), ("regardless",))


# 1.16.0: one's own course stated in the present, tied to a time to come: "we're fixing it
# starting Monday", "I'm going back next summer, and this time I'm summiting", "we stay on
# this lawn until they divest". The present progressive (or, before "until", the plain
# present of a verb of holding on) of I / we opening its clause, with a mark of the
# future later in the same clause: resolve. Not logistics ("I'm meeting the minister
# tomorrow"), nor what one sees, hopes or thinks.
PLANNED = Entry("we 're ...ing tomorrow", ("we", "'re", "...ing"), "resolve", 1.0, "resolve")
"""One's own course stated in the present and tied to a time to come (resolve)."""
_PLAN_ADVERBS = frozenset("still personally absolutely definitely really also all just".split())
_HOLDING_ON = frozenset("stay stays remain hold march strike sit fight camp".split())
_NOT_PLANNED = _NOT_PLANS | frozenset(
    "going meeting visiting flying travelling traveling heading speaking playing hosting "
    "watching holding releasing announcing publishing expecting forecasting planning "
    "leaving coming "
    # 1.17.0: what befalls one ("we're losing money this quarter", "we're being sued")
    "losing being having".split()
)
_PLAN_REACH = 8
_PLAN_BREAKS = frozenset("but and so because if when unless while whether".split())
_TIMES = frozenset(
    "week month year summer spring fall autumn winter season session term quarter weekend "
    "time today tomorrow now next this monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december".split()
)
_TIME_NOUNS = _TIMES - {"time", "today", "tomorrow", "now", "next", "this"}
_MONTHS = frozenset(
    "january february march april june july august september october november december".split()
)  # not "may", a modal as often as a month
_IN_SEASONS = [["the", t] for t in ("spring", "summer", "fall", "autumn", "winter")]
_SPANS = frozenset({"day", "hour"})
# The first words of the rule's keys (``found`` holds first words): "this" of "this
# time", "from" of "from now on".
_PLAN_KEYS = frozenset(
    {"tomorrow", "next", "starting", "until", "till", "this", "from", "by", "within"}
    | _MONTHS  # 1.18.0: "in March" (the rule's key is the month, cheaper than "in")
    | {"spring", "summer", "fall", "autumn", "winter"}
)


def _plan_mark(norms: Sequence[str], at: int) -> bool:
    """Whether a mark of the future stands in the clause after ``at``: "tomorrow", "next
    week", "starting Monday", "until", "till", "this time", "this week", "by summer", "by
    the end", "from now on"; not a noun's
    ("the jobs of tomorrow"), nor "next to", nor past another clause ("but until...")."""
    for m in range(at, min(len(norms), at + _PLAN_REACH)):
        w = norms[m]
        if (w in SENTENCE_MARKS and w != ",") or w in _PLAN_BREAKS:
            return False
        after = norms[m + 1] if m + 1 < len(norms) else ""
        if w in ("until", "till"):
            return True
        if m == at:
            continue  # the object itself: "we're taking next week off"
        if w == "tomorrow" and norms[m - 1] not in ("of", "'s"):
            return True
        if w in ("next", "starting") and after in _TIMES:
            return True
        if w == "time" and norms[m - 1] == "this":
            return True
        # 1.17.0: "this week", "by summer", "by the end of the year"
        if w in ("this", "by") and after in _TIME_NOUNS:
            return True
        if w == "by" and norms[m + 1 : m + 3] == ["the", "end"]:
            return True
        if w == "now" and norms[m - 1] == "from" and after == "on":
            return True
        # 1.18.0: "in March", "in the spring", "within three years", "within a month"
        if w == "in" and after in _MONTHS:
            return True
        if w == "in" and norms[m + 1 : m + 3] in _IN_SEASONS and norms[m + 3 : m + 4] != ["of"]:
            return True  # "in the spring", not "in the winter of our discontent"
        if w == "within" and any(
            t.rstrip("s") in _TIME_NOUNS | _SPANS for t in norms[m + 1 : m + 4]
        ):
            return True  # "within a year", "within three years", "within days"
    return False


def _planned_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PLANNED`` hit on "I'm / we're (adverbs) + ...ing", or "I /
    we + verb of holding on" before "until", followed in its clause by a mark of the
    future, where no other hit covers it."""
    if norms[-1] == "?":
        return stance
    taken: set[int] | None = None
    added = []
    for s in range(len(norms) - 2):
        if norms[s] not in _PLAIN_SUBJECTS:
            continue
        v = s + 1
        progressive = norms[v] in _PLAIN_PROGRESSIVE
        if not progressive and norms[v] not in _HOLDING_ON:
            continue
        if not opens_clause(norms, s):
            continue
        if progressive:
            v += 1
            while v < len(norms) and norms[v] in _PLAN_ADVERBS:
                v += 1
            if v >= len(norms) or not (norms[v].endswith("ing") and len(norms[v]) > 4):
                continue
            if norms[v] in _NOT_PLANNED or norms[v + 1 : v + 2] == ["to"]:
                continue
            if norms[v] in _WITHDRAWING:
                continue  # "we're reversing it starting Monday": a give-way, not resolve
        if not _plan_mark(norms, v + 1):
            continue
        taken = _covered(stance) if taken is None else taken
        if not taken.isdisjoint(range(s, v + 1)):
            continue
        if not progressive and not {"until", "till"} & set(norms[v + 1 : v + _PLAN_REACH]):
            continue
        said = tuple(norms[s : v + 1])
        added.append(Hit(s, v + 1, (replace(PLANNED, pattern=" ".join(said), tokens=said),)))
    return _merged(stance, added)


RULE_KEYS += (
    ("tomorrow",),
    ("next",),
    ("starting",),
    ("until",),
    ("till",),
    ("this", "time"),
    ("from", "now", "on"),
    ("by", "the", "end"),
    *((w, t) for w in ("this", "by") for t in sorted(_TIME_NOUNS)),
    ("within",),
    *((m,) for m in sorted(_MONTHS)),
    *((t,) for t in ("spring", "summer", "fall", "autumn", "winter")),
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
        if (k >= 2 and norms[k - 2] in _PLAIN_SUBJECTS) or not _CHANGING.isdisjoint(
            norms[k + 1 : t]
        ):
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


# 1.17.0: a stand held until the other side gives way ("We'll keep the lorries on the
# bridge until the minister meets us", "We stay on this lawn until the trustees divest",
# "our members are out till the company pays up"): pressure on an adversary, so defiance
# (resolve comes from the future or the plan rule above). The clause before *until* has
# the speaker's side (*I, we, our, my*) and no waiting, knowing or ability ("we'll wait
# until they agree", "we can't act until they pay"); the clause after opens with another
# party (not *I, we, my, our, it*) and holds a verb of giving way or of hearing. Not a
# question.
HELD_UNTIL = Entry("we stay until they give way", ("until",), "defiance", 1.0, "defiance")
_UNTIL = frozenset({"until", "till"})
_OWN_SIDE = frozenset("i we our my us".split())
_NOT_HOLDING = frozenset(
    "wait waiting know knowing can ca could cannot hope hoping see seeing".split()
)
_NOT_ADVERSARY = frozenset("i we my our it that this there then now further next".split())
_GIVING_IN = frozenset(
    (
        "listen listens hear hears divest divests relent relents budge budges back backs "
        "cave caves concede concedes apologise apologize apologises apologizes resign "
        "resigns pay pays reinstate reinstates reverse reverses scrap scraps withdraw "
        "withdraws drop drops agree agrees meet meets negotiate negotiates sit sits talk "
        "talks give gives change changes repeal repeals cancel cancels release releases "
        "free frees recognise recognises recognize recognizes rehire rehires"
    ).split()
)
_UNTIL_STOPS = frozenset({".", "!", "?", ";", ":"})


def _held_until_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``HELD_UNTIL`` hit on each *until* after which another
    party gives way, in a clause of the speaker's side."""
    if norms[-1] == "?":
        return stance
    taken = _covered(stance)
    added = []
    for u, norm in enumerate(norms):
        if norm not in _UNTIL or u in taken or u + 1 >= len(norms):
            continue
        s = u
        while s > 0 and norms[s - 1] not in _UNTIL_STOPS:
            s -= 1
        before = set(norms[s:u])
        if _OWN_SIDE.isdisjoint(before) or not _NOT_HOLDING.isdisjoint(before):
            continue
        e = u + 1
        while e < len(norms) and norms[e] not in CLAUSE_ENDS:
            e += 1
        if norms[u + 1] in _NOT_ADVERSARY or _GIVING_IN.isdisjoint(norms[u + 2 : e]):
            continue
        added.append(Hit(u, u + 1, (HELD_UNTIL,)))
    return _merged(stance, added)


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
_DENIAL_KEYS = _DENIAL_MODALS | _PLAIN_SUBJECTS


_CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "now", "well"})
_OWN_HEDGES = frozenset({"think", "believe", "guess", "suppose", "suspect", "fear"})


def opens_clause(norms: Sequence[str], k: int) -> bool:
    """Whether the subject at ``k`` opens its clause, after adverbs or the speaker's own
    "I think": not a subordinate, relative or reported clause."""
    j = k - 1
    while j >= 0 and norms[j] in _ADMITTING_ADVERBS:
        j -= 1
    if j >= 1 and norms[j] in _OWN_HEDGES and norms[j - 1] == "i":
        j -= 2
    return j < 0 or norms[j] in CLAUSE_ENDS or norms[j] in _CLAUSE_OPENERS


# Brushing aside what others say, think or do: "whatever my opponent throws at it", "no
# matter how many attack ads they buy", "whatever Beijing says about it".
_BRUSHING = frozenset({"whatever", "matter"})
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

# "I stand by every word", "we stand by our reporting": a commitment (the resolve entry
# "i stand by") that also defends what one said or decided against its critics.
_STAND = "stand"
STANDING_BY = Entry("stand by what one said", ("stand", "by", "..."), "defiance", 1.0, "defiance")
"""What the speaker said or decided, stood by against its critics: defiance, beside the
resolve of "I stand by" / "we stand by"."""
_STANDING_BY_ENTRIES = frozenset({"i stand by", "we stand by"})
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


def _standing_by_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``STANDING_BY`` hit on the object of each "I stand by" /
    "we stand by" that is the speaker's own words or decisions ("every word", "my
    decision", "our reporting", "what I said", "it." at the end of the clause)."""
    taken = _covered(stance)
    added = []
    for h in stance:
        if not any(e.pattern in _STANDING_BY_ENTRIES for e in h.entries):
            continue
        j = h.last
        if j >= len(norms) or j in taken:
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


# "Sanctions or no sanctions, we answer to our own people": a pressure brushed aside.
_OR = "or"
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


class _Rule(NamedTuple):
    """A rule over constructions: tried on a sentence that has one of its ``keys`` among
    the first words of its key hits (or, ``opening``, as its first word), when its
    ``category``'s lexicon is loaded."""

    keys: frozenset[str]
    category: str
    rule: Callable[[Sequence[str], list[Hit]], list[Hit]]
    opening: bool = False


@dataclass(frozen=True)
class RuleIndex:
    """Rules in their order, indexed by key word: a sentence tries the rules of the few
    key words it has, not a test of every rule's keys."""

    rules: tuple[_Rule, ...]
    by_key: dict[str, tuple[int, ...]]  # word -> the positions of the rules it keys
    by_opening: dict[str, tuple[int, ...]]  # first word -> the ``opening`` rules'

    @classmethod
    def of(cls, rules: Sequence[_Rule]) -> RuleIndex:
        by_key: dict[str, list[int]] = {}
        by_opening: dict[str, list[int]] = {}
        for i, r in enumerate(rules):
            for word in r.keys:
                (by_opening if r.opening else by_key).setdefault(word, []).append(i)
        return cls(
            tuple(rules),
            {w: tuple(v) for w, v in by_key.items()},
            {w: tuple(v) for w, v in by_opening.items()},
        )

    def apply(
        self, norms: Sequence[str], stance: list[Hit], found: frozenset[str] | set[str]
    ) -> list[Hit]:
        """``stance`` after each rule keyed by ``found`` (or opening ``norms``), in
        order: a rule sees the hits of those before it."""
        chosen = set(self.by_opening.get(norms[0], ()))
        for word in found:
            chosen.update(self.by_key.get(word, ()))
        for i in sorted(chosen):
            stance = self.rules[i].rule(norms, stance)
        return stance


# The rules in the order they are tried; the inserted-adverb rule (which needs the
# lexicons' first-person starts) runs between the two lists.
RULES_BEFORE_INSERTED = (
    _Rule(frozenset({_KEEP}), "defiance", _persistence_hits),
    _Rule(_SHOULD, "concession", _admission_hits),
    _Rule(_BRUSHING, "defiance", _brushing_aside_hits),
    _Rule(frozenset({_OR}), "defiance", _regardless_hits),
    _Rule(frozenset({_STAND}), "defiance", _standing_by_hits),
    _Rule(_FAILING, "concession", _failure_hits),
    _Rule(_WITHDRAWING | _DROPPING, "concession", _withdrawal_hits),
)
RULES = (
    _Rule(frozenset({_ANYWAY}), "defiance", _anyway_hits),
    _Rule(_BEFORE_BE, "concession", _pushed_hits),
    _Rule(_VERDICTS, "defiance", _contradiction_hits),
    _Rule(frozenset({"wrong"}), "concession", _wrong_choice_hits),
    _Rule(_LITOTES_KEYS, "concession", _litotes_hits),
    _Rule(frozenset({"you"}), "defiance", _prohibition_hits),
    _Rule(_DARE_KEYS, "defiance", _dare_hits),
    _Rule(_PUNITIVE, "defiance", _imperative_dare_hits),
    _Rule(_COUNTER_PARTIES, "defiance", _counter_dare_hits),
    _Rule(_NOBODY | {"no"}, "defiance", _nobody_will_hits),
    _Rule(frozenset({"let"}), "concession", _not_letting_hits),
    _Rule(_PLAIN_SUBJECTS, "concession", _plain_refusal_hits),
    _Rule(_PLAIN_SUBJECTS, "defiance", _same_again_hits),
    _Rule(_HEDGE_NOUNS, "hedging", _spoken_hedge_hits),
    _Rule(_LATE_KEYS, "concession", _late_owned_hits),
    _Rule(_STAYING, "defiance", _stays_hits),
    _Rule(frozenset({"could"}), "concession", _could_better_hits),
    _Rule(frozenset({"differently"}), "concession", _would_differently_hits),
    _Rule(_CEASE_KEYS, "concession", _ceased_hits),
    _Rule(_GIVE_WAY_NOUNS, "defiance", _accusation_hits),
    _Rule(_CHOICES, "resolve", _no_choice_hits),
    _Rule(frozenset({"could"}), "hedging", _could_be_hits, opening=True),
    _Rule(frozenset({"probably"}), "concession", _probable_admission_hits),
    _Rule(_VIEW_HOLDERS, "hedging", _granted_view_hits),
    _Rule(frozenset({"said"}), "defiance", _said_before_hits),
    _Rule(frozenset({"oh"}), "defiance", _mock_assent_hits, opening=True),
    _Rule(_REGARDLESS, "resolve", _regardless_committed_hits),
    _Rule(_PLAN_KEYS, "resolve", _planned_hits),
    _Rule(_UNTIL, "defiance", _held_until_hits),
    _Rule(_PRESSURE_KEYS, "defiance", _under_pressure_hits),
    _Rule(_CLOSER_KEYS, "resolve", _closer_hits),
    _Rule(frozenset({"but"}), "defiance", _limited_give_way_hits),
    _Rule(_DENIAL_KEYS, "defiance", _elliptical_denial_hits),
)
