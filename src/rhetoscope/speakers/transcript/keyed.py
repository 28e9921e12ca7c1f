"""Transcripts whose lines open with a speaker key's codes, no colon after them.

A press conference's or a meeting's transcript may list its speakers in a key above the
text, a code and a run of spaces before each full name ("CÅ   Clara Åberg", "HA   Dr
Hamid Azizi"), and then open each turn with the code alone: "CÅ Good afternoon from
Geneva." Only a code the key lists, standing at a line's start before a capitalised
word, is a label (prose opens sentences with "HA" or "NO" too, but no key lists them
there); the key's lines are narration and give each code its person.
"""

from __future__ import annotations

import re

from .shared import _ADDRESSED, _AFTER_GIVEN, _GIVEN, _ROLES, _S, _many, _may_be_person

# A key's line: a code of two or three capitals (letters beyond ASCII too), a run of
# spaces, a full name with a title or not
_KEY_LINE = re.compile(
    rf"^{_S}*(?P<code>[A-ZÀ-ÖØ-Þ]{{2,3}}){_S}{{2,}}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?{_S}+)?"
    rf"(?P<who>[A-ZÀ-ÖØ-Þ][\w'\u2019\-]+(?:{_S}+[A-ZÀ-ÖØ-Þ][\w'\u2019\-]+){{1,3}}){_S}*$",
    re.MULTILINE,
)
_KEY_MIN = 2  # lines of a key


def keyed_labels(
    text: str,
) -> tuple[dict[int, re.Match[str]], dict[str, str], frozenset[int]]:
    """Where lines open with a key's code -> a label match (``name`` the code), each
    code -> the person the key gives, and where the key's lines and its heading ("Speaker
    key:") start, narration; all empty without a key of two lines or more whose codes
    open two lines of speech or more."""
    lines = list(_KEY_LINE.finditer(text))
    key = {m["code"]: " ".join(m["who"].split()) for m in lines}
    if len(key) < _KEY_MIN:
        return {}, {}, frozenset()
    codes = "|".join(sorted(map(re.escape, key), key=len, reverse=True))
    line = re.compile(
        rf"^(?P<early>){_S}*(?P<name>{codes})(?P<late>)(?P<late2>){_S}+(?=[A-Z\"'\u201c\[])",
        re.MULTILINE,
    )
    keyed = {m.start(): m for m in line.finditer(text) if not _KEY_LINE.match(text, m.start())}
    if len(keyed) < _KEY_MIN:
        return {}, {}, frozenset()
    listed = {m.start() for m in lines}
    above = text.rfind("\n", 0, max(lines[0].start() - 1, 0)) + 1  # the key's heading
    if text[above : lines[0].start()].rstrip().endswith(":"):
        listed.add(above)
    return keyed, key, frozenset(listed)


# A roll's line keying a code to a person, what they are after a comma or in
# parentheses: "R1  Bettina, 31, nurse, no car", "P2 - Maren Holt (teacher)", "S1 =
# Ilse; S2 = Noor" (items after a field's colon or a semicolon too)
_ROLL_KEY = re.compile(
    rf"(?:^|[;:]){_S}*(?P<code>[A-Z][A-Z0-9]{{0,3}})"
    rf"(?:{_S}{{2,}}|\t|{_S}*[=\u2013\u2014]{_S}*|{_S}+-{_S}+)"
    # (what they are may come first, in lower case: "DAU = the patient's daughter, Oksana
    # Ebo (pseudonym)")
    rf"(?:[a-z][^,;()\n]{{0,40}},{_S}*)?"
    rf"(?:{_ADDRESSED}{_S}+)?(?P<who>{_GIVEN}(?:{_AFTER_GIVEN}){{0,2}})(?={_S}*(?:[,(;]|$))",
    re.MULTILINE,
)


def roll_keyed_names(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person a roll above the turns keys to it, the label the code a line
    of the roll opens with ("R1  Bettina, 31, nurse" above "R1:"), where the roll keys
    two labels of the turns or more (one line keying a code is no roll) and each is a
    person's name, no role ("R1  Reporter, local paper"), and no code is keyed twice."""
    found: dict[str, set[str]] = {}
    for m in _ROLL_KEY.finditer(intro):
        who = m["who"]
        if m["code"] in labels and _may_be_person(who, intro) and not _role(who):
            found.setdefault(m["code"], set()).add(" ".join(who.split()))
    named = {code: who.pop() for code, who in found.items() if len(who) == 1}
    return named if len(named) > 1 else {}


def _role(who: str) -> bool:
    """Whether a roll's item is a role or a sex, not a person ("Reporter", "Resident";
    "F" and "M" of "R1 – F, 34, renter")."""
    return who.isupper() or _many(who) or any(w.lower() in _ROLES for w in who.split())
