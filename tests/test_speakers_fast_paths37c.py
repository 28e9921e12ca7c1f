"""Stop 36's second round of mends of slow paths in the speaker stage, outputs unchanged:
a line's leading blanks taken whole by the closing-note and call-ended patterns (a line
opening with k blanks was tried k * k ways, each way giving the rest of the pattern
another share of them)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import split_speakers
from rhetoscope.speakers.transcript import closing, records

# 1. The blanks before a closing note or a call's end: taken whole, the same matches as
# when they could be shared out with the rest of the pattern.
_line_pieces = st.sampled_from(
    [
        " ", "  ", "\t", "\xa0", "\n", "Copyright 2025", "(c) 2024", "\u00a9 2023", "x.",
        "Transcript by", "Transcript", "transcript", " by ", "This interview was edited.",
        "may contain errors", " this transcript", "Call ended", "[Recording ends.]", "[",
        "(", "END OF CALL", "00:02:49 ", "[00:02:49] ", "Jo Roe, ", "I ", "Q: hi", ":",
        "automatically generated", "Certificate", "/s/ Jo Roe",
    ]
)  # fmt: skip


def _shared(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its leading blanks shared out again (as it was written before)."""
    return re.compile(pattern.pattern.replace("*+", "*", 1), pattern.flags)


@settings(max_examples=600, deadline=None)
@given(st.lists(_line_pieces, max_size=12).map("".join))
def test_leading_blanks_taken_whole_match_as_when_shared(text: str) -> None:
    for pattern in (closing._CLOSING, records._ENDED):
        shared = _shared(pattern)
        assert shared.pattern != pattern.pattern
        for start in range(len(text) + 1):
            new, old = pattern.match(text, start), shared.match(text, start)
            assert (new and (new.span(), new.groupdict())) == (
                old and (old.span(), old.groupdict())
            )
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in shared.finditer(text)
        ]


def test_a_line_led_by_a_long_run_of_blanks_is_still_the_answer() -> None:
    # (k = 20,000 blanks were 400 million ways to share them: minutes, now a moment)
    text = "Q: Hi there.\n" + " " * 20_000 + "A: Fine, thanks.\n\nTranscript by Jo Roe."
    said = [(s.speaker, text[s.start + s.head : s.end].strip()) for s in split_speakers(text)]
    assert said == [
        ("Q", "Hi there."),
        ("A", "Fine, thanks."),
        ("narrator", "Transcript by Jo Roe."),
    ]
