"""Full names for short labels: one person, one name within a document.

A label that gives a surname with a title or role ("MAYOR BIANCHI", "COACH MILLER",
"Senator OKAFOR"), or a surname alone ("HOLT"), takes the one full name the document's
header and narration give for it ("Mayor Lorenzo Bianchi" -> "Lorenzo Bianchi"); a
label of initials ("JD") takes the one full name with those initials ("JD = Jordan
Diaz"). Only where exactly one full name fits: two Smiths leave "Mr. SMITH" as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .names import FUNCTION_WORDS, HONORIFICS, NOT_NAME_WORDS, TITLES, first_name_known

_TITLE_CASE = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_CAPITALS = r"[A-Z]['\u2019A-Z]+(?:-[A-Z]['\u2019A-Z]+)?"
# Every "First [M.] Last" pair, overlapping ("Coach Deb Miller": "Coach Deb", "Deb
# Miller"), both in Title Case or both in capitals ("AMARA OKAFOR, Minnesota"). (Its
# match is the first capital, the pair read from there in a lookbehind: the regex engine
# then skips to capitals instead of trying the pair at every word's edge, 2x faster;
# only the groups are read.)
_PAIR = re.compile(
    # (a space or two apart: a wider gap sets a record's next field off, "Host: Roy
    # Abernathy   Guest: ..." pairs no "Abernathy Guest")
    rf"[A-Z](?<=\b(?=(?P<first>{_TITLE_CASE})(?P<mid>[^\S\n]+[A-Z]\.)?[^\S\n]{{1,2}}(?P<last>{_TITLE_CASE})\b"
    rf"|(?P<cfirst>{_CAPITALS})(?P<cmid>[^\S\n]+[A-Z]\.)?[^\S\n]{{1,2}}(?P<clast>{_CAPITALS})\b"
    # a surname in capitals after a given name, as police and court records write it
    rf"|(?P<mfirst>{_TITLE_CASE})[^\S\n]{{1,2}}(?P<mlast>{_CAPITALS})\b(?![^\S\n]+[A-Z])).)"
)
# A given name, a middle name and a surname filling a field ("Interviewer: Josephine
# Adaeze Harrow"), whose initials may leave the middle name out ("JH")
# (a speaker's role's field, not a place's: "Venue: Royal Albert Hall" is no "RH")
_SPEAKER_FIELDS = frozenset(
    "interviewer host moderator interviewee guest respondent narrator subject teacher observer"
    " caller dispatcher interpreter translator newsreader presenter speaker participant"
    " witness chair reporter panelist panellist author".split()
)
_FIELD_TRIPLE = re.compile(
    rf"(?P<field>\b[A-Za-z]+)[^\S\n]*:"
    rf"[^\S\n]*(?P<first>{_TITLE_CASE}) (?P<mid>{_TITLE_CASE}) (?P<last>{_TITLE_CASE})"
    rf"[^\S\n]*(?=[,(\n]|$)",
    re.MULTILINE,
)
_LASTS = ("last", "clast", "mlast")
_HEADER_LINE_MAX = 160  # characters of a header line ("PRESENT: Mayor ...; Councilmembers ...")
# (a lower-case letter first, then no word character before it: the same words as
# r"\b[a-z][a-z'\u2019]+\b", but the engine skips to the letters instead of testing a
# word boundary at every position of the text)
_LOWER_WORD = re.compile(r"[a-z](?<!\w.)[a-z'\u2019]+\b")


# An e-mail or web address, whose letters are no words ("m.lyle@example.com")
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+")


@lru_cache(maxsize=2)
def lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a capitalised word among them is a common
    word ("Then", "Rosa" never is), not a name."""
    # (remembered, and frozen so that every caller shares the one set uncopied: a
    # transcript's rules ask this of its whole text four times; addresses searched for
    # only where one may be, a scan of every word for most texts)
    if "@" in text or "://" in text or "www." in text:
        text = _ADDRESS.sub(" ", text)
    return frozenset(_LOWER_WORD.findall(text))


_INITIALS = re.compile(r"[A-Z]{2}")
_QUOTED_NICKNAME = re.compile(
    r"(?<=[a-z.])[^\S\n]+[\"\u201c][A-Z][a-z]+[\"\u201d](?=[^\S\n]+[A-Z])"
)
_TRIPLE_INITIALS = re.compile(r"[A-Z]{3}")
# A sentence wrapped across lines: one line ends in a lower-case word or a comma, the
# next opens in lower case
_WRAP_END = re.compile(r"(?:(?<![\w'\u2019-])[a-z][\w'\u2019-]*|[,;])[^\S\n]*$")
_WRAPPED = re.compile(r"[^\S\n]*[a-z]")
# After a pair, a Title Case word that makes it a place's or a body's name (one space
# apart: a run of spaces sets a record's next field off, "Ann Lee   Account #: 3361")
# (a headline's capitalised "And" goes on to another name: "Eva Roe And Foreign Minister")
_NAMES_A_THING = re.compile(r" (?!(?:And|Or|At|In|On|With|By|To|For|From|Vs)\b)[A-Z][a-z]")
# Words before a surname that are no first name: titles, and the other words of an
# office's label ("CITY CLERK SOTO", "BOARD MEMBER LIM", "MAYOR PRO TEM DIAZ") with the
# ranks British records abbreviate ("DC MORAN") and their judges ("EJ Ranger",
# Employment Judge)
_TITLES = TITLES | frozenset(
    "the city council pro tem board member members director trustees representatives "
    "senators councilmembers commissioners dc ds di dci dsi pc insp supt ej dj hhj "
    "arbitrator mediator gm ceo cfo coo "
    # a police record's ranks, abbreviated: "DEP. DRAYTON", "DET. ROSS", "OFC. HALE"
    "dep det ofc cpl tpr "
    # the parties a hearing labels by their part: "INMATE HOLLOWAY", "CLAIMANT ROE"
    "inmate claimant petitioner appellant".split()
)


def full_names(labels: Iterable[str], source: str, text: str) -> dict[str, str]:
    """Label -> the full name ``source`` (the header and narration lines) gives it, for the
    labels that name one person short; ``text`` is the whole document, whose lower-case
    words tell a capitalised common word ("Then Miller") from a first name."""
    # header lines and lists, not a lede's paragraphs: a news story's "Donald Trump"
    # leaves the "TRUMP:" of the excerpt it quotes as the excerpt wrote it
    # (a nickname in quotes leaves the name around it whole: 'Walter T. "Buzz" Haraldsen')
    source = _QUOTED_NICKNAME.sub(" ", source)
    initialled = _initialled(source)  # "Rosa Mbeki (RM)" defines RM, in a header or not
    narration = source
    source = "\n".join(_header_lines(source))
    common = lower_words(text)
    labels = set(labels)
    # a full name some label already spells ("TV" beside "TARA VANCE") takes its spelling
    spelled = {label.lower(): label for label in labels}
    short = [label for label in labels if _short(label, common)]
    by_surname, by_initials = _full_pairs(source, common)
    narrated: dict[str, set[str]] | None = None  # by initials, from all the narration
    legend = initialled | _legend(source)
    out = {
        label: legend[key] for label in labels if (key := " ".join(label.upper().split())) in legend
    }
    # a legend that spells out a role ("ALJ = Administrative Law Judge", "CLMT =
    # Claimant") gives the label the person the header names in that role
    for key, role in _legend_roles(source).items():
        for label in labels:
            if " ".join(label.upper().split()) != key:
                continue
            if held := _holder(role, source, common) or _appearing_for(role, source, common):
                out[label] = held
    givens = _Givens.of(by_surname)  # (read once, not once per label)
    for label in short:
        if label in out:
            continue
        if _INITIALS.fullmatch(label):
            found = by_initials.get(label, set())
            if not found:
                # initials abbreviate someone the introduction names, in a lede's
                # paragraph as well as a header ("Kofi Larbi runs ..." for "KL:")
                if narrated is None:
                    narrated = _full_pairs(narration, common)[1]
                found = narrated.get(label, set())
        else:
            found = by_surname.get(_parts(label)[-1], set()) or _given(label, givens, source)
            found = _same_initial(label, found)
            if not found and _TRIPLE_INITIALS.fullmatch(label):
                # "WOL": no one's surname, so three initials ("Walter Okafor-Lyle")
                found = by_initials.get(label, set())
        if len(found) > 1:
            found = _middled(found, source)
        if len(found) == 1:
            name = next(iter(found))
            out[label] = spelled.get(name.lower(), name)
    # two labels, one full name ("MR. SMITH", "MRS. SMITH" beside "John Smith"): two
    # people, and the header names only one of them; a label in two cases ("Mr. DELANEY."
    # and an examination heading's "MR. DELANEY") is one person, and so are an office's
    # labels in full and abbreviated ("General Manager Tovar", "GM Tovar")
    given = Counter(name for _, name in {(_person_key(label), n) for label, n in out.items()})
    out = {label: name for label, name in out.items() if given[name] == 1}
    # an office's holder, as the header writes it, may speak under a second label too
    # ("Employment Judge Sarah Ranger" is "Employment Judge:" and "EJ Ranger:")
    for label in labels:
        if label not in out and _office_only(label) and (held := _holder(label, source, common)):
            out[label] = held
    return out


def _middled(found: set[str], source: str) -> set[str]:
    """The one full name with a middle name that holds all of ``found`` ("DESMOND ALLEN
    HOLLOWAY" in a caption holds the pairs "Allen Holloway" and "Desmond Holloway"), or
    ``found`` as it is."""
    triples = set()
    for name in found:
        first, last = name.split()[0], name.split()[-1]
        for m in re.finditer(
            rf"\b(?i:{re.escape(first)})[^\S\n]+(?P<mid>[A-Z][a-z'\u2019]+|[A-Z]{{2,}})"
            rf"[^\S\n]+(?i:{re.escape(last)})\b",
            source,
        ):
            triples.add(f"{first} {m['mid'].title()} {last}")
    if len(triples) != 1:
        return found
    whole = next(iter(triples)).split()
    held = all(name.split()[-1] == whole[-1] and name.split()[0] in whole[:-1] for name in found)
    return {" ".join(whole)} if held else found


_ACRONYM = 3  # letters of a title written as its initials ("GM", "DA")


def _person_key(label: str) -> str:
    """What tells two labels' people apart: the whole label after an honorific ("MR.
    SMITH" is not "MRS. SMITH"), else the surname and the initials of the title before
    it, so that an office in full and abbreviated is one ("GENERAL MANAGER TOVAR", "GM
    TOVAR") and two offices are two ("SENATOR SMITH", "GOVERNOR SMITH")."""
    words = label.upper().replace(".", "").split()
    if words[0].lower() in HONORIFICS:
        return " ".join(words)
    *titles, last = words
    if len(titles) == 1 and len(titles[0]) <= _ACRONYM:
        return f"{titles[0]} {last}"
    return f"{''.join(w[0] for w in titles)} {last}"


# A field naming what the text is about, not who takes part: "Topic: Michelle Obama
# memoir", "Book: Barack Obama, A Promised Land"
_TOPIC_FIELD = re.compile(
    r"^[^\S\n]*(?i:topic|subject|book|title|theme|re|about|agenda|episode)[^\S\n]*:[^\n]*",
    re.M,
)


@lru_cache(maxsize=4)
def _topics(source: str) -> str:
    """The topic fields of ``source``, one string (once per text, not per label)."""
    return "\n".join(m.group() for m in _TOPIC_FIELD.finditer(source))


_SHORT_GIVEN_MIN = 3  # letters of a given name's short form ("Jess", "Sam")


@dataclass(frozen=True)
class _Givens:
    """The full names by their given names: in capitals, and in lower case, sorted (the
    names a short form starts lie together); each label looking through every full name
    took time growing with the square of the labels."""

    upper: dict[str, set[str]]
    lower: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, by_surname: dict[str, set[str]]) -> _Givens:
        upper: dict[str, set[str]] = {}
        for names in by_surname.values():
            for name in names:
                upper.setdefault(name.split()[0].upper(), set()).add(name)
        lower = sorted(
            (name.split()[0].lower(), name) for names in by_surname.values() for name in names
        )
        return cls(upper, tuple(lower))

    def starting(self, short: str) -> list[str]:
        """The names whose given name, in lower case, starts with ``short`` (lower case)."""
        out = []
        for given, name in self.lower[bisect_left(self.lower, (short, "")) :]:
            if not given.startswith(short):
                break
            out.append(name)
        return out


def _given(label: str, givens: _Givens, source: str) -> set[str]:
    """The full names whose given name a one-word label is, when no full name has it as
    its surname ("Marguerite:" in a chat whose account line names "Marguerite Lyle"): a
    known given name, or one a field's value gives in full ("Account holder: Marguerite
    Lyle"; not a role's word, "Interpreter Mei Soda" in a sentence)."""
    if " " in label.strip() or label.lower() in _ROLE_WORDS | _OFFICE_NOUNS:
        return set()  # "Moderator" is no one's given name
    # (in capitals too: a quiz's "BASIL:" under its list's "Basil Nakamura-Oakes")
    found = {name for name in givens.upper.get(label.upper(), ()) if name not in _topics(source)}
    if first_name_known(label.lower()):
        return found
    if not found and len(label) >= _SHORT_GIVEN_MIN:
        # a given name's short form: the one full name whose given name it starts, as a
        # field or a credit gives it ("JESS" for the header's "Hosted by Jessamyn Cole")
        found = {
            name
            for name in givens.starting(label.lower())
            if name not in _topics(source)
            and re.search(rf"\b(?i:by)[^\S\n]+{re.escape(name)}\b", source)
        }
        return found
    # (or a roll's next item after a semicolon: "Contestants: Rowena Fair (...); Basil Oakes")
    fielded = all(re.search(rf"[:;][^\S\n]*{re.escape(name)}\b", source) for name in found)
    return found if fielded else set()


def _full_pairs(
    source: str, common: frozenset[str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The full names ``source`` gives, by surname (lower case) and by initials ("KL")."""
    by_surname: dict[str, set[str]] = {}
    by_initials: dict[str, set[str]] = {}
    for m in _PAIR.finditer(source):
        if source[m.start() - 1 : m.start()] in ("-", "'", "\u2019"):
            continue  # "Luc Mabry" in "Jean-Luc Mabry": the given name's second half
        first = m["first"] or (m["cfirst"] or m["mfirst"]).title()
        last = m["last"] or (m["clast"] or m["mlast"]).title()
        mid = m["mid"] or m["cmid"] or ""
        lowered = first.lower()
        if (
            lowered in common  # "Hi Marguerite"
            or lowered in _TITLES
            or lowered in NOT_NAME_WORDS
            or last.lower() in common
        ):
            continue
        if m["cfirst"] and {first.lower(), last.lower()} & FUNCTION_WORDS:
            continue  # all in capitals, no lower case tells a word: "LET'S HEAR FROM STAFF"
        if m["mfirst"] and not _given_and_surname(m, source):
            continue  # "Acme CEO interview": a company and an office, no one's name
        if _NAMES_A_THING.match(source, m.end(next(g for g in _LASTS if m[g]))):
            continue  # "the John F. Kennedy Center", "Eric Trump Foundation": no one's name
        name = f"{first}{mid} {last}"
        by_surname.setdefault(last.lower(), set()).add(name)
        by_initials.setdefault(first[0] + last[0], set()).add(name)
        if "-" in last:  # "Walter Okafor-Lyle" is "WOL" as well as "WO"
            by_initials.setdefault(first[0] + _initials(last), set()).add(name)
    tripled: dict[str, set[str]] = {}  # initials -> three-word names, where pairs give none
    for m in _FIELD_TRIPLE.finditer(source):
        # (each word looked up in both sets: no union of the text's words built per match)
        words = [w.lower() for w in m.group("first", "mid", "last")]
        if any(w in common or w in _TITLES for w in words):
            continue
        if m["field"].lower() not in _SPEAKER_FIELDS:
            continue
        name = " ".join(m.group("first", "mid", "last"))
        for key in (m["first"][0] + m["last"][0], m["first"][0] + m["mid"][0] + m["last"][0]):
            tripled.setdefault(key, set()).add(name)
    for key, names in tripled.items():
        by_initials.setdefault(key, names)
    return by_surname, by_initials


def _initials(name: str) -> str:
    """The initials of a name's parts: "OL" for "Okafor-Lyle"."""
    return "".join(part[0] for part in re.split(r"[\s\-]+", name) if part)


# After a surname in capitals: a comma, a bracket, a colon or the line's end
# ("Councillor Ravi JONES, Councillor Ann PIKE"), not a noun going on ("Acme CEO interview")
_LISTED_AFTER = re.compile(r"[^\S\n]*(?:[,;:()]|$)", re.M)
_ACRONYM_MAX = 3  # letters of a word in capitals that may be an office's ("CEO", "MP")


def _given_and_surname(m: re.Match[str], source: str) -> bool:
    """Whether a Title Case word and a word in capitals ("Ravi JONES") are a given name
    and a surname: a known given name, or a surname longer than an acronym standing
    where a list or a line ends it."""
    if first_name_known(m["mfirst"].lower()):
        return True
    surname = m["mlast"]
    return len(surname) > _ACRONYM_MAX and bool(_LISTED_AFTER.match(source, m.end("mlast")))


# A header's legend: "OFFICER 1 = Officer Jamal Tran (Badge 4471)", "P2 = Ana Ruiz"
# A call sign's key with its number, spelled out with it: "SKF218 = Skyfold 218", "HLX5 =
# Helix Air 5" (the number must be the key's own, see ``_legend``)
_LEGEND = re.compile(
    r"(?<![^\s(;,])(?P<key>[A-Z][A-Za-z.]*(?:[^\S\n][A-Za-z0-9.]+){0,2}|[A-Z]{2,}\d{1,4})"
    r"[^\S\n]*=[^\S\n]*"
    r"(?P<who>[A-Z][\w'\u2019-]*\.?(?:[^\S\n]+[A-Z][\w'\u2019-]*\.?){0,3}"
    r"(?:[^\S\n]+(?P<number>\d{1,4})\b)?)"
)


# Roles a legend may write before the name: "Q = Interviewer Tom Baker"
_ROLE_WORDS = frozenset(
    "interviewer interviewee moderator host guest narrator respondent reporter panelist "
    "participant speaker interpreter translator witness caller agent customer".split()
)
_BEFORE_LEGEND_NAME = _TITLES | _ROLE_WORDS


# Initials defined beside a full name: "Rosa Mbeki (RM)", "KL = me (Kieran Lowry)",
# "Initials: NF (Nadia Feld)"
# (a surname may have a capital inside: "McAllister", "MacLeod", "O'Brien")
_NAME_WORD = r"[A-Z][a-z'\u2019\-]+(?:[A-Z][a-z'\u2019\-]+)?"
_FULL = rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,2}}"
_INITIALLED = re.compile(
    rf"(?P<who>{_FULL})[^\S\n]*\((?P<key>[A-Z]{{2,3}})\)"
    rf"|\b(?P<key2>[A-Z]{{2,3}})[^\S\n]*(?:=[^\S\n]*[^()=\n]{{0,20}})?\((?P<who2>{_FULL})\)"
)
# A name with its office in parentheses, whose initials a label uses: "Raj Patel (Chief
# Financial Officer)" for "CFO:" in a board's minutes
_OFFICE_AFTER = re.compile(
    rf"(?P<who>{_FULL})[^\S\n]*\((?P<office>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){{1,3}})[),;]"
)
# The line of minutes that lists who attends, where an office's initials are defined
_ATTENDANCE = re.compile(
    r"^[^\S\n]*(?i:present|attendees|attending|in[^\S\n]+attendance|participants|panel"
    r"|members[^\S\n]+present)[^\S\n]*:[^\n]*",
    re.M,
)
# The last word of an office ("Chief Financial Officer", "Parent Governor")
_OFFICE_NOUNS = frozenset(
    "officer director chair chairman chairwoman chairperson secretary manager teacher "
    "governor treasurer president head lead counsel clerk minister member trustee editor "
    "coordinator administrator principal superintendent".split()
)
# A role with its label in parentheses, then the name: "Interviewer (I): Sanna Holm"
_KEYED_ROLE = re.compile(
    rf"^[^\S\n]*(?i:interviewer|moderator|facilitator|host|guest|participant|respondent"
    rf"|interviewee|narrator|reporter|researcher)[^\S\n]*\((?P<key>[A-Z][A-Za-z0-9]{{0,3}})\):[^\S\n]*(?P<who>{_FULL})"
    rf"(?:,[^\n,]{{1,60}})?[^\S\n]*$",  # "..., Fieldwork Partners": an affiliation after
    re.M,
)


def _initialled(source: str) -> dict[str, str]:
    """Label -> the full name defined for it: initials beside the name they are the
    initials of, an office's initials beside the name holding it, or a role's label in
    parentheses before the name."""
    out: dict[str, str] = {}
    for m in _INITIALLED.finditer(source):
        who, key = (m["who"], m["key"]) if m["who"] else (m["who2"], m["key2"])
        if "".join(w[0] for w in who.split()) == key:
            out.setdefault(key, " ".join(who.split()))
    for line in _ATTENDANCE.finditer(source):  # minutes' "Present: ...", not a release's prose
        for m in _OFFICE_AFTER.finditer(source, line.start(), line.end()):
            if m["office"].split()[-1].lower() in _OFFICE_NOUNS:  # not "(Lowmere Bay)"
                key = "".join(w[0] for w in m["office"].split())
                out.setdefault(key, " ".join(m["who"].split()))
    for m in _KEYED_ROLE.finditer(source):
        out.setdefault(m["key"].upper(), " ".join(m["who"].split()))
    return out


def _legend(source: str) -> dict[str, str]:
    """Label (in capitals, spaced once) -> the full name a legend line gives it, its
    titles and role words left out ("OFFICER 1 = Officer Jamal Tran" -> "Jamal Tran",
    "Q = Interviewer Tom Baker" -> "Tom Baker"); a call sign spelled out with its own
    number ("SKF218 = Skyfold 218")."""
    out: dict[str, str] = {}
    for m in _LEGEND.finditer(source):
        words = m["who"].split()
        if m["number"] and not m["key"].endswith(m["number"]):
            # "CTR3 = Sector 4": no call sign spelled out (one word left, no name);
            # "OFFICER 1 = Officer Ray Holt 1876": a name, its badge's number after it
            words = words[:-1]
        while words and words[0].lower().strip(".") in _BEFORE_LEGEND_NAME:
            words = words[1:]
        if len(words) >= 2:
            out.setdefault(" ".join(m["key"].upper().split()), " ".join(words))
    return out


# A legend's role: "ALJ = Administrative Law Judge;", "CLMT = Claimant"
_LEGEND_ROLE = re.compile(
    r"(?<![^\s(;,])(?P<key>[A-Z][A-Z0-9.]*)[^\S\n]*=[^\S\n]*"
    r"(?P<role>[A-Z][a-z]+(?:[^\S\n]+[A-Za-z][a-z]+){0,3})[^\S\n]*(?=[;,)]|$)",
    re.M,
)


def _legend_roles(source: str) -> dict[str, str]:
    """Label -> the role a legend spells it out as ("ALJ" -> "Administrative Law Judge")."""
    return {m["key"]: m["role"] for m in _LEGEND_ROLE.finditer(source)}


def _header_lines(source: str) -> list[str]:
    """The lines of ``source`` that may be a header's (a title, a field, a list): short,
    and no line of a hard-wrapped paragraph, which ends in a lower-case word going on
    in lower case on the next ("... son, Eric Trump, warmed up the" / "crowd on ...")."""
    lines = source.split("\n")
    wraps = [
        bool(_WRAP_END.search(line) and _WRAPPED.match(after)) for line, after in pairwise(lines)
    ]
    # (a roll's line lists however many it lists: "Present: Mayor ...; Staff: ...")
    return [
        line
        for line, before, after in zip(lines, [False, *wraps], [*wraps, False], strict=True)
        if (len(line) <= _HEADER_LINE_MAX or _ROLL_LINE.match(line) or _KEY_LINE.match(line))
        and not (before or after)
    ]


def _parts(label: str) -> list[str]:
    """A label's words in lower case, a hyphenated title in its parts
    ("SECRETARY-TREASURER BANKS" -> secretary, treasurer, banks)."""
    *before, last = label.lower().split()
    return [p for w in before for p in w.strip(".").split("-") if p] + [last.strip(".")]


def _office_only(label: str) -> bool:
    """Whether a label is an office and no name: "CITY CLERK", "TOWN MANAGER", "Mayor"
    (not "THE COURT", a role the court rules name, nor "JOHN CLERK")."""
    words = _parts(label)
    return (
        len(words) <= 3
        and words[0] != "the"
        and words[-1] in _TITLES | _OFFICE_NOUNS
        and not first_name_known(words[0])
    )


# A speaker key's line, however long, its codes set equal to the people: "KEY: OFC.
# TRAMMELL = Officer Nadia Trammell; OFC. HOLT = Officer Ray Holt (#1876); DRIVER = ..."
_KEY_LINE = re.compile(
    r"^[^\S\n]*(?i:key|legend|speaker[^\S\n]+key)[^\S\n]*:[^\S\n]*[A-Z][^=\n]{0,40}=[^\S\n]*[A-Z]"
)


# Where a header lists who is there: an attendance field ("Present:", "Before:", "Staff
# present:") or a list's item ("- Town Clerk Omar Sayed"); elsewhere a header mentions
# an office's holder in passing ("Proclamation honoring former Mayor Bill Hart", "Topic:
# President Joe Biden and the loan plan"), no one who speaks
_ROLL_LINE = re.compile(
    r"^[^\S\n]*(?:[-\u2022*][^\S\n]+"
    r"|(?:[A-Za-z]+[^\S\n]+){0,2}(?i:present|attendees|attendance|attending|members|staff"
    r"|officials|before|panel|participants|speakers|appearances|roll[^\S\n]+call|coram"
    r"|contestants|persons|people|parties)"
    r"[^\S\n]*:)",
    re.MULTILINE,
)
# a holder no longer or not yet in office: "former Mayor Bill Hart", "the late Judge Roe"
_NOT_HOLDING = re.compile(r"(?i:former|ex-|late|then|past|retired|outgoing|incoming)[^\S\n]*$")


# A given name and a surname in Title Case, maybe an initial between: "Darnell T. Whitaker"
_GIVEN_SURNAME = (
    rf"(?P<first>{_TITLE_CASE})(?P<mid>[^\S\n]+[A-Z]\.)?[^\S\n]+(?P<last>{_TITLE_CASE})"
)


def _holder(office: str, source: str, common: frozenset[str]) -> str:
    """The one full name ``source`` writes right before or after the office on a header's
    roll ("City Clerk Rosa Ibarra", "Rosa Ibarra, City Clerk" in an attendance line), or
    as the office's field ("City Clerk: Rosa Ibarra"); or ""."""
    title = r"[^\S\n]+".join(re.escape(w) for w in office.split())
    name = _GIVEN_SURNAME
    before = re.finditer(rf"\b(?i:{title})[^\S\n]+{name}\b(?!['\u2019]s\b)", source)
    # the office as the name's appositive, ending the roll's item
    after = re.finditer(rf"\b{name},[^\S\n]+(?i:{title})(?=[^\S\n]*(?:[;.)]|$))", source, re.M)
    rolled = (
        m
        for m in (*before, *after)
        if _ROLL_LINE.match(source, source.rfind("\n", 0, m.start()) + 1)
    )
    field = re.finditer(rf"^[^\S\n]*(?i:{title})[^\S\n]*:[^\S\n]*{name}[^\S\n]*$", source, re.M)
    found = {
        f"{m['first']}{m['mid'] or ''} {m['last']}"
        for m in (*rolled, *field)
        if m["first"].lower() not in common
        and m["first"].lower() not in _TITLES
        and m["last"].lower() not in common
        and not _NOT_HOLDING.search(source, max(0, m.start() - 12), m.start())
    }
    return found.pop() if len(found) == 1 else ""


# A roll's item naming whom its person appears for: "Melissa Grove, HR Manager, for the
# employer"
_APPEARING = re.compile(
    rf"(?:^|[:;][^\S\n]*){_GIVEN_SURNAME},[^;\n]*?\b(?:for|on[^\S\n]+behalf[^\S\n]+of)[^\S\n]+the"
    rf"[^\S\n]+(?P<side>[a-z]+)\b",
    re.M,
)


def _appearing_for(role: str, source: str, common: frozenset[str]) -> str:
    """The one person a header's roll lists as appearing for the side a legend's role
    names ("ER = Employer witness" beside "Melissa Grove, ..., for the employer"), or ""."""
    words = set(role.lower().split())
    found = {
        f"{m['first']}{m['mid'] or ''} {m['last']}"
        for line in _ROLL_LINE.finditer(source)
        for m in _APPEARING.finditer(
            source, line.start(), source.find("\n", line.start()) % (len(source) + 1)
        )
        if m["side"] in words and m["first"].lower() not in common
    }
    return found.pop() if len(found) == 1 else ""


def _short(label: str, common: frozenset[str]) -> bool:
    """Whether a label names a person short: initials ("JD"), or a surname with nothing
    but titles before it ("HOLT", "CITY CLERK SOTO"); not a role ("THE COURT"), a
    numbered speaker ("Speaker 2") or a full name ("Deb Miller", "BILL CLINTON": a first
    name that is also a common word is still a first name)."""
    if _INITIALS.fullmatch(label):
        return True
    words = _parts(label)
    # (a double-barrelled surname is a surname: "COMMISSIONER PATEL-MOORE")
    if words[0] == "the" or not words[-1].replace("-", "").isalpha() or words[-1] in common:
        return False
    # (an office's name before it ends in its title: "FINANCE DIRECTOR FELD",
    # "PRESIDING JUDGE SOLBERG")
    before = words[:-1]
    if _INITIALLED_SURNAME.fullmatch(label):
        return True  # "H. Carver": initials before a surname, as minutes write a speaker
    return all(w in _TITLES for w in before) or (
        len(before) <= _OFFICE_WORDS and before[-1] in _TITLES | _OFFICE_NOUNS
    )


_OFFICE_WORDS = 3  # words of an office's name before a surname
# Initials before a surname: "H. Carver", "A. B. Coutinho"
_INITIALLED_SURNAME = re.compile(r"(?:[A-Z]\.[^\S\n]?){1,2}[A-Z][\w'\u2019\-]+")


def _same_initial(label: str, found: set[str]) -> set[str]:
    """The full names of ``found`` whose given name has the label's first initial ("H.
    Carver" is Harriet Carver, not Gideon Carver); all of them for a label with none."""
    if not _INITIALLED_SURNAME.fullmatch(label):
        return found
    return {name for name in found if name[:1] == label[:1]}
