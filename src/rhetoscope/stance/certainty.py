"""Resolve that is no certainty of the speaker's: courtesy ("I'm sure you'll all agree"), an
assurance of a fact ("But I can tell you this."), another's confidence ("Investors remain
confident"), a doubt denied as courtesy or presumption ("has no doubt received"), "of
course" as a discourse marker unless it boosts a commitment, and a booster of a
give-way."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import REBUTTALS, SENTENCE_MARKS
from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON, same_clause

# 1.8.0: "we'd certainly be willing to meet them halfway": a booster of a give-way is no
# resolve, as a bare commitment to one is none (rule 8).
_BOOSTERS = frozenset({"certainly", "definitely", "absolutely", "surely", "of course"})


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


# 1.20.0: in real speech "I know" and "I'm sure" before a clause are mostly knowledge of
# a fact about others ("I know Trump's supporters are here", "I'm sure Trump's going to
# have some delegates", "I know that what I have seen is true"): certainty about what the
# speaker will do opens with the speaker ("I'm sure we'll find common ground"), with "how
# to" or "what we need to", "exactly" or "for a fact", or is certainty of the thing said
# ("I'm sure of it"). Any other word after them is no commitment of the speaker's.
_COMMITTED_OPENERS = frozenset("i we exactly for of it".split())
_OUR_COURSE = frozenset("need must will 'll want can 'm am are 're should have 've".split())


def _of_a_fact(norms: Sequence[str], i: int) -> bool:
    """Whether the words from ``i`` (after "I know" / "I'm sure") are a clause or object
    that is not the speaker's own course or certainty."""
    if i < len(norms) and norms[i] == "that":
        i += 1
    if i >= len(norms) or norms[i] in SENTENCE_MARKS:
        return False
    # ("I know how to fix it" never gets here: 1.23.0 shields it in resolve.tsv, a claim
    # of competence that the readers of stance_debates4 mark no resolve)
    if norms[i] in ("how", "what"):  # "how to fix it", "what we need to do"
        nxt = norms[i + 1 : i + 4]
        if nxt[:1] == ["to"]:
            return False
        return not (
            nxt[:1] in (["i"], ["we"])
            and nxt[1:2]
            and nxt[1] in _OUR_COURSE
            and (nxt[1] not in ("have", "'ve") or nxt[2:3] in (["to"], ["got"]))
        )
    if norms[i] in FIRST_PERSON:
        return not _our_course_after(norms, i + 1)
    return norms[i] not in _COMMITTED_OPENERS and norms[i].isalpha()


# 1.22.0: "I know I / we" is certain of the speaker's course only before a future, an
# ability, a duty or a plan ("I know we can win", "I know we're going to", "I know we've
# got to encourage democracy"); before a past, a state or a counterfactual it knows a
# fact ("I know that I wouldn't be standing here if...", "I know I was born into a
# Christian family", "I know that we're under time constraints"): of the 23 "I know
# (that) I / we" sentences of the debates, the 7 this leaves uncounted are facts but for
# "I know I'm ready for it" (arguable).
_COURSE_AUX = frozenset("will 'll wo shall can ca must need gon gonna".split())
_BE_GOING = frozenset("'re are 'm am".split())
_HAVING_TO = frozenset("have 've".split())
_ASIDE_WORDS = frozenset("still also all really just".split())


def _our_course_after(norms: Sequence[str], i: int) -> bool:
    """Whether what follows "I know I / we" at ``i`` is the speaker's course: a future,
    an ability, a duty, or "going to"."""
    while i < len(norms) and norms[i] in _ASIDE_WORDS:
        i += 1
    nxt = norms[i : i + 3]
    if nxt[:1] and nxt[0] in _COURSE_AUX:
        return True
    if nxt[:1] and nxt[0] in _BE_GOING:
        rest = nxt[1:] if nxt[1:2] not in (["not"], ["n't"]) else norms[i + 2 : i + 4]
        return rest[:1] in (["going"], ["gon"], ["gonna"])
    if nxt[:1] and nxt[0] in _HAVING_TO:
        return nxt[1:2] in (["to"], ["got"])
    return False


def _courtesy(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether a resolve hit of ``_COURTESY_ENTRIES`` is courtesy or acknowledgment, or
    knowledge of a fact about others."""
    if entry.pattern not in _COURTESY_ENTRIES:
        return False
    i = hit.last
    if i >= len(norms):
        return False
    if _of_a_fact(norms, i):
        return True
    if norms[i] == "that" and i + 1 < len(norms) and norms[i + 1] in _COURTESY_PRONOUNS:
        return True  # "I know that you and your running mate keep saying that"
    if norms[i] in _COURTESY_NEXT:
        return True
    return any(tuple(norms[i : i + len(a)]) == a for a in _ACKNOWLEDGED)


# 1.21.0: an assurance of a fact is no commitment ("I can assure you that if we had not
# acted, we would have been criticized", "But I can tell you this."): the readers of real
# speech mark no resolve for one. An assurance of a course is one: it opens with the
# speaker ("I can assure you we will"), or it foresees what will be done ("I can assure
# you that if I'm elected president, the whole spectrum of taxes will be gone through
# carefully", "... no family will be left behind") or what will become of a thing ("the
# bridge will reopen by June", "every one of those jobs will stay in Ohio"), or names
# the speaker's priority ("I can tell you right now the security of your young men and
# women ... are my first priority"). What others will do is a prediction, a fact
# assured ("I can tell you that tomorrow morning, a lot of people in Hempstead will wake
# up and ... find that the price of gas is over $4", "if you were to elect President
# Obama, you know what you're going to get").
_ASSURANCES = frozenset({"i can tell you", "i can assure you", "we can assure you"})
_ASSURANCE_LEADS = frozenset({"right", "now", ","})
_FORESEEING = frozenset({"will", "'ll", "shall", "wo", "gonna"})
_OTHERS = frozenset(
    "you they he she people folks everyone everybody anyone anybody someone somebody "
    "americans voters citizens workers families men women children kids".split()
)
_SUBJECT_STARTS = frozenset({",", "that", "and", "but", "if", "because", "when", "then"})
_PARTICIPLES = frozenset(
    "left kept built made done gone cut held paid sent spent brought put set met found "
    "told sold taken given shown".split()
)
_OUR_AIMS = frozenset("priority priorities commitment pledge promise goal mission".split())
_OWN = frozenset({"my", "our"})
_ENDS = frozenset({".", "!", "?"})


def _course_foreseen(said: Sequence[str], k: int) -> bool:
    """Whether the future at ``k`` of an assured clause foresees what will be done (a
    passive) or become of a thing, not what other people will do."""
    after = said[k + 1 : k + 3] if said[k] != "going" else said[k + 2 : k + 4]
    if (
        after[:1] == ["be"]
        and after[1:]
        and (after[1].endswith(("ed", "en")) or after[1] in _PARTICIPLES)
    ):
        return True  # "will be gone through", "will be left behind"
    start = max((i + 1 for i in range(max(0, k - 8), k) if said[i] in _SUBJECT_STARTS), default=0)
    return _OTHERS.isdisjoint(said[start:k])  # not "people ... will wake up", "you're going"


def _assures_a_fact(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether an assurance of ``_ASSURANCES`` assures a fact, not the speaker's course."""
    if entry.pattern not in _ASSURANCES:
        return False
    i = hit.last
    while i < len(norms) and norms[i] in _ASSURANCE_LEADS:
        i += 1  # "I can tell you right now, ..."
    if not _of_a_fact(norms, i):
        return False
    end = next((j for j in range(i, len(norms)) if norms[j] in _ENDS), len(norms))
    said = norms[i:end]
    futures = [
        k
        for k, w in enumerate(said)
        if w in _FORESEEING or (w == "going" and said[k + 1 : k + 2] == ["to"])
    ]
    own = [k for k, w in enumerate(said) if w in _OWN]
    return not (
        any(_course_foreseen(said, k) for k in futures)
        or any(not _OUR_AIMS.isdisjoint(said[k + 1 : k + 3]) for k in own)
    )


# 1.21.0: "confident" is the speaker's certainty only when the speaker holds it, as its
# subject: "I'm confident", "we're confident the vaccine will...", "I'm, I'm reasonably
# confident", "I feel very, very confident", "I, for one, remain confident", "I have
# always been extremely confident", "We at the ministry are confident". Of another
# ("for NATO to be strong and confident", "Investors remain confident", "Our researchers
# are fairly confident"), it describes them, as "must" of another lays no duty on the
# speaker (``prescriptions.others_must``). Its subject is read back over its predicate:
# linking verbs, auxiliaries, adverbs of degree, an adjective joined by "and", a
# repeated word across a comma ("very, very") and an aside between commas after the
# subject (", for one,"); ``negation.same_clause`` alone, four words with no comma,
# would lose "I have always been extremely confident" and "I feel very, very confident".
_LINKING = frozenset(
    "am 'm are 're is 's was were be been being feel feels felt remain remains remained "
    "stay stays stayed seem seems seemed grow grew become became get got sound sounded "
    "have has had 've will 'll would 'd can could should must do does did".split()
)
_DEGREE = frozenset(
    "very so quite too pretty more most less all both still always also even".split()
)
_ASIDE = 4
_GROUPS = frozenset({"at", "in", "on", "of", "here", "from"})  # "We at the ministry are"


def _predicate(word: str) -> bool:
    return word in _LINKING or word in _DEGREE or (word.endswith("ly") and word.isalpha())


def _held_by_us(norms: Sequence[str], at: int) -> bool:
    """Whether the subject of the predicate adjective at ``at`` is *I* or *we*."""
    j = at - 1
    while j >= 0:
        word = norms[j]
        if word in FIRST_PERSON:
            return True
        if word == "," and j >= 1 and j + 1 < len(norms) and norms[j - 1] == norms[j + 1]:
            j -= 1  # "very, very"
        elif word == ",":  # an aside after the subject: "I, for one, remain confident"
            before = range(j - 1, max(0, j - 1 - _ASIDE), -1)
            return any(norms[c] == "," and norms[c - 1] in FIRST_PERSON for c in before)
        elif word == "and" and j >= 1:
            j -= 1  # "proud and confident": the adjective before
        elif not _predicate(word):
            break
        j -= 1
    # a subject's group after it, in the clause: "We at the ministry are confident"
    return any(
        norms[k] in FIRST_PERSON and norms[k + 1] in _GROUPS and same_clause(norms, k + 1, at)
        for k in range(max(0, j - _ASIDE), j)
    )


def _others_confidence(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether the "confident" of ``hit`` is another's (its subject is not *I* or *we*)."""
    return entry.pattern == "confident" and not _held_by_us(norms, hit.first)


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


# 1.8.0: "of course" in speech mostly marks shared knowledge ("The answer, of course, is
# that...", "Of course, we are 5 percent of the world's population", "Could we have done
# more? Of course, and..."); it is resolve when it boosts a commitment next to it ("we will
# of course defend our allies", "of course we're going to protect it").
_COMMITTING_NEAR = frozenset({"will", "'ll", "shall", "wo", "must", "going", "gonna"})


def _boosting(norms: Sequence[str], hit: Hit, occupied: dict[int, Hit]) -> bool:
    """Whether a commitment's auxiliary, or a hit of resolve or defiance ("No surrender,
    of course."), stands within three words of ``hit``; not a verdict on another's claim
    (``REBUTTALS``: "Obviously, I disagree with this notion")."""
    near = [*range(max(0, hit.first - 3), hit.first), *range(hit.last, hit.last + 3)]
    return any(
        i < len(norms)
        and (
            norms[i] in _COMMITTING_NEAR
            or (
                i in occupied
                and occupied[i] is not hit
                and any(
                    e.category in ("resolve", "defiance") and e not in REBUTTALS
                    for e in occupied[i].entries
                )
            )
        )
        for i in near
    )
