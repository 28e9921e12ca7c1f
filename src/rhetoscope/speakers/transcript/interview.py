"""Naming the two sides of an interview from its introduction: Q and A.

"Interview with Dolores Vance, by Sam Ortiz", "Interviewer: Tom Baker", "host Celia
Brandt spoke with Walter Oduya", a byline over an introduction that calls the text an
interview and the full name the lede gives most: these say who asks and who answers, so
that ``Q`` and ``A`` (and "Int.", "RESPONDENT") take those names. A Q&A laid out as bold
questions answered below is read here too, since only an interview's introduction makes
its bold lines questions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..names import _NOT_PERSON, CALENDAR_WORDS, FUNCTION_WORDS, TITLES, first_name_known
from .labels import _LABEL
from .shared import (
    _CAP_WORD,
    _FIRST_SINGULAR,
    _NAME,
    _PARTICLE,
    _S,
    _lstrip,
    _may_be_person,
    _words,
)

# "spoke to X" names the interviewee only after "we" or "I": "Senator Ruiz spoke to
# Reuters" names the one asking.
_INTERVIEWEE = re.compile(
    rf"(?:(?i:interview(?:ed)?|conversation|talk|q&a|q{_S}*and{_S}*a){_S}+(?i:with|to)"
    rf"|\b(?:[Ww]e|I){_S}+(?i:talked|spoke|sat{_S}+down){_S}+(?i:with|to)"
    # an oral history's abstract: "In this interview, Esperanza Ruelas recalls ..."
    rf"|\b(?P<abstract>(?i:in{_S}+this{_S}+(?:interview|oral{_S}+history)),)){_S}+(?P<who>"
    rf"{_NAME})"
    # (the abstract's name is the sentence's subject: a comma or a verb after it, no "'s")
    rf"(?(abstract)(?<!['\u2019]s)(?=,|{_S}+[a-z]))"
)
# Words by which an introduction says that this document is an interview: only then are
# Q and A the byline's writer and the person the lede names most (an explainer's or an
# advice column's Q and A are nobody's, and "in an interview on Sunday" quotes another).
_INTERVIEW_WORD = re.compile(
    r"(?i)\b(?:(?:this|our|the\s+following)\s+(?:interview|conversation|q\s*&\s*a|q\s+and\s+a)"
    r"|(?:interview|conversation|q\s*&\s*a|q\s+and\s+a)\s+with|interview(?:ed)?\s+by"
    r"|(?:we|i)\s+(?:spoke|talked|sat\s+down)\s+(?:with|to)|edited\s+for\s+(?:length|clarity)"
    r"|(?:condensed|edited)\s+and\s+(?:condensed|edited))\b"
)
# The editor's note that closes an interview ("*This interview has been condensed and
# edited.*"): it says what the whole text is as the introduction's words do
_INTERVIEW_NOTE = re.compile(
    rf"^{_S}*[*_]*(?:This|The){_S}+(?i:interview|conversation|q&a|q{_S}+and{_S}+a){_S}+"
    # (a list before: "has been translated, condensed and edited")
    rf"(?:has{_S}+been|was|have{_S}+been){_S}+(?:\w+,?{_S}+){{0,3}}?(?i:edited|condensed)\b",
    re.MULTILINE,
)


def _interview_noted(text: str) -> bool:
    """Whether the editor's closing note of ``text`` says that it is an interview."""
    return _INTERVIEW_NOTE.search(text) is not None


def _called_interview(intro: str, noted: bool) -> bool:
    """Whether the introduction, or the editor's closing note (``noted``), says that the
    text is an interview."""
    return noted or _INTERVIEW_WORD.search(intro) is not None


_INTERVIEWER = re.compile(
    # "conducted in English and Spanish by", "conducted by phone by": only a language or a
    # medium between (a poll "conducted for the Herald by Ipsos" names no interviewer)
    rf"(?i:interview(?:ed)?{_S}+by|conducted(?:{_S}+in{_S}+[A-Z][a-z]+(?:{_S}+and{_S}+[A-Z][a-z]+)?"
    rf"|{_S}+(?:by|over){_S}+(?:the{_S}+)?(?:phone|telephone|video|zoom|email))?{_S}+by"
    rf"|questions{_S}+by"
    rf"|asked{_S}+by"
    rf"|with{_S}+{_NAME},?{_S}+by)"
    rf"{_S}+(?P<who>{_NAME})"
)
# The byline of a Q&A, alone on its line: "By SAMUEL EKWUEME", a name of two words or
# more (not "By Friday, ..." opening a sentence), at most a short affiliation after it;
# or, with no "By", a name and the date after a bar: "Danny Whitcombe | Oct 3, 2026"
_CALENDAR = "|".join(sorted(CALENDAR_WORDS))
_MONTHS_SHORT = "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_BY = rf"(?:By|BY){_S}+(?!(?i:{_CALENDAR})\b)"
_DATED_AFTER = (
    rf"(?={_CAP_WORD}(?:{_S}{_CAP_WORD}){{1,3}}{_S}*[|\u00b7\u2022]{_S}*"
    rf"(?:(?i:{_CALENDAR}|{_MONTHS_SHORT})\b|\d))"
)
_BYLINE = re.compile(
    rf"^{_S}*[*_]*(?:(?P<by>{_BY})|{_DATED_AFTER})"
    rf"(?P<who>{_CAP_WORD}(?:{_S}(?:{_CAP_WORD}|{_PARTICLE})){{1,4}})[*_]*"
    rf"(?:{_S}*[,|\u00b7\u2022\u2014\u2013-][^\n!?]{{0,60}})?$",
    re.MULTILINE,
)


def _writer(intro: str) -> str:
    """The writer the introduction's byline gives, or "": a name above a bar and a date
    only where it is a person's, a known given name or a surname the introduction
    names again ("Whitcombe sat down with him"; "City Council | May 3" is a body's page,
    "Big Questions | 3 Oct 2026" a column's)."""
    for m in _BYLINE.finditer(intro):
        who = m["who"].rstrip(".")
        words = who.split()
        if m["by"] or (
            not any(w.lower() in _NOT_PERSON for w in words)
            and (
                first_name_known(words[0].lower())
                or re.search(rf"\b{re.escape(words[-1])}\b", intro[m.end() :]) is not None
            )
        ):
            return who
    return ""


# "host Celia Brandt spoke with Walter Oduya": a role word before the one who asks
_ROLE_SPOKE = re.compile(
    rf"\b(?i:host|co-host|reporter|correspondent|anchor|interviewer|writer|editor){_S}+"
    rf"(?P<asks>{_NAME}){_S}+(?i:spoke|talked|sat{_S}+down|speaks|talks){_S}+(?i:with|to)"
    rf"{_S}+(?P<who>{_NAME})"
)
# "Hollis Grant spoke with her last week", "Editor Mark Esposito asked her what
# changed": a pronoun for the lede's subject
_SPOKE_BACK = re.compile(  # the asker's given name and surname ("Reporter Hollis Grant")
    rf"\b(?P<asks>[A-Z][a-z\-]+{_S}[A-Z][a-z'\u2019\-]*[a-z]){_S}+"
    rf"(?:(?:(?:spoke|talked|sat{_S}+down){_S}+(?:with|to)|asked|interviewed|questioned){_S}+"
    rf"(?:her|him|them)\b"
    # a visit to where the lede's subject works or lives: "Priya Rao visited his studio"
    rf"|(?:visited|met{_S}+(?:him|her|them){_S}+(?:at|in)){_S}+(?:his|her|their){_S}+"
    rf"(?:studio|workshop|office|home|house|flat|apartment|farm|kitchen|shop|lab|garden)s?\b)"
)
# A Q&A's headline "Tomasz Welk on Heat, Failure and Glass": the one who answers, a full
# name opening the headline or its part after a colon or a dash, "on" and the topics
_ON_HEADLINE = re.compile(
    rf"(?:^|[:\u2014\u2013|]{_S}+)(?P<who>[A-Z][a-z'\u2019\-]+(?:{_S}[A-Z][a-z'\u2019\-]+){{1,2}})"
    rf"{_S}+on{_S}+(?:[A-Z]|[a-z]+ing\b)(?![^\n]*[.!?]{_S}*$)",
    re.MULTILINE,
)


def _headline_named(intro: str) -> str:
    """The person a Q&A's "Tomasz Welk on Heat, Failure and Glass" headline names, or ""
    ("Senate Votes on Budget" names a body, "Budget Talks on Hold" no one)."""
    m = _ON_HEADLINE.search(intro)
    if m is None or not _may_be_person(m["who"], intro):
        return ""
    return "" if any(w in _NOT_PERSON for w in m["who"].lower().split()) else m["who"]


def _asker(m: re.Match[str], intro: str) -> bool:
    """Whether "NAME asked him" names a person who asks: not an outlet ("The Guardian
    interviewed him"), nor a sentence's opening words ("In March Congress asked him"),
    nor the tail of a longer name ("Mary Ann Smith" is no "Ann Smith")."""
    first = m["asks"].split()[0].lower()
    return (
        first not in FUNCTION_WORDS
        and first not in CALENDAR_WORDS
        and _may_be_person(m["asks"], intro)
        and not any(w in _NOT_PERSON for w in m["asks"].lower().split())
        and not _after_given_name(intro, m.start())
    )


# A capitalised word right before a name ("Mary" before "Ann Smith").
_GIVEN_BEFORE = re.compile(rf"(?P<word>[A-Z][a-z]+){_S}$")


def _after_given_name(text: str, at: int) -> bool:
    """Whether a known given name stands right before ``at``: the name there may be the
    tail of a longer one ("Mary Ann Smith"), so "Ann Smith" would be wrong."""
    m = _GIVEN_BEFORE.search(text, max(at - 20, 0), at)
    return m is not None and first_name_known(m["word"].lower())


# "Ashworth-Clarke", "Al-amin", "Beltrán", "Brześniak" (Latin-1's lower-case letters and
# Latin Extended-A's, whose capitals no surname has inside it)
_LOWER = r"a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019"
_NAME_PART = rf"[A-Z][{_LOWER}]+(?:-[A-Z]?[{_LOWER}]+)*"
_FULL_NAME = re.compile(rf"\b{_NAME_PART}(?:{_S}{_NAME_PART}){{1,2}}\b")
_ASKS = frozenset({"interviewer", "host", "moderator"})
# (a bulletin's "Newsreader: Alan Whitby" names the role's label, no side of an interview)
_NEITHER_SIDE = frozenset(
    {"caller", "dispatcher", "interpreter", "translator", "newsreader", "presenter"}
)


# A question alone on its line, all in bold: "**Why did you resign?**"
_BOLD_QUESTION = re.compile(rf"^{_S}*(?:\*\*|__)[^*_\n]{{2,300}}\?(?:\*\*|__){_S}*$", re.MULTILINE)
_BOLD_QUESTIONS_MIN = 3
_BOLD_LINE = re.compile(
    rf"^{_S}*(?:\*\*|__)[^*_\n]{{2,300}}[.!?\u2026](?:\*\*|__){_S}*$", re.MULTILINE
)


_PULL_REACH = 1500  # characters either side where a pull quote repeats the answer


def _pull_quote(text: str, m: re.Match[str]) -> bool:
    """Whether a bold statement between answers is a pull quote, not the interviewer's
    remark: it speaks as "I" or repeats words of the answers around it ("**I never
    wanted to be safe.**" below "... I never wanted to be safe.")."""
    said = m.group().strip().strip("*_").strip()
    near = text[max(0, m.start() - _PULL_REACH) : m.start()] + text[m.end() : m.end() + _PULL_REACH]
    return _FIRST_SINGULAR.search(said) is not None or said in near


def _bold_questions(text: str, noted: bool) -> dict[int, str]:
    """A Q&A laid out as bold questions, each answered by the plain paragraphs below it,
    after an introduction that says it is an interview ("The conversation has been
    edited"; an FAQ's bold questions are nobody's): paragraph start -> "Q" or "A"."""
    if "**" not in text and "__" not in text:
        return {}  # (no bold line: most texts, not scanned)
    # a bold line opening with a label ("**KARA SWISHER: Why ...?**") is the label rules'
    found = [m for m in _BOLD_QUESTION.finditer(text) if not _LABEL.match(text, m.start())]
    if len(found) < _BOLD_QUESTIONS_MIN:
        return {}
    intro = text[: found[0].start()]
    if not _called_interview(intro, noted) or not (
        _interviewee_named(intro) or _headline_named(intro)
    ):
        return {}
    # once bold questions make the layout, a bold remark between answers is the
    # interviewer's too ("**That seems like a lot.**")
    found = sorted(
        {
            m.start(): m
            for m in (*found, *_BOLD_LINE.finditer(text, found[0].end()))
            if m in found or not _pull_quote(text, m)
        }.values(),
        key=lambda m: m.start(),
    )
    found = [m for m in found if not _LABEL.match(text, m.start())]
    out: dict[int, str] = {}
    for m in found:
        out[_lstrip(text, m.start(), m.end())] = "Q"
        answer = _lstrip(text, m.end(), len(text))
        if answer < len(text) and not (
            _BOLD_LINE.match(text, answer) or _LABEL.match(text, answer)
        ):
            out[text.rfind("\n", 0, answer) + 1] = "A"
    return out


# "spoke with master gardener Lena Ortiz": the one interviewed, after a few lower-case words
_WITH_NAME = re.compile(
    rf"\b(?P<verb>(?i:spoke|spoken|speaks|talked|talks|sat{_S}+down)(?:{_S}+\w+)?{_S}+)?"
    rf"(?:with|to){_S}+(?:[a-z][\w\-]*{_S}+){{0,3}}(?P<who>[A-Z][a-z'\u2019\-]+"
    rf"(?:{_S}[A-Z][a-z'\u2019\-]+){{1,2}})\b"
)


def _interviewee_named(intro: str) -> bool:
    """Whether an interview's introduction names whom it questions: someone it names
    twice ("Mara Solis ... Solis, 58"), or a full name after "spoke with" ("we spoke
    with master gardener Lena Ortiz") or a person's after "with" (a known given name,
    no body word); an FAQ's "your interview with Northwind Traders" names no one."""
    return bool(_most_named(intro, "")) or any(
        m["verb"] or _person_named(m["who"]) for m in _WITH_NAME.finditer(intro)
    )


def _person_named(name: str) -> bool:
    """Whether a full name is a person's: a known given name first, no body word."""
    words = name.lower().split()
    return first_name_known(words[0]) and not any(w in _NOT_PERSON for w in words)


_PLACE_BEFORE = re.compile(rf"\b(?:at|in|on|of|from|near|across){_S}+$")  # "at Gull Point"
_POSSESSIVE = re.compile(r"['\u2019]s?$")


# Labels of the side asking or answering, other than Q and A (an oral history's "Int." and
# "Ans.", a survey's "RESPONDENT"): named as Q and A are from the header.
_SIDE = {
    "i": "Q",
    "r": "A",
    "int": "Q",
    "interviewer": "Q",
    "ans": "A",
    "respondent": "A",
    "interviewee": "A",
    "narrator": "A",  # an oral history's: the one interviewed
}


# "In a conversation with Jo Roe, he spoke about ...": the pronoun answers, Jo Roe asks
_WITH_ASKER = re.compile(
    rf"\b(?i:in|during){_S}+(?i:a|an|(?P<this>this)){_S}+(?i:conversation|interview){_S}+with{_S}+"
    rf"(?P<who>{_NAME}),{_S}+(?:he|she|they){_S}"
)


_PRONOUN_AFTER = re.compile(rf"[^,.\n]{{0,30}},{_S}+(?:he|she|they){_S}")


def _asker_of_this(m: re.Match[str], intro: str) -> bool:
    """Whether "in a conversation with NAME, he ..." names this text's interviewer: a
    person's full name ("Reuters", "Channel 4" are outlets), in "this conversation" or
    named again in the introduction (a byline); once in passing, it reports another
    conversation ("In a conversation with Mark Dale, he said otherwise")."""
    who = m["who"]
    if len(who.split()) < 2 or not _may_be_person(who, intro):
        return False
    return m["this"] is not None or intro.count(who) > 1


def _given_first(name: str) -> str:
    """A full name from its given name on: "Chef Lucia Ferrante" is Lucia Ferrante."""
    words = name.split()
    if (
        len(words) == 3
        and first_name_known(words[1].lower())
        and not first_name_known(words[0].lower())
    ):
        return " ".join(words[1:])
    return name


def _untitled(who: str) -> str:
    """A name from the introduction without its titles ("President Joe Biden") and
    without what a headline capitalises after it ("Mayor Lena Ortiz Of Bay Harbor")."""
    words = who.rstrip(".").split()
    while len(words) > 2 and words[0].lower().strip(".") in TITLES:
        words = words[1:]
    ends = (i for i, word in enumerate(words) if i and word.lower() in FUNCTION_WORDS)
    return " ".join(words[: next(ends, len(words))])


def _asking(label: str) -> bool:
    """Whether a label is the asking side's: Q, "Interviewer", "Int."."""
    return label == "Q" or _SIDE.get(label.lower()) == "Q"


# A nickname in quotation marks between a given name and a surname
_NICKNAME = re.compile(
    # (after a given name or its initial: 'Walter T. "Buzz" Haraldsen')
    rf"(?P<given>\b[A-Z][a-z]+|\b[A-Z]\.){_S}+[\"\u201c'\u2018][A-Z][a-z]+[\"\u201d'\u2019]{_S}+"
    rf"(?=[A-Z][a-z])"
)


def _sides(intro: str, headers: Sequence[re.Match[str]], noted: bool) -> tuple[str, str]:
    """The interviewer's and the interviewee's names, as the introduction gives them
    (``noted``: whether the text's closing note says that it is an interview)."""
    intro = _NICKNAME.sub(r"\g<given> ", intro)  # "Theresa "Tess" Abernathy": Theresa Abernathy
    asks = answers = ""
    for m in headers:
        if m.group("role").lower() in _NEITHER_SIDE:
            continue  # "Caller: Jo Ray" names the role's label, no side of an interview
        who = " ".join(_NICKNAME.sub(r"\g<given> ", m.group("who")).split())
        if m.group("role").lower() in _ASKS:
            asks = asks or who
        else:
            answers = answers or who
    interviewee = _INTERVIEWEE.search(intro)
    if interviewee and interviewee["abstract"]:
        # "In this interview, Fresno County officials ...": no one person
        interviewee = interviewee if _may_be_person(_untitled(interviewee["who"]), intro) else None
    interviewee = interviewee or _ROLE_SPOKE.search(intro)
    with_asker = _WITH_ASKER.search(intro)
    if interviewee and _PRONOUN_AFTER.match(intro, interviewee.end("who")):
        interviewee = None  # "In an interview with Channel 4, she said": the pronoun answers
    interviewer = _INTERVIEWER.search(intro) or (
        with_asker if with_asker and _asker_of_this(with_asker, intro) else None
    )
    if interviewer and interviewee and interviewee.group("who") == interviewer.group("who"):
        interviewee = None
    if interviewer is None and (spoke := _ROLE_SPOKE.search(intro)):
        asks = asks or spoke.group("asks")
    answers = answers or (_untitled(interviewee.group("who")) if interviewee else "")
    asks = asks or (interviewer.group("who").rstrip(".") if interviewer else "")
    back = next((m for m in _SPOKE_BACK.finditer(intro) if _asker(m, intro)), None)
    if not asks and back:
        # "Hollis Grant spoke with her": the one asking; "her" the one person the lede names
        # (not after another given name: "Mary Ann Smith" is no "Ann Smith")
        asks = back.group("asks")
        lede = {
            m.group()
            for m in _FULL_NAME.finditer(intro, 0, back.start())
            if not _PLACE_BEFORE.search(intro, max(m.start() - 8, 0), m.start())
        } - {asks}
        people = [
            _given_first(n) for n in lede if not _POSSESSIVE.search(n) and _may_be_person(n, intro)
        ]
        answers = answers or (people[0] if len(people) == 1 else "")
    if answers or not _called_interview(intro, noted):
        return asks, answers  # (an explainer's lede names a politician it is no interview of)
    if (headline := _headline_named(intro)) and headline != asks:
        return asks, headline
    return asks, _most_named(intro, asks or _writer(intro))


# A run of capitalised words; ``word`` is its first, possessive left out, and ``more``
# is None when it stands alone ("Vance's", "Vance, 81,")
_CAPITAL_RUN = re.compile(
    r"(?<![\w'\u2019-])(?P<word>[A-Z][\w\-]*)(?:['\u2019]s\b)?(?P<more>(?:[^\S\n]+[A-Z][\w'\u2019\-]*)+)?"
)


# After a sentence's subject: its verb ("has piloted") or an age ("Vance, 81,")
_SUBJECT_AFTER = re.compile(rf"{_S}+(?:has|had|is|was|[a-z]+ed|[a-z]+s)\b|,{_S}*\d{{1,3}},")


def _most_named(intro: str, besides: str) -> str:
    """The full name the introduction gives most often, at least twice: whom a Q&A's
    lede is about ("Ingrid Halvorsen has spent 30 summers ... Ingrid Halvorsen, a
    glaciologist"), besides the byline's."""
    other = _words(besides)[-1:]
    full: dict[str, int] = {}  # name -> where it first appears
    named: Counter[str] = Counter()  # name -> how often, in full
    placed: set[str] = set()  # names each mention of which follows "at", "of", "in": places
    unplaced: set[str] = set()
    subjects: set[str] = set()  # names a sentence opens with, a verb after them
    for m in _FULL_NAME.finditer(intro):
        name = m.group().rstrip(".")
        named[name] += 1
        place = _PLACE_BEFORE.search(intro, max(m.start() - 8, 0), m.start()) is not None
        (placed if place else unplaced).add(name)
        if _SUBJECT_AFTER.match(intro, m.end()):
            subjects.add(name)
        if any(w.lower() in _NOT_PERSON for w in name.split()):
            continue  # "Marlow Island", "Sunday Conversations": no one's name
        if not (other and _words(name)[-1:] == other):  # the byline's, however prefixed
            full.setdefault(name, m.start())
    # a person is named in full once, then by surname alone ("Dolores Vance ... Vance,
    # 81,"): the full name's mentions and the last word's standing alone count, not a
    # place's inside other names ("East Riverton", "the Riverton Fire Department"); the
    # first named wins a tie (runs counted once, not a pass over the intro per name)
    alone = Counter(m["word"] for m in _CAPITAL_RUN.finditer(intro) if m["more"] is None)
    counts = {n: named[n] + alone[n.split()[-1]] for n in full}
    best = max(full, key=lambda n: (counts[n], -full[n]), default="")
    if best and counts[best] >= 2:
        return best
    # named once: the one person the introduction names, where it names no other, the
    # subject of its sentence ("For eleven years, Oksana Petrenko-Hale has piloted the
    # Wren ... of Easton Quay"; "your interview with Acme Supplies?" names a company, "In
    # a conversation with Mark Dale, he said" a passing name)
    unplaced -= placed  # (once: not a set's difference per name)
    people = []
    for n in full:
        if n in unplaced and _may_be_person(n, intro):
            people.append(n)
            if len(people) > 1:
                return ""
    return people[0] if len(people) == 1 and people[0] in subjects else ""


# An outlet's name as its masthead or a line of the introduction gives it: "HALFLIGHT
# MAGAZINE", "The Quarry Review"
_OUTLET_KINDS = (
    r"(?:magazine|review|journal|news|times|post|herald|weekly|daily|quarterly|gazette"
    r"|tribune|ledger|courier|chronicle|monthly)"
)


def outlet_asking(labels: Sequence[str], intro: str) -> dict[str, str]:
    """Label -> the byline's writer, for the one label that is the outlet's own name
    ("**Halflight:**" asking, "HALFLIGHT MAGAZINE" and "By Jasper Okwuosa" above): a Q&A
    asks in its publication's name, through the writer the byline gives."""
    writer = _writer(intro)
    if not writer:
        return {}
    outlets = [
        label
        for label in labels
        if len(label) > 2  # (no initials: "JH")
        and re.search(rf"(?i)\b{re.escape(label)}{_S}+{_OUTLET_KINDS}\b", intro) is not None
    ]
    return {outlets[0]: writer} if len(outlets) == 1 else {}
