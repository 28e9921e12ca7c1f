"""Listed eras found in a sentence: gazetteer hits as targets (with the words after
them that make them history), names of listed eras written after another determiner
("a new Long March"), hyphenated eras, match-ups ("Ali-Frazier") and "springs".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress

from ..lexicon import Entry
from ..matcher import Hit
from .frames import (
    _ARTICLES_AND_LINKS,
    _HISTORY_FOLLOWERS,
    _OWN_ERA,
    _PLACE_NOUN_ENDS,
    _PLACE_PREPOSITIONS,
    _RULE_WORDS,
    _TOPIC_WORDS,
)
from .gaps import _entry
from .model import ERA, Target, era_of
from .times import _some
from .unlisted import _sentence_start


def _follower_after_modifier(norms: Sequence[str], after: int, capitalized: Sequence[bool]) -> bool:
    """Whether the word after the era is a common word modifying one of
    ``_HISTORY_FOLLOWERS``: "a Reagan education secretary"; not "a Watergate for our time"."""
    return (
        after + 1 < len(norms)
        and norms[after + 1] in _HISTORY_FOLLOWERS
        and norms[after].isalpha()
        and norms[after] not in _PLACE_NOUN_ENDS
        and norms[after] not in _ARTICLES_AND_LINKS
        and not (capitalized and capitalized[after])
    )


# (1.2.0) After "the" and an event, these tell the event itself, not a work or a body
# about it: "reminds me of the Enron story", "like the Watergate investigation".
_TELLINGS = frozenset("story saga episode investigation inquiry probe".split())


def era_targets(
    norms: Sequence[str], hits: Sequence[Hit], capitalized: Sequence[bool] = ()
) -> list[Target]:
    """Gazetteer eras found by the lexicon matcher, unless talked about as history ("a
    new Dunkirk film", "our Vietnam supplier") or part of a longer name ("Munich Re");
    a strong cue named as a place ("in Munich") is not strong."""
    found = []
    for hit in hits:
        entry = _entry(hit, ERA)
        if entry is None:
            continue
        # the word after the era, or after its possessive: "a Reagan appointee", "Lincoln's diary"
        after = hit.last + (hit.last < len(norms) - 1 and norms[hit.last] == "'s")
        if (
            entry.get("kind") == "figure"
            and hit.first
            and norms[hit.first - 1] == "the"
            and hit.last < len(norms)
            and norms[hit.last] in _RULE_WORDS
        ):
            # "a return to the Marcos era", "the Brezhnev years": the figure's rule
            found.append(Target(hit.first - 1, hit.last + 1, era_of(entry), "era"))
            continue
        the = hit.first - (norms[hit.first] != "the")
        if (
            after == hit.last < len(norms)
            and norms[after] in _TELLINGS
            and entry.get("kind") == "event"
            and the >= 0
            and norms[the] == "the"
        ):
            # (1.2.0) the event told as a whole: "the Enron story", "the Watergate saga"
            found.append(Target(the, after + 1, era_of(entry), "era"))
            continue
        if (
            after < len(norms)
            and norms[after] in _HISTORY_FOLLOWERS
            and not _leaf_from(norms, hit.first, after)
            and not (norms[after] == "era" and hit.first and norms[hit.first - 1] in _OWN_ERA)
        ):
            continue  # but "Japan has entered its Sengoku era"
        if after == hit.last and _follower_after_modifier(norms, after, capitalized):
            continue  # "a Reagan education secretary"; not "Reagan's important trip"
        if capitalized and hit.last < len(norms) and capitalized[hit.last]:
            continue  # part of a longer name: "Alamo Drafthouse", "Munich Re"
        if entry.get("case") == "yes" and capitalized:
            name = hit.first + (norms[hit.first] == "the" and hit.last - hit.first > 1)
            if not capitalized[name]:
                continue  # "the Emergency" (India, 1975) is a name, "the emergency" is not
        possessive = hit.last + 1 < len(norms) and norms[hit.last] == "'s"
        strong = (
            entry.get("strong") == "yes"
            and not (
                (entry.get("kind") == "place" and possessive)  # "Munich's busiest bakery"
                or (
                    hit.first
                    and (
                        norms[hit.first - 1] in _PLACE_PREPOSITIONS
                        or _TOPIC_WORDS.intersection(norms[max(0, hit.first - 3) : hit.first])
                    )
                )
            )
        )
        place = entry.get("kind") == "place"
        figure = entry.get("kind") == "figure"
        found.append(Target(hit.first, hit.last, era_of(entry), "era", strong, place, figure))
    return found


def _leaf_from(norms: Sequence[str], first: int, after: int) -> bool:
    """ "a leaf out of Nixon's book", "a page from Nixon's book": the idiom, not a book."""
    return norms[after] == "book" and bool({"leaf", "page"} & set(norms[max(0, first - 4) : first]))


def named_eras(
    norms: Sequence[str],
    capitalized: Sequence[bool],
    words: Mapping[str, Entry],
    taken: set[int],
) -> list[Target]:
    """Eras the gazetteer lists with "the" or in the singular, written as names after
    another determiner or in the plural: "a new Long March", "their own Dirty War", "a
    Great Game", "no more Iraqs". Every word must be capitalized ("a great game" is not)."""
    if not capitalized:
        return []
    found = []
    for i in compress(range(len(norms)), capitalized):  # most tokens are not
        norm = norms[i]
        if i in taken or norm == "the" or (i and norms[i - 1] == "the"):
            continue
        if (
            i > 1
            and capitalized[i - 1]
            and norms[i - 1].isalpha()
            and not _sentence_start(norms, i - 1)
        ):
            continue  # part of a longer name: "the Winnipeg General Strike"
        # "Iraqs", "Munichs": the plural of a one-word event or place
        if len(norm) > 4 and norm.endswith("s") and norm.isalpha():
            entry = words.get(norm[:-1])
            if entry is not None and entry.get("kind") != "figure":
                place = entry.get("kind") == "place"
                found.append(Target(i, i + 1, era_of(entry), "era", place=place))
                continue
        # Every word capitalized, or "of" or "and": the longest name that can start here.
        run = 1
        while (
            run < 4
            and i + run < len(norms)
            and (capitalized[i + run] or norms[i + run] in ("of", "and"))
        ):
            run += 1
        # one word only inside the sentence: "the horrors of Partition", not "Troubles ahead"
        for k in range(run, 0 if i else 1, -1):
            if not taken.isdisjoint(range(i, i + k)):
                continue
            span = norms[i : i + k]
            if i + k < len(norms) and capitalized[i + k]:
                continue  # part of a longer name: "the new Alamo Drafthouse"
            if i + k < len(norms) and norms[i + k] in _HISTORY_FOLLOWERS:
                break  # "Dorothea Lange's Dust Bowl photographs"
            entry = words.get("the " + " ".join(span))
            if entry is not None:
                place = entry.get("kind") == "place"
                found.append(Target(i, i + k, era_of(entry), "era", place=place))
                break
    return found


# Listed phrases that, hyphenated, are idioms: "over-the-top comments".
_HYPHEN_IDIOMS = frozenset(("over the top",))


def hyphenated_eras(
    norms: Sequence[str], words: Mapping[str, Entry], taken: set[int]
) -> list[Target]:
    """A listed phrase written as one hyphenated word before a noun: "a
    let-them-eat-cake moment", "a read-my-lips moment", "a tear-down-this-wall speech"."""
    if not _some(norms, str.__contains__, "-"):
        return []
    found = []
    for i, norm in enumerate(norms):
        if i in taken or norm.count("-") < 2 or not norm.replace("-", "").isalpha():
            continue
        phrase = norm.replace("-", " ")
        if phrase in _HYPHEN_IDIOMS:
            continue  # "Trump's over-the-top comments"
        entry = words.get(phrase) or words.get(f"the {phrase}")
        if entry is None:
            continue
        strong = entry.get("strong") == "yes"
        found.append(Target(i, i + 1, era_of(entry), "era", strong=strong))
    return found


_MATCH_JOINTS = frozenset("- \u2013 \u2014 vs v versus /".split())


def matchups(norms: Sequence[str], words: Mapping[str, Entry], taken: set[int]) -> list[Target]:
    """(1.1.0) A listed rivalry or contest written with a dash, a slash or "vs": "Nixon–Kennedy",
    "Ali vs. Frazier" (listed as "nixon-kennedy", "ali-frazier")."""
    if not _MATCH_JOINTS.intersection(norms):
        return []
    found = []
    for k in range(1, len(norms) - 1):
        if norms[k] not in _MATCH_JOINTS:
            continue
        right = k + 1 + (norms[k + 1] == "." and k + 2 < len(norms))  # "vs ."
        entry = words.get(f"{norms[k - 1]}-{norms[right]}")
        if entry is not None and entry.get("kind") != "figure":
            found.append(Target(k - 1, right + 1, era_of(entry), "era"))
    return found


_SPRING_DETERMINERS = frozenset("a an another our their its own new next the".split())


def springs(
    norms: Sequence[str],
    capitalized: Sequence[bool],
    words: Mapping[str, Entry],
    taken: set[int],
) -> list[Target]:
    """ "an African Spring", "a Persian Spring": a name coined after the Arab Spring (or
    the Prague Spring), written as a capitalized word before "Spring"."""
    entry = words.get("arab spring")
    if entry is None or not capitalized:
        return []
    found = []
    for i in range(2, len(norms)):
        if norms[i] != "spring" or not capitalized[i] or i in taken or i - 1 in taken:
            continue
        if not (capitalized[i - 1] and norms[i - 1].isalpha()) or capitalized[i - 2]:
            continue
        if norms[i - 2] not in _SPRING_DETERMINERS:
            continue
        if i + 1 < len(norms) and capitalized[i + 1]:
            continue  # "the Chinese Spring Festival"
        found.append(Target(i - 1, i + 1, era_of(entry), "era"))
    return found
