"""Who is quoted inside a transcript turn: "you", "the president", and no one else.

A debater or interviewer quotes the person in front of them in the second person
("Senator Kerry, ... you said, quote, 'How do you ask a man...'"), and speaks of the
other participants by their office ("The president is the one that said, '...'"). In
narrated prose neither can be resolved; in a transcript the participants are known:
they are the turn speakers.

* "you" + a speech verb before a quotation (in its sentence) is the one the turn
  addresses: the nearest vocative before it in the turn ("Senator Kerry,", "Mr.
  Mondale,", "Jim,", "Mr. President,") naming a turn speaker by surname, first name,
  or by an office the document gives that speaker alone ("President Bush" makes
  "Mr. President" Bush). With no vocative, "you" of one of the two who speak most (when
  a third speaks less than half as much as the second) is the other; in a question (the
  asker speaks less than the one who answers, or ends the turn asking) it is the one who
  answers next; else it stays unresolved. "My opponent said" is that other one too; a
  present "you say" after another "you" of its sentence ("you go ... and you say") is
  anyone's.
* A speaker found as "the president", "the senator", "the governor", "the vice
  president" is the one turn speaker the document names with that title.
* A name whose words, titles aside, are all in one participant's is that participant
  ("Senator Kerry" is John F Kerry).
* "Your campaign ran ads saying" is the addressee's ("your husband called" is no one's:
  the one described may speak in the transcript under their own name); "a line by
  Carl Sagan," is Sagan's; "I'm going to read from her letter:" is hers.
* A speaker must look like someone: a participant, a titled name or one opening with a
  known first name, a name whose first word the document never writes in lower case
  ("Windows smashed out", "Quote:", "Social Security" are no one), or a description
  headed by a person or a body ("a woman", "the sheriff", "the Vietnam government"; not "one
  time", "the last debate"), and not a place the speakers are in ("Everybody in Ohio
  said,") nor a subject whose relative clause's noun speaks ("Brown got a letter that
  said,"). A quotation of no one stays in the turn.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..models import NARRATOR, UNKNOWN, Segment
from .attribution import SPEECH_VERBS, THEY_OPENS
from .names import (
    CALENDAR_WORDS,
    TITLES,
    LowerCaseWords,
    first_name_known,
    gender,
    lower_case_words,
)

_OFFICES = (
    "vice president",
    "president",
    "senator",
    "governor",
    "congressman",
    "congresswoman",
    "secretary",
    "mayor",
    "ambassador",
    "general",
)
_OFFICE = "|".join(o.replace(" ", r"\s+") for o in _OFFICES)
_TITLE_OFFICE = "|".join(o.title().replace(" ", r"\s+") for o in _OFFICES)
_NAME = r"[A-Z][\w'\u2019\-]+"
# The office before a participant's surname ("President Bush", "Vice President Biden"),
# read backwards from each place the surname stands: a literal search is fast.
_OFFICE_BEFORE = re.compile(rf"(?:\b(?P<vice>vice)\s+)?\b(?P<office>{_OFFICE})\s+$", re.I)
_SPOKEN_OFFICE = re.compile(rf"^(?:the|this|our)\s+(?P<office>{_OFFICE})$", re.I)
# A vocative: a form of address set off by punctuation at a clause boundary.
_VOCATIVE = re.compile(
    r"(?:^|(?<=[.?!,;:])\s+|\s[-\u2013\u2014]+\s+)"
    rf"(?P<voc>(?:(?:Mr|Mrs|Ms|Dr)\.|Madam|Madame|Miss)\s+(?:Vice\s+)?{_NAME}"
    rf"|(?:Vice\s+)?(?:{_TITLE_OFFICE})\s+{_NAME}"
    r"|[A-Z][a-z]+)"
    r"(?=\s*[,.?!])"
)
_YOU_CUE = re.compile(
    # not the generic "you" of "if you say", "when you say to yourself"
    r"(?<!\bif )(?<!\bIf )(?<!\bwhen )(?<!\bWhen )\b[Yy]ou,?"
    r"(?:['\u2019]ve|\s+have|\s+had|\s+also|\s+just|\s+once|\s+even|\s+ever|\s+yourself,?"
    r"|\s+been|\s+keep|\s+kept)*"
    r"\s+(?:said|say|saying|stated|wrote|called|told\s+\w+|described|declared|promised|claimed"
    r"|testified|asked(?:\s+(?:me|us|him|her|them))?"
    r"|put\s+it|talked\s+about|used\s+the\s+(?:words?|phrase|term)|spoke\s+of|mentioned"
    r"|referred\s+to|mean|meant)\b(?!\s+to\s+yourself)"
    r"[^.?!\"\u201c\u201d]*(?:\b(?:quote|quoting)[.:]\s*)?$"  # "and I quote."
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
    r"|(?<!\bif )(?<!\bIf )(?<!\bwhen )(?<!\bWhen )\b[Yy]ou\s+(?!know\b)"
    r"(?:(?!I\b|we\b|he\b|she\b|they\b)[\w']+\s+){1,4}?and\s+(?:then\s+)?said)"
    r"[,:]?\s*$"
)
# "Your exact words were,", "in your own words,".
_YOUR_WORDS = re.compile(
    r"\b[Yy]our\s+(?:own\s+|exact\s+|very\s+)?words(?:\s+(?:were|are|was))?[,:]?\s*$"
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
_REACH = 300  # characters before a quotation its "you" cue may start
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
        "nurses farmer farmers pope grandmother grandfather pastor priest rabbi"
    ).split()
)
# Heads of a document's name: the document speaks for its authors ("The Clean Air Act
# says,").
_DOCUMENT_HEADS = frozenset(
    "act amendment bible charter constitution declaration gospel resolution treaty".split()
)


@dataclass(frozen=True, slots=True)
class Participants:
    """A transcript's turn speakers and how the document names them."""

    speakers: tuple[str, ...]
    by_office: dict[str, str]  # "president" -> the one speaker whose office it is
    # Each speaker's office: the one the document puts before their surname most often
    # ("Secretary Clinton", though Bill is "President Clinton" there).
    office_of: dict[str, str]
    # The two who speak most, when a third speaks much less (two debaters with their
    # moderators, an interviewer and a guest): each one's "you" is the other.
    pair: tuple[str, ...] = ()
    # Whether the pair are peers who speak of each other to the others in the third
    # person (two debaters before their moderators), not a guest and the interviewer
    # the guest addresses: a third speaks, and the pair speak within a factor of two.
    peers: bool = False
    # How many characters each speaker speaks in all.
    sizes: dict[str, int] = field(default_factory=dict)
    # The words the document writes in lower case, made once when first needed.
    lower: list[LowerCaseWords] = field(default_factory=list)

    def lower_words(self, text: str) -> LowerCaseWords:
        if not self.lower:
            self.lower.append(lower_case_words(text))
        return self.lower[0]


def participants(text: str, turns: Sequence[Segment]) -> Participants:
    speakers = tuple(dict.fromkeys(t.speaker for t in turns if t.kind == "turn"))
    named: dict[str, Counter[str]] = {}
    low = text.lower()  # labels may be in capitals ("SEN. OKAFOR:") and the text not
    for speaker in speakers:
        words = speaker.lower().split()
        surname = words[-1] if len(words) > 1 or len(words[-1]) > 2 else ""  # "BUSH", not "Q"
        at = low.find(surname) if surname else -1
        while at >= 0:
            end = at + len(surname)
            whole = end == len(text) or not text[end].isalnum()  # not "Bushnell"
            office = _OFFICE_BEFORE.search(text, max(0, at - 24), at) if whole else None
            at = low.find(surname, at + 1)
            if office is None:
                continue
            name = " ".join(office.group("office").lower().split())
            if office.group("vice") and name == "president":
                name = "vice president"
            named.setdefault(speaker, Counter())[name] += 1
    office_of = {speaker: offices.most_common(1)[0][0] for speaker, offices in named.items()}
    holders = Counter(office_of.values())
    by_office = {office: s for s, office in office_of.items() if holders[office] == 1}
    size: dict[str, int] = {}
    for t in turns:
        if t.kind == "turn":
            size[t.speaker] = size.get(t.speaker, 0) + t.end - t.start - t.head
    ranked = sorted(size, key=size.__getitem__, reverse=True)
    pair = tuple(ranked[:2]) if len(ranked) >= 2 else ()
    if len(ranked) > 2 and size[ranked[2]] * 2 > size[ranked[1]] and not _close_match(size, ranked):
        pair = ()
    peers = bool(pair) and len(ranked) > 2 and size[ranked[1]] * 2 >= size[ranked[0]]
    return Participants(speakers, by_office, office_of, pair, peers, size)


def _close_match(size: dict[str, int], ranked: Sequence[str]) -> bool:
    """Whether the two who speak most are a close match that a busy moderator does not
    join: within a quarter of each other, and the third at most three quarters of the
    second (2020: 40,092 and 36,720 characters, the moderator 25,687), not three who
    speak alike (1992: 26,736, 26,729 and 25,884)."""
    first, second, third = (size[s] for s in ranked[:3])
    return second * 5 >= first * 4 and third * 4 <= second * 3


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
        holder = people.by_office.get(" ".join(m.group("office").lower().split()), "")
        return holder not in ("", who)
    other = _participant(m.group("name"), people)
    return other not in ("", who)


def resolve(
    text: str,
    body: int,
    quote: Segment,
    turn: Segment,
    people: Participants,
    earlier: str = "",
    answerer: str = "",
) -> Segment:
    """``quote`` with its speaker resolved to a participant where the turn tells who;
    ``earlier`` is the words of the turns just before it, ``answerer`` who speaks next."""
    lo = max(body, quote.start - _REACH)
    if _TOLD_PASSIVE.search(text, lo, quote.start):
        return _with(quote, UNKNOWN)  # "she was told," names no one who told her
    if _WILL_SAY.search(text, lo, quote.start):
        return _with(quote, UNKNOWN)  # "he will say:": words no one has said yet
    speaker = quote.speaker
    if (
        not quote.cue
        and speaker not in (UNKNOWN, NARRATOR)
        and (not _quoted_by(text, lo, quote) or _YOU_CUE.search(text, lo, quote.start))
    ):
        # No speech cue: a name nearby is no quoting of it, and "you talked about quote"
        # quotes the one addressed, not "the Biden - Bernie Sanders task force".
        quote = _with(quote, UNKNOWN)
        speaker = UNKNOWN
    if speaker not in (UNKNOWN, NARRATOR) and _received_after_cue(text, lo, quote):
        quote = _with(quote, UNKNOWN)
        speaker = UNKNOWN
    if speaker not in (UNKNOWN, NARRATOR) and _after_place_preposition(text, lo, quote, speaker):
        quote = _with(quote, UNKNOWN)  # "Everybody in Ohio said,": no Ohio speaks
        speaker = UNKNOWN
    m = _SPOKEN_OFFICE.match(speaker)
    if m:
        who = people.by_office.get(" ".join(m.group("office").lower().split()))
        return _with(quote, who) if who and who != turn.speaker else quote
    speaker = _as_participant(speaker, people)
    speaker = _named_in_apposition(text, lo, quote.start, speaker)
    if speaker.split()[-1].lower() in _DOCUMENT_HEADS:
        speaker = _whole_title(text, lo, quote.start, speaker)
    if speaker not in (UNKNOWN, NARRATOR) and not _someone(speaker, people, text):
        speaker = UNKNOWN
    if _SENTENCE_WORDS & set(speaker.split()):  # in lower case: not "George Will"
        speaker = UNKNOWN  # "A President should never say 'never.'": a rule, no speaker
    pronoun = _PRONOUN_CUE.search(text, lo, quote.start)
    if pronoun and speaker not in people.speakers and _a_thing(speaker, text):
        speaker = UNKNOWN  # "legislate from the Bench ... he said": no Bench speaks
    if speaker == NARRATOR and not quote.cue and _YOU_CUE.search(text, lo, quote.start):
        speaker = UNKNOWN  # "I'm not sure what you mean, '...'": "I" opens, "you" quotes
    if speaker == NARRATOR and _UNDERSTOOD_YOU.search(text, lo, quote.start):
        speaker = UNKNOWN  # "I understood you to say ... and say,": "I" opens, "you" says
    if speaker == UNKNOWN:
        if turn.speaker in people.pair and _OPPONENT_CUE.search(text, lo, quote.start):
            speaker = _other(people.pair, turn.speaker)
        elif _YOUR_OPPONENT_CUE.search(text, lo, quote.start):
            # a moderator's "your opponent says": the other of the one addressed
            addressed = _you(text, body, quote.start, turn, people, answerer)
            speaker = _other(people.pair, addressed) if addressed in people.pair else UNKNOWN
        elif (
            (
                you := _YOU_CUE.search(text, lo, quote.start)
                or _HEARD_YOU.search(text, lo, quote.start)
                or _UNDERSTOOD_YOU.search(text, lo, quote.start)
                or _YOUR_WORDS.search(text, lo, quote.start)
                or _YOU_DID_SAY.search(text, lo, quote.start)
            )
            and not _hypothetical(text, you)
            and not _SPOKEN_OF.search(you.group())
        ):
            speaker = _you(text, body, quote.start, turn, people, answerer) or UNKNOWN
    if speaker == UNKNOWN and (line := _LINE_BY.search(text, lo, quote.start)):
        speaker = _as_participant(" ".join(line.group("name").split()), people)
        speaker = speaker if _someone(speaker, people, text) else UNKNOWN
        speaker = speaker if speaker != turn.speaker else UNKNOWN
    if speaker == UNKNOWN and (named := _NAMED_QUOTING.search(text, lo, quote.start)):
        # "To quote Churchill,", "Churchill's line was,", "Reagan was right when he said,"
        name = next(who for who in named.groups() if who)
        speaker = _as_participant(" ".join(name.split()), people)
        speaker = speaker if _someone(speaker, people, text) else UNKNOWN
        speaker = speaker if speaker != turn.speaker else UNKNOWN
    if speaker == UNKNOWN and (cleft := _CLEFT.search(text, lo, quote.start)):
        # "It was Seneca or it was Cicero, I don't know which, that said,": the first named
        speaker = _as_participant(" ".join(cleft.group("name").split()), people)
        speaker = speaker if _a_person(speaker, people, text) else UNKNOWN
        speaker = speaker if speaker != turn.speaker else UNKNOWN
    if speaker in (UNKNOWN, NARRATOR) and (
        read := _READ_THEIRS.search(text, lo, quote.start)
        or _ASKED_TO_READ.search(text, lo, quote.start)
    ):
        # "I'm going to read from her letter:", "She asked me to read a statement": theirs
        speaker = (
            _he_or_she(text, body, read, turn.speaker, people, earlier, answerer=answerer)
            or speaker
        )
    if speaker == UNKNOWN and (says := _SAYS_THAT_QUOTE.search(text, lo, quote.start)):
        # "the National League of Conservation Voters says that ... you are - and I'm
        # quoting -": the words the indirect speech goes on to quote
        who = _as_participant(" ".join(says.group("who").split()), people)
        if who != turn.speaker and _someone(who, people, text):
            speaker = who
    if (
        speaker == UNKNOWN
        and (says := _QUOTE_OF_SUBJECT.search(text, lo, quote.start))
        and not _SPEAKER_OR_ADDRESSEE.search(text, says.end("who"), says.end())
    ):
        # "But the Washington Post ran an editorial saying ... and they said he was the
        # greatest quote": the body that opens the sentence (no "I said" or "you said"
        # after it, whose subject the quotation would be)
        who = _as_participant(" ".join(says.group("who").split()), people)
        if who != turn.speaker and _someone(who, people, text) and not _a_thing(who, text):
            speaker = who
    if speaker == UNKNOWN and (says := _HER_WORDS.search(text, lo, quote.start)):
        # "Her exact words were,", "In his own words,": the one "her" is
        speaker = _he_or_she(text, body, says, turn.speaker, people, earlier, answerer=answerer)
        speaker = speaker or UNKNOWN
    if speaker == UNKNOWN and (says := _he_called(text, lo, quote)):
        # "She called the plan", "he said that the plan was": words of hers set in what
        # she said
        speaker = _he_or_she(text, body, says, turn.speaker, people, earlier, answerer=answerer)
        speaker = speaker or UNKNOWN
    if speaker == UNKNOWN and (says := _HE_SAYS_THAT_IS.search(text, lo, quote.start)):
        # "he's saying that his big, bold idea is, '...'": the one "he" is
        speaker = (
            _he_or_she(text, body, says, turn.speaker, people, earlier, answerer=answerer)
            or UNKNOWN
        )
    if (speaker == UNKNOWN or _A_TEXT.fullmatch(speaker)) and _TEXT_SAYS.search(
        text, lo, quote.start
    ):
        # "She wrote a memo ..., and it said,", "an email from Scott" / "It says": its
        # author, whom a participant's text stands for (prose reads "it" as "the memo")
        speaker = _author(text, body, quote.start, turn.speaker, people, earlier) or UNKNOWN
    if speaker != NARRATOR and (cue := pronoun):
        referent = _pronoun_referent(text, lo, cue, speaker, turn.speaker, people)
        if referent not in ("", turn.speaker):
            speaker = referent
        elif asker := _from_place(text, body, cue):
            speaker = asker
        else:
            # The one the turn itself last mentions, agreeing in gender, over the prose
            # antecedent, which reads a turn as narration ("I spoke with Chief Reyes
            # ... She said," is no town's; "a Mr. Ramon Ibarra of Marietta. He writes,"
            # no judge's named before him).
            in_turn = _he_or_she(text, body, cue, turn.speaker, people, earlier, speaker, answerer)
            speaker = in_turn or speaker
    if speaker in (UNKNOWN, NARRATOR) and (rel := _WHO_SAID.search(text, lo, quote.start)):
        # "the words of my mom, who said:", "this is the president who said", "the
        # headline in the Daily News that said,": the one the relative clause describes
        speaker = _described(rel, turn.speaker, people) or speaker
    if speaker == UNKNOWN and (mine := _MY_SAID.search(text, lo, quote.start)):
        # "My father always said," "my grandmother used to tell me": the speaker's
        speaker = f"{turn.speaker}'s {' '.join(mine.group('who').split())}"
    if speaker == UNKNOWN and (yours := _YOUR_SAID.search(text, lo, quote.start)):
        # "your campaign has run ads saying that": the addressee's
        owner = _you(text, body, yours.start(), turn, people, answerer)
        speaker = f"{owner}'s {' '.join(yours.group('who').split())}" if owner else speaker
    if (speaker == UNKNOWN or _POSSESSIVE_PRONOUN.match(speaker)) and (
        theirs := _HIS_SAID.search(text, lo, quote.start)
    ):
        # "her campaign says" (which the attribution may leave as "Her campaign"): the
        # body of the one "her" is
        owner = _he_or_she(text, body, theirs, turn.speaker, people, earlier, answerer=answerer)
        speaker = f"{owner}'s {' '.join(theirs.group('who').split())}" if owner else speaker
    if speaker in (UNKNOWN, NARRATOR) and (said := _and_said(text, lo, quote.start)):
        # the nearest clause's subject over "I" of a clause before it ("I was in Erie
        # and a teacher came up to me and said")
        speaker = UNKNOWN
        if said.group("pronoun"):
            speaker = (
                _he_or_she(text, body, said, turn.speaker, people, earlier, answerer=answerer)
                or UNKNOWN
            )
        elif said.group("described"):
            speaker = " ".join(said.group("described").split())
            if speaker.split()[0].lower() == "my":
                speaker = f"{turn.speaker}'s {speaker.split(None, 1)[1]}"
        else:
            name = _as_participant(" ".join(said.group("name").split()), people)
            if _a_person(name, people, text) and not _a_thing(name, text):
                speaker = name
        speaker = UNKNOWN if speaker == turn.speaker else speaker
    if speaker in (UNKNOWN, NARRATOR) and (source := _SOURCE_CUE.search(text, lo, quote.start)):
        speaker = _source(source.group("src")) or speaker
    if speaker == UNKNOWN:
        speaker = _participle_subject(text, body, lo, quote, turn, people, earlier, answerer)
        speaker = speaker or UNKNOWN
    return quote if speaker == quote.speaker else _with(quote, speaker)


# A preposition of place or extent before a name: "everybody in Ohio", "families across
# Michigan", "from Maine to Hawaii" (not "by", "from" or "of", which name an author: "a
# line by Carl Sagan", "a question from Peggy", "the words of Lincoln").
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|across|throughout|around|near|at|to|into|inside|outside|within|over|for|with"
    r"|against|about|among|behind|beside|under)\s+"
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


# "You say that ... you were described as": the words are someone else's about "you".
_SPOKEN_OF = re.compile(
    r"\b(?:was|were|been|being|is|are|am)\s+(?:\w+ly\s+)?"
    r"(?:described|called|labell?ed|branded|dubbed)\b"
)
# Words quoted from a named author: "a famous line by Carl Sagan,", "the old saying of
# Confucius:" (only "by" right before the quotation: "a line from" may name a film).
_QUOTABLE = r"(?:line|lines|quote|quotation|saying|words|motto|maxim|adage|dictum|phrase)"
_NAME_RUN = r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2}"
_LINE_BY = re.compile(rf"\b{_QUOTABLE}\s+by\s+(?P<name>{_NAME_RUN})[,:]?\s*$")
_LINE_OF = re.compile(rf"\b{_QUOTABLE}\s+(?:by|from|of)\s+(?P<name>{_NAME_RUN})")
# One a question or a letter comes from, named with their town: "It's from Peggy in
# Amherst, New Hampshire." (a moderator reading a viewer's question).
# Only where something is read out as from them ("a question from", "It's from"): "I
# flew home from Denver in March. She says," names no Denver.
_FROM_PLACE = re.compile(
    r"(?:\b(?:question|letter|e-?mail|note|message|call|is|comes|came)|['\u2019]s)\s+"
    r"from\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:in|of)\s+[A-Z]"
    r"[^\"\u201c\u201d]*$"
)
_FROM_REACH = 250  # characters between the one named with a town and "She says"
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Tt]hey)\b")


def _from_place(text: str, body: int, cue: re.Match[str]) -> str:
    """The one a "from Peggy in Amherst" names just before a "She says" cue, when no other
    "he" or "she" stands between them and the name agrees with the pronoun; else ""."""
    m = _FROM_PLACE.search(text, max(body, cue.start() - _FROM_REACH), cue.start("pronoun"))
    if m is None or _THIRD_PERSON.search(text, m.end("name"), cue.start("pronoun")):
        return ""
    said = "f" if cue.group("pronoun").lower() == "she" else "m"
    return m.group("name") if gender("", m.group("name")) in ("", said) else ""


_NOT_A_NAME = (
    r"(?<![Tt]he )(?!(?:The|A|An|My|Our|His|Her|Your|Their|This|That|It|He|She|I|We|You|They)\b)"
)
# Who is quoted, named by the words that introduce the quotation: "To quote Churchill,",
# "quoting Senator Pryor:", "Churchill's line was,", "Reagan was right when he said,".
_NAMED_QUOTING = re.compile(
    rf"(?:\b(?:[Tt]o\s+quote|[Qq]uoting)\s+(?P<name>{_NAME_RUN})"
    rf"|\b{_NOT_A_NAME}(?P<owner>{_NAME_RUN})['\u2019]s\s+"
    rf"(?:{_QUOTABLE}|answer|reply|response|advice)\s+(?:was|were|is)(?:\s+simple|\s+clear)?"
    rf"|\b{_NOT_A_NAME}(?P<right>{_NAME_RUN})\s+(?:was|is)\s+(?:right|correct)\s+when\s+(?:he|she)\s+"
    r"(?:said|wrote|put\s+it)"
    # a question read out: "This one is from Jenny Tate:", "Jenny Tate sent us this question:"
    rf"|\b(?:is|comes|came)\s+from\s+{_NOT_A_NAME}(?P<asker>{_NAME_RUN})"
    r"(?:\s+(?:in|of)\s+[A-Z][\w'\u2019\-]*(?:,?\s+[A-Z][\w'\u2019\-]*){0,2})?:"
    rf"|\b{_NOT_A_NAME}(?P<sender>{_NAME_RUN})\s+sent\s+(?:us|me|in)\s+(?:this|a|the)\s+question)"
    r"[,:]?\s*$"
)
# A cleft naming who spoke: "It was Lincoln who said,", "it was Seneca or it was Cicero,
# I don't know which, that said,".
_CLEFT = re.compile(
    rf"\b[Ii]t\s+was\s+(?P<name>{_NAME_RUN})(?:\s+or\s+(?:it\s+was\s+)?{_NAME_RUN})?"
    r"(?:,[^,.?!\"\u201c\u201d]{0,40},)?\s+(?:that|who)\s+(?:\w+ly\s+|first\s+|once\s+)?"
    r"(?:said|wrote|put\s+it)[,:]?\s*$"
)
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
# "Her exact words were,", "in his own words,", "I'll repeat his words:".
_HER_WORDS = re.compile(
    r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:own\s+|exact\s+|very\s+)?words"
    r"(?:\s+(?:were|are|was))?[,:]?\s*$"
)
# "He" or "she" saying something, a few words before the quotation set in it: "She
# called the plan", "he has described it as", "she said that the plan was".
_HE_CALLED = re.compile(
    r"(?<!\bif )(?<!\bIf )(?<![Ww]hat )\b(?P<pronoun>[Hh]e|[Ss]he)"  # not "what he calls"
    r"(?:\s+(?:has|had|also|just|once|even|then|[a-z]+ly))*\s+"
    r"(?:called|calls|described|describes|says|said|claims|claimed)\b"  # not "wrote a book,"
    r"(?P<rest>[^.?!;\"\u201c\u201d]{0,120})$"
)
_SPOKE_AGAIN = re.compile(
    r"\b(?:says?|said|saying|calls?|called|claims?|claimed|wrote|writes|told|tells?)\b"
)


def _he_called(text: str, lo: int, quote: Segment) -> re.Match[str] | None:
    """A ``_HE_CALLED`` cue before ``quote`` where no one else speaks between (no "I",
    "we" or "you", no second speech verb) and the quotation is no title ("her plan
    'Fresh Start for Families'", "her favorite book is 'The Long Road Home'")."""
    m = _HE_CALLED.search(text, lo, quote.start)
    if m is None or _SPEAKER_OR_ADDRESSEE.search(m["rest"]) or _SPOKE_AGAIN.search(m["rest"]):
        return None
    return None if _title_case(text[quote.start : quote.end]) else m


_MINOR_WORDS = frozenset("a an the of for and or to in on at with from by".split())


def _title_case(words: str) -> bool:
    """Whether ``words`` are two or more, every one but the minor ones opening with a
    capital (a title: "Fresh Start for Families"; a single "Outrageous." is a word said)."""
    found = re.findall(r"[A-Za-z][\w'\u2019\-]*", words)
    return len(found) >= 2 and all(w[0].isupper() for w in found if w.lower() not in _MINOR_WORDS)


_SPEAKER_OR_ADDRESSEE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)\b")
_HE_SAYS_THAT_IS = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)(?:['\u2019]s|\s+is|\s+was)?\s+(?:saying|says|said)\s+that\s+"
    r"[^.?!;\"\u201c\u201d]{0,80}?\b(?:is|was|are|were)[,:]\s*$"
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
    r"\b(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<writer>" + _WRITER + r"))"
    r"\s+(?:\w+ly\s+)?(?:wrote|sent|signed|issued|posted)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?{_TEXTS}\b"
    rf"|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+)?{_TEXTS}\s+from\s+"
    rf"(?P<name>{_NAME_RUN})"
)
_AUTHOR_REACH = 250  # characters between the text named and "it said"


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


# Speech to come or that might come, right before the quotation: "he will say:", "she
# may tell you," (not the habit of "he would say,").
_WILL_SAY = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|[Ss]omeone|[Ss]omebody)"
    r"(?:\s+(?:will|can|may|might|could|should|must|shall)|['\u2019]ll)\s+(?:\w+ly\s+)?"
    r"(?:say|tell\s+\w+|ask)[,:]?\s*$"
)
_SENTENCE_END_BEFORE = re.compile(r"[.?!]\s")
# A speech cue in the passive, right before the quotation: whoever spoke is not said.
_TOLD_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|am|got|get)\s+(?:\w+ly\s+)?"
    r"(?:told|asked|warned|informed|advised|assured)(?:\s+that)?[,:]?\s*$"
)
# A description of a person or a text named right after it: "The committee chair, Dr.
# Alicia Ferrante, who teaches", "The report from the board's investigator, Samuel Ito,
# states" (a text speaks for its author). A title or a known first name opens the name,
# so that no place ("the mayor of Albany, New York,") is taken for one.
_APPOSITION = re.compile(
    r"(?:\s+(?:from|of|for|by|at)\s+[^,.;:?!\"\u201c\u201d]{1,60}?)?,\s+"
    r"(?P<name>(?P<first>[A-Z][\w.\-]*)\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?),"
)


def _named_in_apposition(text: str, lo: int, end: int, speaker: str) -> str:
    """The name set after ``speaker``, a description, in the text before ``end``; else
    ``speaker``."""
    if speaker in (UNKNOWN, NARRATOR) or speaker.split()[0] not in (
        "The",
        "A",
        "An",
        "the",
        "a",
        "an",
    ):
        return speaker
    at = text.rfind(speaker, lo, end)
    m = _APPOSITION.match(text, at + len(speaker)) if at >= 0 else None
    if m is None:
        return speaker
    first = m["first"].rstrip(".").lower()
    name = m["name"]
    if first in TITLES:
        name = name.split(None, 1)[1]
    elif not first_name_known(first):
        return speaker
    return name


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


# A speech verb with no subject of its own, a participle or a bare infinitive, right
# before the quotation ("and saying,", "to sit down with them, say,", "and saying that
# quote,"), and the subject of its sentence that the attribution cannot reach: "he" or
# "she", a participant's office ("If the president had ..."), the addressee's body
# ("Your campaign ran ads, saying").
_SUBJECTLESS_CUE = re.compile(
    r"(?:,|\band|\bto)\s+(?:saying|say)(?:\s+that)?"
    r"(?:[\s,]*(?:quote|and\s+I\s+quote|and\s+I['\u2019]m\s+quoting)\b)?[\s,:\u2013\u2014-]*$"
)
_BODIES = "campaign|administration|party|government|office|staff|ads?|website|platform|plan"
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
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
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
        who = people.by_office.get(" ".join(m.group("office").lower().split()), "")
        return who if who != turn.speaker else ""
    owner = _you(text, body, m.end(), turn, people, answerer)
    return f"{owner}'s {m.group('body')}" if owner else ""


def _office_holder(speaker: str, people: Participants) -> str:
    """The participant "the president" names; "" when none holds that office (the words
    stay in the turn rather than go to an office no one here holds); else ``speaker``."""
    m = _SPOKEN_OFFICE.match(speaker)
    if m is None:
        return speaker
    return people.by_office.get(" ".join(m.group("office").lower().split()), "")


def _blank_quotes(text: str) -> str:
    """``text`` with its quotations turned to spaces (offsets stay)."""
    return _QUOTED.sub(lambda q: " " * len(q.group()), text)


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
_THAT_SAID = re.compile(
    r"\b(?:that|which)\s+(?:\w+ly\s+)?(?:said|says|say|read|reads|stated|states)[,:]?\s*$"
)
_IS_THE_ONE = re.compile(
    r"\b(?:is|was|are|were|['\u2019]s)\s+(?:the\s+)?(?:one|ones|person|man|woman|guy|people)\s+$"
)
_SENTENCE_START = re.compile(r"(?:^|[.?!][\"'\u201d\u2019)]*\s+)(?=\S)")


def _quoted_by(text: str, lo: int, quote: Segment) -> bool:
    """Whether the speaker the attribution inferred without a speech cue (from a subject
    or a clause) quotes ``quote``: a quoting word among the last three before it, and the
    speaker named in its sentence; or the speaker named with a speech verb after it
    ("Terrell Ambrose, said on a podcast earlier this week,"). "Windows smashed out,
    painted on one of them" and "when I met with President Karzai, I was very clear
    that" quote no one; in "Groucho Marx said... They went to him and said," the one
    quoted is no Groucho Marx."""
    before = _unquoted(text[lo : quote.start])
    relative = _THAT_SAID.search(before)
    if relative and not _IS_THE_ONE.search(before, 0, relative.start()):
        # "a letter from a girl in Ohio that said,": what the relative clause's noun
        # says, no subject's before it; "the Daily News that said," is the Daily News
        # ("The president is the one that said," the subject's, as a cleft)
        head = _WORD.findall(before[: relative.start()])[-2:]
        return quote.speaker.split()[-1] in head
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
    sentence = before[starts[-1] :] if starts else before  # a quotation blanked to a space
    if not {w.lower() for w in _WORD.findall(before)[-3:]} & _QUOTING:
        return _named_then_spoke(quote.speaker.split()[-1], sentence)
    named = {w.lower() for w in _WORD.findall(sentence)}
    if any(w.lower() in named for w in _WORD.findall(quote.speaker)[-1:]):
        return True
    # "They went to him ... and said,": a body in the plural ("Joint Chiefs"), no person
    last = quote.speaker.split()[-1]
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


# "He said," closing the text before a quotation, after "the president" or "this
# president" in the sentences before: the participant the document calls President.
# Habits and present tense count: "She used to tell me,", "he'd say,", "He writes,".
# So do the perfect and the progressive ("She has said", "he's been saying", "she keeps
# saying", "he goes around saying"), a few words of whom and when ("told the voters of
# Ohio", "said it again tonight", "has said time and again") and "quote" ("said that,
# quote,").
_PRONOUN_CUE = re.compile(
    r"(?<!\bif )(?<!\bIf )\b(?P<pronoun>[Hh]e|[Ss]he)"
    r"(?:\s+[a-z]+ly|\s+just|\s+then|\s+also|\s+again|\s+even)?"
    r"(?:\s+(?:used\s+to|would|always|often|keeps|kept|(?:goes|went)\s+around)"
    r"|(?:\s+(?:has|had)|['\u2019]s)(?:\s+(?:also|even|often|always|repeatedly))?"
    r"(?:\s+been)?|\s+(?:is|was)|['\u2019]d)?\s+"
    r"(?:(?:said|says|say|saying)(?:\s+things\s+like)?"
    r"|told\s+(?:the\s+)?\w+(?:\s+(?:of|in)\s+\w+)?|tells?\s+(?:me|us|him|her|them)"
    r"|telling\s+(?:people|everyone|everybody|voters|them|us)|answered|replied|wrote"
    r"|writes|declared|put\s+it|used\s+the\s+(?:words?|phrase|term)"
    r"|asks|asked|wants\s+to\s+know|wanted\s+to\s+know)"
    r"(?:\s+to\s+(?:me|us|him|her|them))?(?:\s+it)?"
    r"(?:\s+(?:again|tonight|today|yesterday|time\s+and\s+again|over\s+and\s+over"
    r"|(?:last|this|for)\s+\w+|in\s+[A-Z]\w+))*"
    r"(?:\s+that)?(?:,?\s+(?:and\s+I\s+)?quote)?"
    r"(?:,?\s+(?:very\s+|so\s+)?\w+ly)?[,:]?\s*$"
)
# not "the president of the union", someone else's office
_OFFICE_NOMINAL = re.compile(
    rf"\b(?:[Tt]he|[Tt]his)\s+(?P<office>{_OFFICE})\b(?!['\u2019]s|\s+of\b)"
)
_PRONOUN_REACH = 300  # characters between an office named and a pronoun for it


def _pronoun_referent(
    text: str, lo: int, cue: re.Match[str], found: str, speaker: str, people: Participants
) -> str:
    """The participant a pronoun cue before a quotation refers to, over ``found`` (the
    attribution's antecedent, or UNKNOWN): the other of the two main speakers after "my
    opponent" ("The way my opponent talks, he said"), or one named by their office after
    the last mention of ``found`` ("they asked the president what he thought. He said",
    "Saddam Hussein ... Then the president promised them. He went to Cincinnati and he
    said"); "" when neither, or when a person is named between the office and the
    pronoun."""
    if speaker in people.pair and _OPPONENT_CUE.search(text, lo, cue.end()):
        return _other(people.pair, speaker)
    start = max(lo, cue.start() - _PRONOUN_REACH)
    if found != UNKNOWN:
        surname = found.split()[-1]
        at = text.rfind(surname, start, cue.start())
        start = at + len(surname) if at >= 0 else start
    offices = list(_OFFICE_NOMINAL.finditer(text, start, cue.start()))
    if not offices:
        return ""
    office = offices[-1]
    if _NAMED.search(_unquoted(text[office.end() : cue.start()])):
        return ""
    who = people.by_office.get(" ".join(office.group("office").lower().split()), "")
    said = "f" if cue.group("pronoun").lower() == "she" else "m"
    return who if who and gender("", who) in ("", said) else ""


# A person named: a title and a name, or two capitalised words inside a sentence ("Kofi
# Annan"); not a place alone ("about Iraq").
_NAMED = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.|{_TITLE_OFFICE})\s+[A-Z]|(?<=[a-z,;] )[A-Z][a-z]+\s+[A-Z][a-z]+"
)
_QUOTED = re.compile('"[^"]*"|\u201c[^\u201d]*\u201d')


# A name opening a quotation, set off by a comma: the one the quoted words address.
_QUOTED_ADDRESS = re.compile(
    r"^[\"\u201c]\s*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),"
)


def _unquoted(text: str, keep_address: bool = False) -> str:
    """``text`` with each quotation turned to a space; with ``keep_address``, to the name
    it opens by addressing, which a later "he" or "she" may go back to ('I said, "Scott,
    I can't do that." ... He said,')."""
    if not keep_address:
        return _QUOTED.sub(" ", text)
    return _QUOTED.sub(lambda q: _address_of(q.group()), text)


def _address_of(quotation: str) -> str:
    m = _QUOTED_ADDRESS.match(quotation)
    return f" {m['name']}, " if m else " "


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


def _as_participant(speaker: str, people: Participants) -> str:
    """One person, one name: "Senator Kerry" or "Mr. Kerry" quoted in a turn is the
    participant John F Kerry (a name whose words, titles aside, are all in theirs)."""
    words = [w for w in speaker.split() if w.rstrip(".").lower() not in TITLES and w != "Vice"]
    if not words or speaker in people.speakers or not speaker[:1].isupper():
        return speaker
    lowered = {w.lower() for w in words}
    found = [p for p in people.speakers if len(p.split()) > 1 and lowered <= set(p.lower().split())]
    if len(found) != 1 or words[-1].lower() != found[0].split()[-1].lower():
        return speaker
    title = " ".join(speaker.lower().split()[: len(speaker.split()) - len(words)])
    if title in _OFFICES and people.office_of.get(found[0], title) != title:
        return speaker  # "President Clinton" is not the participant called Secretary Clinton
    said = gender(" ".join(speaker.split()[: len(speaker.split()) - len(words)]), "")
    known = gender("", found[0])
    return speaker if said and known and said != known else found[0]  # not "Mrs. Bush"


def _a_thing(speaker: str, text: str) -> bool:
    """Whether ``speaker`` is one word the document writes after "the" at the end of a
    phrase ("from the Bench,", "the Pentagon."): a thing or a place, no "he" or "she"."""
    if " " in speaker or not speaker[:1].isupper():
        return False
    return (
        re.search(rf"\b[Tt]he\s+{re.escape(speaker)}(?=\s*[.,;:?!)]|\s+(?:{_ENDS})\b)", text)
        is not None
    )


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
    if words[0].lower() == "the" and len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
        words = words[1:]  # "the Harwick Ledger": a name, read as one
    elif words[0][:1].islower() or words[0] in ("A", "An", "The"):  # a description
        return any(w.strip(",.'\u2019").lower() in _SPEAKING_HEADS for w in words)
    first = words[0].rstrip(".").lower()
    if first in TITLES or (len(words) > 1 and first_name_known(first)):
        return True
    # A name whose first word (a single word: itself) the document also writes in lower
    # case is made of common words: "Windows", "Quote", "Social Security", "Red Sox";
    # not "Sherrod Brown". A person's role ends it: "Democrat Governors".
    last = words[-1].lower()
    if last in _SPEAKING_HEADS or last in _DOCUMENT_HEADS:
        return True
    return first not in people.lower_words(text)


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
    if len(words) > 1 and first_name_known(first):
        return True
    return re.search(rf"(?<=[a-z,;] ){re.escape(words[0])}\b", text) is not None


def _addressee(before: str, speaker: str, people: Participants) -> str:
    for m in reversed(list(_VOCATIVE.finditer(before))):
        if before[: m.start()].rstrip(" ,").lower().endswith(("thank you", "thanks")):
            continue  # "Thank you, Jim." thanks the moderator; it addresses no one
        who = _participant(m.group("voc"), people)
        if who and who != speaker:
            return who
    return _other(people.pair, speaker) if speaker in people.pair else ""


def _you(text: str, body: int, end: int, turn: Segment, people: Participants, answerer: str) -> str:
    """The participant "you" at ``end`` in ``turn`` (its words from ``body``) is: the
    one addressed before it, the other of the pair, or the one who answers next when the
    turn is a question put to them; else ""."""
    who = _addressee(text[body:end], turn.speaker, people)
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
        who = _participant(voc, people) or people.by_office.get(voc.lower(), answerer)
        if who != answerer:
            return False
    return True


def _other(pair: tuple[str, ...], speaker: str) -> str:
    return next(p for p in pair if p != speaker)


def _participant(vocative: str, people: Participants) -> str:
    words = vocative.replace(".", " ").split()
    last = words[-1].lower()
    if words[0].lower() in ("mr", "madam", "madame") and last == "president":
        vice = len(words) > 2 and words[-2].lower() == "vice"
        return people.by_office.get("vice president" if vice else "president", "")
    for s in people.speakers:
        parts = s.lower().split()
        if last == parts[-1] or (len(words) == 1 and len(parts) > 1 and last == parts[0]):
            return s
    return ""


def _with(quote: Segment, speaker: str) -> Segment:
    return replace(quote, speaker=speaker)


# "He said" / "she said" that the attribution left to no one, read in the turn: the last
# person the turn mentions before it, when the pronoun agrees ("a woman grabbed my arm
# and she said", "the sheriff came out today and he said", "my mom ... she said"); with
# no one mentioned in the turn, the other debater, unless the turns just before name
# someone else of that gender last ("Dr. Fauci said the opposite." / "He did not." /
# "He said very strongly, ...").
_FEMALE_HEADS = frozenset(
    "woman lady girl mother mom wife daughter sister grandmother grandma aunt spokeswoman "
    "congresswoman chairwoman".split()
)
_MALE_HEADS = frozenset(
    "man guy boy father dad husband son brother grandfather grandpa uncle spokesman "
    "congressman chairman pope".split()
)
_PERSON_HEADS = (_FEMALE_HEADS | _MALE_HEADS) | frozenset(
    "kid child friend neighbor neighbour person voter worker citizen veteran soldier "
    "general officer sheriff chief official aide adviser advisor spokesperson leader "
    "lawmaker senator governor mayor president secretary minister judge justice "
    "ambassador candidate nominee critic supporter expert economist doctor teacher "
    "student reporter editor questioner moderator steward owner member delegate actuary "
    "analyst scientist czar grader fellow nurse farmer pastor priest rabbi head captain "
    "commander professor coach boss mentor uncle aunt cousin grandma grandpa lawyer "
    "attorney banker pilot driver trooper clerk agent detective deputy guard cop manager "
    "waiter waitress bartender cashier salesman saleswoman surgeon physician dentist "
    "prosecutor ranger sergeant lieutenant colonel stranger customer colleague coworker "
    "landlord janitor doorman receptionist accountant broker contractor plumber "
    "mechanic buddy pal roommate partner advisor mentor granddaughter grandson niece "
    "nephew".split()
)
_HEAD = "|".join(sorted(_PERSON_HEADS, key=len, reverse=True))
# Words that end a noun phrase rather than modify its head: "leave that to the teacher"
# and "this is the person" hold no "that" or "this" person.
_NO_MODIFIER = (
    r"(?!(?:is|was|are|were|be|to|of|in|on|at|for|with|from|by|the|a|an|and|or|but|who"
    r"|that|which|he|she|it|they|we|you|i)\b)"
)
_DESCRIBED = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Mm]y|[Tt]his|[Tt]hat|[Oo]ne|[Ss]ome)\s+(?:{_NO_MODIFIER}[a-z][a-z\-]*\s+){{0,2}}?"
    rf"(?P<head>{_HEAD})\b(?!['\u2019])"
    r"(?P<tail>\s+of\s+(?!(?:mine|ours|yours|his|hers|theirs)\b)(?:(?:a|an|the)\s+)?(?:[a-z]+\s+(?!(?:there|here|then|now|today)\b))?[a-z]+"
    r"|\s+(?:from|in)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)
# One of the speaker's own people as a speech cue's subject, right before the quotation.
_MY_SAID = re.compile(
    rf"\b[Mm]y\s+(?P<who>(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_HEAD}))\s+"
    r"(?:(?:\w+ly|also|once|always|often|then|just)\s+)?"
    r"(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)|used\s+to\s+(?:say|tell\s+(?:me|us))"
    r"|would\s+(?:say|tell\s+(?:me|us))|wrote|asked(?:\s+(?:me|us))?|put\s+it)[,:]?\s*$"
)
# One of the addressee's bodies as the subject of a speech cue before the quotation, the
# cue's object between ("your campaign ran ads saying"). Not one of the addressee's
# people: "your coach said" may be a participant, "Jamal Okoye's coach" a second name
# for them in a report.
_YOUR_SAID = re.compile(
    rf"\b[Yy]our\s+(?P<who>(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_BODIES}))\b(?!['\u2019])\s+"
    # (a dash after a filler only through "\s*" when there is one: no two ways to split
    # the spaces after each filler, which would backtrack exponentially)
    r"(?:(?:has|have|had|\w+ly|also|once|always|often|then|just|(?:uh|um|ah)(?:\s*[-\u2013\u2014]+)?)\s+)*"
    r"(?:said|says|called|calls|told\s+\w+|wrote|writes|put\s+it|run\s+ads|ran\s+ads)\b"
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


# Titles and ranks before a name ("Chief Reyes", "Judge Odum", "Coach Hollis").
_RANKS = "|".join(
    sorted(
        {t.capitalize() for t in TITLES if len(t) > 3} - {"Lady", "Father"}
        | {"Chief", "Professor", "Trustee", "Councilman", "Councilwoman"}
    )
)
_TITLED = re.compile(
    rf"\b(?P<title>(?:Mr|Mrs|Ms|Dr)\.?|(?:Vice\s+)?(?:{_TITLE_OFFICE}|{_RANKS}))\s+"
    rf"(?P<name>(?!(?:{_TITLE_OFFICE}|{_RANKS})\b)[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?)"
)
_CAPITALISED = re.compile(
    r"\b[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+(?!I\b|I['\u2019])[A-Z][\w'\u2019\-]+){0,2}"
)
_HIM = {
    "m": re.compile(r"\bhim\b"),
    "f": re.compile(
        r"\b(?:to|at|with|for|asked|told)\s+her\b(?!\s+[a-z]+\b(?<!and)(?<!to)(?<!that))"
    ),
}
_VERBS = "|".join(v for v in SPEECH_VERBS if "_" not in v)
_SPOKE = re.compile(rf"\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?(?:{_VERBS})\b")
_COMMA_SPOKE = re.compile(rf",?{_SPOKE.pattern}")
_HE_REACH = 400  # characters between a person mentioned in the turn and "he said"
_TURN_WINDOW = 4000  # characters of the turn before "he said" read for mentions


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    who: str
    gender: str  # "f", "m" or "" (either)
    kind: str  # "name" or "description"


def _he_or_she(
    text: str,
    body: int,
    cue: re.Match[str],
    speaker: str,
    people: Participants,
    earlier: str,
    antecedent: str = "",
    answerer: str = "",
) -> str:
    said = "f" if cue.group("pronoun").lower() in ("she", "her") else "m"
    before = _unquoted(text[body : cue.start("pronoun")], keep_address=True)
    # Only the last stretch of a long turn is read for mentions (its quotations already
    # blanked, so any cut is clean): a person named further back is too far for "he"
    # anyway, and reading the whole turn again for each quotation is quadratic.
    cut = max(0, len(before) - _TURN_WINDOW)
    before = before[cut:]
    found = _mentions(before, speaker, people, text)
    addressed = {m.who for m in found if _addressed(before, m, people)}  # "you", not "he"
    mentions = [
        m
        for m in found
        if m.who != speaker and m.who not in addressed and not _in_relative(before, m)
    ]
    if cut and not mentions:
        return ""  # a long turn that names no one lately: too far to tell
    mentions = _topic_kept(before, mentions, said)
    near = [m for m in mentions if len(before) - m.end <= _HE_REACH]
    if antecedent and any(m.who == antecedent and m.gender in ("", said) for m in near):
        # The prose antecedent, a person the turn names nearby, weighs subjects over
        # objects ("a letter that Thomas Jefferson wrote to John Adams ... He wrote,").
        return antecedent
    while mentions:
        last = mentions[-1]
        if last.gender not in ("", said) or len(before) - last.end > _HE_REACH:
            return ""
        sentence = re.split(r"[.?!]", before[last.end :], maxsplit=1)[0]
        if not _HIM[said].search(sentence):
            return last.who
        if not _CLAUSE_OPENS_BEFORE.search(before, max(0, last.start - 40), last.start):
            # "Biden called Trump and told him ..., he said": "him" may be the one named
            # last, as an object, and so may "he"; too close to tell
            return ""
        # "a reporter came up to him ..., he said": he is not the reporter, the clause's
        # subject, but the one "him" goes back to, found as if the reporter were not there
        mentions = [m for m in mentions if m.who != last.who]
    earlier = _unquoted(earlier, keep_address=True)
    prior = [
        m
        for m in _mentions(earlier, speaker, people, text)
        if m.who != speaker and m.gender in ("", said) and not _addressed(earlier, m, people)
    ]
    bare = _bare_speaker(earlier, people, text)
    if bare and (not prior or bare[0] > prior[-1].end) and not _participant(bare[1], people):
        return bare[1]  # "What did Volkov tell you?" / "He said, ..."
    if prior and prior[-1].kind == "name" and prior[-1].who not in people.speakers:
        # someone the turns before named, no participant: "he" only for a known "he", or
        # for one they said spoke ("Dr. Fauci said the opposite.")
        if (
            prior[-1].gender
            or _SPOKE.match(earlier, prior[-1].end)
            or _referred_to_as(earlier, prior[-1].end) == said
        ):
            return prior[-1].who
        return ""
    if not people.peers:
        return ""  # a guest's "he" is not the interviewer the guest is talking to
    if speaker in people.pair and not _other_named_lately(before, found, people, text):
        other = _other(people.pair, speaker)
    elif answerer in people.pair and _names_only(before, found):
        # a moderator's "he", naming no one before it: the debater not being asked
        other = _other(people.pair, answerer)
    else:
        return ""
    if other in addressed or _gender_of(other) not in ("", said):
        return ""
    return other if not prior or prior[-1].who == other else ""


# A capitalised word inside a sentence (not "I"): someone or somewhere named.
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )(?!I\b)[A-Z]")


def _names_only(words: str, found: Sequence[_Mention]) -> bool:
    """Whether every capitalised word inside a sentence of ``words`` is in a mention of a
    participant (``found``): no one else ("Peggy in Amherst") is named."""
    return all(
        any(m.start <= c.start() < m.end for m in found) for c in _NAME_INSIDE.finditer(words)
    )


# A capitalised word standing alone as a noun, as a name does: not after a determiner
# ("the Bench", "that Democratic nomination") or a preposition of place, time or purpose
# ("in Helsinki", "on Tuesday", "for Medicare"), not in a run of them ("the United
# States"), not an acronym ("COVID"), and followed by punctuation or a word a name goes
# before ("Putin in", "Kissinger last year", "Ike.").
_LONE_NAME = re.compile(
    r"(?<![\w'\u2019\-])(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]his )(?<!\b[Tt]hat )"
    r"(?<!\b[Hh]is )(?<!\b[Hh]er )(?<!\b[Oo]ur )(?<!\b[Mm]y )(?<!\b[Yy]our )(?<!\b[Tt]heir )"
    r"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bacross )(?<!\bfrom )(?<!\bon )(?<!\bfor )"
    r"(?<!\bsince )(?<!\buntil )(?<![A-Z]\w )"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]+)"
    r"(?=[,.;:?!]|\s*$|\s+(?:in|at|on|to|and|or|for|with|about|last|once|who|said|says|told"
    r"|tells|wrote|writes|was|is|had|has|would|will|used)\b)"
)
_SENTENCE_ENDS = re.compile(r"[.?!][\"'\u201d\u2019)]*\s+")
# Capitalised words of the calendar, which name no one ("went to Detroit on Tuesday");
# "May" is a surname as often.
_CALENDAR = CALENDAR_WORDS - {"may"}


def _other_named_lately(
    words: str, found: Sequence[_Mention], people: Participants, text: str
) -> bool:
    """Whether the sentence before the pronoun's, or its own, names someone that no
    mention in ``found`` stands for ("I met Putin in Helsinki. He said,"), a name that
    no first name list knows: "he" may be theirs, not the other debater's."""
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(words)]
    start = ends[-2] if len(ends) > 1 else 0
    lower = people.lower_words(text)
    return any(
        _NAME_INSIDE.match(words, c.start()) is not None  # inside a sentence
        and c.group("name").lower() not in lower
        and c.group("name").lower() not in _CALENDAR
        and not any(m.start <= c.start() < m.end for m in found)
        for c in _LONE_NAME.finditer(words, start)
    )


# Where a clause opens, right before its subject: "... rallies he had? And a reporter",
# "in Dayton, and a reporter".
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[.?!][\"'\u201d\u2019)]*\s+|[,;:]\s+|\b(?:and|but|then|so|when|while)\s+)"
    r"(?:(?:And|But|So|Then|Now|Well|Later|Once),?\s+)?$"
)
# The sentence after a name's, opened by "She" or "He".
_NEXT_OPENS_WITH = re.compile(
    r"[^.?!\"\u201c\u201d]{0,150}?[.?!][\"'\u201d\u2019)]*\s+(?:(?P<f>She)|He)\b"
)


def _referred_to_as(words: str, end: int) -> str:
    """The gender of the "She" or "He" that opens the sentence after a name ending at
    ``end``, "" when it opens with no such pronoun: "My abuela, Consuelo Quintero. She
    raised me" makes a name no list knows a woman's."""
    m = _NEXT_OPENS_WITH.match(words, end)
    return "" if m is None else "f" if m.group("f") else "m"


# A clause put before its sentence's subject: "When the Secretary General offered help,"
_FRONTED_OPEN = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:And|But|So|Then),?\s+)?"
    r"(?:When|Whenever|If|After|Before|Once|While|Because|Since)\b[^,.;:?!\"\u201c\u201d]*$"
)


def _topic_kept(words: str, mentions: list[_Mention], said: str) -> list[_Mention]:
    """``mentions`` without the last ones when they stand in a clause put before the
    subject of their sentence and someone agreeing with the pronoun is named before it:
    "this president ... He pushed them away. When the Secretary General Kofi Annan
    offered help, he said," is the president's "he", the topic the turn goes on with."""
    fronted = [
        m
        for m in mentions
        if _FRONTED_OPEN.search(words, max(0, m.start - 150), m.start)
        and _RELATIVE_CLOSE.match(words, m.end)
    ]
    if not fronted or fronted[-1] is not mentions[-1]:
        return mentions
    kept = [m for m in mentions if m not in fronted and m.end <= fronted[0].start]
    return mentions if not any(m.gender in ("", said) for m in kept) else kept


_RELATIVE_OPEN = re.compile(r",\s+(?:who|whom|whose|which)\b[^,.;:?!\"\u201c\u201d]*$")
_RELATIVE_CLOSE = re.compile(r"[^,.;:?!\"\u201c\u201d]*,")
# The object of a preposition in a relative clause: "a litigant who appeared before Judge
# Odum" (not the clause's subject: "a letter that Thomas Jefferson wrote").
_RELATIVE_OBLIQUE = re.compile(
    r"\b(?:who|whom|that|which)\b[^,.;:?!\"\u201c\u201d]*\s"
    r"(?:before|to|with|for|against|about|from|at|on|by|of)\s+$"
)


def _in_relative(words: str, m: _Mention) -> bool:
    """Whether ``m`` stands inside a relative clause set off by commas ("Senator Fenwick,
    who has known the nominee for years, could not come. She asked"), or after a
    preposition in one ("a litigant who appeared before Judge Odum"): one the clause
    speaks of is no antecedent for the "he" or "she" of a later sentence."""
    lo = max(0, m.start - 120)
    return (
        _RELATIVE_OPEN.search(words, lo, m.start) is not None
        and _RELATIVE_CLOSE.match(words, m.end) is not None
    ) or _RELATIVE_OBLIQUE.search(words, lo, m.start) is not None


# A single name no first name list knows, said to speak in the turns before: "What did
# Volkov tell you?", "and Volkov said it was over".
_BARE_SPOKE = re.compile(
    r"(?<=[a-z,;] )(?P<name>[A-Z][a-z][\w'\u2019\-]+)\s+(?:(?:\w+ly|also|just|then)\s+)?"
    r"(?:said|says|told|tells|wrote)\b"
    r"|\b(?:did|does|has|had|would)\s+(?P<name2>[A-Z][a-z][\w'\u2019\-]+)\s+(?:say|tell|write)\b"
)


def _bare_speaker(earlier: str, people: Participants, text: str) -> tuple[int, str] | None:
    """The last single name the turns before say spoke, with where it ends; None when
    there is none, or when it is a word the document also writes in lower case."""
    found = None
    for m in _BARE_SPOKE.finditer(earlier):
        name = m.group("name") or m.group("name2")
        if name.lower() in people.lower_words(text) or name in _NO_NAMES:
            continue
        found = (m.end("name") if m.group("name") else m.end("name2"), name)
    return found


_NO_NAMES = frozenset("I The A An And But So He She They We It You This That".split())


# A name set off by commas after a clause start or an interjection: "Well, John, it
# was long", "I told you, Senator, ...".
_SET_OFF_BEFORE = re.compile(
    r"(?:^|[.?!,;:]|\b(?:[Ww]ell|[Ll]ook|[Yy]es|[Nn]o|[Oo]h|[Nn]ow|[Aa]nd|[Bb]ut))\s*$"
)


def _addressed(words: str, m: _Mention, people: Participants) -> bool:
    """Whether the participant mentioned at ``m`` is addressed ("Well, John, it was a
    long meeting"): the one spoken to is "you", not "he" or "she"."""
    return (
        m.who in people.speakers
        and words[m.end : m.end + 1] == ","
        and _SET_OFF_BEFORE.search(words, max(0, m.start - 12), m.start) is not None
    )


def _mentions(words: str, speaker: str, people: Participants, text: str) -> list[_Mention]:
    """The people ``words`` mention, in order: descriptions ("a woman in Ohio", "my
    mom", "the head of a major country"), titled names, names with a known first name,
    and participants by name or by their office ("the president")."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _TITLED.finditer(words):
        taken.append(m.span())
        if m.group("name").split()[0] in ("President", "Vice"):  # "Mr. President"
            who = _participant(m.group().replace(".", ""), people)
            if who:
                found.append(_Mention(m.start(), m.end(), who, _gender_of(who), "name"))
            continue
        who = _as_participant(" ".join(m.group().split()), people)
        if who not in people.speakers:
            who = _titled_label(m, people, text) or who  # "Mr. Trump" is TRUMP
        found.append(_Mention(m.start(), m.end(), who, _gender_of(who, m.group("title")), "name"))
    for m in _CAPITALISED.finditer(words):
        if any(a <= m.start() < b for a, b in taken):
            continue
        run = m.group().split()
        while run and run[-1].lower() in _RUN_ENDS:
            run.pop()
        if not run:
            continue
        name = " ".join(run)
        who = _as_participant(name, people)
        if len(run) == 1 and who not in people.speakers:
            who = _participant(name, people) or who  # "George", "Romney"
        if who in people.speakers:
            pass
        elif not first_name_known(run[0].lower()) or run[0].lower() in people.lower_words(text):
            continue  # "Iraq", "Will": no one known to be a person
        end = m.start() + len(name)
        found.append(_Mention(m.start(), end, who, _gender_of(who), "name"))
        taken.append((m.start(), end))
    for m in _LINE_OF.finditer(words):
        # "an old line from Brillat-Savarin": its author, whatever the name
        if not any(a <= m.start("name") < b for a, b in taken):
            who = _as_participant(m["name"], people)
            found.append(_Mention(m.start("name"), m.end("name"), who, _gender_of(who), "name"))
            taken.append(m.span("name"))
    for m in _OFFICE_NOMINAL.finditer(words):
        who = people.by_office.get(" ".join(m.group("office").lower().split()), "")
        found.append(
            _Mention(m.start(), m.end(), who or m.group(), _gender_of(who) if who else "", "name")
        )
        taken.append(m.span())
    for m in _POSSESSED_NAME.finditer(words):
        # "My abuela, Consuelo Quintero.", "Our vice president for operations, Linda
        # Farrow,": someone's own person, named in full, whatever the noun before
        if not any(a <= m.start("name") < b for a, b in taken):
            who = _as_participant(m["name"], people)
            found.append(_Mention(m.start(), m.end("name"), who, _gender_of(who), "name"))
            taken.append((m.start(), m.end("name")))
    for m in _DESCRIBED.finditer(words):
        if any(a <= m.start() < b for a, b in taken) or (
            m.group("head") == "head" and not m.group("tail")
        ):
            continue
        if _PREDICATE.search(words, max(0, m.start() - 12), m.start()):
            continue  # "she was a nurse", "ran it like a general": the subject, no one new
        head = m.group("head").lower()
        sex = "f" if head in _FEMALE_HEADS else "m" if head in _MALE_HEADS else ""
        named = _APPOSED.match(words, m.end())
        if named:  # "my father, Emile Baptiste,", "my daughter Kaylee": the name
            if not any(a <= named.start("name") < b for a, b in taken):
                who = _as_participant(named["name"], people)
                sex = sex or _gender_of(who)
                found.append(_Mention(m.start(), named.end("name"), who, sex, "name"))
            continue
        who = " ".join(m.group().split())
        if m.group("det").lower() == "my":
            who = f"{speaker}'s {who.split(None, 1)[1]}"
        found.append(_Mention(m.start(), m.end(), who, sex, "description"))
    return sorted(found, key=lambda x: x.end)


# A description followed by the name it describes, set off by commas or not ("my
# husband, Dale, sat", "my daughter Kaylee brought", "The committee chair, Dr. Alicia
# Ferrante, who"): the name, which the sentence goes on from.
_APPOSED = re.compile(
    r"(?:,\s+|\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){0,2})"
    r"(?=\s*[,.;]|\s+(?!(?:of|in|from|at)\b)[a-z])"
)
_POSSESSED_NAME = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?[a-z][\w\-]*,\s+"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){1,2})(?=\s*[,.;])"
)
# A description after a copula or in a comparison says what the subject is.
_PREDICATE = re.compile(r"\b(?:is|was|are|were|be|been|became|become|like|as)\s+$")


def _titled_label(m: re.Match[str], people: Participants, text: str) -> str:
    """The participant labelled by one word that a titled name ``m`` ("Mr. Trump",
    "Senator Kerry") names: the one label that is its surname, not for an office the
    document gives that participant's surname another ("President Clinton" is no
    participant the document calls Secretary Clinton), nor for an honorific of the other
    gender than the one the document addresses that surname with ("Mrs. Trump" is not
    TRUMP where it writes "Mr. Trump"); else ""."""
    surname = m.group("name").split()[-1].lower()
    found = [s for s in people.speakers if len(s.split()) == 1 and s.lower() == surname]
    if len(found) != 1:
        return ""
    title = " ".join(m.group("title").lower().rstrip(".").split())
    office = title.removeprefix("vice ")
    if office in _OFFICES and people.office_of.get(found[0], office) not in (office, title):
        return ""
    said = gender(title, "")
    if said:
        known = {
            gender(h.group(1), "")
            for h in re.finditer(
                rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{re.escape(m.group('name').split()[-1])}\b", text
            )
        }
        if known and said not in known:
            return ""
    return found[0]


_RUN_ENDS = frozenset("I The A An And But So".lower().split())


def _gender_of(name: str, title: str = "") -> str:
    """A person's gender from a title or from any of their first names ("W Mitt Romney")."""
    said = gender(title, "")
    if said:
        return said
    for word in name.split()[:-1] or name.split()[:1]:
        said = gender("", word)
        if said:
            return said
    return ""


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
    rf"|(?P<described>(?:[Aa]n?|[Tt]he|[Mm]y)\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{_HEAD}))"
    r"|(?!(?:They|We|It|You|This|That|These|Those|There|Here|When|If|Everybody|Nobody)\b)"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][\w'\u2019\-]+){0,2}))"
    r"\s+(?:just\s+|then\s+|also\s+)?[a-z]+\b[^.?!;:\"\u201c\u201d]{0,160}?,?\s+and\s+(?:then\s+)?"
    # "say" after a habit: "he'd put his hand on a tree and say,"
    r"(?:said|says|say|told\s+\w+|tell\s+\w+|asked|replied|answered)[,:]?\s*$"
)
_CLAUSE_STARTS = re.compile(r"(?:^|[.?!][\"'\u201d\u2019)]*\s+|,\s+and\s+|\sand\s+)(?=\S)")


def _and_said(text: str, lo: int, end: int) -> re.Match[str] | None:
    before = text[lo:end]
    if not re.search(r"\band\s+(?:then\s+)?\w+(?:\s+\w+)?[,:]?\s*$", before):
        return None
    for start in reversed([m.end() for m in _CLAUSE_STARTS.finditer(before)]):
        m = _AND_SAID.match(text, lo + start, end)
        if m:
            return m
        if re.match(r"[.?!]", before[max(0, start - 3) : start].strip()[-1:] or "x"):
            break  # no further back than the sentence's start
    return None
