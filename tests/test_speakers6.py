"""Speaker attribution, sixth round: known bugs, each with a general rule (invented texts)."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# 1. Each speaker introducing a quotation of their own in successive sentences.


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'The meeting ended late. Brown said, "We will not give up." Rice said, '
            '"We will win this fight."',
            "Brown",
            "Rice",
        ),
        (
            'Mary Brown told reporters, "We will not give up." Jim Rice told them, "We will win."',
            "Mary Brown",
            "Jim Rice",
        ),
        (
            'Sen. Ada Brown said, "We will not give up." Then Rice replied, "We will win."',
            "Ada Brown",
            "Rice",
        ),
        (
            'Ann Brown said, "We will not give up." The union, in a statement, said: '
            '"We will win."',
            "Ann Brown",
            "The union",
        ),
        (
            'Brown said, "We will not give up," and Rice said, "We will win this fight."',
            "Brown",
            "Rice",
        ),
    ],
)
def test_each_introducer_speaks_their_own_quotation(text: str, first: str, second: str) -> None:
    assert [who for who, _ in speakers(text)] == [first, second]


def test_a_bare_cue_after_a_closed_quotation_still_speaks_for_it() -> None:
    # No quotation follows the cue: it closes the one before.
    text = 'The crowd was loud. "We will not give up." Rice said. "We will win this fight."'
    assert [who for who, _ in speakers(text)] == ["Rice", "Rice"]


def test_a_cue_after_a_quotation_ending_in_a_comma_is_still_its_own() -> None:
    text = '"We will not give up," Brown said. "We will win this fight."'
    assert [who for who, _ in speakers(text)] == ["Brown", "Brown"]


def test_a_pronoun_introducing_the_next_quotation_is_not_the_first_ones_cue() -> None:
    text = 'Mary Brown said, "We will not give up." He said, "We will win."'
    assert speakers(text)[0][0] == "Mary Brown"


# 2. A place inside a described speaker's prepositional phrase is not the speaker.


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('A farmer in Iowa told me, "The prices are killing us."', "A farmer in Iowa"),
        ('On Monday, a nurse from Ohio said: "We are exhausted."', "a nurse from Ohio"),
        ('Voters in Ohio told reporters, "We are tired."', "Voters in Ohio"),
        ('The mayor of Springfield said: "We are ready."', "The mayor of Springfield"),
        (
            "However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of "
            'Jerusalem told the AP, "We have suffered."',
            "Aris Shirvanian",
        ),
    ],
)
def test_a_place_in_a_prepositional_phrase_is_not_the_speaker(text: str, who: str) -> None:
    assert speakers(text)[0][0] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('In Iowa, Trump said, "We will win."', "Trump"),
        ('Speaking in Iowa, Trump told the crowd, "We will win."', "Trump"),
        ('Jim Lee of Texas said, "No."', "Jim Lee"),
        ('Secretary of State John Kerry said, "No."', "John Kerry"),
    ],
)
def test_a_person_after_a_place_or_with_an_office_still_speaks(text: str, who: str) -> None:
    assert speakers(text)[0][0] == who


# 3. One person, one name: a surname the document never gives in full takes its titled form.


def test_a_titled_surname_and_the_bare_surname_are_one_person() -> None:
    text = (
        'President Obama spoke on Monday. "We will act," Obama said. Later President '
        'Obama added, "This is final."'
    )
    assert [who for who, _ in speakers(text)] == ["President Obama", "President Obama"]


def test_the_commonest_title_names_a_surname_under_titles_of_one_gender() -> None:
    text = (
        'Sen. Warren spoke in Boston. Sen. Warren left. "Yes," Warren said. "Maybe," '
        "Mrs. Warren said."
    )
    assert [who for who, _ in speakers(text)] == ["Sen. Warren", "Sen. Warren"]


def test_a_bare_surname_keeps_no_title_when_titles_disagree_in_gender() -> None:
    text = (
        'Mr. Clinton spoke. Mrs. Clinton spoke. "We will act," Clinton said. "No," '
        'Mrs. Clinton said. "Yes," Mr. Clinton said.'
    )
    assert [who for who, _ in speakers(text)] == ["Clinton", "Mrs. Clinton", "Mr. Clinton"]


def test_a_full_name_still_wins_over_a_titled_surname() -> None:
    text = 'President Obama spoke. "Yes," Obama said. Barack Obama added: "No."'
    assert [who for who, _ in speakers(text)] == ["Barack Obama", "Barack Obama"]


def test_people_sharing_a_surname_stay_apart() -> None:
    text = (
        'Tom Brown spoke. Jim Brown spoke. "Yes," Tom Brown said. "No," Jim Brown said. '
        'Ahmad Shah Massoud fought. "Never," Ahmad Massoud said.'
    )
    assert [who for who, _ in speakers(text)] == ["Tom Brown", "Jim Brown", "Ahmad Massoud"]


# 5. A headline line with a label is no turn.

_TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Governor, what do you make of the video?\n\n"
    "FALLIN: Well, I think the nation needs to work together.\n\n"
    "TAPPER: And the polls?\n\n"
    "FALLIN: They will move."
)


@pytest.mark.parametrize(
    "headline",
    [
        "OK Gov Fallin: Trump Is Trying To Campaign As A Racial Healer",
        'Trump: "We will win"',
        "Sanders: \u201cIt is not a radical idea\u201d",
        "Ann Lee: The Plan Is Dead And The Party Knows It",
    ],
)
def test_a_headline_with_a_label_opens_no_turn(headline: str) -> None:
    intro = (
        "Sunday, on CNN, Governor Mary Fallin said Donald Trump is "
        '"trying to campaign as a racial healer."\n\n'
    )
    text = f"{headline}\n\n{intro}{_TRANSCRIPT}"
    segments = split_speakers(text)
    turns = [s for s in segments if s.kind == "turn"]
    assert turns[0].start == text.index("JAKE TAPPER:")
    assert all(text[s.start : s.end] != headline for s in turns)
    # The introduction's quotation is attributed as prose.
    quote = next(s for s in segments if s.kind == "quote" and "healer" in text[s.start : s.end])
    assert (quote.speaker, text[quote.start : quote.end]) == (
        "Mary Fallin",
        '"trying to campaign as a racial healer."',
    )


def test_headlines_alone_make_no_transcript() -> None:
    text = (
        "Bernie Sanders: It Is Not A Radical Idea To Ask For A Higher Wage\n\n"
        "Sen. Bernie Sanders defended his call on Saturday.\n\n"
        "Related: Bernie Sanders: I Am Not Much Of A Socialist Compared To Eisenhower\n\n"
        "Ann Lee: Why The Wage Fight Is Far From Over\n\n"
        '"It is not radical," he said.'
    )
    assert not [s for s in split_speakers(text) if s.kind == "turn"]
    assert speakers(text) == [("Bernie Sanders", '"It is not radical,"')]


@pytest.mark.parametrize(
    "first",
    [
        "HOLT: Good evening from Hofstra University.",
        "HOLT: Thank you, Secretary Clinton.",
        "HOLT: Secretary Clinton, Donald Trump, welcome.",
    ],
)
def test_a_real_first_turn_is_still_a_turn(first: str) -> None:
    text = f"{first}\n\nCLINTON: Thank you, Lester.\n\nTRUMP: Thank you.\n\nHOLT: Let us begin."
    turns = [s for s in split_speakers(text) if s.kind == "turn"]
    assert len(turns) == 4 and turns[0].start == 0


# 4. "They" is a group or a body in focus, never one person.


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('The senators met Kowalczyk on Tuesday. "We reject the plan," they said.', "The senators"),
        ('Democrats criticized Kowalczyk. "We reject the plan," they said.', "Democrats"),
        ('The company sued Kowalczyk. "We reject it," they said in a statement.', "The company"),
        (
            'Kowalczyk spoke. Other officials disagreed. "It is fine," they said.',
            "Other officials",
        ),
        (
            'The Democratic National Committee met Kowalczyk. They called the plan "a disaster."',
            "Democratic National Committee",
        ),
    ],
)
def test_they_is_the_group_in_focus(text: str, who: str) -> None:
    assert speakers(text)[-1][0] == who


def test_they_continues_a_group_that_spoke() -> None:
    text = '"We are ready," the officials said. "It is fine," they added.'
    assert [who for who, _ in speakers(text)] == ["the officials", "the officials"]


@pytest.mark.parametrize(
    "text",
    [
        'Kowalczyk spoke to the senators on Tuesday. "We reject the plan," they said.',
        '"We will not allow it," Kowalczyk said. "It is fine," they said.',
    ],
)
def test_they_is_never_one_person(text: str) -> None:
    assert speakers(text)[-1][0] == "unknown"


def test_they_is_people_named_together() -> None:
    text = 'Jim Lee and Ann Ray met Kowalczyk. "We reject the plan," they said.'
    assert speakers(text)[-1][0] == "Jim Lee and Ann Ray"


def test_they_is_not_the_person_named_after_a_group() -> None:
    text = 'The senators from Ohio met Kowalczyk. "We reject the plan," they said.'
    assert speakers(text)[-1][0] != "Kowalczyk"


# A plural subject opening the sentence speaks its embedded quotations.


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "And critics in both parties quickly compared Mr. Rubio's lapse to Rick "
            'Perry\'s "Oops" in 2012.',
            "critics in both parties",
        ),
        (
            "Republicans on Capitol Hill seized on the message, arguing that it showed "
            '"intent" and that Clinton broke the law.',
            "Republicans on Capitol Hill",
        ),
        (
            'Many economists warned that Lee\'s plan would "wreck the economy" by 2020.',
            "Many economists",
        ),
    ],
)
def test_a_plural_subject_opening_the_sentence_speaks(text: str, who: str) -> None:
    assert speakers(text)[0][0] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Sanders blasted Clinton for her "lack of judgment."', "Sanders"),
        ('Many economists warned that the plan would "wreck the economy," Lee said.', "Lee"),
        ('Voters in Ohio, Jim Lee said, wanted "a fair deal."', "Jim Lee"),
    ],
)
def test_a_plural_opening_yields_to_a_person_and_a_cue(text: str, who: str) -> None:
    assert speakers(text)[0][0] == who
