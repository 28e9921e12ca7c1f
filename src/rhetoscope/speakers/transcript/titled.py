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
from itertools import pairwise

from ..names import HONORIFICS, TITLES
from .canonical import _in_full, _written
from .shared import _S, _lowered

# A given name, maybe with an initial after it: "Owen", "Kwame", "Mary J."
_GIVEN = rf"[A-Z][a-z'\u2019\-]+(?:{_S}+[A-Z]\.)?"
_SURNAME = r"[A-Z][\w'\u2019\-]+"


def titled_names(labels: Sequence[str], intro: str, order: Sequence[str]) -> dict[str, str]:
    """Label -> the full name the introduction writes with its titles ("LT. PETTIBONE"
    -> "Owen Pettibone", "THE MAYOR" -> "Kwame Asante-Drake"), where one person fits;
    ``order``: the labels turn by turn."""
    answering = {frozenset(pair) for pair in pairwise(order)}
    out: dict[str, str] = {}
    for label in labels:
        *before, last = _lowered(label) or ("",)
        titles = [w for w in before if w in TITLES and w not in HONORIFICS]
        if before == ["the"] and last in TITLES and last not in HONORIFICS:
            found = _holders(intro, [last], _SURNAME)
        elif titles and len(titles) == len(before):
            found = _holders(intro, titles, rf"(?i:{re.escape(last)})")
        else:
            continue
        if len(found) != 1:
            continue
        who = found.pop()
        surname = who.split()[-1].lower()
        if any(
            frozenset((label, other)) in answering and surname in _lowered(other)
            for other in labels
            if other != label
        ):
            continue  # "THE PRESIDENT" answering "PRESIDENT MOREAU": two people
        out[label] = who
    return out


def _holders(intro: str, titles: Sequence[str], surname: str) -> set[str]:
    """The full names the introduction writes right after ``titles`` (each in full or
    abbreviated: "Lt." for lieutenant), their surname matching the pattern ``surname``."""
    given = rf"{_S}+".join(_written(_in_full(t)) for t in titles)
    pattern = re.compile(rf"\b(?i:{given})\.?{_S}+(?P<who>{_GIVEN}{_S}+{surname})(?![\w'\u2019\-])")
    return {" ".join(m["who"].split()) for m in pattern.finditer(intro)}
