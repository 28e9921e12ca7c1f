"""``find_analogies``: for one sentence, the targets (listed, unlisted, times), each frame
checked against its rules and tied to the nearest target it may reach, the strong
eras that count alone, and the one-word analogies. One long function, as the order
of its checks is the rule set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..lexicon import Entry
from ..matcher import Hit
from .copulas import (
    _COPULA_DENIALS,
    _TIME_VERBS,
    _as_as,
    _copula,
    _likeness_tail,
    _the_x_of,
    _vantage,
)
from .dating import (
    _AS_IN_FRAMES,
    _INVOKING,
    _MONTH_YEAR_FRAMES,
    _RECENT,
    _RETURNS,
    _TITLES,
    _dated,
    _dated_decade,
    _dated_label,
    _ends_clause,
    _event_dated,
    _in_name,
    _modifies,
    _named,
    _names_event,
    _past_filler,
    _since_event,
    _year_ends,
)
from .frames import (
    _BACK_IN_FRAMES,
    _BARE_FRAMES,
    _CLAUSE_END,
    _COMPARE_ENDS,
    _COMPARING,
    _DATING_WORDS,
    _DISASTER_SUPERLATIVES,
    _DISASTERS,
    _EVERY,
    _GAP_EXTRA,
    _GO_BACK,
    _LEFT_CUES,
    _MODIFIER_FRAMES,
    _NEVER_AGAIN_ENDS,
    _NO_FIGURE_FRAMES,
    _OWN_ERA,
    _PEOPLE_FRAMES,
    _PERSONAL_ENDS,
    _PERSONAL_FRAMES,
    _REFUSALS,
    _SINCE_CUES,
    _SPOKEN_COPULAS,
    _STATE_ADJECTIVES,
    _THIS_IS_ENDS,
    _THIS_IS_FRAMES,
    _THIS_IS_TAILS,
    _TIME_ONLY_FRAMES,
    _YEAR_AT_END_FRAMES,
    _has_superlative,
    _since_compares,
    _spoken_analogy,
)
from .gaps import (
    _GAP_ALL,
    _GAP_COMPARE,
    _GAP_NONE,
    _GAP_PEOPLE,
    _NO_GAP_FRAMES,
    _entry,
    _frame_named,
    _nearest,
)
from .model import _ACCEPTS, ERA, FRAME, Analogy, era_of
from .targets import era_targets, hyphenated_eras, matchups, named_eras, springs
from .times import _MONTHS, time_targets
from .unlisted import (
    _AGE_FRAMES,
    _ECHO_FRAMES,
    _ERA_OWNERS,
    _LITERAL_HEADS,
    _MILLENNIUM,
    _NO_UNLISTED,
    _NOVELTY_FRAMES,
    _OLD,
    _PLAN_HEADS,
    _UNLISTED_FRAMES,
    _X_OF_COPULAS,
    _named_moments,
    _the_unlisted_of,
    _unlisted_fits,
    unlisted_eras,
)
from .words import eponyms, scandal_words, styled_eras


def find_analogies(
    norms: Sequence[str],
    hits: Sequence[Hit],
    periods: Sequence[Entry],
    words: Mapping[str, Entry],
    capitalized: Sequence[bool] = (),
    surface: Sequence[str] = (),
) -> list[Analogy]:
    """Analogies in one sentence, given its normalised tokens and lexicon hits.

    ``periods`` are the gazetteer's periods (to name years); ``words`` its entries by
    pattern (to read "Quisling-style"); ``capitalized`` tells, token by token, whether
    the text starts with a capital (to see "Munich Re" as a name); ``surface`` the
    tokens as written (to name an era the gazetteer lacks: "a Kodak moment").
    """
    targets = era_targets(norms, hits, capitalized) + [
        t
        for t in (_dated(t, norms, capitalized) for t in time_targets(norms, periods))
        # a year before a name modifies it: "like 2004 Democratic nominee John Kerry"
        if not (t.kind == "year" and capitalized and t.last < len(norms) and capitalized[t.last])
    ]
    # a year said short counts only with what it dates ("the '08 crash", "Chicago in
    # '68"): alone it is a campaign or a season ("what he did in '08 and '12")
    targets = [t for t in targets if not (t.kind == "year" and norms[t.first] == "'")]
    targets += [d for t in targets if (d := _dated_decade(t, norms)) is not None]
    taken_eras = {j for t in targets if t.kind == "era" for j in range(t.first, t.last)}
    targets += named_eras(norms, capitalized, words, taken_eras)
    targets += springs(norms, capitalized, words, taken_eras)
    targets += hyphenated_eras(norms, words, taken_eras)
    targets += matchups(norms, words, taken_eras)
    if surface:
        targets = [_dated_label(t, norms, capitalized, surface) for t in targets]
    listed = {j for h in hits if _entry(h, ERA) for j in range(h.first, h.last)}
    listed |= {j for t in targets for j in range(t.first, t.last)}
    framed = any(_entry(h, FRAME) for h in hits)  # no frame, no name nobody listed
    unlisted = unlisted_eras(norms, capitalized, surface, listed) if framed else []
    targets += unlisted
    era_ends = {t.last for t in targets if t.kind == "era"}
    era_places = {t.last for t in targets if t.kind == "era" and t.place}
    era_firsts = {t.first: t.last for t in targets if t.kind == "era"}
    by_target: dict[tuple[int, int], tuple[int, Analogy]] = {}
    found: list[Analogy] = []
    for hit in hits:
        frame = _entry(hit, FRAME)
        if frame is None:
            continue
        slot, window = frame.get("slot", "after"), int(frame.get("window") or 4)
        if slot != "before" and (skip := _past_filler(norms, hit.last)) > hit.last:
            hit = hit._replace(last=skip)  # "since, what, the '94 season"
        if _in_name(hit, norms, capitalized):
            continue  # "the Hall of Mirrors", "the Echo of Moscow"
        if slot == "none":
            if (
                hit.last >= len(norms)
                or norms[hit.last] in _NEVER_AGAIN_ENDS
                or norms[hit.last : hit.last + 2] in (["was", "a"], ["was", "the"])
            ):
                found.append(
                    Analogy(hit.first, hit.last, frame.pattern, era_of(frame), frame.pattern)
                )
            continue
        # No target within the farthest ``_nearest`` may reach (its window, one more after
        # "this is", a gap's extra words), before or after: it would find none. Most
        # frames of a sentence with an era ("a", "our", "as") stand far from it.
        reach = window + 1 + _GAP_EXTRA
        if not any(t.first < hit.last + reach and t.last > hit.first - reach for t in targets):
            continue
        if frame.pattern.startswith("since") and not _since_compares(norms, hit.first):
            continue
        if (
            frame.pattern in _RETURNS
            and hit.last < len(norms)
            and norms[hit.last] in ("as", "to", "from", "home", "after")
        ):
            continue  # "the Cold War has returned", not "the Wall has returned as a museum"
        cues = _LEFT_CUES.get(frame.pattern)
        if cues and not cues.intersection(norms[max(0, hit.first - 5) : hit.first]):
            continue
        if (
            frame.pattern == "'s"
            and hit.first
            and (norms[hit.first - 1] in _DATING_WORDS or hit.first in era_ends)
            and not (
                hit.first in era_places
                and 0 <= (end := era_firsts.get(hit.last, -1)) <= len(norms)
                and _ends_clause(norms, end)
            )
        ):
            continue  # "Friday's Munich shooting", "Roosevelt's New Deal"; not "Aleppo's Guernica."
        accepts = _ACCEPTS.get(
            frame.get("target", "any"), {"era", "decade", "century", "year", "dated"}
        )
        disaster = since_dated = False
        if frame.pattern == "since" and _has_superlative(norms):
            # "the biggest protests since the sixties"; (1.2.0) a dated event, named or
            # said plainly: "the most aggressive since the missile crisis of 1996"
            accepts = {"era", "decade", "century", "dated"}
            since_dated = True
            if any(
                w in _DISASTER_SUPERLATIVES and _DISASTERS.intersection(norms[j + 1 : j + 4])
                for j, w in enumerate(norms)
            ):
                disaster, since_dated = True, False
                # "the worst financial crisis since 2008", not "season"; "the deadliest
                # outbreak since the influenza of 1918"
                accepts |= {"year", "dated"}
        named_dated = (
            "era" in accepts and "dated" not in accepts and frame.pattern not in ("a", "an")
        )
        if named_dated:
            accepts = {*accepts, "dated"}  # "on the scale of Berlin in 1948"; named, below
        if "era" in accepts and frame.pattern not in _NO_UNLISTED:
            # a name the gazetteer lacks: ending in a noun of event for every frame ("a
            # second Industrial Revolution"), any name for a frame that means the past
            accepts = {*accepts, "unlisted-head"}
            if (
                frame.pattern in _UNLISTED_FRAMES
                or frame.pattern in _ECHO_FRAMES
                or (frame.pattern == "since" and disaster)
                or (frame.pattern.startswith(_AGE_FRAMES) and frame.get("slot") == "before")
            ):
                accepts.add("unlisted")
        month_year = frame.pattern in _MONTH_YEAR_FRAMES and "year" not in accepts
        if month_year:
            accepts = {*accepts, "year"}  # "than any moment since October 1962"
        year_at_end_listed = frame.pattern in _YEAR_AT_END_FRAMES
        year_at_end = year_at_end_listed or (
            # (1.1.0) "This is our 1945.", "it could be their 1989": a possessive after a
            # copula takes a bare year that ends its clause
            frame.pattern in _OWN_ERA and hit.first > 0 and norms[hit.first - 1] in _X_OF_COPULAS
        )
        if year_at_end:
            accepts = {*accepts, "year"}
        if frame.pattern == "moment":
            accepts = {*accepts, "year"}  # "our 1776 moment", "a 1968 moment"; below
        if frame.pattern in _GO_BACK and not _REFUSALS.intersection(
            norms[max(0, hit.first - 3) : hit.first]
        ):
            if norms[max(0, hit.first - 2) : hit.first] in (["let", "'s"], ["let", "me"]):
                continue  # "Let's go back to Saddam Hussein": back to a topic
            accepts = accepts - {"year"}
        event = frame.get("target") == "event"
        places = frame.pattern not in _TIME_ONLY_FRAMES
        # "what the Nazis did": "the" is in both; "a New Deal": "new" is in both
        shared = frame.pattern.endswith(" the") or frame.pattern == "a new"
        gaps = _GAP_NONE if frame.pattern in _NO_GAP_FRAMES else _GAP_ALL
        if frame.pattern in _PEOPLE_FRAMES:
            gaps = _GAP_PEOPLE
        elif frame.pattern in _COMPARING:
            gaps = _GAP_COMPARE
        if frame.pattern in _THIS_IS_FRAMES and norms[hit.last : hit.last + 1] == ["the"]:
            window += 1  # "It's the Wall Street Crash out there": an era listed without "the"
        target, distance = _nearest(
            hit,
            slot,
            window,
            targets,
            accepts,
            places,
            shared,
            norms,
            capitalized,
            gaps,
            event,
            frame.pattern not in _NO_FIGURE_FRAMES,
        )
        if target is None:
            continue
        if (
            target.figure
            and frame.pattern in _BACK_IN_FRAMES
            and norms[target.last : target.last + 1] != ["'s"]
        ):
            continue  # "great to be back in Columbus" is travel; "back in Nixon's day"
        if (
            target.kind == "era"
            and hit.first < target.first < hit.last
            and not _named(target, norms, capitalized)
        ):
            continue  # "a New Deal", not "a new deal with the union"
        if target.kind == "year" and frame.pattern == "moment":
            if not (target.last == hit.first and norms[target.first - 1] in _ERA_OWNERS):
                continue  # "our 1776 moment"; not "in 1990 the moment came"
        elif (
            target.kind == "year"
            and frame.pattern in _OWN_ERA
            and not year_at_end_listed
            and not (target.era.start < _MILLENNIUM or _names_event(target))
        ):
            continue  # "This is our 1945."; "That was our 2019." tells a year
        if (
            target.kind == "year"
            and year_at_end
            and not _year_ends(norms, target)
            and not (target.first == hit.last and _ends_clause(norms, target.last))
            and not (
                target.first == hit.last + 1
                and norms[hit.last] in _MONTHS
                and _ends_clause(norms, target.last)
            )
        ):
            continue  # "their own 1994," but not "their own 2019 budget", "on 28 June 1919."
        if (
            target.figure
            and frame.pattern == "since"
            and not _has_superlative(norms)
            and (
                not _SINCE_CUES.intersection(norms[max(0, hit.first - 8) : hit.first])
                or _EVERY.intersection(norms[max(0, hit.first - 5) : hit.first])
            )
        ):
            continue  # "every president has done since Truman"; "nobody has tried since FDR"
        if (
            target.kind == "year"
            and frame.pattern == "since"
            and not _names_event(target)
            and not (disaster and target.era.start is not None and target.era.start < _OLD)
        ):
            continue  # "the worst financial crisis since 2008", not "worst season since 1998";
            # an old year is remembered for its disaster: "the worst fire in the City since 1666"
        if (
            target.kind == "dated"
            and (named_dated or since_dated)
            and not (
                _since_event(target, norms, capitalized)
                if since_dated
                else _named(target, norms, capitalized) or _event_dated(target, norms)
            )
        ):
            continue  # "on the scale of Berlin in 1948", "since the lira crisis of 2001"; not
            # "since the summer of 1990"
        if (
            target.kind == "unlisted-head"
            and frame.pattern in _PEOPLE_FRAMES
            and (
                norms[target.first - 1] != "the"
                or norms[target.last - 1] in _PLAN_HEADS | _LITERAL_HEADS
                or (target.last < len(norms) and norms[target.last] not in _PERSONAL_ENDS)
            )
        ):
            continue  # "like the Tet Offensive,"; not "Like Kyoto Treaty would have done",
            # "like Star Wars", "like the Gaza War did"
        if (
            target.kind == "unlisted-head"
            and frame.pattern in _NOVELTY_FRAMES
            and norms[target.last - 1] in _PLAN_HEADS | _LITERAL_HEADS
        ):
            continue  # "a new Strategic Plan"; but "a second Industrial Revolution"
        if (
            frame.pattern in _PEOPLE_FRAMES
            and target.last + 1 < len(norms)
            and norms[target.last] in ("and", "or")
            and capitalized
            and capitalized[target.last + 1]
            and target.last + 1 not in era_firsts
        ):
            continue  # (1.1.0) examples: "phones like Nokia and Samsung"; not "like Munich
            # and Yalta"
        if target.kind == "unlisted" and not _unlisted_fits(frame.pattern, target, norms):
            continue  # "a Kodak moment", "do a Nokia,"; not "do a Google search"
        if (
            target.kind.startswith("unlisted")
            and frame.pattern.startswith("since")
            and not (disaster or _has_superlative(norms))
        ):
            continue  # "the biggest Tory revolt since the Maastricht rebellion"; not "ever
            # since the Suez crisis" (a "since" frame needs a superlative for a new name)
        if (
            target.kind.startswith("unlisted")
            and frame.pattern.startswith("since")
            and target.last < len(norms)
            and norms[target.last] in _TIME_VERBS
        ):
            continue  # "the highest prices since the Ukraine war began" counts time
        if (
            target.kind == "year"
            and month_year
            and not (norms[target.first - 1] in _MONTHS and _names_event(target))
        ):
            continue  # "since October 1962" names the missile crisis; "since 2015" counts time
        if (
            target.kind == "year"
            and frame.pattern in _AS_IN_FRAMES
            and target.era.start >= _RECENT
            and not _names_event(target)
        ):
            continue  # "just as in 1938"; "turnout was 61 percent, just as in 2019" compares data
        if (
            target.place
            and not frame.pattern.startswith("'s")
            and target.last + 1 < len(norms)
            and norms[target.last] == "'s"
            and norms[target.last + 1] not in _CLAUSE_END
            and target.last + 1 not in era_firsts
        ):
            continue  # "turned into Munich's busiest bakery": the place's possessive
        if (
            frame.pattern == "'s"
            and target.figure
            and target.last < len(norms)
            and norms[target.last] not in _PERSONAL_ENDS
        ):
            continue  # "Putin's Stalin moment.", not "Christopher Nolan's Oppenheimer dramatises"
        if frame.pattern in _MODIFIER_FRAMES and (
            _modifies(target, norms, capitalized)
            or (
                frame.pattern in ("our", "their", "its")
                and not target.strong
                and target.kind == "era"
                and norms[target.last : target.last + 1] != ["era"]
                and _modifies(replace(target, place=True), norms, capitalized)
            )
        ):
            continue  # "a Dallas police officer": a place modifying a noun
        if frame.pattern in _PERSONAL_FRAMES and not (
            _named(target, norms, capitalized)
            and (target.last == len(norms) or norms[target.last] in _PERSONAL_ENDS)
        ):
            continue  # "It was her Waterloo."
        if frame.pattern in _SPOKEN_COPULAS and not _spoken_analogy(target, norms):
            continue
        if frame.pattern in _THIS_IS_FRAMES and not (
            target.last == len(norms)
            or norms[target.last] in _THIS_IS_ENDS
            or tuple(norms[target.last : target.last + 2]) in _THIS_IS_TAILS
            or (
                norms[target.last] in ("with", "without")
                and not target.place
                and _likeness_tail(norms, target.last)
            )
        ):
            continue  # "This is 1938." but not "This is Vietnam's largest port"
        if frame.pattern in _BARE_FRAMES and _STATE_ADJECTIVES.intersection(
            norms[hit.last : target.first]
        ):
            continue
        if (
            target.figure
            and (frame.pattern in _INVOKING or frame.pattern.endswith(" than"))
            and target.first
            and norms[target.first - 1] in _TITLES
        ):
            continue  # "quoting President Reagan", "more dangerous than President Reagan's war"
        if (
            target.kind == "year"
            and frame.pattern == "'s"
            and not (
                target.last < len(norms)
                and norms[target.last] in _CLAUSE_END
                and _names_event(target)
                and norms[target.first - 1] == "'s"
            )
        ):
            continue  # "It was Putin's 1914."; not "Obama's 2008 and 2012 campaigns"
        if frame.pattern in ("compares", "compare") and not (
            target.first > hit.last and norms[target.first - 1] in _COMPARE_ENDS
        ):
            continue  # "compares the raids to Kristallnacht", not "compares Vietnam and Thailand"
        if frame.get("target") == "dated" and not (
            norms[target.first] == "the" and _named(target, norms, capitalized)
        ):
            continue  # "into the Mexico of 1910", not "into the summer of 1969"
        if frame.pattern == "its" and not _named(target, norms, capitalized):
            continue  # "is its Vietnam", not "the theatre lowered its iron curtain"
        vantage = _vantage(norms, capitalized, hit.first)
        if vantage is not None and target.era.end is not None and target.era.end <= vantage:
            continue  # "Newspapers in 1906 likened the fire to Rome under Nero": a past comparison
        key = (target.first, target.last)
        # a frame ending in its negator leaves it before the analogy, to mark it
        # contrastive: "This is not [the Great Depression]"
        start = hit.last if frame.pattern.endswith((" not", " n't")) else hit.first
        first, last = min(start, target.first), max(hit.last, target.last)
        if key in by_target:
            # Several frames around one target are one analogy: widen it, keep the nearest
            # frame, and of two as near the more specific ("redux" over "is").
            best, earlier = by_target[key]
            first, last = min(first, earlier.first), max(last, earlier.last)
            if (best, earlier.frame in _THIS_IS_FRAMES, -len(earlier.frame)) <= (
                distance,
                frame.pattern in _THIS_IS_FRAMES,
                -len(frame.pattern),
            ):
                distance, frame = best, _frame_named(hits, earlier.frame) or frame
        mention = " ".join(norms[target.first : target.last])
        by_target[key] = (distance, Analogy(first, last, frame.pattern, target.era, mention))
    for first, target in _copula(norms, targets, capitalized):
        key = (target.first, target.last)
        if key not in by_target:
            mention = " ".join(norms[target.first : target.last])
            denial = norms[target.first - 1] if target.first - first > 1 else ""
            denial = denial if denial in _COPULA_DENIALS else ""  # not "is basically X"
            # "is not X" ("isn't", "is no"): a denied likeness, so a contrastive analogy
            denial = "not" if denial == "n't" else denial
            frame = f"is {denial} X" if denial else "is X"
            by_target[key] = (1, Analogy(first, target.last, frame, target.era, mention))
    for first, target in _the_x_of(norms, targets, capitalized):
        key = (target.first, target.last)
        if key not in by_target:
            mention = " ".join(norms[target.first : target.last])
            by_target[key] = (0, Analogy(first, target.last + 1, "the X of Y", target.era, mention))
    for first, target in _as_as(norms, targets, capitalized):
        if (target.first, target.last) not in by_target:
            mention = " ".join(norms[target.first : target.last])
            by_target[(target.first, target.last)] = (
                0,
                Analogy(first, target.last, "as ... as", target.era, mention),
            )
    the_of = _the_unlisted_of(norms, capitalized, surface, listed) if framed else []
    for analogy in _named_moments(norms, unlisted) + the_of:
        key = (analogy.first + 1, analogy.last)
        if not any(
            a.first < analogy.last and analogy.first + 1 < a.last for _, a in by_target.values()
        ):
            by_target[key] = (0, analogy)  # "the Halifax Explosion of our time" once
    found += [analogy for _, analogy in by_target.values()]
    taken = {i for a in found for i in range(a.first, a.last)}
    for target in targets:
        if target.strong and target.first not in taken:
            found.append(
                Analogy(
                    target.first,
                    target.last,
                    "strong cue",
                    target.era,
                    " ".join(norms[target.first : target.last]),
                )
            )
    found += [a for a in styled_eras(norms, words) if a.first not in taken]
    found += [a for a in scandal_words(norms, capitalized, words) if a.first not in taken]
    taken = {i for a in found for i in range(a.first, a.last)}
    found += [a for a in eponyms(norms, capitalized, words) if a.first not in taken]
    # "as Franklin Roosevelt did in the thirties" is one comparison: the person its cue
    # names and the time "did in" dates are not two analogies.
    cued = {a.last for a in found if a.frame in _LEFT_CUES["did in"]}
    return sorted(
        (a for a in found if not (a.frame == "did in" and a.first in cued)),
        key=lambda a: a.first,
    )
