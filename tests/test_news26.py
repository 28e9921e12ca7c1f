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
