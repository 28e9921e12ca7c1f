"""Narrated prose, round 10: words that open a sentence capitalised but name no one,
and the speakers rules reach past them. Invented texts; each rule has a case it
applies to and, where it could overreach, one it must leave alone."""

from __future__ import annotations

from rhetoscope import split_speakers


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation segment in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


def speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in quotes(text)]


# A verb of command, an ordinal or an adverb opening a sentence is no speaker.


def test_a_verb_of_command_opening_a_sentence_is_no_speaker() -> None:
    text = 'Mondale spoke next. Let us leave out the word "scientific" for a moment.'
    assert speakers(text) == ["unknown"]


def test_an_object_pronoun_is_no_verb_of_a_body_opening_a_sentence() -> None:
    text = 'Let us leave out the word "freeze," and talk about the budget.'
    assert speakers(text) == ["unknown"]


def test_an_ordinal_opening_a_sentence_is_no_speaker() -> None:
    text = 'First, the Joint Chiefs of Staff, in their review, said, "We need more troops."'
    assert speakers(text) == ["Joint Chiefs of Staff"]


def test_an_adverb_with_a_comma_before_a_name_leaves_the_name() -> None:
    text = 'Finally, Pat Okafor said, "We need more troops."'
    assert speakers(text) == ["Pat Okafor"]


def test_first_lady_stays_a_title() -> None:
    text = 'First Lady Michelle Obama said, "We go high."'
    assert speakers(text) == ["Michelle Obama"]


# A body named in capitals with its "of", opening its clause, speaks as named.


def test_a_body_with_its_of_speaks_as_named() -> None:
    text = 'Second, the Joint Chiefs of Staff said, "We need more troops."'
    assert speakers(text) == ["Joint Chiefs of Staff"]


def test_a_person_of_a_body_still_speaks() -> None:
    text = (
        "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told "
        'reporters, "We will stay."'
    )
    assert speakers(text) == ["Aris Shirvanian"]


# A speech verb without a subject of its own shares its sentence's subject.


def test_a_speech_verb_after_a_comma_shares_the_subject() -> None:
    text = (
        "Harry Truman had a sign on his desk. "
        "First, the Joint Chiefs of Staff went to the President, said, "
        '"Don\'t put those troops there."'
    )
    assert quotes(text)[-1][0] == "Joint Chiefs of Staff"


def test_a_speech_verb_after_and_shares_the_subject() -> None:
    text = (
        'Ann Lee spoke first. Then the union leaders went to the mayor and said, "Pay the drivers."'
    )
    assert quotes(text)[-1][0] == "the union leaders"


def test_a_speech_verb_whose_subject_is_not_found_is_no_ones() -> None:
    text = 'Ann Lee spoke first. Going to the mayor, and tired of waiting, said, "Pay us."'
    assert quotes(text)[-1][0] == "unknown"


def test_a_bare_speech_verb_takes_a_name_opening_its_sentence() -> None:
    text = (
        "The crowd chanted for minutes. Okafor gestured as if to stop the ruckus, then "
        'leaned in and boomed: "Let\'s win in November."'
    )
    assert quotes(text)[-1][0] == "Okafor"


# A passive of speech names its speaker after "by".


def test_a_passive_of_speech_names_its_agent() -> None:
    text = "Candidates met. The phrase ''tax reform'' was uttered once, by Mr. Ek."
    assert speakers(text) == ["Mr. Ek"]


def test_a_passive_of_no_speech_names_no_agent() -> None:
    text = 'Ann Lee spoke. The slogan "Yes we can" was printed by the union in 1972.'
    assert speakers(text) != ["the union"]


# Subjects after one or two opening phrases, after an auxiliary, or in capitals.


def test_a_plural_subject_after_two_opening_phrases() -> None:
    text = "Thus, in the debate last week, candidates referred to ''ISIS'' 44 times."
    assert speakers(text) == ["candidates"]


def test_a_body_after_an_opening_phrase_with_an_auxiliary() -> None:
    text = "For years, Twitter has positioned itself as a ''global town square'' open to all."
    assert speakers(text) == ["Twitter"]


def test_a_body_after_an_opening_phrase_speaks_in_the_present() -> None:
    text = 'On its official website, the FBI lists "public corruption as a priority."'
    assert speakers(text) == ["FBI"]


def test_a_plural_subject_with_a_capitalised_modifier_and_have_long() -> None:
    text = (
        "Federal labor organizations have long campaigned against jobs that are "
        'considered "inherently governmental."'
    )
    assert speakers(text) == ["Federal labor organizations"]


def test_the_nominee_is_the_one_holding_the_role() -> None:
    text = (
        "Donald Trump spoke in Ohio. The GOP nominee has staked much of his campaign on it, "
        'portraying immigrants as "rapists" and criminals.'
    )
    assert speakers(text) == ["Donald Trump"]


# "One of them" speaks for the group "they" would.


def test_one_of_them_speaks_for_the_group() -> None:
    text = (
        "The officials, who spoke on condition of anonymity, said the question remained "
        'open. "Fish don\'t carry passports," one of them said.'
    )
    assert speakers(text) == ["The officials"]


def test_one_of_them_with_no_group_is_no_one() -> None:
    text = 'Ann Lee left early. "It was cold," one of them said.'
    assert speakers(text) == ["unknown"]


# "It" after a document just named is that document.


def test_it_after_a_letter_is_the_letter() -> None:
    text = (
        "A coalition of nearly 40 groups sent a letter this week urging Congress to act. "
        '"The delay is appalling," it read.'
    )
    assert speakers(text) == ["the letter"]


def test_it_with_nothing_named_is_no_one() -> None:
    text = 'Ann Lee spoke about the plan. "It is great," it said.'
    assert speakers(text) == ["unknown"]


# A subordinate clause of speech up to "that" keeps its quotation, whatever cue follows.


def test_a_subordinate_clause_of_speech_keeps_its_quotation() -> None:
    text = (
        'Donald Trump spoke. But even as Trump claimed on Tuesday that "Petraeus got in '
        'trouble for far less," one of the prosecutors said the cases were different.'
    )
    assert speakers(text) == ["Donald Trump"]


def test_an_inverted_cue_after_a_plain_clause_still_speaks() -> None:
    text = 'Ann Lee spoke. As the votes came in, "we knew," said Bo Ek.'
    assert speakers(text) == ["Bo Ek"]


# What stands before a name without being part of it, and what ends one.


def test_an_occupation_before_a_name_is_no_part_of_it() -> None:
    text = 'Actor Clint Howard admits his choice is "not the most handsome man."'
    assert speakers(text) == ["Clint Howard"]


def test_a_compound_description_before_a_name_is_no_part_of_it() -> None:
    text = '"Carson is cratering," Texas-based Matt Mackowiak said.'
    assert speakers(text) == ["Matt Mackowiak"]


def test_chief_of_staff_is_an_office_before_a_name() -> None:
    text = (
        "That, RNC Chief of Staff Katie Walsh explained, is by design. "
        '"We have a head start," she said.'
    )
    assert speakers(text) == ["Katie Walsh"]


def test_neither_opens_no_name() -> None:
    text = 'Ann Lee spoke. Neither Bo Ek nor Cy Ng said "yes."'
    assert "Neither" not in " ".join(speakers(text))


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    text = '"Yes," said Sen. Mike Lee Tuesday.'
    assert speakers(text) == ["Mike Lee"]


def test_a_name_inside_a_description_after_the_verb_is_not_cut_short() -> None:
    text = '"I\'d want answers," said a prominent Republican National Committee member.'
    assert speakers(text) == ["a prominent Republican National Committee member"]


# Words that came from someone; a passive of telling; a description ending in a colon.


def test_shouts_from_the_crowd_are_the_crowds() -> None:
    text = 'Kelly Armstrong called for a vote. "Call the roll," came shouts from the crowd.'
    assert speakers(text) == ["the crowd"]


def test_a_voice_from_a_place_is_no_ones() -> None:
    text = '"No!" came a voice from the back of the room.'
    assert speakers(text) == ["unknown"]


def test_a_passive_of_telling_takes_its_according_to_source() -> None:
    text = 'According to the court-released playbook, salespersons were told, "You sell feelings."'
    assert speakers(text) == ["the court-released playbook"]


def test_a_passive_of_telling_without_a_source_is_no_ones() -> None:
    text = 'Ann Lee spoke. Her staff were told, "Stay home."'
    assert speakers(text) == ["unknown"]


def test_an_indefinite_description_ending_in_a_colon_speaks() -> None:
    text = (
        "In the hours after the attack in San Bernardino, Calif., a familiar voice "
        'celebrated it on Twitter: "California, we have arrived."'
    )
    assert speakers(text) == ["a familiar voice"]


def test_a_word_before_a_given_name_describes() -> None:
    text = (
        "The band announced a concert for Bernie Sanders. Guitarist John Frusciante "
        'shared the news, writing "Feels great."'
    )
    assert speakers(text) == ["John Frusciante"]


def test_a_title_before_a_given_name_stays_a_title() -> None:
    text = (
        "Mayor Delia Ferreira closed the bridge. Councilman Sam Okafor objected. "
        'Okafor proposed one lane open, an idea the mayor dismissed as "wishful thinking."'
    )
    assert speakers(text) == ["Delia Ferreira"]


def test_a_name_after_a_slash_inside_a_word_is_no_mention() -> None:
    from rhetoscope.speakers.names import find_mentions

    text = "The snarky, anti-GOP/Obama headline reads well."
    assert "Obama" not in [m.surface for m in find_mentions(text, [(0, len(text))])]
