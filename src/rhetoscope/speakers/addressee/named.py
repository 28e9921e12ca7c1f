"""Cues that name or describe the one quoted, for quotations the attribution left to
no one: a named author ("To quote Churchill,", "a line by Carl Sagan,", "It was Seneca
... that said,"), a body whose saying the turn goes on to quote ("the Washington Post
ran an editorial saying ... quote"), and a description of the speaker ("my father
always said,", "your campaign ran ads saying", "the headline in the Daily News that
said,")."""

from __future__ import annotations

import re

from .grammar import _BODIES, _GIVEN_NAME, _HEAD, _NAME_RUN, _OFFICES, _PERSON_HEADS
from .people import Participants

# Words quoted from a named author: "a famous line by Carl Sagan,", "the old saying of
# Confucius:" (only "by" right before the quotation: "a line from" may name a film).
_QUOTABLE = r"(?:line|lines|quote|quotation|saying|words|motto|maxim|adage|dictum|phrase)"

_LINE_BY = re.compile(rf"\b{_QUOTABLE}\s+by\s+(?P<name>{_NAME_RUN})[,:]?\s*$")
_LINE_OF = re.compile(rf"\b{_QUOTABLE}\s+(?:by|from|of)\s+(?P<name>{_NAME_RUN})")

_NOT_A_NAME = (
    r"(?<![Tt]he )(?!(?:The|A|An|My|Our|His|Her|Your|Their|This|That|It|He|She|I|We|You|They)\b)"
)
# Who is quoted, named by the words that introduce the quotation: "To quote Churchill,",
# "quoting Senator Pryor:", "Churchill's line was,", "Reagan was right when he said,",
# "something Reagan said in 1987. Quote,".
_NAMED_QUOTING = re.compile(
    rf"(?:\b(?:[Tt]o\s+quote|[Qq]uoting)\s+(?P<name>{_NAME_RUN})"
    # ("and I'm quoting Marcus here,", "quoting Ms. Hale directly:")
    r"(?:\s+(?:here|now|directly|exactly|verbatim))?"
    rf"|\b{_NOT_A_NAME}(?P<owner>{_NAME_RUN})['\u2019]s\s+"
    rf"(?:{_QUOTABLE}|answer|reply|response|advice)\s+(?:was|were|is)(?:\s+simple|\s+clear)?"
    rf"|\b{_NOT_A_NAME}(?P<right>{_NAME_RUN})\s+(?:was|is)\s+(?:right|correct)\s+when\s+(?:he|she)\s+"
    r"(?:said|wrote|put\s+it)"
    # a question read out: "This one is from Jenny Tate:", "Jenny Tate sent us this question:"
    rf"|\b(?:is|comes|came)\s+from\s+{_NOT_A_NAME}(?P<asker>{_NAME_RUN})"
    r"(?:\s+(?:in|of)\s+[A-Z][\w'\u2019\-]*(?:,?\s+[A-Z][\w'\u2019\-]*){0,2})?:"
    rf"|\b{_NOT_A_NAME}(?P<sender>{_NAME_RUN})\s+sent\s+(?:us|me|in)\s+(?:this|a|the)\s+question"
    # what someone said, then "Quote,": "something General Eisenhower said in his
    # campaign. Quote,"
    rf"|\b(?:[Ss]omething|[Ww]hat|[Ww]ords)\s+{_NOT_A_NAME}(?P<then>{_NAME_RUN})\s+"
    r"(?:once\s+|also\s+)?(?:said|wrote)\b[^.?!\"\u201c\u201d]{0,80}[.:]\s+(?:I\s+)?[Qq]uote"
    # a record of someone's words: "The minutes record Mr. Hedlund as saying the floor was"
    r"|\b(?:record|records|recorded|quote|quotes|quoted|cite|cites|cited)\s+"
    rf"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<recorded>{_NAME_RUN})\s+as\s+(?:saying|having\s+said)\b"
    r"[^.?!\"\u201c\u201d]{0,80}?"
    # what someone told the speaker, then the words in a sentence of their own: "And I
    # tell him what Augie told me, the first day. '...'"
    rf"|\b[Ww]hat\s+{_NOT_A_NAME}(?P<told>{_NAME_RUN})\s+(?:once\s+|always\s+)?"
    r"(?:told\s+(?:me|us)|taught\s+(?:me|us)|used\s+to\s+(?:say|tell\s+(?:me|us)))\b"
    r"[^.?!\"\u201c\u201d]{0,40}[.:])"
    r"[,:]?\s*$"
)
# "According to" a named person, the quotation its complement right after: "According
# to Piotr Kowalczyk, who was working alongside Liam,", "According to our timekeeper,
# Sunil Kapoor,", "According to our founder, Ambrose Kettle, in his address at the first
# meeting,". A description may come before the name, one phrase set off after it; no
# clause comes between (not "According to Tom, the driver said,"), and no speech verb in
# the phrase set off ("According to Tom, who heard the mayor say it,": the mayor's). A
# person by the name's form, or by what is said of it: a description before ("our
# timekeeper,") or "who" after.
_ACCORDING_TO_NAME = re.compile(
    r"\bAccording\s+to\s+"  # (capital: opening its sentence)
    r"(?:(?:(?:our|my|their|his|her|the|a|an)\s+)?"
    r"(?P<described>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}),\s+)?"
    rf"(?P<name>{_NAME_RUN}),?"
    r"(?:\s+(?P<opens>who|in|at|on|from|during|writing|speaking)\b"
    r"(?P<aside>[^.?!;:\"\u201c\u201d]{0,80}),)?"
    # (or the quotation set in the clause the phrase opens: "According to Fergus Whyte,
    # the oldest of those trees were "planted by an abbot"", no one else named in it)
    r"(?:\s+(?P<clause>[a-z][^.?!;:\"\u201c\u201dA-Z]{0,80}?))?\s*$"
)
_SPEECH_IN_ASIDE = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|ask|asks|asked"
    r"|quote|quoted|quoting|heard|hear|read|reads|reading|cites|cited|citing)\b"
)
# The last word of a place's or a body's name that a first name may open ("According to
# Victoria Station,", "According to Henry Ford Hospital,"): no one's words.
_PLACE_OR_BODY = frozenset(
    "Station Airport Hall House Hospital Clinic University College School Church Cathedral "
    "Museum Library Centre Center Park Street Road Avenue Square Bridge Bank Fund Company "
    "Foundation Institute Trust Council Society Association Group Times Post News Journal "
    "Review Magazine Weekly Daily Living Gazette Herald Tribune Press Report".split()
)


# A line from a named author, then what it is: "I keep a line from Benjamin Franklin on
# the wall, which is a little corny, but it's".
_LINE_IT_IS = re.compile(
    rf"\b{_QUOTABLE}\s+(?:by|from|of)\s+(?P<name>{_NAME_RUN})\b[^.?!\"\u201c\u201d]{{0,160}}?"
    r"\b(?:it['\u2019]s|it\s+is|it\s+reads|it\s+says)[,:]?\s*$"
)
# A cleft naming who spoke: "It was Lincoln who said,", "it was Seneca or it was Cicero,
# I don't know which, that said,".
_CLEFT = re.compile(
    rf"\b[Ii]t\s+was\s+(?P<name>{_NAME_RUN})(?:\s+or\s+(?:it\s+was\s+)?{_NAME_RUN})?"
    r"(?:,[^,.?!\"\u201c\u201d]{0,40},)?\s+(?:that|who)\s+(?:\w+ly\s+|first\s+|once\s+)?"
    r"(?:said|wrote|put\s+it)[,:]?\s*$"
)

# A name saying that ..., with a quoting word right before the quotation.
_SAYS_THAT_QUOTE = re.compile(
    r"\b(?:[Tt]he\s+)?(?!(?:I|We|You|They|He|She|It|This|That|There|And|But|So)\b)"
    r"(?P<who>[A-Z][\w'\u2019\-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'\u2019\-]*){0,5})"
    r"\s+(?:\w+ly\s+)?(?:says|said|stated|wrote|writes|claims|claimed)\s+(?:that\s+)?"
    r"[^.?!;\"\u201c\u201d]{0,160}?\b(?:and\s+I\s+quote|and\s+I['\u2019]m\s+quoting|quote)"
    r"[\s,:\-\u2013\u2014]*$"
)
# A character that ends no sentence: the stop of "Mr." and "Dr." ends none.
_IN_SENTENCE = r"(?:[^.?!;\"\u201c\u201d]|(?<=\bMr|\bMs|\bDr|\bSt)\.|(?<=\bMrs)\.)"
# A sentence whose subject, a name opening it, goes on to say something, with a quoting
# word right before the quotation ("The Post ran an editorial today saying ... quote").
_QUOTE_OF_SUBJECT = re.compile(
    r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.?!]\s+)"  # not "Mr. Bush"
    r"(?:(?:And|But|So|Now|Then),?\s+)?(?:[Tt]he\s+)?"
    r"(?!(?:I|We|You|They|He|She|It|This|That|There|And|But|So|Now|Then)\b)"
    r"(?P<who>[A-Z][\w'\u2019\-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019\-]*){0,4})\s+"
    rf"{_IN_SENTENCE}{{0,120}}?\b(?:says|said|saying|wrote|writing)\b"
    rf"{_IN_SENTENCE}{{0,160}}?\b(?:and\s+I\s+quote|quote)[\s,:\-\u2013\u2014]*$"
)

# What one of the speaker's own people does before the quotation, shared by ``_MY_SAID``
# and ``_MY_NAMED_SAID``: an adverb ("always"), and the verbs both read besides "said",
# "says" and their own ("say" for several people, "texted" for one named).
_OWN_ADVERB = r"(?:(?:\w+ly|also|once|always|often|then|just)\s+)?"
_TOLD_OR_WROTE = (
    r"told\s+(?:me|us)|tells\s+(?:me|us)|used\s+to\s+(?:say|tell\s+(?:me|us))"
    r"|would\s+(?:say|tell\s+(?:me|us))|wrote|asked(?:\s+(?:me|us))?"
)

# One of the speaker's own people as a speech cue's subject, right before the quotation.
_MY_SAID = re.compile(
    # (several of them, and a pronoun taking them up: "my lawyers, they say,")
    # (a relative clause set off after them: "My grandmother, who raised me, always told us,")
    rf"\b[Mm]y\s+(?P<who>(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_HEAD})s?)(?:,\s+(?:they|he|she)"
    r"|,\s+who\s+[^,.;:?!\"\u201c\u201d]{1,40},)?\s+"
    rf"{_OWN_ADVERB}(?:said|says|say|{_TOLD_OR_WROTE}|put\s+it)[,:]?"
    # (a time set off after the verb: "My father used to tell me, when I was a boy,")
    r"(?:\s*(?:when|while|after|before|once)\s+[^,.;:?!\"\u201c\u201d]{1,40},)?\s*$"
)
# "As Gemma always says at the end,", "as Churchill once put it,": the one named, an
# adverb between the name and its verb (which the attribution reads only without one),
# and a time after it.
_AS_SAID = re.compile(
    rf"\b[Aa]s\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>{_NAME_RUN})\s+"
    r"(?:\w+ly|always|often|once|also|so\s+\w+ly)\s+"
    r"(?:said|says|put\s+it|puts\s+it|wrote|writes|liked\s+to\s+say|likes\s+to\s+say)"
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?[,:]?\s*$"
)
# The same with the name the speaker gives them, set off or not, and a time after the
# cue: "my late wife Helen used to say,", "My daughter, Amelie, asked me one night,".
_MY_NAMED_SAID = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_HEAD})"
    # (a place after the head, a word of affection before the name: "my first boss in the
    # wine shop, old Frank, used to say,")
    r"(?:(?:\s+(?:in|at|from)\s+(?:the\s+)?(?!the\b)[a-z]+(?:\s+[a-z]+)?)?"
    rf",\s+(?:(?:old|young|little|dear|poor)\s+)?(?P<set_off>{_GIVEN_NAME}),"
    rf"|[^\S\n]+(?P<bare>{_GIVEN_NAME}))\s+"
    rf"{_OWN_ADVERB}(?:said|says|{_TOLD_OR_WROTE}|texted(?:\s+(?:me|us))?)"
    r"(?:\s+(?:one|that|last|every|the\s+next)\s+(?:night|day|morning|evening|afternoon|time|week))?"
    r"[,:]?\s*$"
)
# One of the addressee's bodies as the subject of a speech cue before the quotation, the
# cue's object between ("your campaign ran ads saying", "your commercials have used words
# like"). Not one of the addressee's
# people: "your coach said" may be a participant, "Jamal Okoye's coach" a second name
# for them in a report.
_YOUR_SAID = re.compile(
    rf"\b[Yy]our\s+(?P<who>(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_BODIES}))\b(?!['\u2019])\s+"
    # (a dash after a filler only through "\s*" when there is one: no two ways to split
    # the spaces after each filler, which would backtrack exponentially)
    r"(?:(?:has|have|had|\w+ly|also|once|always|often|then|just|(?:uh|um|ah)(?:\s*[-\u2013\u2014]+)?)\s+)*"
    r"(?:said|says|called|calls|told\s+\w+|wrote|writes|put\s+it|run\s+ads|ran\s+ads"
    r"|(?:used|included)\s+(?:the\s+)?(?:words?|phrases?|terms?|language))\b"
    r"[^.?!;\"\u201c\u201d]{0,60}?[,:]?\s*(?:quote[,:]?\s*)?$"
)
_POSSESSIVE_PRONOUN = re.compile(r"(?:[Hh]is|[Hh]er)\s")
# The same with "his" or "her" ("her campaign says,", "his own platform says").
_HIS_SAID = re.compile(
    _YOUR_SAID.pattern.replace(r"[Yy]our\s+", r"(?P<pronoun>[Hh]is|[Hh]er)\s+(?:own\s+)?", 1)
)
# A relative clause of speech right before the quotation, and the phrase it describes: a
# person ("my mom, who said:", "the president who said"), or a text named by its source
# ("the headline in the Daily News that said,", "a passage of the Bible that says,").
_NOT_MODIFIER = r"(?!(?:of|in|from|on|at|to|with|the|a|an|my|his|her|their|our|who|that|which)\b)"
_WHO_SAID = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Mm]y|[Tt]his)\s+"
    rf"(?:{_NOT_MODIFIER}[a-z][a-z\-]*\s+){{0,3}}?(?P<head>[a-z]+)"
    r"(?P<source>\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,3})?"
    # "a man just briefly there who asked me one simple question:"
    r"(?:\s+(?:just|briefly|there|here|once|today|yesterday)){0,3}"
    r",?\s+(?:who|that|which)\s+(?:(?:\w+ly|also|once|always|just|then)\s+)?"
    r"(?:said|says|wrote|writes|told\s+(?:me|us)|tells\s+(?:me|us)|put\s+it"
    r"|asked(?:\s+(?:me|us))?(?:\s+(?:a|one|this|the)\s+(?:[a-z]+\s+){0,2}?question)?)"
    r"[,:]?\s*$"
)
_TEXT_HEADS = frozenset(
    "headline headlines passage verse book article editorial ad ads letter report memo "
    "resolution law act bill platform".split()
)


def _described(m: re.Match[str], speaker: str, people: Participants) -> str:
    """Who the relative clause ``m`` describes: a participant by office, the speaker's
    own people, a description of a person, or a text with its named source; else ""."""
    head, det = m.group("head").lower(), m.group("det").lower()
    if m.group("source"):
        if head not in _TEXT_HEADS and head not in _PERSON_HEADS:
            return ""
        return " ".join(m.group()[: m.end("source") - m.start()].split())
    if head not in _PERSON_HEADS:
        return ""
    if det in ("the", "this") and head in _OFFICES:
        who = people.by_office.get(head, "")
        return who if who != speaker else ""
    who = " ".join(m.group()[: m.end("head") - m.start()].split())
    return f"{speaker}'s {who.split(None, 1)[1]}" if det == "my" else who
