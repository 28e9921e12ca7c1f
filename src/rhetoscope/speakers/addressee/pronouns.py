"""Pronoun cues ("he said", "she called the plan", "her exact words were") and who the
pronoun is in a transcript turn.

The prose attribution finds "he" over the sentences before, reading the turn as
narration. In a turn the antecedent is the person the turn itself last mentions (a
description, a titled name, a participant by name or office), agreeing in gender and
near enough; a participant addressed ("Well, John,") is "you", not "he"; with no one
mentioned, the turns just before, or the other debater. Also here: the participant an
office before the pronoun names ("they asked the president ... He said"), and one a
question is read out from ("a question from Peggy in Amherst ... She says")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from ...models import UNKNOWN, Segment
from ..names import CALENDAR_WORDS, FUNCTION_WORDS, TITLES, LowerCaseWords, gender
from .address import _OPPONENT_CUE
from .grammar import (
    _FEMALE_HEADS,
    _HEAD,
    _OFFICE_NOMINAL,
    _PERSON_HEADS,
    _SPOKE,
    _TITLE_OFFICE,
    _gender_of,
    _other,
    _unquoted,
    _unquoted_prefix,
)
from .mentions import _Mention, _mentions
from .people import Participants, _participant

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


# "Her exact words were,", "in his own words,", "I'll repeat his words:", "these are his
# words -", "here's his exact words.", and what stands for them: "his answer was,", "his
# explanation to the paper was just,".
_HER_WORDS = re.compile(
    r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:own\s+|exact\s+|very\s+)?"
    r"(?:words(?:\s+(?:were|are|was))?"
    r"|(?:answer|reply|response|explanation)(?:\s+(?:to|for)\s+(?:[\w\-]+\s+){1,3}?)?"
    r"\s*(?:was|is)(?:\s+(?:just|simply|simple))?"
    # "His rule, which we still use, was", "His phrase is,": the saying of the one "his" is
    r"|(?:rule|phrase|motto|saying|maxim)(?:,\s+(?:which|that)\s+[^,.?!;\"\u201c\u201d]{1,40},)?"
    r"\s+(?:was|is))"
    r"[,:]?(?:\s*[.\u2013\u2014\-]+)?\s*$"
)
# One with a saying of their own, the saying right after: "He has a line he uses with every
# kid,", "he had a rule for young cooks that was,", "My supervisor in Vienna had a phrase
# for this,". Not a line in or from something ("She had a line in the play,": a script's),
# nor one borrowed ("He has a line he quotes all the time,": another's).
_HAD_A_LINE = re.compile(
    r"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|\b[Mm]y\s+(?P<mine>(?:[a-z]+\s+)?"
    rf"(?:{_HEAD}|supervisor|tutor|instructor|foreman)"
    r"(?:\s+(?:in|at|from)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?))"
    r"\s+(?:has|had|always\s+had)\s+a\s+(?:line|phrase|saying|rule|motto|maxim)\b"
    r"(?![^.?!;\"\u201c\u201d]*\b(?:in|from|of|quotes|quoted|borrowed|stole)\b)[^.?!;\"\u201c\u201d]{0,50}[,:]\s*$"
)
# "He" or "she" saying something, a few words before the quotation set in it: "She
# called the plan", "he has described it as", "she said that the plan was".
_HE_CALLED = re.compile(
    r"(?<!\bif )(?<!\bIf )(?<![Ww]hat )\b(?P<pronoun>[Hh]e|[Ss]he)"  # not "what he calls"
    r"(?:\s+(?:has|had|also|just|once|even|then|[a-z]+ly))*\s+"
    r"(?P<verb>called|calls|described|describes|says|said|claims|claimed)\b"  # not "wrote a book,"
    r"(?P<rest>[^.?!;\"\u201c\u201d]{0,120})$"
)
_SPOKE_AGAIN = re.compile(
    r"\b(?:says?|said|saying|calls?|called|claims?|claimed|wrote|writes|told|tells?)\b"
)


def _he_called(text: str, lo: int, quote: Segment) -> re.Match[str] | None:
    """A ``_HE_CALLED`` cue before ``quote`` where no one else speaks between (no "I",
    "we" or "you", no second speech verb) and the quotation is no title ("her plan
    'Fresh Start for Families'", "her favorite book is 'The Long Road Home'"), unless a
    person is what he called it: a name he called someone ("he called this woman 'Miss
    Piggy'", "then he called her 'Miss Housekeeping'") is his words."""
    m = _HE_CALLED.search(text, lo, quote.start)
    if m is None or _SPEAKER_OR_ADDRESSEE.search(m["rest"]) or _SPOKE_AGAIN.search(m["rest"]):
        return None
    if m["verb"].startswith("call") and _PERSON_CALLED.fullmatch(m["rest"]):
        return m
    return None if _title_case(_A_WORD.findall(text[quote.start : quote.end])) else m


# The person called something: "him", "her", "this woman", "a reporter".
_PERSON_CALLED = re.compile(
    rf"\s+(?:him|her|them|(?:this|that|the|a|an)\s+(?:[a-z]+\s+)?(?:{_HEAD}))\s*"
)


_MINOR_WORDS = frozenset("a an the of for and or to in on at with from by".split())
_A_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")


def _title_case(found: list[str]) -> bool:
    """Whether the words ``found`` (``_A_WORD``) are two or more, every one but the minor
    ones opening with a capital (a title: "Fresh Start for Families"; a single
    "Outrageous." is a word said)."""
    return len(found) >= 2 and all(w[0].isupper() for w in found if w.lower() not in _MINOR_WORDS)


def _named_thing(quotation: str) -> bool:
    """Whether ``quotation`` (its marks included) names a thing, a book or a film, rather
    than gives words: a title, or one capitalised word with no stop of its own
    ("Beloved", not "Outrageous.")."""
    found = _A_WORD.findall(quotation)
    words = quotation.strip("\"'\u201c\u201d\u2018\u2019 ")
    single = len(found) == 1 and found[0][0].isupper() and not words.endswith((".", "!", "?"))
    return single or _title_case(found)


_SPEAKER_OR_ADDRESSEE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)\b")
_HE_SAYS_THAT_IS = re.compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)(?:['\u2019]s|\s+is|\s+was)?\s+(?:saying|says|said)\s+that\s+"
    r"[^.?!;\"\u201c\u201d]{0,80}?\b(?:is|was|are|were)[,:]\s*$"
)

# "He said," closing the text before a quotation, after "the president" or "this
# president" in the sentences before: the participant the document calls President.
# Habits and present tense count: "She used to tell me,", "he'd say,", "He writes,".
# So do the perfect, the progressive and the emphatic ("She has said", "he's been
# saying", "she keeps saying", "he goes around saying", "he did say"), "he talks about,"
# and the spoken "he goes,", a few words of whom and when ("told the voters of Ohio",
# "said it again tonight", "has said time and again", "said on the call this morning",
# "did say, as you know,", "used to say, whenever one of us was rushing,", "said to me
# once, when I was sixteen,") and "quote"
# ("said that, quote,").
_PRONOUN_CUE = re.compile(
    r"(?<!\bif )(?<!\bIf )\b(?P<pronoun>[Hh]e|[Ss]he)"
    r"(?:\s+[a-z]+ly|\s+just|\s+then|\s+also|\s+again|\s+even)?"
    r"(?:\s+(?:used\s+to|would|always|often|keeps|kept|(?:goes|went)\s+around|did|does)"
    r"|(?:\s+(?:has|had)|['\u2019]s)(?:\s+(?:also|even|often|always|repeatedly))?"
    r"(?:\s+been)?|\s+(?:is|was)|['\u2019]d)?\s+"
    r"(?:(?:said|says|say|saying)(?:\s+things\s+like)?"
    r"|(?:talks|talked|talking|talk)\s+about|goes"
    r"|told\s+(?:the\s+)?\w+(?:\s+(?:of|in)\s+\w+)?|tells?\s+(?:me|us|him|her|them)"
    r"|telling\s+(?:people|everyone|everybody|voters|them|us)|answered|replied|wrote"
    r"|writes|declared|put\s+it|used\s+the\s+(?:words?|phrase|term)"
    r"|asks|asked|wants\s+to\s+know|wanted\s+to\s+know"
    # ("she ended it this way.", "he opened his speech with these words:")
    r"|(?:ended|ends|closed|closes|opened|opens|began|begins|finished|finishes)"
    r"\s+(?:it|(?:his|her|the)\s+[a-z]+)\s+(?:this\s+way|like\s+this|with\s+(?:this|these\s+words))"
    r"(?:\.(?=\s*$))?)"
    r"(?:\s+to\s+(?:me|us|him|her|them))?(?:\s+it)?"
    r"(?:\s+(?:again|once|tonight|today|yesterday|time\s+and\s+again|over\s+and\s+over"
    r"|(?:last|this|for)\s+\w+|in\s+[A-Z]\w+|on\s+the\s+\w+"
    # (where the words were written: "He wrote in a letter,")
    r"|in\s+(?:a|an|his|her|the)\s+(?:letter|note|e-?mail|diary|message|memo|journal))"
    r"|,\s+as\s+you\s+know"
    r"|,\s+(?:when|whenever|every\s+time|before|after|while|once)\s+"
    r"[^,.;:!?\"\u201c\u201d]{1,60}?(?=,))*"
    r"(?:\s+that)?(?:,?\s+(?:and\s+I\s+)?quote)?"
    r"(?:,?\s+(?:very\s+|so\s+)?\w+ly)?[,:]?\s*$"
)
# A question the quotation answers: "You know what he said?"
_WHAT_HE_SAID = re.compile(r"\b[Ww]hat\s+(?:did\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?:said|say)\?\s*$")

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
    who = people.holder(office.group("office"))
    said = "f" if cue.group("pronoun").lower() == "she" else "m"
    return who if who and gender("", who) in ("", said) else ""


# A person named: a title and a name, or two capitalised words inside a sentence ("Kofi
# Annan"); not a place alone ("about Iraq").
_NAMED = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.|{_TITLE_OFFICE})\s+[A-Z]|(?<=[a-z,;] )[A-Z][a-z]+\s+[A-Z][a-z]+"
)

# "He said" / "she said" that the attribution left to no one, read in the turn: the last
# person the turn mentions before it, when the pronoun agrees ("a woman grabbed my arm
# and she said", "the sheriff came out today and he said", "my mom ... she said"); with
# no one mentioned in the turn, the other debater, unless the turns just before name
# someone else of that gender last ("Dr. Fauci said the opposite." / "He did not." /
# "He said very strongly, ...").
_HIM = {
    "m": re.compile(r"\bhim\b"),
    "f": re.compile(
        r"\b(?:to|at|with|for|asked|told)\s+her\b(?!\s+[a-z]+\b(?<!and)(?<!to)(?<!that))"
    ),
}

_OBJECT_OF = re.compile(r"\b(?:to|for|with|from|about|by|at)\s+$")  # "to Candy Crowley"
_HE_REACH = 400  # characters between a person mentioned in the turn and "he said"
_SHE = {"she", "her"} | _FEMALE_HEADS  # a cue's word for a woman ("that woman who said")
_TURN_WINDOW = 4000  # characters of the turn before "he said" read for mentions


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
    said = "f" if cue.group("pronoun").lower() in _SHE else "m"
    before = _unquoted_prefix(text, body, cue.start("pronoun"))
    # Only the last stretch of a long turn is read for mentions (its quotations already
    # blanked, so any cut is clean): a person named further back is too far for "he"
    # anyway, and reading the whole turn again for each quotation is quadratic.
    cut = max(0, len(before) - _TURN_WINDOW)
    before = before[cut:]
    found = _mentions(before, speaker, people, text)
    addressed = {m.who for m in found if _addressed(before, m, people)}  # "you", not "he"
    # (one addressed at a sentence's end, when the turn names them no more after it:
    # "Thank you, Dafydd. When I asked Dafydd afterwards, he said" is about him)
    last = {m.who: m for m in found}
    addressed |= {w for w, m in last.items() if _addressed_closing(before, m, people)}
    mentions = [
        m
        for m in found
        if m.who != speaker and m.who not in addressed and not _in_relative(before, m)
    ]
    if cut and not mentions:
        return ""  # a long turn that names no one lately: too far to tell
    mentions = _past_the_other_gender(before, _topic_kept(before, mentions, said), said)
    near = [m for m in mentions if len(before) - m.end <= _HE_REACH]
    named = [m for m in near if m.who == antecedent and m.gender in ("", said)]
    if (
        antecedent
        and named
        and not _OBJECT_OF.search(before, max(0, named[-1].start - 8), named[-1].start)
        # (not over one named after it whom the pronoun's gender fits surely, where the
        # antecedent's is unknown: "Rafael Ortega ... A woman in Harlow County wrote to
        # us, and she put it simply:")
        and (
            named[-1].gender == said
            or not any(m.start > named[-1].end and m.gender == said for m in near)
        )
    ):
        # The prose antecedent, a person the turn names nearby, weighs subjects over
        # objects ("a letter that Thomas Jefferson wrote to John Adams ... He wrote,"),
        # unless it took an object itself ("thank you to Candy Crowley ... I was with
        # someone who had just graduated, and she said,").
        return antecedent
    if antecedent and _named_last(before, antecedent, mentions, said, speaker, addressed):
        return antecedent
    while mentions:
        last = mentions[-1]
        if last.gender not in ("", said) or len(before) - last.end > _HE_REACH:
            return ""
        sentence = re.split(r"[.?!]", before[last.end :], maxsplit=1)[0]
        if not _HIM[said].search(sentence):
            return last.who
        if last.kind == "name" and all(
            m.who == last.who for m in mentions if m.gender in ("", said)
        ):
            # "about Matías, because I played him ... and he leaned over and said,": no one
            # else the turn names for "him" to be, so it is the one named, as "he" is (not
            # "a reporter came up to him ..., he said": a description is never "him")
            return last.who
        if not _CLAUSE_OPENS_BEFORE.search(before, max(0, last.start - 40), last.start):
            # "Biden called Trump and told him ..., he said": "him" may be the one named
            # last, as an object, and so may "he"; too close to tell
            return ""
        # "a reporter came up to him ..., he said": he is not the reporter, the clause's
        # subject, but the one "him" goes back to, found as if the reporter were not there
        mentions = [m for m in mentions if m.who != last.who]
    lone = _lone_in_sentence(before, found, people, text)
    if lone:
        return lone  # "We sit down with Ahmadinejad, and he says,"
    taken_up = _taken_up_before(before, found, people, text, said)
    if taken_up:
        return taken_up  # "Marcus is off tonight, but I talked to him on Monday. He said,"
    if _unknown_subject_lately(before, found, people, text):
        # "When Eleni came into the tent on the first day, she told me,": one the turn
        # names as a subject, whom no list knows, may be "she"; no one from turns before
        return ""
    if _other_named_lately(before, found, people, text):
        # the turn itself names, lately, someone no list knows: "he" or "she" may be them,
        # not one the turns before named ("Good luck to Frank." / "The vet was Imelda,
        # and afterwards she said,")
        return ""
    earlier = _unquoted(earlier, keep_address=True)
    seen = [
        m
        for m in _mentions(earlier, speaker, people, text)
        if not _addressed(earlier, m, people)
        # ("the smartest clerk", "a president": a description that does not say "he" or
        # "she" is too vague to be the one a new turn's pronoun goes on with)
        and (m.kind != "description" or m.gender)
    ]
    prior = [m for m in seen if m.who != speaker and m.gender in ("", said)]
    # The turns before went on to the speaker after the last one they named: that one
    # is no longer their topic ("Secretary of Defense William Perry ... the president's
    # plan ..." / the president: "He keeps talking about,").
    # So is one they last referred to further back than "he" reaches.
    stale = bool(prior) and (
        any(m.who == speaker and m.start > prior[-1].end for m in seen)
        or len(earlier) - _last_referred(earlier, prior[-1].end, said) > _HE_REACH
    )
    if len(before.split()) <= _OPENING_WORDS and (
        same := _same_verb_before(earlier, cue, people, speaker, said, seen, text)
    ):
        # "Then Luis asked you one question" / "He asked, '...'": the one the turn before
        # says did what the pronoun's cue says, a participant too, when the pronoun opens
        # the turn ("He asked,", "Yes. He told us,"; not "I rang the council. He asked,")
        return same
    bare = _bare_speaker(earlier, people, text)
    if bare and (not prior or bare[0] > prior[-1].end) and not _participant(bare[1], people):
        return bare[1]  # "What did Volkov tell you?" / "He said, ..."
    if prior and prior[-1].kind == "name" and prior[-1].who not in people.speakers and not stale:
        # someone the turns before named, no participant: "he" only for a known "he", or
        # for one they said spoke ("Dr. Fauci said the opposite.")
        # (not when the turn itself names the prose's antecedent: "But Arthur Lomax rang.")
        named_here = bool(antecedent) and antecedent.split()[-1] in before
        if (
            not found
            and not named_here
            and (contacted := _contacted_after(earlier, prior[-1].end, seen, people, text))
        ):
            # ("So here's where Arthur's line comes in. Dennis, have you spoken to Colin
            # since?" / "I rang him on Sunday. He said,": Colin, whom no list knows)
            return contacted
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
    return other if not prior or prior[-1].who == other or stale else ""


_OPENING_WORDS = 2  # words of the turn before a pronoun that still opens it ("Yes. He")
# A verb of speech by its stem, for the same verb in the pronoun's cue and the turn before.
_VERB_STEMS = (
    re.compile(r"ask(?:s|ed)?\b"),
    re.compile(r"t(?:ells?|old)\b"),
    re.compile(r"(?:say|says|said)\b"),
    re.compile(r"(?:wrote|writes?)\b"),
)


def _same_verb_before(
    words: str,
    cue: re.Match[str],
    people: Participants,
    speaker: str,
    said: str,
    found: Sequence[_Mention] = (),
    text: str = "",
) -> str:
    """The participant the turns before (``words``) last name right before the verb of
    the pronoun's cue ("Then Luis asked you one question" / "He asked,"), of the
    pronoun's gender or none known, not the speaker; "" when none, or when they name
    someone no list knows after it ("Tom told me you spoke to Dmitri Volkov." / "He
    told me," is Volkov)."""
    verb = cue.group()[cue.end("pronoun") - cue.start() :].strip()
    stem = next((v for v in _VERB_STEMS if v.match(verb)), None)
    if stem is None:
        return ""
    for m in reversed(list(_NAME_THEN_VERB.finditer(words))):
        if not stem.match(words, m.end()):  # (the cheap test first)
            continue
        who = _participant(m["name"], people)
        if who and who != speaker and _gender_of(who) in ("", said):
            return "" if _someone_named_after(words, m.end(), found, people, text) else who
    return ""


def _someone_named_after(
    words: str, end: int, found: Sequence[_Mention], people: Participants, text: str
) -> bool:
    """Whether ``words`` name, after ``end`` and inside a sentence, someone no list knows
    and no participant: a capitalised word the document writes nowhere in lower case."""
    lower = people.lower_words(text)
    return any(
        _NAME_INSIDE.match(words, c.start()) is not None
        and _unknown_word(c["name"], c.start(), found, lower)
        and not _participant(c["name"], people)
        for c in _NAME_WORD.finditer(words, end)
    )


# A name and, after it, where its verb starts: "Luis asked", "Luis then asked".
_NAME_THEN_VERB = re.compile(
    r"(?<![\w'\u2019\-])(?P<name>[A-Z][a-z][\w\-]*)\s+(?:(?:then|just|also|\w+ly)\s+)?"
)


def _contacted_after(
    words: str, end: int, found: Sequence[_Mention], people: Participants, text: str
) -> str:
    """The one ``words`` (the turns before) last speak, after ``end``, of contact with,
    whom no list knows ("Has anyone spoken to Rolando since he got home?" / "I called him
    on Sunday. He told me,"): no participant, no word the document writes in lower case;
    "" when none. The answer's "he" goes on with them, not the one named before."""
    lower = people.lower_words(text)
    names = [
        c["name"]
        for c in _CONTACTED.finditer(words, end)
        if _unknown_word(c["name"], c.start("name"), found, lower)
        and not _participant(c["name"], people)
    ]
    return names[-1] if names else ""


# Contact with someone, whom the answer may go on about: "spoken to Colin", "heard from
# Priya", "met Bartholomew" (not a call, a letter or a sight, which a firm, a show or a
# place takes as often: "Did anyone call Barclays?", "Have you seen Hamilton?").
_CONTACTED = re.compile(
    r"\b(?:spoken|spoke|talked|talk|speak|heard|hear|met|meet)\s+(?:to\s+|with\s+|from\s+)?"
    r"(?!I\b)(?P<name>[A-Z][a-z][\w\-]+)\b(?!['\u2019]s)"
)


def _named_last(
    before: str,
    antecedent: str,
    mentions: list[_Mention],
    said: str,
    speaker: str,
    addressed: set[str],
) -> bool:
    """Whether the prose antecedent, a full name the turn's own mentions did not take
    for a person ("Tomasz Wierzbicki has been hauling feed", "a woman named Patience
    Oduya"), stands in the turn after the last one they found, a description ("one
    driver", "a real person"), and "he" (or "she") still reaches it: the name, not the
    description, is the one the pronoun goes back to, when a pronoun between them already
    did. Not a name after a preposition ("a bus driver out of Harlan Mills"), a place;
    nor one after a person the turn names or gives an office ("When the Secretary General
    Kofi Annan offered ..., he said" after "this president" may well be the president)."""
    words = antecedent.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if antecedent in (speaker, *addressed) or any(m.kind != "description" for m in mentions):
        return False
    at = before.rfind(antecedent)
    if at < 0 or (mentions and at < mentions[-1].end):
        return False
    if not _AS_SUBJECT.search(before, max(0, at - 12), at):
        return False
    # a "he" (or "she") between the name and the cue already went back to it: a person,
    # not a body that speaks ("Amnesty International said on Monday ... She told me,")
    end = at + len(antecedent)
    last = _last_referred(before, end, said)
    return last > end and len(before) - last <= _HE_REACH


# Where a name stands as a person brought in: opening its sentence or clause, set off by
# a comma, or named ("a woman named"); not after a verb or a preposition ("cut Social
# Security", "a bus driver out of Harlan Mills": a thing, a place).
_AS_SUBJECT = re.compile(r"(?:^|[.!?;:]\s+|,\s+(?:and\s+|but\s+)?|\b(?:named|called)\s+)$")


_SAME_PRONOUN = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b"),
}


def _last_referred(words: str, end: int, said: str) -> int:
    """Where ``words`` last refer to one named before ``end``: the end of the last "he"
    (or "she", as ``said``) after it, else ``end``; "he" reaches no further back than
    that ("Tim Scott ... He came in with an idea." and then a long stretch of "I" and
    "they" leaves him behind; "Consuelo. She raised me ... She used to say" keeps her)."""
    last = end
    for m in _SAME_PRONOUN[said].finditer(words, end):
        last = m.end()
    return last


def _past_the_other_gender(words: str, mentions: list[_Mention], said: str) -> list[_Mention]:
    """``mentions`` without the last ones, of the other gender than the pronoun's, when
    the turn used that pronoun before them: its topic goes on past them ("when I closed
    he said ... Nancy Pelosi said the same thing. She was dancing ... But when I closed,
    he said,"); else as they are ("A woman stood up. Then he said," is no one's)."""
    agreeing = [m for m in mentions if m.gender in ("", said)]
    if not mentions or mentions[-1] in agreeing:
        return mentions
    start = agreeing[-1].end if agreeing else 0
    first_other = next((m for m in mentions if m.start >= start and m not in agreeing), None)
    if first_other is None:  # (the last agreeing mention overlaps the others: "Arthur Ms. Hale's")
        return mentions
    if _SAME_PRONOUN[said].search(words, start, first_other.start):
        return agreeing
    if agreeing and _SUBJECT_AFTER[said].search(words, first_other.end):
        # "Rosa's booth ... the county sent a man to take it away, and she met him at the
        # door": "she" as a subject after the man goes on with the one named before him
        return agreeing
    return mentions


# The pronoun as a clause's subject, after a conjunction or a sentence's start.
_SUBJECT_AFTER = {
    "m": re.compile(r"(?:[.?!]\s+|\b(?:and|but|then|so|when)\s+)[Hh]e\b(?!['\u2019])"),
    "f": re.compile(r"(?:[.?!]\s+|\b(?:and|but|then|so|when)\s+)[Ss]he\b(?!['\u2019])"),
}


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


def _named_lately(
    words: str, pattern: re.Pattern[str], named: Callable[[re.Match[str]], bool]
) -> bool:
    """Whether the pronoun's sentence (the end of ``words``) or the one before it has a
    match of ``pattern`` that ``named`` accepts."""
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(words)]
    start = ends[-2] if len(ends) > 1 else 0
    return any(named(c) for c in pattern.finditer(words, start))


def _other_named_lately(
    words: str, found: Sequence[_Mention], people: Participants, text: str
) -> bool:
    """Whether the sentence before the pronoun's, or its own, names someone that no
    mention in ``found`` stands for ("I met Putin in Helsinki. He said,"), a name that
    no first name list knows: "he" may be theirs, not the other debater's."""
    lower = people.lower_words(text)
    return _named_lately(words, _LONE_NAME, lambda c: _unlisted_name(words, c, found, lower))


def _lone_in_sentence(
    words: str, found: Sequence[_Mention], people: Participants, text: str
) -> str:
    """The one name no list knows that the pronoun's own sentence (the end of ``words``)
    names right before it, as ``_other_named_lately`` reads names, the clause of the
    pronoun joined to it by "and": "We sit down with Ahmadinejad, and he says,"; ""
    otherwise ("we hadn't finished Afghanistan, where he said," names a place)."""
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(words)]
    lower = people.lower_words(text)
    start = ends[-1] if ends else 0
    names = {
        c.group("name")
        for c in _LONE_NAME.finditer(words, start)
        if _AND_THEN_PRONOUN.fullmatch(words, c.end()) and _unlisted_name(words, c, found, lower)
    }
    opening = start + len(words[start:]) - len(words[start:].lstrip())
    # (a name opening its sentence as the subject of a verb only people do)
    if not names and (opens := _PERSON_OPENS.match(words, opening)):
        # the sentence's own subject, a name no list knows before a verb only people do,
        # the pronoun's clause joined by "and" ("Dave looked at it from the chair and his
        # words were,", "Tobias came round on Friday and he said,"), no one else named
        rest = words[opens.end() :]
        if (
            _unknown_word(opens["name"], start, found, lower)
            and _AND_PRONOUN_LAST.search(rest)
            and not _NAME_WORD.search(rest)
            and not any(m.start >= start for m in found)
        ):
            names = {opens["name"]}
    return names.pop() if len(names) == 1 else ""


# A name opening its sentence as the subject of a verb of coming or looking at that only
# people do: "Dave looked at it", "Greta walked over" (not "Christmas looked grim",
# "Brexit came up").
_PERSON_OPENS = re.compile(
    r"(?!I\b)(?P<name>[A-Z][a-z][\w\-]+)\s+(?:\w+ly\s+)?"
    r"(?:walked|wandered|stood|sat|smiled|laughed|nodded|listened|tasted"
    r"|came\s+(?:round|over|in|by|back|up\s+to)|popped\s+(?:in|round|over|by)"
    r"|turned\s+to|looked\s+(?:at|over|up|round|around))\b"
)
# The pronoun's clause joined by "and", right before it: "and his words were", ", and then
# she said".
_AND_PRONOUN_LAST = re.compile(r"\band\s+(?:then\s+|afterwards\s+)?$")


def _unlisted_name(
    words: str, c: re.Match[str], found: Sequence[_Mention], lower: LowerCaseWords
) -> bool:
    """Whether the ``_LONE_NAME`` match ``c`` names someone no list knows: inside a
    sentence, no capitalised word before it (the end of a run, a place), no word the
    document writes in lower case (``lower``) nor of the calendar, and in no mention of
    ``found``."""
    name = c.group("name").lower()
    return (
        _NAME_INSIDE.match(words, c.start()) is not None
        and not _CAPITAL_BEFORE.search(words, max(0, c.start() - 30), c.start())
        and name not in lower
        and name not in _CALENDAR
        and not any(m.start <= c.start() < m.end for m in found)
    )


def _unknown_word(name: str, at: int, found: Sequence[_Mention], lower: LowerCaseWords) -> bool:
    """Whether ``name``, a capitalised word at ``at`` in the words ``found`` was read
    from, may name someone no list knows: no word the document writes in lower case
    (``lower``), no function word ("He was confused", "She was dancing"), title ("Coach
    grabbed me") or word of the calendar, and in no mention of ``found``."""
    word = name.lower()
    return (
        word not in lower
        and word not in FUNCTION_WORDS
        and word not in TITLES
        and word not in _CALENDAR
        and not any(m.start <= at < m.end for m in found)
    )


# A capitalised word opening a sentence or standing inside one as a name does, for
# ``_taken_up_before``; what follows it is read there.
_NAME_WORD = re.compile(r"(?<![\w'\u2019\-])(?!I\b)(?P<name>[A-Z][a-z][\w\-]+)\b(?!['\u2019])")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|on|for|of|across|near|by|into)\s+$", re.I)
# A word in lower case right before a name, no conjunction opening a clause: the name is
# a verb's object ("The owner hired Jamal in May and then promoted him"), not the subject
# "he" goes on with.
_OBJECT_BEFORE = re.compile(
    r"\b(?!(?:and|but|so|then|when|while|because|after|before|since|until|though|although"
    r"|if|as|once|where)\s)[a-z]+\s+$"
)
# The pronoun of each gender, as subject or object, taking up a name in its sentence.
_TAKEN_UP = {"m": re.compile(r"\b(?:he|him)\b"), "f": re.compile(r"\b(?:she|her)\b")}
_PRONOUN_OPENS = {"m": re.compile(r"\s*He\b"), "f": re.compile(r"\s*She\b")}


# Verbs only a person is the subject of, right after a name.
_PERSON_VERBS = (
    r"(?:said|says|told|tells|asked|asks|wrote|writes|saw|sees|thought|knew|felt|laughed"
    r"|cried|smiled|nodded|shouted|texted|kept\s+saying|whispered)"
)
_PERSON_VERB_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?{_PERSON_VERBS}\b")


@functools.lru_cache(maxsize=256)
def _acts(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as the subject of a verb only people do ("Marcus
    kept saying", "Galileo saw"); found with ``str.find``, no pattern made per name.
    (Kept per name and text: a turn's every "He said," may ask again, and the answer
    reads the whole text.)"""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if whole and _PERSON_VERB_AFTER.match(text, end):
            return True
        at = text.find(name, at + 1)
    return False


def _taken_up_before(
    words: str, found: Sequence[_Mention], people: Participants, text: str, said: str
) -> str:
    """The one name no list knows that the sentence before the pronoun's names and then
    takes up with a pronoun of its gender ("Marcus is off tonight, but I talked to him on
    Monday. He said,"; "Galileo saw this happen, and he was confused. He had seen ...
    He wrote"), reading back over sentences that open with the same pronoun; "" when
    none or two, or when the pronoun's own sentence names someone first."""
    ends = [0, *(m.end() for m in _SENTENCE_ENDS.finditer(words))]
    if len(ends) < 2:
        return ""
    lower = people.lower_words(text)
    # the sentences before the pronoun's, nearest first, while each opens with it
    for i in range(len(ends) - 2, max(-1, len(ends) - 5), -1):
        sentence = words[ends[i] : ends[i + 1]]
        names = {
            c["name"]
            for c in _NAME_WORD.finditer(sentence)
            if _unknown_word(c["name"], ends[i] + c.start(), found, lower)
            and not _PREPOSITION_BEFORE.search(sentence, 0, c.start())
            and not _OBJECT_BEFORE.search(sentence, 0, c.start())
            and _TAKEN_UP[said].search(sentence, c.end())
        }
        # (a person by a verb only people do, somewhere in the document: "Marcus kept
        # saying", "Galileo saw"; "Brexit was a mess, and I told him" names no "he")
        names = {n for n in names if _acts(n, text)}
        if names:
            return names.pop() if len(names) == 1 else ""
        if not _PRONOUN_OPENS[said].match(sentence):
            return ""
    return ""


# A name as a clause's subject: a capitalised word right before a verb of the past that
# only people do ("When Eleni came", "Tobias smiled"); not one a place or a programme
# does too ("When Medicare started", "Detroit went bankrupt", "Ohio was").
_SUBJECT_NAME = re.compile(
    r"(?<![\w'\u2019\-])(?!I\b)(?P<name>[A-Z][a-z][\w\-]+)\s+"
    r"(?:came|said|told|knew|saw|looked|sat|stood|thought|felt|walked|talked|smiled"
    r"|laughed|nodded|asked|called|texted|phoned|arrived|shouted|whispered|cried|replied)\b"
)


def _unknown_subject_lately(
    words: str, found: Sequence[_Mention], people: Participants, text: str
) -> bool:
    """Whether the pronoun's sentence or the one before it has a subject that is a name
    no list knows (``_SUBJECT_NAME``), in no mention of ``found``, no word the document
    writes in lower case, of the calendar or a title, and after no preposition."""
    lower = people.lower_words(text)
    return _named_lately(
        words,
        _SUBJECT_NAME,
        lambda c: (
            _unknown_word(c["name"], c.start(), found, lower)
            and not _PREPOSITION_BEFORE.search(words, max(0, c.start() - 12), c.start())
        ),
    )


_AND_THEN_PRONOUN = re.compile(r",?\s+and\s+(?:then\s+)?")
# A capitalised word right before another: the second ends a run, a place's name ("in
# San Francisco"), not a name alone.
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'\u2019\-]*\s+$")


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


def _addressed_closing(words: str, m: _Mention, people: Participants) -> bool:
    """Whether the participant mentioned at ``m`` is addressed at the end of a sentence
    of the turn ("Put it in the plan, Esther."): set off by a comma, and no person's
    description before the comma ("I rang our treasurer, Esther." names the one "she"
    may be). Read in the quoting turn only: the turns before are the fallback's, where
    one addressed is still a topic."""
    return (
        m.who in people.speakers
        and words[m.end : m.end + 1] in (".", "?", "!")
        and (before := _CLOSING_ADDRESS.search(words, max(0, m.start - 40), m.start)) is not None
        and before["head"].lower() not in _PERSON_HEADS
        and _ROLE_ENDING.search(before["head"].lower()) is None
    )


# The word before the comma that sets off a name closing its sentence: "in the plan,
# Esther." (a thing: the name is addressed), "our treasurer, Esther." (a person's head:
# the name is hers).
_CLOSING_ADDRESS = re.compile(r"(?P<head>[\w'\u2019\-]+),\s+$")
_ROLE_ENDING = re.compile(r"(?:er|or|ist|ian|keeper|ess|lead|chair)s?$")
