"""Speaker attribution rules of stop 36, from a study of blindnews2 and the PolNeAR even
half: each rule with invented news passages it fixes and look-alikes that must keep
their speaker."""

from __future__ import annotations

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# Two people of one surname: a gendered title ("Ms. Voss") goes to the one the text shows
# to be of its gender (a kin noun beside the name, the first "he" or "she" after it), or
# names a given name the text attaches to the surname ("his wife, Odile,").


def test_ms_goes_to_the_woman_a_kin_noun_names_not_the_man_named_first() -> None:
    text = (
        "Jonas Voss opened the forge in 1990. His daughter, Imke Voss, took it over "
        "last spring.\n\n"
        '"We nearly sold it twice," Mr. Voss said.\n\n'
        '"I would not let him," Ms. Voss said.'
    )
    assert speakers(text) == [
        ("Jonas Voss", '"We nearly sold it twice,"'),
        ("Imke Voss", '"I would not let him,"'),
    ]


def test_mrs_goes_to_a_given_name_set_beside_his_wife() -> None:
    text = (
        "Dr. Bram Farrant has run the clinic for thirty years. He was joined on Friday by "
        "his wife, Odile, who keeps its books.\n\n"
        '"He never takes a day off," Mrs. Farrant said.\n\n'
        '"I took one in 1998," Dr. Farrant said.'
    )
    assert speakers(text) == [
        ("Odile Farrant", '"He never takes a day off,"'),
        ("Bram Farrant", '"I took one in 1998,"'),
    ]


def test_a_couple_named_together_are_told_apart_by_their_titles() -> None:
    text = (
        "Omar and Leila Haddad have sold spices on Dock Street since 2004.\n\n"
        '"The rent doubled," Mr. Haddad said.\n\n'
        '"Tripled," Ms. Haddad said.'
    )
    assert speakers(text) == [
        ("Omar Haddad", '"The rent doubled,"'),
        ("Leila Haddad", '"Tripled,"'),
    ]


def test_the_first_pronoun_after_a_name_gives_its_gender() -> None:
    text = (
        "Noor Brenner, who manages the harbor, said her office had warned the town. "
        "Kai Brenner, who has fished these waters for forty years, sold his boat in May.\n\n"
        '"It was time," Mr. Brenner said.\n\n'
        '"He waited too long," Ms. Brenner said.'
    )
    assert speakers(text) == [
        ("Kai Brenner", '"It was time,"'),
        ("Noor Brenner", '"He waited too long,"'),
    ]


def test_one_person_of_a_surname_keeps_the_name_whatever_the_title() -> None:
    text = 'Dana Ruiz runs the shelter.\n\n"We are full," Ms. Ruiz said.'
    assert speakers(text) == [("Dana Ruiz", '"We are full,"')]


def test_a_given_name_beside_his_wife_without_her_titled_surname_stays_as_written() -> None:
    text = (
        "Bram Farrant has run the clinic for thirty years. He was joined on Friday by "
        'his wife, Odile.\n\n"He never takes a day off," Odile said.'
    )
    assert speakers(text) == [("Odile", '"He never takes a day off,"')]


def test_the_pronoun_after_a_husband_set_beside_her_is_hers() -> None:
    text = (
        "Rachel Berg, a donor from Monsey, said the speeches had left her cold. Along with "
        "her husband, Milton Berg, a banker, she has given to many candidates.\n\n"
        '"I feel bad to say it," she said.'
    )
    assert speakers(text) == [("Rachel Berg", '"I feel bad to say it,"')]


def test_a_middle_name_keeps_the_given_name_the_text_uses() -> None:
    text = (
        "Winona Hale, a chemist, died on Monday. She was 90.\n\n"
        "Winona Grace Hale was born in Ohio. Her mother, Ruth Hale, taught school.\n\n"
        '"Always ask," Ms. Hale said in 2001.'
    )
    assert speakers(text) == [("Winona Hale", '"Always ask,"')]
