"""A quotation nested in a quotation, given to the one the outer words name as its
speaker, by a name the transcript knows.

Someone quoted in a turn may quote someone else ('The receptionist said, "Mr. Drummond
says 'put it in writing,' and he'll call you."'): the inner words are the one the cue
inside the outer quotation names, not the outer speaker's. The prose attribution splits
them out only for a name the turn itself gives in full; in a transcript that name may
be a participant's ("Kirby said 'wait'" beside the witness Thomas Kirby) or a full name
another turn gives ("Archer" for the supervisor Delphine Archer named earlier).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import NARRATOR, UNKNOWN, Segment
from ..attribution.other_cues import (
    _HYPOTHETICAL,
    _NESTED_AFTER,
    _NESTED_BEFORE,
    _NESTED_REACH,
    _SPACES,
    _STRAIGHT_OPEN,
)
from ..names import TITLES
from ..quotes import _rstrip, find_quotes
from .given import _past_opener
from .grammar import _HEAD
from .own import named_description
from .people import Participants, _as_participant, _by_first_name

_WORD = re.compile(r"\w")
# Words between the name and its verb that deny or question the saying: "Mr. Halloran
# never said", "Hollis didn't say", "asked Hollis if he'd ever said".
_NOT_SAID = re.compile(r"\b(?:never|not|ever|if|whether|hardly)\b|n['\u2019]t\b")
# A verb right after the nested quotation, whose subject it is: 'Pike says 'Middlemarch'
# is overrated' talks about a title, it quotes no words.
_SUBJECT_OF = re.compile(r"\s+(?:is|was|are|were|has|had|sounds|reads)\b")
# A person described, not named, as the subject of a speech verb right before a nested
# quotation, in its clause: "the foreman came round and said", "My mom said", "The chap
# at the till says". (Not "I", "he" or "she", whom the quoted person may be, nor a
# pronoun owner, "your dad", whose owner is the quoted person's listener.)
_DESCRIBED_SAID = re.compile(
    r"(?<![\w'\u2019])(?P<who>(?P<det>[Tt]he|[Mm]y|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    rf"(?:{_HEAD}|chap|foreman|inspector|supervisor|director|engineer|technician))"
    # (no other person joined to it, nor a verb that takes a clause, between: "My husband
    # and the man from the bank said", "My dad thinks the agent said"; "came round and
    # said" is one person's)
    r"(?P<between>(?:\s+(?!(?:I|he|she|we|they|you|(?:and|or)\s+(?:the|a|an|my|his|her"
    r"|our|their|your)|thinks?|thought|believes?"
    r"|believed|knows?|knew|hears?|heard|reckons?|reckoned|swears?|swore|claims?|claimed"
    r"|insists?|insisted|says|said|tells|told|feels|felt|figures|figured)\b)"
    r"[\w\-'\u2019]+){0,8}?)"
    r"\s+(?P<verb>said|says|told|tells|asked|asks|shouted|yelled|wrote|writes|added)\b"
    r"(?:\s+(?:me|us|him|her|them|only|just|simply))?\s*[,:]?\s*$"
)


def split_nested(text: str, quote: Segment, people: Participants) -> list[Segment]:
    """``quote`` split around the quotations in single marks nested in it whose cue
    inside it ("Mr. Drummond says", "Archer just told me") names a participant, or a
    surname the transcript gives one full name for; ``[quote]`` when none."""
    lo, hi = quote.start + 1, quote.end - 1
    inner = text[lo:hi]
    if "\u2018" not in inner and "'" not in inner:
        return [quote]
    # straight single marks curled (' opening a word is ‘, any other ’): same offsets
    body = _STRAIGHT_OPEN.sub("\u2018", inner).replace("'", "\u2019")
    out: list[Segment] = []
    cursor = quote.start
    for n in find_quotes(body):
        start, end = lo + n.start, lo + n.end
        if n.kind != "single" or not n.closed:
            continue
        cue = _NESTED_BEFORE.search(text, max(cursor, start - _NESTED_REACH), start)
        cue = cue or _NESTED_AFTER.match(text, end, hi)
        described = known = None
        if quote.speaker not in (UNKNOWN, NARRATOR):
            # (only in words cut out as someone's: the turn's own words are the speaker's)
            if cue is not None:
                known = _known(cue["who"], people, text, text[lo : cue.end("who")])
            if not known:
                described = _DESCRIBED_SAID.search(text, max(cursor, start - _NESTED_REACH), start)
                cue = described or cue
        if (
            not cue
            or cue["verb"].endswith("ing")
            or _HYPOTHETICAL.search(cue["between"])
            or _NOT_SAID.search(cue["between"])
            or _SUBJECT_OF.match(text, end, hi)
        ):
            # "standing up and saying 'Yes'", "can say 'I win'", "never said 'the heat is
            # fixed,'", "says 'Middlemarch' is overrated": words no one said
            continue
        if described is not None:
            speaker = _described(described, quote.speaker, people)
        elif known is not None:
            speaker = known  # (already read above)
        else:
            speaker = _known(cue["who"], people, text, text[lo : cue.end("who")])
        if speaker in ("", quote.speaker):
            continue
        if _WORD.search(text, cursor, start):
            out.append(replace(quote, start=cursor, end=_rstrip(text, cursor, start)))
            cursor = start
        if not _WORD.search(text, end, quote.end):
            end = quote.end  # the outer closing mark goes with the last words
        out.append(Segment(speaker, "quote", cursor, end, cue=cue.group().strip()))
        cursor = min(_SPACES.match(text, end).end(), quote.end)
    if not out:
        return [quote]
    if cursor < quote.end:
        out.append(replace(quote, start=cursor))
    return out


def _known(name: str, people: Participants, text: str, before: str) -> str:
    """The participant ``name`` stands for (by a first name the transcript calls them by,
    not after one's kin in ``before``: "my son Tom said"), or the one full name the
    transcript gives its surname; "" when neither (a first name alone, two people of that
    surname)."""
    name = _past_opener(name)  # "Then Fiona said, 'Never before April.'": Fiona
    words = [w for w in name.split() if w.rstrip(".").lower() not in TITLES]
    if not words or words[-1].lower() in ("i", "you", "we"):
        return ""
    participant = _as_participant(name, people)
    if participant in people.speakers:
        return participant
    if len(words) == 1 and (first := _by_first_name(name, people, text, before)) != name:
        return first
    full = people.surnames(text).get(words[-1].lower(), set())
    if len(full) != 1:
        return ""
    found = next(iter(full))
    if _past_opener(found) != found:
        return ""  # "Then Fiona" is no full name, a sentence's first words
    # "Mr. Drummond" is Kyle Drummond; "Kyle" is no one's surname, "Ann Drummond" no Kyle's
    return found if set(words) <= set(found.split()) else ""


def _described(said: re.Match[str], outer: str, people: Participants) -> str:
    """The one a nested quotation's cue describes (``_DESCRIBED_SAID``): the name the
    transcript sets beside "the site foreman", or the description itself ("the foreman",
    "Kevin Ross's mom": the quoted person's own); "" when the quoted person is no one
    named, whose "my" says nothing."""
    who = " ".join(said["who"].split())
    det, rest = who.split(" ", 1)
    if det.lower() == "my":
        return f"{outer}'s {rest}" if outer[:1].isupper() and "'s " not in outer else ""
    if det.lower() == "the":
        return _as_participant(named_description(said.string, who), people) or who.lower()
    return who[:1].lower() + who[1:]
