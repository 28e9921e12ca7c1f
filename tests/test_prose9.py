"""Narrated prose, round 9: quotations in single curly marks (British style, American
headlines) told apart from apostrophes. Invented texts; each rule has a case it
applies to and, where it could overreach, one it must leave alone."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope import split_speakers
from rhetoscope.speakers.quotes import _MARK, double_quoted, find_quotes
from rhetoscope.speakers.transcript.quotations import _QUOTE_MARK


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation segment in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


def spans(text: str) -> list[tuple[str, str]]:
    """(kind, quoted text) of each quotation ``find_quotes`` finds."""
    return [(q.kind, text[q.start : q.end]) for q in find_quotes(text)]


# Single curly marks are quotation marks where they open and close words.


def test_a_british_article_quotes_in_single_marks() -> None:
    text = (
        "Margaret Hale, the council leader, defended the plan on Tuesday.\n\n"
        "‘We don’t take this lightly,’ said Ms Hale. ‘The money has to come from somewhere.’"
    )
    assert quotes(text) == [
        ("Margaret Hale", "‘We don’t take this lightly,’"),
        ("Margaret Hale", "‘The money has to come from somewhere.’"),
    ]


def test_an_american_headline_quotes_in_single_marks() -> None:
    text = "Okafor: ‘We Will Not Back Down on the Budget.’\n\nThe senator spoke on Monday."
    assert quotes(text) == [("Okafor", "‘We Will Not Back Down on the Budget.’")]


def test_apostrophes_open_and_close_no_quotation() -> None:
    text = (
        "He’s been at it since the ’90s, and the players’ union says rock ’n’ roll is ‘em "
        "all, back in ‘08. Jones’ dog and Donald Trump‘s plane."
    )
    assert spans(text) == []


def test_apostrophes_inside_a_single_quotation_do_not_close_it() -> None:
    text = "‘Rock ’n’ roll is back, and we’ll wait ’til the ’90s,’ said Tice."
    assert spans(text) == [("single", text[: text.index(" said")])]


def test_an_opening_mark_with_nothing_to_close_it_is_an_apostrophe() -> None:
    # '‘Stickerboy’s' stands for an apostrophe: no closing mark in its paragraph, so the
    # double quotation after it is still found.
    text = "A man dubbed ‘Stickerboy danced, and “I was there,” said Lena Ortiz."
    assert spans(text) == [("double", "“I was there,”")]


def test_a_plural_possessive_closes_only_when_nothing_else_does() -> None:
    text = "‘The Joneses’ lawyer called twice,’ she said. ‘I love you guys’ he shouted."
    assert spans(text) == [
        ("single", "‘The Joneses’ lawyer called twice,’"),
        ("single", "‘I love you guys’"),
    ]


def test_a_closing_mark_typed_as_an_opening_one_closes() -> None:
    text = "The banner read ‘never again‘, and the crowd cheered."
    assert spans(text) == [("single", "‘never again‘")]


# Nesting: the first kind of mark is the outer quotation, the other kind nests in it.


def test_single_marks_inside_double_ones_stay_nested() -> None:
    text = "“He told me, ‘go home,’ and then he left,” said Ana Ruiz."
    assert spans(text) == [("double", "“He told me, ‘go home,’ and then he left,”")]
    assert quotes(text) == [("Ana Ruiz", "“He told me, ‘go home,’ and then he left,”")]


def test_double_marks_inside_single_ones_stay_nested() -> None:
    text = "‘He told me “go home” and left,’ said Ana Ruiz."
    assert spans(text) == [("single", "‘He told me “go home” and left,’")]
    assert quotes(text) == [("Ana Ruiz", "‘He told me “go home” and left,’")]


def test_a_single_quotation_runs_over_paragraphs() -> None:
    text = "‘It was the first part.\n\n‘And this is the second,’ said Ann Lee."
    found = find_quotes(text)
    assert [(text[q.start : q.end], q.continued, q.closed) for q in found] == [
        ("‘It was the first part.", False, False),
        ("‘And this is the second,’", True, True),
    ]


def test_double_quoted_swaps_the_marks_of_single_quotations_only() -> None:
    text = "‘He said “no” to me,’ she said. “It’s ‘fine’,” he said. Jones’ dog."
    assert double_quoted(text) == (
        "“He said ‘no’ to me,” she said. “It’s ‘fine’,” he said. Jones’ dog."
    )
    plain = "“No,” he said. It’s fine."
    assert double_quoted(plain) is plain


# Properties: any mix of apostrophes and curly marks splits, in linear time.

_pieces = st.sampled_from(
    [
        "\u2018",
        "\u2019",
        "\u201c",
        "\u201d",
        '"',
        " ",
        "\n",
        "\n\n",
        "s",
        "don\u2019t",
        "\u201990s",
        "Jones\u2019 ",
        "\u2018em",
        " \u2019n\u2019 ",
        "he said",
        "Ann Lee",
        ", ",
        ". ",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=60).map("".join))
def test_single_marks_never_break_the_partition(text: str) -> None:
    segments = split_speakers(text)
    previous_end = 0
    covered: set[int] = set()
    for seg in segments:
        assert previous_end <= seg.start < seg.end <= len(text)
        covered.update(range(seg.start, seg.end))
        previous_end = seg.end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=60).map("".join))
def test_single_quotations_are_ordered_and_keep_offsets(text: str) -> None:
    found = find_quotes(text)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(text[q.start] == "\u2018" for q in found if q.kind == "single")
    swapped = double_quoted(text, found)
    assert len(swapped) == len(text)
    assert all(
        a == b or {a, b} <= set("\u2018\u2019\u201c\u201d\u201e\u201a\"'")
        for a, b in zip(text, swapped, strict=True)
    )


def test_stray_single_marks_take_linear_time() -> None:
    """Openings without a close, apostrophes, pairs, and possessives that each close
    a quotation one of the next opening marks cuts off."""
    for text in (
        "\u2018" * 100_000 + "\u2019" * 100_000,
        "a \u2018b " * 50_000,
        "\u2018x\u2019s " * 50_000,
        "a \u2018b\u2019 " * 20_000,
    ):
        assert isinstance(find_quotes(text), list)
        split_speakers(text)
    assert len(find_quotes("the Joneses\u2019 dog \u2018a " * 50_000 + "b\u2019.")) == 50_000


# A quotation nested in another is the words of the person a cue inside it names.


def test_a_named_cue_inside_a_quotation_gives_the_nested_words_to_that_person() -> None:
    text = (
        "Her editor, Arthur Fenn, died in 2019.\n\n"
        "“Arthur used to say, ‘Odile, the book does not care how you feel.’ So I wrote "
        "the book,” Marchetti said."
    )
    assert quotes(text) == [
        ("Marchetti", "“Arthur used to say,"),
        ("Arthur Fenn", "‘Odile, the book does not care how you feel.’"),
        ("Marchetti", "So I wrote the book,”"),
    ]


def test_straight_single_marks_nest_in_straight_double_ones() -> None:
    text = (
        "Dr. Anjali Rao runs the clinic. \"Dr. Rao told me, 'You'll see your "
        "grandkids graduate.' I believe her,\" said Harold Beck."
    )
    assert quotes(text) == [
        ("Harold Beck", '"Dr. Rao told me,'),
        ("Anjali Rao", "'You'll see your grandkids graduate.'"),
        ("Harold Beck", 'I believe her,"'),
    ]


def test_nested_words_without_a_named_cue_stay_the_speakers() -> None:
    # A pronoun, someone the text never names, or the speaker themself.
    for inner in ("He told me, ", "Coach told me, ", "I said, ", "Ann Lee said, "):
        text = f"“{inner}‘Keep going.’ So I did,” said Ann Lee."
        assert quotes(text) == [("Ann Lee", text[: text.index(" said Ann")])]


def test_words_someone_could_say_or_is_pictured_saying_are_not_split_off() -> None:
    for cue in ("then Sanders can say", "it is Bernie Sanders standing up and saying,"):
        text = (
            f"Bernie Sanders spoke. “If we win, {cue} ‘I win anywhere,’ and that "
            "matters,” said Jon Ralston."
        )
        assert [s for s, _ in quotes(text)] == ["Jon Ralston"]


# "They" stands for no "That sounds": a singular determiner takes no plural noun.


def test_a_singular_word_and_a_verb_in_s_open_no_group() -> None:
    text = (
        "Bernie says he will pay for it with a tax. That sounds great.\n\n"
        "I ask the people what it means. They said, \u201cEvery time you buy stock, you pay.\u201d"
    )
    assert quotes(text)[0][0] != "That sounds"
    text = "The senators met on Tuesday. \u201cWe are done,\u201d they said."
    assert quotes(text) == [("The senators", "\u201cWe are done,\u201d")]


# A headline's "Name on topic: ‘...’" gives the words to the person named before "on".


def test_a_person_on_a_topic_before_a_colon_speaks() -> None:
    text = (
        "Gillibrand on Clinton Releasing Her Speech Transcripts: \u2018I Think She Will.\u2019\n\n"
        "On Friday Sen. Kirsten Gillibrand spoke to reporters."
    )
    assert quotes(text) == [("Kirsten Gillibrand", "\u2018I Think She Will.\u2019")]


def test_no_one_on_a_topic_names_no_speaker() -> None:
    text = "Focus on Jobs: \u201cWe will build,\u201d the mayor said."
    assert quotes(text) == [("the mayor", "\u201cWe will build,\u201d")]


# A quotation whose cue names no one it can resolve still passes its speaker on.


def test_the_next_quotation_after_an_unresolved_cue_is_not_someone_named_before() -> None:
    text = (
        "In a study they wrote with Daron Acemoglu and Brendan Price, they estimated the "
        "losses.\n\n\u201cThese results should make us rethink trade,\u201d they argued. "
        "\u201cHaving failed to anticipate the dislocations, we must act.\u201d"
    )
    assert [s for s, _ in quotes(text)] == ["unknown", "unknown"]


def test_the_next_quotation_after_a_named_cue_still_continues_it() -> None:
    text = "\u201cIt will pass,\u201d said Ann Lee. \u201cWe have the votes.\u201d"
    assert [s for s, _ in quotes(text)] == ["Ann Lee", "Ann Lee"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\"'`\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019a ", max_size=30))
def test_mark_patterns_find_what_their_class_forms_find(text: str) -> None:
    """The quotation-mark patterns are written as one literal branch a mark (the regex
    engine scans for those quickly): they find the spans the forms with a class found."""
    for fast, plain in (
        (_MARK, "''|``|[\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]"),
        (_QUOTE_MARK, "[\"\u201c\u201d\u00ab\u00bb]|''"),
    ):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)
        ]
