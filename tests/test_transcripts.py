"""Labelled transcripts in every label style the README promises."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers


def turns(text: str) -> list[tuple[str, str]]:
    """(speaker, speech) of every non-narration segment."""
    out = []
    for s in split_speakers(text):
        if s.kind != "narration":
            out.append((s.speaker, text[s.start + s.head : s.end]))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee: We hold.\nBo Chen: We fold?\nAnn Lee: Never.\n",
        "ANN LEE: We hold.\nBO CHEN: We fold?\nANN LEE: Never.\n",
        "[Ann Lee] We hold.\n[Bo Chen] We fold?\n[Ann Lee] Never.\n",
        "**Ann Lee:** We hold.\n\n**Bo Chen:** We fold?\n\n**Ann Lee:** Never.\n",
        "[00:01:02] Ann Lee: We hold.\n00:01:09 Bo Chen: We fold?\n(00:02) Ann Lee: Never.\n",
    ],
    ids=["name", "capitals", "brackets", "markdown", "timestamps"],
)
def test_label_styles(text: str) -> None:
    found = turns(text)
    assert [speech for _, speech in found] == ["We hold.", "We fold?", "Never."]
    first, second, third = (speaker for speaker, _ in found)
    assert first == third != second
    assert {first.lower(), second.lower()} == {"ann lee", "bo chen"}


def test_titles_and_congressional_style() -> None:
    text = (
        "SEN. OKAFOR: The committee will come to order.\n"
        "Mr. SMITH. I thank the chair.\n"
        "SEN. OKAFOR: Proceed.\n"
        "Mr. SMITH. We will not yield.\n"
    )
    assert [s for s, _ in turns(text)] == ["SEN. OKAFOR", "Mr. SMITH", "SEN. OKAFOR", "Mr. SMITH"]


def test_one_person_one_name_across_label_forms() -> None:
    text = (
        "Lester Holt: Good evening.\n\nDonald J Trump: Thank you.\n\n"
        "HOLT: First question.\n\nTRUMP: Great.\n"
    )
    assert [s for s, _ in turns(text)] == [
        "Lester Holt",
        "Donald J Trump",
        "Lester Holt",
        "Donald J Trump",
    ]


def test_q_and_a_take_the_names_the_introduction_gives() -> None:
    text = (
        "An interview with Dolores Vance, conducted by Sam Ortiz.\n\n"
        "Q: Will you run?\n\nA: Yes.\n\nQ: When?\n\nA: Soon.\n"
    )
    assert [s for s, _ in turns(text)] == [
        "Sam Ortiz",
        "Dolores Vance",
        "Sam Ortiz",
        "Dolores Vance",
    ]


def test_q_and_a_stay_when_nobody_is_named() -> None:
    text = "Published by Henry Holt.\n\nQ: Will you run?\n\nA: Yes.\n\nQ: When?\n\nA: Soon.\n"
    assert [s for s, _ in turns(text)] == ["Q", "A", "Q", "A"]


def test_unlabelled_paragraphs_continue_and_roles_are_labels() -> None:
    text = (
        "Announcer offscreen: Live from the hall.\n\n"
        "Jim Lehrer: Good evening.\n\nWelcome to the debate.\n\n"
        "Al Gore: Thank you, Jim.\n"
    )
    found = turns(text)
    assert [s for s, _ in found] == ["Announcer offscreen", "Jim Lehrer", "Al Gore"]
    assert found[1][1] == "Good evening.\n\nWelcome to the debate."


def test_stage_directions_are_neither_speakers_nor_speech() -> None:
    text = (
        "Jim Lehrer: Good evening. (APPLAUSE) Let us begin.\n"
        "[CROSSTALK]\n"
        "Al Gore: I [inaudible] agree.\n"
        "Jim Lehrer: Thank you.\n"
    )
    segments = split_speakers(text)
    stage = [text[s.start : s.end] for s in segments if s.cue == "stage direction"]
    assert stage == ["(APPLAUSE)", "[CROSSTALK]", "[inaudible]"]
    assert all(
        s.speaker == "narrator" and s.head == s.end - s.start
        for s in segments
        if s.cue == "stage direction"
    )
    assert [s for s, _ in turns(text)] == [
        "Jim Lehrer",
        "Jim Lehrer",
        "Al Gore",
        "Al Gore",
        "Jim Lehrer",
    ]


def test_a_quotation_inside_a_turn_goes_to_the_one_quoted() -> None:
    text = (
        "Ann Lee: As Winston Churchill said, \u201cWe shall never surrender.\u201d So we stay.\n"
        "Bo Chen: I said \u201cno\u201d and I meant it.\n"
        "Ann Lee: Good.\n"
    )
    assert turns(text) == [
        ("Ann Lee", "As Winston Churchill said,"),
        ("Winston Churchill", "\u201cWe shall never surrender.\u201d"),
        ("Ann Lee", "So we stay."),
        ("Bo Chen", "I said \u201cno\u201d and I meant it."),
        ("Ann Lee", "Good."),
    ]


_DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget.\n"
    "Ruth Vale: President Vale will answer that. I have balanced four budgets already.\n"
)


def quoted(text: str) -> list[tuple[str, str]]:
    return [(s, words) for s, words in turns(text) if words.startswith('"')]


@pytest.mark.parametrize(
    "turn, speaker",
    [
        # a vocative before "you said" names the one quoted
        (
            'Mara Quist: Governor Okafor, in May you said, quote, "I will never raise taxes." '
            "Do you stand by that?\n",
            "Tom Okafor",
        ),
        # "Mr. President" is the one participant the document calls President
        (
            'Mara Quist: Mr. President, last year you said, and I quote. "We will not retreat." '
            "Is that still so?\n",
            "Ruth Vale",
        ),
        # between the two who speak most, "you" is the other
        ('Tom Okafor: You said, "Deficits do not matter." They do.\n', "Ruth Vale"),
        # "my opponent" of one of the two main speakers is the other
        (
            'Tom Okafor: The way my opponent talks, he said, "Deficits do not matter."\n',
            "Ruth Vale",
        ),
        # one person, one name: a participant quoted by title and surname
        (
            'Mara Quist: Governor Okafor said, "I will never raise taxes." Senator Vale?\n',
            "Tom Okafor",
        ),
        # "the president" is the participant called President
        ('Tom Okafor: The president said, "Deficits do not matter." They do.\n', "Ruth Vale"),
    ],
)
def test_a_participant_quoted_in_the_second_person_or_by_office(turn: str, speaker: str) -> None:
    text = _DEBATE * 3 + turn
    assert quoted(text)[-1][0] == speaker


def test_review_cases_of_who_is_quoted_in_a_turn() -> None:
    base = _DEBATE * 3
    # thanking the moderator addresses no one: "you" is the other debater
    text = base + 'Tom Okafor: Thank you, Mara. You said, "Deficits do not matter." No.\n'
    assert quoted(text)[-1][0] == "Ruth Vale"
    # an explicit speaker wins over "my opponent's"
    text = base + 'Tom Okafor: My opponent\'s adviser, Dan Perkins, said, "We will win." No.\n'
    assert quoted(text)[-1][0] == "Dan Perkins"
    # labels in capitals: the office is still found in the text
    caps = base.replace("Tom Okafor:", "TOM OKAFOR:").replace("Ruth Vale:", "RUTH VALE:")
    text = caps + 'TOM OKAFOR: The president said, "Deficits do not matter." They do.\n'
    assert quoted(text)[-1][0] == "RUTH VALE"


@pytest.mark.parametrize(
    "turn",
    [
        'Tom Okafor: If you say, "Deficits do not matter," you are wrong.\n',
        'Mara Quist: Would you say, "We have lost"?\n',
        'Tom Okafor: Then you say to yourself, "I can do better."\n',
    ],
)
def test_a_generic_you_stays_in_the_turn(turn: str) -> None:
    assert quoted(_DEBATE * 3 + turn) == []


@pytest.mark.parametrize(
    "turn",
    [
        # a common word opening a sentence is no one ("quote" is lower case elsewhere)
        'Mara Quist: I will read the quote from the law. Quote: "No person shall serve." '
        "Your view?\n",
        # a description with no person or body at its head is no one
        'Tom Okafor: My opponent at one time said, "Deficits do not matter." They do.\n',
    ],
)
def test_no_speaker_is_made_of_words_that_name_no_one(turn: str) -> None:
    speakers = {s for s, _ in quoted(_DEBATE * 3 + turn)}
    assert not speakers & {"Quote", "one time"}


@pytest.mark.parametrize(
    "intro",
    [
        "Interview with Dolores Vance, by Sam Ortiz.\n\n",
        "Interviewer: Sam Ortiz\nInterviewee: Dolores Vance\n\n",
    ],
    ids=["byline", "header-lines"],
)
def test_q_and_a_named_by_a_byline_or_header_lines(intro: str) -> None:
    text = intro + "Q: Will you run?\n\nA: Yes.\n"
    assert turns(text) == [("Sam Ortiz", "Will you run?"), ("Dolores Vance", "Yes.")]


def test_an_introduced_name_merges_with_its_surname_label() -> None:
    text = (
        "An interview with Dolores Vance, conducted by Sam Ortiz.\n\n"
        "ORTIZ: Will you run?\n\nVANCE: Yes.\n\nQ: When?\n\nA: Soon.\n"
    )
    assert [s for s, _ in turns(text)] == ["Sam Ortiz", "Dolores Vance"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Will you resign?\n\nA: Never.\n", [("Q", "Will you resign?"), ("A", "Never.")]),
        ("HOLT: Welcome.\n\nTRUMP: Thank you.\n", [("HOLT", "Welcome."), ("TRUMP", "Thank you.")]),
        (
            "PRESIDENT BIDEN: My fellow Americans.\n\n(APPLAUSE)\n\nPRESIDENT BIDEN: We prevail.\n",
            [("PRESIDENT BIDEN", "My fellow Americans."), ("PRESIDENT BIDEN", "We prevail.")],
        ),
        (
            "Jane Doe: Will you resign?\nJohn Roe: Never.\n",
            [("Jane Doe", "Will you resign?"), ("John Roe", "Never.")],
        ),
        (
            "Speaker 1 (00:01): Will you resign?\n\nSpeaker 2 (00:05): Never.\n",
            [("Speaker 1", "Will you resign?"), ("Speaker 2", "Never.")],
        ),
        (
            "Speaker 1 (00:01):\nWill you resign?\n\nSpeaker 2 (00:05):\nNever.\n",
            [("Speaker 1", "Will you resign?"), ("Speaker 2", "Never.")],
        ),
        (
            "[00:00:01] Jane Doe: Will you resign?\n[00:00:05] John Roe: Never.\n",
            [("Jane Doe", "Will you resign?"), ("John Roe", "Never.")],
        ),
    ],
    ids=[
        "q-and-a",
        "two-capital-labels",
        "one-speaker-speech",
        "every-line-a-turn",
        "rev-inline",
        "rev-lone",
        "timestamped",
    ],
)
def test_short_transcripts(text: str, expected: list[tuple[str, str]]) -> None:
    assert turns(text) == expected


def test_news_paragraphs_with_colons_are_not_turns() -> None:
    for text in (
        "Washington: The senator said no.\n\nNote: This story was updated.\n",
        "UPDATE: The senator said no.\n\nEDITOR'S NOTE: This story was updated.\n",
        # two labelled lines after a lede, or a headline label over its story
        "The vote was close.\nJane Doe: Will you resign?\nJohn Roe: Never.\n",
        "Washington: The talks stalled.\nLondon: Ministers said no.\n",
        "Pros: It is cheap.\nCons: It is slow.\n",
        "Poll: Three Senate races are tight;\nCandidates locked in competition.\n\n"
        "The races are close, a poll shows.\n\nAnalysis: Voters are undecided.\n",
    ):
        assert {s.speaker for s in split_speakers(text)} == {"narrator"}


def test_a_stage_direction_before_a_label() -> None:
    text = "HOLT: Welcome.\n\n[Applause] TRUMP: Hi.\n\nHOLT: Go on.\n"
    assert turns(text) == [("HOLT", "Welcome."), ("TRUMP", "Hi."), ("HOLT", "Go on.")]
    directions = [s for s in split_speakers(text) if s.cue == "stage direction"]
    assert [text[s.start : s.end] for s in directions] == ["[Applause]"]


def test_presiding_officers_of_the_congressional_record() -> None:
    text = (
        "The SPEAKER. The House will come to order.\n\nMr. SMITH. I rise today.\n\n"
        "The SPEAKER pro tempore. The gentleman yields.\n"
    )
    assert [s for s, _ in turns(text)] == ["The SPEAKER", "Mr. SMITH", "The SPEAKER pro tempore"]


def test_stage_directions_in_markdown_emphasis_leave_no_stray_marks() -> None:
    text = (
        "**Anna Schmidt:** We will not give up.\n\n*[Applause]*\n\n"
        "**Tom Berg:** Thank you. _(laughs)_ We agree.\n\n"
        "**Anna Schmidt:** Good. **[crosstalk]** Then let us vote.\n"
    )
    segments = split_speakers(text)
    directions = [text[s.start : s.end] for s in segments if s.cue == "stage direction"]
    assert directions == ["*[Applause]*", "_(laughs)_", "**[crosstalk]**"]
    turns = [text[s.start : s.end] for s in segments if s.kind == "turn"]
    assert all(t.strip("*_ ") == t.strip() for t in turns if not t.startswith("**"))
    assert "We agree." in turns and "Then let us vote." in turns


def test_labels_with_a_timestamp_after_the_name_and_numbered_speakers() -> None:
    text = (
        "HOLT (00:00:01): Good evening from Hofstra.\n\n"
        "TRUMP (00:12:30): No, no. Believe me, we will win.\n\n[CROSSTALK]\n\n"
        "CLINTON (00:12:41): We will see.\n\nSpeaker 2: I have a question.\n"
    )
    turns = [(s.speaker, s.cue) for s in split_speakers(text) if s.kind == "turn"]
    assert [speaker for speaker, _ in turns] == ["HOLT", "TRUMP", "CLINTON", "Speaker 2"]
    assert turns[1][1] == "TRUMP (00:12:30):"


def test_section_labels_of_a_news_article_make_no_transcript() -> None:
    text = (
        "Berlin talks stall\n\nBERLIN: The chancellor met union leaders on Monday.\n\n"
        '"We will not give in," said Chancellor Eva Braun.\n\n'
        "Background: The dispute began in May.\n\nAnalysis: Experts say the talks may fail.\n\n"
        '"It is over," said Tom Berg.\n'
    )
    segments = split_speakers(text)
    assert not [s for s in segments if s.kind == "turn"]
    assert [s.speaker for s in segments if s.kind == "quote"] == ["Eva Braun", "Tom Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaker 1 (00:01):\nWe hold.\n\nSpeaker 2 (00:05):\nWe fold?\n\n"
        "Speaker 1 (00:09):\nNever.\n",
        "JANE DOE (00:12:30):\nWe hold.\nJOHN ROE (00:12:41):\nWe fold?\n",
        "Jane Doe:\nWe hold.\nJohn Roe:\nWe fold?\nJane Doe:\nNever.\n",
    ],
    ids=["rev-numbered", "capitals-timestamp", "full-name"],
)
def test_a_label_alone_on_its_line_opens_the_turn_below(text: str) -> None:
    found = turns(text)
    assert [speech for _, speech in found] == ["We hold.", "We fold?", "Never."][: len(found)]
    assert len(found) >= 2 and found[0][0] != found[1][0]


def test_a_lone_label_takes_every_line_up_to_the_next_label() -> None:
    text = (
        "Speaker 1 (00:01):\nFirst line.\nSecond line.\n\nSpeaker 2 (00:05):\nReply.\n\n"
        "Speaker 1 (00:09):\nEnd.\n"
    )
    first = next(s for s in split_speakers(text) if s.kind == "turn")
    assert text[first.start + first.head : first.end] == "First line.\nSecond line."
    assert first.cue == "Speaker 1 (00:01):"


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN:\nThe chancellor met union leaders.\n\nBackground:\nThe dispute began in May.\n\n"
        '"We will not give in," said Chancellor Eva Braun.\n',
        "BERLIN:\nThe chancellor met union leaders.\n\nPARIS:\nThe president met them too.\n",
        "Key Dates:\nMay: talks open.\nJune: talks close.\n",
    ],
    ids=["dateline-and-section", "two-datelines", "heading-over-a-list"],
)
def test_lone_datelines_and_section_labels_make_no_transcript(text: str) -> None:
    assert not [s for s in split_speakers(text) if s.kind == "turn"]
