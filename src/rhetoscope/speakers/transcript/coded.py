"""A header's key to the codes turns go by: a person, their part, and the code in
parentheses ("Call handler: Oona Feeney (CH)"; "Present: Halsey Brook, caseworker
("HB"); Noor Qasemi, Spanish-English interpreter ("INT")").

A code after a name in parentheses is also how a text gives a station's, a body's or an
office's abbreviation ("Frequencies: Kelby Approach (APP)", "Chair: Ann Lee (BCC)"), so
the code names the person only where it abbreviates the part the header gives them
beside the name: the field's words ("Call handler" -> "CH") or the role after a comma
("interpreter" -> "INT"). A code standing for the name itself ("HB" for Halsey Brook)
is the header's initials, read elsewhere (``fullnames``).
"""

from __future__ import annotations

import re

from ..names import first_name_known
from .shared import _ADDRESSED, _FULL_NAME, _ROLES, _S, _many, _may_be_person

# A header's field line: "Call handler: ...", "Present: ..."
_FIELD_LINE = re.compile(
    rf"^{_S}*(?P<field>[A-Z][\w\-]*(?:{_S}[\w\-]+){{0,2}}):(?P<value>[^\n]+)$", re.M
)
# One person in a field's value: after the colon, a semicolon or a run of blanks, a name,
# a role after a comma or none, then the code in parentheses, quoted or not (the blanks
# read once, from the run's start: a name opens with a letter, and blanks tried in every
# split made a long run cubic)
_CODED = re.compile(
    rf"(?:^|;|(?<!{_S})(?:{_S}{{2,}}+|\t)){_S}*+(?:{_ADDRESSED}{_S}+)?(?P<who>{_FULL_NAME})"
    rf"(?:,{_S}*(?P<role>[^;()\n,]{{1,60}}?))?{_S}*"
    r"\([^\S\n]*[\"\u201c']?(?P<code>[A-Z]{1,6}\d{0,3})[\"\u201d']?[^\S\n]*\)"
)


def coded_names(
    labels: set[str], intro: str, every: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Label -> the person the introduction's field gives it as their code, the code
    abbreviating their part ("Call handler: Oona Feeney (CH)" makes "CH" Oona Feeney), or
    in a field whose other item keys its person by a label in words ("Commentary: Hal
    Munro (PBP) and Siobhan Brannigan (summariser)" beside "SUMMARISER:" turns makes "PBP"
    Hal Munro); a code two people share names no one. ``every``: all the text's labels."""
    found: dict[str, set[str]] = {}
    spoken = {" ".join(label.lower().split()) for label in every}
    for field, value in _fields(intro):
        # (a role in words beside its person, a label of the turns: the field keys voices)
        keyed = any(m["key"] in spoken for m in _KEYED_ITEM.finditer(value))
        for m in _CODED.finditer(value):
            code = m["code"]
            if code not in labels or not _may_be_person(m["who"], intro):
                continue
            parts = [field] + ([m["role"]] if m["role"] else [])
            if keyed or any(_abbreviates(code, part) for part in parts):
                found.setdefault(code, set()).add(" ".join(m["who"].split()))
    return {code: next(iter(who)) for code, who in found.items() if len(who) == 1}


# A field's item keyed by a role in lower-case words: "Siobhan Brannigan (summariser)"
_KEYED_ITEM = re.compile(
    rf"{_FULL_NAME}{_S}*\({_S}*(?P<key>[a-z][a-z\-]*(?:{_S}[a-z][a-z\-]*)?){_S}*\)"
)


# Another field after a run of blanks on the same line: "Interviewer: Sunniva Hallgrim
# (SH)    Interpreter: Duarte Mello-Quist (INTERP)"
_NEXT_FIELD = re.compile(rf"(?:{_S}{{2,}}+|\t){_S}*+(?P<field>[A-Z][\w\-]*(?:{_S}[\w\-]+){{0,2}}):")


def _fields(intro: str) -> list[tuple[str, str]]:
    """The introduction's fields as (field, value), a line holding several of them after
    runs of blanks read as several, each code abbreviating its own field's part."""
    out: list[tuple[str, str]] = []
    for line in _FIELD_LINE.finditer(intro):
        field, value, at = line["field"], line["value"], 0
        for m in _NEXT_FIELD.finditer(value):
            out.append((field, value[at : m.start()]))
            field, at = m["field"], m.end()
        out.append((field, value[at:]))
    return out


def _abbreviates(code: str, part: str) -> bool:
    """Whether ``code`` is the initials of ``part``'s words ("CH", "Call handler"), the
    start of one of its words, two letters or more ("INT", "interpreter"), or the initial
    of a field's one word ("R", "Respondent"); any of these numbered ("P31" of
    "Participant", a study's participant by number)."""
    words = re.findall(r"[a-z]+", part.lower())
    short = code.lower().rstrip("0123456789")
    if len(words) > 1 and short == "".join(w[0] for w in words):
        return True
    if len(words) == 1 and len(short) == 1 and len(words[0]) > 3 and words[0][0] == short:
        return True  # the field's one word by its initial: "Respondent: ... (R)"
    return len(short) >= 2 and any(w.startswith(short) and len(w) > len(short) for w in words)


# A roll's field naming a person, one of several a header line may hold after a bar, a
# semicolon, a run of blanks or a sentence's end: "Referee: Declan Okafor-Reid | AR1:
# Senna Vautrin", "Auctioneer: Hartley Ormsby. Telephone desk: ..."; the person ends at
# the field's end or a description after a comma or in parentheses
_ROLL_FIELD = re.compile(
    rf"(?:^|(?<=\|)|(?<=;)|(?<=[a-z]\.)(?={_S})|(?<!{_S})(?={_S}{{2,}}|\t)){_S}*+"
    rf"(?P<field>[A-Z][\w\-]*(?:{_S}[A-Za-z][\w\-]*){{0,2}}):{_S}*"
    rf"(?:{_ADDRESSED}{_S}+)?(?P<who>{_FULL_NAME})"
    # (a sentence's end only where the line or another field follows: "ANCHOR: GOOD
    # EVENING. WE BEGIN TONIGHT ..." is said)
    rf"(?={_S}*[,(]|\.?{_S}*[|;]|\.?{_S}*$|{_S}{{2}}|\t|\.{_S}+[A-Z][\w\-]*(?:{_S}[A-Za-z][\w\-]*){{0,2}}:)",
    re.M,
)


def fielded_names(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person the header's roll gives under the label's own field, written
    in another case or spelled out ("TMO" under "... | TMO: Gwendolyn Arbuthnot",
    "Facilitator" under "| Facilitator: Jae-min Oh |", "REF" under "Referee: Declan
    Okafor-Reid", "M" under "Moderator: Nkechi Abernathy-Lowe (Fieldline Research)"):
    two readings must agree, the field a header line's (a roll gives its people field by
    field) and the label its name or its abbreviation, and a label that two fields may
    spell ("Referee: ..." beside "Referee coach: ...") names no one, nor does a field
    naming a label many share ("Reporter: Ann Cole" above "REPORTER:")."""
    fields = [
        (m["field"], " ".join(m["who"].split()))
        for m in _ROLL_FIELD.finditer(intro)
        # (a name in capitals may be a caption's speech: "ANCHOR: GOOD EVENING.")
        if not m["who"].isupper() and _may_be_person(m["who"], intro)
    ]
    roll = len({who for _, who in fields}) > 1  # a roll of two people or more
    # (each field's readings indexed once: a label looks up its own, no scan of the roll)
    by_field: dict[str, set[str]] = {}
    by_code: dict[str, dict[str, list[tuple[str, bool]]]] = {}  # code -> who -> readings
    for field, who in fields:
        by_field.setdefault(field.lower(), set()).add(who)
        for code, plain in _shortenings(field):
            by_code.setdefault(code, {}).setdefault(who, []).append((field, plain))
    out: dict[str, str] = {}
    for label in labels:
        if _many(label):
            continue  # "Reporter: Ann Cole" heads a story; each REPORTER may be another
        spelled = " ".join(label.split())
        code = spelled.lower() if spelled.isupper() and spelled.isalnum() else ""
        shortened = by_code.get(code, {})
        found = by_field.get(spelled.lower(), set()) | set(shortened)
        if len(found) != 1:
            continue
        who = found.pop()
        if who in by_field.get(spelled.lower(), ()) or any(
            plain or _names_by_letter(code, field, roll) for field, plain in shortened[who]
        ):
            out[label] = who
    return out


# The roles that lead the talk, whose labels transcripts shorten to a letter or a word's
# start ("M", "MOD", "INT", "H"): a roll's one field so named names the label
_LEADING = frozenset("moderator interviewer host".split())
# The role words a code may shorten instead of a roll's field ("RES", a respondent; "P",
# a participant; "T", a teacher)
_ROLE_WORDS = frozenset(_ROLES)


def _shortenings(field: str) -> list[tuple[str, bool]]:
    """The codes in capitals (lower-cased) that shorten a roll's field, each with whether
    it spells the field out plainly: its words' initials ("LJ", "Line judge"); or, a
    guess, its one word's initial ("M", "Moderator") or the start of its first word
    ("REF", "Referee"); not a later word's start, which a person's initials may be
    ("TA", Tariq Anwar, beside "Note-taker: ...")."""
    words = re.findall(r"[a-z]+", field.lower())
    if not words:
        return []
    out = [("".join(w[0] for w in words), True)] if len(words) > 1 else []
    if len(words) == 1 and len(words[0]) > 3:
        out.append((words[0][0], False))
    out.extend((words[0][:k], False) for k in range(2, len(words[0])))
    return out


def _names_by_letter(code: str, field: str, roll: bool) -> bool:
    """Whether a code guessed from a field's first word ("REF", "M") names the field's
    person: the field a role that leads the talk ("Moderator: ..." above "M:"), or a roll
    of two people or more whose code shortens no other role a label may be made of ("REF"
    beside "AR1:", "TMO:"); not a lone author's, researcher's, interpreter's or
    physician's field above "A:", "RES:", "INT:" or "P:" turns, the answers', the
    respondent's, the interviewer's or the patient's."""
    word = re.findall(r"[a-z]+", field.lower())[0]
    if word in _LEADING:
        return True
    return roll and not any(
        (r.startswith(code) if len(code) > 1 else len(r) > 3 and r[0] == code)
        and not word.startswith(r)
        for r in _ROLE_WORDS
    )


# A roll's item giving a label, then its holder in parentheses with their rank or title:
# "Master (Captain Ilse Brandvold); ... Pilot (Mr Femi Lachance)"
_HELD_ITEM = re.compile(
    rf"(?:^|[;:,]|(?<=[a-z])\.){_S}*(?P<label>[A-Z][\w\-]*(?:{_S}[A-Za-z][\w\-]*){{0,2}})"
    rf"{_S}*\((?P<held>[^()\n;:]{{3,60}})\)"
)


# A roll's person, then the label they speak under in parentheses, in another case or
# not, a word and its number or letter: "Celia Marchbank (phone A)", "(JUDGE B)"; a code
# alone ("Kelby Approach (APP)") names a person only where it abbreviates their part
# (``coded_names``)
_KEYED_PERSON = re.compile(
    rf"(?:{_ADDRESSED}{_S}+)?(?P<who>{_FULL_NAME}){_S}*"
    rf"\({_S}*(?P<key>[A-Za-z][\w\-]*(?:{_S}[\w\-]+){{1,2}}){_S}*\)"
)


def held_names(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person a roll gives in parentheses after it, their rank, title or
    form of address left out ("Helmsman (AB Joaquín Reyes-Mallory)" above "Helmsman"
    turns), or before it ("Celia Marchbank (phone A)" above "PHONE A:"): where the
    roll so gives two labels of the turns or more, each a person's full name; a label
    given two people names no one."""
    spelled = {label.lower(): label for label in labels}
    found: dict[str, set[str]] = {}
    for m in _HELD_ITEM.finditer(intro):
        label = spelled.get(" ".join(m["label"].split()).lower())
        who = _holder(m["held"], intro)
        if label and who:
            found.setdefault(label, set()).add(who)
    # the other way round: "Celia Marchbank (phone A), Raj Devereux-Pike (phone B)"
    for m in _KEYED_PERSON.finditer(intro):
        label = spelled.get(" ".join(m["key"].split()).lower())
        if label and _may_be_person(m["who"], intro):
            found.setdefault(label, set()).add(" ".join(m["who"].split()))
    if len(found) < 2:
        return {}  # one label so given is no roll
    return {label: who.pop() for label, who in found.items() if len(who) == 1}


def _holder(held: str, intro: str) -> str:
    """The full name at the end of a parenthesis, the words before it a rank, a title,
    a post or a form of address ("Second Officer Ruslan Teague", "AB ...", "Mr ..."); ""
    where none ends it, or a word in lower case stands before it ("for Mr Bo Lee", "in
    the absence of Cllr Ann Cole": someone else's)."""
    words = held.split()
    if not all(w[:1].isupper() for w in words):
        return ""  # another's, named after a word in lower case: "(called by Ms Ann Cole)"
    # (three words where the first is a known given name, "Mary Ann Lee"; else two: a
    # post's word may stand before the name, "Chef Marco Bellini-Shaw")
    for n in (3, 2):
        name = words[-n:]
        if (
            len(words) >= n
            and (n == 2 or first_name_known(words[-3].lower()))
            and all(w[:1].isupper() and not w.isupper() and not w.endswith(".") for w in name)
            and _may_be_person(" ".join(name), intro)
            and re.fullmatch(_FULL_NAME, " ".join(name))
        ):
            return " ".join(name)
    return ""
