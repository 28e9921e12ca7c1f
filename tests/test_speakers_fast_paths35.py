"""Stop 35's mends of slow paths (a crash hunt's inputs: a kind of people quoted hundreds
of times, a vocative at every quotation) find exactly what the plain forms they replace
find, and do their work once per text. (The exhibit notes' mend is tested in
tests/test_transcript_txfix36.py.)"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import split_speakers
from rhetoscope.speakers.addressee import address, resolution
from rhetoscope.speakers.addressee.people import Participants, _participant


def test_a_kind_of_people_quoted_at_every_turn_is_looked_up_once() -> None:
    # "Gardeners always tell you" hundreds of times: whether the text capitalises the
    # word mid-sentence is asked of the whole text once, not once per quotation
    turns = "\n".join(
        f'{"HOST" if i % 2 else "GUEST"}: Gardeners always tell you, "Water it."'
        for i in range(300)
    )
    resolution._mid_sentence.cache_clear()
    segments = split_speakers(turns)
    assert not any(s.speaker == "Gardeners" for s in segments)
    assert resolution._mid_sentence.cache_info().misses <= 2


_title_pieces = st.sampled_from(
    [
        "Councilmember ", "Farouk", "Councilmember Farouk", " Dana Lee", "Senator ", "Lee",
        "O'Paul ", "x-Paul Lee", "Paul", " ", ", ", "Mr. ", "a question for ", "Ms.", "\n",
    ]
)  # fmt: skip
_PEOPLE = Participants(("Dana Lee", "Omar Farouk", "Paul Lee"), {}, {})


@settings(max_examples=500, deadline=None)
@given(st.lists(_title_pieces, max_size=20).map("".join), st.sampled_from(
    ["Councilmember", "Senator", "Paul", "Lee", "Mr", "Dana Lee"]
))  # fmt: skip
def test_a_title_alone_addresses_whom_the_plain_scan_finds(words: str, vocative: str) -> None:
    if " " in vocative or not vocative[:1].isupper():
        plain = ""
    else:
        found = {
            _participant(m["name"], _PEOPLE)
            for m in address._BEFORE_A_NAME.finditer(words)
            if m["word"] == vocative
        }
        found.discard("")
        plain = found.pop() if len(found) == 1 else ""
    assert address._by_title(vocative, words, _PEOPLE) == plain
