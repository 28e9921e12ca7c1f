"""Lexicon matching: leftmost-longest, wildcards, numbers and exclusions."""

from __future__ import annotations

from rhetoscope.lexicon import parse_lexicon
from rhetoscope.matcher import Matcher
from rhetoscope.text import tokenize

LEXICON = """\
# name: test
# version: 1
# description: matcher fixture
pattern\tcategory\tweight
give up\tconcession\t1
give\tconcession\t0.5
determin*\tresolve\t1
may\thedging\t1
may #\texclude\t0
wo n't back down\tdefiance\t2
"""


def hits(text: str) -> list[tuple[str, str]]:
    matcher = Matcher(parse_lexicon(LEXICON).entries)
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    return [
        (" ".join(norms[h.first : h.last]), e.category)
        for h in matcher.find(norms)
        for e in h.entries
    ]


def test_longest_match_wins_and_nothing_counts_twice() -> None:
    assert hits("We will not give up.") == [("give up", "concession")]


def test_wildcards_match_token_prefixes() -> None:
    assert hits("They are determined; determination.") == [
        ("determined", "resolve"),
        ("determination", "resolve"),
    ]


def test_exclusions_shield_ambiguous_words() -> None:
    assert hits("It happened on May 5.") == []
    assert hits("It may happen.") == [("may", "hedging")]


def test_curly_apostrophe_contractions_match_treebank_patterns() -> None:
    assert hits("We won\u2019t back down.") == [("wo n't back down", "defiance")]


def test_patterns_do_not_cross_punctuation() -> None:
    assert hits("Give, up.") == [("give", "concession")]


GATED = """\
# name: gated
# version: 1
# description: words that go on with words or with a number
pattern\tcategory\tweight
about #\thedging\t1
about time\tresolve\t1
around\thedging\t0.5
around # percent\thedging\t1
the great depression\tanalogy\t1
"""


def test_gated_words_let_through_their_words_and_any_number() -> None:
    matcher = Matcher(parse_lexicon(GATED).entries)

    def found(text: str) -> list[str]:
        norms = [t.norm for t in tokenize(text)]
        return [" ".join(norms[h.first : h.last]) for h in matcher.find(norms)]

    for _ in range(2):  # the first time fills the memo of first words, the second reads it
        assert found("About 5 people, about time, about it.") == ["about 5", "about time"]
        assert found("Around 40 percent, around 40 people, around.") == [
            "around 40 percent",
            "around",
            "around",
        ]
        assert found("The great depression, the great war, the 1930s.") == ["the great depression"]


def test_a_number_listed_as_a_word_still_leads_to_the_number_path() -> None:
    """ "about 2 weeks" beside "about # percent": "about 2 percent" is the second."""
    lexicon = GATED.replace("about time", "about 2 weeks").replace(
        "around # percent", "about # percent"
    )
    matcher = Matcher(parse_lexicon(lexicon).entries)
    for _ in range(2):
        norms = [t.norm for t in tokenize("about 2 percent, about 2 weeks, about 3 percent")]
        assert [h.entries[0].pattern for h in matcher.find(norms)] == [
            "about # percent",
            "about 2 weeks",
            "about # percent",
        ]


STEMS = """\
# name: stems
# version: 1
# description: a first word that goes on with exact words or with a stem
pattern\tcategory\tweight
i think\thedging\t1
i misstat*\tconcession\t1
i misled the voters\tconcession\t2
we\tresolve\t0.5
we mis*\tconcession\t1
we misled the voters\tconcession\t2
"""


def test_a_stem_after_a_common_first_word_matches_wherever_it_is_met() -> None:
    """The gate of "i" and "we" lets through their listed words and any word their stems
    start: "we misled you" is "we mis*" though "misled" is also listed with "the voters"
    after it, and "i missed" is nothing; the same the first time a word is met and after."""
    matcher = Matcher(parse_lexicon(STEMS).entries)

    def found(text: str) -> list[tuple[str, str]]:
        norms = [t.norm for t in tokenize(text)]
        return [
            (" ".join(norms[h.first : h.last]), h.entries[0].pattern) for h in matcher.find(norms)
        ]

    for _ in range(2):
        assert found("I misstated it, I think, I missed it, I misled the voters.") == [
            ("i misstated", "i misstat*"),
            ("i think", "i think"),
            ("i misled the voters", "i misled the voters"),
        ]
        assert found("We misled you, we misled the voters, we won, we.") == [
            ("we misled", "we mis*"),
            ("we misled the voters", "we misled the voters"),
            ("we", "we"),
            ("we", "we"),
        ]
