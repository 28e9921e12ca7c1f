"""Who a turn speaks to: forms of address and the "you" who said something.

A vocative ("Senator Kerry,", "Mr. President,") names the participant a turn
addresses, and is no speaker itself ("Mr. Kennedy, Representative Powell ... is
saying:" quotes Powell); ``vocatives`` finds them for the transcript reader. "You
said", "your exact words were", "my opponent said" quote the one addressed: the
nearest vocative before the cue, else the other of the two main speakers, else the
one who answers a question; a generic or hypothetical "you" ("if you say", "would you
say") quotes no one."""

from __future__ import annotations

import re
from functools import lru_cache

from ...models import Segment
from .grammar import _NAME, _OFFICE, _TITLE_OFFICE, _gender_of, _other
from .people import Participants, _participant

# A vocative: a form of address set off by punctuation at a clause boundary.
# Titles of a local office, a court or a calling a participant is addressed by
# ("Councilman Ostrowski,", "Judge Sowande,").
_TITLE_ROLE = (
    r"Council(?:man|woman|member|lor|or)|Commissioner|Chair(?:man|woman)?|Alder(?:man|woman)?"
    r"|Professor|Judge|Justice|Coach|Detective|Officer|Chief|Reverend|Father|Sister"
)
_VOCATIVE = re.compile(
    # (a conjunction may open the sentence before it: "And Councilman Ostrowski, you said")
    # (at the turn's start too, and after a quotation's closing mark: '..." But Officer
    # Diaz, you told my son,')
    r"(?:(?:^|(?<=[.?!,;:])\s+|(?<=[.?!,][\"\u201d])\s+)"
    r"(?:(?:And|But|So|Now)\s+(?=(?:[A-Z][\w.'\u2019\-]*\s+)?[A-Z]\w+,))?"
    r"|\s[-\u2013\u2014]+\s+)"
    rf"(?P<voc>(?:(?:Mr|Mrs|Ms|Dr)\.|Madam|Madame|Miss)\s+(?:Vice\s+)?{_NAME}"
    rf"|(?:Vice\s+)?(?:{_TITLE_OFFICE}|{_TITLE_ROLE})\s+{_NAME}"
    r"|[A-Z][a-z]+)"
    r"(?=\s*[,.?!])"
)

# A form of address to a participant is no speaker: in "Mr. Kennedy, Representative
# Powell, on his tour in your behalf, is saying:" Powell speaks. A participant's name set
# off by a comma at a clause start is one when the rest of its sentence, up to a
# quotation, is empty ('Governor Romney, "wrong and reckless" policies?') or speaks to
# someone ("your", "sir"), or, for a name inside a sentence, speaks in the first person
# ("I might add, Mr. Trewhitt, I might add"). "Mr. Nixon, the vice president, said",
# "Governor Romney, I believe, cares" and "President Obama, who I respect, said" keep
# their subject.
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou(?!\s+know\b)|[Yy]our|[Ss]ir)\b")  # not "you know"
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
_CLAUSE_END = re.compile('[.?!"\u201c\u201d]')
_AFTER_COMMA = re.compile(r",\s*$")
_RELATIVE = re.compile(r"[\s,]*(?:who|whom|whose|which)\b")


def vocatives(words: str, speaker: str, people: Participants) -> list[tuple[int, int]]:
    """Spans in ``words`` (a turn of ``speaker`` without its label) that address another
    participant by name."""
    spans = []
    for m in _VOCATIVE.finditer(words):
        end = m.end("voc")
        if words[end : end + 1] != ",":
            continue
        who = _participant(m.group("voc"), people)
        if not who or who == speaker:
            continue
        stop = _CLAUSE_END.search(words, end)
        rest = words[end : stop.start() if stop else len(words)]
        quoted_next = stop is not None and stop.group() not in ".?!" and not rest.strip(" ,")
        if _RELATIVE.match(rest):
            continue  # a relative clause describes the subject
        inside = _AFTER_COMMA.search(words, max(0, m.start("voc") - 8), m.start("voc"))
        opens_first = _FIRST_PERSON.match(rest.lstrip(" ,"))
        if (
            quoted_next
            or _SECOND_PERSON.search(rest)
            or (inside and opens_first)
            or _someone_else_opens(rest, who, people)
        ):
            spans.append((m.start("voc"), end))
    return spans


# The subject of a clause that opens right after a name and its comma: "he says", "the
# governor has said", "Governor Okafor keeps saying".
_SUBJECT_OPENS = re.compile(
    r"[\s,]*(?:(?P<pronoun>[Hh]e|[Ss]he)\b"
    rf"|(?:[Tt]he|[Yy]our)\s+(?P<office>{_OFFICE})\s+(?=[a-z])(?!who\b|whom\b|which\b|that\b)"
    rf"|(?:(?:Mr|Mrs|Ms|Dr)\.\s+|(?:{_TITLE_OFFICE})\s+)(?P<name>{_NAME})\s+(?=[a-z])"
    r"(?!who\b|whom\b|which\b|that\b))"
)


def _someone_else_opens(rest: str, who: str, people: Participants) -> bool:
    """Whether the clause after a participant's name and comma opens with another one as
    its subject, so the name addresses ("President Vale, he says," to a woman; "Senator,
    the governor has said,"); a pronoun of the same gender may take the name up again
    ("President Vale, she says")."""
    m = _SUBJECT_OPENS.match(rest)
    if m is None:
        return False
    if m.group("pronoun"):
        known = _gender_of(who)
        said = "f" if m.group("pronoun").lower() == "she" else "m"
        return known not in ("", said)
    if m.group("office"):
        holder = people.holder(m.group("office"))
        return holder not in ("", who)
    other = _participant(m.group("name"), people)
    return other not in ("", who)


_YOU_CUE = re.compile(
    # not the generic "you" of "if you say", "when you say to yourself"
    # (not a condition nor a habit: "if you say", "Every time you write "URGENT"")
    r"(?<!\bif )(?<!\bIf )(?<!\bwhen )(?<!\bWhen )(?<!\btime )(?<!\bwhenever )"
    r"(?<!\bWhenever )\b[Yy]ou,?"
    r"(?:['\u2019]ve|\s+have|\s+had|\s+also|\s+just|\s+once|\s+even|\s+ever|\s+yourself,?"
    r"|\s+been|\s+keep|\s+kept)*"
    r"\s+(?:said|say|saying|stated|wrote|write|called|told\s+\w+|described|declared|promised"
    # (a post of one's own, not a thing posted, to whomever, nor another's: "you posted a
    # sign that says", "you emailed me a copy of the audit", "you posted their letter")
    r"|(?:tweeted|posted|texted|e-?mailed)(?!\s+(?:(?:me|us|him|her|them|[a-z]+s)\s+)?"
    r"(?:a|an|the|some|this|that|these|those|his|their|my|our|its)\b)"
    r"|claimed|admitted|testified|asked(?:\s+(?:me|us|him|her|them))?"
    r"|put\s+it|talked\s+about|used\s+the\s+(?:words?|phrase|term)|spoke\s+of|mentioned"
    r"|referred\s+to|mean|meant)\b(?!\s+to\s+yourself)"
    # (the stop of "Dr." or "Mr." ends no sentence: "you called Dr. Lee, the expert,")
    r"(?:[^.?!\"\u201c\u201d]|(?<=\bMr|\bMs|\bDr|\bSt)\.|(?<=\bMrs)\.)*"
    r"(?:\b(?:quote|quoting)[.:]\s*)?$"  # "and I quote."
)
# What one heard or saw the addressee say: "people heard you tell the team,".
_HEARD_YOU = re.compile(
    r"\b(?:heard|hear|saw|watched)\s+you\s+(?:say|tell\s+(?:\w+\s+){0,2}?\w+)[,:]?\s*$"
)
# What one took the addressee to have said, up to the words: "I understood you to say
# that if it worked, you might give them a demonstration and say,".
_UNDERSTOOD_YOU = re.compile(
    r"\b(?:understood|understand|took|heard)\s+you\s+to\s+(?:say|mean)\b"
    r"[^.?!\"\u201c\u201d]*$"
)
# "You" as the one who spoke, in a longer frame: "you were quoted as saying,", "you're the
# one who said,", "it was you who said,", "you went on television and said,".
_YOU_DID_SAY = re.compile(
    r"(?:\b[Yy]ou\s+(?:were|are|have\s+been)\s+quoted\s+as\s+saying"
    r"|\b[Yy]ou(?:['\u2019]re|\s+are|\s+were)\s+the\s+one\s+(?:who|that)\s+said"
    r"|\b[Ii]t\s+was\s+you\s+(?:who|that)\s+said"
    # (after "when" only a past event within a sentence: "And when you looked into the
    # camera in a debate with Senator Clinton and said,", not "When you go on television
    # and said," nor a scene a sentence opens with, "When you called the cable company
    # back then and said,": anyone who did)
    r"|(?<!\bif )(?<!\bIf )(?:(?<!\bwhen )(?<!\bWhen )|(?<!\bWhen )(?=[Yy]ou\s+\w+ed\b))"
    r"\b[Yy]ou\s+(?!know\b)"
    r"(?:(?!I\b|we\b|he\b|she\b|they\b)[\w']+\s+){1,10}?and\s+(?:then\s+)?"
    # ("and told this committee,", "and whispered to me,")
    r"(?:said|told\s+(?:\w+\s+){0,2}?\w+|(?:whispered|shouted|wrote)(?:\s+to\s+\w+)?|asked))"
    r"[,:]?\s*$"
)
# "Your exact words were,", "in your own words,"; a line the addressee spoke on stage,
# "your first line was," (not "is": a script's line, to be spoken).
_YOUR_WORDS = re.compile(
    r"\b[Yy]our\s+(?:own\s+|exact\s+|very\s+)?words(?:\s+(?:were|are|was))?[,:]?\s*$"
    r"|\b[Yy]our\s+(?:(?:first|last|opening|closing|next|best)\s+)?line\s+was[,:]?\s*$"
    # a text of the addressee's that says the words: "your brief says, on page eleven,"
    r"|\b[Yy]our\s+(?:own\s+)?(?:brief|letter|memo|e-?mail|tweet|post|statement|op-ed"
    r"|column|filing|motion|testimony)\s+(?:says|said|reads|read|states|stated)\b"
    r"[^.?!;\"\u201c\u201d]{0,40}?[,:]?\s*$"
)
# "My opponent said", "my opponent at one time said", "the way my opponent talks, he said"
_OPPONENT_CUE = re.compile(
    r"\b[Mm]y\s+opponent\b(?!['\u2019]s)[^.?!\"\u201c\u201d]{0,80}?"
    r"\b(?:said|says|say|saying|stated|called|claimed|declared|promised|put\s+it"
    r"|told|tells?|telling)\b"
    r"[^.?!\"\u201c\u201d]*(?:\b(?:quote|quoting)[.:]\s*)?$"
    r"|\b[Mm]y\s+opponent['\u2019]s\s+(?:own\s+|exact\s+)?words\s+(?:were|are|was)[,:]?\s*$"
)
_YOUR_OPPONENT_CUE = re.compile(_OPPONENT_CUE.pattern.replace("[Mm]y", "[Yy]our"))

# "You say that ... you were described as": the words are someone else's about "you".
_SPOKEN_OF = re.compile(
    r"\b(?:was|were|been|being|is|are|am)\s+(?:\w+ly\s+)?"
    r"(?:described|called|labell?ed|branded|dubbed)\b"
)

# "Would you say, '...'?", "what would you say to a mother who asks", "Can you say": a
# question about what one might say quotes no one.
_ASKING = frozenset(
    "would could can will should might do does did don't doesn't didn't won't "
    "wouldn't can't couldn't shouldn't to".split()
)


def _hypothetical(text: str, you: re.Match[str]) -> bool:
    before = text[max(0, you.start() - 20) : you.start()].split()
    if bool(before) and before[-1].lower().strip(",") in _ASKING:
        return True
    return _generic_you(text, you)


# "You go to any diner in Ohio and you say,": a present "you say" after another "you"
# of its sentence, joined by "and", tells what anyone does; "you said" is someone's.
_AND_YOU_BEFORE = re.compile(r"\b[Yy]ou\s+[a-z]+\b[^.?!;\"\u201c\u201d]*\band\s+(?:then\s+)?$")
_PRESENT_SAY = re.compile(r"^[Yy]ou,?\s+(?:say|tell)\b")


def _generic_you(text: str, you: re.Match[str]) -> bool:
    if not _PRESENT_SAY.match(you.group()):
        return False
    return _AND_YOU_BEFORE.search(text, max(0, you.start() - 200), you.start()) is not None


# A request for the floor after a form of address: "Jim, let me just make a point."
_FLOOR = re.compile(
    r",\s*(?:let\s+me|if\s+I\s+(?:may|might|could|can)|may\s+I|can\s+I|could\s+I)\b"
)


def _addressee(before: str, speaker: str, people: Participants) -> str:
    who = _named_addressee(before, speaker, people)
    return who or (_other(people.pair, speaker) if speaker in people.pair else "")


def _named_addressee(before: str, speaker: str, people: Participants, start: int = 0) -> str:
    """The participant ``before`` last addresses by name or title (from ``start``); ""
    when none."""
    for m in reversed(list(_VOCATIVE.finditer(before, start))):
        if before[: m.start()].rstrip(" ,").lower().endswith(("thank you", "thanks")):
            continue  # "Thank you, Jim." thanks the moderator; it addresses no one
        if _FLOOR.match(before, m.end("voc")):
            continue  # "Jim, let me make a point": asks the floor of the one who gives it
        who = _participant(m.group("voc"), people) or _by_title(m.group("voc"), before, people)
        if who and who != speaker:
            return who
    return ""


def _you(text: str, body: int, end: int, turn: Segment, people: Participants, answerer: str) -> str:
    """The participant "you" at ``end`` in ``turn`` (its words from ``body``) is: the
    one addressed before it, else the only one the turn addresses after it, the other of
    the pair, or the one who answers next when the turn is a question put to them; else
    ""."""
    who = _addressee(text[body:end], turn.speaker, people)
    if not who:
        # the one participant the turn addresses by name after it ("And you just stood
        # there and said, '...' Rustic isn't an apology, Priya.")
        words = text[body : turn.end]
        later = _named_addressee(words, turn.speaker, people, end - body)
        who = later if later and _addresses_only(words, later, people) else ""
    if (
        not who
        and _addresses_only(text[body : turn.end], answerer, people)
        and _puts_question(text, body, turn, answerer, people)
    ):
        who = answerer  # a moderator's question: "you" is the one who answers
    return who


_ENDS_ASKING = re.compile(r"\?[\"'\u201d\u2019)]*\s*$")


def _puts_question(
    text: str, body: int, turn: Segment, answerer: str, people: Participants
) -> bool:
    """Whether ``turn`` is a question to ``answerer``: one who asks speaks less than the
    one who answers (an interviewer, a moderator, a questioner), or ends the turn
    asking. A debater's "you said" before the moderator speaks again quotes no moderator
    (three debaters alike have no pair whose other one "you" would be)."""
    if people.sizes.get(answerer, 0) > people.sizes.get(turn.speaker, 0):
        return True
    return _ENDS_ASKING.search(text, body, turn.end) is not None


def _addresses_only(words: str, answerer: str, people: Participants) -> bool:
    """Whether every participant ``words`` address by name or office is ``answerer``: a
    question that names someone else ("Governor, you said ... Mr. President?") is put to
    them, not to the one who happens to speak next."""
    if not answerer:
        return False
    for m in _VOCATIVE.finditer(words):
        voc = m.group("voc")
        who = (
            _participant(voc, people)
            or _by_title(voc, words, people)
            or people.by_office.get(voc.lower(), answerer)
        )
        if who != answerer:
            return False
    return True


# A capitalised word before a capitalised one, which may be a title before a surname
# (read ahead, so that each word of "Dear Councilmember Farouk" is tried).
_BEFORE_A_NAME = re.compile(r"\b(?P<word>[A-Z][\w'\u2019\-]*)(?=\s+(?P<name>[A-Z][\w'\u2019\-]+))")


def _by_title(vocative: str, words: str, people: Participants) -> str:
    """The participant a title alone addresses ("Councilmember,"): the one ``words`` name
    with that title before a surname ("a question for Councilmember Farouk"), when they
    name one only; else ""."""
    if " " in vocative or not vocative[:1].isupper():
        return ""
    found = {_participant(name, people) for name in _names_after(words).get(vocative, ())}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


@lru_cache(maxsize=64)
def _names_after(words: str) -> dict[str, tuple[str, ...]]:
    """Each capitalised word of ``words`` -> the capitalised words after it. (Read once
    per text: a turn addressing someone at every quotation asks it of every vocative.)"""
    names: dict[str, list[str]] = {}
    for m in _BEFORE_A_NAME.finditer(words):
        names.setdefault(m["word"], []).append(m["name"])
    return {word: tuple(after) for word, after in names.items()}
