"""A speech verb whose subject stands away from it: a participle or bare infinitive with
none of its own ("..., saying,", "and say,"), whose subject opens the sentence ("he",
"the president", "your campaign"), and the second verb of a clause ("DeGaulle waved
them off and said,"), whose subject opens that clause rather than any "I" before it."""

from __future__ import annotations

import re

from ...models import Segment
from .address import _you
from .grammar import _BODIES, _GIVEN_NAME, _HEAD, _OFFICE, _SENTENCE_START, _blank_quotes
from .people import Participants, _office_holder
from .pronouns import _he_or_she

# A speech verb with no subject of its own, a participle or a bare infinitive, right
# before the quotation ("and saying,", "to sit down with them, say,", "and saying that
# quote,"), and the subject of its sentence that the attribution cannot reach: "he" or
# "she", a participant's office ("If the president had ..."), the addressee's body
# ("Your campaign ran ads, saying").
_SUBJECTLESS_CUE = re.compile(
    # (also a verb of a series: "He attacked the reporter, called her")
    # (and a manner by saying: "He always ended the night by saying,")
    r"(?:,|\band|\bto|\bby)\s+(?:saying|say|called\s+(?:him|her|them|it))(?:\s+that)?"
    r"(?:[\s,]*(?:quote|and\s+I\s+quote|and\s+I['\u2019]m\s+quoting)\b)?[\s,:\u2013\u2014-]*$"
)

_OPENING_SUBJECT = re.compile(
    r"(?:[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2},\s+)?"  # a form of address
    r"(?:(?:And|But|So|Now|Well|Then|If|When|Yet),?\s+)?"
    rf"(?:(?P<pronoun>[Hh]e|[Ss]he)|(?:[Tt]he|[Tt]his)\s+(?P<office>{_OFFICE})"
    rf"|[Yy]our\s+(?P<body>{_BODIES}))\b(?!['\u2019])"
)
# A sentence opened by a participle, no subject before it: "Actually just going to them"
_FRAGMENT = re.compile(r"(?:(?:[A-Z]?[a-z]+ly|[Jj]ust|[Ss]imply),?\s+)*[A-Za-z]+ing\b")
_OTHER_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)\b")


def _participle_subject(
    text: str,
    body: int,
    lo: int,
    quote: Segment,
    turn: Segment,
    people: Participants,
    earlier: str,
    answerer: str,
) -> str:
    """Who speaks in a subjectless cue (``_SUBJECTLESS_CUE``): the subject opening its
    sentence, when no other subject stands between it and the cue; else ""."""
    cue = _SUBJECTLESS_CUE.search(text, lo, quote.start)
    if not cue:
        return ""
    before = _blank_quotes(text[lo : cue.start()])
    # (sentences read with their quotations: one may end its sentence, 'About another
    # woman, he said, "No." He attacked the reporter, called her')
    starts = [m.end() for m in _SENTENCE_START.finditer(text[lo : cue.start()])]
    opening = lo + (starts[-1] if starts else 0)
    if len(starts) > 1 and _FRAGMENT.match(text, opening, cue.start()):
        # "He says ... . Actually just going to them and saying,": a sentence with no
        # subject of its own goes on with the one before it
        opening = lo + starts[-2]
    m = _OPENING_SUBJECT.match(text, opening, cue.start())
    if not m or _OTHER_SUBJECT.search(before, m.end() - lo):
        return ""
    if m.group("pronoun"):
        who = _he_or_she(text, body, m, turn.speaker, people, earlier, answerer=answerer)
        return _office_holder(who, people)
    if m.group("office"):
        who = people.holder(m.group("office"))
        return who if who != turn.speaker else ""
    owner = _you(text, body, m.end(), turn, people, answerer)
    return f"{owner}'s {m.group('body')}" if owner else ""


# "DeGaulle waved them off and said,", "a woman came up to her ... and said,", "and he
# pointed to a house, and said,": the subject of the clause whose second verb is the
# speech cue, read from the clause nearest the quotation.
_AND_SAID = re.compile(
    r"(?:(?:And|But|So|Then),?\s+)?(?:then\s+)?"
    # an opening adverbial: "Finally he", "Afterwards he", "After the game Coach"
    r"(?:(?:[A-Z][a-z]+ly|Afterwards?|Later|Then|Now|Once|Next|Soon|Suddenly),?\s+"
    r"|(?:[Aa]fter|[Bb]efore|[Dd]uring|[Aa]t|[Ii]n|[Oo]n|[Oo]ver|[Ll]ater|[Ee]arlier)\s+"
    r"(?:(?:the|a|an|that|this|my|our|his|her|their)\s+)?[a-z]+(?:\s+[a-z]+){0,2},?\s+)?"
    r"(?:(?P<pronoun>[Hh]e|[Ss]he)(?:['\u2019]d)?"
    # one of "our" people set off with their name, after a clause of time too: "When I
    # was a first-year, our senior patrol leader, Caleb,"
    r"|(?:(?:When|While)\s+[^,.?!;:\"\u201c\u201d]{1,60},\s+)?"
    rf"(?P<ours>(?:[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_HEAD})),\s+"
    rf"(?P<ours_named>{_GIVEN_NAME}),"
    rf"|(?P<described>(?:[Aa]n?|[Tt]he|[Mm]y)\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_HEAD}))"
    # (the name the description gives right after it: "My friend Ethan", "my daughter,
    # Amelie,")
    rf"(?:[^\S\n]+(?P<given>{_GIVEN_NAME})"
    rf"|,\s+(?P<set_off>{_GIVEN_NAME}),)?"
    # (no word opening a sentence: "And then when he finally let me play it, he stopped
    # me and said," names no "And")
    r"|(?!(?:They|We|It|You|This|That|These|Those|There|Here|When|If|Everybody|Nobody"
    r"|And|But|So|Then|Or|Yet|Because)\b)"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][\w'\u2019\-]+){0,2}))"
    # (not one of a subject the speaker is in: "My friend Ethan and I looked at it")
    r"(?!,?\s+and\s+(?:I|me)\b)"
    # (an adverb after "and": "came down to breakfast and just said,")
    r"\s+(?:just\s+|then\s+|also\s+)?[a-z]+\b[^.?!;:\"\u201c\u201d]{0,160}?,?\s+and\s+"
    r"(?:(?:then|just|simply|only|finally|[a-z]+ly)\s+)?"
    # "say" after a habit: "he'd put his hand on a tree and say,"
    r"(?:said|says|say|told\s+\w+|tell\s+\w+|asked|replied|answered"
    r"|typed|wrote|whispered|shouted|yelled)"  # "picked up his phone and typed to his sister,"
    r"(?:\s+to\s+(?:me|us|him|her|them|(?:his|her|their|my|our)\s+[a-z]+))?[,:]?\s*$"
)
_CLAUSE_STARTS = re.compile(r"(?:^|[.?!][\"'\u201d\u2019)]*\s+|,\s+and\s+|\sand\s+)(?=\S)")


# the words before a quotation end in "and" and a few words ("and then typed to his
# sister,"): only then is an "and"-joined cue looked for
_AND_ENDING = re.compile(r"\band\s+(?:then\s+)?\w+(?:\s+\w+){0,3}[,:]?\s*$")


def _and_said(text: str, lo: int, end: int) -> re.Match[str] | None:
    before = text[lo:end]
    if not _AND_ENDING.search(before):
        return None
    for start in reversed([m.end() for m in _CLAUSE_STARTS.finditer(before)]):
        m = _AND_SAID.match(text, lo + start, end)
        if m:
            return m
        if re.match(r"[.?!]", before[max(0, start - 3) : start].strip()[-1:] or "x"):
            break  # no further back than the sentence's start
    return None
