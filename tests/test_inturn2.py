"""Quotations inside transcript turns: forms of address, uncued names, "he" for an office."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers

_DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget.\n"
    "Ruth Vale: President Vale will answer that. I have balanced four budgets already.\n"
) * 3


def quoted(turn: str) -> list[str]:
    """The speakers of the quote segments cut out of ``turn`` after the debate opening."""
    text = _DEBATE + turn
    return [s.speaker for s in split_speakers(text) if s.kind == "quote"]


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        # the one addressed is no speaker: the one named after the address is
        (
            "Mara Quist: Governor Okafor, Senator Dan Perkins, on his tour in your behalf, "
            'is saying, and I quote: "We will win." Do you agree?\n',
            ["Dan Perkins"],
        ),
        # an address inside a sentence, before the speaker's own words
        (
            'Ruth Vale: No, Governor Okafor, my plan is that we then say, "Join us." Thank you.\n',
            [],
        ),
        # an address right before the quotation
        ('Mara Quist: Governor Okafor, "wrong and reckless" policies?\n', []),
        # a name opening the sentence with a first-person aside stays its subject
        (
            "Tom Okafor: President Vale, I believe, cares, but when she tells a student, "
            'you know, "Borrow the money," she is wrong.\n',
            ["Ruth Vale"],
        ),
    ],
)
def test_a_form_of_address_is_no_speaker(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


@pytest.mark.parametrize(
    "turn",
    [
        # no speech cue: a name in the sentence quotes nothing
        'Tom Okafor: When I met with President Karzai, I was very clear that, "You must '
        'do better." We agreed.\n',
        'Tom Okafor: Windows smashed out, Broken Promises painted on one of them, "Despair." '
        "That is the record.\n",
        # a cue with "they", after a person named in another sentence
        'Tom Okafor: Groucho Marx was funny. They went to him and said, "Leave." He stayed.\n',
    ],
)
def test_a_name_without_a_speech_cue_quotes_no_one(turn: str) -> None:
    assert quoted(turn) == []


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        # "he" after "the president": the participant the document calls President
        (
            "Tom Okafor: They asked the president what she thought. She said, "
            '"There were fine people on both sides." No one says that.\n',
            ["Ruth Vale"],
        ),
        # ... not when someone else is named in between
        (
            "Tom Okafor: The president met with Kofi Annan in May. He said, "
            '"We go alone." No one says that.\n',
            ["Kofi Annan"],
        ),
        # ... nor when the pronoun disagrees with the participant's gender
        (
            'Tom Okafor: The president was asked about it. He said, "Fine." No one says that.\n',
            [],
        ),
    ],
)
def test_a_pronoun_for_a_participant_named_by_office(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        # "they" is no one known to be a he or a she
        (
            'Tom Okafor: Mr. Dan Perkins was wrong. They went to him and said, "Leave." '
            "He stayed.\n",
            [],
        ),
        # "my opponent ... he said" is the other main speaker, whoever was named before
        (
            "Tom Okafor: We funded Pell Grants. The way my opponent talks, he said, "
            '"We will spend it." No.\n',
            ["Ruth Vale"],
        ),
        # an office named after the person the attribution found is the one "she" is
        (
            "Tom Okafor: Dan Perkins was a threat. Then the president promised them. She "
            'went to Ohio and she gave a speech in which she said, "We go slowly." '
            "She did not.\n",
            ["Ruth Vale"],
        ),
        # "you talked about quote" quotes the one addressed, not a name in the sentence
        (
            "Mara Quist: In the report from the Okafor - Dan Perkins task force, you talked "
            'about quote "new policing". What does it mean?\n',
            [],
        ),
    ],
)
def test_a_pronoun_cue_is_read_in_the_transcript(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


def test_one_word_labels_have_offices() -> None:
    debate = _DEBATE.replace("Mara Quist:", "QUIST:").replace("Tom Okafor:", "OKAFOR:")
    text = debate.replace("Ruth Vale:", "VALE:") + 'OKAFOR: The president said, "Deficits rise."\n'
    assert [s.speaker for s in split_speakers(text) if s.kind == "quote"] == ["VALE"]


@pytest.mark.parametrize(
    ("quoted_as", "speaker"),
    [("Secretary Vale", "Hillary Vale"), ("President Vale", "President Vale")],
)
def test_an_office_the_participant_does_not_hold_is_someone_else(
    quoted_as: str, speaker: str
) -> None:
    debate = (
        "Mara Quist: Secretary Vale first, then Governor Okafor.\n"
        "Tom Okafor: Thank you. I will cut taxes.\n"
        "Hillary Vale: Thank you. As Secretary Vale, I balanced budgets.\n"
    ) * 3
    text = debate + f'Tom Okafor: {quoted_as} said, "It was fine." I disagree.\n'
    assert [s.speaker for s in split_speakers(text) if s.kind == "quote"] == [speaker]


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        # a relative clause describes the subject: no form of address
        (
            'Ruth Vale: Last year, Governor Okafor, who I respect, said, "We will cut it."\n',
            ["Tom Okafor"],
        ),
        # another body's president is no participant: "he" is that president
        (
            "Ruth Vale: I met the president of the union there. He said, "
            '"We cannot take four more years of this."\n',
            ["the president of the union"],
        ),
        # a quotation blanked before a quoting word leaves no sentence start: no crash
        (
            'Ruth Vale: "Read my lips." George Bush used the words "no new taxes."\n',
            ["George Bush"],
        ),
    ],
)
def test_review_cases_of_quotes_inside_turns(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers
