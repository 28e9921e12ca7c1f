"""Stop 36's mends of slow paths in the speaker stage, outputs unchanged: a role label's
patterns searched from the line above the role's first mention, not from the start of
the introduction (many numbered roles, each named in the header, took time growing with
the square of their number)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import split_speakers
from rhetoscope.speakers.transcript import canonical, closing, roles
from rhetoscope.speakers.transcript.shared import _S

_intro_pieces = st.sampled_from(
    [
        "Jo Roe", "Ann Lee", ",", ", ", " ", "  ", "\n", "\n\n", " \n", "the ", "Chairman",
        "Chair", "chair", "(", ")", ";", ":", "Dr. ", ". ", " presiding", "[", "]", "Oregon",
        "Guest 1", "Guest 12", "x.", "\t",
    ]
)  # fmt: skip
# The shapes ``_roles_named``'s patterns take around the role's word: a field at a
# line's start, after a sentence or a semicolon, a holder and a comma (wrapped or not),
# a holder and the word in parentheses or brackets, a state between
_SHAPES = [
    rf"^{_S}*(?:\*\*)?(?i:WORD):?{_S}*(?P<a>{roles._HOLDER})",
    rf"(?<=[a-z]\.){_S}(?i:WORD):|(?<=;){_S}*(?i:WORD):{_S}*(?P<a>{roles._HOLDER})",
    rf"^[^\n:]{{2,40}}:{_S}*(?i:WORD),?{_S}+(?P<d>{roles._HOLDER})",
    rf"(?P<b>{roles._HOLDER}),\s*(?i:the{_S}+)?(?i:WORD)\b(?!{_S}+[A-Z][a-z])",
    rf"(?P<c>{roles._HOLDER}){_S}*[\[(](?i:the{_S}+)?(?i:WORD)\b[^\])]{{0,80}}[\])]",
    rf"(?P<d>{roles._HOLDER}),{_S}*[A-Z][\w.\-]*,{_S}*(?i:WORD)\b",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_intro_pieces, max_size=24).map("".join),
    st.sampled_from(["Chairman", "Chair", "Guest 1", "(?:chair|guest)"]),
    st.sampled_from(_SHAPES),
)
def test_a_role_is_found_from_where_the_search_starts_as_from_the_intro_start(
    intro: str, word: str, shape: str
) -> None:
    pattern = re.compile(shape.replace("WORD", word), re.MULTILINE)
    plain = pattern.search(intro)
    start = roles._word_reach(word, intro)
    found = None if start is None else pattern.search(intro, start)
    assert (found and (found.span(), found.groupdict())) == (
        plain and (plain.span(), plain.groupdict())
    )


def _panel(n: int) -> tuple[str, list[str]]:
    """A header naming ``n`` numbered roles ("Guest 3: Cara Roe"), then each one's turn
    ("GUEST 3: Thank you ..."); and the names in order."""
    first = "Ann Ben Cara Dan Eve Finn Gail Hugo Ida Jon Kate Liam Mona Ned Olga Paul".split()
    last = "Roe Hale Marsh Pike Stone Vance Wolfe Yates".split()
    kinds = "Guest Panellist Observer Contestant".split()
    labels = [f"{kinds[i % 4]} {i // 4 + 1}" for i in range(n)]
    names = [f"{first[i % 16]} {last[i // 16]}" for i in range(n)]
    header = "".join(f"{label}: {name}\n" for label, name in zip(labels, names, strict=True))
    said = "".join(f"\n{label.upper()}: Thank you for having me.\n" for label in labels)
    return "Panel discussion, recorded live.\n\n" + header + said, names


class _Counted:
    """A compiled pattern counting the characters its searches read: from where each
    starts to its match's end (or the text's end); a failed match, one."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self._pattern, self._read = pattern, read

    def search(self, text: str, pos: int = 0, endpos: int = -1) -> re.Match[str] | None:
        endpos = len(text) if endpos < 0 else endpos
        m = self._pattern.search(text, pos, endpos)
        self._read.append((m.end() if m else endpos) - pos)
        return m

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self._pattern.match(text, pos)
        self._read.append(m.end() - pos if m else 1)
        return m


def test_numbered_roles_each_named_in_the_header_are_read_in_linear_time(monkeypatch) -> None:
    read: list[int] = []

    class _Re:
        def __getattr__(self, name: str):
            return getattr(re, name)

        def compile(self, pattern: str, flags: int = 0) -> _Counted:
            return _Counted(re.compile(pattern, flags), read)

    monkeypatch.setattr(roles, "re", _Re())
    work = []
    for n in (16, 64):
        read.clear()
        text, names = _panel(n)
        assert [s.speaker for s in split_speakers(text) if s.kind == "turn"] == names
        work.append(sum(read))
    # every label's search read the header from its start: 16 times the work for 4
    # times the labels; from the line above the label's own: about 4 times
    assert work[1] <= 5 * work[0]


# 2. A title alone among many labels ("CHAIR:" beside "MR. AB:", "MR. AC:", ...) asked
# of every other label whether the text gives it before their name: one search of the
# whole text per label. The places where the text gives the title are now read once.


def _code(i: int) -> str:
    """J, K, Q, X, Z, JJ, JK, ...: a label's letters (none a title's, "DR" or "LT")."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 5)
        out = "JKQXZ"[r] + out
    return out


def _letters(n: int) -> str:
    said = "".join(f"Dear Senator {_code(i)}:\nMR. {_code(i)}: hi.\n" for i in range(n))
    return "CHAIR: Order. Chair Tom Hale presiding.\n" + said


def test_a_title_alone_is_looked_for_once_among_many_labels(monkeypatch) -> None:
    read: list[int] = []

    class _Re:
        def __getattr__(self, name: str):
            return getattr(re, name)

        def search(self, pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
            m = re.search(pattern, text, flags)
            read.append(m.end() if m else len(text))
            return m

        def finditer(self, pattern: str, text: str, flags: int = 0):
            read.append(len(text))
            return re.finditer(pattern, text, flags)

        def compile(self, pattern: str, flags: int = 0) -> _Counted:
            return _Counted(re.compile(pattern, flags), read)

    monkeypatch.setattr(canonical, "re", _Re())
    work = []
    for n in (40, 160):
        read.clear()
        text = _letters(n)
        turns = [s for s in split_speakers(text) if s.kind == "turn"]
        assert turns[0].speaker == "CHAIR" and turns[-1].speaker == f"MR. {_code(n - 1)}"
        assert len(turns) == n + 1
        work.append(sum(read))
    # each label's search of the whole text: 16 times the work for 4 times the labels
    assert work[1] <= 5 * work[0]


# 3. An agenda's headings found from their number, the blanks before added back: the
# same starts as the pattern opening with the blanks, which was tried at every position.
_agenda_pieces = st.sampled_from(
    [
        "1. ", "12. ", "123. ", "ITEM 3 ", "ITEM 12A ", "ITEMS", "ABC", "FOO BAR", " ", "\t",
        "\n", "\xa0", "  ", "x", ".", "3.", "a 1. ABC", "?", "\u2014 ",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_agenda_pieces, max_size=16).map("".join))
def test_agenda_headings_start_where_the_plain_pattern_finds_them(text: str) -> None:
    opening_with_blanks = re.compile(rf"{closing._S}*" + closing._AGENDA_NUMBERED.pattern, re.M)
    plain = {m.start() for m in opening_with_blanks.finditer(text)}
    found = {
        closing._blanks_before(text, m.start()) for m in closing._AGENDA_NUMBERED.finditer(text)
    }
    assert found == plain
