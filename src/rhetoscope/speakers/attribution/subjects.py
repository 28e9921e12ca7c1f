"""The subject of a sentence or a clause: a description, a plural or a named body
opening a sentence before its verb ("The Florida senator sought", "Many economists
warned"), and the person a clause is about, passing over objects, possessives and
names after a preposition (obliques), which the pronoun rules rank lower.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..names import _NOT_PERSON, FUNCTION_WORDS, Mention
from .document import _BEFORE_NAME, _Doc, _in_quote, _word_before
from .grammar import (
    _CALENDAR,
    _CONJUNCTION,
    _CONJUNCTIONS,
    _NOMINAL,
    _NOT_INVERTED,
    _OPENING_PHRASE,
    _PREPOSITIONS,
    _S,
    _VERB,
    _Lazy,
)

# A sentence's opening before its subject: a dateline ("PHILADELPHIA, July 25 (UPI) --"),
# a conjunction, a phrase set off by a comma ("For now,", "At Brazile's direction,").
_DATELINE = (
    r"(?:[A-Z][A-Z.'\-]+(?:[^\S\n]+[A-Z][A-Z.'\-]+)*,?[^\S\n]*"  # "PHILADELPHIA,"
    r"(?:[A-Z][a-z]{2,}\.?[^\S\n]+\d{1,2}[^\S\n]*)?"  # "July 25"
    r"\([\w .]{2,20}\)[^\S\n]*[\u2014\u2013-]+[^\S\n]*)"  # "(UPI) --"
)
# A description opening a sentence, after an opening phrase: "The Florida senator sought",
# "In granting Lee a hearing, a federal judge determined".
_OPENING_NOMINAL = _Lazy(rf"\s*{_OPENING_PHRASE}(?P<who>{_NOMINAL})(?!['\u2019]s)\b")
# A description opening a sentence as its subject, before its verb: "The piece goes
# on", "That letter, on company letterhead, demanded", "the DNC issued". A verb in -s
# takes an object or particle ("sides of" is no verb); no auxiliary ("That case was
# tossed out by a judge": a passive's subject does nothing).
_NOT_IN_DESCRIPTION = (
    r"(?!(?:"
    + "|".join(sorted((FUNCTION_WORDS | _PREPOSITIONS) - {"of", "for"}))
    + r"|be|been|being|may|might|must|do|even|again)\b)"
)
_DESCRIBED_OPENING = _Lazy(
    rf"\s*{_DATELINE}?{_OPENING_PHRASE}"
    rf"(?P<who>(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|One{_S}+such|Another){_S}+"
    rf"(?:{_NOT_IN_DESCRIPTION}(?![a-z]+(?:ed|es)\b)[\w\-.&'\u2019]+{_S}+){{0,5}}?"
    rf"{_NOT_IN_DESCRIPTION}[\w\-.&]*\w)"
    rf"(?:,[^,\n\"\u201c\u201d]{{1,60}},)?{_S}+(?:(?:\w+ly|then|also|now|still|again){_S}+)?"
    rf"(?:(?:has|have|had){_S}+)?(?P<passive>(?:is|was|were|are|has|had|will|would){_S}+)?"
    rf"{_NOT_IN_DESCRIPTION}(?:[a-z]+ed|gave|took|made|told|wrote|sent|put|kept|left|held|brought|got|went|came|"
    rf"spoke|ran|won|(?:[a-z]+s){_S}+(?:a|an|the|that|to|on|off|up|out|his|her|its|their|it|"
    rf"him|them|this|these)\b|(?:[a-z]+s){_S}*[\"\u201c])"
)
# People a description may stand for: they are found by role or focus instead.
_PERSON_NOUNS = frozenset(
    (
        "man men woman women people person couple family nominee candidate businessman "
        "businesswoman billionaire mogul official officials aide aides adviser advisers "
        "spokesman spokeswoman spokesperson leader leaders lawmaker lawmakers voter voters "
        "protesters protester crowd audience supporters critics president senator governor "
        "congressman congresswoman mayor secretary minister judge justice general chairman "
        "chairwoman frontrunner front-runner neurosurgeon developer star host pope"
    ).split()
)


_NARRATOR_OPENING = _Lazy(rf"\s*{_OPENING_PHRASE}(?:I|We)(?:['\u2019](?:ve|d|ll|m))?{_S}+[a-z]")


def _named_body(words: Sequence[str]) -> bool:
    """Whether "the" and ``words`` after it name a body ("the Business Council of B.C.")."""
    return (
        words[0].lower() == "the"
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "for", "and") for w in words[1:])
    )


def _described_subject(doc: _Doc, lo: int, hi: int, passive: bool = False) -> re.Match[str] | None:
    """A description naming no person that opens the sentence at ``lo`` as its subject
    (``passive``: also of a passive verb, "The email, released by ..., was sent")."""
    m = _DESCRIBED_OPENING.match(doc.text, lo, min(hi, lo + _SUBJECT_REACH))
    if m is None or m["who"].split()[1].lower() in FUNCTION_WORDS:
        return None
    if m["passive"] and not passive:
        return None
    if m["who"].split()[-1].lower() in _PERSON_NOUNS:
        return None
    i, j = bisect_left(doc.starts, m.start("who")), bisect_left(doc.starts, hi)
    if i < j and doc.starts[i] < m.end("who"):
        return None  # "The Trump campaign", "This week Lee": a person's, or a person
    after = bisect_left(doc.starts, m.end())
    if any(_OWN_CLAUSE.match(doc.text, doc.names.mentions[k].end) for k in range(after, j)):
        return None  # "..., when Lee interrupted, shouting ''...''": Lee's clause
    return m


# A plural subject opening a sentence before its verb in the past tense: "Critics in
# both parties quickly compared", "Republicans on Capitol Hill seized on", "Many
# economists warned".
_PLURAL_OPENING = _Lazy(
    rf"\s*{_DATELINE}?{_OPENING_PHRASE}"
    rf"(?P<who>(?:(?:[Mm]any|[Ss]ome|[Oo]ther|[Ss]everal|[Mm]ost|[Aa]ll|[Bb]oth|[Ff]ew){_S}+)?"
    rf"(?:(?<![^\s,])[A-Za-z][\w\-]*{_S}+){{0,2}}?"
    rf"(?!(?:has|was|is|does|says|goes|this|its|his|us|as)\b)[A-Za-z][a-z\-]*[a-rt-z]s"
    rf"(?:{_S}+(?:in|on|from|at|of|for|across){_S}+(?:(?:the|both|all){_S}+)?"
    rf"(?:[\w\-]+{_S}+){{0,2}}?[\w\-]+)?)"
    rf"{_S}+(?:\w+ly{_S}+)?(?:(?:have|had){_S}+(?:(?:\w+ly|long|also|already|since){_S}+)?)?"
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)"
    rf"(?:[a-z]+ed|took|gave|made|told|wrote|said|called|sent|put|kept|held|seized|spoke)\b"
)


def _plural_subject(doc: _Doc, lo: int, hi: int) -> re.Match[str] | None:
    """A plural description naming no person that opens the sentence at ``lo`` as its
    subject; None when there is none."""
    m = _PLURAL_OPENING.match(doc.text, lo, min(hi, lo + _SUBJECT_REACH))
    if m is None or m.end() > hi:
        return None
    head = m["who"].split()
    if head[0].lower() in FUNCTION_WORDS or head[0].lower() in _CALENDAR:
        return None
    i = bisect_left(doc.starts, m.start("who"))
    if i < len(doc.starts) and doc.starts[i] < m.start("who") + len(head[0]) + 1:
        return None  # "Sanders blasted": a person's name, no group
    j = bisect_left(doc.starts, hi)
    after = bisect_left(doc.starts, m.end())
    if any(_OWN_CLAUSE.match(doc.text, doc.names.mentions[k].end) for k in range(after, j)):
        return None  # "..., when Lee interrupted, shouting ''...''": Lee's clause
    return m


# A person named with a clause of their own: ", who said", "Lee asked", "Lee is".
_OWN_CLAUSE = _Lazy(rf",?{_S}+(?:who\b|(?:\w+ly{_S}+)?(?:[a-z]+ed|[a-z]+s|is|was|has|had)\b)")


# A role between a modifying name and the person's own: "Obama consultant Cornell Belcher".
_ROLE_BETWEEN = _Lazy(
    rf"{_S}+(?:(?:campaign|press|senior|chief|top|former|political|policy|communications|"
    r"spokes(?:man|woman|person)|consultant|adviser|advisor|aide|strategist|pollster|manager|"
    r"chairman|chairwoman|secretary|director|lawyer|attorney|official|ally|rival|"
    rf"running|mate|speechwriter|surrogate|supporter|donor|biographer|friend|daughter|son|"
    rf"wife|husband|brother|sister|father|mother|"
    # a club's or a firm's: "Rovers boss Ian Petrie", "Apple founder Steve Jobs"
    rf"boss|coach|captain|owner|founder|editor|teammate|colleague|partner|player|member){_S}+)"
    rf"{{1,3}}$"
)
_SUBJECT_PRONOUN = _Lazy(r"(?<![\w'\u2019])(he|she|they|He|She|They)(?![\w'\u2019])")


# Conjunctions opening an adverbial clause before the main one ("As" also opens one).
_OPENING_CONJUNCTION = (
    r"(?:Ever\s+since|When|While|After|Since|Although|Though|If|Because|Before|Once|Until|"
    r"Unless|Whereas)\b"
)
# The rest of that clause, up to its comma, past a short quotation inside it, which may
# hold the clause's comma: 'When Ann Lee called it "Medicare for all," Clinton seized on...'
_TO_CLAUSE_COMMA = (
    r"(?:[^,;:\n\"\u201c\u201d]|[\"\u201c][^,;:\n\"\u201c\u201d]{1,60}[\"\u201d]){1,150}?"
    r"(?:,|[\"\u201c][^,;:\n\"\u201c\u201d]{1,60},[\"\u201d])"
)
_SUBORDINATE = _Lazy(
    rf"\s*[\"\u201c(]?(?:{_OPENING_CONJUNCTION}|As\b"
    # A participle opening the sentence: "Asked about her own vote, she replied".
    rf"|[A-Z][a-z]+(?:ed|ing)(?=\s+[a-z])){_TO_CLAUSE_COMMA}"
)
# A clause of time, cause or condition opening the sentence ("After Lee asked about it,"):
# a speech cue inside it speaks for none of the main clause; "As Lee said," does, and a
# capitalised word in -ed or -ing may be a name ("Beijing said on Monday, ...").
_ADVERBIAL_OPENING = _Lazy(rf"\s*[\"\u201c(]?{_OPENING_CONJUNCTION}{_TO_CLAUSE_COMMA}")


_SUBJECT_REACH = 600


def _clause_subject(doc: _Doc, lo: int, hi: int) -> Mention | int | None:
    """The subject of the sentence starting at ``lo``, looking no further than ``hi``:
    its first person named who is not a possessive or the object of a preposition, or
    the offset of a subject pronoun (he, she, they) in the narration before that name.
    A sentence opening with a subordinate clause has its subject after the clause
    ("When Ms. Lee moved in, Freddy confided...", "Ever since she won, Ms. Warren...")."""
    opening = _SUBORDINATE.match(doc.text, lo, hi)
    if opening is not None:
        main = _clause_subject(doc, opening.end(), hi)
        if main is not None:
            return main
    # A subject opens its clause: looking no further than ``_SUBJECT_REACH`` characters
    # keeps a text without sentence ends (thousands of quotes in one "sentence") linear.
    hi = min(hi, lo + _SUBJECT_REACH)
    mentions = doc.names.mentions
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    k = next((k for k in range(i, j) if _may_be_subject(doc, mentions[k], lo)), None)
    named = mentions[k] if k is not None else None
    if k is not None:
        after = mentions[k + 1] if k + 1 < j else None
        if after is not None and _ROLE_BETWEEN.fullmatch(" " + doc.text[named.end : after.start]):
            named = after  # "Obama consultant Cornell Belcher": the consultant is the subject
    stop = named.start if named is not None else hi
    for m in _SUBJECT_PRONOUN.finditer(doc.text, lo, stop):
        if not _in_quote(doc, m.start()) and _word_before(doc.text, lo, m.start()) not in (
            _PREPOSITIONS
        ):
            return m.start()
    return named


# A verb in -ed right before a name, with nothing but a space between: its object; not a
# speech verb that may stand inverted before its subject ("explained Rosenberg"), nor a
# naming one ("a man named Al Roy").
_AFTER_PAST_VERB = _Lazy(
    rf"(?<![\w\-'\u2019])(?!(?!{_NOT_INVERTED})(?:{_VERB})\b)(?!(?:named|nicknamed|titled|entitled)\b)"
    rf"[a-z]+ed[ \t]+$"
)
# ... but an adjective after an article, a possessive or a preposition, perhaps after an
# adverb: "the embattled Gov. Andrew Cuomo", "the newly appointed Sen. Maria Lopez".
_BEFORE_ADJECTIVE = _Lazy(
    r"(?<![\w\-'\u2019])(?i:the|a|an|this|these|those|his|her|its|their|our|my|your|"
    + "|".join(sorted(_PREPOSITIONS))
    + r")(?:[ \t]+[a-z]+ly)?[ \t]+$"
)


def _after_past_verb(text: str, lo: int, mention: Mention) -> bool:
    """Whether ``mention`` is the object of a verb in -ed right before it (and its title)."""
    verb = _AFTER_PAST_VERB.search(text, max(lo, mention.start - 30), mention.opening)
    return verb is not None and not _BEFORE_ADJECTIVE.search(
        text, max(lo, verb.start() - 30), verb.start()
    )


def _after_participle(text: str, lo: int, pos: int) -> bool:
    """Whether the name at ``pos`` directly follows a word in -ing, as its object."""
    return text[pos - 1 : pos] in (" ", "\t") and _word_before(text, lo, pos).endswith("ing")


def _may_be_subject(doc: _Doc, mention: Mention, lo: int) -> bool:
    after = doc.text[mention.end : mention.end + 2]
    if after in ("'s", "\u2019s") or after[:1] in ("'", "\u2019"):
        # "Haqqani's claims", "Sanders' plan"; but "Rubio's campaign sent" speaks for him
        return bool(_OWN_BODY_SUBJECT.match(doc.text, mention.end))
    if _is_oblique(doc.text, lo, mention.start):
        return False
    if (
        doc.text[mention.end : mention.end + 1] == ","
        and _OBLIQUE_APPOSITION.search(doc.text, max(0, mention.opening - 60), mention.opening)
        and _subject_after(doc, mention.end + 1)
    ):
        # (looking before ``lo``: the clause may start after the preposition's phrase)
        # "Under questioning by the prosecutor, Dominic Varga, Mr. Whelan said" (but
        # "Early in his campaign, Trump attacked" names its subject)
        return False
    if _after_participle(doc.text, lo, mention.start):
        return False  # "White America embracing Obama announced": the object of "embracing"
    if _after_past_verb(doc.text, lo, mention):
        # "... than that of her campaign's leadership, who criticized Sanders for ...": the
        # object of a verb, not its subject (but "a man named Al Roy" is Al Roy)
        return False
    # "between Clinton and top aide Jake Sullivan": a conjunct of a preposition's object
    i = bisect_left(doc.starts, mention.start)
    before = doc.names.mentions[i - 1] if i else None
    return not (
        before is not None
        and before.start >= lo
        and _CONJUNCTION.fullmatch(doc.text, before.end, mention.start)
        and _is_oblique(doc.text, lo, before.start)
    )


# A person's own body as the subject of its clause, before its verb: "Rubio's campaign
# sent", not "Rubio's campaign manager, Jo Lee, said".
_OWN_BODY_SUBJECT = _Lazy(
    rf"['\u2019]s?{_S}+(?:campaign|camp|team|office|administration){_S}+"
    rf"(?!(?:manager|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|director|"
    rf"aide|aides|adviser|advisers|advisor|official|officials|staff|staffer|staffers|"
    rf"strategist|press|communications|senior|deputy|national|state|and|or|of|in|for)\b)"
    rf"(?:\w+ly{_S}+)?[a-z]+\b"
)


def _subject_after(doc: _Doc, pos: int) -> bool:
    """Whether a person named or a pronoun follows ``pos`` as the clause's subject:
    "..., Dominic Varga, Mr. Whelan said" (but "Your co-author on the paper, Pieter
    Hals, was quoted" goes on with his verb)."""
    m = _NEXT_SUBJECT.match(doc.text, pos)
    if m is None:
        return False
    if m["pronoun"]:
        return True
    i = bisect_left(doc.starts, m.start("name"))
    return i < len(doc.starts) and doc.names.mentions[i].opening == m.start("name")


_NEXT_SUBJECT = _Lazy(r"\s*(?:(?P<pronoun>he|she|they)\b|(?P<name>[A-Z]))")


# A name set beside the object of a preposition, itself a description: "by the
# prosecutor, ", "with his lawyer, ".
_OBLIQUE_APPOSITION = _Lazy(
    rf"(?<![\w\-])(?:{'|'.join(sorted(_PREPOSITIONS - {'of', 'for'}))}){_S}+"
    rf"(?:the|his|her|its|their){_S}+(?:[a-z][\w\-]*{_S}+){{0,3}}[a-z][\w\-]*,{_S}*$"
)


def _is_oblique(text: str, lo: int, pos: int) -> bool:
    """Whether a name at ``pos`` is the object of a preposition ("in El Paso"); not in
    a title that holds one ("Chief of Staff Katie Walsh", "Secretary of State Kerry")."""
    m = _BEFORE_NAME.search(text[max(lo, pos - 40) : pos])
    if m is None or m.group(2).lower() not in _PREPOSITIONS:
        return False
    # "Director of National Intelligence James Clapper" (not "winning Ohio in the
    # primary"); a conjunction opening a clause after a comma ("However, as Archbishop
    # Lee told").
    before = m.group(1) or ""
    if m.group(2).lower() in _CONJUNCTIONS and before.endswith(","):
        return False
    # ... but an organisation or a place holds a place, not an office: "a pastor at the
    # Reformation Church of Elizabeth, Colorado, slammed" names no Mr. Elizabeth.
    return not (
        m.group(2) in ("of", "for")
        and before[:1].isupper()
        and before.rstrip(",").lower() not in _NOT_PERSON
    )
