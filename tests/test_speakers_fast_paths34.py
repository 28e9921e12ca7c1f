"""Stop 34's mends of slow paths (a crash hunt's inputs, each quadratic or worse) find
exactly what the plain forms they replace find."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import screenplay
from rhetoscope.speakers.transcript import closing, headers


def _starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]


_caveat_pieces = st.sampled_from(
    [
        " ", "  ", ",", ", ", ":", "\n", "x ", "There ", "may ", "might ", "can ", "be ",
        "contain ", "errors", "omissions", "mistakes", " in ", "this ", "This ", "transcript",
        "transcripts", ".", "MR. ORTIZ: ", "check the ",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_caveat_pieces, max_size=30).map("".join))
@example("There may be errors, omissions in this transcript.")
@example("this transcript may be errors x may be errors x")
@example("x: may be errors in this transcript")
def test_a_caveat_with_its_errors_first_is_found_as_by_the_plain_pattern(text: str) -> None:
    # the first "may be ... errors" on a line decides, in one pass (a line of many that
    # never reached "this transcript" was quadratic): the same closing lines
    source = closing._CLOSING.pattern
    opened = source.index("(?>[^\\n:]*?")
    closed = source.index("mistakes)\\b)", opened) + len("mistakes)\\b")
    plain = re.compile(
        source[:opened] + "[^\\n:]*" + source[opened + len("(?>[^\\n:]*?") : closed]
        + source[closed + 1 :],
        closing._CLOSING.flags,
    )  # fmt: skip
    for start in _starts(text):
        new, old = closing._CLOSING.match(text, start), plain.match(text, start)
        assert (new and new.span()) == (old and old.span())


_note_pieces = st.sampled_from(
    [" ", "  ", "declined ", "to give name", ". ", ".", "x", "?", "!", "hi ", "Age approx",
     "40s", "\n", "Not recorded"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_note_pieces, max_size=24).map("".join))
@example("declined to give name. x. x. x?")
@example("declined to give name. Age approx. 40s.")
def test_a_records_note_is_found_as_by_the_plain_pattern(text: str) -> None:
    # a full stop looked for once (backtracking to each of many on a line ending in a
    # question mark was quadratic): the same notes
    source = headers._NOTE_VALUE.pattern
    assert source.endswith("(?=[^\\n?!]*\\.)[^\\n?!]*+$")
    plain = re.compile(
        source.removesuffix("(?=[^\\n?!]*\\.)[^\\n?!]*+$") + "[^\\n?!]*\\.[^\\n?!]*$",
        headers._NOTE_VALUE.flags,
    )
    for start in _starts(text):
        end = text.find("\n", start) % (len(text) + 1)
        new, old = headers._NOTE_VALUE.match(text, start, end), plain.match(text, start, end)
        assert (new and new.span()) == (old and old.span())


_cast_pieces = st.sampled_from(
    [
        " ", "  ", "\t", "\n", "\n", "A ", "AN ", "THE ", "POSTMAN", "RAY MOSS", "RAY",
        ", her son", ",", " (", "(", "x", "Ray", "ANNA", "O'NEIL", "MRS.", ".", "_1",
    ]
)  # fmt: skip
_names = st.sampled_from(
    ["POSTMAN", "A POSTMAN", "RAY MOSS", "RAY", "ANNA", "THE", "O'NEIL", "MRS.", "ANNA _1"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_cast_pieces, max_size=30).map("".join), _names)
@example("CAST\nA POSTMAN\nRAY MOSS, her son\n", "POSTMAN")
@example("THE  ANNA (x)\nANNA\n", "ANNA")
@example("AN\tRAY ,\nx", "RAY")
def test_a_cast_entry_is_found_as_by_a_pattern_over_the_text_above(text: str, name: str) -> None:
    # every name's first entry read once per text (a pattern per one-off cue over the
    # text above it was quadratic in a long single-spaced text under "Characters")
    entry = re.compile(
        rf"^[^\S\n]*(?:(?:A|AN|THE)[^\S\n]+)?{re.escape(name)}\b[^\S\n]*(?:[,(]|$)", re.M
    )
    for cue in [*_starts(text), len(text)]:
        expected = entry.search(text, 0, cue) is not None
        assert screenplay._in_cast(text, cue, name) == expected
