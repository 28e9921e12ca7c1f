"""Speaker attribution in narrated news: named people and bodies as speakers (invented
texts, one group per rule)."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers


def quotes(text: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, quoted text) of each quotation in ``text``."""
    return [
        (s.speaker, s.kind, text[s.start : s.end])
        for s in split_speakers(text)
        if s.kind == "quote"
    ]


def speaker_of(text: str, quoted: str) -> str:
    """The speaker of the one quotation holding ``quoted``, checked to be a quote."""
    found = [(who, kind) for who, kind, words in quotes(text) if quoted in words]
    assert len(found) == 1, quotes(text)
    assert found[0][1] == "quote"
    return found[0][0]


# 1. A described speaker whose words may hold "&": "one P&G plant employee told".


def test_ampersand_in_a_described_speaker() -> None:
    text = (
        "Tomas Ruiz had worked at the plant since 2001. \u201cWe are stunned, Tomas was a "
        "friend,\u201d one B&K Lyon employee told a radio station."
    )
    assert speaker_of(text, "stunned") == "one B&K Lyon employee"


# 2. A relative clause without commas between a subject and its speech verb.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "There is no overlap with Dunmore's team, but a White House official who spoke "
            'anonymously to discuss strategy said Wednesday, "Certainly there are talks."',
            "a White House official",
        ),
        (
            "Gov. Ray Dunmore toured the plant. An engineer who asked not to be named "
            'told me: "The line never stops."',
            "An engineer",
        ),
    ],
)
def test_relative_clause_before_the_verb(text: str, speaker: str) -> None:
    assert [who for who, _, _ in quotes(text)] == [speaker]


# 3. After a quotation ending in "?" or "!", a cue that reports a clause of its own or
# runs on into the next quotation opens a new sentence: the cue before speaks.


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Rita Voss forwarded the photo to Carla Mendes.\n\nMendes responds to Voss with, "
            '"Why now? That was on my way to Lima?" Voss then writes back, "You look great."',
            "Carla Mendes",
            "Rita Voss",
        ),
        (
            "After Nora Kell fell ill, Gil Brandt emailed her, telling her, \u201cyou are a "
            "star and we need you!\u201d Ms. Kell replied to him that it was an \u201choner to "
            "serve.\u201d",
            "Gil Brandt",
            "Nora Kell",
        ),
    ],
)
def test_cue_after_question_opens_a_new_sentence(text: str, first: str, second: str) -> None:
    assert [who for who, _, _ in quotes(text)] == [first, second]


def test_cue_after_question_still_closes_it() -> None:
    text = 'Lee met the voters. "Why not?" Lee asked. "We can win."'
    assert [who for who, _, _ in quotes(text)] == ["Lee", "Lee"]


# 4. The plain form of a speech verb, after a modal or a plural subject.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Lena Ostrova defended the plan. If you object, the Daily Ledger will accuse "
            'you of staging a "meltdown."',
            "Daily Ledger",
        ),
        (
            "Mayor Lena Ostrova defended the plan. Economists at Harlow University argue that "
            'it would be "a costly mistake."',
            "Economists at Harlow University",
        ),
    ],
)
def test_plain_form_of_a_speech_verb(text: str, speaker: str) -> None:
    assert [(who, kind) for who, kind, _ in quotes(text)] == [(speaker, "quote")]


def test_plain_form_no_noun() -> None:
    # "note" and "claim" are nouns as often as verbs: no speaker "a rare"
    text = (
        "Sen. Ada Lee thanked them. She sounded a rare note of doubt, saying, "
        '"I may not deserve it."'
    )
    assert [who for who, _, _ in quotes(text)] == ["Ada Lee"]


# 5. A quotation its paragraph leaves open, signed by the short line that closes it.


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        ("Ada Moreno, Institute for Fiscal Studies.", "Ada Moreno"),
        ("Democratic Party committee member.", "Democratic Party committee member"),
    ],
)
def test_signature_line_closing_an_open_quotation(signature: str, speaker: str) -> None:
    text = (
        "Sen. Tom Hale said the budget was sound.\n\n"
        '"We may see a return of the old austerity as the party tries to look prudent.\n'
        f'{signature}"\n\nThe debate goes on.'
    )
    assert [(who, kind) for who, kind, _ in quotes(text)] == [(speaker, "quote")]


# 6. An outlet named with what it is speaks: "Time magazine wrote".


@pytest.mark.parametrize(
    "text",
    [
        'Gov. Lena Ostrova spoke first. "In the case of Wyoming, it is fine," Meridian '
        "magazine wrote.",
        'Gov. Lena Ostrova spoke first. "In the case of Wyoming, it is fine," wrote Meridian '
        "magazine.",
    ],
)
def test_outlet_with_its_kind(text: str) -> None:
    assert [(who, kind) for who, kind, _ in quotes(text)] == [("Meridian magazine", "quote")]


# 7. A text and the outlet that published it: "a headline from X:", "a report by X that".


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gov. Lena Ostrova won the state.\n\nAnd consider this new headline from the "
            "Harbor Courier, which stings her allies: \u201cCrime surge alters routines.\u201d",
            "Harbor Courier",
        ),
        (
            "Gov. Lena Ostrova denied it. On Friday, it was a report by Capitol Wire that she "
            '"invented" the story of the award.',
            "Capitol Wire",
        ),
    ],
)
def test_published_by_an_outlet(text: str, speaker: str) -> None:
    assert [(who, kind) for who, kind, _ in quotes(text)] == [(speaker, "quote")]


def test_published_column_keeps_its_writer() -> None:
    text = (
        "Former aide Jon Pardo published a column in The Daily Planet, entitled, "
        "\u201cWhy this race matters more than the last one.\u201d"
    )
    assert [who for who, _, _ in quotes(text)] == ["Jon Pardo"]


# 8. A described speaker ends at a whole word: "the recently released staff memo", never
# "the recently release".


def test_described_speaker_ends_at_a_whole_word() -> None:
    text = (
        "Gov. Tom Hale runs a school. According to the recently released staff memo, new "
        'hires were told, "You sell feelings."'
    )
    assert [(who, kind) for who, kind, _ in quotes(text)] == [
        ("the recently released staff memo", "quote")
    ]
