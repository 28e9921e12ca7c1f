"""A numbered role's label named by the header's roll of that role, its items numbered
the same way: "CONTESTANT 1" is the one "Contestants: (1) Fenella Drax, librarian; (2)
..." gives first. Both must agree, the field's word and the item's number: a list
numbered under another field ("Prizes: (1) Ann Lee Trophy") names no contestant, and an
item naming no one ("(3) to be announced in round two") leaves the label as written.
"""

from __future__ import annotations

import re

from .shared import _FULL_NAME, _S, _may_be_person

# A numbered role's label: "CONTESTANT 1", "Panellist 2"
_NUMBERED = re.compile(rf"(?P<role>[A-Za-z]+){_S}+(?P<number>\d{{1,2}})")


def rolled_names(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person the introduction's field for the label's role (singular or
    plural) lists under the label's number, "(1) Name" or "1. Name"."""
    out: dict[str, str] = {}
    for label in labels:
        if (m := _NUMBERED.fullmatch(label)) is None:
            continue
        role, number = re.escape(m["role"]), m["number"]
        field = re.search(rf"^{_S}*(?i:{role}s?){_S}*:(?P<value>[^\n]+)", intro, re.M)
        if field is None:
            continue
        item = re.search(
            rf"(?:^|[;,]){_S}*(?:\({number}\)|{number}[.)]){_S}*(?P<who>{_FULL_NAME}){_S}*(?=[,;(]|$)",
            field["value"],
        )
        if item and _may_be_person(item["who"], intro):
            out[label] = " ".join(item["who"].split())
    return out
