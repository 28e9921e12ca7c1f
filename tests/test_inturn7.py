"""Quotations inside transcript turns, seventh round (invented transcripts): quotations
in British single marks, habits of speech after "he" or "she" ("used to tell me",
"he'd ... and say"), the person a turn names in apposition ("my aunt, Ida Brandt,"),
the passive ("I was told"), a description with its name after it, and more ways to
quote the one addressed ("you testified", "you asked me", "heard you tell")."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers

_OPENING = (
    "Nell Ferris: Welcome back to the hearing. Mr. Ostrander, thank you for coming.\n"
    "Pavel Ostrander: Thank you. I am glad to help the panel where I can.\n"
) * 2


def quoted(*turns: str, opening: str = _OPENING) -> list[tuple[str, str, str]]:
    """The segments of ``turns`` after ``opening`` that hold quotation marks or are
    quotes: (speaker, kind, words)."""
    text = opening + "".join(turns)
    return [
        (s.speaker, s.kind, text[s.start : s.end].strip('"\u201c\u201d\u2018\u2019,'))
        for s in split_speakers(text)
        if s.start >= len(opening) and s.kind == "quote"
    ]


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # British single marks, double ones nested inside, apostrophes left alone
        (
            (
                "Nell Ferris: Mr Lyle Dunmore wrote to the panel. He wrote, \u2018Let\u2019s "
                "keep the \u201cquiet\u201d ward open.\u2019 Do you agree?\n",
                "Pavel Ostrander: I do. It is a \u2018quiet\u2019 ward in name only.\n",
            ),
            [("Mr Lyle Dunmore", "quote", "Let\u2019s keep the \u201cquiet\u201d ward open.")],
        ),
        # a habit after "she", for the person named in apposition before it
        (
            (
                "Pavel Ostrander: My aunt, Ida Brandt, kept the ledger for thirty years. "
                'She used to tell me, "Count it twice." I still do.\n',
            ),
            [("Ida Brandt", "quote", "Count it twice.")],
        ),
        (
            (
                "Pavel Ostrander: My grandfather, Otto Renner, ran the mill. He wiped his "
                'hands on his apron and said, "Slow is smooth." It stuck.\n',
            ),
            [("Otto Renner", "quote", "Slow is smooth.")],
        ),
        # a title before a name makes a mention; a place is no one who speaks
        (
            (
                "Nell Ferris: I spoke with Chief Varga of Elm Hollow last night. She paused "
                'for a while. She said, "We need the pumps." That is all.\n',
            ),
            [("Chief Varga", "quote", "We need the pumps.")],
        ),
        # the description before a name is not who speaks; the name is
        (
            (
                "Pavel Ostrander: The review chair, Dr. Miriam Toll, who runs the lab, wrote "
                'in her summary, "The samples were sound." That was the finding.\n',
            ),
            [("Miriam Toll", "quote", "The samples were sound.")],
        ),
    ],
)
def test_named_quotations_are_cut_out(turns, expected):
    assert quoted(*turns) == expected


@pytest.mark.parametrize(
    "turns",
    [
        # the passive names no one who told her
        ('Nell Ferris: According to her letter, she was told, "Call back on Monday." Did she?\n',),
        # a predicate or a comparison is no new person for "she"
        (
            "Pavel Ostrander: Ida was like a general in that office. She would say, "
            '"Nobody leaves early." And nobody did.\n',
        ),
    ],
)
def test_no_wrong_speaker(turns):
    assert all(speaker != "a general" for speaker, _, _ in quoted(*turns))
    assert all(speaker in ("Ida", "Ida Brandt") for speaker, _, _ in quoted(*turns))


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (
                'Nell Ferris: Last spring you testified, "I never saw the memo." Is that '
                "still your answer?\n",
                "Pavel Ostrander: It is.\n",
            ),
            "Pavel Ostrander",
        ),
        (
            (
                'Pavel Ostrander: When we first met, you asked me, "Why this panel?" I '
                "remember it.\n",
                "Nell Ferris: I do too.\n",
            ),
            "Nell Ferris",
        ),
        (
            (
                'Nell Ferris: Staff heard you tell the crew, "Stop the line." Why?\n',
                "Pavel Ostrander: Because it was unsafe.\n",
            ),
            "Pavel Ostrander",
        ),
    ],
)
def test_you_is_the_one_addressed(turns, expected):
    assert [(s, k) for s, k, _ in quoted(*turns)] == [(expected, "quote")]
