"""``resolve``: the rules of this package applied, in order, to one quotation in a turn.

The prose attribution's speaker is checked first (``checks``), then resolved to a
participant (an office, a name); a quotation left to no one goes through the cues that
tell who speaks in a transcript: "you" and "my opponent" (``address``), named and
described speakers (``named``), texts (``texts``), pronouns (``pronouns``), and
subjects away from their verb (``subjects``); a frame that names the one who spoke
(``identified``) goes first. The order is the precedence."""

from __future__ import annotations

import re

from ...models import NARRATOR, UNKNOWN, Segment
from ..attribution.quotations import _is_title
from ..names import CALENDAR_WORDS, TITLES
from .address import (
    _HEARD_YOU,
    _OPPONENT_CUE,
    _SPOKEN_OF,
    _UNDERSTOOD_YOU,
    _YOU_CUE,
    _YOU_DID_SAY,
    _YOUR_OPPONENT_CUE,
    _YOUR_WORDS,
    _hypothetical,
    _you,
)
from .asides import cue_end, heard_end
from .checks import (
    _ANYONE_WILL_SAY,
    _DOCUMENT_HEADS,
    _IN_QUOTES_AFTER,
    _MY_TEXT_SAYS,
    _PUNCTUATED,
    _SENTENCE_WORDS,
    _TOLD_PASSIVE,
    _WHAT_IS_CALLED,
    _WHOSE_TEXT_SAYS,
    _WILL_SAY,
    _WORD,
    _YOU_ARE_TO_SAY,
    _a_named_person,
    _a_person,
    _a_thing,
    _after_determiner,
    _after_place_preposition,
    _an_address,
    _asks_who,
    _last_word_at,
    _named_in_apposition,
    _only_at_a_place,
    _own_before_cue_after,
    _quoted_by,
    _received_after_cue,
    _someone,
    _unowned_text,
    _whole_title,
    mid_sentence,
)
from .given import (
    _ALONE_BEFORE,
    _CLAUSE_THEN_I_SAID,
    _HE_SENT_A_TEXT,
    _HIS_TEXT_SAYS,
    _NAME_TEXT_SAYS,
    _NAMING_VERB,
    _called_and_said,
    _dated,
    _described_named_after,
    _described_then_named,
    _given_name,
    _member_of,
    _name_after,
    _named_after_i_clause,
    _named_as,
    _named_herself,
    _named_in_place,
    _sender,
    _set_off_as_other_gender,
    _titled_common_word,
)
from .grammar import (
    _FEMALE_HEADS,
    _HEAD,
    _MALE_HEADS,
    _PERSON_HEADS,
    _SPOKEN_OFFICE,
    _gender_of,
    _other,
    _with,
)
from .identified import named_by_frame
from .modifier import modifies_a_noun, names_a_heading
from .named import (
    _ACCORDING_TO_NAME,
    _AS_SAID,
    _CLEFT,
    _HIS_SAID,
    _LINE_BY,
    _LINE_IT_IS,
    _MY_NAMED_SAID,
    _MY_SAID,
    _NAMED_QUOTING,
    _PLACE_OR_BODY,
    _POSSESSIVE_PRONOUN,
    _QUOTE_OF_SUBJECT,
    _SAYS_THAT_QUOTE,
    _SPEECH_IN_ASIDE,
    _WHO_SAID,
    _YOUR_SAID,
    _described,
)
from .nested import _SUBJECT_OF
from .own import named_after, named_description, own_named
from .people import Participants, _as_participant, _by_first_name
from .pronouns import (
    _HAD_A_LINE,
    _HE_SAYS_THAT_IS,
    _HER_WORDS,
    _PRONOUN_CUE,
    _SPEAKER_OR_ADDRESSEE,
    _WHAT_HE_SAID,
    _from_place,
    _he_called,
    _he_or_she,
    _named_thing,
    _pronoun_referent,
)
from .reported import reports_another, reports_someone
from .subjects import _and_said, _participle_subject
from .texts import (
    _A_TEXT,
    _ASKED_TO_READ,
    _READ_THEIRS,
    _SOURCE_CUE,
    _TEXT_SAYS,
    _author,
    _read_out,
    _signer,
    _source,
)

_REACH = 300  # characters before a quotation its "you" cue may start
_CLAUSE_QUOTE_WORDS = 3  # a quotation set in a clause of "According to": a phrase at least
# A pronoun ending what the prose took for a speaker ("The letter from them"): no name.
_OBJECT_PRONOUNS = frozenset("them him her us me you it".split())
# A conjunction ending what the prose took for a speaker: a clause of theirs run in.
_CLAUSE_JOINERS = frozenset("and but or then so".split())
# "he said" right after the quotation, in its sentence (in lower case: "He says" opens the
# next one): '"Just spray it," he says, like it's nothing.'
_PRONOUN_AFTER = re.compile(
    r"\s*,?\s*(?P<pronoun>he|she)\s+(?:said|says|asked|asks|told|tells|added|adds)\b"
)


# A sentence that is a quotation alone, then one naming who said it: '"...." That's Marty
# Beaulieu, the head coach'. Not a title ('his book, "The Raven." That's Poe'): the
# quotation opens its sentence and holds a sentence's end of its own.
_THATS_NAME = re.compile(
    r"\s+(?:That|This)(?:['\u2019]s|\s+is|\s+was)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){1,2})"
    r"(?=\s*[,.;]|\s+(?:talking|speaking|writing|saying|in|on|after|at)\b)"
)


# A person's role set after that name: "That's Marty Beaulieu, the head coach" (not
# "That's Main Street, for you").
_THEN_A_ROLE = re.compile(
    rf",\s+(?:the|a|an|his|her|our|their|my)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_HEAD})\b"
)


# A statement's signer named right after it: '"...," and that's signed by the governor's
# chief of staff, Peter Lindqvist.'
_SIGNED_BY = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:that|it|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:signed|written)\s+by\s+"
    r"(?:[^.?!;\"\u201c\u201d]{0,60}?,\s+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){1,2})"
    r"(?=\s*[,.;])"
)


def _named_after(text: str, quote: Segment) -> re.Match[str] | None:
    """The name the sentence right after ``quote``, a sentence alone, gives as its
    speaker (its match); None when none."""
    signed = _SIGNED_BY.match(text, quote.end)
    if signed and not _named_thing(text[quote.start : quote.end]):
        return signed  # (not a title: 'the song "Hold On," and it's written by')
    inner = text[quote.start : quote.end].rstrip("\"'\u201d\u2019 ")
    if not inner.endswith((".", "!", "?")) or len(inner.split()) < 4:
        return None
    if not _ALONE_BEFORE.search(text, max(0, quote.start - 4), quote.start):
        return None
    return _THATS_NAME.match(text, quote.end)


# Things words are printed or painted on, which say them for no one: a shirt, a sign.
_WORN_OR_POSTED = frozenset(
    "T-shirt t-shirt shirt tee sweatshirt hoodie jersey cap hat mug sign signs banner banners "
    "plaque poster posters billboard sticker stickers placard placards".split()
)


# One capitalised plural word, then a verb in the plural, as a cue's subject: "Gardeners
# always tell you", "Dealers always tell you" (a person's name takes "says", "tells";
# "the Communists say" names a body, as "Democrats" the text capitalises mid-sentence).
_PLURAL_SAY = re.compile(
    r"(?<![\w'\u2019])(?<![Tt]he\s)(?P<who>[A-Z][a-z]+[^s'\u2019\W]s)\s+"
    r"(?:(?:always|often|usually|all|will|would|just)\s+)?"
    r"(?:say|tell|write|insist|claim)\b(?:\s+(?:you|us|me))?[,:]?\s*$"
)


def _in_clause(speaker: str, said: re.Match[str]) -> bool:
    """Whether ``speaker``'s last word stands in the clause ``said`` (``_and_said``)."""
    # (from the subject on: a clause of time before it, "When Obama was in office, the
    # senator stood up and said,", is no part of the clause)
    subject = next(
        (said.start(g) for g in ("pronoun", "ours", "described", "name") if said.group(g)),
        said.start(),
    )
    words = said.group()[subject - said.start() :]
    return _last_word_at(words, speaker.split()[-1], 0, len(words)) >= 0


def _same_person(name: str, other: str, text: str, after: bool) -> str:
    """The fuller of ``name`` (the turn's "he" or "she") and ``other`` (the name the prose
    attribution found) when they are the same person, titles aside ("Captain Ferreira"
    and "Luis Ferreira"), or ``name`` is a description by an office the text puts before
    ``other`` ("the governor" for "Governor Paul Kemper"); "" when they are not. As
    full, the turn's titled form ("Mr Lyle Dunmore ... He wrote,") goes with a cue before
    the quotation, the prose's with one ``after`` it, which the prose reads too ("Coach
    Harlan Webb pulled me aside. '...,' he says": Harlan Webb, as without the rule)."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in TITLES]
    full = other.split()
    if not words or not full:
        return ""
    if words[-1] == full[-1]:
        longer = len(words) > len(full) or (not after and len(name.split()) > len(full))
        return name if longer else other
    office = re.fullmatch(r"(?:the|this|that)\s+([a-z]+)", name)
    if office and re.search(rf"\b{office[1]}\s+{re.escape(other)}\b", text, re.I):
        return other
    return ""


# Someone described, not named: "their assistant", "a supervisor", "the agency rep".
_ONE_DESCRIBED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)\s+(?:[a-z\-]+\s+)?"
    rf"(?P<head>{_HEAD}|assistant|rep|representative|supervisor|tutor|instructor|foreman"
    r"|director|employee|staffer|intern|volunteer|technician|inspector|engineer)\b"
)


# A role's head by its ending: "timekeeper", "founder", "counsel", "archivist", "librarian".
_ROLE_ENDING = re.compile(r"(?:keeper|founder|counsel|ist|ian)$")


def _a_role(described: str | None) -> bool:
    """Whether ``described`` ("our timekeeper", "the manual") is headed by a person."""
    head = (described or "").split()[-1:]
    return bool(head) and (head[0] in _PERSON_HEADS or bool(_ROLE_ENDING.search(head[0])))


def _described_head(speaker: str, own: str) -> str:
    """The head noun of ``speaker`` when it is a person described, not named: one of
    ``own``'s ("Ann Lee's late husband") or a description ("the venue manager", "an old
    man"); "" otherwise."""
    if speaker.startswith(f"{own}'s "):
        words = speaker[len(own) + 3 :].split()
    elif speaker.split()[0] in ("the", "The", "a", "A", "an", "An"):
        words = speaker.split()[1:]
    else:
        return ""
    head = words[-1].lower() if words else ""
    return head if head in _PERSON_HEADS or head in ("foreman", "inspector", "director") else ""


def _is_female(head: str) -> bool | None:
    """Whether a person described by ``head`` is a woman; None when the word says not."""
    return True if head in _FEMALE_HEADS else False if head in _MALE_HEADS else None


def _prose_named(
    text: str, body: int, cue: re.Match[str], prose: str, speaker: str, people: Participants
) -> str:
    """``prose``, the attribution's speaker, for the cue's "he" or "she" the pronoun rules
    leave to no one, when the turn names it before the cue and its gender does not differ
    ("I knew Eleanor Pym. She taught my son, and she once sent home a note that said");
    "" otherwise."""
    if prose in (UNKNOWN, NARRATOR, speaker) or not prose[:1].isupper():
        return ""
    if not _a_person(prose, people, text) or _a_thing(prose, text) or _an_address(prose, text):
        return ""  # a person by the checks the attribution's speakers pass ("Birch Lane")
    sex = "f" if cue["pronoun"].lower() == "she" else "m"
    if _gender_of(prose) not in ("", sex):
        return ""
    at = _last_word_at(text, prose.split()[-1], body, cue.start())
    if at < 0:
        return ""
    heads = _FEMALE_HEADS if sex == "f" else _MALE_HEADS
    between = {w.lower() for w in _WORD.findall(text[at : cue.start()])}
    # ("When Maud Penhaligon got there, her brother ... and he said,": he is the brother)
    if between & heads:
        return ""
    other = _MALE_HEADS if sex == "f" else _FEMALE_HEADS
    # (nor one described between of either gender: "After the meeting with Pat Lee, their
    # assistant called. She sent me a note that said,": she is the assistant)
    described = _ONE_DESCRIBED.finditer(text, at, cue.start())
    return "" if any(m["head"] not in other for m in described) else prose


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
    prose = quote.speaker  # the prose attribution's, before any rule here sets it aside
    if _TOLD_PASSIVE.search(text, lo, quote.start):
        return _with(quote, UNKNOWN)  # "she was told," names no one who told her
    if _WILL_SAY.search(text, lo, quote.start) or _ANYONE_WILL_SAY.search(text, lo, quote.start):
        # "he will say:", "a good judge will write": words no one has said yet
        return _with(quote, UNKNOWN)
    if _YOU_ARE_TO_SAY.search(text[lo : quote.start]):  # (sliced: "^" its start)
        return _with(quote, UNKNOWN)  # "Then you say,": the speaker's wording, not said yet
    if _asks_who(text, lo, quote):
        return _with(quote, UNKNOWN)  # 'Seb, who said "That one's not for me"?': unknown
    if _WHOSE_TEXT_SAYS.search(text, lo, quote.start):
        return _with(quote, UNKNOWN)  # "a friend whose scholarship letter says,": not hers
    if _IN_QUOTES_AFTER.match(text, quote.end) and not _PUNCTUATED.search(
        text, quote.start + 1, quote.end
    ):
        return _with(quote, UNKNOWN)  # 'you just said "flower" in quotes': a word as a word
    if _WHAT_IS_CALLED.search(text, lo, quote.start):
        return _with(quote, UNKNOWN)  # 'the weir forms what's called a "closed stopper,"'
    if _MY_TEXT_SAYS.search(text, lo, quote.start):
        return _with(quote, UNKNOWN)  # "When I wrote to her ... My message said,": mine
    if _own_before_cue_after(text, lo, quote):
        return _with(quote, UNKNOWN)  # 'I called him and said, "..." He acknowledged.'
    if modifies_a_noun(text, quote):
        return _with(quote, UNKNOWN)  # 'a "deconstructed" shepherd's pie': a label
    if names_a_heading(text, quote):
        return _with(quote, UNKNOWN)  # 'He wrote, under "description of injury,"': a field
    if set_off := _described_then_named(
        text,
        lo,
        quote.start,
        len(text[quote.start : quote.end].split()),
        answerer,
        text[quote.start + 1 : quote.end - 1],
    ):
        # "The caretaker, Phil, told me,", "Their head gardener, a very dry Scotsman called
        # Fergus Whyte, said to me,": the name the described subject of the cue is given
        # (a participant's first name is that participant: "Our chair, Nora, told me,")
        set_off = _by_first_name(
            _as_participant(set_off, people), people, text, text[lo : quote.start]
        )
        return _with(quote, set_off if set_off != turn.speaker else UNKNOWN)
    framed = named_by_frame(text, body, lo, quote, turn, people, earlier, answerer)
    if framed is not None:
        # "this is the same fellow who told you,", "I remember the vice president saying,"
        return _with(quote, framed)
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
    if speaker not in (UNKNOWN, NARRATOR) and (
        _after_place_preposition(text, lo, quote, speaker)
        or _after_determiner(text, lo, quote, speaker)
    ):
        # "Everybody in Ohio said,": no Ohio speaks; "Margaret in Halifax, who wrote in
        # to say,": Margaret does
        quote = _with(quote, UNKNOWN)
        speaker = _named_in_place(text, lo, quote.start, speaker, people) or UNKNOWN
    if speaker not in (UNKNOWN, NARRATOR) and (
        member := _member_of(text, lo, quote.start, speaker, people)
    ):
        speaker = member  # "Marcus from the Otters said,": Marcus, not his patrol
    m = _SPOKEN_OFFICE.match(speaker)
    if m:
        who = people.holder(m.group("office"))
        return _with(quote, who) if who and who != turn.speaker else quote
    speaker = _as_participant(speaker, people)
    speaker = _named_in_apposition(text, lo, quote.start, speaker)
    if (speaker[:1].islower() or speaker[:2] == "A ") and (  # (UNKNOWN, NARRATOR too)
        called := _called_and_said(text, lo, quote.start)
    ):
        speaker = called  # "my first captain, a woman called Astrid Haugen, told me after"
    if _titled_common_word(speaker, people, text, lo, quote.start):
        speaker = UNKNOWN  # "I took General Chemistry with Professor Kessler": a course
    if _set_off_as_other_gender(text, body, quote.start, speaker):
        speaker = UNKNOWN  # "her brother, Anders, ... She writes,": "she" is not Anders
    if speaker.split()[-1].lower() in _DOCUMENT_HEADS:
        speaker = _whole_title(text, lo, quote.start, speaker)
    if speaker not in (UNKNOWN, NARRATOR) and not _someone(speaker, people, text):
        speaker = UNKNOWN
    if _an_address(speaker, text):
        speaker = UNKNOWN  # "16 Birch Lane": a street, whatever "he" said near it
    if _unowned_text(speaker):
        speaker = UNKNOWN  # "The report says, on page twelve, that": the text's, no one's
    if speaker.split()[-1] in _OBJECT_PRONOUNS and len(speaker.split()) > 1:
        speaker = UNKNOWN  # "The letter from them says": whose, a pronoun does not name
    if speaker.split()[-1] in _CLAUSE_JOINERS and (described := _ONE_DESCRIBED.match(speaker)):
        speaker = described.group()  # "A man came in and": the clause is no part of him
    if speaker.split()[-1].strip(".,") in _WORN_OR_POSTED:  # (not "Mr. Banner")
        speaker = UNKNOWN  # 'his T-shirt says "Play the Board"': printed words, no one's
    if speaker[:2] in ("a ", "A ") and re.search(
        rf"\b(?:I\s+was|I['\u2019]m|I\s+am|we\s+were)\s+{re.escape(speaker)}\b",
        text[lo : quote.start],
    ):
        speaker = UNKNOWN  # "when I was a boy,": the speaker as they were, no one quoted
    if (
        " " not in speaker  # (only one word can be such a kind: "Gardeners")
        and (plural := _PLURAL_SAY.search(text, lo, quote.start))
        and plural["who"] == speaker
        and not mid_sentence(speaker, text)  # ("the Democrats")
    ):
        speaker = UNKNOWN  # "Gardeners always tell you": a kind of people, no one's name
    if _SENTENCE_WORDS & set(speaker.split()):  # in lower case: not "George Will"
        speaker = UNKNOWN  # "A President should never say 'never.'": a rule, no speaker
    said = _and_said(text, lo, quote.start)
    if speaker not in (UNKNOWN, NARRATOR) and said and not _in_clause(speaker, said):
        # "...letting Hans Blix do his job. But the president just brought the hammer
        # down and said,": the clause's own subject speaks, not one named before it
        speaker = UNKNOWN
    he_said = _PRONOUN_CUE.search(text, lo, heard_end(text, lo, quote.start))
    if he_said and "talk" in he_said.group() and _named_thing(text[quote.start : quote.end]):
        he_said = None  # "She talks about "Beloved" every semester": a book, no words
    pronoun = (
        he_said
        or _WHAT_HE_SAID.search(text, lo, quote.start)
        or _PRONOUN_AFTER.match(text, quote.end)
    )
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
    if speaker in (UNKNOWN, NARRATOR) and (after_name := _name_after(text, body, quote, people)):
        speaker = after_name  # '"Two minutes, two minutes," Marcus kept saying,'
    if speaker in (UNKNOWN, NARRATOR) and (
        described_named := _described_named_after(text, quote, people)
    ):
        speaker = described_named  # '"...," said the contractor, Mr. Dwayne Kowalczyk,'
    if speaker in (UNKNOWN, NARRATOR) and (
        herself := _named_herself(text, lo, quote.start, people)
    ):
        speaker = herself  # "And Rosa herself said, when she put it down,": Rosa
    if speaker in (UNKNOWN, NARRATOR) and (sender := _sender(text, lo, quote.start, people)):
        speaker = sender  # "Hamid in wardrobe sent me a message that says,": his text
    if speaker in (UNKNOWN, NARRATOR) and (as_said := _AS_SAID.search(text, lo, quote.start)):
        # "as Gemma always says at the end,": the one named
        who = _as_participant(" ".join(as_said["name"].split()), people)
        if (
            who != turn.speaker
            and _a_person(who, people, text)
            and not _a_thing(who, text)
            and not _dated(who)
        ):
            speaker = who
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
    if speaker in (UNKNOWN, NARRATOR) and (line := _LINE_IT_IS.search(text, lo, quote.start)):
        # "a line from Benjamin Franklin on the wall ..., but it's": its author's, a
        # person by the name ("a line from Casablanca" is a film's)
        speaker = _as_participant(" ".join(line.group("name").split()), people)
        speaker = speaker if _a_named_person(speaker, people) else UNKNOWN
        speaker = speaker if speaker != turn.speaker else UNKNOWN
    if speaker == UNKNOWN and (cleft := _CLEFT.search(text, lo, quote.start)):
        # "It was Seneca or it was Cicero, I don't know which, that said,": the first named
        speaker = _as_participant(" ".join(cleft.group("name").split()), people)
        speaker = speaker if _a_person(speaker, people, text) else UNKNOWN
        speaker = speaker if speaker != turn.speaker else UNKNOWN
    if speaker in (UNKNOWN, NARRATOR) and (
        according := _ACCORDING_TO_NAME.search(text, lo, quote.start)
    ):
        # "According to our timekeeper, Sunil Kapoor, '...'": the one named, a person by
        # the name's form (the "to" before it is no place's)
        who = _as_participant(" ".join(according["name"].split()), people)
        if (
            not _SPEECH_IN_ASIDE.search(according["aside"] or "")
            and not _SPEECH_IN_ASIDE.search(according["clause"] or "")
            # (nor a name for a thing or a title in it: 'the report called it "..."')
            and not _NAMING_VERB.search(according["clause"] or "")
            and not (according["clause"] and _is_title(text[quote.start + 1 : quote.end - 1]))
            # (in a clause: a comma after the name, and words enough to be quoted, not a
            # word held at arm's length, 'the plan was "bold."')
            and (
                not according["clause"]
                or (
                    text[according.end("name")] == ","
                    and len(text[quote.start : quote.end].split()) >= _CLAUSE_QUOTE_WORDS
                )
            )
            and who != turn.speaker
            and (
                _a_named_person(who, people)  # (a person's name: not "Section Nine")
                or (
                    (_a_role(according["described"]) or according["opens"] == "who")
                    and _a_person(who, people, text)
                )
                # (a full name the text shows a person's, the words set in its clause)
                or (according["clause"] and " " in who and _a_person(who, people, text))
            )
            and not _a_thing(who, text)
            and who.split()[-1] not in _PLACE_OR_BODY  # (not "Victoria Station")
            and not _SUBJECT_OF.match(text, quote.end)  # ('"Ridge Loop" is closed': a name)
        ):
            speaker = who
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
        # (not a month or a day: "The letter we got in January said ... quote,")
        dated = who.split()[0].lower() in CALENDAR_WORDS
        if who != turn.speaker and _someone(who, people, text) and not dated:
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
    if (speaker == UNKNOWN or _POSSESSIVE_PRONOUN.match(speaker)) and (
        says := _HIS_TEXT_SAYS.search(text, lo, quote.start)
    ):
        # "His statement says, and I quote,": the one "his" is wrote it, named in the turn
        # (not guessed from the turns before)
        who = _he_or_she(text, body, says, turn.speaker, people, earlier, answerer=answerer)
        named = who and _last_word_at(text, who.split()[-1], body, says.start()) >= 0
        speaker = who if named else UNKNOWN
    if speaker in (UNKNOWN, NARRATOR) and (says := _NAME_TEXT_SAYS.search(text, lo, quote.start)):
        # "Owen's note in the script just says": the one named wrote it, a person by the
        # checks a name the attribution finds passes
        who = _as_participant(says["name"], people)
        if who != turn.speaker and _a_person(who, people, text) and not _a_thing(who, text):
            speaker = who
    if speaker in (UNKNOWN, NARRATOR) and (sent := _HE_SENT_A_TEXT.search(text, lo, quote.start)):
        # "she sent me a text that just said", "Then she wrote a second message, and I'll
        # read it exactly:": the one "she" is wrote it; or the name the attribution found
        # for "she", one of her gender the turn names ("I knew Eleanor Pym. She taught my
        # son, and she once sent home a note that said")
        who = _he_or_she(text, body, sent, turn.speaker, people, earlier, answerer=answerer)
        speaker = who or _prose_named(text, body, sent, prose, turn.speaker, people) or UNKNOWN
    if speaker == UNKNOWN and (says := _HER_WORDS.search(text, lo, quote.start)):
        # "Her exact words were,", "In his own words,": the one "her" is
        speaker = _he_or_she(text, body, says, turn.speaker, people, earlier, answerer=answerer)
        speaker = speaker or UNKNOWN
    if speaker == UNKNOWN and (had := _HAD_A_LINE.search(text, lo, quote.start)):
        # "He has a line he uses with every kid,": the one "he" is; "My supervisor in
        # Vienna had a phrase for this,": the speaker's own, when they say who elsewhere
        # ("My grandmother had a saying:" alone is a family's saying, no one's to name)
        if had["pronoun"]:
            who = _he_or_she(text, body, had, turn.speaker, people, earlier, answerer=answerer)
        else:
            who = own_named(text, people, turn.speaker, had["mine"])
        speaker = who or UNKNOWN
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
    if (speaker == UNKNOWN or _A_TEXT.fullmatch(speaker)) and (
        _TEXT_SAYS.search(text, lo, cue_end(text, lo, quote.start))
        or _read_out(text, lo, quote.start)
    ):
        # "She wrote a memo ..., and it said,", "an email from Scott" / "It says": its
        # author, whom a participant's text stands for (prose reads "it" as "the memo");
        # "It says, and I'm quoting the first line," too
        speaker = _author(text, body, quote.start, turn.speaker, people, earlier) or UNKNOWN
    if (speaker != NARRATOR or he_said) and (cue := pronoun):
        # (a "he says," right before the quotation is nearer than any "we" before it)
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
            after = cue.start() >= quote.end
            if _named_as(text, body, cue.start(), in_turn, speaker):
                in_turn = speaker  # "a colleague ... Her name is Beatrix Oyelaran. She told me,"
            speaker = _same_person(in_turn, speaker, text, after) or in_turn or speaker
    if speaker in (UNKNOWN, NARRATOR) and (rel := _WHO_SAID.search(text, lo, quote.start)):
        # "the words of my mom, who said:", "this is the president who said", "the
        # headline in the Daily News that said,": the one the relative clause describes
        speaker = _described(rel, turn.speaker, people) or speaker
    if speaker in (UNKNOWN, NARRATOR) and (
        named_mine := _MY_NAMED_SAID.search(text, lo, quote.start)
    ):
        # "my late wife Helen used to say,": the name the speaker gives their own person
        name = named_mine["set_off"] or named_mine["bare"]
        if not _dated(name):
            speaker = name
    if speaker in (UNKNOWN, NARRATOR) and (mine := _MY_SAID.search(text, lo, quote.start)):
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
    if speaker in (UNKNOWN, NARRATOR) and said:
        # the nearest clause's subject over "I" of a clause before it ("I was in Erie
        # and a teacher came up to me and said")
        speaker = UNKNOWN
        if said.group("pronoun"):
            # ("Dafydd Rees, for those who don't know him, ... He came round, looked at
            # the washing line, and said,": the name the attribution found for "he")
            speaker = (
                _he_or_she(text, body, said, turn.speaker, people, earlier, answerer=answerer)
                or _prose_named(text, body, said, prose, turn.speaker, people)
                or UNKNOWN
            )
        elif (given := _given_name(said)) and _a_person(
            name := _as_participant(given, people), people, text
        ):
            # "My friend Ethan looked at it and said,": the one the description names
            speaker = name if not _a_thing(name, text) else UNKNOWN
        elif said.group("described"):
            speaker = " ".join(said.group("described").split())
            if speaker.split()[0].lower() == "my":
                speaker = f"{turn.speaker}'s {speaker.split(None, 1)[1]}"
            elif office := _SPOKEN_OFFICE.match(speaker):  # "the president": its holder
                speaker = people.holder(office.group("office")) or speaker
        elif said.group("name"):
            name = _as_participant(" ".join(said.group("name").split()), people)
            if _a_person(name, people, text) and not _a_thing(name, text):
                speaker = name
        speaker = UNKNOWN if speaker == turn.speaker else speaker
    if speaker == UNKNOWN and (named := _named_after(text, quote)):
        # '"I found out on my phone like everybody else." That's Marty Beaulieu, the
        # head coach': the one the sentence after names
        who = _as_participant(named["name"], people)
        person = _a_named_person(who, people) or _THEN_A_ROLE.match(text, named.end("name"))
        speaker = who if who != turn.speaker and person else speaker
    if speaker in (UNKNOWN, NARRATOR) and (source := _SOURCE_CUE.search(text, lo, quote.start)):
        speaker = _source(source.group("src")) or speaker
    if speaker == UNKNOWN:
        speaker = _participle_subject(text, body, lo, quote, turn, people, earlier, answerer)
        speaker = speaker or UNKNOWN
    if (speaker in (UNKNOWN, NARRATOR) or not speaker[:1].isupper() or speaker[:2] == "A ") and (
        signer := _as_participant(_signer(text[quote.start : quote.end]), people)
    ):
        # 'a letter from a lady in Perth: "... Yours sincerely, Mrs. Agatha Lee."' (not
        # the speaker's own letter signed with their name)
        speaker = signer if signer != turn.speaker else UNKNOWN
    if speaker not in (UNKNOWN, NARRATOR) and reports_another(text, lo, quote.start, speaker):
        speaker = UNKNOWN  # "Lucinda Farr testified that he said,": "he" speaks, not she
    if speaker not in (UNKNOWN, NARRATOR) and reports_someone(text, lo, quote.start, speaker):
        speaker = UNKNOWN  # "She told me that her grandmother always said": not she
    if speaker.startswith(mine := f"{turn.speaker}'s "):
        # "my late husband used to say," of one the speaker calls "my husband, Ernesto
        # Castellano," in a turn of theirs: the name
        speaker = own_named(text, people, turn.speaker, speaker[len(mine) :]) or speaker
    if speaker[:4] in ("the ", "The ") and (named_as := named_description(text, speaker)):
        # "he said," of "the club secretary" the text calls "Mr. Graham Whitely, the club
        # secretary,": the name
        speaker = _as_participant(named_as, people)
    if (head := _described_head(speaker, turn.speaker)) and (
        later := named_after(text, quote.start, quote.end, turn.end, head, _is_female(head))
    )[0]:
        # 'my sergeant always says, "..." That's Sergeant Rick Paulsen,', '"...." Her
        # name was Hildegard Schultz.': a person described, named right after; a person's
        # name by its form after "That was" ("That was Christmas Eve" is no one)
        named = _as_participant(later[0], people)
        person = _a_named_person(named, people) or (later[1] and _a_person(named, people, text))
        speaker = named if person and named != turn.speaker else speaker
    # the nearest clause's subject over the one of a clause of time before it
    if speaker == NARRATOR and (named := _named_after_i_clause(text, lo, quote.start, people)):
        speaker = named if named != turn.speaker else speaker  # "When I asked, Marcus said,"
    elif speaker not in (UNKNOWN, NARRATOR) and _CLAUSE_THEN_I_SAID.search(text, lo, quote.start):
        speaker = UNKNOWN  # "When Marcus asked, I just said,": the speaker's own
    if speaker not in people.speakers and _only_at_a_place(speaker, text):
        speaker = UNKNOWN  # "flying out of Hensley Farm strip. He said,": a place, no "he"
    # a participant's first name alone ("Jed said to me") is that participant
    speaker = _by_first_name(speaker, people, text, text[lo : quote.start])
    return quote if speaker == quote.speaker else _with(quote, speaker)
