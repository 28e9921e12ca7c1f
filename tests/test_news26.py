"""Speaker attribution rules of round 26, from a study of the PolNeAR even half: each rule
with invented news passages it fixes and look-alikes that must keep their speaker."""

from __future__ import annotations

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# A titled possessor opening a sentence is in focus, as an untitled one is.


def test_a_titled_possessor_opening_the_sentence_is_he() -> None:
    text = (
        "''We will not back down,'' Mr. Vance said at the forum.\n\n"
        "Mr. Okafor's record, a worry for party leaders, came under fire: He was pressed "
        "over his remark on Monday that ''taxes are theft,'' but he kept calm."
    )
    assert speakers(text)[-1] == ("Mr. Okafor", "''taxes are theft,''")


def test_an_untitled_possessor_opening_the_sentence_is_still_he() -> None:
    text = (
        '"We will not back down," Vance said at the forum.\n\n'
        "Okafor's record came under fire: He was pressed over his remark on Monday "
        'that "taxes are theft," but he kept calm. Okafor said he was sorry.'
    )
    assert speakers(text)[-1] == ("Okafor", '"taxes are theft,"')


def test_a_titled_name_after_a_verb_opening_the_sentence_keeps_the_speaker() -> None:
    text = (
        "''We will not back down,'' Mr. Vance said at the forum.\n\n"
        "Criticism of Mr. Okafor's record came from all sides. ''It is a shame,'' he said."
    )
    assert speakers(text)[-1] == ("Mr. Vance", "''It is a shame,''")


# A name right after a verb in -ed is that verb's object, never its clause's subject.


def test_a_name_after_a_past_verb_is_its_object_not_the_subject() -> None:
    text = (
        "Ann Ruiz spoke softly at the event in Dover.\n\n"
        "Her tone was gentler than that of her campaign's staff, who, on a call Friday, "
        'attacked Tom Vale for taking their lists and for "hiding what had happened."'
    )
    assert speakers(text)[-1] == ("Ann Ruiz", '"hiding what had happened."')


def test_an_inverted_speech_verb_in_ed_still_names_its_subject() -> None:
    text = (
        "Ann Ruiz spoke softly at the event in Dover.\n\n"
        'Because of how the calendar was drawn, explained Tom Vale, "it is hard to see '
        'how she gets airtime."'
    )
    assert speakers(text)[-1] == ("Tom Vale", '"it is hard to see how she gets airtime."')


def test_a_person_named_by_a_naming_participle_keeps_the_cue() -> None:
    text = 'A farmer named Tom Vale, who grows corn near Dover, said the rules were "absurd."'
    assert speakers(text) == [("Tom Vale", '"absurd."')]


# "for X to VERB" before an embedded quotation: X is the infinitive's subject, when the
# sentence has no person as subject.


def test_the_subject_of_an_infinitive_speaks_an_embedded_quotation() -> None:
    text = (
        "Ann Ruiz toured the mill on Monday.\n\n"
        "It has been common for news reports to describe Ann Ruiz's plan as a "
        '"power grab" by the county.'
    )
    assert speakers(text) == [("news reports", '"power grab"')]


def test_a_person_as_the_subject_of_an_infinitive_speaks() -> None:
    text = (
        "Mayor Tom Vale spoke first. Ann Ruiz answered him on Monday.\n\n"
        "There is still time for Vale to mend ties with the board, even after calling "
        'its members "cowards" last week.'
    )
    assert speakers(text)[-1] == ("Tom Vale", '"cowards"')


def test_a_span_of_time_is_no_infinitive_subject() -> None:
    text = (
        "Tom Vale spoke at the mill on Monday.\n\n"
        'It will shape the town for years to come, a "turning point" for all of us.'
    )
    assert speakers(text) == [("Tom Vale", '"turning point"')]


def test_the_sentence_subject_keeps_an_embedded_quotation_before_for_to() -> None:
    text = 'Ann Ruiz waited for reporters to leave before calling the plan a "giveaway."'
    assert speakers(text) == [("Ann Ruiz", '"giveaway."')]


# "Puerto" opens place names ("Puerto Rico"), as "San" and "Fort" do: never "she".


def test_a_place_opening_with_puerto_is_no_person() -> None:
    text = (
        "Washington long put Puerto Rico on a pedestal.\n\n"
        "''You will not find this in any state,'' Ms. Ortiz said.\n\n"
        "States spread their finances out. But even today, Puerto Rico runs everything "
        "through one bank. Its job is ''a treasury and a lender at once,'' she said."
    )
    assert speakers(text)[-1] == ("Ms. Ortiz", "''a treasury and a lender at once,''")


def test_a_surname_close_to_puerto_is_still_a_person() -> None:
    text = "''We rebuilt the roof in a month,'' said Tito Puertas, a builder in Ponce."
    assert speakers(text) == [("Tito Puertas", "''We rebuilt the roof in a month,''")]


# A described speaker keeps what goes on describing it to the end of its clause: a place,
# a tie, a participle; not the occasion ("in a statement").


def test_a_described_speaker_keeps_its_place_and_participle() -> None:
    text = '"Enough," said a local man from Dover going by the name Red.'
    assert speakers(text) == [("a local man from Dover going by the name Red", '"Enough,"')]


def test_a_described_speaker_keeps_what_it_is_familiar_with() -> None:
    text = (
        '"It was not a convincing case," said one Democrat familiar with the talks, who '
        'added that the mayor seemed "rattled."'
    )
    assert [who for who, _ in speakers(text)] == ["one Democrat familiar with the talks"] * 2


def test_a_capitalised_modifier_keeps_its_head_noun() -> None:
    text = '"We are staying in," said a spokeswoman for the Vance campaign.'
    assert speakers(text) == [("a spokeswoman for the Vance campaign", '"We are staying in,"')]


def test_the_occasion_of_a_cue_is_no_part_of_the_speaker() -> None:
    text = '"We have no comment," said an aide in a statement.'
    assert speakers(text) == [("an aide", '"We have no comment,"')]


def test_a_day_after_a_named_tie_is_no_part_of_the_speaker() -> None:
    text = '"We are fine," said a spokesman for Tom Vale yesterday.'
    assert speakers(text) == [("a spokesman for Tom Vale", '"We are fine,"')]


# "according to" closing the clause of an embedded quotation names its source, past a
# clause opening the sentence with a cue of its own.


def test_according_to_names_the_source_past_an_opening_clause_cue() -> None:
    text = (
        "The couple is touchy about the trip. After Tom Vale asked about it in an "
        'interview, the couple became "agitated" once the cameras were off, according '
        "to a source at the station."
    )
    assert speakers(text) == [("a source at the station", '"agitated"')]


def test_according_to_closing_the_clause_keeps_the_whole_description() -> None:
    text = (
        'The couple is touchy about the trip. They became "agitated" once the cameras '
        "were off, according to a source at the Dover station."
    )
    assert speakers(text) == [("a source at the Dover station", '"agitated"')]


def test_an_as_clause_cue_still_speaks_the_main_clause() -> None:
    text = 'Ann Ruiz spoke next. As Tom Vale said at the rally, the wall will be "beautiful."'
    assert speakers(text) == [("Tom Vale", '"beautiful."')]


def test_a_quotation_inside_the_opening_clause_keeps_its_cue() -> None:
    text = 'Ann Ruiz spoke next. When Tom Vale said the plan was "dead," the crowd cheered.'
    assert speakers(text) == [("Tom Vale", '"dead,"')]


# A participle of speech after a comma shares its sentence's subject: a possessor's words
# before it are the object judged, not the speaker.


def test_a_participle_of_speech_passes_over_a_possessor_s_words() -> None:
    text = (
        "Tom Vale spoke on Monday.\n\n"
        'Ann Ruiz dismissed Vale\'s remarks, saying they were "absurd."'
    )
    assert speakers(text) == [("Ann Ruiz", '"absurd."')]


def test_a_described_subject_ends_before_its_verb() -> None:
    text = (
        "Tom Vale spoke on Monday.\n\n"
        "One aide inside the mill tried to play down Vale's remarks, saying they were "
        '"no big deal."'
    )
    assert speakers(text) == [("One aide inside the mill", '"no big deal."')]


def test_a_possessor_s_words_without_a_participle_stay_his() -> None:
    text = (
        "Tom Vale spoke on Monday.\n\n"
        'Ann Ruiz dismissed Vale\'s claims that the plan was "absurd" as noise.'
    )
    assert speakers(text) == [("Tom Vale", '"absurd"')]


# Documents of the law speak as reports and letters do: "a lawsuit ... alleging".


def test_a_lawsuit_opening_the_sentence_speaks_its_allegation() -> None:
    text = (
        "Police chiefs spoke on Monday.\n\n"
        "A federal lawsuit was filed in 2012 challenging the program and alleging that "
        'police used faith as a "proxy for crime." The case goes on.'
    )
    assert speakers(text) == [("A federal lawsuit", '"proxy for crime."')]


def test_the_one_who_files_a_lawsuit_speaks_its_allegation() -> None:
    text = (
        "Tom Vale filed a federal lawsuit in 2012, alleging that police used faith as a "
        '"proxy for crime."'
    )
    assert speakers(text) == [("Tom Vale", '"proxy for crime."')]


# A thing's relative clause of speech right before a quotation speaks it: "a headline
# that said,", wherever the thing stands.


def test_a_thing_s_relative_clause_speaks_the_quotation_after_it() -> None:
    text = (
        "Ann Ruiz spoke on Monday.\n\n"
        'Ruiz posted her message under a headline that said, "City Hall Declares War."\n\n'
        'The listing was replaced by a message that said, "Sorry, the item is gone."'
    )
    assert [who for who, _ in speakers(text)] == ["a headline", "a message"]


def test_a_relative_clause_saying_something_else_leaves_the_cue_after_it() -> None:
    text = 'Ann Ruiz pointed to a plan that said nothing new, then said: "We need more."'
    assert speakers(text) == [("Ann Ruiz", '"We need more."')]


def test_only_a_written_thing_s_relative_clause_speaks() -> None:
    text = (
        'Ann Ruiz got a letter from a girl in Ohio that said, "Help my dad."\n\n'
        'Ann Ruiz showed me the poll that said, "Nobody wins."'
    )
    assert [who for who, _ in speakers(text)] == ["Ann Ruiz", "Ann Ruiz"]
