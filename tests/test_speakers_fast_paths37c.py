"""Stop 36's second round of mends of slow paths in the speaker stage, outputs unchanged:
a line's leading blanks taken whole by the closing-note and call-ended patterns (a line
opening with k blanks was tried k * k ways, each way giving the rest of the pattern
another share of them)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import fullnames, split_speakers
from rhetoscope.speakers.transcript import canonical, closing, prose, records, roles, titled
from rhetoscope.speakers.transcript.shared import _S
from test_speakers_fast_paths37 import _code  # a label's letters, none a title's

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


# 2. A title alone ("CHAIR:") asked of every other label whether the text gives it before
# their name: each name is now tried only where a word after the title may begin it, not
# at every place the text gives the title.
def _chaired(n: int) -> str:
    """n lines "Chair: Dr Samuel J", then the chair's and each doctor's turns."""
    header = "".join(f"Chair: Dr Samuel {_code(i)}\n" for i in range(n))
    labels = ["CHAIR", *(f"DR {_code(i)}" for i in range(n))]
    return header + "\n".join(f"{label}: Yes, we did that." for label in labels * 2)


def test_a_title_alone_tries_each_name_where_its_word_follows_the_title(monkeypatch) -> None:
    tried: list[int] = []
    compile_ = re.compile

    class _Re:
        def __getattr__(self, name: str):
            return getattr(re, name)

        def compile(self, pattern: str, flags: int = 0):
            compiled = compile_(pattern, flags)

            class _Tried:
                def __getattr__(self, name: str):
                    return getattr(compiled, name)

                def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
                    tried.append(pos)
                    return compiled.match(text, pos)

            return _Tried()

    monkeypatch.setattr(canonical, "re", _Re())
    work = []
    for n in (40, 160):
        tried.clear()
        turns = [s.speaker for s in split_speakers(_chaired(n)) if s.kind == "turn"]
        assert turns[-n:] == [f"Samuel {_code(i)}" for i in range(n)]
        assert turns[-n - 1] == "CHAIR"  # (a chair above every doctor: no one of them)
        work.append(len(tried))
    # every name at every "Chair:": 16 times the work for 4 times the names
    assert work[1] <= 5 * work[0]


_chair_pieces = st.sampled_from(
    [
        "Chair", "chair", "Chairman", "Lt.", "Lt", "Lieutenant", "Dr", "Dr.", "Mr. ", ":",
        ": ", " ", "  ", "\n", "\t", "Ann", "ANN", "Ann.", "Roe", "roe", "Ann Roe", ".",
        "x", "\u00e9mile", "\u212a", "_", "9",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_chair_pieces, max_size=20).map("".join),
    st.sampled_from([("chair",), ("lieutenant",), ("chair", "lieutenant")]),
    st.sampled_from(["Ann Roe", "ANN", "Roe", "DR ROE", "K", "\u00c9mile Roe", "Ann-Roe"]),
)
def test_a_name_tried_where_its_word_follows_holds_as_tried_everywhere(
    text: str, titles: tuple[str, ...], name: str
) -> None:
    starts = canonical._title_starts(titles, text)
    words = canonical._words(name)
    after = canonical._words_after(titles, text, starts)
    assert canonical._holds(name, titles, text, after(words[0])) == canonical._holds(
        name, titles, text, starts
    )


# 3. A line asking in lower case ("And the chair?"): its question mark ending the line
# found first, then a word before it, as the one pattern found them (which read the line
# to its end from every word of it).
_SPOKEN_PIECES = [
    "chairman", "chair", "and", "the", " ", "  ", "?", "? ", "?\u201d", '"', ")", ".", "!",
    "I ", "we ", "you", "Who Pays", "caf\u00e9", "x", "ab.", "Chair?", "\t", "_",
]  # fmt: skip
_SPOKEN_LINE_BEFORE = re.compile(
    rf"{prose._PERSONAL.pattern}|[a-z]{{2}}[.!][\"'\u201d\u2019)]*{_S}*$"
    rf"|\b[a-z]{{4,}}\b[^\n]*\?[\"'\u201d\u2019)]*{_S}*$"
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SPOKEN_PIECES), max_size=14).map("".join), st.integers(0, 6))
def test_a_line_speaks_as_the_one_pattern_found(line: str, start: int) -> None:
    text = "LABEL:" + line + "\nnext line."
    end = text.index("\n")
    start = min(start, end)
    assert prose._spoken(text, start, end) == (
        _SPOKEN_LINE_BEFORE.search(text, start, end) is not None
    )


def test_a_long_line_of_lower_case_words_is_read_once() -> None:
    # (each of its 4,000 words re-read the line to its end, looking for a question mark)
    line = "Intro: " + "chairman " * 4_000
    text = line + "\n\nCHAIRMAN: Order, order.\nWITNESS: Thank you.\nCHAIRMAN: Go on?"
    turns = [s.speaker for s in split_speakers(text) if s.kind == "turn"]
    assert turns[-3:] == ["CHAIRMAN", "WITNESS", "CHAIRMAN"]


# 4. A role's ways of being named searched one by one, each only when the part of it
# around the role's word is in the introduction: a roll of n roles on one line compiled
# the one pattern of all the ways (five holders' patterns in it) for each role.
def _roll(n: int) -> tuple[str, list[str]]:
    """A roll on one line ("Roll: UmpireJ: Kofi Mensah; UmpireK: Ama Boateng; ..."), then
    each role's turns; and the names in order."""
    given = "Kofi Ama Yaw Efua Kwame Akua".split()
    family = "Mensah Boateng Owusu Asante Darko".split()
    names = [f"{given[i % 6]} {family[(i // 6) % 5]}{_code(i // 30).lower()}" for i in range(n)]
    roles_ = [f"Umpire{_code(i).capitalize()}" for i in range(n)]
    roll = "; ".join(f"{role}: {name}" for role, name in zip(roles_, names, strict=True))
    said = "\n".join(f"{role.upper()}: Yes, we did that." for role in roles_ * 2)
    return f"Roll: {roll}\n\n{said}", names


def test_a_roll_on_one_line_compiles_each_way_only_where_it_may_match(monkeypatch) -> None:
    compiled: list[str] = []
    compile_ = re.compile

    class _Re:
        def __getattr__(self, name: str):
            return getattr(re, name)

        def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
            compiled.append(pattern)
            return compile_(pattern, flags)

    monkeypatch.setattr(roles, "re", _Re())
    work = []
    for n in (10, 40):
        compiled.clear()
        text, names = _roll(n)
        turns = [s.speaker for s in split_speakers(text) if s.kind == "turn"]
        # (the first field follows the roll's own heading, no semicolon: not named)
        assert turns == ["UMPIREJ", *names[1:]] * 2
        work.append(sum(len(p) for p in compiled))
    # (each role compiled the one pattern of all the ways, some 4,500 characters of it
    # here, five holders' patterns; a way whose part around the word is absent is not)
    assert work[1] <= 5 * work[0] and work[1] <= 40 * 1_500


_role_intro_pieces = st.sampled_from(
    [
        "Jo Roe", "Ann Lee", ",", ", ", " ", "  ", "\n", "\n\n", "the ", "The ", "Chairman",
        "chair", "Chair", "(", ")", ";", "; ", ":", ": ", "Dr. ", ". ", "x.", " presiding",
        "[", "]", "Oregon", "**", "(V.O.)", "Camera", "Ofc. ", "Host ", "a.", ",\n  ", " \n",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(_role_intro_pieces, max_size=24).map("".join),
    st.sampled_from(["Chairman", "Chair", "Camera", "(?:chair|camera)"]),
    st.integers(0, 30),
)
def test_a_role_named_way_by_way_is_named_as_by_one_pattern(
    intro: str, word: str, start: int
) -> None:
    one = re.compile("|".join(shape for _, shape in roles._role_shapes(word)), re.MULTILINE)
    start = min(start, len(intro))
    found, plain = roles._named_in_intro(word, intro, start), one.search(intro, start)
    assert (found and (found.span(), found.lastgroup, found[found.lastgroup])) == (
        plain and (plain.span(), plain.lastgroup, plain[plain.lastgroup])
    )


# 5. One-word labels looked up by given name in an index of the full names, built once:
# each label looked through every full name the text gives ("WALTER BRANDTA, Oregon,
# Chairman" n lines, MEMBERA... turns: n labels by n names).
def test_given_names_are_looked_up_not_looked_through(monkeypatch) -> None:
    passes: list[int] = []

    class _Counting(dict):
        def values(self):
            passes.append(len(self))
            return super().values()

    full_pairs = fullnames._full_pairs

    def counted(source: str, common: set[str]):
        by_surname, by_initials = full_pairs(source, common)
        return _Counting(by_surname), by_initials

    monkeypatch.setattr(fullnames, "_full_pairs", counted)
    work = []
    for n in (20, 80):
        passes.clear()
        members = [_code(i) for i in range(n)]
        header = "".join(f"WALTER BRANDT{m}, Oregon, Chairman\n" for m in members)
        labels = ["CHAIRMAN", "WITNESS", *(f"MEMBER{m}" for m in members)]
        said = "\n".join(f"{label}: Yes, we did that." for label in labels * 2)
        turns = [s.speaker for s in split_speakers(header + "\n" + said) if s.kind == "turn"]
        # (the chairman the list's first; no member named by another's name)
        assert turns[-len(labels) :] == ["WALTER BRANDTJ", *labels[1:]]
        work.append(sum(passes))
    # (each label's pass over every name: 16 times the work for 4 times the labels)
    assert work[1] <= 5 * work[0]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Ann Roe", "Anna Lee", "ANN Hale", "Annabel Roe", "Bo Li", "\u00c5sa Berg"]
        ),
        max_size=6,
    ),
    st.sampled_from(["Ann", "ANN", "Anna", "An", "Bo", "Annabel", "\u00c5sa", "\u00e5s", "Zed"]),
)
def test_given_names_looked_up_are_those_looked_through(names: list[str], label: str) -> None:
    by_surname: dict[str, set[str]] = {}
    for name in names:
        by_surname.setdefault(name.split()[-1].lower(), set()).add(name)
    givens = fullnames._Givens.of(by_surname)
    every = {name for names_ in by_surname.values() for name in names_}
    assert set(givens.upper.get(label.upper(), ())) == {
        n for n in every if n.split()[0].upper() == label.upper()
    }
    assert set(givens.starting(label.lower())) == {
        n for n in every if n.split()[0].lower().startswith(label.lower())
    }


# 6. A label of titles and a surname named from the text before its first turn: its
# pattern tried only where the titles are written with the surname in reach (an index
# of the text read once), not searched along the text for each label.
def test_a_titled_label_is_tried_where_its_surname_follows_the_title(monkeypatch) -> None:
    read: list[int] = []
    compile_ = re.compile

    class _Re:
        def __getattr__(self, name: str):
            return getattr(re, name)

        def finditer(self, pattern: str, text: str, flags: int = 0):
            read.append(len(text))
            return re.finditer(pattern, text, flags)

        def compile(self, pattern: str, flags: int = 0):
            compiled = compile_(pattern, flags)

            class _Read:
                def finditer(self, text: str, pos: int = 0, endpos: int = -1):
                    read.append(len(text) - pos)
                    return compiled.finditer(text, pos, len(text) if endpos < 0 else endpos)

                def match(self, text: str, pos: int = 0, endpos: int = -1):
                    m = compiled.match(text, pos, len(text) if endpos < 0 else endpos)
                    read.append(m.end() - pos if m else 1)
                    return m

            return _Read()

    monkeypatch.setattr(titled, "re", _Re())
    titled._title_index.cache_clear()
    work = []
    for n in (40, 160):
        read.clear()
        turns = [s.speaker for s in split_speakers(_chaired(n)) if s.kind == "turn"]
        assert turns[-n:] == [f"Samuel {_code(i)}" for i in range(n)]
        work.append(sum(read))
    # (each label's search of the text before its first turn: 16 times the work for 4)
    assert work[1] <= 5 * work[0]


_titled_pieces = st.sampled_from(
    [
        "Dr ", "Dr. ", "DR ", "Lt. ", "Lieutenant ", "Vice ", "Ann ", "ANN ", "Roe", "ROE",
        "Roe's", "Roe-Hale", "O'Roe", "R. ", " ", "\n", ", ", ".", "x", "\u212aoe", "Jo ",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_titled_pieces, max_size=16).map("".join),
    st.sampled_from([["dr"], ["lt"], ["lieutenant"], ["dr", "lt"]]),
    st.sampled_from(["roe", "koe", "roe-hale", "o'roe", ""]),
    st.integers(0, 60),
)
def test_titled_holders_from_the_index_are_those_found_along_the_text(
    text: str, titles: list[str], last: str, end: int
) -> None:
    end = min(end, len(text))
    surname = rf"(?i:{re.escape(last)})" if last else titled._NAME_WORD
    found = titled._found
    titled._found = lambda pattern, text, end, starts: pattern.finditer(text, 0, end)
    try:
        along = titled._holders(text[:end], titles, surname)  # (the search along the text)
    finally:
        titled._found = found
    assert titled._holders(text, titles, surname, last, end) == along
