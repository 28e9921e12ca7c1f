"""Analogies in a single word, with no lexicon hit: a scandal named "X-gate"
("Bridgegate" is Watergate), a hyphenated "X-style" or "X-like" on a one-word era
("Quisling-style"), and eponyms in "-ian" or "-esque" ("Orwellian").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..lexicon import Entry
from .model import Analogy, Era, era_of
from .times import _some

_STYLE_SUFFIXES = ("style", "like", "esque", "type", "lite", "level", "scale", "sized", "size")
_EPONYM_SUFFIXES = ("ian", "esque")
WORD_ANALOGY_ENDINGS = (*(f"-{s}" for s in _STYLE_SUFFIXES), "gate", *_EPONYM_SUFFIXES)
"""How a single word can be an analogy with no lexicon hit: "Quisling-style", "Pizzagate",
"Orwellian", "Kafkaesque"."""
# Adjectives from a figure's name that mean something else.
_NOT_EPONYMS = frozenset("caesarian christian washingtonian".split())
# After "X-style", a word of violence or collapse takes an era named by a place or by the
# start of its name: "a Tiananmen-style crackdown", "a Zimbabwe-style collapse".
_STYLED_DISASTERS = frozenset(
    "crackdown crackdowns massacre massacres purge purges coup coups collapse meltdown "
    "hyperinflation default genocide pogrom pogroms siege invasion annexation uprising "
    "famine show trial trials bailout crash disaster catastrophe debacle quagmire "
    "surrender occupation partition insurgency revolution tribunal trial trials rally "
    "rallies".split()
)
# After "X-style", these are goods and ways of making them, not an era mapped onto the
# present: "Korean-style fried chicken".
_STYLED_GOODS = frozenset(
    "fried chicken food cuisine cooking barbecue bbq noodles dish dishes dumplings pizza beer "
    "coffee tea fashion dress dresses clothing furniture decor architecture design kitchen "
    "recipe recipes sauce curry".split()
)


# Words ending in "gate" that name places, brands or things, not scandals.
_NOT_SCANDALS = frozenset(
    "watergate colgate tailgate floodgate floodgates stargate newgate southgate aldgate "
    "billingsgate highgate harrogate margate ramsgate reigate moorgate westgate eastgate "
    "northgate irongate bishopsgate ludgate cripplegate applegate delegate delegates "
    "investigate navigate aggregate interrogate propagate abrogate relegate subjugate "
    "promulgate castigate instigate mitigate litigate segregate congregate arrogate "
    "variegate surrogate tollgate sandgate".split()
)


def scandal_words(
    norms: Sequence[str], capitalized: Sequence[bool], words: Mapping[str, Entry]
) -> list[Analogy]:
    """ "Bridgegate", "Pizzagate", "Russia-gate": a scandal named after Watergate."""
    if not _some(norms, str.endswith, "gate"):
        return []
    era = era_of(words["watergate"]) if "watergate" in words else Era("Watergate", 1972, 1974)
    found = []
    for i, norm in enumerate(norms):
        if not norm.endswith("gate") or len(norm) < 7 or norm in _NOT_SCANDALS:
            continue
        if "-gate" in norm or (capitalized and capitalized[i]):
            found.append(Analogy(i, i + 1, "X-gate", era, norm))
    return found


def styled_eras(norms: Sequence[str], words: Mapping[str, Entry]) -> list[Analogy]:
    """ "Quisling-style", "Weimar-like", "Khmer Rouge-style": an era with a style suffix."""
    if not _some(norms, str.__contains__, "-"):
        return []
    found = []
    for i, norm in enumerate(norms):
        head, dash, suffix = norm.rpartition("-")
        if not dash or suffix not in _STYLE_SUFFIXES:
            continue
        # The era may span earlier tokens ("Khmer Rouge-style") and be named by a form
        # of the word ("McCarthy-style" -> McCarthyism, "Korea-style" -> Korean War).
        for first in (i, i - 1, i - 2):
            if first < 0:
                break
            stem = " ".join([*norms[first:i], head])
            # a demonym names the war or the breakup after it: "Lebanese-style civil war",
            # "a Yugoslav-style breakup"
            names = (stem, f"{stem}ism", f"the {stem}", f"{stem} war", f"{stem}n war")
            names += (f"{stem} wars",)
            for k in (2, 1):  # "Lebanese-style civil war", "a Rwanda-style genocide"
                after = norms[i + 1 : i + 1 + k]
                names += (" ".join([stem, *after]), " ".join([f"{stem}n", *after]))
            if norms[i + 1 : i + 2] and norms[i + 1] in _STYLED_GOODS:
                break  # "Korean-style fried chicken", "Soviet-style furniture"
            disaster = norms[i + 1 : i + 2] and norms[i + 1] in _STYLED_DISASTERS
            for name in names:
                entry = words.get(name)
                if entry is not None and (disaster or entry.get("kind") != "place"):
                    found.append(Analogy(first, i + 1, "X-style", era_of(entry), name))
                    break
            else:
                entry = _era_starting(stem, words) if disaster else None
                if entry is None:
                    continue
                found.append(Analogy(first, i + 1, "X-style", era_of(entry), entry.pattern))
            break
    return found


def _era_starting(stem: str, words: Mapping[str, Entry]) -> Entry | None:
    """An event whose name starts with ``stem`` or its demonym: "zimbabwe" ->
    "zimbabwean hyperinflation"."""
    heads = tuple(f"{form} " for form in (stem, f"{stem}n", f"{stem}an", f"{stem}ian"))
    heads += (f"{stem} 's ",)
    return next(
        (
            e
            for p, e in sorted(words.items())
            if p.startswith(heads) and e.get("kind") not in ("place", "figure")
        ),
        None,
    )


def eponyms(
    norms: Sequence[str], capitalized: Sequence[bool], words: Mapping[str, Entry]
) -> list[Analogy]:
    """ "Orwellian", "Kafkaesque", "Bismarckian": an adjective made from a figure's name."""
    if not _some(norms, str.endswith, ("esque", "ian")):
        return []
    found = []
    for i, norm in enumerate(norms):
        if not (capitalized and capitalized[i]) or norm in _NOT_EPONYMS or not norm.isalpha():
            continue
        if norm.endswith("esque"):
            stems = (norm[:-5],)
        elif norm.endswith("ian"):
            stems = (norm[:-3], norm[:-2], norm[:-4] + "e")  # Orwell, Machiavelli, Hobbes
        else:
            continue
        for stem in stems:
            entry = words.get(stem)
            if len(stem) > 2 and entry is not None and entry.get("kind") == "figure":
                found.append(Analogy(i, i + 1, "X-ian", era_of(entry), norm))
                break
    return found
