"""Titled labels named from the introduction's prose.

A news conference's transcript labels its speakers by title and surname ("LT.
PETTIBONE:", "MAYOR ASANTE-DRAKE:") or by the title alone ("THE MAYOR:"), and its
introduction says who they are in a sentence ("Speaking are Police Chief Delia Ramos,
Mayor Kwame Asante-Drake and Lt. Owen Pettibone"). A label of titles and a surname is the
one person the introduction writes with the same titles and that surname ("Lt. Owen
Pettibone" -> Owen Pettibone); "THE MAYOR" is the one person it gives that title
before a full name, unless that person's own label answers it (one person takes no
turns with himself: "THE PRESIDENT" hosting "PRESIDENT MOREAU"). A surname alone
("TRUMP:") is not read so: a news story's lede names people an excerpt's labels may not
be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names import FUNCTION_WORDS, HONORIFICS, NOT_NAME_WORDS, TITLES
from .canonical import _in_full, _written
from .shared import _GIVEN, _NAME_WORD, _S, _answers_himself, _lowered

# The word before a title, read to tell a longer title from it ("Vice President", "Lt.
# Governor", "Prime Minister": no president, governor or minister)
_WORD_BEFORE = re.compile(rf"([A-Za-z]+)\.?{_S}*\Z")
_BEFORE_REACH = 20  # characters
# Words a name in capitals never holds ("GOVERNOR AT SIGNING", "MAYOR THE CITY")
_NOT_NAMES = FUNCTION_WORDS | NOT_NAME_WORDS | TITLES


def titled_names(
    labels: Sequence[str], intro: str, answering: set[frozenset[str]]
) -> dict[str, str]:
    """Label -> the full name the introduction writes with its titles ("LT. PETTIBONE"
    -> "Owen Pettibone", "THE MAYOR" -> "Kwame Asante-Drake"), where one person fits;
    ``answering``: the pairs of labels that take turns."""
    out: dict[str, str] = {}
    for label in labels:
        *before, last = _lowered(label) or ("",)
        titles = [w for w in before if w in TITLES and w not in HONORIFICS]
        if before == ["the"] and last in TITLES and last not in HONORIFICS:
            found = _holders(intro, [last], _NAME_WORD)
        elif titles and len(titles) == len(before):
            found = _holders(intro, titles, rf"(?i:{re.escape(last)})")
        else:
            continue
        if len(found) != 1:
            continue
        who = found.pop()
        if not _answers_himself(who, label, labels, answering):  # "THE PRESIDENT" answering
            out[label] = who  # "PRESIDENT MOREAU": two people
    return out


def _holders(intro: str, titles: Sequence[str], surname: str) -> set[str]:
    """The full names the introduction's prose writes right after ``titles`` (each in full
    or abbreviated: "Lt." for lieutenant), their surname matching the pattern ``surname``;
    not after another title's word ("Vice President Kamala Harris" is no president)."""
    given = rf"{_S}+".join(_written(_in_full(t)) for t in titles)
    pattern = re.compile(
        # (in Title Case, or all in capitals as a headline writes it: "REMARKS BY GOVERNOR
        # ELAINE ROE AT ...")
        rf"\b(?i:{given})\.?{_S}+(?P<who>(?=[A-Z][a-z]|[A-Z]+{_S}+[A-Z]+\b){_GIVEN}"
        rf"(?:{_S}+[A-Z]\.)?{_S}+{surname})"
        r"(?![\w'\u2019\-])"
    )
    return {
        " ".join(w.title() if m["who"].isupper() else w for w in m["who"].split())
        for m in pattern.finditer(intro)
        if not _longer_title(intro, m.start())
        and not (m["who"].isupper() and set(m["who"].lower().split()) & _NOT_NAMES)
    }


def _longer_title(intro: str, at: int) -> bool:
    """Whether the title at ``at`` is the end of a longer one: a title's word before it."""
    m = _WORD_BEFORE.search(intro, max(0, at - _BEFORE_REACH), at)
    return m is not None and m[1].lower() in TITLES


_SELF_REACH = 200  # characters of a first turn where a speaker introduces herself


def self_titled(labels: Sequence[str], turns: dict[str, list[str]]) -> dict[str, str]:
    """Label of titles and a surname -> the full name its own first turn introduces
    ("REPRESENTATIVE MARQUEZ: Good morning! I'm State Representative Lucia Marquez, ..."
    -> Lucia Marquez)."""
    out: dict[str, str] = {}
    for label in labels:
        *before, last = _lowered(label) or ("",)
        if not before or not all(w in TITLES for w in before) or not turns.get(label):
            continue
        m = re.search(
            rf"\bI(?:['\u2019]m|{_S}+am){_S}+(?:[A-Z][\w.]*{_S}+){{0,3}}?"
            rf"(?P<who>(?=[A-Z][a-z]){_GIVEN}{_S}+(?i:{re.escape(last)}))(?![\w'\u2019\-])",
            turns[label][0][:_SELF_REACH],
        )
        if m and m["who"].split()[0].lower() not in _NOT_NAMES:
            out[label] = " ".join(m["who"].split())
    return out
