"""Quotations inside a transcript's turns, cut out as the quoted person's.

A debater quotes others ("As Churchill said, 'We shall never surrender'", "you said,
quote, ..."); attribution (``speakers.attribution``) and the addressee rules
(``speakers.addressee``) find whose words they are. A quotation of no one named may be
another participant's own words echoed back ('Governor Romney, "wrong and reckless"
policies?'), unless the words are a name, a scare quote, the speaker's own use, or
words two participants have both used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...models import NARRATOR, UNKNOWN, Segment
from ..addressee import (
    participants,
    reading_asides,
    resolve,
    split_nested,
    vocatives,
)
from ..addressee.grammar import _HEAD
from ..attribution import SPEECH_VERBS
from ..names import gender
from ..quotes import _rstrip, double_quoted
from .marks import mispaired, single_marks_curled
from .shared import _lstrip

# (each mark a branch of its own: a pattern whose branches all open with a literal
# character is scanned for them quickly; one opening with a class is not)
_QUOTE_MARK = re.compile("\"|\u201c|\u201d|\u00ab|\u00bb|''")
# What puts words forward as said, among the last three before them: a speech verb
# ("not just saying,"), "the word", "that phrase", "you mentioned", "what you mean,";
# not a verb that names ('so-called "reform"', 'what they call "tax relief"').
_ECHO_CUES = frozenset(
    {v for v in SPEECH_VERBS if "_" not in v}
    - set(
        "called calls calling call dubbed labeled labelled branded termed described "
        "describes describing".split()
    )
    | set("say word words phrase quote quoting mean meant mention mentioned".split())
)
# A sentence that opens with the quotation, or with no more than a form of address
# before it ('Governor Romney, "wrong and reckless" policies?').
_VOCATIVE_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w'\u2019\-]*\.?\s+){0,3}[A-Z][\w'\u2019\-]*,\s*)?")


def quotes_within(text: str, turns: Sequence[Segment], attribute) -> list[Segment]:
    """Turns with the quotations they attribute to someone else cut out as quote
    segments ("As Churchill said, 'We shall never surrender'")."""
    text = double_quoted(single_marks_curled(text))
    out: list[Segment] = []
    people = None
    answerers: list[str] = []
    before: list[tuple[int, int]] = []  # the bodies of the turns before this one
    opened: list[int] = []  # where in ``out`` each of the last turns starts
    for i, turn in enumerate(turns):
        if turn.kind != "turn":
            out.append(turn)
            continue
        body = turn.start + turn.head
        before = [*before[-(_EARLIER_TURNS - 1) :], (body, turn.end)]
        opened = [*opened[-(_EARLIER_TURNS - 1) :], len(out)]
        if not _QUOTE_MARK.search(text, body, turn.end):
            out.append(turn)
            continue
        people = people or participants(text, turns)
        spoken = text[body : turn.end]
        hidden = sorted([*vocatives(spoken, turn.speaker, people), *reading_asides(spoken)])
        words = _blanked(spoken, hidden)
        earlier = "\n".join(text[a:b] for a, b in before[:-1])
        found: list[Segment] = []
        answerers = answerers or _answerers(turns)
        for q in attribute(words):
            q = replace(q, start=q.start + body, end=q.end + body)
            if mispaired(text, q.start, q.end):
                continue  # the speaker's words between two quotations
            q = resolve(text, body, q, turn, people, earlier, answerers[i])
            if (
                q.speaker in (UNKNOWN, NARRATOR)
                and found
                and found[-1].speaker not in (UNKNOWN, NARRATOR, turn.speaker)
                and (
                    _SAID_AGAIN.fullmatch(text, found[-1].end, q.start)
                    or (
                        _THEN_AGAIN.fullmatch(text, found[-1].end, q.start)
                        and not _ASKS.search(text, found[-1].start, found[-1].end)
                        and _NAMED.fullmatch(found[-1].speaker) is not None
                    )
                    or _added(text, found[-1], q.start)
                    or _GOES_ON.fullmatch(text, found[-1].end, q.start) is not None
                    or (q.speaker == UNKNOWN and _LISTED.fullmatch(text, found[-1].end, q.start))
                    or (
                        not q.cue
                        and _SPLIT.fullmatch(text, found[-1].end, q.start)
                        and not _ASKS.search(text, found[-1].start, found[-1].end)
                    )
                )
            ):
                q = replace(q, speaker=found[-1].speaker)
            if q.speaker == UNKNOWN:
                echo = _echoed(text, q, out[opened[0] :], turn.speaker, turns, i)
                q = replace(q, speaker=echo or UNKNOWN)
            if found and _split_before(text, found[-1], q):
                found[-1] = replace(found[-1], speaker=q.speaker)
            found.append(q)
        if any(_SINGLE_MARK.search(text, q.start + 1, q.end - 1) for q in found):
            # a quotation nested in one, given by a cue inside it to someone the
            # transcript names ("Mr. Drummond says 'put it in writing'")
            found = [p for q in found for p in split_nested(text, q, people)]
        quoted = [q for q in found if q.speaker not in (UNKNOWN, NARRATOR, turn.speaker)]
        cursor, head = turn.start, turn.head
        for q in quoted:
            if text[cursor + head : q.start].strip() or head:
                out.append(
                    replace(
                        turn,
                        start=cursor,
                        end=_rstrip(text, cursor, q.start),
                        head=head,
                        cue=turn.cue if head else "",
                    )
                )
            out.append(q)
            cursor, head = _lstrip(text, q.end, turn.end), 0
        if text[cursor : turn.end].strip():
            out.append(replace(turn, start=cursor, head=head, cue=turn.cue if head else ""))
    return out


_SINGLE_MARK = re.compile("['\u2018]")
_ECHO_WORD = re.compile(r"[\w'\u2019]+")
_NAMING = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+$")
_WORD_BEFORE = re.compile(r"\b[Ww]ords?,?\s*$")  # 'the word "lying"', 'That word, "dishonest"'
# A verb right after the quoted word makes it the subject spoken of: 'the word "orchard"
# has a weight', 'the word "deal" means'.
_WORD_SAYS = re.compile(
    r"\s*(?:is|was|has|had|means|meant|sounds|carries|does|doesn['\u2019]t|isn['\u2019]t)\b"
)
_MARKED = re.compile('"[^"\n]*"|\u201c[^\u201d\n]*\u201d')


def _echoed(
    text: str,
    q: Segment,
    recent: Sequence[Segment],
    speaker: str,
    turns: Sequence[Segment],
    at: int,
) -> str:
    """Who said the words of ``q``, a quotation of no one named, in the turns just before
    (``recent``): another participant in their own words ('Governor Romney, "wrong and
    reckless" policies?' after Obama spoke of "wrong and reckless policies"), or the one
    a quotation there was cut out for; "" when nobody, or the speaker, said them last,
    and when the words are no one participant's (see ``_shared``)."""
    words = _ECHO_WORD.findall(text[q.start : q.end])
    if len(words) < 2 and (not words or len(words[0]) < _ECHO_MIN_LETTERS):
        return ""  # a short word is anyone's
    if len(words) < 2 and not _WORD_BEFORE.search(text, max(0, q.start - 12), q.start):
        return ""  # one word put in marks, not as "the word": a scare quote ('so-called "reform"')
    if _NAMING.search(text, max(0, q.start - 12), q.start):
        return ""  # 'the "walk in the woods" agreement': a name for a thing, no one's words
    if _WORD_BEFORE.search(text, max(0, q.start - 12), q.start) and _WORD_SAYS.match(text, q.end):
        return ""  # 'the word "orchard" has a weight to it': a word spoken of, no one's use
    if _SOURCE_AFTER.match(text, q.end):
        return ""  # 'hearing "isn't final" from the VA': the words' source is named after
    sentence = text[_sentence_start(text, q.start) : q.start]
    if _FIRST_PERSON_USE.search(sentence):
        return ""  # 'I never used the word "stretched"': the speaker's own use, or none
    if _GENERIC_USE.search(sentence):
        return ""  # 'People say "deed restriction" like it's a spell': anyone's use
    if not _VOCATIVE_ONLY.fullmatch(sentence) and not (
        {w.lower() for w in _ECHO_WORD.findall(sentence)[-3:]} & _ECHO_CUES
    ):
        # words set in a sentence as a name or a scare quote ('we repealed "don't ask,
        # don't tell"', 'his "fair tax deal" cuts schools'), not put forward as said
        return ""
    # the case of each word but the first kept: "The Long Road", a title, is not "the
    # long road ahead"
    first = f"(?i:{re.escape(words[0])})"
    said = re.compile(r"\b" + r"\W+".join([first, *map(re.escape, words[1:])]) + r"\b")
    for seg in reversed(recent):
        if seg.kind not in ("turn", "quote"):
            continue
        m = said.search(text, seg.start + seg.head, seg.end)
        if m is None:
            continue
        if seg.kind == "quote":
            who = seg.speaker if seg.speaker not in (UNKNOWN, NARRATOR, speaker) else ""
        elif seg.speaker == speaker or any(
            a <= m.start() - seg.start < b for a, b in _marked_spans(text[seg.start : seg.end])
        ):
            return ""  # the speaker's own words again, or a quotation left in its turn
        else:
            who = seg.speaker
        return "" if not who or _shared(text, said, who, turns, at, q.start) else who
    return ""


def _shared(
    text: str, said: re.Pattern[str], who: str, turns: Sequence[Segment], at: int, end: int
) -> bool:
    """Whether, before ``end`` and within ``_SHARED_REACH`` of it, any turn of someone
    other than ``who`` says the words in its own voice, outside quotation marks: words
    two people have used ("middle class", a slogan both sides take up) are no one's to
    be quoted back. ``turns[at]`` is the turn holding ``end``."""
    for turn in (turns[j] for j in range(at, -1, -1)):
        if turn.end < end - _SHARED_REACH:
            break
        if turn.kind != "turn" or turn.speaker == who:
            continue
        body = turn.start + turn.head
        marked = _marked_spans(text[body : turn.end])
        for m in said.finditer(text, body, min(turn.end, end)):
            if not any(a <= m.start() - body < b for a, b in marked):
                return True
    return False


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, at - 300), at)]
    return ends[-1] if ends else max(0, at - 300)


# The words' source named right after them: 'hearing "isn't final" from the VA'.
_SOURCE_AFTER = re.compile(r"\s*,?\s*(?:from|by)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[A-Za-z]")
# The speaker's own relation to the words in the sentence before them: "I never used the
# word", "I said", "I've been hearing", "we call it".
_FIRST_PERSON_USE = re.compile(
    r"\b(?:I|[Ww]e)(?:['\u2019](?:ve|m|d|ll|re))?\s+(?:\w+\s+){0,3}?"
    r"(?:use|used|using|say|said|saying|call|called|calling|hear|heard|hearing|put\s+it)\b"
)
# A generic subject using the words right before them: "People say", "Everyone keeps
# saying", "folks throw around".
_GENERIC_USE = re.compile(
    r"\b(?:[Pp]eople|[Ee]veryone|[Ee]verybody|[Ff]olks|[Ss]ome|[Mm]any|[Nn]obody|[Ss]omeone)"
    r"\s+(?:\w+\s+){0,2}?(?:say|says|said|saying|use|uses|call|calls|throw\s+around)"
    r"(?:\s+the\s+(?:words?|phrase|term))?\s*$"
)
_SENTENCE_BREAK = re.compile(r"[.?!:;][\"\u201d\u2019)]*\s+|\n")


def _marked_spans(words: str) -> list[tuple[int, int]]:
    return [m.span() for m in _MARKED.finditer(words)]


def _answerers(turns: Sequence[Segment]) -> list[str]:
    """For each turn, who speaks next after it (the rest of the same speaker's words,
    cut by stage directions, aside): the one a question in that turn is put to; "" at
    the end. One pass from the end, so a long hearing costs no more than a short one."""
    out = [""] * len(turns)
    after, then = "", ""  # the next turn's speaker, and the next one other than them
    for i in range(len(turns) - 1, -1, -1):
        turn = turns[i]
        if turn.kind != "turn":
            continue
        out[i] = after if after != turn.speaker else then
        if turn.speaker != after:
            after, then = turn.speaker, after
    return out


# A bare speech verb or a bare "and" (or "or") between two quotations lists what the
# first one's speaker said: 'the president who said "There were weapons," said "Mission
# accomplished,"', 'called the plan "reckless" and "costly"', '"We will." And then, "We
# won't."'.
_SAID_AGAIN = re.compile(
    r"\s*,?\s*(?:(?:[Aa]nd|or)(?:\s+then)?\s*,?\s*(?:(?:said|says)\s*,?\s*)?|(?:said|says)\s*,?\s*)"
)
# The one just quoted going on, "then" and a short phrase of time or manner alone between
# ('"I checked the boards," and then, after a pause, "well, most of them."', '"A." Then, a
# minute later, "B."'); not a phrase in which someone speaks ("Then, when I asked why,")
# or that names anyone ("Then, from Nora,"). Only after one named (not "my daughter"):
# a description may be a guess that the next words would only spread.
_NAMED = re.compile(r"(?!(?:The|A|An)\s)[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)*")
_THEN_AGAIN = re.compile(
    r"\s*,?\s*(?:[Aa]nd\s+)?[Tt]hen\s*,\s*"
    r"(?:(?:(?!\b(?:said|says|asked|asks|told|tells|replied|answered|wrote|added"
    # (nor a phrase with a source or someone else in it: "Then, from the back of the
    # hall,", "And then, from my wife,", "Then, in my reply,", "Then, the whole room,")
    r"|from|my|our|your|their|room|crowd|audience|everyone|everybody|someone"
    rf"|somebody|{_HEAD})s?\b)"
    r"(?:[^A-Z,.?!;:\"\u201c\u201d\u2018\u2019]|\bI\b)){1,40}?,\s*)?"
)
# A speech cue alone between the halves of a split quotation, its subject in lower case
# or a pronoun: '"The app," my sergeant always says, "is where"', '"The opening," you told
# me, "should sound"'.
_MID_CUE = re.compile(
    r"\s*(?:[a-z][\w\-'\u2019]*\s+){1,4}?(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)"
    r"|wrote|writes|added|adds|went\s+on)\s*,\s*"
)
_ENDS_IN_COMMA = re.compile(r",[\"'\u201d\u2019]$")


def _split_before(text: str, first: Segment, second: Segment) -> bool:
    """Whether ``first``, left to no one, is the opening half of ``second``'s split
    quotation (its words end in a comma, a cue alone between), ``second`` cut out for
    one named: the halves are one person's words."""
    return (
        first.speaker == UNKNOWN
        and _NAMED.fullmatch(second.speaker) is not None
        and _ENDS_IN_COMMA.search(text, first.start, first.end) is not None
        and _MID_CUE.fullmatch(text, first.end, second.start) is not None
    )


# The one just quoted going on, a pronoun and a verb of going on alone between: '"Don't
# look at the answers," and then he'd add, "Then look."'.
_ADDED = re.compile(
    r"\s*,?\s*(?:[Aa]nd\s+)?(?:then\s+)?(?P<pronoun>he|she)(?:['\u2019]d)?\s+"
    r"(?:add|added|adds|went\s+on)\s*[,:]?\s*"
)


def _added(text: str, last: Segment, start: int) -> bool:
    """Whether ``_ADDED`` alone stands between ``last`` and a quotation at ``start``, its
    pronoun not of the other gender than ``last``'s speaker."""
    m = _ADDED.fullmatch(text, last.end, start)
    said = gender("", last.speaker)
    if m is None or said not in ("", "f" if m["pronoun"] == "she" else "m"):
        return False
    # (not when its cue spoke to another, who may be the one adding: 'The judge told the
    # defendant, "Stand up," and he added, "Your Honor, I object."')
    sentence = max(text.rfind(mark, 0, last.start) for mark in (". ", "? ", "! ", "\n"))
    return not _TO_ANOTHER.search(text, sentence + 1, last.start)


# A cue spoken to someone other than the speaker: "told the defendant,", "said to Ruth,".
_TO_ANOTHER = re.compile(
    r"\b(?:told|tells|asked|asks|warned|reminded|(?:said|says)\s+to)\s+(?!(?:me|us)\b)"
    r"\w[^.?!,;\"\u201c\u201d]*[,:]?\s*$"
)


# The text or the writer just quoted going on, in a sentence of its own: '"..." It also
# says, "..."', '"..." He goes on, "..."', '"..." But then it says,' (a verb of going on
# for "he" or "she", who may be someone else when they only say; "also", "then" or a verb
# of going on for a text, which may be another text, a sign or a thing the one quoted
# spoke of when it only says: '"Read the sign." It says, "No entry."').
_TEXT_GOING = r"(?:[Ii]t|[Tt]he\s+(?:letter|email|note|page|script|report|message))"
_GOING_ON = r"(?:goes\s+on|went\s+on|continues|continued)"
_TEXT_GOING_ON = r"(?:goes\s+on|went\s+on|continues|continued|adds|added)"
_GOES_ON = re.compile(
    r"[.!?]?\s+(?:(?:[Aa]nd|[Bb]ut)\s+)?(?:(?P<then>[Tt]hen)\s+)?"
    rf"(?:{_TEXT_GOING}\s+(?(then)(?:also\s+)?(?:says|said|reads|read|{_TEXT_GOING_ON})"
    rf"|(?:also\s+(?:says|said|reads|read|{_TEXT_GOING_ON})|{_TEXT_GOING_ON}))"
    rf"|(?:[Hh]e|[Ss]he)\s+{_GOING_ON})"
    r"\s*[,:]?\s*"
)


# A split quotation: its cue, a pronoun's, alone between its halves ('"You can have the
# booth," she told him. "I'm keeping the sign."'); the second half has no cue of its own.
_SPLIT = re.compile(
    r"\s*,?\s*(?:he|she)\s+(?:said|says|told\s+(?:him|her|them|me|us)|asked|added|went\s+on)"
    r"\s*[.,:]\s*"
)
# A first half that asks: the words after it answer, most often another's ('"Is he
# alive?" she asked. "He's fine, ma'am."').
_ASKS = re.compile(r"\?[\"'\u201d\u2019]*$")
# Nothing but a space after a comma inside the first one's marks lists them too ('used
# words like "erratic," "out of touch," "angry"'), for a quotation no cue gives anyone
# (not '"Sit down," "No," I said').
_LISTED = re.compile(r"(?<=,[\"\u201d])\s+")
_EARLIER_TURNS = 4  # a turn and the three before it: where "he said" may find its person
_SHARED_REACH = 50_000  # characters back that words count as used by someone else
_ECHO_MIN_LETTERS = 5  # a single word shorter than this echoes no one in particular


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with ``spans`` turned to spaces (offsets stay): a form of address is
    hidden from attribution, which would take "Mr. Kennedy, Representative Powell ...
    is saying" for Kennedy's words."""
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    return "".join(pieces) + text[cursor:]
