"""Narrated prose, round 13: pronoun speakers. Invented texts; each rule has a case it
applies to and, where it could overreach, one it must leave alone."""

from __future__ import annotations

from rhetoscope import split_speakers
from rhetoscope.speakers.names import Names, find_mentions


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation segment in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# "Don't" opening a sentence is a verb: no "Don" for "he" to go back to, nor an alias
# of a Don named elsewhere.


def test_a_contraction_is_no_name() -> None:
    text = (
        "Party spokesman Don Haverly would not say when the vote will be held.\n\n"
        "Lena Ortiz, a law professor at Reed College, doubted the pace would change. "
        "“They will wait for the election,” Ortiz said.\n\n"
        "But what if the governor loses? Don’t the delegates risk a worse deal?\n\n"
        "“The delegates can live with it,” she said."
    )
    assert quotes(text)[-1] == ("Lena Ortiz", "“The delegates can live with it,”")


def test_a_contraction_ends_no_mention() -> None:
    text = "Won't anyone stop him? Don't ask, said Bill Ames."
    mentions = Names(find_mentions(text, [(0, len(text))])).mentions
    assert [m.surface for m in mentions] == ["Bill Ames"]


def test_a_contraction_after_a_name_leaves_the_name() -> None:
    text = "Voters know that Joe Biden Can't win, said Bill Ames."
    mentions = Names(find_mentions(text, [(0, len(text))])).mentions
    assert [m.surface for m in mentions] == ["Joe Biden", "Bill Ames"]


# Plural "they" with no group in focus: people named together ("Ana Ruiz and Tom Bell
# argue"), who speak together: the speaker names them all, never one of them.


def test_they_after_two_people_named_together() -> None:
    text = (
        "In a new book, Ana Ruiz and Tom Bell of the University of Oregon, Eugene argue "
        "that the mills closed too fast.\n\n"
        "The state might have slowed the closures, they argue. Even at best, they write, "
        "the plan ''saved almost nothing.''"
    )
    assert quotes(text) == [("Ana Ruiz and Tom Bell", "''saved almost nothing.''")]


def test_they_follows_its_chain_back_to_the_people() -> None:
    text = (
        "Three economists -- Ana Ruiz at Yale, Tom Bell at Duke and Kim Roe at Emory -- "
        "studied the mills.\n\n"
        "They examined the towns. What's more, they found lower wages.\n\n"
        "In a later study they wrote with Ian Moss and Ella Finch, they counted the jobs.\n\n"
        "“These results should give us pause,” they argued."
    )
    assert quotes(text) == [
        ("Ana Ruiz, Tom Bell and Kim Roe", "“These results should give us pause,”")
    ]


def test_they_is_not_the_objects_of_a_preposition() -> None:
    text = (
        "The mayor met with Ian Moss and Ella Finch on Monday.\n\n“We will not budge,” they said."
    )
    assert quotes(text) == [("unknown", "“We will not budge,”")]


def test_they_prefers_a_group_in_focus() -> None:
    text = (
        "Ian Moss and Ella Finch run the shelter. The volunteers met on Tuesday.\n\n"
        "“We need more beds,” they said."
    )
    assert quotes(text) == [("The volunteers", "“We need more beds,”")]


# "X, who said": a person named after a preposition is the subject of the relative
# clause that speaks; a description after one is not ("familiar with the talks, who").


def test_who_after_a_name_after_a_preposition() -> None:
    text = (
        "Mr. Vance sat through a lecture from Rosa Delgado, who said the deal had been "
        "''good for both sides'' for years."
    )
    assert quotes(text) == [("Rosa Delgado", "''good for both sides''")]


def test_who_after_a_description_after_a_preposition() -> None:
    text = (
        '"It was not convincing," said one aide familiar with the talks, who added that '
        'the governor seemed "rattled" by the vote.'
    )
    assert [who for who, _ in quotes(text)] == ["one aide familiar with the talks"] * 2


# A signature line ("- Reuters.") signs a quotation standing alone, not a phrase quoted
# inside the narration's sentence; a tweet's "-- Name (@handle)" signs all its line.


def test_a_signature_line_does_not_sign_a_quoted_phrase() -> None:
    text = (
        "The tweet was a reminder of the style of Ann Cole. The candidate has mocked a "
        'reporter, referred to rivals as "cowards" and recently pointed to a man in the '
        'crowd and called him "my friend."\n\n- Reuters.'
    )
    assert quotes(text) == [("Ann Cole", '"cowards"'), ("Ann Cole", '"my friend."')]


def test_a_signature_line_signs_a_quotation_alone() -> None:
    text = 'The mayor answered on Twitter.\n\n"We will rebuild the bridge."\n- Mayor Ann Cole'
    assert quotes(text) == [("Mayor Ann Cole", '"We will rebuild the bridge."')]


def test_a_tweet_signs_a_phrase_quoted_inside_it() -> None:
    text = (
        'Ann Cole is now wearing a hat that says "BUILD THE BRIDGE" for real, '
        "people -- Tom Reyes (@treyes) May 1, 2016\n"
    )
    assert quotes(text) == [("Tom Reyes", '"BUILD THE BRIDGE"')]


# Lower-case particles inside a name ("Federico de Jesus", "Maria de la Cruz"): one
# name, whose "he" follows.


def test_a_name_with_a_particle() -> None:
    text = (
        '"If they start now, they are on time," said Tomas de la Vega, a strategist who '
        'worked for Obama in 2008.\n\n"If they wait much longer, it is worse," he added.'
    )
    assert [who for who, _ in quotes(text)] == ["Tomas de la Vega", "Tomas de la Vega"]


def test_a_particle_joins_no_lower_case_word() -> None:
    text = "Ann Cole drove the van Bob Lane lent her."
    mentions = Names(find_mentions(text, [(0, len(text))])).mentions
    assert [m.surface for m in mentions] == ["Ann Cole", "Bob Lane"]


# "The candidate" is no one the text titles with another office, however recently named.


def test_the_candidate_is_not_the_mayor_just_named() -> None:
    text = (
        "Republican candidate Tom Reyes called on Mayor Ana de Luca to restart the "
        "program. De Luca disbanded the unit in April.\n\n"
        '"It was a good program," the Republican presidential candidate said.'
    )
    assert quotes(text) == [("Tom Reyes", '"It was a good program,"')]
