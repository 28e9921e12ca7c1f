"""Screenplays and stage scripts: a character's cue alone on its line in capitals
("MARGO", "RADIO ANNOUNCER (V.O.)", "MARGO (CONT'D)"), then the line spoken; scene
headings ("INT. BELL'S BAIT & TACKLE - NIGHT"), action lines, parentheticals ("(beat)")
and transitions ("CUT TO:") are narration.

Only a text that is a screenplay is read so: one that opens, after a few title lines,
with "FADE IN:" or a scene heading, and whose headings give a time of day after a dash
("INT. DINER - NIGHT"); an article quoting an excerpt or a report's "INT. KITCHEN" or
"EXT. SIDING - NORTH WALL" section is prose. A cue names a character by first name;
the action line that introduces them in capitals ("MARGO BELL (50s, reading glasses
...)") gives the full one; a stage play's cue may be a surname, the cast list's entry
("MR. EVERARD QUILLER, harbour clerk") giving the given names. A stage play printed
single-spaced, its cues with no blank line above, is read so when a cast list's heading
("CHARACTERS", "DRAMATIS PERSONAE") stands above them and the list names every cue.
Where blank lines part the blocks (above most cues, or above this one), a cue's speech
runs to the blank line (dialogue is wrapped); where none do, it is the one line below
the cue.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from ..models import NARRATOR, Segment
from .fullnames import lower_words

# a shooting script numbers its scenes: "12. EXT. HARBOUR - DAWN", "12A INT. CAB - NIGHT"
_SCENE = re.compile(
    r"^[^\S\n]*(?:\d{1,3}[A-Z]?\.?[^\S\n]+)?(?:INT|EXT|INT\./EXT|EXT\./INT|I/E)\.?[^\S\n]+[A-Z0-9]",
    re.M,
)
_EXTENSION = r"\((?:V\.O\.|O\.S\.|O\.C\.|CONT['\u2019]D|V\.O|O\.S|O\.C)\)"
_CUE = re.compile(
    rf"[^\S\n]*(?P<name>[A-Z][A-Z'\u2019.\-]*(?:[^\S\n][A-Z][A-Z'\u2019.\-]*){{0,3}})"
    rf"(?:[^\S\n]*{_EXTENSION})*"
    # a stage play's direction on the cue's line, in lower case: "MAEVE (not looking up)"
    r"(?:[^\S\n]*\([a-z][^()\n]{0,40}\))?[^\S\n]*"
)
# "(beat)"; a stage play's "[She switches the iron off. A long pause.]"
_PARENTHETICAL = re.compile(r"[^\S\n]*(?:\([^()\n]{1,80}\)|\[[^\[\]\n]{1,200}\])[^\S\n]*")
_TRANSITION = re.compile(r"[^\S\n]*(?:[A-Z ]+TO:|FADE (?:IN|OUT|TO BLACK)[.:]?|THE END)[^\S\n]*")
# a shot or a caption on screen, in capitals like a cue: "INSERT", "SUPER (over black)",
# "ANGLE ON THE DOOR", "BACK TO SCENE"
_SHOTS = frozenset(
    "INSERT SUPER MONTAGE INTERCUT FLASHBACK CHYRON POV ANGLE CLOSE BACK SERIES".split()
)
# "MARGO BELL (50s, ...)": a character introduced in an action line
_INTRODUCED = re.compile(r"\b(?P<full>[A-Z]{2,}(?:[^\S\n][A-Z]{2,}){1,2})[^\S\n]*\(")
_MIN_CUES = 3
_NARRATED_BY = re.compile(
    r"\b(?i:narrated[^\S\n]+by|narrator:)[^\S\n]+(?P<name>[A-Z][a-z'\u2019\-]+(?:[^\S\n][A-Z][a-z'\u2019\-]+){1,2})\b"
)
_FADE_IN = re.compile(r"^[^\S\n]*FADE IN:?[^\S\n]*$", re.M)
# a heading's time of day after a dash: "INT. DINER - NIGHT", "EXT. PIER - MOMENTS LATER"
# (a report's "EXT. SIDING - NORTH WALL" gives a place, as a section heading does)
_DASHED = re.compile(
    r"[^\n]*[^\S\n][-\u2013\u2014][^\S\n]+(?:[A-Z]+[^\S\n]+)?(?:DAY|NIGHT|MORNING|AFTERNOON|EVENING"
    r"|DAWN|DUSK|SUNRISE|SUNSET|NOON|MIDNIGHT|LATER|CONTINUOUS|SAME(?:[^\S\n]+TIME)?"
    r"|MOMENTS?[^\S\n]+LATER|FLASHBACK)\b"
)
_MIN_BLOCK_CUES = 4  # cues of a script with no scene heading
# a stage play's cast list's heading alone on its line, the entries below it
_CAST_HEADING = re.compile(
    r"^[^\S\n]*(?:THE[^\S\n]+)?(?:CHARACTERS|CAST(?:[^\S\n]+OF[^\S\n]+CHARACTERS)?"
    r"|DRAMATIS[^\S\n]+PERSONAE|PERSONS[^\S\n]+OF[^\S\n]+THE[^\S\n]+PLAY)[^\S\n]*:?[^\S\n]*\n"
    r"(?=[^\S\n]*[A-Z])",
    re.M | re.I,
)
# a word in capitals alone on its line under a blank line, a line below it
_BLOCK_CUE = re.compile(r"\n[^\S\n]*\n[^\S\n]*[A-Z][A-Z'\u2019\-]+[^\S\n]*\n[^\S\n]*\S")
# a first name and a surname, in Title Case or capitals, on one line
_PAIRED = re.compile(
    r"\b(?=(?P<first>[A-Z][a-z]+|[A-Z]{2,})[^\S\n]+"
    r"(?P<last>[A-Z][a-z'\u2019\-]+|[A-Z]['\u2019A-Z\-]+)\b)"
)  # overlapping: "WITH TOBIAS KERN" gives "TOBIAS KERN" too
_OWNS = ("'s", "\u2019s", "'S", "\u2019S")  # "Rosa Oduya's"
_TITLE_WORDS = 8  # a title line above the script: "LOW TIDE", "by Corinne Abara"
_LINE = re.compile(r"[^\n]+")


def split_screenplay(text: str) -> list[Segment] | None:
    """Turn and parenthetical segments of a screenplay, or None when ``text`` is none."""
    # (a scene heading holds "INT", "EXT" or "I/E": most texts have none, not scanned)
    scene = _SCENE.search(text) if "INT" in text or "EXT" in text or "I/E" in text else None
    headed = scene is not None and _opens_script(text, scene.start())
    blocked = headed or len(_BLOCK_CUE.findall(text)) >= _MIN_BLOCK_CUES
    # a single-spaced play's cast list, read only where blank lines set off no cues
    cast = None if blocked else _CAST_HEADING.search(text)
    if not blocked and cast is None:
        return None  # most texts: no run of the loop below
    # below the first heading; with none, a show's transcript laid out as a script
    after = text.find("\n", scene.start()) % (len(text) + 1) if scene and headed else 0
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, after)]
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    spaced = _spaced_cues(text, lines, after)
    # name, the cue line, the speech's parts: (whether a parenthetical, start, end)
    turns: list[tuple[str, int, int, list[tuple[bool, int, int]]]] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        name = _cue(text, a, b)
        parts = [] if name is None else _speech(text, lines, i + 1, spaced(i), cast is not None)
        if name is None or not any(not note for note, *_ in parts):
            i += 1
            continue
        turns.append((name, a, b, parts))
        i += 1 + len(parts)
    said = Counter(name for name, *_ in turns)
    if not headed:  # a one-off line in capitals is a heading ("CHARACTERS", "ACT ONE")
        turns = [t for t in turns if said[t[0]] > 1 or _in_cast(text, t[1], t[0])]
        said = Counter(name for name, *_ in turns)
    if len(turns) < _MIN_CUES or len(said) < 2 or said.most_common(1)[0][1] < 2:
        return None
    full = (
        _full_names(text, set(said)) if headed else _named_in_full(text[: turns[0][1]], set(said))
    )
    if not headed:  # "QUILLER" under a cast list's "MR. EVERARD QUILLER, harbour clerk"
        full.update(_cast_surnames(text[: turns[0][1]], set(said) - set(full)))
    regular = Counter({name: n for name, n in said.items() if n > 1})  # not the cast's one-offs
    listed = cast is not None and cast.end() <= turns[0][1]  # the cast list above the cues
    if not headed and not _cue_blocks(text, turns, regular, full, listed=listed):
        return None
    narrator = _NARRATED_BY.search(text, 0, turns[0][1])
    if narrator and "NARRATOR" in said:  # a documentary's credit: "Narrated by Colm Reddy"
        full.setdefault("NARRATOR", narrator["name"])
    out: list[Segment] = []
    for name, a, b, parts in turns:
        who = full.get(name, name)
        out.append(Segment(who, "turn", a, b, cue=text[a:b].strip(), head=b - a))
        for note, c, d in _merged(parts):
            if note:
                out.append(Segment(NARRATOR, "narration", c, d, "stage direction", d - c))
            else:
                out.append(Segment(who, "turn", c, d))
    return out


def _in_cast(text: str, cue: int, name: str) -> bool:
    """Whether a cast list above the cue (at ``cue``, a line's start) gives ``name`` a line
    ("A POSTMAN", "RAY MOSS, her son"): a character speaking once, as a postman does, no
    heading. A line is an entry for ``name`` when, after its blanks and an article, it
    opens with the name, a word's end, and then only blanks before a comma, a parenthesis
    or the line's end."""
    return _cast_entries(text).get(name, len(text)) < cue


_LINE_OPENING = re.compile(r"^[^\S\n]*", re.M)
_ARTICLE = re.compile(r"(?:A|AN|THE)[^\S\n]+")
_NAME_END = re.compile(r"\w(?=[^\S\n]*(?:[,(]|\Z))")  # (read up to the line's end)


@functools.lru_cache(maxsize=16)
def _cast_entries(text: str) -> dict[str, int]:
    """Each name some line of ``text`` gives an entry (as ``_in_cast`` reads one) -> the
    start of the first such line. Read once per text: a play's every one-off cue asks,
    and a pattern per cue over the text above it was quadratic."""
    first: dict[str, int] = {}
    for line in _LINE_OPENING.finditer(text):
        start, head = line.start(), line.end()
        end = text.find("\n", head) % (len(text) + 1)
        heads = [head]
        if article := _ARTICLE.match(text, head, end):
            heads.append(article.end())
        for at in heads:
            for m in _NAME_END.finditer(text, at, end):
                first.setdefault(text[at : m.end()], start)
    return first


def _cue_blocks(
    text: str,
    turns: list[tuple[str, int, int, list[tuple[bool, int, int]]]],
    said: Counter[str],
    full: dict[str, str],
    *,
    listed: bool = False,
) -> bool:
    """Whether a text with no scene heading is a show's transcript laid out as a script
    ("ROSA" alone on its line, a blank line above, her words below): every cue a first
    name in capitals that the text gives in full ("Guest: Rosa Oduya") and never writes
    in lower case, each coming back, each below a blank line; beside such names, a role
    a play's cast list describes ("THE INSPECTOR, from the Lights Board"). A heading in
    capitals ("INGREDIENTS", "UPDATE") names no one. Under a cast list's heading
    (``listed``: a play printed single-spaced, which the blank lines' gate above let
    through) most cues must say sentences."""
    common = lower_words(text)
    return (
        len(turns) >= _MIN_BLOCK_CUES
        and min(said.values()) >= 2
        and any(name in full for name in said)  # a person, not a contents list's headings
        and all(
            (name in full or _cast_described(text, turns[0][1], name))
            and name.lower() not in common
            for name in said
        )
        and (not listed or _spoken(text, turns))
        and all(a == 0 or text.count("\n", text.rfind("\n", 0, a - 1), a) > 1 for _, a, *_ in turns)
    )


_SENTENCE_END = re.compile(r"[.?!\u2026\"\u201d\u2014-][^\S\n]*$")


def _spoken(text: str, turns: list[tuple[str, int, int, list[tuple[bool, int, int]]]]) -> bool:
    """Whether most cues' lines below end as said sentences do ("Who?", "Eli.") and some
    talk to someone (a question, "I", "you"): a play's speech, not a rehearsal call
    sheet's "Monday 10:00, Act One." under the names."""
    spans = [(c, d) for _, _, _, parts in turns for note, c, d in parts[-1:] if not note]
    ends = sum(_SENTENCE_END.search(text, c, d) is not None for c, d in spans)
    talk = any(_TALK.search(text, c, d) for c, d in spans)
    return talk and 2 * ends > len(turns)


_TALK = re.compile(r"\?|\b(?:I|I'm|I've|[Mm]y|me|[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)\b")


def _cast_described(text: str, cue: int, name: str) -> bool:
    """Whether a cast list above the first cue (at ``cue``) describes ``name`` after a
    comma or in parentheses ("THE INSPECTOR, from the Lights Board"): a character
    the play never names in full. A heading alone on its line ("UPDATE") is no entry."""
    entry = rf"^[^\S\n]*(?:(?:A|AN|THE)[^\S\n]+)?{re.escape(name)}[^\S\n]*[,(][^\S\n]*[a-z]"
    return re.compile(entry, re.M).search(text, 0, cue) is not None


# a cast list's entry for a character cued by surname: "MR. EVERARD QUILLER, harbour
# clerk", "DR. ANN MARIE VOSS (her doctor)": given names in capitals before the cue, a
# form of address or none, then a description in lower case
_CAST_ENTRY = (
    r"^[^\S\n]*(?:(?:MR|MRS|MS|MISS|DR|SIR|DAME|LADY|LORD)\.?[^\S\n]+)?"
    r"(?P<given>[A-Z][A-Z'\u2019\-]+(?:[^\S\n]+[A-Z][A-Z'\u2019\-]+)?)[^\S\n]+{name}"
    r"[^\S\n]*[,(][^\S\n]*[a-z]"
)


def _cast_surnames(text: str, names: set[str]) -> dict[str, str]:
    """Cue (a surname) -> the full name the cast list above the first cue (``text``)
    gives it in its entry, without the form of address ("QUILLER" -> "Everard
    Quiller"); a heading alone on its line, or a name only in passing, gives none."""
    out: dict[str, str] = {}
    for name in names:
        if " " in name:
            continue
        entries = re.compile(_CAST_ENTRY.format(name=re.escape(name)), re.M).findall(text)
        if len(set(entries)) == 1:
            out[name] = f"{entries[0].title()} {name.title()}"
    return out


def _named_in_full(text: str, names: set[str]) -> dict[str, str]:
    """Cue (one word) -> the one full name the text's introduction (``text``, above the
    first cue) gives with it as first name ("Guest: Rosa Oduya", "LATE WITH
    DEVIN PARK"); not a name in passing below ("a quote from Maya Angelou"), nor a
    dateline's place ("LONDON", "the London Stock Exchange")."""
    found: dict[str, set[str]] = {}
    for m in _PAIRED.finditer(text):
        first = m["first"].upper()
        if first in names and m["last"][-2:] not in _OWNS:
            found.setdefault(first, set()).add(f"{m['first'].title()} {m['last'].title()}")
    return {name: next(iter(full)) for name, full in found.items() if len(full) == 1}


def _opens_script(text: str, heading: int) -> bool:
    """Whether the text opens as a screenplay: only short title lines (no sentence)
    above the first scene heading or "FADE IN:", and a heading with a dash's time of
    day, or "FADE IN:"."""
    faded = _FADE_IN.search(text, 0, heading)
    top = text[: faded.start() if faded else heading]
    for line in top.splitlines():
        words = line.split()
        end = line.rstrip()[-1:]
        if len(words) > _TITLE_WORDS or (
            end and end in ".?!:;," and not (end == "." and line.isupper())
        ):
            return False  # a sentence, not a title line ("LOW TIDE", "FINAL DRAFT.")
    return bool(faded) or any(_DASHED.match(text, m.start()) for m in _SCENE.finditer(text))


def _spaced_cues(text: str, lines: list[tuple[int, int]], after: int) -> Callable[[int], bool]:
    """Whether blank lines part the blocks of the cue on line ``i``: of most cues (a
    double-spaced script) or of this one, so that a single-spaced script with a blank
    line only between scenes keeps its action lines."""

    def above(i: int) -> bool:
        return text.count("\n", lines[i - 1][1] if i else after, lines[i][0]) > 1

    cues = [i for i, (a, b) in enumerate(lines) if _cue(text, a, b) is not None]
    most = 2 * sum(above(i) for i in cues) > len(cues)
    return lambda i: most or above(i)


def _speech(
    text: str, lines: list[tuple[int, int]], j: int, blocks: bool, wraps: bool = False
) -> list[tuple[bool, int, int]]:
    """The parentheticals and lines a cue's block speaks from line ``j``: to the end of
    its block where blank lines part blocks, else parentheticals and one line; with
    ``wraps`` (a play printed single-spaced under its cast list), the lines a sentence
    runs on to ("... as well, if" / "that is your dog under the bench.")."""
    parts: list[tuple[bool, int, int]] = []
    while j < len(lines):
        c, d = lines[j]
        if blocks and text.count("\n", lines[j - 1][1], c) > 1:
            break  # a blank line ends the block
        if _cue(text, c, d) is not None or _SCENE.match(text, c):
            break
        note = _PARENTHETICAL.fullmatch(text, c, d) is not None
        parts.append((note, c, d))
        j += 1
        if not blocks and not note and not (wraps and _SENTENCE_END.search(text, c, d) is None):
            break  # one line of speech, then action
    return parts


def _merged(parts: list[tuple[bool, int, int]]) -> list[tuple[bool, int, int]]:
    """Adjacent lines of speech as one span; each parenthetical on its own."""
    out: list[tuple[bool, int, int]] = []
    for note, c, d in parts:
        if out and not note and not out[-1][0]:
            out[-1] = (False, out[-1][1], d)
        else:
            out.append((note, c, d))
    return out


def _cue(text: str, start: int, end: int) -> str | None:
    """The character a line cues, or None: a line in capitals of a few words, no scene
    heading or transition."""
    m = _CUE.fullmatch(text, start, end)
    if m is None or _SCENE.match(text, start) or _TRANSITION.fullmatch(text, start, end):
        return None
    if m["name"].split()[0] in _SHOTS:  # "INSERT (close on the till)", "SUPER": the script's
        return None
    return " ".join(m["name"].split())


def _full_names(text: str, names: set[str]) -> dict[str, str]:
    """Cue -> the full name an action line introduces with its first word ("MARGO" ->
    "Margo Bell"), where exactly one does."""
    found: dict[str, set[str]] = {}
    for m in _INTRODUCED.finditer(text):
        words = m["full"].split()
        if words[0] in names:
            found.setdefault(words[0], set()).add(" ".join(w.title() for w in words))
    return {name: next(iter(full)) for name, full in found.items() if len(full) == 1}
