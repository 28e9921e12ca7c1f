"""What a news text says of its people's families: "Eli's mother, Carol Nystrom," is a
woman; "his wife, Margaret," is Margaret Connolly when the text also has a "Mrs.
Connolly"; "Rajiv and Nisha Patel" name a Rajiv Patel when the text has a "Mr. Patel"
and a "Ms. Patel". Two people of one surname are told apart by these: the title's
gender alone cannot pick between names no list knows the gender of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .names import Mention, gender

_FEMALE_KIN = (
    "wife widow mother daughter sister grandmother granddaughter aunt niece girlfriend "
    "fiancee fiancée stepmother stepdaughter stepsister"
).split()
_MALE_KIN = (
    "husband widower father son brother grandfather grandson uncle nephew boyfriend "
    "fiance fiancé stepfather stepson stepbrother"
).split()
KIN_GENDER = {**{w: "f" for w in _FEMALE_KIN}, **{w: "m" for w in _MALE_KIN}}
KIN = "|".join(sorted(KIN_GENDER, key=len, reverse=True))
# Whose kin: "his", "her", "Eli's".
_POSSESSOR = r"(?:\b[Hh]is|\b[Hh]er|\b(?P<owner>[A-Z][\w\-]*)['\u2019]s)"
_AGE_WORDS = r"(?:(?:older|younger|elder|eldest|oldest|youngest|twin|late|former)[^\S\n]+)?"
# "his sister, " right before a name ...
_KIN_BEFORE = re.compile(rf"{_POSSESSOR}[^\S\n]+{_AGE_WORDS}(?P<kin>{KIN}),[^\S\n]+$")
# ... or ", Earl's wife" right after it.
# (not "Chidi Obi, her son's teacher")
_KIN_AFTER = re.compile(rf",[^\S\n]+{_POSSESSOR}[^\S\n]+{_AGE_WORDS}(?P<kin>{KIN})\b(?!['\u2019])")
# A given name alone in the apposition ends there: "his wife, Irene, who ...".
_APPOSITION_ENDS = re.compile(r"[^\S\n]*[,.;)]")
# "Rajiv and Nisha Patel": a given name sharing the next person's surname.
_JOINED = re.compile(r"[^\S\n]+and[^\S\n]+$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*[A-Z]")
_LOOK_BACK = 80  # characters before a name that hold its kin noun or its partner
_OWNER_BACK = 600  # characters before "his wife" that hold the husband's name
_TITLE_GENDERS = {"f": ("Mrs", "Ms", "Miss"), "m": ("Mr",)}


# The first pronoun after a person's first full mention, in that sentence or opening the
# next: "Lucas Brandt, who has worked there for 22 years, learned of it from his sister".
_NEXT_PRONOUN = re.compile(r"\b(?:(?P<m>[Hh]e|[Hh]is|[Hh]im)|(?P<f>[Ss]he|[Hh]er|[Hh]ers))\b")
_OPENS = re.compile(r"(?:^|[.!?\n][\"\u201d\u2019]?[^\S\n]*|\u2014[^\S\n]*)$")
_WHO = re.compile(r",[^\S\n]+who\b")
_ASIDE = re.compile(r",[^,.;:!?\"\u201c\u201d\n]{1,120},")
_PRONOUN_REACH = 300  # characters after a first full mention
_PRONOUN_STOP = re.compile(r"[\"\u201c\u201d\u2018\n]|[.!?][^\S\n]+(?=[A-Z])")


@dataclass(frozen=True)
class Kin:
    """Full names the text implies, and genders its words give full names."""

    names: tuple[Mention, ...]  # "Margaret Connolly" for "his wife, Margaret,"
    genders: dict[tuple[str, ...], str]  # by a full name's key
    # full names set beside a kin noun ("his father, Ahmad Shah Massoud"): someone's kin
    relatives: frozenset[tuple[str, ...]] = frozenset()


def kin(text: str, mentions: Sequence[Mention]) -> Kin:
    named: list[Mention] = []
    genders: dict[tuple[str, ...], str] = {}
    seen: set[tuple[str, ...]] = set()
    relatives: set[tuple[str, ...]] = set()
    for i, m in enumerate(mentions):
        if m.thing:
            continue
        first = len(m.key) >= 2 and m.key not in seen
        seen.add(m.key)
        before = _kin_before(text, m)
        after = _KIN_AFTER.match(text, m.end)
        said = before or after
        if said is not None and len(m.key) >= 2:
            genders.setdefault(m.key, KIN_GENDER[said["kin"].lower()])
            relatives.add(m.key)
        elif before is not None and not m.title and _APPOSITION_ENDS.match(text, m.end):
            full = _given_named(text, mentions, i, before)
            if full is not None:
                named.append(full)
                genders.setdefault(full.key, KIN_GENDER[before["kin"].lower()])
        if first and (
            _OPENS.search(text, max(0, m.opening - 4), m.opening) or _WHO.match(text, m.end)
        ):
            # the subject of its sentence, or "..., who": the next "he" or "she" is it
            following = mentions[i + 1] if i + 1 < len(mentions) else None
            said_gender = _pronoun_after(text, m, following)
            if said_gender:
                genders.setdefault(m.key, said_gender)
        if len(m.key) == 1 and not m.title and i + 1 < len(mentions):
            partner = mentions[i + 1]
            if len(partner.key) == 2 and _JOINED.fullmatch(text, m.end, partner.start):
                surname = partner.key[-1]
                if all(_titled(text, surname, g) for g in _TITLE_GENDERS):
                    named.append(_renamed(m, (m.key[0], surname)))
    return Kin(tuple(named), genders, frozenset(relatives))


def kin_beside(text: str, m: Mention) -> str:
    """The kin noun set beside a name ("his sister, Teresa Brandt", "Doreen Whitcombe,
    Earl's wife"), "" when none is."""
    said = kin_cue(text, m)
    return said["kin"].lower() if said is not None else ""


def kin_cue(text: str, m: Mention) -> re.Match[str] | None:
    """The words setting a kin noun beside a name, with whose kin ("his sister, ",
    ", Earl's wife"); None when none do."""
    return _kin_before(text, m) or _KIN_AFTER.match(text, m.end)


def _kin_before(text: str, m: Mention) -> re.Match[str] | None:
    """``_KIN_BEFORE`` right before ``m``. The pattern ends in a comma and spaces (then
    the end, or a last line break ``$`` allows): a name whose text before it does not
    end in a comma, past its whitespace, has none, and is spared the search."""
    lo, hi = max(0, m.opening - _LOOK_BACK), m.opening
    if not text[lo:hi].rstrip().endswith(","):
        return None
    return _KIN_BEFORE.search(text, lo, hi)


def _given_named(
    text: str, mentions: Sequence[Mention], i: int, kin_cue: re.Match[str]
) -> Mention | None:
    """ "his wife, Margaret," as Margaret with the surname of the one whose wife she is:
    the person named last before (of the possessive's gender, or the one "Earl's"
    names) whose surname the text also gives with the title of her gender ("Mrs.
    Connolly"), never past one named in her own sentence."""
    m = mentions[i]
    owner = kin_cue["owner"]
    want = KIN_GENDER[kin_cue["kin"].lower()]
    his = "m" if kin_cue.group().lower().startswith("his") else "f"
    lo = m.start - _OWNER_BACK
    for j in range(i - 1, -1, -1):  # (not a copy of all the mentions before, per name)
        prior = mentions[j]
        if prior.start < lo:
            return None
        if prior.thing or prior.key[-1] == m.key[0]:
            continue
        if owner is None and gender(prior.title, prior.surface) not in ("", his):
            continue
        if owner is not None and owner not in prior.key:
            continue
        if _titled(text, prior.key[-1], want):
            return _renamed(m, (m.key[0], prior.key[-1]))
        if not _SENTENCE_BREAK.search(text, prior.end, m.start):
            # the one named in her own sentence is the one whose wife she is ("Council
            # member Bob Lyle came with his wife, Ann," is no Mayor Hale's before him,
            # though the text has a "Mrs. Hale")
            return None
    return None


def _pronoun_after(text: str, m: Mention, following: Mention | None) -> str:
    """The gender of the first "he" or "she" after a first full mention, before anyone
    else is named and within its sentence and the next one."""
    hi = min(len(text), m.end + _PRONOUN_REACH)
    if following is not None:
        hi = min(hi, following.start)
    sentence_ends = 0
    pos = m.end
    aside = _ASIDE.match(text, pos, hi)
    if aside is not None:
        # past an aside: "Alex Moran, his father's oldest friend, gave", "Kofi Mensah,
        # who coached her, said" (its pronouns are mostly someone else's)
        pos = aside.end()
    while pos < hi:
        stop = _PRONOUN_STOP.search(text, pos, hi)
        end = stop.start() if stop else hi
        found = _NEXT_PRONOUN.search(text, pos, end)
        if found is not None:
            return "m" if found["m"] else "f"
        if stop is None or stop.group() in '"\u201c\u201d\u2018\n' or sentence_ends:
            return ""
        sentence_ends += 1
        pos = stop.end()
    return ""


def _titled(text: str, surname: str, want: str) -> bool:
    """Whether the text calls someone "Mrs. Surname" (for "f") or "Mr. Surname"."""
    return surname in _titled_surnames(text)[want]


@lru_cache(maxsize=8)
def _titled_surnames(text: str) -> dict[str, frozenset[str]]:
    """The surnames the text gives with a woman's title and with a man's (read once)."""
    return {
        want: frozenset(re.findall(rf"\b(?:{'|'.join(titles)})\.?[^\S\n]+([A-Z][\w\-']*)", text))
        for want, titles in _TITLE_GENDERS.items()
    }


def _renamed(m: Mention, key: tuple[str, ...]) -> Mention:
    return Mention(m.start, m.end, " ".join(key), key)
