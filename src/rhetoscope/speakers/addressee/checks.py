"""Whether the speaker the prose attribution gave a quotation in a turn stands.

The attribution reads a turn as narration, so it names speakers a transcript does not
have: a word that only looks like a name ("Windows smashed out", "Quote:"), a thing
("from the Bench"), a place the speakers are in ("Everybody in Ohio said,"), a name
near a quotation that no cue says spoke, someone who only received the words ("she
said she heard:") or words not said yet ("he will say:"). These checks turn such a
speaker to no one, so that the rules after them may find the right one; a description
keeps the name set after it ("The committee chair, Dr. Alicia Ferrante,")."""

from __future__ import annotations

import functools
import re

from ...models import NARRATOR, UNKNOWN, Segment
from ...text import whole_runs
from ..attribution import SPEECH_VERBS, THEY_OPENS
from ..names import CALENDAR_WORDS, TITLES, first_name_known
from .asides import ends_in_aside
from .grammar import (
    _COMMA_SPOKE,
    _FULL_NAME,
    _OFFICES,
    _PERSON_HEADS,
    _SENTENCE_END_BEFORE,
    _SENTENCE_START,
    _unquoted,
)
from .people import Participants, _participant
from .quotative import quoting_before
from .texts import _TEXTS

# Heads of a description that can speak: people, their roles and groups, and bodies.
_SPEAKING_HEADS = frozenset(
    (
        "man men woman women lady ladies guy kid kids child children girl boy mother mom "
        "father dad wife husband son daughter brother sister friend friends neighbor "
        "neighbour person people family families couple crowd audience voter voters "
        "worker workers citizen citizens veteran veterans soldier soldiers general generals "
        "officer officers sheriff chief chiefs official officials aide aides adviser "
        "advisers advisor spokesman spokeswoman spokesperson leader leaders lawmaker "
        "lawmakers senator senators governor governors congressman congresswoman mayor "
        "president secretary minister judge justice ambassador chairman chairwoman "
        "candidate nominee opponent opponents critic critics supporter supporters expert "
        "experts economist economists doctor doctors teacher teachers student students "
        "reporter reporters editor questioner moderator steward stewards owner owners "
        "member members delegate delegates actuary analyst analysts scientist scientists "
        "government administration campaign committee commission congress court party "
        "department agency union council board company companies paper newspaper report "
        "memo letter resolution bible constitution czar grader folks fellow guys nurse "
        "nurses farmer farmers pope grandmother grandfather pastor priest rabbi "
        # (an office's holder: "The head of the EPA said,")
        "head director directors administrator commissioner superintendent"
    ).split()
)
# Heads of a document's name: the document speaks for its authors ("The Clean Air Act
# says,").
_DOCUMENT_HEADS = frozenset(
    "act amendment bible charter constitution declaration gospel resolution treaty".split()
)

# A preposition of place or extent before a name: "everybody in Ohio", "families across
# Michigan", "from Maine to Hawaii", "went after John McCain, a prisoner of war, said"
# (not "by", "from" or "of", which name an author: "a
# line by Carl Sagan", "a question from Peggy", "the words of Lincoln").
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|across|throughout|around|near|at|to|into|inside|outside|within|over|for|with"
    r"|against|about|among|behind|beside|under|after)\s+"
    r"(?:the\s+)?$"
)


def _after_place_preposition(text: str, lo: int, quote: Segment, speaker: str) -> bool:
    """Whether the attribution's ``speaker``, a bare name, stands last before the
    quotation, in its sentence, as the object of a preposition of place: the place where
    the speakers are ("People in Ohio told me,"), not one who speaks."""
    if not speaker[:1].isupper() or any(w[:1].islower() for w in speaker.split()):
        return False  # a description ("a farmer in Iowa") keeps its place
    at = text.rfind(speaker, lo, quote.start)
    if at < 0 or _SENTENCE_END_BEFORE.search(text, at + len(speaker), quote.start):
        return False  # an antecedent in a sentence before ("met with Kofi Annan. He said,")
    return _PLACE_PREPOSITION.search(text, max(lo, at - 12), at) is not None


# Where a place is, before its name: "flying out of Hensley Farm strip", "the cider maker
# in Much Marcle", "trains at Fallow Park" (not "from" or "to": "a text from Tom Hale").
_AT_A_PLACE = re.compile(
    r"\b(?:in|at|near|into|out\s+of|outside|past|via|across|around|inside)\s+(?:the\s+)?$"
)


# A verb that takes a person after "at", "into", "past", "across" or "in": "I looked at
# Dave Kerr", "ran into Tom", "walked past Sarah Kent", "came across Jack", "confided in".
_FACES_A_PERSON = re.compile(
    r"\b(?:(?:look|stare|glare|glance|smile|grin|laugh|shout|yell|scream|snap|wave|nod|wink"
    r"|frown|point|swear)(?:s|ed|ing)?\s+at|(?:r[au]n|running|bump(?:s|ed|ing)?)\s+into"
    r"|(?:walk(?:s|ed|ing)?|drove|went)\s+past|(?:c[oa]me|coming)\s+across"
    r"|confid(?:e|es|ed|ing)\s+in)\s+(?:the\s+)?$"
)


@functools.lru_cache(maxsize=256)
def _only_at_a_place(speaker: str, text: str) -> bool:
    """Whether every time ``text`` writes ``speaker``, a name with no title, it stands
    after a preposition of place, and never as a possessor: a place, which "he said" near
    it does not make a person. Not a name a known first name opens ("I looked at Maria
    Cole and she said,"), nor one after a verb that takes a person ("I ran into Dave").
    (Kept per name and text; the text's words are indexed once.)"""
    first = speaker.split()[0].rstrip(".").lower() if speaker.split() else ""
    if not speaker[:1].isupper() or first in TITLES or first_name_known(first):
        return False
    found = _written_at(speaker, text)
    return bool(found) and all(
        _AT_A_PLACE.search(text, max(0, at - 16), at)
        and not _FACES_A_PERSON.search(text, max(0, at - 24), at)
        for at in found
    )


def _written_at(name: str, text: str) -> list[int]:
    """Where ``text`` writes ``name`` as a whole name and not as a possessor, as one scan
    for it would find them, left to right, none overlapping; found from the places of its
    rarest word (``_places``), so that many names in one text ("Ann Lee1", "Ann
    Lee2"...) are not each a scan of the whole text."""
    pattern = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-]|['\u2019]s\b)")
    words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(name)]
    if not words:  # (no word to look up: scan)
        return [m.start() for m in pattern.finditer(text)]
    # every whole-name match holds each of its words as a whole run of word characters
    offset, rarest = min(words, key=lambda w: len(_places(text, w[1])))
    found: list[int] = []
    reached = 0
    for at in _places(text, rarest):
        start = at - offset
        if start >= reached and (m := pattern.match(text, start)):
            found.append(start)
            reached = max(m.end(), start + 1)
    return found


_WORD_RUN = re.compile(r"[\w\-]+")


_RUN_CHARACTER = re.compile(r"[\w\-]")


def _places(text: str, word: str) -> list[int]:
    """Where ``text`` writes ``word`` (a run of word characters and hyphens) as a whole
    run, as ``_WORD_RUN.finditer`` would find it: an occurrence with no run character
    on either side. Found with ``str.find`` (a scan in C) for just the words of the names
    asked about, and kept per text: listing every run of a text cost more."""
    places = _word_places(text)
    found = places.get(word)
    if found is None:
        found = places[word] = list(whole_runs(text, word, _RUN_CHARACTER))
    return found


@functools.lru_cache(maxsize=4)
def _word_places(text: str) -> dict[str, list[int]]:
    """The places of the words of ``text`` asked about so far (filled by ``_places``)."""
    return {}


# A description of a person or a text named right after it: "The committee chair, Dr.
# Alicia Ferrante, who teaches", "The report from the board's investigator, Samuel Ito,
# states" (a text speaks for its author). A title or a known first name opens the name,
# so that no place ("the mayor of Albany, New York,") is taken for one.
_APPOSITION = re.compile(
    # (a noun the attribution cut from the description, "the agency administrator,")
    r"(?:\s+(?P<noun>[a-z]+))?"
    r"(?:\s+(?:from|of|for|by|at)\s+[^,.;:?!\"\u201c\u201d]{1,60}?)?,\s+"
    # (a text's author after its comma: "The superintendent's memo, from Dr. Carl Oyelaran,")
    r"(?:(?P<author>from|by)\s+)?"
    # ("a woman named Ines Baptiste,": a name given as one)
    r"(?P<named>an?\s+(?:[a-z]+\s+){0,2}?(?:named|called)\s+)?"
    r"(?P<name>(?P<first>[A-Z][\w.\-]*)\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?),"
)
# A person described in apposition, then called by a full name right after: "My drama
# teacher, a terrifying man called Gareth Owusu, used to say" (the name is who speaks).
# Not "called" as phoning ("a woman called Social Services, and said"): the description
# follows a comma, and no conjunction follows the name.
_CALLED = re.compile(
    r"\s+(?:named|called)\s+"
    rf"(?P<name>{_FULL_NAME}),"
    r"(?!\s*(?:and|but|then|so|or|who|which)\b)"
)
# What opens a description an appositive name may follow: "the manager", "their manager".
_DESCRIPTION_OPENERS = frozenset("the a an their his her our my your".split())


def _a_noun(word: str | None) -> bool:
    """Whether ``word``, between a description and its appositive name, may be the
    description's own noun (none is, too): no verb or function word ("the agency said,")."""
    return word is None or not (
        word in SPEECH_VERBS or word.endswith(("ed", "ly")) or word in _NOT_NOUNS
    )


_NOT_NOUNS = frozenset("and or but that who which whom whose when where as is was".split())
_TEXT_HEAD = re.compile(_TEXTS)  # a speaker headed by a text: "the superintendent's memo"


def _a_text(speaker: str) -> bool:
    """Whether ``speaker`` is headed by a text, which names its author "from" or "by"."""
    head = speaker.split()[-1].lower()
    return _TEXT_HEAD.fullmatch(head) is not None or head in _DOCUMENT_HEADS


def _named_in_apposition(text: str, lo: int, end: int, speaker: str) -> str:
    """The name set after ``speaker``, a description, in the text before ``end``; else
    ``speaker``."""
    if speaker in (UNKNOWN, NARRATOR) or speaker.split()[0].lower() not in _DESCRIPTION_OPENERS:
        return speaker
    at = text.rfind(speaker, lo, end)
    called = _CALLED.match(text, at + len(speaker)) if at >= 0 else None
    if called and speaker.split()[-1].lower() in _PERSON_HEADS and text[:at].rstrip().endswith(","):
        return called["name"]
    m = _APPOSITION.match(text, at + len(speaker)) if at >= 0 else None
    if m is None or not _a_noun(m["noun"]) or (m["author"] and not _a_text(speaker)):
        return speaker
    first = m["first"].rstrip(".").lower()
    name = m["name"]
    if first in TITLES:
        name = name.split(None, 1)[1]
    elif not first_name_known(first) and not m["named"]:
        return speaker
    return name


@functools.lru_cache(maxsize=256)
def _a_thing(speaker: str, text: str) -> bool:
    """Whether ``speaker`` is one word the document writes after "the" at the end of a
    phrase ("from the Bench,", "the Pentagon."): a thing or a place, no "he" or "she".
    (Kept per name and text: asked for every quotation, it reads the whole text.)"""
    if " " in speaker or not speaker[:1].isupper():
        return False
    return (
        re.search(rf"\b[Tt]he\s+{re.escape(speaker)}(?=\s*[.,;:?!)]|\s+(?:{_ENDS})\b)", text)
        is not None
    )


_NO_NAME_WORDS = frozenset("This That These Those It He She They We I".split())


# A determiner right before a one-word name, and a noun and its verb after it: the name
# modifies the noun ("all the Republican reports indicated").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose)\s+$")
_NOUN_AND_VERB_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)\s+[a-z]+")
# Words right after a name that are its verb, never a noun it modifies: the speech verbs
# but their -s forms, most of which are plural nouns too ("reports", "claims"), and the
# auxiliaries ("the Kremlin said in a statement", "the Secretary-General has said").
_VERB_AFTER_NAME = frozenset(
    {v for v in SPEECH_VERBS if "_" not in v and not v.endswith("s")}
    | {"says", "has", "had", "was", "is", "will", "would", "did", "does"}
)


def _after_determiner(text: str, lo: int, quote: Segment, speaker: str) -> bool:
    """Whether the attribution's ``speaker``, one capitalised word, stands last before
    the quotation in its sentence as a modifier: after a determiner, before a noun and
    its verb ("the Republican reports indicated were shouting, things like"); not a
    body or an office that speaks ("the Pentagon said,", "The Governor told reporters")
    nor a people ("The Communists say,")."""
    if (
        " " in speaker
        or not speaker[:1].isupper()
        or speaker.endswith("s")
        or speaker.lower() in _OFFICES
        or speaker.lower() in TITLES
    ):
        return False
    at = _last_word_at(text, speaker, lo, quote.start)
    if at < 0 or _SENTENCE_END_BEFORE.search(text, at + len(speaker), quote.start):
        return False
    after = _NOUN_AND_VERB_AFTER.match(text, at + len(speaker))
    return (
        _DETERMINER_BEFORE.search(text, max(lo, at - 8), at) is not None
        and after is not None
        and after["noun"] not in _VERB_AFTER_NAME
    )


def _last_word_at(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` stands last in ``text[lo:hi]`` as a whole word ("Mayor", not the
    start of "Mayoral"), or -1; found with ``str.rfind``, no pattern made per word."""
    at = text.rfind(word, lo, hi)
    while at >= 0 and (
        text[at - 1 : at].isalnum() or text[at + len(word) : at + len(word) + 1].isalnum()
    ):
        at = text.rfind(word, lo, at)
    return at


# A modal or a negation makes a "speaker" a sentence: no name holds them.
_SENTENCE_WORDS = frozenset(
    "should must would could can will may might shall never not cannot ought".split()
)
# Words that may follow a noun phrase's last word: "the Bench who", "the Pentagon and".
_ENDS = "and|or|but|of|to|in|on|at|for|from|that|who|which|is|was|has|had|will|would"


def _someone(speaker: str, people: Participants, text: str) -> bool:
    if speaker in people.speakers:
        return True
    words = speaker.split()
    if any(w in _NO_NAME_WORDS for w in words[1:]):
        return False  # "Medicare- This is the guy": a sentence run into a name
    if words[0].lower() == "the" and len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
        words = words[1:]  # "the Harwick Ledger": a name, read as one
    elif words[0][:1].islower() or words[0] in ("A", "An", "The"):  # a description
        return any(w.strip(",.'\u2019").lower() in _SPEAKING_HEADS for w in words)
    if _titled_or_first_named(words):
        return True
    # A name whose first word (a single word: itself) the document also writes in lower
    # case is made of common words: "Windows", "Quote", "Social Security", "Red Sox";
    # not "Sherrod Brown". A person's role ends it: "Democrat Governors".
    last = words[-1].lower()
    if last in _SPEAKING_HEADS or last in _DOCUMENT_HEADS:
        return True
    return words[0].rstrip(".").lower() not in people.lower_words(text)


# The last words of a street's name: "16 Birch Lane".
_STREET_WORDS = frozenset(
    "Lane Street Road Avenue Drive Court Place Way Boulevard Terrace Close Crescent".split()
)


def _an_address(speaker: str, text: str) -> bool:
    """Whether ``speaker`` is a street the document writes after a house number ("Ruth
    Castellano, 16 Birch Lane, ... and then he added,": Birch Lane says nothing); a
    surname alike ("Lois Lane") is no address without the number."""
    words = speaker.split()
    return (
        len(words) > 1
        and words[-1] in _STREET_WORDS
        and re.search(rf"\b\d+[A-Za-z]?\s+{re.escape(speaker)}\b", text) is not None
    )


# Heads of a text that is nobody's words unless an owner or author is named with it.
_UNOWNED_TEXT_HEADS = frozenset(
    "report memo memorandum orders rules regulations policy manual handbook guidelines "
    "minutes ordinance notice survey form letter".split()
)


def _unowned_text(speaker: str) -> bool:
    """Whether ``speaker`` is a text described by common words alone, with no one's name,
    possessive or body before its head ("The report", "the inspection report"): its words
    are the text's, no one's ("The committee's report", "the campaign memo" keep theirs)."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "this", "that"):
        return False
    if words[-1].lower() not in _UNOWNED_TEXT_HEADS:
        return False
    middle = words[1:-1]
    return not any(
        w[:1].isupper()
        or w.endswith(("'s", "\u2019s", "'", "\u2019"))
        or w.lower() in _SPEAKING_HEADS
        for w in middle
    )


def _titled_or_first_named(words: list[str]) -> bool:
    """Whether the name made of ``words`` is a person's by its first word: a title
    ("Mr. Lee", "Coach") or a known first name before a surname."""
    first = words[0].rstrip(".").lower()
    return first in TITLES or (len(words) > 1 and first_name_known(first))


# Capitalised words right before a name: the start of a title the attribution cut at a
# word no name opens with ("The No Child Left Behind Act" read as "Child Left Behind Act").
_TITLE_WORDS_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w'\u2019\-]*\s+)+$")
_NO_TITLE_START = frozenset("The A An And But So If When Then Now".split())


def _whole_title(text: str, lo: int, end: int, name: str) -> str:
    """``name`` as the sentence before ``end`` writes it whole, with the capitalised
    words that open its title (an article or a conjunction aside)."""
    at = text.rfind(name, lo, end)
    before = _TITLE_WORDS_BEFORE.search(text, lo, at) if at > lo else None
    if not before:
        return name
    words = before.group().split()
    while words and words[0] in _NO_TITLE_START:
        words.pop(0)
    return " ".join([*words, name])


def _a_named_person(name: str, people: Participants) -> bool:
    """Whether ``name`` is a person's by its form: a participant, or a title or a known
    first name before a surname ("Benjamin Franklin"; not "Casablanca")."""
    words = name.split()
    return name in people.speakers or (len(words) > 1 and _titled_or_first_named(words))


def _a_person(name: str, people: Participants, text: str) -> bool:
    """Whether ``name``, a subject read as a name, is known to be someone: a participant,
    a titled name or a title used as one ("Mr. Lee", "Coach"), or a name opening with a
    known first name, as ``_mentions`` takes them, or a name the document writes
    capitalised inside a sentence and never in lower case ("to meet with DeGaulle. ...
    And DeGaulle waved them off and said"); not a sentence opener ("Then", "After",
    "Afterwards")."""
    if name in people.speakers or _participant(name, people):
        return True
    words = name.split()
    first = words[0].rstrip(".").lower()
    if first in TITLES:
        return True
    if first in people.lower_words(text):
        return False
    if first_name_known(first) and (len(words) > 1 or first not in CALENDAR_WORDS):
        return True  # ("Tyler came home last week and told me,": a given name alone too)
    return mid_sentence(words[0], text)


@functools.lru_cache(maxsize=256)
def mid_sentence(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` inside a sentence ("I met with the Democrats").
    (Kept per word and text: asked for every quotation, it reads the whole text.)"""
    return re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", text) is not None


# Speech to come or that might come, right before the quotation: "he will say:", "she
# may tell you," (not the habit of "he would say,").
_WILL_SAY = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|[Ss]omeone|[Ss]omebody)"
    r"(?:\s+(?:will|can|may|might|could|should|must|shall)|['\u2019]ll)\s+(?:\w+ly\s+)?"
    r"(?:say|tell\s+\w+|ask)[,:]?\s*$"
)

# Words anyone of a kind might say or write, with a modal after an indefinite subject: "a
# good judge will write", "Any examiner would say,", "Every customer will ask," (no one
# has said them; not "My coach would say,", a habit of someone's own, nor a time before
# one named: "Every morning he would say,", "A week later the boss would say,").
_NOT_OF_A_KIND = r"(?!(?:he|she|they|we|i|you|it|my|his|her|their|our|your|its|the|this|that)\b)"
_ANYONE_WILL_SAY = re.compile(
    rf"\b(?:[Aa]n?|[Aa]ny|[Nn]o|[Ee]very)\s+(?:{_NOT_OF_A_KIND}[a-z][a-z\-]*\s+){{0,2}}"
    rf"{_NOT_OF_A_KIND}[a-z]+"
    r"(?:\s+(?:will|would|might|may|could|can|should|must)|['\u2019]ll)\s+"
    r"(?:(?:\w+ly|never|always|just|probably)\s+)?(?:say|write|ask|tell\s+\w+|put|mark)\b"
    r"[^.?!;\"\u201c\u201d]{0,20}?[,:]?\s*$"
)


# Words the speaker gives the one addressed to say, in the present after "then", "so" or
# a clause of condition or time: "Then you say,", "If the judge asks about cost, you
# say,", "When they push back, you go," (not "you say," alone, which quotes the one
# addressed: "Luis, you say, 'The bus plan works,' but"; nor "then you said,").
_YOU_ARE_TO_SAY = re.compile(
    r"(?:(?:^|[.?!]\s+|\b[Aa]nd\s+)(?:[Tt]hen|[Ss]o|[Tt]hat['\u2019]s\s+when)"
    r"|\b(?:[Ii]f|[Ww]hen|[Oo]nce|[Ww]henever)\s+"
    # (not a clause of the speaker's or of what the one addressed did: "If I understand
    # you correctly, you say,", "When you wrote to us, you say,": their words quoted)
    r"(?![^.?!;,\"\u201c\u201d]*\b(?:I|we|you\s+(?:\w+ed|wrote|said|told|gave|sent|spoke|made"
    r"|took|came|went|did|were))\b)"
    r"[^.?!;\"\u201c\u201d]{1,60},)"
    r"\s+you\s+(?:(?:just|simply|calmly|politely)\s+)?"
    r"(?:say|tell\s+(?:them|him|her|me|us)|reply|answer|go)[,:]?\s*$"
)


# A question of who spoke, its "who" the cue's subject at a clause's start: "But wait,
# Seb, who said", "Sorry, who wrote", "Tom, which of you told the customer," (not a
# relative clause: "It was Greta who said,"). The question mark after the quotation is
# the second signal (``_asks_who``).
_WHO_SAID_ASKED = re.compile(
    r"(?:^|[.?!]\s+|(?P<comma>,)\s+|\b(?:and|but|so|then)\s+)"
    r"(?:[Ww]ho|[Ww]hich\s+(?:one\s+)?of\s+(?:you|them|us|those))\s+"
    r"(?:(?:\w+ly|else|first|ever)\s+)?"
    r"(?:said|says|wrote|writes|told|tells|asked|asks|shouted|texted|posted|put|typed)\b"
    r"[^.?!;\"\u201c\u201d]{0,40}?[,:]?\s*$"
)
_QUESTION_AFTER = re.compile(r"[^.!\"\u201c\u201d\n]{0,40}?\?")


# Words that only open a question before "who said": "But wait,", "Sorry,", "Right,".
_QUESTION_OPENERS = frozenset(
    "but and so wait sorry okay ok right well now hang on hold hey oh look listen then "
    "just quick question".split()
)


def _asks_who(text: str, lo: int, quote: Segment) -> bool:
    """Whether the quotation is the words of one the speaker asks about ('who said "That
    one's not for me"?'): nobody the turn names said them. After a comma, only when what
    opens the sentence up to it is words that open a question or one spoken to ("But
    wait, Seb,", "Sorry,", "Ms. Kent,"), not a clause of its own ("Do you remember Tom
    Blake, who said", "Ask Tom Blake, who told me": a relative clause, Tom Blake's)."""
    m = _WHO_SAID_ASKED.search(text[lo : quote.start])  # (sliced: "^" its start)
    if m is None or _QUESTION_AFTER.match(text, quote.end) is None:
        return False
    return m["comma"] is None or _opens_a_question(text[lo : lo + m.start("comma")])


_SENTENCE_BREAK = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.?!]\s+")


def _opens_a_question(before: str) -> bool:
    """Whether the sentence ending ``before`` is, comma by comma, words that open a
    question or a name one is spoken to by (a title or a known first name first when it
    opens the sentence: not "Ask Tom Blake")."""
    opening = _SENTENCE_BREAK.split(before)[-1].strip()
    for i, part in enumerate(p.split() for p in opening.split(",")):
        if not part:
            return False
        if all(w.lower() in _QUESTION_OPENERS for w in part):
            continue
        if not all(w[:1].isupper() for w in part):
            return False
        first = part[0].rstrip(".").lower()
        if i == 0 and first not in TITLES and not first_name_known(first):
            return False
    return True


# The speaker's own speech cue right before the quotation, in its sentence: "I called him
# at 0743 and said," (no other subject between: not "I asked him and he said,").
_I_SAID = re.compile(
    r"\bI\s+(?:(?!(?:he|she|they|we|you|it|who)\b)"
    # (nor a clause of its own or a name right before the verb: "I read that Senator
    # Paula Hicks said,", "I was there when Tom Baker told them,")
    r"(?!(?:that|when|while|as|if|where|because)\b)"
    r"(?![A-Z][\w\-'\u2019]*\s+(?:said|told|asked|wrote|radioed)\b)[\w\-'\u2019]+\s+){0,8}?"
    r"(?:said|told\s+(?:him|her|them)|asked|wrote|radioed)"
    r"[,:]?\s*$"
)
# A closing mark, then a new sentence: '"..., request tug push." He acknowledged.'
_NEW_SENTENCE_AFTER = re.compile(r"[\"\u201d']?\s+[A-Z]")


def _own_before_cue_after(text: str, lo: int, quote: Segment) -> bool:
    """Whether ``quote``, its own words ending a sentence, follows the speaker's own
    "I ... said," and its cue ("He acknowledged.") stands in the sentence after it: the
    words are the speaker's, the one after only answered them."""
    if not quote.cue or not _NEW_SENTENCE_AFTER.match(text, quote.end):
        return False  # (most quotations: no copy of their words)
    words = text[quote.start : quote.end].rstrip("\"'\u201d\u2019 ")
    if not words.endswith((".", "!", "?")) or text.find(quote.cue, quote.end, quote.end + 40) < 0:
        return False
    sentence = max(text.rfind(". ", lo, quote.start), text.rfind("? ", lo, quote.start), lo)
    return _I_SAID.search(text, sentence, quote.start) is not None


# The speaker's own text saying the words, right before the quotation: "My message said,",
# "our letter reads:" (a text of theirs read out is their own words).
_MY_TEXT_SAYS = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+|first\s+|last\s+|reply\s+)?"
    r"(?:letter|message|note|email|e-mail|text|reply|post|card)\s+(?:just\s+|simply\s+)?"
    r"(?:said|says|read|reads)[,:]?\s*$"
)


# A text someone has, not one they wrote, saying the words: "a friend whose scholarship
# letter literally says,". The letter's sender is not said.
_WHOSE_TEXT_SAYS = re.compile(
    r"\bwhose\s+(?:[a-z]+\s+)?(?:letter|memo|note|email|e-mail|report|statement|message"
    r"|contract|lease|policy|form|notice)\s+(?:\w+ly\s+)?(?:says|said|reads|read|states)[,:]?\s*$"
)


# A word put in quotes, said so right after it: 'you just said "flower" in quotes'.
_IN_QUOTES_AFTER = re.compile(
    r"[\"\u201d]?\s+in\s+(?:quotes|quotation\s+marks|inverted\s+commas)\b"
)
# Words punctuated as a clause of their own ('Ann said, "We are fine," in quotes'): said,
# not a word mentioned.
_PUNCTUATED = re.compile(r"[,.!?;:](?=[\s\"'\u201d\u2019]|$)")


# A term named as one, right before the quotation: "the weir forms what's called a", "what
# is known as the". No one says it.
_WHAT_IS_CALLED = re.compile(
    r"\b[Ww]hat(?:['\u2019]s|\s+is|\s+was|\s+are|\s+were)\s+(?:called|known\s+as)\s+"
    r"(?:an?\s+|the\s+)?$"
)


# A speech cue in the passive, right before the quotation: whoever spoke is not said.
_TOLD_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|am|got|get)\s+(?:\w+ly\s+)?"
    r"(?:told|asked|warned|informed|advised|assured)"
    # ("when the President was asked the other day,": when, not who)
    r"(?:\s+(?:the\s+other\s+day|yesterday|today|recently|once|(?:last|this)\s+\w+))?"
    r"(?:\s+that)?[,:]?\s*$"
)

# A verb of receiving between a speech cue and the quotation: the cue's subject got the
# words from someone else ("when Senator Green wrote to the President, he received back
# on the second of October -", "she said she heard:").
_RECEIVED = re.compile(
    r"\b(?:received|receives|got|gets|heard|hears)\b[^.?!\"\u201c\u201d]{0,120}$"
)


def _received_after_cue(text: str, lo: int, quote: Segment) -> bool:
    if not quote.cue[:1].isalpha():
        return False
    before = text[lo : quote.start]
    at = before.rfind(quote.cue)
    return at >= 0 and _RECEIVED.search(before, at + len(quote.cue)) is not None


# Words that quote what follows them: a speech verb, "and I quote (him)", "the words",
# "the label", "sang".
_QUOTING = frozenset(
    (
        *(v for v in SPEECH_VERBS if "_" not in v),
        *"quote quoting quoted word words label phrase term slogan sang sings".split(),
    )
)
_WORD = re.compile(r"[A-Za-z]+")
# "used to put it to every new hire this way:": a cue whose last words say no speaking
_PUT_IT_THIS_WAY = re.compile(r"\bput\s+it\b[^.?!;]{0,40}?\b(?:this|that)\s+way[,:]?\s*$")
_THAT_SAID = re.compile(
    r"\b(?:that|which)\s+(?:\w+ly\s+)?(?:said|says|say|read|reads|stated|states)[,:]?\s*$"
)
# A phrase of place or time set off by commas at the end, or nothing (an empty match).
_PLACE_AFTER_VERB = re.compile(
    r"(?:,\s+(?:in|at|on|before|over|during|across)\s+[^,.;:?!\"\u201c\u201d]{1,50},\s*)?$"
)
# A relative clause of speech running up to the quotation: "someone who has called
# Israel a".
_RELATIVE_SAID = re.compile(
    r"\b(?:who|that)\s+(?:has\s+|had\s+|once\s+|\w+ly\s+)*"
    r"(?:called|calls|said|says|described|describes|labeled|labelled)\b[^.?!;:]{0,60}$"
)
_IS_THE_ONE = re.compile(
    r"\b(?:is|was|are|were|['\u2019]s)\s+(?:the\s+)?(?:one|ones|person|man|woman|guy|people)\s+$"
)


# A writing sent or written, as the noun a relative clause of speech follows, with whom
# it went to ("sent a memo to all staff that said").
_SENT_WRITING = re.compile(
    r"\b(?:sent|wrote|emailed|texted|posted|left)\b[^.?!;]{0,60}?"
    rf"\b{_TEXTS}(?:\s+to\s+[\w\-]+(?:\s+[\w\-]+){{0,3}}?)?\s*$"
)


def _sent_by(words: str, last: str) -> bool:
    """Whether ``last`` (a speaker's last word) is the subject of the verb that sent the
    writing ``words`` end with ("Dwayne Boyce, sent my client a text message")."""
    verb = _SENT_WRITING.search(words)
    return (
        verb is not None
        and re.search(rf"\b{re.escape(last)},?\s+(?:\w+ly\s+)?$", words[: verb.start()]) is not None
    )


def _quoted_by(text: str, lo: int, quote: Segment) -> bool:
    """Whether the speaker the attribution inferred without a speech cue (from a subject
    or a clause) quotes ``quote``: a quoting word among the last three before it, and the
    speaker named in its sentence; or the speaker named with a speech verb after it
    ("Terrell Ambrose, said on a podcast earlier this week,"). "Windows smashed out,
    painted on one of them" and "when I met with President Karzai, I was very clear
    that" quote no one; in "Groucho Marx said... They went to him and said," the one
    quoted is no Groucho Marx. A phrase of place set off after the verb is no word of
    the cue's ("stood up and said, in front of the whole village,")."""
    last = quote.speaker.split()[-1]
    before = _unquoted(text[lo : quote.start])
    before = before[: _PLACE_AFTER_VERB.search(before).start()] or before
    relative = _THAT_SAID.search(before)
    if relative and not _IS_THE_ONE.search(before, 0, relative.start()):
        # "a letter from a girl in Ohio that said,": what the relative clause's noun
        # says, no subject's before it; "the Daily News that said," is the Daily News
        # ("The president is the one that said," the subject's, as a cleft)
        head = _WORD.findall(before[: relative.start()])[-2:]
        # ... unless the noun is a writing the one named sent: "Dwayne Boyce sent my client
        # a text message that reads," is his
        return last in head or _sent_by(before[: relative.start()], last)
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
    sentence = before[starts[-1] :] if starts else before  # a quotation blanked to a space
    relative = _RELATIVE_SAID.search(sentence)
    if (
        relative
        and last not in sentence[relative.start() :]
        and not _IS_THE_ONE.search(sentence, 0, relative.start())  # "is the one that said"
    ):
        # "... Senator Obama doesn't understand that you sit down with someone who has
        # called Israel a": the one the relative clause describes said it
        return False
    if (
        not {w.lower() for w in _WORD.findall(before)[-3:]} & _QUOTING
        and not _PUT_IT_THIS_WAY.search(sentence)
        and not quoting_before(sentence, last)
        and not ends_in_aside(sentence)  # "..., and I'm reading from the dispatch log,"
    ):
        return _named_then_spoke(last, sentence)
    named = {w.lower() for w in _WORD.findall(sentence)}
    if any(w.lower() in named for w in _WORD.findall(quote.speaker)[-1:]):
        return True
    # "They went to him ... and said,": a body in the plural ("Joint Chiefs"), no person
    return (
        THEY_OPENS.match(sentence) is not None
        and last.endswith("s")
        and not last.endswith(("'s", "\u2019s"))
        and not first_name_known(quote.speaker.split()[0].lower())
    )


def _named_then_spoke(last: str, sentence: str) -> bool:
    """Whether ``sentence`` has the word ``last`` followed by a speech verb ("Ambrose,
    said"): found with ``str.find``, as a pattern made of each name would be compiled
    anew for every speaker."""
    word = _is_word_char(last[0])
    at = sentence.find(last)
    while at != -1:
        # \b before it: a word starts here (or a non-word follows a word)
        boundary = (at > 0 and _is_word_char(sentence[at - 1])) != word
        if boundary and _COMMA_SPOKE.match(sentence, at + len(last)):
            return True
        at = sentence.find(last, at + 1)
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches
