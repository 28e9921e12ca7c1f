"""Kin as speakers: "her son said" is the son the text named ("Her son, Robert
Castellane, said the cause was heart failure"), or else the one other person of her
surname who may be a son; "His brother laughed. '...,' he said" is that brother, not
the last man named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..kin import KIN, KIN_GENDER, kin_beside, kin_cue
from .document import _Doc, _mention_at
from .grammar import _S, _VERB, _Lazy
from .pronouns import _antecedent

# A kin description as a whole cue subject: "her son", "his younger brother", "Mr.
# Hatch's sister".
_KIN_DESCRIPTION = _Lazy(
    rf"(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>(?:(?:Mr|Mrs|Ms|Dr)\.{_S}+)?[A-Z][\w\-]*"
    rf"(?:{_S}+[A-Z][\w\-]*)?)['\u2019]s){_S}+(?:(?:older|younger|elder|eldest|oldest|"
    rf"youngest|twin){_S}+)?(?P<kin>{KIN})"
)
# A sentence opening with a kin description as its subject, perhaps with an
# appositive or a participle's phrase between commas before its verb: "His brother
# laughed.", "Her sister, reached by phone on Friday, confirmed that".
_KIN_OPENING = _Lazy(
    rf"\s*[\"\u201c]?(?:(?:And|But|So|Yet|Still|Then),?{_S}+)?"
    rf"(?P<who>(?:His|Her|(?:(?:Mr|Mrs|Ms|Dr)\.{_S}+)?[A-Z][\w\-]*['\u2019]s){_S}+"
    rf"(?:(?:older|younger|elder|eldest|oldest|youngest|twin){_S}+)?(?:{KIN}))"
    rf"(?:,[^,.;:\"\u201c\u201d\n]{{1,120}},)?{_S}+(?:\w+ly{_S}+)?(?:{_VERB}|[a-z]+(?:ed|s))\b"
)
_REACH = 40  # people named before a kin description among whom its holder is found


def _kin_person(doc: _Doc, description: str, pos: int) -> str:
    """The person a kin description at ``pos`` stands for: the last one the text set
    beside the same kin noun ("Her son, Robert Castellane,"), else the one other
    person of the possessor's surname who may hold it; "" otherwise."""
    m = _KIN_DESCRIPTION.fullmatch(description.strip())
    if m is None:
        return ""
    kin = m["kin"].lower()
    want = KIN_GENDER[kin]
    if m["pronoun"]:
        holder = _antecedent(doc, pos, "he" if m["pronoun"].lower() == "his" else "she")
        owner = doc.names.name_of(holder) if holder is not None else ""
    else:
        found = _mention_at(doc.names.mentions, doc.starts, pos, pos + len(m["owner"]))
        owner = doc.names.name_of(found) if found is not None else m["owner"]
    if not owner:
        return ""
    i = bisect_left(doc.starts, pos)
    before = doc.names.mentions[max(0, i - _REACH) : i]
    for n in reversed(before):
        name = doc.names.name_of(n)
        if name == owner or len(n.key) < 2:
            continue
        cue = kin_cue(doc.text, n)
        # the same kin of the same one ("Maria Lopez's son, Daniel Lopez" is no son of
        # Ana Ruiz's)
        if cue is not None and cue["kin"].lower() == kin and _held_by(doc, cue, owner):
            return name
    surname = owner.split()[-1]
    family = {
        doc.names.name_of(n)
        for n in before
        if doc.names.name_of(n).split()[-1] == surname
        and doc.names.name_of(n) != owner
        and doc.names.gender_of(n) in ("", want)
        and len(doc.names.name_of(n).split()) >= 2
        and kin_beside(doc.text, n) in ("", kin)  # "his son, Hunter Pryce" is no brother
        # nor her own name in another form ("Eleanor Hartley" of an "Eleanor Beatrice
        # Hartley" named first)
        and doc.names.name_of(n).split()[0] != owner.split()[0]
    }
    return family.pop() if len(family) == 1 else ""


def _held_by(doc: _Doc, cue: re.Match[str], owner: str) -> bool:
    """Whether a kin cue beside a name ("his sister, ", ", Earl's wife") may make it the
    kin of ``owner``: "Earl's" when owner is an Earl, "his" when it stands for owner or
    for no one known."""
    if cue["owner"]:
        return cue["owner"] in owner.split()
    pronoun = cue.group().lstrip(", \t").split()[0].lower()
    holder = _antecedent(doc, cue.start(), "he" if pronoun == "his" else "she")
    return holder is None or doc.names.name_of(holder) == owner


def _kin_subject(doc: _Doc, pos: int, pronoun: str) -> str:
    """Whom a pronoun at ``pos`` stands for when its sentence or the one before opens
    with a kin description of its gender as subject ("His brother laughed. '...,' he
    said"); "" otherwise."""
    k = bisect_right(doc.sentences, pos) - 1
    for s in (k, k - 1):
        if s < 0:
            return ""
        lo = doc.sentences[s]
        m = _KIN_OPENING.match(doc.text, lo, pos)
        if m is None:
            continue
        kin = re.split(r"\s+", m["who"])[-1].lower()
        if KIN_GENDER.get(kin) != ("m" if pronoun == "he" else "f"):
            return ""
        i, j = bisect_left(doc.starts, m.end("who")), bisect_left(doc.starts, m.end())
        if i < j:  # "Eli's mother, Carol Nystrom, read": the name beside it
            return doc.names.name_of(doc.names.mentions[i])
        return _kin_person(doc, m["who"], m.start("who"))
    return ""
