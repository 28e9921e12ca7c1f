"""Rule 4 of the package docstring: a quotation embedded in a sentence goes to the cue
nearest before it in that sentence, unless the name found is no subject (an object, a
possessive judged by a speech verb, a name after a preposition), else "according to",
else the sentence's subject, else a possessor. ``_sentence_subject`` is the subject of
a sentence, as a speaker's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...models import NARRATOR, UNKNOWN
from ..names import FUNCTION_WORDS, Mention
from .document import _Doc, _mention_at, _mention_ending, _word_before
from .grammar import (
    _APPOSITIVE,
    _AUX,
    _COMMA_WHO,
    _CONJUNCTIONS,
    _DESCRIPTION,
    _DETERMINERS,
    _EMBEDDED,
    _NAME,
    _NOMINAL,
    _OPENING_PHRASE,
    _POSSESSIVE_END,
    _PREPOSITIONS,
    _PRONOUN_WORDS,
    _S,
    _VERB,
    _WORD,
    CUE_NOUNS,
    SPEECH_VERBS,
    _Lazy,
)
from .pronouns import _POSSESSIVE, _antecedent, _role
from .resolve import _ROLES, _resolve, _shared_surname
from .subjects import (
    _NARRATOR_OPENING,
    _OPENING_NOMINAL,
    _after_participle,
    _clause_subject,
    _described_subject,
    _is_oblique,
    _named_body,
    _plural_subject,
)

# A main clause of its own before an embedded quotation (after the previous quotation,
# ", but", ", and", ";"): its subject, a person or a pronoun (with an appositive, or as
# "the Sanders campaign"), then a verb in -ed or -es.
_CLAUSE_SUBJECT = _Lazy(
    rf"(?:^[\s,]*|(?:[,;]|{_S}[\u2014\u2013\-]{{1,2}}){_S}+(?:and|but|so|yet|while|whereas){_S}+|;{_S}+)"
    rf"(?:the{_S}+)?(?:(?P<pronoun>he|she|they|He|She|They)|(?P<name>{_NAME}))"
    rf"(?P<org>{_S}+(?:campaign|camp|team|office|administration))?"
    rf"{_APPOSITIVE}{_S}+(?:\w+ly{_S}+)?(?P<verb>[a-z]+(?:ed|es))\b"
)


# Words a noun phrase stops before: "a woman can run ... without being told to" is none.
_NOT_IN_NOUN_PHRASE = (
    "(?:can|could|will|would|may|might|must|should|shall|is|are|was|were|be|been|being|"
    "do|does|did|not|without|with|to|that|which|who|whom|whose|if|when|while)"
)
# ... or a description naming no person: ", and within weeks the opposition effort had
# sent letters ... calling the deal a", ", and the civil rights group the League
# denounced it and said it would".
# A clause opening with a subordinating word counts too, and so does a group: "long
# before White House officials started to portray the shooting as a".
_CLAUSE_DESCRIBED = _Lazy(
    rf"(?:(?:[,;]{_S}+(?:and|but|so|yet|while|whereas)|;){_S}+"
    rf"(?:(?:within|in|by|after|over|on|at|for|later|then|soon){_S}+(?:[\w\-]+{_S}+){{0,2}}?)?"
    rf"|\b(?:before|after|when|while|until|once){_S}+"
    # the main clause after an opening clause: "In what might be the first time they
    # agreed on anything, the group is calling on Lee to"
    rf"|^\s*(?:In|When|After|As|While|Although|Though|Despite|Since|Because|Before)\b"
    rf"[^,;\n\"\u201c\u201d]{{3,160}},{_S}+)"
    rf"(?P<who>(?:the|an?){_S}+(?:(?!{_NOT_IN_NOUN_PHRASE}\b)[\w\-]+{_S}+){{0,8}}?[\w\-]*[a-zA-Z]"
    rf"|(?:[A-Z][\w\-]*{_S}+){{0,3}}(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)[a-z][\w\-]*[a-rt-z]s)"
    rf"{_S}+(?:\w+ly{_S}+)?(?:(?:has|have|had){_S}+(?:\w+ly{_S}+)?)?"
    rf"(?P<verb>[a-z]+ed|sent|made|took|gave|put|told|said|wrote|spent|held|kept|began|brought"
    rf"|(?:is|are|was|were){_S}+[a-z]+ing)\b"
)


# An appositive whose relative clause judges what it names "as" the quotation: ", an idea
# the mayor dismissed last week as", ", a plan that Lee described as".
_JUDGED_AS = _Lazy(
    rf",{_S}+(?:an?|the){_S}+(?:[a-z][\w\-]*{_S}+){{0,2}}?[a-z][\w\-]*{_S}+"
    rf"(?:(?:that|which){_S}+)?"
    rf"(?P<who>(?:the|a|an|his|her|their){_S}+(?:[\w\-]+{_S}+){{0,2}}?[a-z][\w\-]*|{_NAME}|he|she|they)"
    rf"{_S}+(?:\w+ly{_S}+)?[a-z]+ed\b[^,;\"\u201c\u201d\n]{{0,80}}?{_S}as{_S}*$"
)


# A subordinate clause with its own subject: "when Lee finally wrapped up", "after she
# published".
_SUBORDINATE_SUBJECT = _Lazy(
    rf"\b(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]ecause|[Ss]ince|[Bb]efore|[Aa]lthough|"
    rf"[Tt]hough|[Ii]f|[Uu]ntil|[Oo]nce){_S}+"
    rf"(?:the{_S}+)?(?:(?P<pronoun>he|she|they)|(?P<name>{_NAME}))"
    rf"(?P<org>{_S}+(?:campaign|camp|team|office|administration))?"
    rf"{_S}+(?:\w+ly{_S}+)?(?P<verb>[a-z]+(?:ed|es))\b"
)


def _last_possessor(doc: _Doc, lo: int, hi: int) -> Mention | None:
    """The last person named with a possessive ("Clinton's") between ``lo`` and ``hi``:
    in a sentence without a speaking subject, the quoted words are most likely that
    person's ("Trump's pledge to be ''neutral''")."""
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    return next(
        (m for m in reversed(doc.names.mentions[i:j]) if _role(doc, m, lo) == _POSSESSIVE), None
    )


# "according to Variety", "according to Reagan's former secretary William Bennett"
# (Bennett), "according to a 2013 study by Yale economist Peter Schott" (Schott).
_ACCORDING = _Lazy(
    rf"\b[Aa]ccording{_S}+to{_S}+(?:{_NAME}['\u2019]s?{_S}+(?:[a-z][\w\-]*{_S}+){{0,4}})?"
    rf"(?P<who>{_NOMINAL}|{_DESCRIPTION}|(?:[Tt]he{_S}+)?{_NAME})"
    rf"(?:{_S}+by{_S}+(?:[\w\-]+{_S}+){{0,3}}?(?P<by>{_NAME})(?!{_S}*[a-z]))?"
)

# A text and the outlet that published it: "a report by Politico", "this new headline
# from the Washington Post", "an editorial in The Ledger".
_PUBLISHED = _Lazy(
    rf"\b(?:headline|report|story|article|editorial|column|op-ed|piece|cover|front{_S}+page)"
    rf"{_S}+(?:by|from|in){_S}+(?:[Tt]he{_S}+)?(?P<who>{_NAME})(?![\w\-])(?!{_S}+\d)"
)
# ... before its that-clause, not a relative clause of speech ("the headline in the Daily
# Star that said," speaks as that headline).
_THAT = _Lazy(rf",?{_S}+that\b(?!{_S}+{_AUX}{_VERB}\b)")
# A named body opening a sentence as its subject, before a verb in -ed or -s.
_OPENING_BODY = _Lazy(
    # (after an opening phrase: "On its website, the FBI lists", "For years, Twitter has
    # positioned itself as")
    rf"\s*{_OPENING_PHRASE}(?:(?<![^\s,])[Tt]he{_S}+|The{_S}+)?"
    rf"(?P<who>(?:[A-Z][\w.&'\u2019\-]*{_S}+){{0,4}}[A-Z][\w.&\-]*)"
    # (an object pronoun is no verb: "Let us leave out")
    rf"{_S}+(?:\w+ly{_S}+)?(?:(?:has|have|had){_S}+(?:\w+ly{_S}+|long{_S}+)?)?"
    rf"(?!(?:us|his|its|this|is|was|has|as)\b)[a-z]+(?:ed|s)\b"
)
# The subject of an infinitive that judges something "as" an embedded quotation: "It has
# been common for news accounts to portray his bid as a ''...''", "There is time for Lee
# to mend fences, even after dismissing them as the ''...''" (never the subject of a
# passive, "for him to be seen as", nor a span of time, "for years to come").
_SPANS_OF_TIME = "seconds|minutes|hours|days|weeks|months|years|decades|centuries|ages|times"
_FOR_TO = _Lazy(
    rf"\bfor{_S}+(?P<who>him|her|them|{_NOMINAL}|{_NAME}"
    rf"|(?:[a-z][\w\-]*{_S}+){{0,2}}(?!(?:{_SPANS_OF_TIME})\b)[a-z][\w\-]*[a-rt-z]s)"
    rf"{_S}+to{_S}+(?:\w+ly{_S}+)?(?!(?:be|been|get|become)\b)[a-z]+\b"
    rf"[^;\"\u201c\u201d\n]{{0,120}}?{_S}as(?:{_S}+[\w\-]+){{0,3}}{_S}*$"
)
_OPENING_PRONOUN = _Lazy(r"\s*(?:(?:But|And|So|Yet|Still|Later|Then),?\s+)?(He|She|They)\b")


def _nearest_cue(sentence: str) -> re.Match[str] | None:
    """The cue in ``sentence`` nearest its end, where an embedded quotation follows: a
    possessive ("Haqqani's claims that ...") unless a speech verb takes it as object
    ("Stevens called Trump's statements ''childish''": Stevens speaks)."""
    if _CUE_WORDS.isdisjoint(_WORD.findall(sentence)):
        return None  # every cue holds a speech verb or a cue noun as a word of its own
    # (not a cue in an object's relative clause: "the slaves, whom Mrs. Lee referred to,
    # were ''well fed''" says nothing of hers)
    cues = [m for m in _EMBEDDED.finditer(sentence) if not _closed_relative(sentence, m)]
    if _MAY_HAVE_PRONOUN_WORDS.search(sentence):
        cues = sorted([*cues, *_PRONOUN_WORDS.finditer(sentence)], key=lambda m: m.start())
    if len(cues) > 1 and (not cues[-1]["verb"] or _POSSESSIVE_END.search(cues[-1]["who"])):
        if _OBJECT_OF_VERB.search(sentence, 0, cues[-1].start()) and not _CONTENT_OF.match(
            sentence, cues[-1].end()
        ):
            return cues[-2]
        if (
            (not sentence[cues[-1].end() :].strip() or _JUDGED.search(sentence, cues[-1].end()))
            and cues[-2]["verb"]
            and not (_POSSESSIVE_END.search(cues[-2]["who"]))
        ):
            # "Ryan told CNN that Ginsburg's comments ''show bias to me''": the quotation
            # says something of the comments, in the words of the earlier speaker.
            return cues[-2]
    return cues[-1] if cues else None


_OBJECT_RELATIVE = _Lazy(rf"\b(?:whom|which){_S}+$")


def _closed_relative(sentence: str, m: re.Match[str]) -> bool:
    """Whether cue ``m`` stands in an object's relative clause closed before the
    quotation: "the slaves, whom Mrs. Lee referred to, were ''well fed''" (but "which
    Lee called ''a disgrace''" is Lee's)."""
    return bool(_OBJECT_RELATIVE.search(sentence, 0, m.start())) and "," in sentence[m.end() :]


# What a possessor's words hold, right before the quotation: "Lee called Ng's assertion
# of a ''clean record'' false" quotes Ng (but "called Ng's remarks ''childish''" judges them).
_CONTENT_OF = _Lazy(rf"{_S}+of(?:{_S}+(?:a|an|the))?{_S}*$")
# ... or "Lee said that Ng's claim that ... is ''simply not true''" ("had been", "would
# be"): the quotation judges the claim, in the words of the earlier speaker.
_JUDGED = _Lazy(
    rf"{_S}(?:is|was|are|were|(?:had|has|have|would|will){_S}+(?:been|be))(?:{_S}+\w+ly)?{_S}*$"
)
_CUE_WORDS = frozenset(v.split("_")[0] for v in SPEECH_VERBS) | frozenset(CUE_NOUNS)
_MAY_HAVE_PRONOUN_WORDS = _Lazy(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s")
_OBJECT_OF_VERB = _Lazy(rf"\b{_VERB}{_S}+$")


def _not_the_subject(doc: _Doc, sentence: str, offset: int, m: re.Match[str]) -> bool:
    """Whether the cue ``m`` found in ``sentence`` (at ``offset``) took a name that is not
    its verb's subject: a participle after a comma (", calling him ...") belongs to the
    main clause, and words after a preposition ("in Columbus, Ohio, said", "in a 2002
    class he said") are an adverbial the pattern mistook for the subject."""
    verb = m.groupdict().get("verb") or ""
    if verb.endswith("ing") and sentence[: m.start("verb")].rstrip().endswith(","):
        return True
    if verb.endswith("ing") and m.group("who")[:1].islower():
        return True  # "Lee released a new ad calling it ''dangerous''": the ad is an object
    if (
        verb.endswith("ing")
        and re.fullmatch(rf"{_S}+", sentence[m.end("who") : m.start("verb")])
        and _word_before(doc.text, offset, offset + m.start("who")) not in ("with", "without")
        and _is_oblique_or_object(sentence, m.start("who"))
    ):
        # "statements made by Trump calling for a ban make him ''...''": a name and a
        # participle are a phrase inside the clause, not its subject (but "with Lee
        # calling it ''...''" is Lee's)
        return True
    if (
        verb
        and not verb.endswith("ing")
        and _word_before(doc.text, offset, offset + m.start("who")) in (_CONJUNCTIONS)
    ):
        return False  # "hours after Sanders said he was ''encouraged''": a clause, not a phrase
    if not verb:
        return False  # "What about Ek's claim that ...": a possessive cue wherever it stands
    if m.group("who").endswith(("'s", "\u2019s")) and _THAT.match(sentence, m.end("verb")):
        return False  # "Critics seized on Smith's claims that ...": a noun, Smith's claims
    if (
        verb in _NAMING
        and (m.group("who")[:1].islower() or m.group("who").split()[0] in _DETERMINERS)
        and _NAMED_RIGHT_AFTER.fullmatch(sentence, m.end("verb"))
        and not sentence[m.end("who") : m.start("verb")].strip()  # "has dubbed" is active
    ):
        # "both oppose an inflation formula called the ''chained CPI''": a thing named,
        # no speaker
        return True
    if _after_participle(doc.text, offset, offset + m.start("who")):
        return True  # "White America embracing Obama announced ''...''": Obama is an object
    at = offset + m.start("who")
    if _RELATIVE_WHO.match(sentence, m.end("who"), m.start("verb")) and _mention_at(
        doc.names.mentions, doc.starts, at, at + 1
    ):
        # "a lecture from Ann Lee, who said ''...''": a person named after a preposition is
        # the subject of the relative clause that speaks (but in "one aide familiar with
        # the talks, who added", "who" is the aide)
        return False
    return _is_oblique(doc.text, offset, offset + m.start("who"))


_RELATIVE_WHO = _Lazy(rf",{_S}*who\b")


# A preposition (and an article) right before a name: "in Iowa", "of the Armenian".
_PREPOSITION_BEFORE = _Lazy(
    rf"(?:^|(?<=\s))(?:in|(?P<of>of)|from|at|for|with|on){_S}+(?:the{_S}+)?$"
)
# A body's name before a preposition ("the Armenian Patriarchate" of Jerusalem).
_BODY_BEFORE = _Lazy(rf"(?:(?:^|(?<=\s))the{_S}+)?(?:[A-Z][\w\-.&'\u2019]*{_S}+){{0,4}}$")
# A description opening its clause before a preposition: "A farmer" in Iowa, "one of
# the prosecutors" for Lee; also after "I remember" ("I remember a lady in Houston told
# me,": the lady tells, not the one who remembers).
_DESCRIPTION_BEFORE = _Lazy(
    rf"(?:^|(?<=[,;:(\u2014])|(?<![\w\-])(?:and|but|as|when|after|while)\b"
    rf"|\b(?:I|[Ww]e){_S}+(?:remember|recall){_S}+(?:(?:that|when|how){_S}+)?){_S}*"
    rf"(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother){_S}+(?:[\w\-]+{_S}+){{0,3}}?[a-z][\w\-]*"
    rf"|(?<![^\s\"\u201c(])[A-Za-z][a-z]+s){_S}*$"  # or a bare plural: "Voters in Ohio"
)


def _oblique_head(
    doc: _Doc, sentence: str, offset: int, at: int, quote_start: int, described: bool
) -> str:
    """The speaker a cue's name after a preposition belongs to: the person or (when
    ``described``, and the name is a single word, no one's full name) the description
    the prepositional phrase describes ("Archbishop Aris Shirvanian of the Armenian
    Patriarchate of Jerusalem told", "A farmer in Iowa told me"; not "the director of
    National Intelligence James Clapper"); "" when neither stands before it."""
    name = _NAME_AT.match(sentence, at)
    if name is None:
        return ""
    name_end = at + len(name.group())
    own = _mention_at(doc.names.mentions, doc.starts, offset + at, offset + name_end)
    described = described and (own is None or (len(own.key) == 1 and not own.titled))
    end = at
    for _ in range(3):
        prep = _PREPOSITION_BEFORE.search(sentence, max(0, end - 12), end)
        if prep is None:
            return ""
        end = prep.start()
        while end and sentence[end - 1] in " \t":
            end -= 1
        mention = _mention_ending(doc, offset + end)
        if mention is not None:
            return doc.names.name_of(mention)
        head = _DESCRIPTION_BEFORE.search(sentence, max(0, end - 80), end) if described else None
        if head is not None and head.end() == end:
            lo = head.start("who")
            return _resolve(doc, sentence[lo:name_end], offset + lo, quote_start)
        body = _BODY_BEFORE.search(sentence, max(0, end - 80), end + 1)
        if body is None or body.start() == body.end():
            return ""
        if (
            prep["of"]
            and sentence[body.start() : body.start() + 4] in ("the ", "The ")
            and body.end() - body.start() > 4
            and _CLAUSE_START_BEFORE.search(sentence, max(0, body.start() - 12), body.start())
        ):
            # "First, the Joint Chiefs of Staff said": a body named in capitals with its
            # "of", opening its clause, speaks as named (no person, no place after "of")
            named = sentence[body.start() : name_end]
            who = _resolve(doc, named, offset + body.start(), quote_start)
            words = who.split()
            return " ".join(words[1:]) if _named_body(words) else who  # without its "the"
        end = body.start()
    return ""


# Where a clause starts: the sentence's start, a comma or a conjunction.
_CLAUSE_START_BEFORE = _Lazy(rf"(?:^|[,;:]|\b(?:and|but|when|as|after|while)){_S}*$")


_NAME_AT = _Lazy(_NAME)


def _is_oblique_or_object(sentence: str, at: int) -> bool:
    """Whether the name at ``at`` follows a preposition (a description may stand between:
    "by Republican front-runner Lee") or a verb in -ed."""
    return bool(_AFTER_PREPOSITION_OR_VERB.search(sentence, max(0, at - 60), at))


_AFTER_PREPOSITION_OR_VERB = _Lazy(
    rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))}|[a-z]+ed){_S}+(?:[\w\-.'\u2019]+{_S}+){{0,3}}$"
)


_NAMING = frozenset("called dubbed named labeled labelled termed".split())
_NAMED_RIGHT_AFTER = _Lazy(rf"{_S}*(?:(?:the|a|an){_S}*)?")


# A sentence whose subject is "they", after an opening conjunction at most.
THEY_OPENS = _Lazy(r"\s*(?:(?:And|But|So|Then),?\s+)?They\b")


def _sentence_subject(doc: _Doc, lo: int, hi: int) -> str:
    """The speaker named by the subject of the sentence starting at ``lo`` (a pronoun
    resolved to its person), or "" when it has none before ``hi``. A description opening
    the sentence is its subject ("The president left no doubt..., saying ''...''")."""
    subject = _clause_subject(doc, lo, hi)
    opening = _OPENING_NOMINAL.match(doc.text, lo, hi)
    if opening and not (
        (isinstance(subject, int) and subject < opening.end())
        or (isinstance(subject, Mention) and subject.start < opening.end())
    ):
        described = _resolve(doc, opening["who"], opening.start("who"), hi)
        # A role no one holds ("The candidate") says less than the name that follows.
        unheld = described.split()[-1].lower() in _ROLES
        after = range(bisect_left(doc.starts, opening.end()), bisect_left(doc.starts, hi))
        if any(_COMMA_WHO.match(doc.text, doc.names.mentions[k].end) for k in after):
            unheld = True  # "The senator was rallying for Kingson, who ..., praising ''...''"
        if described != UNKNOWN and not unheld:
            return described
    described = _described_subject(doc, lo, hi)
    if described is not None and (
        subject is None or (isinstance(subject, Mention) and subject.start > described.end())
    ):
        # "The piece goes on to slam Sanders' ''political revolution''", "For now, the
        # administration waves off the delay as ''minimal''": the thing or body opening
        # the sentence speaks, not the person named after its verb.
        words = described["who"].split()
        if _named_body(words):
            return " ".join(words[1:])  # "the Democratic National Committee"
        if words[0] in _DETERMINERS:
            return _resolve(doc, described["who"], described.start("who"), hi)
        return " ".join(words)  # "That letter"
    group = _plural_subject(doc, lo, hi)
    if group is not None and (
        subject is None or (isinstance(subject, Mention) and subject.start > group.end())
    ):
        # "And critics in both parties quickly compared Mr. Rubio's repetitiousness to
        # ... Rick Perry's ''Oops''": the group opening the sentence, not a person after
        return " ".join(group["who"].split())
    if subject is None and _NARRATOR_OPENING.match(doc.text, lo, hi):
        return NARRATOR  # "I had to attack a friend without saying, ''...''"
    if isinstance(subject, int):  # "In Iowa, he called it ''a disgrace''"
        word = doc.text[subject : subject + 4].split()[0]
        subject = _antecedent(doc, subject, word.lower())
    if subject is None:
        return ""
    return _shared_surname(doc, subject) or doc.names.name_of(subject)
