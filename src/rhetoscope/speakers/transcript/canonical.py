"""One name per speaker in a document.

A label that is part of a longer one is that person ("HOLT" in "Lester Holt"), when all
the longer forms are one person's ("Clinton" beside "Bill Clinton" and "Hillary Clinton"
stays as it is; Mrs. Smith is not Mr. Smith). A title is left out ("TRUSTEE FENWICK" is
Colin Fenwick) only where the longer name holds it too: the text gives the title with
that name ("TRUSTEE COLIN FENWICK.") or the name carries it (a public commenter "DAVID
LEE" is not "COUNCILMEMBER LEE", nor "CHAIR JOHNSON" "COMMISSIONER JOHNSON"); a title
alone ("SUPERVISOR") is the one longer name with it. Q and A, and labels of the asking
and answering sides, take the names the introduction gives (``interview``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from ..names import _OFFICE_ABBREVIATIONS, HONORIFICS, TITLES, _initials_dropped
from .interview import _SIDE, _asking, _called_interview, _sides, _writer
from .shared import _ADDRESS_FORMS, _contains, _lowered, _may_be_person, _words


def _canonical_names(
    labels: Sequence[str],
    intro: str,
    headers: Sequence[re.Match[str]] = (),
    text: str = "",
    noted: bool = False,
) -> dict[str, str]:
    """One name per person: the longest label or introduced name containing a shorter
    one ("HOLT" -> "Lester Holt"); Q and A named from the introduction when it says who
    they are ("Interview with Dolores Vance, by Tom Baker"; "Interviewer: Tom Baker").
    ``text``: the whole text, which may give a title with a name; ``noted``: whether its
    closing note says that it is an interview."""
    asks, answers = _sides(intro, headers, noted)
    interview = _called_interview(intro, noted)
    writer = _writer(intro)
    others = set(labels) - {"Q"}
    if "Q" in labels and len(others) == 1 and "A" not in others:
        # one person questioned ("Q:" / "Vance:"): by the byline's writer, unless the
        # writer is the one answering (an advice column: "By Dr. Jane Lee", "DR. LEE:")
        # and only in an interview, not at a press conference
        if interview and not _contains(_words(writer), _words(next(iter(others)))):
            asks = asks or writer
    elif interview:
        asks = asks or writer
    # a side some label spells ("Moderator: Lester Holt" beside "LESTER HOLT:", the byline's
    # "By Ross Gaffney" beside "ROSS GAFFNEY") takes its spelling
    spelled = {label.lower(): label for label in labels}
    asks, answers = spelled.get(asks.lower(), asks), spelled.get(answers.lower(), answers)
    out: dict[str, str] = {}
    first: dict[str, int] = {}  # each label's first turn
    for i, label in enumerate(labels):
        first.setdefault(label, i)
    # labels that talk to each other, one's turn right after the other's
    turns_with = {frozenset(pair) for pair in pairwise(labels)}
    # longest first by words, titles left out ("TRUSTEE FENWICK" is shorter than "Colin
    # Fenwick"), then by characters
    words_of = {name: _words(name) for name in {*labels, *filter(None, (asks, answers))}}
    distinct = sorted(words_of, key=lambda name: (len(words_of[name]), len(name)), reverse=True)
    having: dict[str, list[str]] = {}  # word -> the names with it, longest first
    for name in distinct:
        for word in set(words_of[name]):
            having.setdefault(word, []).append(name)
    for name in distinct:
        words = words_of[name]
        size = (len(words), len(name))
        if words and not _office(name):
            # (only the names with its rarest word can contain it: no pass over all of them)
            maybe = min((having[word] for word in words), key=len)
            titles = _titles(name)
            # (the text gives the titles with a longer name only: "CHAIR JOHNSON" is
            # written, "CHAIR COMMISSIONER JOHNSON" is not)
            longer = [
                o
                for o in maybe
                if (len(words_of[o]), len(o)) > size
                # (an initial left out: "OFC. RAMIREZ-TULL" of "OFC. Y. RAMIREZ-TULL")
                and (
                    _contains(words_of[o], words)
                    or _contains(_initials_dropped(words_of[o]), words)
                )
                and _holds(o, titles, text if len(words_of[o]) > len(words) else "")
            ]
        else:  # a title alone: "SUPERVISOR" beside "Supervisor Kim Tran" or "Kim Tran"
            # ("DEPUTY COMMISSIONER" beside "DEPUTY COMMISSIONER BECKWITH", not the
            # "PRESIDING COMMISSIONER" whose last word it shares)
            office = _lowered(name)
            starts = _title_starts(office, text)  # (read once, not once per name)
            # (and each name tried only where a word after the title may begin it: every
            # name at every place the title is given grew with their product)
            after = _words_after(office, text, starts)
            longer = [
                o
                for o in distinct
                if o != name and words_of[o] and _holds(o, office, text, after(words_of[o][0]))
            ]
        # Only when every longer form is one person's ("Holt" < "Lester Holt" < "Lester
        # Holt Jr"); "Clinton" beside "Bill Clinton" and "Hillary Clinton" stays as it is.
        # The Speaker pro tempore is not the Speaker.
        # Mrs. Smith is not Mr. Smith.
        # "Audience member 2" is not "Audience member": a number tells two voices apart
        # A label heard only after the shorter one has spoken is someone come in later
        # ("HARALDSEN:" from the start, "RUTH HARALDSEN:" joining partway through): a
        # person is named in full first, then shortened; where the two talk to each
        # other (a clip's "SEN. LINDSEY GRAHAM (R-SC):" after "GRAHAM:" is him).
        longer = [
            o
            for o in longer
            if not o.endswith("pro tempore")
            and _same_sex(o, name)
            and not _numbered(o, name)
            and not (
                name in first
                and o in first
                and first[o] > first[name]
                # (a role's label, "SPEAKER" beside "UNIDENTIFIED SPEAKER", is no one's
                # name shortened)
                and (frozenset((o, name)) in turns_with or not _may_be_person(name, ""))
            )
        ]
        if longer and all(_contains(words_of[longer[0]], words_of[o]) for o in longer):
            out[name] = longer[0]
        else:
            out[name] = name
    for label in set(labels) - {"Q", "A"}:
        side = _SIDE.get(label.lower())  # "Int." / "Ans.", "RESPONDENT": Q and A by another name
        if label.lower() == "narrator" and not all(_asking(o) for o in set(labels) - {label}):
            continue  # a film's voice-over beside the interviewee's own label answers nothing
        if side and (who := asks if side == "Q" else answers):
            out[label] = out.get(who, who)
    if set(labels) >= {"Q", "A"}:
        if answers:
            out["A"] = out[answers]
        if asks and asks != answers:
            out["Q"] = out[asks]
    elif "Q" in labels and asks and (len(others) == 1 or (interview and _few(others, out, text))):
        # one person questioned, or an interview's (the answers may come under two forms
        # of a name and an interpreter's label: "HIROKO TANABE", "TANABE", "EMI FUJISAWA";
        # a briefing's several officials answer many reporters)
        out["Q"] = out[asks]
    return out


# Words that rank an office without naming anyone: "PRESIDING COMMISSIONER", "ASSISTANT
# CHIEF"
_RANKS = TITLES | frozenset(
    "presiding deputy assistant associate senior acting interim executive vice chief "
    "managing district".split()
)


def _office(name: str) -> bool:
    """Whether a label of two words or more is an office alone, no name in it: a title
    last, ranks before it ("PRESIDING COMMISSIONER", "DEPUTY COMMISSIONER")."""
    *before, last = _lowered(name) or ("",)
    return bool(before) and last in TITLES and all(w in _RANKS for w in before)


_INTERPRETER = re.compile(r"\b(?i:interpret|translat)")


def _few(labels: set[str], names: dict[str, str], text: str) -> bool:
    """Whether ``labels`` are one person interviewed, or that person and an interpreter
    the text speaks of (two officials answering readers' questions are not)."""
    people = len({names.get(label, label) for label in labels})
    return people == 1 or (people == 2 and _INTERPRETER.search(text) is not None)


def _numbered(longer: str, name: str) -> bool:
    """Whether ``longer`` is ``name`` with a number added ("Audience member 2")."""
    extra = [w for w in _lowered(longer) if w not in _lowered(name)]
    return bool(extra) and all(w.isdigit() for w in extra)


_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m"}


def _same_sex(a: str, b: str) -> bool:
    """Whether two names' honorifics may be one person's (one has none, or both agree)."""
    x, y = (_SEX.get(name.split()[0].lower().rstrip("."), "") for name in (a, b))
    return not (x and y) or x == y


def _titles(name: str) -> tuple[str, ...]:
    """The titles of an office ``_words`` leaves out of a name, in full ("MAJ. GEN.
    WEXFORD": major, general), not a form of address anyone goes by ("MR. SMITH")."""
    *before, _ = _lowered(name) or ("",)
    return tuple(_in_full(w) for w in before if w in TITLES and w not in HONORIFICS)


def _in_full(title: str) -> str:
    return _OFFICE_ABBREVIATIONS.get(title, title)


# A form of address between a title and the name: "Chair: Dr Samuel Okeke"
_ADDRESSED = rf"(?:(?:{_ADDRESS_FORMS})\.?\s+)?"


def _written(title: str) -> str:
    """A title as a text may write it: in full, or abbreviated with its full stop or not
    ("major", "Maj.")."""
    short = [rf"{a}\.?" for a in _written_forms(title)[1:]]
    return rf"(?:{'|'.join([re.escape(title), *short])})"


def _written_forms(title: str) -> list[str]:
    """A title in full, then its abbreviations."""
    return [title, *(a for a, full in _OFFICE_ABBREVIATIONS.items() if full == title)]


def _holds(
    name: str, titles: tuple[str, ...], text: str, starts: Sequence[int] | None = None
) -> bool:
    """Whether the person ``name`` holds ``titles``: the name carries them, or the text
    gives them right before it, a field's colon between or not ("TRUSTEE COLIN
    FENWICK.", "Maj. Gen. Dale Wexford", "Chair: Dr Samuel Okeke"; not a sentence's end,
    "Thank you, Chair. Dr Okoye, ..."). ``starts``: ``_title_starts(titles, text)``, when
    known (a title alone asks of every name)."""
    if not titles or set(titles) <= {_in_full(w) for w in _lowered(name)}:
        return True
    words = _words(name)
    if not text or not words or (starts is not None and not starts):
        return False
    spelled = r"[\s.]+".join(re.escape(w) for w in words)
    pattern = rf"(?i)\b{_given(titles)}[\s:]+{_ADDRESSED}{spelled}\b"
    if starts is None:
        return re.search(pattern, text) is not None
    # (a match starts where its opening, the titles and a blank, does: only there)
    compiled = re.compile(pattern)
    return any(compiled.match(text, at) for at in starts)


def _given(titles: tuple[str, ...]) -> str:
    """``titles`` as a text gives them, one after another."""
    return r"[\s:]+".join(_written(t) for t in titles)


# A word, as the name's words are spelled by ``_holds``: letters, digits, underscores
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_]+")
_TOKEN = re.compile(r"[^\s:]+")  # the runs between ``_holds``'s separators
_WORD_RUN = re.compile(r"\w+")


def _words_after(
    titles: tuple[str, ...], text: str, starts: Sequence[int]
) -> Callable[[str], tuple[int, ...]]:
    """For a name's first word, the ``starts`` where ``_holds`` may find it: its pattern
    there reads the titles, a form of address maybe, then the word opening a run of
    characters between blanks and colons, its ``\\w`` characters the word's (a full stop
    or a word's end follows it); the runs that may hold it are counted from the titles'
    and the forms' words. A word not plainly spelled, or a run with other characters,
    is tried at every start."""
    reach = (
        sum(max(len(w.split()) for w in _written_forms(t)) for t in titles)
        + max(len(f.split()) for f in _ADDRESS_FORMS.split("|"))
        + 1
    )
    at_word: dict[str | None, list[int]] = {}
    for at in starts:
        keys: set[str | None] = set()
        for _, token in zip(range(reach), _TOKEN.finditer(text, at), strict=False):
            run = _WORD_RUN.match(token[0])
            keys.add(run[0].lower() if run and _PLAIN_WORD.fullmatch(run[0]) else None)
        for key in keys:
            at_word.setdefault(key, []).append(at)
    unsure = at_word.get(None, [])

    def after(word: str) -> tuple[int, ...]:
        if not _PLAIN_WORD.fullmatch(word):
            return tuple(starts)
        return tuple(sorted({*at_word.get(word.lower(), ()), *unsure}))

    return after


def _title_starts(titles: tuple[str, ...], text: str) -> tuple[int, ...]:
    """Every place where the text gives ``titles`` and a blank, as ``_holds`` reads
    them: where its pattern for any name may start."""
    return tuple(m.start() for m in re.finditer(rf"(?i)(?=\b{_given(titles)}[\s:]+)", text))
