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

from .models import Token

# Verbs of saying and believing; not "suggest" or "expect", whose clause is often the
# speaker's own hedge ("the figures suggest that...").
REPORTING_VERBS = frozenset(
    (
        "says say said claims claim claimed thinks think thought believes believe believed "
        "argues argue argued insists insist insisted predicts predict predicted alleges "
        "allege alleged told tells warns warned vowed vows pledged pledges promised promises "
        "swore swears chanted chant chants announced announces admitted "
        "admits conceded concedes insisting claiming"
    ).split()
)
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
    "promised swore chanted announced admitted conceded threatened "
    "apologised apologized resigned appeared".split()
)
# Verbs of saying whose denial ("I never said we would give up") disowns the clause.
_SAYING = frozenset("say said saying claim claimed".split())
_NOT_CLAUSES = frozenset("anything a it so much no nothing".split())
_THIRD_PERSON = frozenset("he she they who someone others critics everyone".split())
_FIRST_PERSON = frozenset("i we i'm we're".split())
_ADVERBS = frozenset("also still now often always repeatedly once again then never even".split())
_DETERMINERS = frozenset("the my our his her their some many a an both several".split())
# Plural reporting verbs: a sentence-initial plural noun before one is a third person
# ("Aides say", "Officials claim"), though every sentence-initial word is capitalised.
_PLURAL_VERBS = frozenset("say claim think believe argue insist predict allege warn".split())
# Pronouns that name another person as the actor of what follows, and the auxiliaries
# and adverbs that may stand between ("he has finally backed down").
_OTHER_ACTORS = frozenset("he she him her them his".split())
_BETWEEN = frozenset(
    (
        "will would 'll 'd has have had 's is was were be been being did does do can could "
        "may might must should never not n't just finally already eventually ever even "
        "again also always"
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
    "more less a an the to for with in on at all both halfway as than into from by of".split()
)
_CLAUSE_BREAKS = frozenset({",", "\u2014", "--"})
# A stance verb that reports no clause ("resigned", "appeared") reaches its complement:
# "threatened to veto", "appeared determined".
_COMPLEMENT = 3
_CLAUSE_END = frozenset({";", ".", "!", "?", ":", "but", "however", "yet", "\u2014", "--"})
_CLAUSE_STOPS = _CLAUSE_END | {",", "and"}


def reported_tokens(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the tokens inside clauses reported from a third person, or whose
    saying the speaker denies ("I never said we would give up"), and of the acts of
    another person ("he backed down")."""
    return reported_clauses(tokens) | other_actor_acts(tokens)


def reported_clauses(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the tokens inside clauses reported from a third person, or whose
    saying the speaker denies ("I never said we would give up"); a verb that is itself
    a stance ("vowed", "conceded") with a third-person subject too."""
    norms = [t.norm for t in tokens]
    inside: set[int] = set()
    for i, norm in enumerate(norms):
        if norm in _STANCE_VERBS and norm not in REPORTING_VERBS:
            if _third_person_subject(tokens, i):  # "the minister appeared determined"
                inside.update(_reach(norms, i, i + 1 + _COMPLEMENT))
            continue
        third = (
            norm in REPORTING_VERBS
            and _third_person_subject(tokens, i)
            and not _parenthetical(norms, i)
        ) or (norm == "saying" and norms[max(0, i - 2) : i] == ["quoted", "as"])
        if third and norm in _STANCE_VERBS:
            inside.add(i)  # "The opposition leader vowed never to surrender"
        if not (third or (norm in _SAYING and _denied(norms, i))):
            continue
        j = i + 1
        while j < len(norms) and norms[j] not in _CLAUSE_END and not _own_clause(norms, j):
            inside.add(j)
            j += 1
    inside.update(_according_to(norms))
    inside.update(_reporting_tail(tokens))
    return frozenset(inside)


def other_actor_acts(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the acts of a third person named by a pronoun or a possessive ("he
    backed down", "I've seen them give up", "the chief executive's resignation")."""
    norms = [t.norm for t in tokens]
    inside: set[int] = set()
    for i, norm in enumerate(norms):
        if norm in _OTHER_ACTORS and i and norms[i - 1] == "let":
            continue  # the speaker lets them: "Let them say what they like" is a dare
        if norm in _OTHER_ACTORS or (norm == "'s" and i and norms[i - 1] not in _NOT_POSSESSORS):
            j = i + 1
            while j < len(norms) and norms[j] in _BETWEEN:
                j += 1
            if (
                j < len(norms) and tokens[j].text.islower() and norms[j] not in _NOT_ACTS
            ):  # an act, not a name, nor what follows an object ("met them more than halfway")
                inside.add(j)
                inside.update(_to_complement(norms, j))
    return frozenset(inside)


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


_TAIL_VERBS = frozenset("said says told added claimed warned insisted".split())
_QUOTES = frozenset({'"', "``", "''", "\u201c", "\u201d"})
_TAIL_REACH = 8
_TAIL_AFTER = 4
_TAIL_SUBJECTS = frozenset("he she they the a an one some several two his her their".split())
# Words that do not stand as a subject before a verb ("I called my opponent and conceded").
_NOT_SUBJECTS = frozenset("and or but then so to that which who when if as because also".split())
_AUXILIARIES = frozenset("has have had is was were been will would 's 've".split())


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
    if verb is None or not all(n.isalpha() or n == "'s" for n in tail):
        return range(0)
    subject = tail[:verb] if verb else tail[1:]
    after = len(tail) - verb if verb else len(tail) - 2  # ", said the minister"
    if after > _TAIL_AFTER or set(subject) & (_FIRST_PERSON | {"you", "me", "us"}):
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


def _own_clause(norms: Sequence[str], j: int) -> bool:
    """Whether the speaker's own clause starts at ``j``: "They have declared war on our
    farmers, and we will fight back"."""
    return norms[j] == "and" and j + 1 < len(norms) and norms[j + 1] in ("we", "i")


def _parenthetical(norms: Sequence[str], verb: int) -> bool:
    """Whether a saying is a comment on the speaker's own clause: "as Senator Kennedy has
    admitted, we are the strongest nation" (what follows is the speaker's)."""
    for k in range(verb - 1, max(-1, verb - 6), -1):
        if norms[k] == "as":
            return True
        if norms[k] in _CLAUSE_BREAKS or norms[k] in _CLAUSE_END:
            return False
    return False


def _denied(norms: Sequence[str], verb: int) -> bool:
    """Whether the speaker denies a saying ("I never said", "we didn't say", "I'm not
    saying"): what follows is a claim disowned, not the speaker's stance. Not "we
    didn't say anything" (no clause follows) nor "you can't say" (someone else)."""
    before = range(max(0, verb - 3), verb)
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
_YOU_SAID = frozenset("said claimed promised pledged vowed told argued predicted insisted".split())


def _third_person_subject(tokens: Sequence[Token], verb: int) -> bool:
    k = verb - 1
    while k >= 0 and (
        tokens[k].norm in _ADVERBS or (verb - k < 3 and tokens[k].norm in _AUXILIARIES)
    ):
        k -= 1
    if k < 0:
        return False
    norm, text = tokens[k].norm, tokens[k].text
    if norm == "you":  # the addressee's past words ("you said you would not hesitate")
        return tokens[verb].norm in _YOU_SAID
    if norm in _FIRST_PERSON or norm in _NOT_SUBJECTS:
        return False
    if norm in _THIRD_PERSON:
        return True
    if k >= 1 and tokens[k - 1].norm in _DETERMINERS and text.isalpha():
        return True  # "the union says", "my lawyers say"
    if k >= 2 and tokens[k - 2].norm in _DETERMINERS and tokens[k - 1].text.isalpha():
        return text.isalpha()  # "the other side claims"
    if k == 0:  # "Aides say the senator...": a plural noun, not a name or "We"
        if tokens[verb].norm in _PAST_VERBS:  # "Officials insisted", "Protesters chanted"
            return text.isalpha() and len(norm) > 1
        return tokens[verb].norm in _PLURAL_VERBS and len(norm) > 3 and norm.endswith("s")
    return text[:1].isupper() and text.isalpha()  # "Osei says" (not sentence-initial)
