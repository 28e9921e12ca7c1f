"""The people a stretch of a turn mentions, in order, for the pronoun rules to choose
from: titled names ("Mr. Trump" is the participant TRUMP), names with a known first
name, participants by name or office, someone's own person named in full ("My abuela,
Consuelo Quintero."), and descriptions of a person ("a woman in Ohio", "my mom"), each
with a gender where the title, first name or head noun tells it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import TITLES, LowerCaseWords, first_name_known, gender
from .grammar import (
    _FEMALE_HEADS,
    _HEAD,
    _MALE_HEADS,
    _OFFICE_NOMINAL,
    _OFFICES,
    _TITLE_OFFICE,
    _gender_of,
)
from .named import _LINE_OF
from .people import Participants, _as_participant, _participant

# Words that end a noun phrase rather than modify its head: "leave that to the teacher"
# and "this is the person" hold no "that" or "this" person; a possessive opens a phrase
# of its own ("the way my grandmother made it", "In the spring my husband called": my
# grandmother, my husband).
_NO_MODIFIER = (
    r"(?!(?:is|was|are|were|be|to|of|in|on|at|for|with|from|by|the|a|an|and|or|but|who"
    r"|that|which|he|she|it|they|we|you|i|my|his|her|our|their|your|its)\b)"
)
_DESCRIBED = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Mm]y|[Tt]his|[Tt]hat|[Oo]ne|[Ss]ome)\s+"
    # (a possessive among the words before the head: "a patient's daughter")
    rf"(?:{_NO_MODIFIER}[a-z][a-z\-]*(?:['\u2019]s)?\s+){{0,2}}?"
    rf"(?P<head>{_HEAD})\b(?!['\u2019])"
    r"(?P<tail>\s+of\s+(?!(?:mine|ours|yours|his|hers|theirs)\b)(?:(?:a|an|the)\s+)?(?:[a-z]+\s+(?!(?:there|here|then|now|today)\b))?[a-z]+"
    r"|\s+(?:from|in)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)

# Titles and ranks before a name ("Chief Reyes", "Judge Odum", "Coach Hollis").
_RANKS = "|".join(
    sorted({t.capitalize() for t in TITLES if len(t) > 3} - {"Lady", "Father"} | {"Professor"})
)
_TITLED = re.compile(
    rf"\b(?P<title>(?:Mr|Mrs|Ms|Dr)\.?|(?:Vice\s+)?(?:{_TITLE_OFFICE}|{_RANKS}))\s+"
    rf"(?P<name>(?!(?:{_TITLE_OFFICE}|{_RANKS})\b)[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?)"
)
_CAPITALISED = re.compile(
    r"\b[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+(?!I\b|I['\u2019])[A-Z][\w'\u2019\-]+){0,2}"
)


# "himself" or "herself" right after a name: a person of that gender ("because
# Kaskela himself posted last night").
_HIMSELF = re.compile(r"\s+(?P<self>himself|herself)\b")
# Words that open a sentence before a name and are no part of it.
_OPENERS = frozenset(
    "and but so then now even only just also still yet because when if though although "
    "while after before since until once maybe perhaps well yes no oh not why how what "
    "today yesterday tonight later finally".split()
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    who: str
    gender: str  # "f", "m" or "" (either)
    kind: str  # "name" or "description"


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
        role = _ROLE_OF_NAME.search(words, max(0, m.start() - 60), m.start())
        first = role["name"].split()[0].lower() if role else ""
        if role and _PLACE_BEFORE.search(words, max(0, role.start() - 10), role.start()):
            role = None  # "Back in Leeds, my Uncle Frank Moss": a place, no one named
        if role and " " not in role["name"] and not _written_as_name(role["name"], text):
            role = None  # "Sadly, our Uncle Frank Moss": a word opening its sentence
        if role and first not in _OPENERS and first not in people.lower_words(text):
            # "Adebayo Lawal, our Don Pedro,": his role in the play, no one else; the name
            # it is set after is a person, whatever the lists know of it
            if not any(a <= role.start("name") < b for a, b in taken):
                who = _as_participant(role["name"], people)
                found.append(
                    _Mention(role.start("name"), role.end("name"), who, _gender_of(who), "name")
                )
                taken.append(role.span("name"))
            continue
        run = m.group().split()
        while run and run[-1].lower() in _RUN_ENDS:
            run.pop()
        if not run:
            continue
        if (
            len(run) == 3
            and not first_name_known(run[0].lower())
            and first_name_known(run[1].lower())
            and run[0].lower() in people.lower_words(text)
        ):
            # "under Chef Paul Bertrand, he had": a calling the document writes in lower
            # case ("the chef") before a first name and a surname, no part of the name
            run.pop(0)
        at = m.start() + m.group().index(run[0])
        # a possessor is a person mentioned too ("in Annie's next letter she writes")
        run[-1] = _POSSESSIVE_S.sub("", run[-1]) or run[-1]
        name = " ".join(run)
        who = _as_participant(name, people)
        if len(run) == 1 and who not in people.speakers:
            who = _participant(name, people) or who  # "George", "Romney"
        self_ = None
        if who in people.speakers:
            pass
        elif not first_name_known(run[0].lower()) or run[0].lower() in people.lower_words(text):
            who = people.persons(text).get(name, "")  # "Carla Mendez, who", "Priya"
            self_ = _HIMSELF.match(words, at + len(name))
            if not who and self_:
                # "Kaskela himself posted": a person, whoever the name (not with the
                # word that opens the sentence: "Even Kaskela himself", "Then Brooks")
                while len(run) > 1 and (
                    run[0].lower() in _OPENERS or run[0].lower() in people.lower_words(text)
                ):
                    run.pop(0)
                who = " ".join(run)
            if not who:
                continue  # "Iraq", "Will": no one known to be a person
        end = at + len(name)
        sex = ("m" if self_["self"] == "himself" else "f") if self_ else _gender_of(who)
        found.append(_Mention(at, end, who, sex, "name"))
        taken.append((at, end))
    for m in _LINE_OF.finditer(words):
        # "an old line from Brillat-Savarin": its author, whatever the name
        if not any(a <= m.start("name") < b for a, b in taken):
            who = _as_participant(m["name"], people)
            found.append(_Mention(m.start("name"), m.end("name"), who, _gender_of(who), "name"))
            taken.append(m.span("name"))
    for m in _OFFICE_NOMINAL.finditer(words):
        who = people.holder(m.group("office"))
        found.append(
            _Mention(m.start(), m.end(), who or m.group(), _gender_of(who) if who else "", "name")
        )
        taken.append(m.span())
    possessed: dict[int, _Mention] = {}
    for m in _POSSESSED_NAME.finditer(words):
        # "My abuela, Consuelo Quintero.", "Our vice president for operations, Linda
        # Farrow,": someone's own person, named in full, whatever the noun before
        if not any(a <= m.start("name") < b for a, b in taken):
            who = _as_participant(m["name"], people)
            found.append(_Mention(m.start(), m.end("name"), who, _gender_of(who), "name"))
            possessed[m.start()] = found[-1]
            taken.append((m.start(), m.end("name")))
    names: dict[str, tuple[str, str]] = {}  # "my father" -> the name given it, its gender
    for m in _DESCRIBED.finditer(words):
        described = " ".join(m.group().lower().split())
        if m.start() in possessed and m.group("det").lower() in _DEFINITE:
            names[described] = (possessed[m.start()].who, possessed[m.start()].gender)
        if any(a <= m.start() < b for a, b in taken) or (
            m.group("head") == "head" and not m.group("tail")
        ):
            continue
        if _PREDICATE.search(words, max(0, m.start() - 12), m.start()):
            continue  # "she was a nurse", "ran it like a general": the subject, no one new
        head = m.group("head").lower()
        sex = "f" if head in _FEMALE_HEADS else "m" if head in _MALE_HEADS else ""
        named = _apposed(words, m.end(), people.lower_words(text))
        if named:  # "my father, Emile Baptiste,", "my daughter Kaylee": the name
            if not any(a <= named.start("name") < b for a, b in taken):
                who = _as_participant(named["name"], people)
                sex = sex or _gender_of(who)
                found.append(_Mention(m.start(), named.end("name"), who, sex, "name"))
                if m.group("det").lower() in _DEFINITE:
                    names[described] = (who, sex)
            continue
        if described in names:  # "My father, Manuel Ortega, ... My father, never.": his name
            who, sex = names[described]
            found.append(_Mention(m.start(), m.end(), who, sex, "name"))
            continue
        who = " ".join(m.group().split())
        if m.group("det").lower() == "my":
            who = f"{speaker}'s {who.split(None, 1)[1]}"
        found.append(_Mention(m.start(), m.end(), who, sex, "description"))
    for m in _SOMEONE.finditer(words):
        # "someone who had just graduated - this was in Philadelphia - and she said,"
        if not any(a <= m.start() < b for a, b in taken):
            who = " ".join(m.group().split())
            found.append(_Mention(m.start(), m.end(), who, "", "description"))
    return sorted(found, key=lambda x: x.end)


# Someone the turn describes by a relative clause: "someone who had just graduated".
_SOMEONE = re.compile(
    r"\b(?:[Ss]omeone|[Ss]omebody)\s+(?:who|that)\s+[a-z][^,.;:?!\"\u201c\u201d\-\u2013\u2014]{0,50}"
    r"(?<=[a-z])"
)
# A description followed by the name it describes, set off by commas or not ("my
# husband, Dale, sat", "my daughter Kaylee brought", "The committee chair, Dr. Alicia
# Ferrante, who"): the name, which the sentence goes on from.
_APPOSED = re.compile(
    r"(?:,\s+|\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){0,2})"
    r"(?=\s*[,.;]|\s+(?!(?:of|in|from|at)\b)[a-z])"
)
# The same with the place or body the one described belongs to between them, or the
# name they go by, or "there": "My old editor at the Courier, Lionel Pryce,", "a man
# called Dennis Holroyd", "the man there, Dale," (the name after a place or "there" must
# open with a known first name or a title: "the mayor of Albany, New York," names no one).
_APPOSED_AFTER = re.compile(
    r"(?P<of>\s+(?:at|of|from|in|for|on|with)\s+(?:the\s+)?[A-Z][\w'\u2019\-]*"
    r"(?:\s+[A-Z][\w'\u2019\-]*){0,3},\s+|,?\s+(?:called|named)\s+|\s+(?:there|here),\s+)"
    r"(?P<title>(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){0,2})"
    r"(?=\s*[,.;]|\s+(?!(?:of|in|from|at)\b)[a-z])"
)
# A name one is "called", then the place one is from: "a listener called Dale in
# Wolverhampton", "a farmer called Idris at the show" (a capital or "the" after it).
_CALLED_FROM = re.compile(
    r"(?P<of>,?\s+(?:called|named)\s+)(?P<title>(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][a-z][\w'\u2019\-]+)?)"
    r"(?=\s+(?:in|from|at|of)\s+(?:the\s+)?[A-Za-z])"
)
_DEFINITE = frozenset("my the this that".split())  # one person, whom a name names again


def _apposed(words: str, end: int, lower: LowerCaseWords) -> re.Match[str] | None:
    """The name set after a description ending at ``end``: right after it, or after the
    place it belongs to or "called" (``_APPOSED_AFTER``); after a place, a name opening
    with a title, a known first name, or a word the document (``lower``, its words in
    lower case) never writes in lower case ("Lionel Pryce", not "New York")."""
    m = _APPOSED.match(words, end)
    if m is not None:
        return m
    m = _APPOSED_AFTER.match(words, end) or _CALLED_FROM.match(words, end)
    if m is None or m["title"] or "called" in m["of"] or "named" in m["of"]:
        return m
    first = m["name"].split()[0].lower()
    return m if first_name_known(first) or first not in lower else None


# A name, then a possessive opening what stands in apposition to it: "Adebayo Lawal, our
# Don Pedro," (the part he plays, not a second person).
_ROLE_OF_NAME = re.compile(
    r"(?<![\w'\u2019\-])(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][\w'\u2019\-]+){0,2}),"
    r"\s+(?:[Oo]ur|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s+$"
)


def _written_as_name(word: str, text: str) -> bool:
    """Whether ``word`` is a given name the lists know, or one the document writes right
    after a word in lower case, as a name is inside a sentence ("I asked Hamid"); not a
    word that only opens sentences ("Dispatch sent us", "Sadly,")."""
    if first_name_known(word.lower()):
        return True
    return re.search(rf"\b[a-z]+[^\S\n]+{re.escape(word)}\b", text) is not None


# A preposition right before a name: the name is a place ("in Leeds").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|on|of|by|from|near|into|across)\s+$", re.I)
_POSSESSED_NAME = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?[a-z][\w\-]*,\s+"
    r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){1,2})(?=\s*[,.;])"
)
# A description after a copula or in a comparison says what the subject is; so does one
# after a name's or a pronoun's contracted "is" ("Priya's a smart woman", "She's a home
# health aide": no possessive comes before "a"), but "there's a man who" brings someone
# in, and so does "That's my dad.", which presents someone the turn goes on to speak of.
_PREDICATE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|became|become|like|as)"
    r"|\b(?!(?:There|Here|That|This|It|What|Who)['\u2019])[A-Z][a-z]+['\u2019]s)\s+$"
)


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


_POSSESSIVE_S = re.compile(r"['\u2019]s$")
_RUN_ENDS = frozenset("I The A An And But So".lower().split())
