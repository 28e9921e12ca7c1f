"""Stop 35's mend of a slow path (a crash hunt's input: a vocative at every quotation,
"Paul, your first line was, ..."): a title's names read once per text find exactly what
the plain scan finds. (The reviewers' mends of the exhibit notes and of "Gardeners
always tell you" are tested in tests/test_transcript_txfix36.py and
tests/test_inturnfix36.py.)"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.speakers.addressee import address
from rhetoscope.speakers.addressee.people import Participants, _participant

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
