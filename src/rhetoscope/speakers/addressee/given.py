"""Names the one quoted is given near the cue, for ``resolution``: a name a description
is called by ("a woman called Astrid Haugen, told me"), sets after itself ("My friend
Ethan ... and said", "Her name is Beatrix Oyelaran. She told me"), or puts with a place
("Margaret in Halifax, who wrote in to say"); a name right after a quotation ('"...,"
Marcus kept saying'); a text's sender or owner ("Hamid sent me a message that says",
"His statement says"); and what is no speaker after all (a title and a common word, "I
took General Chemistry"; a name after a head of the other gender than the cue's
pronoun, "her brother, Anders, ... She writes")."""

from __future__ import annotations

import re

from ...models import Segment
from ..attribution.quotations import _is_title
from ..names import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    OFFICES,
    PRESIDING_TITLES,
    TITLES,
    first_name_known,
)
from .checks import _a_thing
from .grammar import _FEMALE_HEADS, _FULL_NAME, _GIVEN_NAME, _MALE_HEADS, _NAME_RUN, _PERSON_HEADS
from .mentions import _written_as_name
from .people import Participants, _as_participant
from .texts import _TEXTS

# A quotation that opens its sentence: nothing but a sentence's end, or the turn's
# start, before its opening mark.
_ALONE_BEFORE = re.compile(r"(?:^|[.?!][\"'\u201d\u2019)]*\s+|\n)$")


def _dated(name: str) -> bool:
    """Whether a word of ``name`` is a calendar word ("Christmas morning", "Monday"):
    a time, not a person."""
    return any(w.lower() in CALENDAR_WORDS for w in name.split())


def _given_name(said: re.Match[str]) -> str:
    """The name an ``_AND_SAID`` description gives right after its noun: set off by
    commas ("the manager, Ruth Ellis,"), or after "my" with no comma ("My friend
    Ethan"); "" when none, or a word of the calendar ("The manager Monday morning")."""
    name = said.group("ours_named") or ""
    if not name and said.group("described"):
        name = said.group("set_off") or ""
        if not name and said.group("described").split()[0].lower() == "my":
            name = said.group("given") or ""
    return "" if _dated(name) else name


# A sentence that gives the one just described a name: "Her name is Beatrix Oyelaran",
# "His name was Tom Hale".
_NAME_IS = re.compile(
    r"\b(?:[Hh]er|[Hh]is)\s+name(?:['\u2019]s|\s+is|\s+was)\s+"
    rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>{_NAME_RUN})"
)


# "a woman called Astrid Haugen, told me", "the developer, a Mr. Holloway, told my
# husband and me,": a person given a name as one, the subject of the cue right after it.
_CALLED_AND_SAID = re.compile(
    # (the one called set off by a comma: "A neighbour called Town Hall, then told me" phoned)
    # ("a very grand old man called Cecil Ward, told me": three words before the head)
    r"(?:,\s+an?\s+(?:[a-z][a-z\-]*\s+){0,3}?(?P<head>[a-z]+)\s+(?:called|named)\s+"
    rf"(?P<name>{_FULL_NAME})"
    r"|,\s+an?\s+(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<surname>[A-Z][\w'\u2019\-]+)),\s+"
    r"(?:(?:\w+ly|also|once|always)\s+)?"
    r"(?:told|tells|said|says|asked|wrote|used\s+to\s+(?:say|tell))\b"
    r"[^.?!;\"\u201c\u201d]{0,60}?[,:]\s*$"
)


def _called_and_said(text: str, lo: int, end: int) -> str:
    """The name of ``_CALLED_AND_SAID`` right before ``end``; "" when none, or when the
    one called is no person ("a band called Arcade Fire, said")."""
    m = _CALLED_AND_SAID.search(text, lo, end)
    if m is None:
        return ""
    if m["surname"]:
        return m["surname"]
    return m["name"] if m["head"] in _PERSON_HEADS else ""


# A name and a speech verb right after a quotation that opens its sentence: '"Two
# minutes, two minutes," Marcus kept saying, and then'.
_NAME_SAYS_AFTER = re.compile(
    rf"\s*(?P<name>{_GIVEN_NAME})\s+"
    r"(?:kept\s+saying|kept\s+repeating|kept\s+shouting|said|says|asked|shouted|yelled|whispered)"
    r"(?=[\s,.;])"
)

# A speech verb right after a quotation, then a description and the full name set off
# after it: '"..., It's time," said the contractor, Mr. Dwayne Kowalczyk, when I walked'.
_SAID_DESCRIBED_NAMED = re.compile(
    r"\s*(?:said|says|wrote|writes|added|adds)\s+(?:the|our|my|their|his|her)\s+"
    r"(?:[a-z][a-z\-]*\s+){0,2}?(?P<head>[a-z][a-z\-]*),\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"(?P<name>{_FULL_NAME})(?=\s*[,.;])"
)


def _described_named_after(text: str, quote: Segment, people: Participants) -> str:
    """The full name ``_SAID_DESCRIBED_NAMED`` sets after the description that speaks
    right after ``quote`` (a speech verb, a description and a name in apposition: the
    signals, the description headed by a person); "" when none or when the name is no
    person's."""
    m = _SAID_DESCRIBED_NAMED.match(text, quote.end)
    if m is None or m["head"] not in _PERSON_HEADS:
        return ""  # ('"Welcome," said the sign, Lake Placid Village,': a sign's)
    name = m["name"]
    first = name.split()[0].lower()
    if not first_name_known(first) and first in people.lower_words(text):
        return ""
    who = _as_participant(name, people)
    return "" if _a_thing(who, text) else who


def _name_after(text: str, body: int, quote: Segment, people: Participants) -> str:
    """The name ``_NAME_SAYS_AFTER`` gives right after ``quote``, a quotation opening its
    sentence in the turn (the name and its verb after it are the two signals); "" when
    none, or when the name is a pronoun, a word the document writes in lower case, of
    the calendar, or a thing the document writes after "the"."""
    if quote.start - 1 > body and not _ALONE_BEFORE.search(
        text, max(body, quote.start - 4), quote.start
    ):
        return ""
    m = _NAME_SAYS_AFTER.match(text, quote.end)
    if m is None:
        return ""
    name = m["name"]
    if name.split()[0] in ("I", "He", "She", "They", "We", "You", "It"):
        return ""
    if _dated(name):
        return ""
    if name.split()[0].lower() in people.lower_words(text):
        return ""  # '"Stop," Police said': common words, no name
    who = _as_participant(name, people)
    return "" if _a_thing(who, text) else who


# Someone's own text saying the words: "His statement says, and I quote,", "Her letter
# reads:", "His letter, which he copied to me, begins".
# Also one's own page or notes with a word before it, a place it is in, and a reading
# aside after the verb: "Her philosophy page says, and I'm reading it,", "Owen's note in
# the script just says" (``_NAME_TEXT_SAYS``). A word before a text or notes only for
# what one does or where one writes ("Her judging notes", "His blog post"), not a kind
# of text others write about one ("His school report", "Her discharge notes", "His sick
# note": a teacher's, a doctor's).
_OWN_TEXT = (
    r"(?:own\s+|written\s+)?(?:(?:[a-z][a-z\-]+\s+)?(?:page|blog|diary|column)"
    r"|(?:(?:[a-z][a-z\-]+ing|blog|web|website|personal|private|handwritten|farewell"
    rf"|resignation)\s+)?(?:{_TEXTS}|notes))"
    r"(?:,\s+(?:which|that)\s+[^,.?!;\"\u201c\u201d]{1,40},"
    r"|\s+(?:in|on)\s+(?:the|his|her|their)\s+[a-z][a-z\-]+)?\s+(?:\w+ly\s+|just\s+)?"
    r"(?:says|say|said|reads|read|states|stated|begins|began|starts|started|opens|opened)"
    r"(?:,?\s+(?:and\s+I\s+)?quote|,\s+and\s+I['\u2019]m\s+(?:reading|quoting)(?:\s+(?:it|from\s+it))?)?"
    r"[,:]?\s*$"
)
_HIS_TEXT_SAYS = re.compile(rf"\b(?P<pronoun>[Hh]is|[Hh]er)\s+{_OWN_TEXT}")
_NAME_TEXT_SAYS = re.compile(rf"(?<![\w\-])(?P<name>{_GIVEN_NAME})['\u2019]s\s+{_OWN_TEXT}")
# Words that open a sentence before a name and are no part of it.
_OPENERS = frozenset("and but so then now when after later today yesterday also".split())


def _past_opener(speaker: str) -> str:
    """``speaker`` without the word opening its sentence that the attribution took into
    the name ("Then Fiona said," is Fiona's), when a capitalised word follows it."""
    words = speaker.split()
    if len(words) > 1 and words[0].lower() in _OPENERS and words[1][:1].isupper():
        return " ".join(words[1:])
    return speaker


# "He" or "she" sending or writing a text, then what it says or the speaker reading it
# out right before the quotation: "she sent me a text that just said", "she once sent
# home a note that said", "Then she wrote a second message, and I'll read it exactly:".
_HE_SENT_A_TEXT = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+(?:(?:once|also|then|just|later|\w+ly)\s+)?"
    r"(?:sent|wrote|texted|emailed|left)\s+(?:(?:me|us|home)\s+)?(?:a|an|this)\s+"
    rf"(?:[a-z]+\s+)?{_TEXTS}"
    r"(?:\s+(?:that|which)\s+(?:just\s+|simply\s+|only\s+)?(?:says|said|reads|read)"
    r"|,\s+and\s+I['\u2019]ll\s+read\s+it(?:\s+(?:exactly|out|now))?)[,:]?\s*$"
)
# A name that sent the speaker a text, and what the text says right before the quotation:
# "Hamid in wardrobe sent me a message that says,".
_SENT_THAT_SAYS = re.compile(
    rf"(?<![\w'\u2019\-])(?P<name>{_GIVEN_NAME})"
    r"(?P<unit>\s+(?:in|from|at|on)\s+(?:the\s+)?[a-z]+)?\s+(?:just\s+|also\s+|then\s+)?"
    r"(?:sent|texted|emailed|messaged)\s+(?:me|us)\s+(?:a|an|this)\s+(?:[a-z]+\s+)?"
    rf"{_TEXTS}\s+(?:that|which)\s+(?:says|said|reads|read)[,:]?\s*$"
)


def _sender(text: str, lo: int, end: int, people: Participants) -> str:
    """The one ``_SENT_THAT_SAYS`` names right before ``end``; "" when none, or when the
    name is a sentence opener or a word the document writes in lower case ("Then"), or,
    with no unit after it ("Hamid in wardrobe"), no given name (``_written_as_name``)."""
    m = _SENT_THAT_SAYS.search(text, lo, end)
    if m is None:
        return ""
    words = m["name"].split()
    lower = people.lower_words(text)
    while words and (
        words[0].lower() in lower
        or words[0].lower() in CALENDAR_WORDS
        or words[0].lower() in _OPENERS
    ):
        words.pop(0)  # "Then Marcus Webb": the name after the opener
    if words and words[0].lower() in FUNCTION_WORDS:
        return ""  # "Somebody sent me a text that says,": no one named
    if words and not m["unit"] and not _written_as_name(words[0], text):
        return ""  # "Dispatch sent us a message that says,": no one's name
    return _as_participant(" ".join(words), people) if words else ""


def _named_in_place(text: str, lo: int, end: int, place: str, people: Participants) -> str:
    """The name before "in ``place``, who" ("a listener, Margaret in Halifax, who wrote
    in to say,"), a person by the relative clause that speaks; "" when none, a word the
    document writes in lower case ("People in Ohio, who"), or neither a known given name
    nor one set off after a comma ("Farmers in Iowa, who")."""
    found = list(
        re.finditer(
            r"(?<![\w'\u2019\-])"
            rf"(?P<name>{_GIVEN_NAME})"
            rf"\s+(?:in|from|of)\s+{re.escape(place)},\s+who\s",
            text[lo:end],
        )
    )
    m = found[-1] if found else None
    if m is None:
        return ""
    name = m["name"]
    lower = people.lower_words(text)
    if any(w.lower() in lower or w.lower() in CALENDAR_WORDS for w in name.split()):
        return ""
    # (a name the lists know, or one set off after a description: "a listener, Margaret";
    # not a group or a pronoun opening its sentence: "Farmers in Iowa", "Somebody in Ohio")
    set_off = text[lo : lo + m.start()].rstrip().endswith(",")
    first = name.split()[0].lower()
    if first in FUNCTION_WORDS or not (set_off or first_name_known(first)):
        return ""
    return name


# A name, "himself" or "herself", a speech verb, then a clause of time set off before the
# quotation: "And Rosa herself said, when she put it down,".
_NAME_HERSELF_SAID = re.compile(
    rf"(?<![\w'\u2019\-])(?P<name>{_GIVEN_NAME})\s+(?P<self>himself|herself)\s+"
    r"(?:said|says|told\s+(?:me|us))\s*,\s*(?:when|as|after|before|while)\s+"
    r"[^,.?!;\"\u201c\u201d]{1,60},\s*$"
)


def _named_herself(text: str, lo: int, end: int, people: Participants) -> str:
    """The name of ``_NAME_HERSELF_SAID`` right before ``end`` (past a sentence's opening
    word: "And Rosa"), a person by "herself"; "" when none, or when the name is a word
    the document writes in lower case or a sentence opener."""
    m = _NAME_HERSELF_SAID.search(text, lo, end)
    if m is None:
        return ""
    name = _past_opener(m["name"])  # "And Rosa herself": Rosa
    first = name.split()[0].lower()
    if first in _OPENERS or first in FUNCTION_WORDS or first in people.lower_words(text):
        return ""
    return _as_participant(name, people)


# A given name and the group or place one is from, right before the group the
# attribution took for the speaker: "Marcus from the Otters said,", "Jake from Accounts
# told me,".
_FROM_GROUP = re.compile(rf"(?<![\w'\u2019\-])(?P<name>{_GIVEN_NAME})\s+from\s+(?:the\s+)?$")
_VERB_NEXT = re.compile(
    r"\s+(?:\w+ly\s+|then\s+|just\s+)?(?:said|says|told|tells|asked|asks|wrote|writes|added)\b"
)


def _member_of(text: str, lo: int, end: int, speaker: str, people: Participants) -> str:
    """The given name before "from (the) ``speaker``" when a speech verb follows
    ``speaker`` ("Marcus from the Otters said,": Marcus speaks, not his patrol); "" when
    none, or when the name is neither a known given name nor one written inside a
    sentence ("Reports from the Ministry"), or a word the document writes in lower case
    ("Hope from the Ministry")."""
    at = text.rfind(speaker, lo, end)
    if at < 0 or not _VERB_NEXT.match(text, at + len(speaker)):
        return ""
    m = _FROM_GROUP.search(text, max(lo, at - 40), at)
    if m is None:
        return ""
    first = m["name"].split()[0]
    if not _written_as_name(first, text) or first.lower() in people.lower_words(text):
        return ""
    return _as_participant(m["name"], people)


# A speech verb right after a name: the name is its subject ("General Motors said,"),
# also past a phrase set off between them ("Dr. Price, the surgeon on call, told me,").
_SPEAKS_AFTER = re.compile(
    r"(?:,[^,.?!;:\"\u201c\u201d]{1,60},)?"
    r"\s*,?\s+(?:\w+ly\s+)?(?:said|says|told|tells|wrote|writes|stated|states|asked"
    r"|announced|added|replied)\b"
)


def _titled_common_word(speaker: str, people: Participants, text: str, lo: int, end: int) -> bool:
    """Whether ``speaker`` is a title and one more word that the document also writes in
    lower case ("General Chemistry", beside "organic chemistry"), and no speech verb
    follows it before ``end`` ("I took General Chemistry with"; "General Motors said"
    speaks): no person's name."""
    words = speaker.split()
    if len(words) != 2 or words[0].rstrip(".").lower() not in TITLES:
        return False
    if speaker in people.speakers or words[1].lower() not in people.lower_words(text):
        return False
    at = text.rfind(speaker, lo, end)
    return at < 0 or not _SPEAKS_AFTER.match(text, at + len(speaker))


# A gendered head right before a name set off after it: "her brother, Anders".
_GENDERED_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:[a-z][a-z\-]*\s+){0,2}?"
    r"(?P<head>[a-z]+),?\s+$"
)


# "she" or "he" and a speech verb, in the sentence of a quotation, before it.
_PRONOUN_SAYS = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+|then\s+)?"
    r"(?:said|says|writes|wrote|told|tells|asked|asks|adds|added)\b"
    r"[^.?!\"\u201c\u201d]{0,80}$"
)


def _set_off_as_other_gender(text: str, body: int, end: int, name: str) -> bool:
    """Whether ``name``, the prose attribution's speaker, stands in the turn right after a
    head of the other gender than the pronoun of the cue before ``end`` ("The letter is to
    her brother, Anders, ... She writes,"): two signals that the pronoun is not the one
    named."""
    if not name[:1].isupper():  # (UNKNOWN, NARRATOR too)
        return False
    at = text.rfind(name, body, end)
    cue = _PRONOUN_SAYS.search(text, at + len(name), end) if at >= 0 else None
    m = _GENDERED_BEFORE.search(text, max(body, at - 40), at) if cue else None
    if m is None:
        return False
    she = cue["pronoun"].lower() == "she"
    return m["head"] in (_MALE_HEADS if she else _FEMALE_HEADS)


def _named_as(text: str, body: int, end: int, described: str, name: str) -> bool:
    """Whether ``described``, a description the turn's "she" points to ("a colleague"), is
    given ``name``, the prose attribution's speaker, by a sentence after it and before
    ``end`` ("Her name is Beatrix Oyelaran."): two signals that it is the one named."""
    owner, mark, own = described.partition("'s ")
    if mark and owner[:1].isupper() and own:
        # one's own person, "Daniel Akintola's teacher": where the turn says "my teacher"
        said = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+{re.escape(own)}\b")
        found = [m.start() for m in said.finditer(text, body, end)]
        at = found[-1] if found else -1
    elif not described or not described[:1].islower() or " " not in described:
        return False
    else:
        at = text.rfind(described, body, end)
    if not name[:1].isupper():  # (UNKNOWN, NARRATOR too)
        return False
    if at < 0:
        return False
    return any(m["name"] == name for m in _NAME_IS.finditer(text, at, end))


# A described person given a name in apposition, then the subject of the cue: "The
# caretaker, Phil, told me,", "The chair, a Mr. Pemberton, wrote,", "Their commander, a
# Portuguese gentleman called Henrique, insisted,", "One of my bakers, Tariq, said,". The
# description opens its clause; the cue's verb follows the second comma.
_DESCRIBED_SET_OFF = re.compile(
    r"(?:^|[.?!][\"'\u201d\u2019)]*\s+|\b(?:and|but|so|then|when|because)\s+)"
    r"(?:(?P<det>[Tt]he|[Tt]heir|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Yy]our)\s+|[Oo]ne\s+of\s+(?:the|my|our|their|his|her)\s+)"
    r"(?:[a-z][a-z\-]*\s+){0,3}?(?P<head>[a-z][a-z\-]*)"
    r"(?:\s+(?:at|of|from|for|in)\s+(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?,\s+"
    r"(?:(?P<titled>an?\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'\u2019\-]+)"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w\-]+)?"
    r"|an?\s+(?:[A-Za-z][a-z\-]*\s+){0,3}?(?P<kind>[A-Za-z][a-z\-]+)\s+(?:called|named)\s+"
    r"(?P<called>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){0,2})"
    r"|(?P<given>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){0,2})),\s+"
    r"(?:(?:\w+ly|also|once|then|just|later)\s+)?"
    r"(?:told|tells|said|says|asked|asks|wrote|writes|insisted|insists|replied|answered"
    r"|added|explained|emailed|texted|messaged|warned|complained|phoned|rang)\b"
    r"(?:(?P<rest>[^.?!;\"\u201c\u201d]{0,70}?)[,:]"
    # (or the quotation set in what they said: "One of my bakers, Tariq, said it made him
    # "feel like a cartoon."")
    r"|\s+(?P<reported>[a-z][^.?!;:,\"\u201c\u201d]{0,60}?))\s*$"
)
# What, between the cue and the quotation, makes the words another's or a text's: "and I
# said,", "the sign, which says", "and read me the notice:".
_NOT_THEIRS = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:said|say|told|tell|asked|ask|answered|replied)\b"
    r"|\b(?:which|that|who|it)\s+(?:\w+\s+)?(?:says|said|reads|read)\b|\bread\b|\bsign\b"
    # (or another subject's speech, nested: "told me that the council had said,", "said
    # her husband told her,", "said that Tom Blake had told her,")
    r"|\b(?:he|she|they|(?:the|her|his|their|our|my|a|an)\s+(?:(?!and\b|then\b)[a-z]+\s+)?"
    r"(?!and\b|then\b)[a-z]+"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:had\s+|has\s+|have\s+)?(?:said|says|told|tells"
    r"|wrote|writes|written|asked|asks|replied|insisted|added|described|warned)\b"
)
_REPORTED_WORDS = 3  # a phrase, not a word held at arm's length
_NAMING_VERB = re.compile(
    r"\b(?:call|calls|called|calling|name|named|term|termed|dub|dubbed"
    r"|describ(?:e|es|ed|ing)|label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)?)\b"
)
# What one is "called" or "named" as a person: a person's head, or a people's in
# capitals ("a very dry Scotsman called Fergus Whyte"); not "a place called Harrow Hall".
_CALLED_KINDS = frozenset("chap gentleman lady bloke guy fellow lad lass".split())


# A head that names a person by a role ("caretaker", "verger", "team lead"), a given name
# the shipped list lacks standing after it; not a firm's ("supplier", "publisher").
_ROLE_HEAD = re.compile(r"(?:er|or|ist|ian|keeper|ess|man|woman|lead|squire|chair)s?$")
_FIRM_HEADS = frozenset(
    "supplier provider retailer publisher broadcaster insurer lender carrier printer "
    "manufacturer distributor wholesaler operator developer sponsor caterer".split()
)


# A thing the speaker may be reading out or talking about while addressing someone by
# name: "The letter, Tom, says", "The poster, Maria, said", "The report, Jane, says" (the
# name is the one spoken to, not the thing's).
_THING_HEADS = frozenset(
    "letter newsletter paper newspaper poster banner flyer flier leaflet sign notice memo "
    "note email e-mail report statement message text post tweet website page form document "
    "minutes file record article book headline label order answer question point problem "
    "number register folder ledger sticker cover chapter screen agenda review survey policy "
    "contract invoice bill receipt ticket".split()
)


# An office or a form of address one is spoken to by alone: "Senator", "Minister",
# "Chair", "Madam" (not a title that is a given name as often, "Your brother, Dean,", nor
# a word for anyone, "Our neighbour, Guy,").
_ADDRESSED_AS = (
    (TITLES & _PERSON_HEADS)
    | OFFICES
    | PRESIDING_TITLES
    | HONORIFICS
    | frozenset("sir councillor councilor commissioner".split())
)


def _a_role_head(head: str) -> bool:
    """Whether ``head`` is a person's role by its form or the list of person heads."""
    single = head[:-1] if head.endswith("s") and head[:-1] in _PERSON_HEADS else head
    if single in _PERSON_HEADS or head.split("-")[0] in _PERSON_HEADS:  # ("daughter-in-law")
        return True
    return (
        _ROLE_HEAD.search(head) is not None
        and head.rstrip("s") not in _FIRM_HEADS
        and not _a_thing_head(head)
    )


def _a_thing_head(head: str) -> bool:
    """Whether ``head`` (or its singular) is a thing's in ``_THING_HEADS``."""
    return head in _THING_HEADS or (head.endswith("s") and head[:-1] in _THING_HEADS)


def _described_then_named(
    text: str,
    lo: int,
    end: int,
    quoted_words: int = 0,
    answerer: str = "",
    quoted: str = "",
) -> str:
    """The name ``_DESCRIBED_SET_OFF`` gives the subject of the cue right before ``end``:
    a title's surname, a name one is "called", or a given name the shipped list knows
    (or a full name); "" when none, or when the words are another's or a text's. Words
    set in what they said are theirs when ``quoted_words`` (the quotation's) are a phrase
    and no name for a thing ("said we should call it "the clip rule""). Not a name set
    off after a thing ("The letter, Tom, says"), a title or an office ("Your predecessor,
    Senator, said"), or the first name of the ``answerer`` (who speaks next) after
    "your" ("Your adviser, Maria, wrote"): the one spoken to."""
    m = _DESCRIBED_SET_OFF.search(text[lo:end])  # (sliced: "^" is the turn's start)
    if m is None or _NOT_THEIRS.search(m["rest"] or m["reported"] or ""):
        return ""
    if m["reported"] is not None and (
        quoted_words < _REPORTED_WORDS
        or _NAMING_VERB.search(m["reported"])
        or _is_title(quoted)  # ("asked whether we had seen "The Long Good Friday"")
    ):
        return ""
    if m["titled"]:
        return m["titled"].split()[-1]
    if m["called"]:
        kind = m["kind"]
        person = kind[:1].isupper() or kind in _PERSON_HEADS or kind in _CALLED_KINDS
        return m["called"] if person and not _dated(m["called"]) else ""
    name = m["given"]
    if _dated(name) or any(w.lower() in FUNCTION_WORDS for w in name.split()):
        return ""
    first = name.split()[0].lower()
    if _a_thing_head(m["head"]):
        return ""  # "The letter, Tom, says,": Tom is spoken to
    if first in _ADDRESSED_AS and not first_name_known(first):
        return ""  # "Your predecessor, Senator, said,": a title the one spoken to goes by
    if m["det"] in ("Your", "your") and answerer and first == answerer.split()[0].lower():
        return ""  # "Your own adviser, Maria, wrote,": Maria is spoken to
    if " " not in name and not first_name_known(name.lower()) and not _a_role_head(m["head"]):
        return ""  # "The venue, Harrow, says", "Our supplier, Brakes, told us": no person's
    if " " in name and not first_name_known(name.split()[0].lower()):
        return ""  # ("The mayor of Albany, New York, said": a place)
    return name


# A clause of its own whose subject is a name, right before the quotation, after a clause
# with "I" set off by a comma: "When I asked, Marcus just said,", "After I rang the
# venue, Priya told me," (the nearest subject speaks, not the "I" of the clause before).
_I_CLAUSE_THEN_NAME_SAID = re.compile(
    r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Bb]ecause|[Ss]o|[Ii]f|[Aa]s\s+soon\s+as)\s+I\b"
    r"[^.?!;:\"\u201c\u201d]{1,60}?,\s+"
    rf"(?P<name>{_GIVEN_NAME})\s+"
    r"(?:(?:just|only|simply|then|also|finally|quietly|calmly)\s+)?"
    r"(?:said|told\s+(?:me|us|him|her|them)|replied|answered|snapped|shouted|whispered)"
    r"[,:]?\s*$"
)


# The mirror: a clause of time naming someone, then "I" the subject of the cue: "When
# Marcus asked, I just said," (the speaker's own words, not the one named before).
_CLAUSE_THEN_I_SAID = re.compile(
    r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Bb]ecause|[Ii]f|[Aa]s\s+soon\s+as)\s+"
    r"[^.?!;:\"\u201c\u201d]{1,60}?,\s+I\s+"
    r"(?:(?:just|only|simply|then|also|finally|quietly|calmly)\s+)?"
    r"(?:said|told\s+(?:him|her|them|you|everyone)|replied|answered|snapped|shouted|whispered)"
    r"[,:]?\s*$"
)


def _named_after_i_clause(text: str, lo: int, end: int, people: Participants) -> str:
    """The name ``_I_CLAUSE_THEN_NAME_SAID`` gives the subject of the cue right before
    ``end``, a person by ``_a_person`` or a name the document writes nowhere in lower
    case; "" when none."""
    m = _I_CLAUSE_THEN_NAME_SAID.search(text, lo, end)
    if m is None:
        return ""
    name = m["name"]
    words = name.split()
    if _dated(name) or words[0].lower() in FUNCTION_WORDS or words[0] in ("I", "He", "She"):
        return ""
    if any(w.lower() in people.lower_words(text) for w in words) or _a_thing(name, text):
        return ""  # ("When I asked, Security said,": a body the text writes small)
    return _as_participant(name, people)
