"""Historical analogies in spoken English (1.1.0): short years, spoken copulas, a
possessive year, business and sports history, rivalries; with the literal uses that
must stay out. Phrased apart from the sentences of stance_blind8 that motivated them."""

from __future__ import annotations

import pytest

from conftest import analogy_terms as analogies


@pytest.mark.parametrize(
    ("text", "era", "years"),
    [
        # a year said with two digits, dating an event or a name
        ("Mark my words, it's the '29 crash all over again.", "'29 crash", "1929"),
        ("Feels a lot like the '87 crash to me.", "'87 crash", "1987"),
        ("Our bullpen looks like the '27 Yankees.", "'27 Yankees", "1927"),
        ("Honestly this roster is like the 1972 Dolphins.", "1972 Dolphins", "1972"),
        ("It's like Chicago in '68, tear gas everywhere.", "1968", "1968"),
        # spoken copulas: "it's", "that's", hedges, "we're", tails "out there", "with"
        ("It's the Wall Street Crash out there, folks.", "Wall Street Crash", "1929"),
        ("That's Watergate with a smartphone, plain and simple.", "Watergate", "1972-1974"),
        ("Their pricing is pretty much the South Sea Bubble with an app.", "South Sea", ""),
        ("If the board keeps ignoring streaming, they're Blockbuster.", "Blockbuster", ""),
        # a possessive year after a copula, a year before "moment"
        ("This could be our 1989.", "1989", "1989"),
        ("It is their 1848 moment.", "1848", "1848"),
        # business and sports history, hearings, scandals, rivalries
        ("Skip this shift and we're Nokia, simple as that.", "Nokia", "2007-2013"),
        ("The inquiry reminds me of the Watergate hearings.", "Watergate", "1973"),
        ("It bears every hallmark of the Horizon scandal.", "Post Office", "1999-2015"),
        ("The final was Borg–McEnroe all over again.", "Borg-McEnroe", "1980-1981"),
        ("Tonight felt like Ali-Frazier.", "Ali-Frazier", "1971-1975"),
    ],
)
def test_spoken_analogies(text: str, era: str, years: str) -> None:
    found = analogies(text)
    assert len(found) == 1, found
    assert era in found[0][1], found
    if years:
        assert found[0][2] == years, found


@pytest.mark.parametrize(
    "text",
    [
        # two-digit numbers and years stated as fact
        "She graduated with the class of '85 and moved to Ohio.",
        "He scored 85 points in the '04 season opener.",
        "The 2016 Trump campaign hired him.",
        # a copula with a plain statement about the era
        "The cause was the Great Depression with its bread lines.",
        "The cause is the Great Depression with its bread lines.",
        "It's Vietnam's largest port.",
        "That's Lincoln's birthday, not mine.",
        # a possessive year that tells a date or a plan
        "That was our 2019.",
        "This was our 2019 budget.",
        "Our 1945 election manifesto is in the archive.",
        # companies that still trade, and their goods
        "Kodak shares rose today.",
        "Phones like Nokia and Samsung sold well.",
        "She bought a BlackBerry phone in 2009.",
        "We're Sears customers.",
        # a rivalry named as history
        "The Ali-Frazier fights were in the seventies.",
    ],
)
def test_spoken_literal_uses_are_not_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    "text",
    ["It's 2019.", "Come on, it's 2024, not 1950.", "What year is it? It's 2008.", "It is 1998"],
)
def test_a_bare_year_after_its_is_the_date(text: str) -> None:
    assert analogies(text) == []


def test_a_year_that_comes_round_again_is_an_analogy() -> None:
    assert [y for _, _, y in analogies("Folks, it's 2008 again.")] == ["2007-2009"]
