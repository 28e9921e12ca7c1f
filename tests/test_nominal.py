"""Described speakers in prose ("the senator said", "a spokesman for X said"): whom a
description stands for, and when it stays a description. Invented texts; each rule has a
case it applies to and one it must leave alone."""

from __future__ import annotations

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# A role is given by the phrase right before a name ("Sen. Ann Lee", "former secretary of
# state Ann Lee"), not by a role word earlier in the sentence ("the mayor praised Lee").


def test_a_role_word_before_the_verb_gives_the_object_no_role() -> None:
    text = (
        "Gov. Ruth Ober opened the plant in March.\n\n"
        + "Crews worked through the summer. " * 120
        + "\n\nOn Monday, the governor praised Tom Vale as a builder.\n\n"
        'The governor denounced what he called the "reckless" plan of the council.'
    )
    # (the governor's "he" notwithstanding: the text never makes Vale a governor)
    assert speakers(text)[-1][0] == "Ruth Ober"


def test_a_title_right_before_the_name_gives_the_role() -> None:
    text = (
        "Mayor Ruth Ober opened the plant in March.\n\n"
        "On Monday, council member Tom Vale spoke, and then Mayor Ann Lee arrived.\n\n"
        'The mayor called the plan "reckless."'
    )
    assert speakers(text)[-1][0] == "Ann Lee"


# A role only one person in the text holds is that person, however far back they were
# introduced.


def test_a_role_only_one_person_holds_is_that_person_far_back() -> None:
    text = (
        "Gov. Ruth Ober signed the budget on Friday.\n\n"
        + "Lawmakers argued about the details for weeks. " * 80
        + '\n\nTom Vale, a farmer, called it "a start." The governor called it "historic."'
    )
    assert speakers(text)[-1] == ("Ruth Ober", '"historic."')


def test_a_role_two_people_hold_far_back_is_not_guessed_from_the_first() -> None:
    text = (
        "Gov. Ruth Ober met Gov. Ann Lee on Friday.\n\n"
        + "Lawmakers argued about the details for weeks. " * 80
        + '\n\nThe governor called it "historic."'
    )
    assert speakers(text)[-1][0] != "Ruth Ober"


# A definite role right after the only person its paragraph names is that person, when
# the text gives them no other office and no one person holds the role.


def test_the_senator_after_the_paragraphs_only_person_is_that_person() -> None:
    text = (
        'Sen. Ann Lee and Sen. Ruth Ober spoke in the morning. "We will win," Lee said.\n\n'
        "Tom Vale stopped by his headquarters to give a pep talk to volunteers. Walking "
        'into the office, the senator said his campaign was "closing strong."'
    )
    assert speakers(text)[-1] == ("Tom Vale", '"closing strong."')


def test_the_senator_is_not_the_paragraphs_person_who_holds_another_office() -> None:
    text = (
        'Sen. Ann Lee and Sen. Ruth Ober spoke in the morning. "We will win," Lee said.\n\n'
        "Gov. Tom Vale stopped by his headquarters to give a pep talk to volunteers. "
        'Walking into the office, the senator said his campaign was "closing strong."'
    )
    assert speakers(text)[-1][0] == "Ruth Ober"  # the senator introduced last


def test_the_senator_is_not_guessed_when_the_paragraph_names_two_people() -> None:
    text = (
        'Sen. Ann Lee and Sen. Ruth Ober spoke in the morning. "We will win," Lee said.\n\n'
        "Tom Vale met Joe Reyes at the headquarters. Walking into the office, the "
        'senator said the campaign was "closing strong."'
    )
    assert speakers(text)[-1][0] == "Ruth Ober"


# A description opening the sentence speaks its fragments, but not one inside the relative
# clause of a person named after it.


def test_a_fragment_in_a_named_persons_relative_clause_is_theirs() -> None:
    text = (
        "Sen. Ann Lee came to the city on Friday. The senator was rallying for a teacher "
        'named Tom Vale, who worked the crowd, praising "her honesty" as he spoke.'
    )
    assert speakers(text)[-1] == ("Tom Vale", '"her honesty"')


def test_a_fragment_after_the_opening_description_is_the_descriptions() -> None:
    text = (
        "Sen. Ann Lee came to the city on Friday. The senator was rallying for a teacher "
        'named Tom Vale and praised "his honesty" as she spoke.'
    )
    assert speakers(text)[-1] == ("Ann Lee", '"his honesty"')


# A plural description after an inverted cue is the speaker ('said one of two witnesses').


def test_said_one_of_two_witnesses_keeps_the_description() -> None:
    text = (
        "Ruth Ober spoke at the meeting. Tom Vale argued against her.\n\n"
        '"It was awful," said one of two witnesses who did not want to be named.'
    )
    assert speakers(text)[-1] == ("one of two witnesses", '"It was awful,"')


def test_said_a_name_after_a_plural_word_is_still_the_name() -> None:
    text = 'Ruth Ober spoke at the meeting.\n\n"It was awful," said witness Tom Vale.'
    assert speakers(text)[-1] == ("Tom Vale", '"It was awful,"')


# "in the words of X," quotes X.


def test_in_the_words_of_a_description_is_the_description() -> None:
    text = (
        "Tom Vale is leaving office. Ann Lee was, in the words of a senior adviser, "
        "''the torchbearer'' of his legacy."
    )
    assert speakers(text)[-1] == ("a senior adviser", "''the torchbearer''")


def test_in_the_words_of_a_name_is_the_name() -> None:
    text = "Tom Vale is leaving office. Ann Lee was, in the words of Ruth Ober, ''the heir.''"
    assert speakers(text)[-1] == ("Ruth Ober", "''the heir.''")


def test_words_without_in_the_words_of_is_no_cue_for_the_one_named() -> None:
    text = "Tom Vale is leaving office. Ann Lee spoke of Ruth Ober, ''the heir.''"
    assert speakers(text)[-1][0] != "Ruth Ober"


# A description opening a sentence after an opening phrase is its subject; a description
# holds no article after its first word ("the DNC issued a statement" is a clause).


def test_a_description_after_an_opening_phrase_speaks_the_fragment() -> None:
    text = (
        "Ruth Ober sued the city in May. In granting Ober a hearing in June, a federal "
        'judge determined that the delay had created a "reasonable suspicion" of bias.'
    )
    assert speakers(text)[-1] == ("a federal judge", '"reasonable suspicion"')


def test_a_description_takes_no_clause_with_an_article() -> None:
    text = (
        "Ruth Ober spoke on Monday.\n\nAt Ober's direction, the committee issued a statement "
        'apologizing for "the remarks" of its staff.'
    )
    assert "statement" not in speakers(text)[-1][0]


def test_one_of_the_aides_is_still_a_description() -> None:
    text = 'Ruth Ober spoke on Monday. "It went well," said one of the aides.'
    assert speakers(text)[-1] == ("one of the aides", '"It went well,"')


# A lower-case quotation right after an abbreviation goes on its sentence.


def test_a_quotation_in_lower_case_after_u_s_goes_on_the_sentence() -> None:
    text = (
        "Tom Vale spoke first.\n\nThe office put out a statement saying the U.S. "
        '"does not have the capacity" to do it.'
    )
    assert speakers(text)[-1][0] == "The office"


# "they" is no group when the sentence it looks back to opens with a verb.


def test_they_is_no_auxiliary_opening_a_cut_sentence() -> None:
    text = (
        "Jeb! was better than before. As for Tom Vale, he was calm. As they say about "
        'the doctor, "gifted hands."'
    )
    assert "was" not in speakers(text)[-1][0]


# "those surveyed said" is a described speaker.


def test_those_surveyed_said_is_the_speaker_not_the_name_after() -> None:
    text = (
        "Ann Lee leads the poll.\n\nWhile those surveyed said former governor Tom Vale has "
        'the "best experience," Lee leads on trust.'
    )
    assert speakers(text)[-1] == ("those surveyed", '"best experience,"')


def test_those_who_surveyed_is_no_description() -> None:
    text = 'Ann Lee leads the poll.\n\nThose who left early said Tom Vale was "the best."'
    assert speakers(text)[-1][0] != "Those who"
