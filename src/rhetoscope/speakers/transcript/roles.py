"""Naming role labels: "THE VIDEOGRAPHER", "INTERVIEWER", "Speaker 1", "THE COURT".

A role's label takes the name the introduction gives it ("Tomás Ibarra, Videographer"),
an appearances list gives it, or the speaker's own first words give it ("HOST: I'm Tom
Baker."), when that is a person's name and no other turn of the role gives another. An
outlet's label asking in a Q&A is the writer the introduction gives as its own, and
notes typed as "Me:" / "Her:" take for "Her" the one person the notes are with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..names import _NOT_PERSON, CALENDAR_WORDS, OFFICES, TITLES, first_name_known
from .callers import _CALLER
from .court import _BENCH, _bench_named
from .headers import _OFF_SCREEN
from .shared import (
    _ADDRESS_FORMS,
    _ADDRESSED,
    _AFTER_GIVEN,
    _FULL_NAME,
    _GIVEN,
    _MANY,
    _NAME_WORD,
    _PERSON_NAME,
    _ROLES,
    _S,
    _answers_himself,
    _many,
    _may_be_person,
)

# A broadcast's roles, named by its header ("Newsreader: Alan Whitby"); not among the
# roles that make a label of lower-case words ("Presenter view:", "Anchor text:")
_BROADCAST_ROLES = frozenset({"newsreader", "presenter", "anchor"})
# A form of address before a role's holder: "Hon. Jo Roe", "Dr Samuel Okeke" (the name
# is Samuel Okeke, however the header addresses him; a title of honour, "Dame Ann Lorne",
# stays part of it)
_HON = re.compile(rf"^(?:(?:The{_S}+)?(?:Hon|Honorable)|(?i:{_ADDRESS_FORMS}))\.?{_S}+(?=[A-Z])")
# A role's holder as the introduction writes them, maybe addressed: "Dr. Jane Roe"
_HOLDER = rf"(?:{_ADDRESSED}{_S}*)?{_PERSON_NAME}"


def _roles_named(
    turns: dict[str, list[str]],
    intro: str,
    names: dict[str, str],
    answering: set[frozenset[str]],
    common: frozenset[str],
) -> dict[str, str]:
    """Role labels that the introduction names ("THE VIDEOGRAPHER" after "Tomás Ibarra,
    Videographer"; "INTERVIEWER" after "Interviewer: June Takahashi"; "The President"
    after "Farah Nasser (President)", whose own label never answers it), or whose first
    turn does for a role one person holds ("INTERVIEWER: This is June Takahashi, and I'm
    here with ..."), no other turn of it naming someone else; ``turns``: each label's,
    ``answering``: the pairs of labels that take turns, ``common``: the words the text
    writes in lower case."""
    out: dict[str, str] = {}
    for label, said in turns.items():
        role = re.sub(r"(?i)^the\s+", "", label)
        numbered = _NUMBERED_SPEAKER.fullmatch(label) is not None
        post = _post(role, common)
        if _many(label) and label.lower() not in _CALLER and not _the_one(label, intro):
            continue  # "Reporter: Ann Cole" heads a story; each REPORTER may be another
        if names.get(label, label) != label or not (
            role != label
            or role.lower() in _ROLES
            or role.lower() in _BROADCAST_ROLES
            or numbered
            or post
            or _ROLE_NUMBERED.fullmatch(role)
            or _field_spelled(label, intro)
            or _qualified(role, intro)
        ):
            continue  # only a role ("THE VIDEOGRAPHER", "INTERVIEWER", "Speaker 1") is named so
        word = re.escape(role)
        if role.lower() in _RENDERING:  # "[Translator]:" under "Interpreter: Lucía Paredes"
            word = "(?:" + "|".join(sorted(_RENDERING)) + ")"

        # the bench: "THE COURT" is the judge the caption names
        # what others say and the header: a self-introduction's name said again there
        # (joined only for a label that reads it: every label joining all other turns
        # took time growing with the square of the labels)
        def elsewhere(label: str = label) -> str:
            return "\n".join(
                [intro, *(t for other, ts in turns.items() if other != label for t in ts)]
            )

        if numbered:  # "Speaker 1" is named only by its own words
            m = _self_named(role, said, elsewhere())
            if m:
                out[label] = names.get(m["who"], m["who"])
            continue
        if role.lower() in _BROADCAST_ROLES:
            # only a header line of the role and a name ("Newsreader: Alan Whitby"): an
            # anchor's first words in capitals ("ANCHOR: GOOD EVENING.") name no one
            m = re.search(rf"^{_S}*(?i:{word}):{_S}*(?P<a>{_HOLDER}){_S}*$", intro, re.MULTILINE)
            if m:
                out[label] = names.get(m["a"], m["a"])
            continue
        m = _bench_named(intro) if role.lower() in _BENCH else None
        if role.lower() == "presiding officer":
            # the Congressional Record's chair: "called to order by the Honorable RUBEN
            # CASTELLANOS, a Senator from ..."
            m = _CALLED_TO_ORDER.search(intro)
        # (both patterns below hold the role's word: none can match before ``start``, and
        # without the word in the introduction, neither is compiled nor tried)
        start = _word_reach(word, intro)
        # a committee list: "WALTER BRANDT, Oregon, Chairman" (a state between; the comma
        # and the word ending it looked for first: the list's pattern compiled and tried
        # along a roll's one line for each of its roles grew with their square)
        if m is None and start is not None and re.search(rf",{_S}*(?i:{word})\b", intro):
            committee = re.compile(rf"(?P<d>{_HOLDER}),{_S}*[A-Z][\w.\-]*,{_S}*(?i:{word})\b")
            m = (
                _on_its_lines(committee, word, intro)
                if "\n" not in role
                else committee.search(intro)
            )
        if m is None and start is not None:
            m = _named_in_intro(word, intro, start)
        m = m or _done_by(role, intro) or _captioned_party(role, intro) or _qualified(role, intro)
        m = m or _self_named(role, said, elsewhere(), post)
        who = _HON.sub("", m.group(m.lastgroup)) if m else ""
        if m and (m.lastgroup == "party" or (m.lastgroup == "called" and who.isupper())):
            who = who.title()  # a caption's capitals: "CALEB JOSEPH MERCER" is Caleb Joseph Mercer
        # not "PRESIDENT MOREAU"'s own name where "THE PRESIDENT" answers him
        if who and not _answers_himself(who, label, turns, answering):
            out[label] = names.get(who, who)
    return out


def _named_in_intro(word: str, intro: str, start: int) -> re.Match[str] | None:
    """The first place from ``start`` where ``intro`` names the holder of a role, its word
    the regex ``word``, one of the ways ``_role_shapes`` gives: the ways whose part around
    the word is in the text, in their order, compiled as one pattern (each role compiling
    all of them, five holders' patterns, took most of the time of a roll of many roles;
    a way that matches nowhere changes nothing at any place)."""
    shapes = _role_shapes(word)
    cores = [core for core, _ in shapes if core]
    # (none of a way's matches is without its core, near the word: only the lines
    # holding the word are read, once for all the cores, then for each only when one is)
    some = "\n" in word or _on_its_lines(re.compile("|".join(cores), re.M), word, intro, True)
    ways = [
        shape
        for core, shape in shapes
        if not core
        or (some and ("\n" in word or _on_its_lines(re.compile(core, re.M), word, intro, True)))
    ]
    return re.compile("|".join(ways), re.MULTILINE).search(intro, start)


def _role_shapes(word: str) -> list[tuple[str, str]]:
    """The ways an introduction names a role's holder, the role's word the regex ``word``:
    each with the part of it around the word that any of its matches holds on the word's
    line (none to look for first: "")."""
    the = rf"(?:(?i:the){_S}+)?"
    return [
        (
            "",
            # (a voice off screen marked so: "ANNOUNCER (V.O.): Tilly Spragg")
            rf"(?:^{_S}*(?:\*\*)?(?i:{word}){_OFF_SCREEN}:?(?:\*\*)?:?"
            # a second field after a sentence's end, its colon written ("Interviewer:
            # Ben Adler. Interpreter: Ana Ruiz."): "Host Jane Smith was away" is prose
            rf"|(?<=[a-z]\.){_S}(?:\*\*)?(?i:{word})(?::(?:\*\*)?|\*\*:)"
            # or after a semicolon: "Commentary: Des Achterberg; touchline: Bridget Oyelaran"
            rf"|(?<=;){_S}*(?i:{word}):){_S}*(?P<a>{_HOLDER})",
        ),
        (
            rf":{_S}*(?i:{word}),?{_S}",
            # a header field giving the role, then the name: "Camera: Officer 1, Ofc. Dan
            # Alvarez", "Call-taker: Dispatcher Renee Pell (ID 412)"
            rf"^[^\n:]{{2,40}}:{_S}*(?i:{word}),?{_S}+(?:{_ABBREVIATED}{_S}+)?(?P<d>{_HOLDER})",
        ),
        (
            # (the comma ends the word's line's text or the last words above it)
            rf",\s*{the}(?i:{word})\b",
            # (wrapped: "Jo Roe,\nChairman"; not a list's next title and name: "Police
            # Chief Delia Ramos, Mayor Kwame Asante-Drake")
            rf"(?P<b>{_HOLDER}),\s*(?i:the{_S}+)?(?i:{word})\b(?!{_S}+[A-Z][a-z])",
        ),
        (
            rf"\({the}(?i:{word})",
            # (an affiliation may follow the role: "Ines Ruvalcaba (moderator, Saltmere
            # Courier)"; the role first, not "(formerly moderator, ...)")
            rf"(?P<c>{_HOLDER}){_S}*\((?i:the{_S}+)?(?i:{word})(?:,[^()\n]{{1,60}})?\)",
        ),
        (
            rf"(?i:{word}){_S}*\(",
            # the office, then its holder in parentheses: "The SPEAKER (Hon. Colleen
            # Maybury) took the chair"
            rf"\b(?i:the{_S}+)?(?i:{word}){_S}*\((?:{_ABBREVIATED}{_S}+)?(?P<e>{_HOLDER})\)",
        ),
        (
            rf"[\[(]{the}(?i:{word})\b",
            # the Congressional Record's chair, the office in brackets, wrapped or not:
            # "Hon. Raymond Talbot [chairman of\nthe subcommittee] presiding"
            rf"(?P<f>{_HOLDER}){_S}*[\[(](?i:the{_S}+)?(?i:{word})\b[^\]\)]{{0,80}}[\])]\s+"
            rf"(?i:presiding)\b",
        ),
    ]


def _word_reach(word: str, intro: str) -> int | None:
    """Where a search of ``intro`` for a pattern holding the role's ``word`` (a regex)
    may start, or None when the word is nowhere in it. Such a pattern's match spans the
    word's line and, before it, at most the last line with any words on it (a holder, a
    comma, then blank lines: "Jo Roe,\\n  Chairman"); its first match is therefore
    found from the start of the line above the word's first occurrence (the engine reads
    lookbehinds and line starts before where it is told to start)."""
    first = re.search(f"(?i:{word})", intro)
    if first is None:
        return None
    above = intro.rfind("\n", 0, first.start())  # (-1 on the first line)
    while above > 0 and intro[above - 1].isspace():  # (``\\s`` is ``str.isspace``)
        above -= 1
    return intro.rfind("\n", 0, above) + 1 if above > 0 else 0


def _on_its_lines(
    pattern: re.Pattern[str], word: str, intro: str, wrapped: bool = False
) -> re.Match[str] | None:
    """``pattern.search(intro)`` for a pattern matching within one line, the role's
    ``word`` (a regex) in it, or, ``wrapped``, from the last character no blank is above
    the word's line (a comma above it: "Jo Roe,\\n  Chairman"): only the lines holding
    the word are searched (a search told where to end reads the line's newline as the
    whole text does)."""
    end = 0
    for m in re.finditer(f"(?i:{word})", intro):
        if m.start() < end:
            continue  # (a line searched already)
        end = intro.find("\n", m.end()) + 1 or len(intro)
        above = intro.rfind("\n", 0, m.start()) + 1
        while wrapped and above > 0 and intro[above - 1].isspace():  # (``\\s``: isspace)
            above -= 1
        found = pattern.search(intro, max(0, above - wrapped), end)
        if found:
            return found
    return None


# Who called the chamber to order, as the Record writes it, the name in capitals or not
_CALLED_TO_ORDER = re.compile(
    rf"\bcalled{_S}+to{_S}+order{_S}+by{_S}+(?:the{_S}+)?(?:Honorable{_S}+|Hon\.{_S}+)?"
    rf"(?P<called>[A-Z][A-Za-z'\u2019\-]+(?:{_S}+[A-Z]\.)?(?:{_S}+[A-Z][A-Za-z'\u2019\-]+){{1,2}})"
    rf"(?=,|\.|{_S}*$)"
)


# Words before a post that make it another's: "Vice Chair" is not the CHAIR
_OTHER_POST = frozenset("vice deputy assistant associate former co sub under junior past".split())
# A header's field naming a person, at a line's start or after a semicolon: "Town Clerk:
# Rosa Delacroix-Ng", "...; touchline: Bridget Oyelaran"
_FIELD_HOLDER = re.compile(
    rf"(?:^{_S}*|(?<=;){_S}*)(?P<field>[A-Za-z][\w\-]*(?:{_S}[A-Za-z][\w\-]*){{0,3}}):{_S}*"
    rf"(?P<q>{_HOLDER})",
    re.MULTILINE,
)
_HOLDER_END = re.compile(rf"{_S}*(?:[,(]|$)", re.MULTILINE)


@lru_cache(maxsize=8)
def _holder_fields(intro: str) -> tuple[re.Match[str], ...]:
    """The header fields of ``intro`` that name a person (read once per text: every
    label asks)."""
    return tuple(_FIELD_HOLDER.finditer(intro))


def _qualified(role: str, intro: str) -> re.Match[str] | None:
    """The one header field at a line's start naming the role with a word before it, as
    an attendance list gives the post ("Town Clerk: Rosa Delacroix-Ng" for "CLERK:");
    none where two such fields name it ("Town Clerk: ...", "Deputy Clerk: ..."), nor a
    word making the post another's ("Vice Chair:")."""
    words = role.lower().split()
    roles = _RENDERING if role.lower() in _RENDERING else {role.lower()}
    found = []
    for m in _holder_fields(intro):
        first, *rest = m["field"].split()
        at_line = intro[m.start() - 1 : m.start()] in ("", "\n")  # not after a semicolon
        if (
            at_line
            and len(rest) == len(words)
            and " ".join(rest).lower() in roles
            and first[:1].isupper()
            and first[1:].islower()
            and first.lower() not in _OTHER_POST
            and _HOLDER_END.match(intro, m.end())
        ):
            found.append(m)
    return found[0] if len(found) == 1 else None


def _field_spelled(label: str, intro: str) -> bool:
    """Whether a label is a header field's, which the header writes in another case with
    a person after it ("Legal representative: Joel Sandstrom, Brightwater Law
    Centre" above "LEGAL REPRESENTATIVE:"; after a semicolon, in lower case:
    "Commentary: Desmond Achterberg; touchline: Bridget Oyelaran" above "[Touchline]"): a
    role the record names, whatever its words."""
    spelled = " ".join(label.split())
    return any(
        m["field"] != spelled and m["field"].lower() == spelled.lower()
        for m in _holder_fields(intro)
    )


# The parties a court's caption names, each above its role: "CALEB JOSEPH MERCER,    )"
# then "Defendant.    )" (or a column of colons)
_PARTIES = frozenset(
    "defendant plaintiff petitioner respondent appellant appellee claimant".split()
)


def _captioned_party(role: str, intro: str) -> re.Match[str] | None:
    """The one person a caption names in the party's role ("THE DEFENDANT"): a name in
    capitals, a comma and the caption's bracket, the role on the next line; a party that
    is no person ("UNITED STATES OF AMERICA") names no one."""
    if role.lower() not in _PARTIES:
        return None
    found = [
        m
        for m in re.finditer(
            rf"^{_S}*(?P<party>[A-Z][A-Z.'\-]+(?:{_S}+[A-Z][A-Z.'\-]+){{1,3}}),{_S}*[):]"
            rf"[^\n]*\n{_S}*(?i:{re.escape(role)})s?[.,]?{_S}*[):]",
            intro,
            re.MULTILINE,
        )
        if _may_be_person(m["party"].title(), intro)
    ]
    return found[0] if len(found) == 1 else None


# The verb of a role's work: "moderated by Jo Roe", "Jo Roe, a reporter, moderated"
_ROLE_VERBS = {
    "moderator": "moderated",
    "host": "hosted",
    "interviewer": "interviewed",
    "reporter": "reported",
}


def _the_one(label: str, intro: str) -> bool:
    """Whether a label many may share is the one official the header says did the work:
    a deposition's "THE REPORTER" under "Reported by: Sunita Pell, CSR" (each briefing's
    "REPORTER", no article, stays one of many)."""
    words = label.split()
    return len(words) == 2 and words[0].lower() == "the" and _done_by(words[1], intro) is not None


def _done_by(role: str, intro: str) -> re.Match[str] | None:
    """The one person the introduction says did the role's work ("Ellen Thistlewood,
    senior energy reporter at The Prairie Current, moderated"; "hosted by Sam Ortiz"; not
    a body's: "hosted by Stanford University"), none where it names two ("moderated by
    Gloria Fuentes of KQRT-TV and Ben Ashworth")."""
    verb = _ROLE_VERBS.get(role.lower())
    if verb is None:
        return None
    found = [
        m
        for m in re.finditer(
            # (the holder's job between: "moderated by League president Jo Roe", "hosted
            # by adult services librarian Jo Roe")
            # (a header's field as well: "Reported by: Sunita Pell, CSR No. 4471")
            rf"\b(?i:{verb[0]}){verb[1:]}{_S}+by:?{_S}+{_JOB}(?P<by>{_HOLDER})"
            rf"|(?P<who>{_HOLDER})(?:,[^,;.\n]{{1,80}},)?{_S}+{verb}\b(?!{_S}+by)",
            intro,
        )
        if not _AND_NAME.search(intro, m.end(), _clause_end(intro, m.end()))
        and _may_be_person(_HON.sub("", m.group(m.lastgroup)), intro)  # "Stanford University"
    ]
    return found[0] if len({m.group(m.lastgroup) for m in found}) == 1 else None


# A job before a name: an optional body's word, then lower-case words ending in the job
_JOB = rf"(?:(?:[A-Z][a-z]+{_S}+)?(?:[a-z][a-z\-]+{_S}+){{1,3}}(?=[A-Z]))?"
_AND_NAME = re.compile(rf"\band{_S}+[A-Z]")
_CLAUSE_END = re.compile(r"[.;\n]")


def _clause_end(text: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: a sentence's end, a semicolon or the line's."""
    m = _CLAUSE_END.search(text, at)
    return m.start() if m else len(text)


# The jobs of an outlet's own person, asking for it ("food reporter", "editor")
_REPORTING = (
    r"(?:reporter|correspondent|editor|writer|columnist|critic|journalist|"
    r"interviewer|contributor)s?"
)
# Offices and roles, whose holder's staff ("The President's press secretary") is no
# outlet's writer
_OFFICE_WORDS = TITLES | OFFICES | frozenset(_ROLES) | _BENCH


# "The Harbor Review's Marcus Wendt": an outlet's (or a body's) person, by possessive
_POSSESSED = re.compile(
    rf"(?P<owner>[A-Z][\w&.\-]*(?:{_S}+[A-Z][\w&.\-]*){{0,5}})['\u2019]s{_S}+"
    # (a reporting job between: "The Ledger's business reporter Ben Achebe"; not "The
    # Mayor's chief of staff Dan Ortiz", whose office is no outlet)
    rf"(?:(?:[a-z][a-z\-]+{_S}+)?{_REPORTING}{_S}+)?(?P<who>[A-Z][a-z'\u2019\-]+(?:{_S}[A-Z][a-z'\u2019\-]+){{1,2}})\b"
)


def _staff(intro: str) -> dict[str, str]:
    """Lower-case name of an outlet or body of two words or more -> the one person the
    introduction gives as its own ("spoke with The Harbor Review's Marcus Wendt"): the
    label of an outlet asking in a Q&A is its writer."""
    found: dict[str, set[str]] = {}
    for m in _POSSESSED.finditer(intro):
        who = m["who"].lower().split()
        if any(w in _NOT_PERSON for w in who):
            continue  # "Joe Biden's Justice Department", "Theresa May's Downing Street Years"
        words = m["owner"].lower().split()
        if words[-1] in _OFFICE_WORDS:
            continue  # "The President's Karine Wells": an office's staff, no outlet's
        for i in range(len(words) - 1):  # "She spoke with The Harbor Review": any tail
            found.setdefault(" ".join(words[i:]), set()).add(m["who"])
        if len(words) == 2 and words[0] == "the":  # "The Ledger" labelled "LEDGER:"
            found.setdefault(words[1], set()).add(m["who"])
    return {owner: next(iter(who)) for owner, who in found.items() if len(who) == 1}


# Words ending a person's name as often as a body's ("Theresa May", "Emily West")
_BODY_ENDS = _NOT_PERSON - CALENDAR_WORDS - frozenset("north south east west".split())


def _body(label: str, intro: str) -> bool:
    """Whether a lower-case label names an outlet or a body ("the harbor review", "city
    council"), not a person ("taylor swift"), whose own name a possessive never changes:
    nor does it change a label the introduction names alone, as a person ("We spoke
    with Theresa May")."""
    words = label.split()
    if first_name_known(words[0]) and re.search(
        rf"\b{re.escape(label)}\b(?!['\u2019]s\b)", intro, re.IGNORECASE
    ):
        return False
    return (
        words[0] == "the"
        or words[-1] in _BODY_ENDS
        # an outlet of one word, named with its article: "LEDGER" for "The Ledger"
        or (
            len(words) == 1
            and label not in _OFFICE_WORDS
            and bool(re.search(rf"\bThe{_S}+(?i:{re.escape(label)})\b", intro))
        )
    )


# Roles one person holds through a conversation (not "CALLER" or "AUDIENCE MEMBER").
# Two words for the one who puts the answers into the other language
_RENDERING = frozenset({"translator", "interpreter"})
_ONE_PERSON = frozenset("interviewer host moderator interviewee guest narrator".split())


def _post(role: str, common: frozenset[str]) -> bool:
    """Whether a label is a post one person holds, a word the text writes as a common
    noun ("Supervisor:" beside "I spoke with my supervisor"), not a label many share in
    turn (``_MANY``: "WOMAN:" in a vox pop) nor a given name, though the text writes it
    so too ("Will:" beside "will", "Rose:" beside "rose")."""
    words = role.lower().split()
    return (
        len(words) == 1
        and words[0] in common
        and words[0] not in _MANY
        and not first_name_known(words[0])
    )


def _self_named(
    role: str, said: Sequence[str], elsewhere: str, post: bool = False
) -> re.Match[str] | None:
    """The name the first turn of a one-person role (or a ``post``) or a numbered speaker
    gives ("HOST: I'm Tom Baker.", "Speaker 1: Welcome back to the show. I'm Colin Prady,
    and ...", "Supervisor: Hi Mr. Feeney, this is Marcus Oyelaran-Pike"), when no later
    turn of it gives another. Said as its first words, it names; further
    in ("Sure. I'm African American, and ..."), only a person: a name ``elsewhere``
    says again (the header, another speaker's "Thanks, Colin"), or a name with no
    common word in it, said by a numbered speaker or after a greeting, and either
    opening with a known given name, opening the sentence after a greeting ("Hi
    chat. I'm Jules Moreno", not "Sure. I'm Puerto Rican" or "Hello. Honestly, I'm
    Very Tired") or, of a numbered speaker, answering another's "say your name")."""
    numbered = _NUMBERED_SPEAKER.fullmatch(role) is not None
    # (a role asked its name answers it: "Please state your name for the record." /
    # "WITNESS: Marisol Ortega, O-R-T-E-G-A.")
    asked = role.lower() in _ROLES and _NAME_ASKED.search(elsewhere) is not None
    if role.lower() not in _ONE_PERSON and not numbered and not post and not asked:
        return None
    m = _SELF_NAMED.match(said[0])
    if m and m["greeted"] and not m["greetee"]:
        # after a greeting naming no one, a person's name ("Good evening, this is Lester
        # Holt"), not a show's ("Good evening, this is Morning Edition Weekend"); after
        # "Hi Mr. Feeney," the one on the phone
        known = first_name_known(m["who"].split()[0].lower())
        m = m if known or _said_again(m["who"], elsewhere) else None
    if m is None:
        m = _SELF_INTRO.search(said[0], 0, _SELF_INTRO_REACH)
        # a one-person role must also have greeted first ("Hi chat. I'm Jules Moreno")
        greeted = bool(m and _GREETING.search(said[0], 0, m.start()))
        person = bool(m) and (numbered or greeted) and _may_be_person(m["who"], "\n".join(said))
        # a given name the shipped list lacks only as the sentence after a greeting's
        if person and not first_name_known(m["who"].split()[0].lower()):
            # (or said for the record: "For the recording, I'm Rafael Duarte")
            recorded = _FOR_THE_RECORD.search(said[0], max(0, m.start() - _RECORD_REACH), m.start())
            # (or in the greeting's own sentence, after its comma: "Welcome back to
            # Tidepool Talk, I'm Rafe Okafor-Lind, and ...")
            welcomed = greeted and _GREETING_CLAUSE.search(said[0], 0, m.start()) is not None
            person = (
                (greeted and _SENTENCE_START.search(said[0], 0, m.start()) is not None)
                or recorded is not None
                or welcomed
            ) or (
                numbered
                and _NAME_ASKED.search(elsewhere) is not None
                and not any(w.lower() in _ORIGINS for w in m["who"].split())
            )
        if m and not (person or _said_again(m["who"], elsewhere)):
            m = None
    if m is None and numbered:
        # "Speaker 2: Yeah, sorry, this is Hank from receiving." where another answers
        # "that's okay, Hank": a given name alone, said back
        m = _THIS_IS.search(said[0], 0, _SELF_INTRO_REACH)
        # (not one shown or brought in: "this is Dana Whitlock, our new treasurer. She
        # ...", "This is Rosa, my grandmother")
        m = m if m and not _ANOTHER.match(said[0], m.end()) else None
        m = m if m and _said_again(m["who"], elsewhere) else None
    if m is None and numbered:
        # "And I'm Emeka. Emeka Sorensen-Ude.": a given name, then said again in full
        m = _RESTATED.search(said[0], 0, _SELF_INTRO_REACH)
        m = m if m and _may_be_person(m["who"], "\n".join([elsewhere, *said])) else None
        # ("It's Oakfield. Oakfield Primary." answers which school: "it's" a name only
        # where the others asked for introductions or say it back)
        if m and m["it"] and not _INTRODUCTIONS.search(elsewhere):
            m = m if _said_again(m["who"], elsewhere) else None
    if m is None and (numbered or post or asked) and _NAME_ASKED.search(elsewhere):
        # a focus group's round of first names: "R1: I'm Gail. I take the 22 bus.", "R2:
        # Tomás. I drive ..." (not "Sure." nor "Yes.", words the text writes in lower case)
        m = _GIVEN_ALONE.match(said[0])
        m = (
            m
            if m
            and not set(m["who"].lower().split()) & _ANSWER_WORDS
            and _may_be_person(m["who"], "\n".join([elsewhere, *said]))
            and (m["intro"] or _bare_name(m, said[0], elsewhere))
            else None
        )
    others = (_SELF_NAMED.match(turn) or _SELF_INTRO.search(turn) for turn in said[1:])
    if m and any(o and o.group("who") != m.group("who") for o in others):
        return None
    return m


# "I" opening the sentence after a name said alone: "Tomás. I drive to the park-and-ride."
_I_NEXT = re.compile(rf"{_S}*I\b")
# Another's turn opening with a self-introduction in the round: "R1: I'm Gail."
_ROUND_INTRO = re.compile(
    rf"^{_S}*(?:I['\u2019]m|I{_S}+am|[Mm]y{_S}+name{_S}+is){_S}+[A-Z][a-z]",
    re.MULTILINE,
)


def _bare_name(m: re.Match[str], said: str, elsewhere: str) -> bool:
    """Whether a word said alone as a first sentence, no "I'm" before it, is a given name
    ("Tomás. I drive ...", not "Carpool. My neighbour drives us both."): a full name, a
    known given name, one said again elsewhere, one the speaker goes on from with "I",
    or one said in a round where another numbered speaker gave a name with "I'm" ("R1:
    I'm Gail." / "R4: Dev. Green Line, all the way")."""
    who = m["who"]
    return (
        len(who.split()) > 1
        or first_name_known(who.lower())
        or _said_again(who, elsewhere)
        or _I_NEXT.match(said, m.end()) is not None
        or _ROUND_INTRO.search(elsewhere) is not None
    )


def _pronoun_named(turns: dict[str, list[str]], intro: str) -> dict[str, str]:
    """In notes typed as "Me:" / "Her:", the one "Her" (or "Him") is the one person the
    introduction names in full as whom the notes are with ("Notes - Dr. Nadia
    Fairweather, ER attending"); not the note-taker ("Notes by Jane Roe"), nor a name
    in passing ("after reading Sally Rooney's novel")."""
    if not any(label.lower() == "me" for label in turns):
        return {}
    pronouns = [label for label in turns if label.lower() in ("her", "him")]
    named = {m["who"] for m in _NOTES_WITH.finditer(intro)}
    people = [n for n in named if _may_be_person(n, intro)]
    if len(pronouns) != 1 or len(people) != 1:
        return {}
    return {pronouns[0]: people.pop()}


# Whom notes are with: "Notes - Dr. Nadia Fairweather, ER attending", "Chat with Jo Roe"
_NOTES_WITH = re.compile(
    rf"^{_S}*(?:[A-Z][a-z]*{_S}+(?:-|\u2013|\u2014|with|[Ww]ith{_S}+[a-z]+){_S}+)?"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?{_S}+)?(?P<who>[A-Z][a-z\-]+(?:{_S}[A-Z][a-z\-]+){{1,2}})(?=,|{_S}*$)",
    re.M,
)
# What "I'm ..." may say of where one is from, answering "say your name and tell us
# about yourself" ("I'm Puerto Rican, I grew up in the Bronx")
_ORIGINS = frozenset(
    "american rican mexican dominican cuban salvadoran guatemalan colombian peruvian"
    " chilean brazilian argentinian venezuelan haitian jamaican canadian african nigerian"
    " ghanaian kenyan ethiopian somali egyptian moroccan asian indian pakistani"
    " bangladeshi chinese japanese korean vietnamese filipino thai indonesian irish"
    " scottish welsh english british italian polish german french spanish portuguese"
    " greek russian ukrainian turkish iranian persian arab lebanese syrian israeli"
    " jewish muslim latino latina latinx hispanic native indigenous black white".split()
)
# Another speaker asks for the name: "Can you say your name for the record?"
_NAME_ASKED = re.compile(
    r"(?i)\b(?:say|state|give|spell|tell\s+(?:us|me))\s+your\s+(?:full\s+|first\s+)?names?\b"
    r"|\bintroduce\s+yourself\b"
)
_GREETING = re.compile(r"(?i)\b(?:hi|hello|hey|welcome|good\s+(?:morning|afternoon|evening))\b")


def _said_again(who: str, elsewhere: str) -> bool:
    """Whether others say a self-introduction's name again as a name: its given name
    addressing the speaker ("Thanks, Colin."), or the whole of it when its given name
    is a known one, not a word an interviewer echoes ("grow up African American"); or
    its given name in the possessive, someone talking of the speaker ("we lost Ifeoma's
    mic"), as no echoed word is."""
    first = who.split()[0]
    # (not a place's: "I'm Boston Irish" / "Boston's changed a lot")
    origin = any(w.lower() in _ORIGINS for w in who.split())
    for owns in ("'s", "\u2019s") if not origin else ():
        at = elsewhere.find(first + owns)
        while at >= 0:
            after = elsewhere[at + len(first) + len(owns) : at + len(first) + len(owns) + 1]
            before = elsewhere[max(0, at - 4) : at].lower()  # "the Church's": no one's name
            if not elsewhere[at - 1 : at].isalnum() and not after.isalnum() and before != "the ":
                return True
            at = elsewhere.find(first + owns, at + 1)
    for mark in ",.?!":  # str.find: a long text's other turns are scanned per speaker
        at = elsewhere.find(first + mark)
        while at >= 0:
            if not elsewhere[at - 1 : at].isalnum() and _VOCATIVE_AT.search(
                elsewhere, max(0, at - _VOCATIVE_REACH), at
            ):
                return True
            at = elsewhere.find(first + mark, at + 1)
    return (
        first_name_known(first.lower())
        and re.search(rf"\b{re.escape(who)}\b", elsewhere) is not None
    )


# Where a name addresses someone: a sentence's or a clause's start, or after thanks
_VOCATIVE_AT = re.compile(
    rf"(?:^|[.?!,;:]{_S}+|\b(?i:thanks|thank{_S}+you|hi|hello|hey|welcome),?{_S}+)\Z", re.M
)
_VOCATIVE_REACH = 16  # characters before the name
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")  # searched up to a self-introduction
# A greeting's clause, then a comma, right before a self-introduction: "Welcome back to
# Tidepool Talk, " (no sentence's end between)
_GREETING_CLAUSE = re.compile(rf"{_GREETING.pattern}[^.!?\n]{{0,60}},{_S}*$")


# A speaker naming themself as their first words: "This is June Takahashi, and ...",
# "I'm Maria Chen.", "My name is Tom Baker".
_SELF_NAMED = re.compile(
    # (a greeting may name the one greeted: "Hi Mr. Feeney, this is Marcus Pike")
    rf"{_S}*(?:(?:Hi|Hello|Good{_S}\w+)(?P<greetee>,?{_S}+(?:{_ADDRESSED}{_S}*)?{_NAME_WORD})?"
    rf"[,.!]?{_S}+)?(?:(?P<greeted>this){_S}+is|This{_S}+is|I'm|I\u2019m|I{_S}+am|My{_S}+name"
    rf"{_S}+is){_S}+(?:{_ADDRESSED}{_S}*)?(?P<who>{_FULL_NAME})(?=[,.;]|{_S}+(?:and|here)\b)"
)


# "I'm Colin Prady, and ..." among a first turn's opening words (a host's welcome comes
# first); "This is" only as the first words, since "This is Night Shift Science." names a show.
_SELF_INTRO = re.compile(
    rf"\b(?:I'm|I\u2019m|I{_S}+am|[Mm]y{_S}+name{_S}+is){_S}+(?:{_ADDRESSED}{_S}*)?"
    rf"(?P<who>{_FULL_NAME})(?=[,.;]|{_S}+(?:and|here)\b)"
)
_SELF_INTRO_REACH = 200  # characters of a first turn
# Words saying that an introduction is made for the recording's sake (or the note kept
# of a meeting: "So, for the notes, I'm Ravi Subedi, I'm chairing today")
_FOR_THE_RECORD = re.compile(
    r"(?i)\bfor\s+the\s+(?:record|recording|tape|transcript|notes?|minutes)\b"
)
_RECORD_REACH = 30  # characters before "I'm"
# Words that answer or greet, no one's name: "Sure.", "Yes.", "Okay."
_ANSWER_WORDS = frozenset(
    "yes yeah yep sure okay ok right well hi hello hey thanks absolutely fine no nope great "
    "good so um uh hmm exactly true correct definitely totally cool alright sorry".split()
)
_CAP = r"[A-Z][\w'\u2019\-]+"
# A name alone as a first turn's first sentence, after an answer's word or "I'm" or not:
# "Dev.", "I'm Gail.", "Sure. Marcus Oduya, I'm the shift supervisor"
_GIVEN_ALONE = re.compile(
    rf"{_S}*(?:(?i:{'|'.join(sorted(_ANSWER_WORDS))})[.,!]{_S}+)?"
    rf"(?:(?P<intro>I'm|I\u2019m|I{_S}+am|[Mm]y{_S}+name{_S}+is)?(?:[Ii]t['\u2019]s)?{_S}+)?"
    # (a comma after a name goes on with who they are: "Anil Desai, of Desai and Company")
    # (or spells it: "Marisol Ortega, O-R-T-E-G-A.")
    rf"(?P<who>{_CAP}(?:{_S}{_CAP})?)"
    rf"(?:[.!]|,(?={_S}+(?:I['\u2019]m|of|from|with)\b|{_S}+[A-Z]-[A-Z]))(?:{_S}|$)"
)
_THIS_IS = re.compile(
    # (a full name too: "Hi, yeah, this is Dana Whitlock, I'm the treasurer")
    rf"\b(?:[Tt]his{_S}+is|[Ii]t['\u2019]s){_S}+(?P<who>{_GIVEN}(?:{_AFTER_GIVEN}){{0,2}})"
    rf"(?={_S}+(?:from|with|here|in)\b|[,.])"
)
# After a name, the words that show it is another's: "..., my grandmother", "..., our
# new treasurer. She starts ...", "..., he's joining us"
_ANOTHER = re.compile(
    rf"[,.]?{_S}+(?:(?:my|our|his|her|their){_S}|(?:[Ss]he|[Hh]e|[Tt]hey)(?:['\u2019]|{_S}))"
)
# Others asking for introductions: "Could everyone introduce themselves?"
_INTRODUCTIONS = re.compile(r"(?i)\bintroduc(?:e|ing|tions?)\b")
# A given name introduced, then restated with the surname: "I'm Emeka. Emeka Sorensen-Ude."
_RESTATED = re.compile(
    rf"\b(?:I['\u2019]m|I{_S}+am|[Mm]y{_S}+name['\u2019]s|[Mm]y{_S}+name{_S}+is|(?P<it>[Ii]t['\u2019]s))"
    rf"{_S}+(?P<given>{_GIVEN})[.,]{_S}+(?P<who>(?P=given)(?:{_AFTER_GIVEN}){{1,2}})(?=[,.;])"
)
# A speaker numbered by a transcription service: "Speaker 1", "SPEAKER 2"
# "Speaker 1"; a focus group's or a study's numbered respondents and participants,
# spelled out or coded ("Respondent 2", "R1", "P07")
_NUMBERED_SPEAKER = re.compile(r"(?i:speaker|respondent|participant)\s*\d{1,2}|[RP]\d{1,2}")
_ROLE_NUMBERED = re.compile(rf"(?i:{'|'.join(_ROLES)}){_S}*\d{{1,2}}")  # "OFFICER 1"
# a rank or title shortened before a name: "Ofc. Kayla Brandt", "Sgt. Ray Cole"
_ABBREVIATED = r"[A-Z][a-z]{1,3}\."


# Another speaker asks for a name, as an officer or a host does: "Sir, what's your
# name?", "Can you introduce yourself?"
_ASKS_NAME = re.compile(
    rf"{_NAME_ASKED.pattern}|(?i:\bwhat(?:['\u2019]s|{_S}+is){_S}+your{_S}+(?:full{_S}+)?name\b)"
)
# A turn opening with a full name as its answer, maybe after a word of assent, "I'm" or the
# given name alone first: "Lyle. Lyle Paquette.", "Sure, yeah. I'm Dana, Dana Kowalczyk."
_NAME_ANSWER = re.compile(
    rf"{_S}*(?:(?i:{'|'.join(sorted(_ANSWER_WORDS))})[.,!]{_S}+){{0,2}}"
    rf"(?:(?:I['\u2019]m|I{_S}+am|[Mm]y{_S}+name{_S}+is|[Ii]t['\u2019]s){_S}+)?"
    rf"(?:(?P<given>{_NAME_WORD})[.,]{_S}+)?(?P<who>{_FULL_NAME})(?=[.,;!]|{_S}*$)"
)


# The people a police record meets, labelled by their part until asked their name:
# "DRIVER", "PASSENGER"
# ("passenger" is one many share, `_many`: skipped before it is looked for)
_MET = frozenset("driver motorist cyclist rider pedestrian suspect complainant subject".split())


_ASKED_ROLES = frozenset(_ROLES) | _MET


def answered_names(
    order: Sequence[tuple[str, str]], names: dict[str, str], text: str = ""
) -> dict[str, str]:
    """A code or a role's label (``MS-1``, ``Speaker 2``, ``WITNESS``) -> the full name it
    answers with right after another speaker asks its name ("Sir, what's your name?" /
    "MS-1: Lyle. Lyle Paquette."): two signals, the question and a person's name as the
    answer's first words; not a label already named, one many share ("CALLER"), nor a
    label answering two names. ``order``: (label, turn) in the text's order. A name the
    ``text`` writes once with a middle initial ("License identifies driver as Wendell T.
    Ashgrove") takes it."""
    found: dict[str, set[str]] = {}
    for (asker, asked), (label, said) in pairwise(order):
        if asker == label or names.get(label, label) != label or _many(label):
            continue
        coded = any(c.isdigit() for c in label) or label.lower() in _ASKED_ROLES
        if not coded or not _ASKS_NAME.search(asked):
            continue
        m = _NAME_ANSWER.match(said)
        if m is None or (m["given"] and m["given"] != m["who"].split()[0]):
            continue
        # (not where one is from: "Sure. I'm Puerto Rican, I grew up in the Bronx.")
        origin = any(w.lower() in _ORIGINS for w in m["who"].split())
        if not origin and _may_be_person(m["who"], said):
            found.setdefault(label, set()).add(" ".join(m["who"].split()))
    # through an interpreter: "HB: Could you ask him to state his full name?" / "INT:
    # ¿Puede decir su nombre completo?" / "CL: Rosendo Ilarraza Mejía." (the client's
    # label need be no code: the relayed question is the second signal)
    for (_, asked), (relay, _), (label, said) in zip(order, order[1:], order[2:], strict=False):
        if relay.lower() not in _RELAYS or label == relay or names.get(label, label) != label:
            continue
        if _many(label) or not _ASKS_THEIR_NAME.search(asked):
            continue
        m = _NAME_ANSWER.match(said)
        if m is None or (m["given"] and m["given"] != m["who"].split()[0]):
            continue
        if _may_be_person(m["who"], said):
            found.setdefault(label, set()).add(" ".join(m["who"].split()))
    return {
        label: _initialled(next(iter(who)), text) for label, who in found.items() if len(who) == 1
    }


def _initialled(name: str, text: str) -> str:
    """``name`` with the middle initial the text gives it, where it writes just one
    ("Wendell Ashgrove" -> "Wendell T. Ashgrove")."""
    *given, last = name.split()
    if len(given) != 1:
        return name
    pattern = rf"\b{re.escape(given[0])}{_S}+(?P<i>[A-Z])\.{_S}+{re.escape(last)}\b"
    initials = {m["i"] for m in re.finditer(pattern, text)}
    return f"{given[0]} {initials.pop()}. {last}" if len(initials) == 1 else name


# An interpreter's label, relaying a question: "INT", "INTERPRETER"
_RELAYS = _RENDERING | {"int", "interp"}
# A question for an interpreter to put, asking the other's name: "ask him to state his
# full name"
_ASKS_THEIR_NAME = re.compile(
    r"(?i)\b(?:say|state|give|spell|tell\s+(?:us|me))\s+(?:his|her|their)\s+(?:full\s+)?names?\b"
)
