"""Reported speech: a stance someone else is said to hold is not the speaker's.

"The union says we will cave" reports the union's claim; "cave" is not the speaker's
concession. A clause is reported when a reporting verb (says, claims, thinks, ...)
has a third-person subject (a name, he/she/they, "the union", "my lawyers") and the
clause runs on after it; it ends at clause punctuation or a contrastive conjunction.
First-person reports ("I said we will win", "we believe") are the speaker's own.

Two more frames attribute a stance to someone else: "according to aides, the
president is stepping down" (the clause that "according to X" frames), and a
third-person actor: a pronoun ("he backed down", "I've seen them give up", "her
resignation") or a possessive ("the chief executive's resignation"). "They" is left
out: "they were the better side" and "they are mistaken" are the speaker's own
concession and defiance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .lexicon import Entry
from .models import Token
from .negation import CONDITIONS, FIRST_PERSON
from .said_relatives import after_saying, relative_head

# Verbs of saying and believing; not "suggest" or "expect", whose clause is often the
# speaker's own hedge ("the figures suggest that...").
REPORTING_VERBS = frozenset(
    (
        "says say said claims claim claimed thinks think thought believes believe believed "
        "argues argue argued insists insist insisted predicts predict predicted alleges "
        "allege alleged told tells warns warned vowed vows pledged pledges promised promises "
        "swore swears chanted chant chants announced announces admitted "
        "admits conceded concedes insisting claiming hinted hints ruled concluded found finds"
    ).split()
)
# Verbs of finding report a clause only with "that" ("The court ruled that the ban must be
# lifted"), not an object ("they found the posts").
_FINDING = frozenset("ruled concluded found finds".split())
# Verbs that are themselves a stance ("vowed", "pledged", "conceded"): with a third-person
# subject the verb is that person's act, as well as the clause after it ("The opposition
# leader vowed never to surrender").
_STANCE_VERBS = frozenset(
    (
        "vowed vows pledged pledges promised promises swore swears insisted insists admitted "
        "admits conceded concedes threatened threatens apologised apologized "
        "apologises apologizes resigned resigns appeared"
    ).split()
)
# Past forms: after a sentence-initial word other than "I" or "we" they have a third-person
# subject, singular or plural ("Officials insisted", "Protesters chanted").
_PAST_VERBS = frozenset(
    "said claimed thought believed argued insisted predicted alleged told warned vowed pledged "
    "promised swore chanted announced admitted conceded threatened hinted "
    "apologised apologized resigned appeared".split()
)
# Verbs of saying whose denial ("I never said we would give up") disowns the clause.
_SAYING = frozenset("say said saying claim claimed".split())
# ... and whose denial disowns it too (1.7.0): "I'm not for a moment suggesting that we
# got the acquisition wrong", "we are not implying that..."
_DENIED_SAYING = _SAYING | frozenset(
    "suggest suggested suggesting imply implied implying claiming pretend pretending".split()
)
# Inserted between the negator and the saying: "not for a moment suggesting", "never
# once said", "not really saying".
_CLAUSE_STARTS = frozenset("that we i you they he she it our".split())
_DENIAL_INSERTS = (("for", "a", "moment"), ("for", "one", "moment"), ("for", "a", "second"))
_DENIAL_ADVERBS = frozenset("really even ever once actually seriously".split())
_NOT_CLAUSES = frozenset("anything a it so much no nothing".split())
_THIRD_PERSON = frozenset("he she they who someone others critics everyone".split())
# 1.23.1: "just", "already", "publicly" ("the man has just said he doesn't understand")
_ADVERBS = frozenset(
    "also still now often always repeatedly once again then never even just already "
    "publicly".split()
)
_DETERMINERS = frozenset("the my our his her their your some many a an both several".split())
# Plural reporting verbs: a sentence-initial plural noun before one is a third person
# ("Aides say", "Officials claim"), though every sentence-initial word is capitalised.
_PLURAL_VERBS = frozenset("say claim think believe argue insist predict allege warn".split())
# Pronouns that name another person as the actor of what follows, and the auxiliaries
# and adverbs that may stand between ("he has finally backed down").
_OTHER_ACTORS = frozenset("he she him her them his".split())
_ACT_OPENERS = frozenset("never had has have".split())
_BETWEEN = frozenset(
    (
        "will would 'll 'd has have had 's is was were be been being did does do can could "
        "may might must should never not n't just finally already eventually ever even "
        "again also always later then soon once now still"
    ).split()
)
# "'s" after these is "is" or "us", not a possessive ("the chief executive's resignation").
_NOT_POSSESSORS = frozenset(
    (
        "it that there here let he she what who where how why when this everything nothing "
        "one nobody everybody somebody anybody everyone someone anyone"
    ).split()
)
# Words that follow an object pronoun, not start its act: "we've met them more than
# halfway", "we gave them a chance", "we told him to his face".
_NOT_ACTS = frozenset(
    (
        "more less a an the to for with in on at all both halfway as than into from by of "
        "we i you they it"  # a new clause's subject: "I told him we will never surrender"
    ).split()
)
_CLAUSE_BREAKS = frozenset({",", "\u2014", "--"})
_KEEPING = frozenset({"keep", "keeps", "kept"})
# A stance verb that reports no clause ("resigned", "appeared") reaches its complement:
# "threatened to veto", "appeared determined".
_COMPLEMENT = 3
_CLAUSE_END = frozenset({";", ".", "!", "?", ":", "but", "however", "yet", "\u2014", "--", "-"})
_CLAUSE_STOPS = _CLAUSE_END | {",", "and"}


def reported_clauses(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the tokens inside clauses reported from a third person, or whose
    saying the speaker denies ("I never said we would give up"); a verb that is itself
    a stance ("vowed", "conceded") with a third-person subject too."""
    norms = [t.norm for t in tokens]
    if _CLAUSE_CUES.isdisjoint(norms):
        return frozenset()  # no verb of saying, no "according", no wish: most sentences
    inside: set[int] = set()
    clauses: list[tuple[int, int]] = []  # each report's clause, in order of its verb
    bounds: _ClauseBounds | None = None  # made at the first report: most sentences have none
    for i, norm in enumerate(norms):
        if norm in _FINDING and (i + 1 == len(norms) or norms[i + 1] != "that"):
            continue  # "the authorities found the posts": a finding reports only a clause
        if norm in _STANCE_VERBS and norm not in REPORTING_VERBS:
            if _third_person_subject(tokens, i):  # "the minister appeared determined"
                inside.update(_reach(norms, i, i + 1 + _COMPLEMENT))
            continue
        third = (
            norm in REPORTING_VERBS
            and _third_person_subject(tokens, i)
            and not _parenthetical(norms, i)
        ) or (norm == "saying" and norms[max(0, i - 2) : i] == ["quoted", "as"])
        # 1.14.0: "They keep saying I'll cave", "My opponent keeps saying she'll never..."
        third = third or (
            norm == "saying"
            and i >= 2
            and norms[i - 1] in _KEEPING
            and norms[i - 2] not in ("i", "we")
        )
        if third and norm in _STANCE_VERBS:
            inside.add(i)  # "The opposition leader vowed never to surrender"
        if not (
            third
            or (
                norm in _DENIED_SAYING
                and _denied(norms, i)
                # a clause after "suggest": not "I would not suggest the withdrawal"
                and (norm in _SAYING or (i + 1 < len(norms) and norms[i + 1] in _CLAUSE_STARTS))
            )
        ):
            continue
        bounds = bounds or _ClauseBounds.of(norms)
        j = _conditional_end(norms, i, bounds.clause_end(i), bounds)
        clauses.append((i + 1, _matrix_predicate(norms, i, j)))
    reach = 0  # a place that reports before covered is added once, not once per report
    for start, stop in clauses:
        inside.update(range(max(start, reach), stop))
        reach = max(reach, stop)
    inside.update(_according_to(norms))
    inside.update(_reporting_tail(tokens))
    inside.update(_wished_of_us(tokens))
    inside.update(_rejected_claim(norms))
    inside.update(_asked_whether(norms))
    return frozenset(inside)


# 1.14.0: an indirect question ("Reporters have asked if we're going to fold", "You asked
# whether I'd step down", "The union's asking whether we'll concede"): a give-way or a
# commitment asked about is no one's stance, whoever asks. The asker may name whom they
# ask ("asked me whether").
_ASKING = frozenset("ask asks asked asking wonder wonders wondered wondering".split())
_ASKED = frozenset("me us him her them you".split())
_WHETHER = frozenset({"whether", "if"})
# an indirect question seldom holds a comma: "asking whether I'll write a sequel, and the
# answer is I don't know yet"
_QUESTION_END = _CLAUSE_END | {","}


def _asked_whether(norms: Sequence[str]) -> range:
    """The indirect question after a verb of asking, to the clause's end; "I wonder if
    we should..." is the speaker's own tentative proposal and is left to them."""
    for i, norm in enumerate(norms):
        if norm not in _ASKING or (norm.startswith("wonder") and i and norms[i - 1] == "i"):
            continue
        k = i + 1 + (i + 1 < len(norms) and norms[i + 1] in _ASKED)
        if k < len(norms) and norms[k] in _WHETHER:
            j = k + 1
            while j < len(norms) and norms[j] not in _QUESTION_END:
                j += 1
            return range(k + 1, j)
    return range(0)


# 1.11.0: a free relative as the subject of the sentence ("Whoever thinks we'll fold is in
# for a surprise", "Anyone who thinks we'll cave hasn't been paying attention"): the
# reported clause ends where the sentence's own predicate starts, at the last finite
# auxiliary after one of the clause's own.
_FINITE = frozenset(
    "is are 's 're was were has have had 'll will wo would 'd does do did ca can".split()
)


# 1.21.0 (second part): a saying whose object is a free relative before it ("What
# Governor Romney said just isn't true", "Everything she told you is false"): it reports
# no clause; what follows is the sentence's own predicate, the speaker's verdict. Not a
# pseudo-cleft (review rvdefy #8: "What the senator said was that the report is a
# fabrication" reports the clause after "was that").
def _object_relative(norms: Sequence[str], verb: int) -> bool:
    """Whether the saying at ``verb`` has another's free relative before it as its object
    and a finite verb of the sentence's own after it, no "that" clause after that verb;
    not a thinking ("what they thought was plausible": *what* is the subject of the
    clause thought)."""
    if relative_head(norms, verb) is None:
        return False
    j = after_saying(norms, verb)
    if j < len(norms) and norms[j] in _ABOUT:
        # 1.23.1: "everything he just said about my tax plan is inaccurate"
        j = next(
            (
                k
                for k in range(j + 1, min(len(norms), j + 1 + _ABOUT_REACH))
                if norms[k] in _FINITE or norms[k] in _ABOUT_STOPS
            ),
            len(norms),
        )
    return j < len(norms) and norms[j] in _FINITE and norms[j + 1 : j + 2] != ["that"]


# Words whose "'s" is "is" or "has", not a possessive ("She's actually said", "Let's say").
_CONTRACTED = frozenset("he she it that there here what who where let this".split())


def _relative_closed(norms: Sequence[str], verb: int) -> bool:
    """Whether the saying at ``verb`` ends a free relative closed by a comma ("Listening
    to what he just said, I think he is wrong"): the clause after the comma is the
    speaker's, unless it spells out what was said (", that we will raise taxes,")."""
    if relative_head(norms, verb) is None:
        return False
    j = after_saying(norms, verb)
    return norms[j : j + 1] == [","] and norms[j + 1 : j + 2] != ["that"]


_WHO = frozenset({"who", "whoever"})
# A topic after the saying ("what he said about my plan is false"), a few words long.
_ABOUT = frozenset("about on regarding concerning".split())
_ABOUT_REACH = 6
_ABOUT_STOPS = frozenset({",", ";", ":", "that", "--", "\u2014"})


def _matrix_predicate(norms: Sequence[str], verb: int, end: int) -> int:
    """Where the reported clause of the saying at ``verb`` (running to ``end``) ends."""
    if _object_relative(norms, verb) or _relative_closed(norms, verb):
        return verb + 1
    # the nearest "who" before the verb, looked for only in the two places before it: a
    # "who" further away (or none) returns ``end`` alike
    start = next((k for k in (verb - 1, verb - 2) if k >= 0 and norms[k] in _WHO), -1)
    if start < 0 or start > 2:
        return end
    finite = [k for k in range(verb + 2, end) if norms[k] in _FINITE]
    if len(finite) < 2:
        return end
    return finite[-1]


# 1.15.0: a saying or a belief inside an opening conditional ("If the board thinks it
# can wait us out, it's going to be disappointed", "If they say we'll fold, they're
# wrong"): the report ends at the comma that closes the if-clause; the main clause after
# it is the speaker's.
_CONDITIONAL_LEADS = frozenset({"and", "but", "so", "well", "now", "look"})


def _conditional_end(norms: Sequence[str], verb: int, end: int, bounds: _ClauseBounds) -> int:
    """Where the clause reported at ``verb`` (running to ``end``) ends when the saying
    stands in an if-clause that opens the sentence or follows a comma (1.22.0: a second
    one, "if he's unwilling to do it, if he says ideology doesn't matter, I don't agree
    with him"): at that clause's comma."""
    if bounds.opened is None or bounds.unled is None or bounds.commas is None:
        return end  # no condition in the sentence
    k = bounds.opened[verb]  # the last condition or comma before the verb
    if k < 0 or norms[k] not in CONDITIONS:
        return end
    j = bounds.unled[k]  # the last word before the condition but its leads ("and", "so")
    if j >= 0 and norms[j] != ",":
        return end  # "I know that if he says...", "We win if they say..."
    return min(bounds.commas[verb + 1], end)


def _next_where(flags: Sequence[bool]) -> list[int]:
    """For each place of a sentence and the one after its end, the first place at or
    after it whose flag is set, else the sentence's length."""
    n = len(flags)
    out = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        out[k] = k if flags[k] else out[k + 1]
    return out


def _last_before(flags: Sequence[bool]) -> list[int]:
    """For each place of a sentence, the last place before it whose flag is set, else -1."""
    out = [-1] * (len(flags) + 1)
    for k, flag in enumerate(flags):
        out[k + 1] = k if flag else out[k]
    return out


@dataclass(frozen=True, slots=True)
class _ClauseBounds:
    """What each report of a sentence scans for, found for all its places in one pass:
    each saying's scan to its clause's end, and back to an if-clause, made the sentence's
    time grow with the square of its reports ("I never said that I never said that...")."""

    ends: list[int]  # the next clause end or own clause ("and we") at or after each place
    # Without an "and" in the sentence, no "and that's" and so no need of the speaker's
    # side (None); without a condition ("if"), no if-clause to end at (None).
    verdicts: list[int] | None  # the next "and that's" at or after each place
    ours: list[int] | None  # the next word of the speaker's side ("I", "our") at or after
    commas: list[int] | None  # the next comma at or after each place
    opened: list[int] | None  # the last condition or comma before each place
    unled: list[int] | None  # the last word before each place that is no lead ("and", "so")

    @classmethod
    def of(cls, norms: Sequence[str]) -> _ClauseBounds:
        places = range(len(norms))
        ands = "and" in norms
        conditional = not CONDITIONS.isdisjoint(norms)
        return cls(
            _next_where(
                [norms[k] in _CLAUSE_END or _speaker_goes_on(norms, k) for k in places]
                if ands
                else list(map(_CLAUSE_END.__contains__, norms))
            ),
            _next_where([_own_verdict(norms, k) for k in places]) if ands else None,
            _next_where(list(map(_OUR_SIDE.__contains__, norms))) if ands else None,
            _next_where([n == "," for n in norms]) if conditional else None,
            _last_before([n in CONDITIONS or n == "," for n in norms]) if conditional else None,
            _last_before([n not in _CONDITIONAL_LEADS for n in norms]) if conditional else None,
        )

    def clause_end(self, verb: int) -> int:
        """The first place after ``verb`` with a clause end or where the speaker's own
        clause starts (``_own_clause``): "and that's" only after a word of the speaker's
        side after the verb."""
        end = self.ends[verb + 1]
        if self.verdicts is None or self.ours is None:
            return end
        after_ours = min(self.ours[verb + 1] + 1, len(self.verdicts) - 1)
        return min(end, self.verdicts[after_ours])


# What another wants, expects or urges us to do ("My colleagues want us to fold", "The
# activists are pushing us to break up the company"): their wish, not the speaker's act.
_WISHING = frozenset(
    "want wants wanted expect expects expected urge urges urged asking pushing pressing "
    "pressuring begging like".split()
)
_DEMANDS = frozenset("calls call demands demand pressure pleas appeals petition".split())
_WISH_AUXILIARIES = frozenset(
    "are 're is 's were was have has had would 'd will 'll do does did".split()
)


def _wished_of_us(tokens: Sequence[Token]) -> range:
    """The clause after "want us to", "expect me to", "would like us to", "are pushing us
    to" when a third person wishes it: "My colleagues across the aisle want us to fold"
    (the give-way is theirs, predicted of us: a refusal may follow, "We won't.")."""
    norms = [t.norm for t in tokens]
    for i in range(len(norms) - 3):
        # 1.8.0: a demand made of us: "the calls for me to resign", "pressure on us to fold"
        if (
            norms[i] in _DEMANDS
            and norms[i + 1] in ("for", "on")
            and norms[i + 2] in ("us", "me")
            and norms[i + 3] == "to"
        ):
            return _reach_clause(norms, i + 2)
    for i in range(1, len(norms) - 2):
        if norms[i] not in _WISHING or norms[i + 1] not in ("us", "me") or norms[i + 2] != "to":
            continue
        if norms[i] == "like" and norms[i - 1] not in ("would", "'d"):
            continue
        k = i - 1
        while k > 0 and (norms[k] in _WISH_AUXILIARIES or norms[k] in _ADVERBS):
            k -= 1
        if norms[k] in FIRST_PERSON or norms[k] in ("you", "who", "and", "to"):
            continue  # "I want us to compromise": the speaker's own
        if not _third_person_subject(tokens, k + 1) and norms[k] not in _THIRD_PERSON:
            continue
        return _reach_clause(norms, i + 1)
    return range(0)


# Claims the speaker rejects ("I reject the suggestion that we were asleep at the wheel"):
# the clause after is the claim, not the speaker's admission.
_CLAIM_NOUNS = frozenset(
    (
        "suggestion suggestions claim claims notion idea allegation allegations accusation "
        "accusations charge charges assertion premise insinuation implication "
        "characterization characterisation"
    ).split()
)
_REJECTING = (
    "reject",
    "deny",
    "denie",
    "denying",
    "disput",
    "refut",
    "resent",
    "repudiat",
    "dismiss",
)
_NOT_REJECTING = frozenset("not n't never cannot hardly".split())


def _rejected_claim(norms: Sequence[str]) -> range:
    """The clause after "reject / deny / dispute the suggestion that..."; not after a
    denied rejection ("I don't dispute the claim that we made mistakes" admits them)."""
    for i in range(1, len(norms) - 1):
        if norms[i] not in _CLAIM_NOUNS or norms[i + 1] != "that":
            continue
        for k in range(max(0, i - 3), i):
            if norms[k].startswith(_REJECTING):
                if _NOT_REJECTING.intersection(norms[max(0, k - 3) : k]):
                    break
                return _reach_clause(norms, i + 2)
    return range(0)


def _reach_clause(norms: Sequence[str], start: int) -> range:
    """Tokens from ``start`` to the end of the clause, or to where the speaker's own
    clause starts ("..., and I think we ought to...")."""
    end = start
    while (
        end < len(norms)
        and norms[end] not in _CLAUSE_END
        and not _own_clause(norms, end, start - 1)
    ):
        end += 1
    return range(start, end)


def other_actor_acts(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the acts of a third person named by a pronoun or a possessive ("he
    backed down", "I've seen them give up", "the chief executive's resignation")."""
    norms = [t.norm for t in tokens]
    if _ACTORS.isdisjoint(norms):
        return frozenset()  # no pronoun nor possessive of another
    inside: set[int] = set()
    for i, norm in enumerate(norms):
        if norm in _OTHER_ACTORS and i and norms[i - 1] == "let":
            continue  # the speaker lets them: "Let them say what they like" is a dare
        if norm in _OTHER_ACTORS or (norm == "'s" and i and norms[i - 1] not in _NOT_POSSESSORS):
            j = i + 1
            while j < len(norms) and (
                norms[j] in _BETWEEN or (norms[j].endswith("ly") and norms[j].isalpha())
            ):
                j += 1  # auxiliaries and adverbs: "he will never", "he later", "she quickly"
            # "never" or "had" on the way is his too ("he will never surrender", "he had a
            # change of heart"); a modal is not ("he may be the nominee" is the speaker's
            # hedge), nor "not" ("he did not exactly follow" is the speaker's understatement)
            inside.update(k for k in range(i + 1, j) if norms[k] in _ACT_OPENERS)
            if (
                j < len(norms) and tokens[j].text.islower() and norms[j] not in _NOT_ACTS
            ):  # an act, not a name, nor what follows an object ("met them more than halfway")
                inside.add(j)
                inside.update(_to_complement(norms, j))
    return frozenset(inside)


_ACTORS = _OTHER_ACTORS | {"'s"}


# Review of 1.28.0: a third person who has, had or never had doubts ("He never had any
# doubt", "She has no doubt that it will work", "The general had no doubts") states that
# person's certainty or doubt, not the speaker's; "I have no doubt", "we never had any
# doubt" and "there is no doubt" stay the speaker's. Not the adverb ("He has no doubt
# heard the news": the speaker's assurance about him).
_DOUBTS = frozenset({"doubt", "doubts"})
_HAVING = frozenset({"has", "have", "had", "having"})
_DOUBT_QUANTITIES = frozenset(
    "no any a some little real serious grave deep many few lingering slightest the".split()
)
_ABOUT_US = frozenset({"we", "i"})
_PARTICIPLES_AFTER = frozenset(
    "been heard seen done made known read told taken given gone come felt thought said "
    "had got gotten become".split()
)


def doubts_of_another(tokens: Sequence[Token], norms: Sequence[str]) -> frozenset[int]:
    """Indices of the doubts a third person has ("He never had any doubt", "the general
    had no doubts"): that person's stance, not the speaker's. ``norms``: the tokens'."""
    if _DOUBTS.isdisjoint(norms):
        return frozenset()
    held: set[int] = set()
    for d, norm in enumerate(norms):
        if norm not in _DOUBTS:
            continue
        k = d - 1
        while k >= 0 and norms[k] in _DOUBT_QUANTITIES:
            k -= 1
        if k < 0 or norms[k] not in _HAVING:
            continue
        after = norms[d + 1] if d + 1 < len(norms) else ""
        if after in _PARTICIPLES_AFTER or (after.endswith("ed") and after.isalpha()):
            continue  # the adverb: "He has no doubt heard", "they have no doubt noticed"
        subject = norms[d + 2] if after == "that" and d + 2 < len(norms) else after
        if subject in _ABOUT_US:
            continue  # an ally's certainty about us, endorsed: "He never had any doubt
            # that we would stay up" (stance_gold marks it the speaker's resolve)
        if _third_person_subject(tokens, k) or _named_first(tokens, k):
            held.add(d)
    return frozenset(held)


def _named_first(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the sentence opens with a name or a noun as the subject of ``verb`` ("Smith
    had no doubt"), adverbs and auxiliaries between; not "I", "We", "There", "Nobody"."""
    k = verb - 1
    while k >= 0 and (tokens[k].norm in _ADVERBS or tokens[k].norm in _AUXILIARIES):
        k -= 1
    return (
        k == 0
        and tokens[0].text[:1].isupper()
        and tokens[0].text.isalpha()
        and tokens[0].norm not in _NOT_NP
    )


def _to_complement(norms: Sequence[str], verb: int) -> range:
    """What an act reaches through "to" ("he was preparing to give up", "she is ready to
    step down"): the same person's act."""
    if verb + 1 >= len(norms) or norms[verb + 1] != "to":
        return range(0)
    return range(verb + 1, _reach(norms, verb + 2, verb + 2 + _COMPLEMENT).stop)


def _reach(norms: Sequence[str], start: int, limit: int) -> range:
    """Tokens from ``start`` up to ``limit``, ending early at a clause stop."""
    end = start
    while end < min(len(norms), limit) and norms[end] not in _CLAUSE_STOPS:
        end += 1
    return range(start, end)


_TAIL_VERBS = frozenset(
    (
        "said says say told added claimed claim warned warn insisted insist reported confirmed "
        # 1.23.1: a stance's own verb as the source ("I was wrong, she conceded")
        "admitted admits conceded concedes acknowledged acknowledges vowed vows promised "
        "pledged declared declares argued argues explained replied answered wrote noted"
    ).split()
)
_QUOTES = frozenset({'"', "``", "''", "\u201c", "\u201d"})
_TAIL_REACH = 8
# Titles abbreviated before a name, whose period ends no clause or source: ", Mr. Jones
# vowed", ", Lt. Col. Ann Roe said"; the gaps of gapped entries cross it too (resources).
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gov sen rep gen st lt col prof".split())
_TAIL_AFTER = 4
_TAIL_SUBJECTS = frozenset("he she they the a an one some several two his her their".split())
# Words that do not stand as a subject before a verb ("I called my opponent and conceded").
_NOT_SUBJECTS = frozenset("and or but then so to that which who when if as because also".split())
_AUXILIARIES = frozenset("has have had is was were been will would 's 've".split())
_BEING = frozenset("am 'm are 're was were".split())
# A present saying after a modal or "to" is no source: ", they can say anything", ", he
# went on to say".
_NOT_TAIL = frozenset("to can could will would may might must should 'll 'd".split())


# A word one of the rules of ``reported_clauses`` needs: without one, none applies.
_CLAUSE_CUES = (
    REPORTING_VERBS
    | _STANCE_VERBS
    | _DENIED_SAYING
    | {"saying", "according"}
    | _TAIL_VERBS
    | _DEMANDS
    | _WISHING
    | _CLAIM_NOUNS
    | _ASKING
)


def _reporting_tail(tokens: Sequence[Token]) -> range:
    """A sentence that ends with its source after a comma, not quoted: "Ceasefire talks
    collapsed, a senior official told reporters", "The union is ready to compromise,
    sources said". What comes before the comma is the source's report. A quoted
    statement ('"We will never surrender," he said') is left to the speaker."""
    norms = [t.norm for t in tokens]
    end = len(norms)
    while end and not norms[end - 1].isalnum():
        end -= 1
    reach = range(end - 1, max(-1, end - _TAIL_REACH - 1), -1)
    comma = next((k for k in reach if norms[k] == ","), None)
    if comma is None or comma == 0 or any(n in _QUOTES for n in norms):
        return range(0)
    tail = norms[comma + 1 : end]
    verb = next((k for k, n in enumerate(tail) if n in _TAIL_VERBS), None)
    if verb is None or not all(
        n.isalpha() or n == "'s" or (n == "." and k and tail[k - 1] in TITLE_ABBREVIATIONS)
        for k, n in enumerate(tail)
    ):
        return range(0)
    subject = tail[:verb] if verb else tail[1:]
    if verb and tail[verb - 1] in _NOT_TAIL:
        return range(0)
    after = len(tail) - verb if verb else len(tail) - 2  # ", said the minister"
    if after > _TAIL_AFTER or set(subject) & (FIRST_PERSON | {"you", "me", "us"}):
        # the verb opens a clause of its own: ", no one was warned in advance", ", said I
        # was coming from the left"
        return range(0)
    if not subject or not (
        subject[0] in _TAIL_SUBJECTS
        or tokens[comma + 1 + (verb == 0)].text[:1].isupper()
        or (len(subject) == 1 and subject[0].endswith("s"))
    ):
        return range(0)  # not ", whatever the council says", ", as I said"
    return range(0, comma)


_OUR_SIDE = frozenset("i we me us my our".split())


def _own_clause(norms: Sequence[str], j: int, verb: int) -> bool:
    """Whether the speaker's own clause starts at ``j`` in the report after ``verb``:
    "They have declared war on our farmers, and we will fight back"; (1.21.0, second part)
    "He says I raised taxes, and that's not true": a demonstrative with its copula after
    a report of the speaker's side (review rvdefy #7: "The coach said Jones will not play,
    and that's final" goes on with the source's own words)."""
    return _speaker_goes_on(norms, j) or (
        _own_verdict(norms, j) and not _OUR_SIDE.isdisjoint(norms[verb + 1 : j])
    )


def _speaker_goes_on(norms: Sequence[str], j: int) -> bool:
    """Whether "and we", "and I" or "and you" stands at ``j``: the speaker's own clause."""
    return norms[j] == "and" and j + 1 < len(norms) and norms[j + 1] in ("we", "i", "you")


def _own_verdict(norms: Sequence[str], j: int) -> bool:
    """Whether "and that's" ("and that is", "and that was") stands at ``j``."""
    return (
        norms[j] == "and"
        and j + 2 < len(norms)
        and norms[j + 1] == "that"
        and norms[j + 2] in ("'s", "is", "was")
    )


def _parenthetical(norms: Sequence[str], verb: int) -> bool:
    """Whether a saying is a comment on the speaker's own clause: "as Senator Kennedy has
    admitted, we are the strongest nation", "like you said, ..." (what follows is the
    speaker's), or brushed aside by it: "Whatever my opponent says, we will win"."""
    for k in range(verb - 1, max(-1, verb - 6), -1):
        if norms[k] in ("as", "whatever", "matter") or (
            norms[k] == "like" and norms[k + 1] != "to"
        ):
            return True
        if norms[k] in _CLAUSE_BREAKS or norms[k] in _CLAUSE_END:
            return False
    return False


def _denied(norms: Sequence[str], verb: int) -> bool:
    """Whether the speaker denies a saying ("I never said", "we didn't say", "I'm not
    saying"): what follows is a claim disowned, not the speaker's stance. Not "we
    didn't say anything" (no clause follows) nor "you can't say" (someone else). A short
    insertion may stand before the saying ("I'm not for a moment suggesting")."""
    at = verb
    if tuple(norms[max(0, at - 3) : at]) in _DENIAL_INSERTS:
        at -= 3
    elif at and norms[at - 1] in _DENIAL_ADVERBS:
        at -= 1
    before = range(max(0, at - 3), at)
    return (
        any(norms[k] in ("not", "n't", "never") for k in before)
        and any(norms[k] in ("i", "we") for k in before)
        and (verb + 1 >= len(norms) or norms[verb + 1] not in _NOT_CLAUSES)
    )


def _according_to(norms: Sequence[str]) -> range:
    """The clause framed by "according to X": after it ("According to aides, the
    president...") or before it ("The president is leaving, according to aides")."""
    breaks = _CLAUSE_BREAKS | _CLAUSE_END
    for i in range(len(norms) - 1):
        if norms[i] != "according" or norms[i + 1] != "to":
            continue
        end = i - 1 if i and norms[i - 1] in _CLAUSE_BREAKS else i
        start = end
        while start > 0 and norms[start - 1] not in breaks:
            start -= 1
        if any(norms[k].isalpha() for k in range(start, end)):
            return range(start, end)
        j = i + 2
        while j < len(norms) and norms[j] not in breaks:
            j += 1
        end = j + 1
        while end < len(norms) and norms[end] not in _CLAUSE_END:
            end += 1
        return range(j + 1, end)
    return range(0)


# Past verbs of saying after "you": the addressee's words, not the speaker's stance ("You
# said you were committed to...", "you have promised..."); the present "you say" is
# often generic ("when you make a mistake, you say I made a mistake").
_GENERIC_OPENERS = frozenset("when whenever if once".split())
_YOU_SAID = frozenset("said claimed promised pledged vowed told argued predicted insisted".split())


# 1.18.0: a saying of habit ("Frank used to say that...", "My mother would always tell
# us we never...") reports another's words as the past tense does.
_USED_TO = ("used", "to")


def _third_person_subject(tokens: Sequence[Token], verb: int) -> bool:
    k = verb - 1
    habitual = False
    while k >= 0:
        if tokens[k].norm in _ADVERBS or (verb - k < 3 and tokens[k].norm in _AUXILIARIES):
            habitual = habitual or tokens[k].norm == "would"
            k -= 1
        elif k >= 1 and (tokens[k - 1].norm, tokens[k].norm) == _USED_TO:
            habitual = True
            k -= 2
        else:
            break
    if k < 0:
        # '"...," conceded Sarah Kim': a verb opening the narration after a quotation,
        # its subject after it (a name or a description), as news inverts a cue
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        return after is not None and (
            (after.text[:1].isupper() and after.norm not in FIRST_PERSON | {"you"})
            or after.norm in _DETERMINERS
        )
    norm, text = tokens[k].norm, tokens[k].text
    if norm == "who" and k and tokens[k - 1].norm.isalpha():
        # "those who say", "anyone who thinks", "critics who claim"; not "we who believe",
        # "those of us who", "you who", nor the speaker's own kind: "I am one who believes"
        before = [t.norm for t in tokens[max(0, k - 4) : k]]
        if any(a in FIRST_PERSON and b in _BEING for a, b in pairwise(before)):
            return False
        return tokens[k - 1].norm not in FIRST_PERSON | {"us", "me", "you", "and", "or"}
    if norm in FIRST_PERSON or norm in _NOT_SUBJECTS:
        return False
    if norm == "you":  # "You say we will fold", "you promised...": the addressee's words
        if tokens[verb].norm in _YOU_SAID:
            return True
        # the present is generic after a condition: "When you fail, you say I made a mistake"
        generic = any(t.norm in _GENERIC_OPENERS for t in tokens[:k])
        return tokens[verb].norm in _SAYING and not generic
    if norm in _THIRD_PERSON or norm == "whoever":  # 1.11.0: "Whoever thinks we'll fold"
        return True
    if k >= 1 and tokens[k - 1].norm in _DETERMINERS and text.isalpha():
        return True  # "the union says", "my lawyers say"
    if (
        k >= 2
        and tokens[k - 1].norm == "'s"
        and tokens[k - 2].norm not in _CONTRACTED
        and (tokens[k - 2].text[:1].isupper() or (k >= 3 and tokens[k - 3].norm in _DETERMINERS))
    ):
        return text.isalpha()  # 1.23.1: "Trump's team thinks", "the senator's aides say"
    if k >= 2 and tokens[k - 2].norm in _DETERMINERS and tokens[k - 1].text.isalpha():
        return text.isalpha()  # "the other side claims"
    if k == 0:  # "Aides say the senator...": a plural noun, not a name or "We"
        if tokens[verb].norm in _PAST_VERBS or habitual:  # "Officials insisted"
            return text.isalpha() and len(norm) > 1
        return tokens[verb].norm in _PLURAL_VERBS and len(norm) > 3 and norm.endswith("s")
    return text[:1].isupper() and text.isalpha()  # "Osei says" (not sentence-initial)


# A third party named by a noun phrase ("The airline backed down", "Striking bus drivers
# rejected the offer", "Shares in the miner gave up their gains", "Analysts doubt"): its
# act is not the speaker's stance. The phrase opens its clause with a determiner, a
# name or a sentence-initial noun; the speaker's side ("our board", "this side", "my
# office", "we") is the speaker's. A future or modal between the phrase and the act
# ("The government will not back down", "The department will meet the deadline") keeps
# the act the speaker's: a speaker commits an organisation of their own that way far
# more often than a narrator forecasts another's stance.
_NP_DETERMINERS = frozenset(
    "the a an some several many much both its their each every most few those other another".split()
)
_SPEAKERS_SIDE = frozenset("our my we us i me this these ours mine".split())
_NP_INNER = frozenset("of in at from for on with 's '".split()) | {"-"}
# Words that do not belong to a subject phrase: pronouns, auxiliaries and modals,
# negators, conjunctions and relatives, adverbs that open sentences.
_NOT_NP = (
    frozenset(
        (
            "you he she it they them him her who which that what when where why how if as "
            "and or but so then there here to not n't never no none nobody nothing "
            "is was are were be been being am 're 'm 've 'd 'll has have had do does did "
            "will would shall should can could may might must wo ca let "
            "perhaps maybe probably possibly certainly surely fine yes oh well now today "
            "yesterday tonight sure indeed frankly honestly clearly obviously also still "
            "just only even again anyway however though although because until unless "
            "while after before since once all any anyone anybody everyone everybody "
            "someone somebody one"
        ).split()
    )
    | _SPEAKERS_SIDE
)
# What may stand between the subject and its act: auxiliaries and adverbs (not modals:
# see above), a verb and "to" ("agreed to step aside"), a linking verb ("looked
# determined").
_NP_BETWEEN = frozenset(
    (
        "has have had 's is was were are been being did does do not n't never just finally "
        "already eventually reportedly apparently also again now quickly promptly "
        "effectively formally officially publicly"
    ).split()
)
_MODALS = frozenset("will would 'll shall should can could may might must wo 'd going gon".split())
_LINKING = frozenset(
    "looked looks seemed seems appeared appears sounded sounds remained remains".split()
)
_NP_REACH = 7
_CLAUSE_OPENING = frozenset(
    {",", ";", ":", "(", "\u2014", "--"}
    | set(
        "and but when after whether because if since although though while once unless "
        "until before that".split()
    )
)


# Hedges that are a third party's own act of thinking ("Analysts doubt the cartel will
# cut output"); other hedges in a third party's clause ("The front line runs more or
# less along...", "The data suggest it is somewhat less effective") are the speaker's.
HEDGE_VERBS = frozenset(
    (
        "doubt doubts doubted suspect suspects suspected fear fears feared wonder wonders "
        "wondered question questions questioned hesitate hesitates hesitated hesitating "
        "think thinks thought believe believes believed guess guesses guessed"
    ).split()
)
_PREPOSITIONS = frozenset("of in at from for on with".split())
# Words that do not end a subject phrase: prepositions ("a policy of disengagement", "by
# holding the line").
_NOT_HEADS = _PREPOSITIONS | frozenset("by into about against over under through".split())


# What the speaker grants another or holds against another, said of that other: the
# speaker's concession ("The president deserves credit", "He makes a fair point") or
# rebuttal ("She didn't say that", "He doesn't know the facts", "He owes us an apology",
# "he's absolutely wrong"). Not another's own admission or refusal: "He got this wrong",
# "He said no to the deal" stay that person's acts.
_GRANTED = frozenset("deserves deserve deserved entitled point credit".split())
_REBUTTING = frozenset(
    "know knows facts apology true untrue false mistaken discredited incorrect misleading".split()
)
_SAYING_THAT = frozenset({("say", "that"), ("said", "that")})
# 1.11.0: the other side's power belittled is the speaker's judgment of it ("He's all bark
# and no bite", "They're in for a rude awakening", "He talks a lot for a guy who...")
_BELITTLING = frozenset("bark tiger dealing fun lot votes awakening surprise".split())


def judges_another(entry: Entry) -> bool:
    """Whether a concession or defiance entry is the speaker's judgment of its subject."""
    units = entry.tokens
    if entry.category == "concession":
        return not _GRANTED.isdisjoint(units)
    if entry.category == "defiance":
        return (
            not _REBUTTING.isdisjoint(units)
            or not _BELITTLING.isdisjoint(units)
            or (units[-1] == "wrong" and units[0] not in _OWN_ACTS)  # "he's dead wrong"
            or any(pair in _SAYING_THAT for pair in pairwise(units))
            or (units[0].startswith(_MISREPRESENTING) and not _OURS.isdisjoint(units))
            or _spin(units)
        )
    return False


# 1.27.0: another's claim framed as spin ("He wants you to believe that I can't be
# president", "The prosecution would have you believe...") is the speaker's judgment of
# that other, whoever the subject is (1.15.0 counted it only after "they" or "my opponent").
_SPIN_OBJECTS = frozenset({"you", "us"})
_SPIN_VERBS = frozenset({"believe", "think"})


def _spin(units: Sequence[str]) -> bool:
    # "Senator McCain suggests that somehow I'm green": the mocking "somehow" is the
    # speaker's, whoever made the claim (1.27.0)
    return "somehow" in units or (
        units[-1] in _SPIN_VERBS and not _SPIN_OBJECTS.isdisjoint(units[:-1])
    )


# Review of 1.22.0: the speaker's own misrepresented by another ("He misrepresents my
# record") is the speaker's rebuttal of that other, not the other's stance.
_MISREPRESENTING = ("misstat", "misrepresent", "mischaracteriz", "misportray", "distort", "twist")
_OURS = frozenset({"my", "our"})


# Defiance entries ending in "wrong" that are the subject's own act: "he will prove them
# wrong", "she did nothing wrong".
_OWN_ACTS = frozenset("prove proves proved proving picked messed messing done did".split())


class _Norms(Sequence[str]):
    """The tokens' normal forms, read on demand: a list built per hit made a sentence
    of n words with n hits cost n squared."""

    __slots__ = ("_tokens",)

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self._tokens[index].norm

    def __len__(self) -> int:
        return len(self._tokens)


def third_party_act(tokens: Sequence[Token], first: int, entry_tokens: Sequence[str] = ()) -> bool:
    """Whether the act starting at token ``first`` has a third party's noun phrase as
    its subject ("The airline backed down", "The insurer settled the lawsuit", "The
    company's founder has agreed to step aside", "The party leader looked determined",
    "Analysts doubt the cartel will cut output"). Not after a modal or a future ("The
    government will not back down"), nor when the phrase is the speaker's side ("our
    board", "this side"), nor for an adverb or a modal that is itself the hit ("The
    price probably rose", "The price may rise": the speaker's hedge), nor for a hedge
    other than a verb of thinking, nor for an act on the speaker ("Their bombs do not
    frighten us": ``entry_tokens``), nor for the complement of a copula ("Withdrawing
    from the race is out of the question": the speaker's judgement)."""
    norms = _Norms(tokens)
    act = norms[first]
    if (
        act in _PERFECT
        and len(entry_tokens) > 1
        and first + 1 < len(norms)
        and _participle(norms[first + 1])
    ):  # an entry that holds its auxiliary: "The union has given in"
        return third_party_act(tokens, first + 1, entry_tokens[1:])
    if act in _MODALS or act in _NOT_NP or act.endswith("ly") or not tokens[first].text.islower():
        return False
    if any(unit in ("us", "me", "our", "my", "this") for unit in entry_tokens):
        return False
    k = first - 1
    if k >= 1 and norms[k] == "to":  # "agreed to step aside", "refused to back down"
        k -= 1
        if not (norms[k].isalpha() and tokens[k].text.islower()) or norms[k] in _MODALS | _NOT_NP:
            return False  # "is not going to give in": a future, as "will not give in"
        k -= 1
    elif k >= 0 and norms[k] in _LINKING:  # "looked determined"
        k -= 1
    elif k >= 0 and norms[k] in _COPULAS and not act.endswith("ing"):
        return False  # "A full lockdown is out of the question", "are dedicated to"
    elif k >= 0 and norms[k] in _PERFECT and not _participle(act):
        return False  # an object: "The board has full confidence in him"
    while k >= 0 and (norms[k] in _NP_BETWEEN or norms[k] in _PRONOUN_BETWEEN):
        k -= 1
    if k < 0 or norms[k] in _MODALS:
        return False
    if norms[k] in _THIRD_PRONOUNS:
        # 1.13.0: "They always fold.", "They totally caved.": a third person's act
        return (k == 0 or norms[k - 1] in _CLAUSE_OPENING or norms[k - 1] in _SENTENCE_ENDS) and (
            _finite(act, norms[k]) or norms[k] == "they"
        )
    if k == first - 1 and not _finite(act, norms[k]):
        return False  # a noun in the phrase: "a reasonable compromise", "A deep commitment"
    return _third_party_phrase(tokens, norms, k)


# Past forms that do not end in -ed ("The union gave in", "Rebels laid down their arms").
_IRREGULAR_PASTS = frozenset(
    (
        "gave took threw held stood fought broke lost won quit laid left let made struck "
        "swore sold shook bent knelt fell went came kept set put ran rose hung bowed caved "
        "withdrew forsook"
    ).split()
)


_PERFECT = frozenset({"has", "have", "had"})
# 1.13.0: a pronoun subject of a third person's act ("They always fold", "He caved"), with
# adverbs of frequency or degree between.
_THIRD_PRONOUNS = frozenset({"he", "she", "they"})
_PRONOUN_BETWEEN = frozenset("always totally completely basically usually simply".split())
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_PARTICIPLES = frozenset(
    (
        "given taken thrown fought broken lost won quit laid left let made struck sworn sold "
        "shaken bent fallen gone come kept set put run risen hung caved withdrawn forsaken "
        "held stood bowed"
    ).split()
)


def _participle(act: str) -> bool:
    return act in _PARTICIPLES or act.endswith(("ed", "en"))


def _finite(act: str, before: str) -> bool:
    """Whether ``act``, right after the word ``before``, reads as a finite verb: a past
    ("backed", "gave"), a third-person present ("refuses") or a plural subject's present
    ("Analysts doubt")."""
    if act in _IRREGULAR_PASTS or act.endswith("ed"):
        return True
    if act.endswith("s") and not act.endswith(("ss", "us", "is")):
        return True
    return (
        before.endswith("s") and not before.endswith(("ss", "us", "is")) and not act.endswith("ing")
    )


_COPULAS = frozenset("is was are were 's 're be been remains remained".split())


def _third_party_phrase(tokens: Sequence[Token], norms: Sequence[str], end: int) -> bool:
    """Whether tokens up to ``end`` (inclusive) close a noun phrase that opens its clause
    and names a third party: a determiner's phrase, a name, or a sentence-initial phrase
    of two words or more, or one plural noun ("Analysts")."""
    if (
        not norms[end].isalpha()
        or norms[end] in _NOT_NP
        or norms[end] in _NP_DETERMINERS
        or norms[end] in _NOT_HEADS
    ):
        return False
    start = end
    while start > 0:
        prev = norms[start - 1]
        if prev in _CLAUSE_OPENING or prev in _QUOTES:
            break
        if (
            end - start >= _NP_REACH
            or prev in _NOT_NP
            or not (prev.replace("-", "").isalpha() or prev in _NP_INNER)
        ):
            return False
        if norms[start] in _NP_DETERMINERS and prev not in _PREPOSITIONS:
            return False  # "demanded a higher yield": a determiner after a verb
        start -= 1
    if norms[start] in _NP_DETERMINERS:
        return end > start
    if not tokens[start].text[:1].isupper():
        return False
    # a name or a noun phrase ("Beijing", "Management", "Striking bus drivers"), not an
    # adverb ("Finally gave in"); a verb that opens the sentence ("Come hell or high
    # water") has no finite act after it
    return start > 0 or end > start or (len(norms[end]) > 2 and not norms[end].endswith("ly"))
