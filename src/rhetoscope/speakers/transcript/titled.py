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
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..names import FUNCTION_WORDS, HONORIFICS, NOT_NAME_WORDS, TITLES
from .canonical import _in_full, _written, _written_forms
from .shared import _GIVEN, _NAME_WORD, _S, _answers_himself, _lowered

# The word before a title, read to tell a longer title from it ("Vice President", "Lt.
# Governor", "Prime Minister": no president, governor or minister)
_WORD_BEFORE = re.compile(rf"([A-Za-z]+)\.?{_S}*\Z")
_BEFORE_REACH = 20  # characters
# Words a name in capitals never holds ("GOVERNOR AT SIGNING", "MAYOR THE CITY")
_NOT_NAMES = FUNCTION_WORDS | NOT_NAME_WORDS | TITLES


def titled_names(
    labels: Sequence[str], intro: str, answering: set[frozenset[str]], end: int | None = None
) -> dict[str, str]:
    """Label -> the full name the introduction writes with its titles ("LT. PETTIBONE"
    -> "Owen Pettibone", "THE MAYOR" -> "Kwame Asante-Drake"), where one person fits;
    ``answering``: the pairs of labels that take turns; ``end``: where the introduction
    ends in the text ``intro``, when not at its end (the text read once for them all)."""
    out: dict[str, str] = {}
    for label in labels:
        *before, last = _lowered(label) or ("",)
        titles = [w for w in before if w in TITLES and w not in HONORIFICS]
        if before == ["the"] and last in TITLES and last not in HONORIFICS:
            found = _holders(intro, [last], _NAME_WORD, end=end)
        elif titles and len(titles) == len(before):
            found = _holders(intro, titles, rf"(?i:{re.escape(last)})", last, end)
        else:
            continue
        if len(found) != 1:
            continue
        who = found.pop()
        if not _answers_himself(who, label, labels, answering):  # "THE PRESIDENT" answering
            out[label] = who  # "PRESIDENT MOREAU": two people
    return out


def _holders(
    intro: str, titles: Sequence[str], surname: str, word: str = "", end: int | None = None
) -> set[str]:
    """The full names the introduction's prose writes right after ``titles`` (each in full
    or abbreviated: "Lt." for lieutenant), their surname matching the pattern ``surname``
    (the word ``word``, when one); not after another title's word ("Vice President Kamala
    Harris" is no president). ``end``: where the introduction ends in ``intro``."""
    end = len(intro) if end is None else end
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
        for m in _found(pattern, intro, end, _titled_at(intro, given, _title_words(titles), word))
        if not _longer_title(intro, m.start())
        and not (m["who"].isupper() and set(m["who"].lower().split()) & _NOT_NAMES)
    }


def _found(
    pattern: re.Pattern[str], text: str, end: int, starts: Sequence[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text[:end])`` for a pattern whose matches start only at
    ``starts`` (in order): tried there alone."""
    after = 0
    for at in starts:
        if at >= end:
            break
        if at < after:
            continue  # (within the match before: finditer goes on after it)
        m = pattern.match(text, at, end)
        if m:
            after = m.end()
            yield m


# A run of a word's characters, as a surname's pattern reads it to its end
_RUN = re.compile(r"[\w'\u2019\-]+")
_PLAIN = re.compile(r"[A-Za-z0-9_'\-]+")  # (its letters' cases one another's alone)


def _title_words(titles: Sequence[str]) -> int:
    """The most words ``titles`` take as a text may write them."""
    return sum(max(len(w.split()) for w in _written_forms(_in_full(t))) for t in titles)


def _titled_at(text: str, given: str, titles: int, word: str) -> tuple[int, ...]:
    """Where ``_holders``'s pattern for the titles ``given`` may start in ``text``: where
    they are written, a blank after them, and, for a surname ``word`` plainly spelled,
    only where it opens one of the next words in reach (titles, a given name, an
    initial, the surname; on their line)."""
    index = _title_index(text, given, titles + 3)
    if not word or not _PLAIN.fullmatch(word):
        return index[None]
    return tuple(sorted({*index.get(word.lower(), ()), *index.get("", ())}))


@lru_cache(maxsize=64)
def _title_index(text: str, given: str, reach: int) -> dict[str | None, tuple[int, ...]]:
    """The places the titles ``given`` are written, a blank after them (key None), and
    by each word in ``reach`` after them on their line: its run of a word's characters
    in lower case (key "" for a run not plainly spelled). Read once per text and titles,
    not once per label and introduction."""
    starts = [m.start() for m in re.finditer(rf"(?=\b(?i:{given})\.?{_S}+)", text)]
    index: dict[str | None, list[int]] = {None: starts}
    for at in starts:
        line_end = text.find("\n", at) % (len(text) + 1)
        keys: set[str] = set()
        for _, token in zip(range(reach), re.finditer(r"\S+", text[at:line_end]), strict=False):
            run = _RUN.match(token[0])
            keys.add(run[0].lower() if run and _PLAIN.fullmatch(run[0]) else "")
        for key in keys:
            index.setdefault(key, []).append(at)
    return {key: tuple(value) for key, value in index.items()}


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
