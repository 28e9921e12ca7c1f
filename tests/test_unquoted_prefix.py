"""The turn prefix read for "he said" goes on from the last reading, and reads exactly
what reading it whole would: quotations blanked, an address kept, unpaired and mixed
marks (a straight mark that pairs only past the last reading's end) read alike."""

from __future__ import annotations

import random

from rhetoscope.speakers.addressee.grammar import _unquoted, _unquoted_prefix

_PIECES = ['"', "\u201c", "\u201d", "Scott, ", "he said ", "a", " ", ".", "Ann, I "]


def test_a_prefix_read_on_from_the_last_reads_as_a_whole_reading() -> None:
    rng = random.Random(33)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
        start = rng.randint(0, len(text) // 3)
        ends = sorted(rng.randint(start, len(text)) for _ in range(6))
        for end in ends:
            assert _unquoted_prefix(text, start, end) == _unquoted(
                text[start:end], keep_address=True
            )


def test_another_text_or_start_reads_anew() -> None:
    a = 'Tom: I said, "Scott, stop." He said, "No." And then'
    b = 'Ann: "Mary, go." She said'
    assert _unquoted_prefix(a, 5, len(a)) == _unquoted(a[5:], keep_address=True)
    assert _unquoted_prefix(b, 5, len(b)) == _unquoted(b[5:], keep_address=True)
    assert _unquoted_prefix(a, 0, 20) == _unquoted(a[:20], keep_address=True)


def test_a_straight_mark_unpaired_before_a_curly_pair_is_read_again() -> None:
    # in a shorter reading the straight mark pairs with nothing; in a longer one it pairs
    # with the straight mark past the curly pair, which then is inside it
    text = 'X: "abc \u201cx\u201d def " tail'
    short = text.index("def")
    assert _unquoted_prefix(text, 3, short) == _unquoted(text[3:short], keep_address=True)
    assert _unquoted_prefix(text, 3, len(text)) == _unquoted(text[3:], keep_address=True)
