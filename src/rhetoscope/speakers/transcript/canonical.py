"""One name per speaker in a document.

A label that is part of a longer one is that person ("HOLT" in "Lester Holt"), when all
the longer forms are one person's ("Clinton" beside "Bill Clinton" and "Hillary Clinton"
stays as it is; Mrs. Smith is not Mr. Smith); Q and A, and labels of the asking and
answering sides, take the names the introduction gives (``interview``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .interview import _SIDE, _asking, _called_interview, _sides, _writer
from .shared import _contains, _words


def _canonical_names(
    labels: Sequence[str], intro: str, headers: Sequence[re.Match[str]] = (), text: str = ""
) -> dict[str, str]:
    """One name per person: the longest label or introduced name containing a shorter
    one ("HOLT" -> "Lester Holt"); Q and A named from the introduction when it says who
    they are ("Interview with Dolores Vance, by Tom Baker"; "Interviewer: Tom Baker").
    ``text``: the whole text, whose closing note may say it is an interview."""
    asks, answers = _sides(intro, headers, text)
    interview = _called_interview(intro, text)
    # a side some label spells ("Moderator: Lester Holt" beside "LESTER HOLT:") takes its spelling
    spelled = {label.lower(): label for label in labels}
    asks, answers = spelled.get(asks.lower(), asks), spelled.get(answers.lower(), answers)
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
    out: dict[str, str] = {}
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
        # (only the names with its rarest word can contain it: no pass over all of them)
        maybe = min((having[word] for word in words), key=len, default=[])
        size = (len(words), len(name))
        longer = [
            o for o in maybe if (len(words_of[o]), len(o)) > size and _contains(words_of[o], words)
        ]
        # Only when every longer form is one person's ("Holt" < "Lester Holt" < "Lester
        # Holt Jr"); "Clinton" beside "Bill Clinton" and "Hillary Clinton" stays as it is.
        # The Speaker pro tempore is not the Speaker.
        # Mrs. Smith is not Mr. Smith.
        longer = [o for o in longer if not o.endswith("pro tempore") and _same_sex(o, name)]
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
    elif "Q" in labels and asks and len(set(labels) - {"Q"}) == 1:
        out["Q"] = out[asks]
    return out


_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m"}


def _same_sex(a: str, b: str) -> bool:
    """Whether two names' honorifics may be one person's (one has none, or both agree)."""
    x, y = (_SEX.get(name.split()[0].lower().rstrip("."), "") for name in (a, b))
    return not (x and y) or x == y
