"""A text read out in a turn, which speaks for its author: "I'm going to read from her
letter:", "She wrote a memo ..., and it said,", "an email from Scott" / "It says", or a
named source ("as it says in the Constitution:"). Prose reads "it" as the text; in a
transcript the words are its author's, often a participant's."""

from __future__ import annotations

import re

from .grammar import _NAME_RUN, _SENTENCE_END_BEFORE, _unquoted
from .people import Participants, _as_participant
from .pronouns import _he_or_she

# Someone's text read out: "I'm going to read from her letter directly:", "She asked me
# to read a short statement into the record, and I'll do that now."
_READ_THEIRS = re.compile(
    r"\b(?:read|reading|quote|quoting)\s+(?:\w+\s+)?(?:from\s+)?(?P<pronoun>[Hh]is|[Hh]er)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:letter|statement|note|memo|email|e-mail|testimony|post|message"
    r"|speech|column)\b[^.?!\"\u201c\u201d]{0,40}?[.:,]?\s*$"
)
_ASKED_TO_READ = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+asked\s+(?:me|us)\s+to\s+read\b[^.?!\"\u201c\u201d]{0,80}"
    r"(?:[.:]\s+[^.?!\"\u201c\u201d]{0,40})?[.:]\s*$"
)

# A written text that speaks ("it said,"), and who wrote it: "she wrote a memo to the
# team", "an email from Scott to me".
_TEXTS = r"(?:memo|letter|note|email|e-mail|report|statement|message|text|post|tweet)"
# ("The email from Scott Tillman said," too: the text and its author in one subject)
_TEXT_SAYS = re.compile(
    rf"(?:\b[Ii]t|\b[Tt]he\s+(?:[\w\-]+\s+)?{_TEXTS}\s+from\s+{_NAME_RUN})"
    r"\s+(?:\w+ly\s+|also\s+)?(?:said|says|read|reads|stated|states)[,:]?\s*$"
)
_A_TEXT = re.compile(rf"(?:the|this|that|her|his)\s+{_TEXTS}")  # as prose names one
# (a name that writes: "Scott Tillman sent me a text.", not "Then Scott Tillman")
_WRITER = (
    r"(?!(?:And|But|So|Then|Now|When|After|Later|Yesterday|Today|We|You|They|It|This|That"
    rf"|There|The|An?|My|Our|Your|His|Her|Their)\b){_NAME_RUN}"
)
_AUTHORED = re.compile(
    # (the writer may close an appositive: "the CEO, Bradford Ellery, sent a memo")
    r"\b(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<writer>" + _WRITER + r"),?)"
    r"\s+(?:\w+ly\s+)?(?:wrote|sent|signed|issued|posted)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?{_TEXTS}\b"
    rf"|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+)?{_TEXTS}\s+from\s+"
    # (the author's description first: "an email from your vice president of revenue,
    # Brooke Halvorsen,")
    r"(?:(?:your|his|her|their|our|the|its)\s+[^,.;:?!\"\u201c\u201d]{1,50}?,\s+)?"
    rf"(?P<name>{_NAME_RUN})"
)
# The speaker announcing that they read a text out, in the sentence before the
# quotation: "I'll read the relevant part.", "I want to read it to you.", "Let me read
# it:". The text named before it speaks for its author.
_READ_OUT = re.compile(
    r"\b(?:I(?:['\u2019]ll|\s+will|\s+want\s+to|['\u2019]m\s+going\s+to|\s+am\s+going\s+to)"
    r"|[Ll]et\s+me)\s+read\s+(?:it|you|(?:the|a)\s+(?:[a-z]+\s+)?(?:part|line|passage|paragraph|bit))"
    r"(?:\s+(?:to\s+you|out|aloud|for\s+the\s+record))?[.:]\s*$"
)
_AUTHOR_REACH = 250  # characters between the text named and "it said"
# The end of a sentence, its closing marks aside.
_STOP = re.compile(r"[.?!](?=[\"'\u201d\u2019)]*\s)")


def _read_out(text: str, lo: int, end: int) -> bool:
    """Whether the speaker announces, right before ``end``, that they read out a text
    named with its author in that sentence or the one before it ("an email from Brooke
    Halvorsen, dated August. I'll read the relevant part."); not one named further back,
    past another sentence ("an email from the mayor ... I called the state. They sent me
    the rules. Let me read it.")."""
    read = _READ_OUT.search(text, lo, end)
    if read is None:
        return False
    named = list(_AUTHORED.finditer(text, max(lo, read.start() - _AUTHOR_REACH), read.start()))
    return bool(named) and len(_STOP.findall(text, named[-1].end(), read.start())) <= 1


def _author(
    text: str, body: int, end: int, speaker: str, people: Participants, earlier: str
) -> str:
    """Who wrote the text "it" is, right before ``end``: the last one the turn names
    within reach ("she wrote a memo", "an email from Scott"); for a turn that opens with
    "It says", one the turns before name by "from"; else ""."""
    found = list(_AUTHORED.finditer(text, max(body, end - _AUTHOR_REACH), end))
    if found:
        m = found[-1]
        if m.group("pronoun"):
            return _he_or_she(text, body, m, speaker, people, earlier)
        who = _as_participant(m["name"] or m["writer"], people)
        return who if who != speaker else ""
    if _SENTENCE_END_BEFORE.search(text, body, end):
        return ""
    named = [m for m in _AUTHORED.finditer(_unquoted(earlier)) if m.group("name")]
    who = _as_participant(named[-1]["name"], people) if named else ""
    return who if who != speaker else ""


# A named text the quotation is read from: "it is written in the book of Matthew,", "as it
# says in the Constitution:", "I quote to you from Article III of the Constitution.
# Quote:".
_SOURCE_CUE = re.compile(
    r"(?:\b(?:is|was|it['\u2019]s)\s+written\s+in|\bit\s+(?:says|said|reads)\s+in"
    r"|\bquot(?:e|ed|ing)\b[^.?!\"\u201c\u201d]{0,40}?\bfrom)\s+"
    r"(?P<src>[^.?!:;\"\u201c\u201d]{0,80}?\b[A-Z][\w'\u2019]*)"
    r"[.,:]?\s*(?:(?:and\s+I\s+)?[Qq]uote[.,:]?\s*)?$"
)
_OWN = re.compile(r"\b(?:I|[Mm]y|[Oo]ur|[Mm]ine)\b")


def _source(src: str) -> str:
    """The text a source cue names, as a speaker; "" for the speaker's own ("my book")."""
    return "" if _OWN.search(src) else " ".join(src.split())


# A letter read out that ends with its sign-off and its writer's full name: "Dear Vulpes,
# ... Yours sincerely, Mrs. Agatha Lee."
_SIGNED_OFF = re.compile(
    # (opening its own sentence or line: not "All You Need Is Love, Beatles Fans.")
    r"(?:^|(?<=[.!?\n\"\u201c])\s*)"
    r"(?:Yours\s+(?:sincerely|truly|faithfully|ever)|Sincerely(?:\s+yours)?|Best\s+wishes"
    r"|Kind\s+regards|Warm\s+regards|Regards|With\s+love|Love),\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w'\u2019\-]+){1,2})\.?$"
)


def _signer(words: str) -> str:
    """The full name the letter ``words`` (a quotation's) ends signed with; "" when none."""
    m = _SIGNED_OFF.search(words.rstrip("\"'\u201d\u2019 "))
    return m["name"] if m else ""
