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
        "allege alleged told tells warns warned"
    ).split()
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
_CLAUSE_END = frozenset({";", ".", "!", "?", ":", "but", "however", "yet", "\u2014", "--"})


def reported_tokens(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the tokens inside clauses reported from a third person, or whose
    saying the speaker denies ("I never said we would give up")."""
    norms = [t.norm for t in tokens]
    inside: set[int] = set()
    for i, norm in enumerate(norms):
        third = norm in REPORTING_VERBS and _third_person_subject(tokens, i)
        if not (third or (norm in _SAYING and _denied(norms, i))):
            continue
        j = i + 1
        while j < len(norms) and norms[j] not in _CLAUSE_END:
            inside.add(j)
            j += 1
    inside.update(_according_to(norms))
    for i, norm in enumerate(norms):
        if norm in _OTHER_ACTORS or (norm == "'s" and i and norms[i - 1] not in _NOT_POSSESSORS):
            j = i + 1
            while j < len(norms) and norms[j] in _BETWEEN:
                j += 1
            if (
                j < len(norms) and tokens[j].text.islower() and norms[j] not in _NOT_ACTS
            ):  # an act, not a name, nor what follows an object ("met them more than halfway")
                inside.add(j)
    return frozenset(inside)


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


def _third_person_subject(tokens: Sequence[Token], verb: int) -> bool:
    k = verb - 1
    while k >= 0 and tokens[k].norm in _ADVERBS:
        k -= 1
    if k < 0:
        return False
    norm, text = tokens[k].norm, tokens[k].text
    if norm in _FIRST_PERSON or norm == "you":
        return False
    if norm in _THIRD_PERSON:
        return True
    if k >= 1 and tokens[k - 1].norm in _DETERMINERS and text.isalpha():
        return True  # "the union says", "my lawyers say"
    if k >= 2 and tokens[k - 2].norm in _DETERMINERS and tokens[k - 1].text.isalpha():
        return text.isalpha()  # "the other side claims"
    if k == 0:  # "Aides say the senator...": a plural noun, not a name or "We"
        return tokens[verb].norm in _PLURAL_VERBS and len(norm) > 3 and norm.endswith("s")
    return text[:1].isupper() and text.isalpha()  # "Osei says" (not sentence-initial)
