"""The reviewers' mends of stop 36's news attribution rules: look-alikes of the rules of
tests/test_news37.py that must keep their speaker (or stay as written), and the slow
paths of its name rules, each read once per text."""

from __future__ import annotations

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# A described speaker may hold a "to" ("a source close to the talks", "an aide to the
# senator"): only "to" right before the verb ("a chance to say") makes no speaker.


def test_a_source_close_to_the_talks_is_the_he_after_it() -> None:
    text = (
        "Talks between Chancellor Rupert Hale and union leaders resumed on Thursday.\n\n"
        "A source close to the negotiations said a deal was near. "
        '"They are ninety percent of the way there," he said.'
    )
    assert speakers(text) == [
        ("A source close to the negotiations", '"They are ninety percent of the way there,"')
    ]


def test_an_aide_to_the_senator_is_the_she_after_it() -> None:
    text = (
        "Sen. Mark Ellery has not decided whether to run for governor.\n\n"
        "An aide to the senator told reporters that a decision would come in June. "
        '"He wants to talk to his family first," she said.'
    )
    assert speakers(text)[0][0] == "An aide to the senator"
