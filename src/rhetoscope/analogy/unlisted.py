"""Eras nobody listed: a capitalized name the gazetteer lacks counts as an era only
where a frame leaves no doubt that the past is meant ("a Kodak moment", "do a Nokia",
"the Theranos of India", "its Sengoku era"), and not when it names a title, an office
or a body ("the Bank of England").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress

from .frames import (
    _BARE_FRAMES,
    _CLAUSE_END,
    _HISTORY_FOLLOWERS,
    _MODIFIER_FRAMES,
    _OWN_ERA,
    _PERSONAL_ENDS,
    _PERSONAL_FRAMES,
    _THIS_IS_FRAMES,
)
from .model import Analogy, Era, Target
from .times import _FUTURE, _MONTHS, _YEAR

# (1.0.0) Eras nobody listed: a capitalized name the gazetteer lacks counts as an era only
# where a frame leaves no doubt that the past is meant. Nouns that end the name of an
# event, written with a capital ("another Tet Offensive", "a second Industrial
# Revolution", "the Great Flood of 1953"), make it an event any frame takes.
_EVENT_HEADS = frozenset(
    "war wars crisis crash revolution massacre famine affair scandal uprising rebellion "
    "revolt riots coup putsch purge purges blockade airlift embargo panic bubble depression "
    "recession offensive invasion siege raid disaster catastrophe debacle fiasco meltdown "
    "blitz pogrom genocide crusade insurrection mutiny evacuation exodus spring plan "
    "doctrine treaty accords accord pact programme project trial trials tribunal "
    "dynasty empire expedition rising flood floods earthquake fire epidemic plague "
    "pandemic mania drought storm hurricane typhoon cyclone blizzard heatwave explosion "
    "strike walkout lockout tragedy conspiracy plot default bailout shock slump retreat "
    "surrender betrayal landings charge stand".split()
)
# ... of which these also name plans and bodies of today ("a new Strategic Plan", "the new
# Climate Pact"): frames of novelty do not take them, other frames do ("since the
# Morgenthau Plan", "echoes of the Zinoviev Trial").
_PLAN_HEADS = frozenset(
    "spring plan doctrine treaty accords accord pact programme project trial trials tribunal "
    "dynasty empire expedition rising crusade".split()
)
# ... and these come again literally: "another Tropical Storm", "a second General Strike".
_LITERAL_HEADS = frozenset(
    "flood floods earthquake fire epidemic plague pandemic drought storm hurricane typhoon "
    "cyclone blizzard heatwave explosion strike walkout lockout default bailout shock "
    "slump".split()
)


_NOVELTY_FRAMES = frozenset(
    "a new|the new|another|the next|a second|our own|their own|its own".split("|")
)
# Frames that say by themselves that a past thing is meant, so they take any name:
# "a Kodak moment", "Tet all over again", "the Beatles of our time", "do a Nokia".
_UNLISTED_FRAMES = frozenset(
    "moment|all over again|redux|of our time|of our age|of our generation|of our day|"
    "of our era|of our times|of our century|for the 21st century|"
    "for the twenty-first century|a modern-day|a latter-day|do a|pull a|pulled a|pulling a|"
    "pulls a|doing a|does a|did a|a present-day|a 21st-century|a twenty-first-century|"
    "our generation 's|this generation 's|this century 's|reboot|reincarnated".split("|")
)
# "a Galileo trial for the twenty-first century", "the Blockbuster of the streaming age"
_AGE_FRAMES = ("for the ", "of the ", "of our ")
# Frames too loose for a name nobody listed: an article or a possessive ("a Ukraine
# war"), "this is", "like" ("like the Tory rebellion"), "in".
_NO_UNLISTED = (
    _BARE_FRAMES
    | _PERSONAL_FRAMES
    | _MODIFIER_FRAMES
    | _THIS_IS_FRAMES
    | frozenset(("in", "as in", "just as in", "the way"))
)
# (1.1.0) A bare year after "our" is an era when older than this or naming an event.
_MILLENNIUM = 2000
# A year named from before this is old enough to be remembered for its disaster.
_OLD = 1950
# Frames of echoing, repeating and remembering take a name after "the": "echoes of the
# Taiping", "a replay of the Thrilla in Manila"; not "reminiscent of Tuscany".
_ECHO_FRAMES = frozenset(
    "reminiscent of|echoes of|echo of|harks back to|hark back to|evokes|evoking|evoked|"
    "recalls|lessons of|lessons from|the lessons of|the return of|a rerun of|a replay of|"
    "a repeat of|a re-run of|a reprise of|a remake of|a carbon copy of|shades of|ghosts of|"
    "the ghost of|the specter of|the spectre of|spectres of|echoes|echoed|echoing|echo|"
    "conjures up|conjures|conjure|conjured|a throwback to|throwback to|a flashback to|"
    "the second coming of|reincarnation of|a revival of|a repeat performance of|"
    "since the days of|the shadow of|scenes from|a scene from|a rebirth of|the rebirth of|"
    "a resurgence of|a retread of|a reboot of|a chapter from|replaying|"
    "reminded of".split("|")
)
# "do a Nokia," but not "do a Google search": the name ends its clause or a phrase.
_DO_A = frozenset("do a|pull a|pulled a|pulling a|pulls a|doing a|does a|did a".split("|"))
# Words that start or make a name that is a title, an office or a body, not an era: "the
# President of France", "the Bank of England", "a Senate moment".
_NOT_ERA_NAMES = frozenset(
    "president presidents prime minister ministers governor king queen prince princess duke "
    "duchess emperor empress pope bishop archbishop mayor chancellor secretary ambassador "
    "chief head leader chair chairman chairwoman director speaker general senator senators "
    "member department ministry university college school bank church republic kingdom "
    "state states city district province county museum house office council court "
    "institute academy society association union federation league party army navy "
    "people sultan emir shah lord lady earl baron commissioner attorney port bay gulf sea "
    "island islands cape lake river mount tower palace cathedral castle bridge "
    "senate congress parliament government administration cabinet committee commission "
    "mr mrs ms dr sir dame professor saint st god lord i january february march april may "
    "june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday christmas easter times post journal news press herald "
    "tribune telegraph guardian economist street chamber friends sons daughters board "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "brothers sisters".split()
)
_QUOTE_OPENERS = frozenset("\" \u201c \u2018 ' ( [ `` -- \u2014 \u2013 :".split())


def _unlisted_fits(frame: str, target: Target, norms: Sequence[str]) -> bool:
    """Whether a frame of ``_UNLISTED_FRAMES`` takes a name the gazetteer lacks where it
    stands: "a Kodak moment" (a determiner before), "do a Nokia," (the name ends a
    phrase), "a modern-day Robin Hood" (a name of two words, or one after "a")."""
    before = norms[target.first - 1] if target.first else ""
    if frame == "moment":
        return before in _ERA_OWNERS - {"this"}  # "a Kodak moment"; not "the Trump moment"
    if frame in _ECHO_FRAMES:
        # "echoes of the Taiping", "reminiscent of Pickett's Charge"
        return before == "the" or "'s" in norms[target.first : target.last]
    if frame in _DO_A:  # one word: "pulled a Donald Trump" is a person of the day
        return target.last - target.first == 1 and (
            target.last >= len(norms) or norms[target.last] in _PERSONAL_ENDS | {"and"}
        )
    return True


def _title_case(norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether a sentence is written in title case (a headline), where capitals name
    nothing."""
    words = [c for n, c in zip(norms, capitalized, strict=False) if n.isalpha() and len(n) > 3]
    return len(words) >= 4 and sum(words) > 0.6 * len(words)


def _name_run(norms: Sequence[str], capitalized: Sequence[bool], i: int) -> int:
    """The end of the capitalized name starting at ``i`` ("Hand of God", "Genghis Khan"),
    at most five tokens; ``i`` itself when no name starts there."""
    j = i
    while j < len(norms) and j - i < 5:
        word = capitalized[j] and norms[j][:1].isalpha() and norms[j] not in ("i", "'s")
        joint = (
            j > i
            and norms[j] in ("of", "and", "the", "de", "du", "von", "van", "'s")
            and j + 1 < len(norms)
            and capitalized[j + 1]
            and norms[j + 1][:1].isalpha()
        )
        if not (word or joint):
            break
        j += 1
    while j > i and not capitalized[j - 1]:
        j -= 1
    return j


def _sentence_start(norms: Sequence[str], i: int) -> bool:
    return all(not n[:1].isalnum() or n in _QUOTE_OPENERS for n in norms[:i])


def unlisted_eras(
    norms: Sequence[str],
    capitalized: Sequence[bool],
    surface: Sequence[str],
    taken: set[int],
) -> list[Target]:
    """Capitalized names the gazetteer lacks, as candidate eras of kind ``unlisted`` (any
    name: only frames of ``_UNLISTED_FRAMES`` take it) or ``unlisted-head`` (the name
    ends in a noun of event written with a capital, "the Tet Offensive", or is dated,
    "the Great Flood of 1953": every frame that takes an era takes it). The label is
    the name as written; the years are those of its year if it has one, else unknown."""
    if not capitalized or not surface or not any(capitalized[1:]):
        return []
    if _title_case(norms, capitalized):
        return []
    found = []
    capitals = list(compress(range(len(norms)), capitalized))
    i = 1
    while i < len(norms):
        if not capitalized[i]:  # on to the next capitalized token
            k = bisect_left(capitals, i)
            i = capitals[k] if k < len(capitals) else len(norms)
            continue
        j = _name_run(norms, capitalized, i)
        if j == i or norms[i] in _NOT_ERA_NAMES or _sentence_start(norms, i):
            i = max(j, i + 1)
            continue
        if (
            any(k in taken for k in range(i, j))
            or _NOT_ERA_NAMES.intersection((norms[i], norms[j - 1]))
            or (
                j < len(norms)
                and norms[j] in _HISTORY_FOLLOWERS
                and not (norms[j] == "era" and norms[i - 1] in _OWN_ERA)
            )
        ):
            i = j
            continue  # "the new Star Wars movie"
        headed = norms[j - 1] in _EVENT_HEADS
        last = j
        if (
            not headed
            and norms[i - 1] == "the"
            and j < len(norms)
            and norms[j] in _EVENT_HEADS
            and norms[j] not in _PLAN_HEADS
            and not (j + 1 < len(norms) and norms[j + 1] in _HISTORY_FOLLOWERS)
        ):
            # "the Suez crisis", "the Hungarian uprising": a name and a noun of event in
            # lower case, after "the"
            headed, last = True, j + 1
        label = " ".join(surface[i:last]).replace(" 's", "'s")
        kind = "unlisted-head" if headed else "unlisted"
        year = None  # "the Herstatt crisis in 1974": the year the text gives it
        if last + 1 < len(norms) and norms[last] in ("in", "of") and _YEAR.match(norms[last + 1]):
            year = int(norms[last + 1]) if int(norms[last + 1]) < _FUTURE else None
        found.append(Target(i, last, Era(label, year, year), kind, headed=headed))
        i = last
    return found


# "Analysts called the e-commerce giant the Theranos of India", "is becoming the
# Blockbuster of the streaming age": a verb of being or naming, "the", a name and "of".
_X_OF_VERBS = frozenset(
    "called call calls calling dubbed dub dubs branded labelled labeled nicknamed "
    "christened hailed crowned build builds building built create creates creating "
    "created".split()
)


_NAMING = frozenset(
    "called calls call dubbed dubs branded labelled labeled nicknamed christened".split()
)


def _names_as(norms: Sequence[str], the: int) -> bool:
    """Whether "the" at ``the`` follows a copula or a verb of naming, right before it or
    past its object: "is the", "called the start-up the"."""
    if norms[the - 1] in _X_OF_COPULAS | _X_OF_VERBS:
        return True
    for k in range(the - 2, max(the - 7, -1), -1):
        if norms[k] in _CLAUSE_END:
            return False
        if norms[k] in _NAMING:
            return True
    return False


def _the_unlisted_of(
    norms: Sequence[str], capitalized: Sequence[bool], surface: Sequence[str], taken: set[int]
) -> list[Analogy]:
    """ "the Theranos of India", "the Blockbuster of the streaming age" after a copula or
    a verb of naming: an unlisted name (one or two words, not a title or a body) of
    something past mapped onto a place or a field."""
    found = []
    for k in range(1, len(norms) - 4):
        if norms[k] != "the" or not _names_as(norms, k) or norms[k - 2 : k] == ["such", "as"]:
            continue
        j = k + 1
        while j < len(norms) and j - k <= 2 and capitalized[j] and norms[j][:1].isalpha():
            j += 1
        if j == k + 1 or j - k > 3 or j + 1 >= len(norms) or norms[j] != "of":
            continue
        if any(m in taken for m in range(k + 1, j)) or _NOT_ERA_NAMES.intersection(
            norms[k + 1 : j]
        ):
            continue
        y = j + 1
        after = norms[y]
        if after in _CLAUSE_END or after[:1].isdigit() or after in _MONTHS:
            continue
        if after == "the" and y + 1 < len(norms) and capitalized[y + 1]:
            continue  # "the Duke of the Netherlands"
        if capitalized[y]:
            continue  # "the Friends of Abe", "the U.S. Chamber of Commerce" are names
        label = " ".join(surface[k + 1 : j]).replace(" 's", "'s")
        mention = " ".join(norms[k + 1 : j])
        found.append(Analogy(k - 1, j + 1, "the X of Y", Era(label, None, None), mention))
    return found


# "its Sengoku era", "our Kodak moment": a possessive or an article before an unlisted
# name and "era" or "moment" (handled for listed eras by the frame "moment").
_ERA_OWNERS = frozenset("our its their his her my your a an this".split())
# "a Hand of God for the VAR era", "a Galileo trial for the twenty-first century"
_FOR_ERA_ENDS = frozenset("era age century generation years".split())


def _named_moments(norms: Sequence[str], targets: Sequence[Target]) -> list[Analogy]:
    found = []
    for t in targets:
        if not t.kind.startswith("unlisted") or t.first < 1:
            continue
        if norms[t.first - 1] not in _ERA_OWNERS:
            continue
        if (
            t.last < len(norms)
            and norms[t.last] == "era"
            and norms[t.first - 1]
            not in (
                "a",
                "an",
                "this",
            )
        ):
            found.append(Analogy(t.first - 1, t.last + 1, "its X era", t.era, t.era.label))
            continue
        if norms[t.last : t.last + 2] == ["for", "the"] and norms[t.first - 1] in ("a", "an"):
            tail = norms[t.last + 2 : t.last + 6]
            end = next((m for m, w in enumerate(tail) if w in _FOR_ERA_ENDS), None)
            if end is not None and not _CLAUSE_END.intersection(tail[:end]):
                found.append(
                    Analogy(t.first - 1, t.last + 3 + end, "a X for the Y era", t.era, t.era.label)
                )
    return found


# "Kyiv is the Berlin of our time", "remembered as the Lincoln of Nigeria", "the bank run
# was the Northern Rock of Lagos": a copula or "as", then "the", an era and "of".
_X_OF_COPULAS = frozenset(
    "is are was were be been being become becomes became becoming as 's 're".split()
)
