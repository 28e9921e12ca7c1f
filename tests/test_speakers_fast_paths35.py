"""Stop 35's mends of slow paths (a crash hunt's inputs: a hearing's many exhibit notes,
a kind of people quoted hundreds of times, a vocative at every quotation) find exactly
what the plain forms they replace find, and do their work once per text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import split_speakers
from rhetoscope.speakers.addressee import address, resolution
from rhetoscope.speakers.addressee.people import Participants, _participant
from rhetoscope.speakers.transcript import court
from rhetoscope.speakers.transcript.shared import _S, _Label

_exhibit_pieces = st.sampled_from(
    [
        "EXHIBIT 1\n", "EXHIBIT 12\n", "  EXHIBIT 1  \n", "EXHIBIT A\n", "(See exhibit 1.)",
        "(see Exhibit 12)", "(See exhibit 2.)", "HOST: ", "GUEST: ", "ANN: ", "Dear Sir:\n",
        "We filed it. ", "\n", "x ", "exhibit ",
    ]
)  # fmt: skip


def _plain_exhibited_below(text: str, labels: list[_Label]) -> list[_Label]:
    # the form before the mend: each note compiles its number's heading and searches on
    if "xhibit" not in text or "EXHIBIT" not in text:
        return labels
    for note in court._SEE_EXHIBIT.finditer(text):
        heading = re.compile(rf"^{_S}*EXHIBIT{_S}+{note['n']}{_S}*$", re.M).search(text, note.end())
        if heading is None:
            continue
        spoke = {label.name for label in labels if label.start < heading.start()}
        after = (label for label in labels if label.start > heading.start())
        resumed = next((label.start for label in after if label.name in spoke), len(text))
        kept = [label for label in labels if not heading.start() < label.start < resumed]
        return sorted(
            [*kept, _Label(heading.start(), heading.start(), "", speaks=False)],
            key=lambda label: label.start,
        )
    return labels


@settings(max_examples=500, deadline=None)
@given(st.lists(_exhibit_pieces, max_size=30).map("".join))
@example("HOST: see it (See exhibit 1.)\nEXHIBIT 1\nDear Sir:\nGUEST: no\nHOST: yes\n")
@example("HOST: (See exhibit 1.)\nEXHIBIT 12\nEXHIBIT 1\nGUEST: x\n")
def test_an_exhibit_below_its_note_is_found_as_by_the_plain_search(text: str) -> None:
    labels = [_Label(m.start(), m.end(), m[1]) for m in re.finditer(r"^([A-Z]+):", text, re.M)]
    assert court.exhibited_below(text, labels) == _plain_exhibited_below(text, labels)


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
