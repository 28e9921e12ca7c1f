"""Historical analogies, round 1.2.0: a role noun before "at" after "like the", dated
events said in lower case, fillers inside a frame, teams dated by a year, an event told
as a story, frames of becoming and scale, and the eras added to the gazetteer; with the
literal uses that must stay out. Phrased apart from the studied sentences."""

from __future__ import annotations

import pytest

from conftest import analogy_terms as analogies


@pytest.mark.parametrize(
    ("text", "era", "years"),
    [
        # a role noun before "at" after "like the"
        ("Like the students at Tiananmen, they will not leave the square.", "Tiananmen", "1989"),
        ("They split the region up like the diplomats at the Congress of Vienna.", "Vienna", ""),
        # a dated event said in lower case
        ("It was the sharpest fall since the currency crisis of 1998.", "risis of 1998", "1998"),
        ("Nothing this bad since the pit closures in '92.", "losures in '92", "1992"),
        ("It felt like the '06 quake, roads split open.", "'06 quake", "2006"),
        # a filler between commas or dashes after the frame
        ("The deadliest month since, I think, the Second World War.", "Second World War", ""),
        ("Not since — what — the Suez crisis has London been this isolated.", "Suez", ""),
        # a team or a season dated by a year
        ("Our worst start since the '71 season, no excuses.", "'71 season", "1971"),
        ("Not since the 1966 squad has this country believed like this.", "1966 squad", "1966"),
        # the event told as a whole
        ("Honestly it's like the Watergate saga, one drip at a time.", "Watergate", "1972-1974"),
        # frames: becoming the new, in the best X tradition, on a national scale
        ("The Arctic could become the new Great Game.", "Great Game", "1830-1907"),
        ("He ran the state in the best Tammany Hall tradition.", "Tammany", ""),
        ("The purge was Katyn on a national scale.", "Katyn", "1940"),
        # eras added in 1.2.0
        ("The blaze season looks like Black Saturday again.", "Black Saturday", "2009"),
        ("Critics call it Bretton Woods in reverse, a new Plaza Accord.", "Plaza Accord", ""),
        ("She was hailed as a new Gandhi by the marchers.", "Gandhi", "1915-1948"),
        ("The new rules are the Bosman ruling all over again.", "Bosman", "1995"),
        ("Jakarta fears a return to the New Order.", "New Order", "1966-1998"),
    ],
)
def test_round12_analogies(text: str, era: str, years: str) -> None:
    found = analogies(text)
    assert any(era in e and (not years or y == years) for _, e, y in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a role noun at a place that is no era, or a season stated as fact
        "Like the fans at Wembley, we sang all night.",
        "He has played for the club since the 2009 season.",
        "As the election of 2008 approached, America was in crisis.",
        # "in the best" before a common noun, with an era further on
        "We acted in the best interests of Vietnam.",
        # an event's story as history, not a comparison
        "She wrote a book about the Enron story.",
        # common words that name eras only with a capital
        "It was a great game last night.",
        "The new order of business is the budget.",
        "He lit the stove with a flint.",
        # a filler that is no filler: a list
        "Since, say, Tuesday, nothing has moved.",
        # other Gandhis are people of today
        "Rahul Gandhi spoke in Delhi, like Sonia Gandhi before him.",
    ],
)
def test_round12_literal_uses_are_not_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "His best game since the 2019 season.",
        "The biggest crowd since the 2015 final.",
        "The highest turnout since the 2008 election.",
    ],
)
def test_since_a_year_before_a_noun_of_time_compares_times_not_eras(text):
    """After a superlative, "since the 2019 season" compares with a year as "since 2019"
    does; a season said short ("since the '94 season") or an event ("since the lira crisis
    of 2001") is a past mapped onto the present."""
    assert analogies(text) == []
