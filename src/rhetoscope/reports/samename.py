"""One person's names across documents: ``Henry Trewhitt`` and ``Henry L Trewhitt``.

Within a document the speaker splitter already merges aliases to the fullest name the
document uses. Across documents only a middle initial's presence may differ safely: the
same first and last name with one corpus-wide set of initials is one person, while a
surname alone (``President Bush``: which one?) or a title is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# "L", "L.", "HW", "H.W." between a first and a last name
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")
_WORD = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*")  # "Trewhitt", "O'Neill", "McCain"


def _parts(name: str) -> tuple[tuple[str, str], str] | None:
    """(first, last) casefolded and the middle initials without dots, or None for a name
    that is not "First [I.] Last" (one word, a title, a role, a description)."""
    words = name.split()
    if len(words) < 2 or not all(_WORD.fullmatch(w) for w in (words[0], words[-1])):
        return None
    middle = words[1:-1]
    if not all(_INITIALS.fullmatch(w) for w in middle):
        return None
    return (words[0].casefold(), words[-1].casefold()), "".join(middle).replace(".", "")


def same_people(names: Iterable[str]) -> dict[str, str]:
    """Each name that is another form of a fuller one, mapped to that fuller name: a
    first and last name without initials to the one form with initials, and forms that
    differ only by dots after initials to the first seen. A bare name stays itself when
    two different initials share it (``John A Smith``, ``John B Smith``)."""
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for name in names:
        parts = _parts(name)
        if parts is not None:
            key, initials = parts
            groups.setdefault(key, {}).setdefault(initials, []).append(name)
    merged: dict[str, str] = {}
    for forms in groups.values():
        initialled = [v for k, v in forms.items() if k]
        for spellings in forms.values():  # "Henry L. Trewhitt" -> "Henry L Trewhitt"
            merged.update((other, spellings[0]) for other in spellings[1:])
        if len(initialled) == 1 and "" in forms:
            fullest = initialled[0][0]
            merged.update((bare, fullest) for bare in forms[""])
    return merged


def told_apart(names: Iterable[str]) -> set[str]:
    """The names of one document that ``same_people`` could take for one person: the
    document's speaker splitter kept them apart, so the corpus summary does too."""
    keys: dict[tuple[str, str], list[str]] = {}
    for name in names:
        parts = _parts(name)
        if parts is not None:
            keys.setdefault(parts[0], []).append(name)
    return {name for group in keys.values() if len(group) > 1 for name in group}
