"""Court and hearing layouts: examinations, witnesses, the bench, line numbers.

A deposition or a trial transcript labels its turns Q and A; Q is the lawyer of the last
"BY MR. HALE:" heading and A (and ``THE WITNESS``) the witness last sworn in; ``THE
COURT`` is the judge the caption names. Court reporters number every line, and the
formalities ("Thereupon,", "having been first duly sworn", "DIRECT EXAMINATION") and a
hearing's statement headings are narration. A committee's numbered questions ("Q121
Chair:") and indented "Mr. Hale." labels belong here too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..names import _NOT_PERSON, FUNCTION_WORDS, TITLES
from .labels import _LABEL, _QA_MARK
from .shared import _CAP_WORD, _NAME, _ROLES, _S, _Label, _lstrip

# A hearing's mark, without which an indented "Mr. Hale." or "The Chairman." opens
# prose: a senator's indented label, a statement's heading, or the committee
_HEARING_MARK = re.compile(
    rf"(?<={_S}{_S})(?:Senator|Representative){_S}[A-Z][a-z'\-]+\."
    rf"|STATEMENT{_S}+OF{_S}|\b(?:Committee|COMMITTEE|Subcommittee)\b"
)


# Court formalities, in a court's wording ("Thereupon,", "having been first duly sworn"):
# narration like a mark ("Director Wray was sworn in and testified" is speech).
_FORMALITY = re.compile(
    rf"""{_S}*(?:
        (?i:thereupon|whereupon),?                                         # Thereupon,
      | The{_S}+(?:legislative{_S}+|assistant{_S}+(?:legislative{_S}+|bill{_S}+)?)?clerk
            {_S}+(?:proceeded{_S}+to{_S}+)?call(?:ed)?{_S}+the{_S}+roll\.     # The clerk called ...
      | (?=[^\n]*\b(?i:sworn|affirmed)\b)(?:[A-Z][A-Z.'\-]*(?:{_S}+[A-Z][A-Z.'\-]*){{0,4}},{_S}*)?
            (?i:having{_S}+been|who,?{_S}+having|(?:the{_S}+)?witness)[^\n]*     # ... duly sworn
      | (?:[A-Z][\w.'\-]*{_S}+){{1,5}}\((?i:sworn|affirmed)\)                    # NAME (affirmed)
    ){_S}*$""",
    re.VERBOSE | re.MULTILINE,
)
# A hearing's heading above a statement, in capitals ("STATEMENT OF HON. JANE ROE, U.S.
# SENATOR", "STATEMENT OF JO ROE, Ph.D."; no lower-case word, as a wrapped speech line
# has), and the line of capitals it wraps onto
# (and an appellate court's above each side's argument: "ORAL ARGUMENT OF DANIEL S. KIM"
# above "ON BEHALF OF THE APPELLANTS", "REBUTTAL ARGUMENT OF ...")
_STATEMENT_OF = re.compile(
    rf"{_S}*(?:[A-Z]+{_S}+){{0,2}}(?:STATEMENT|ARGUMENT){_S}+OF{_S}+[A-Z](?![^\n]*\b[a-z]{{2}})[^\n]*$",
    re.M,
)
_CAPS_LINE = re.compile(r"[^a-z\n]*[A-Z][^a-z\n]*$", re.M)


def _statement_heading(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``..``end`` is a hearing's statement heading or its
    wrapped tail (a line in capitals below one)."""
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1  # the line above
    if _STATEMENT_OF.match(text, start, end):  # set apart, not a wrapped line
        return start == 0 or text[start] in " \t" or not text[above : start - 1].strip()
    return bool(
        start and _CAPS_LINE.match(text, start, end) and _STATEMENT_OF.match(text, above, start - 1)
    )


# The witness's name on its line before the oath ("PATRICIA OSTERBERG," then "having been
# first duly sworn"): only with the oath below, since a line of capitals ending in a
# comma may be speech ("MY FELLOW AMERICANS,").
_SWORN_NAME = re.compile(rf"{_S}*[A-Z][A-Z'\-]+(?:{_S}+[A-Z][A-Z.'\-]*){{1,4}},{_S}*$")
# the oath on the line below, or wrapped to the next ("called as a witness ..., having
# been duly" / "sworn, testified as follows:")
_OATH_BELOW = re.compile(r"\n[^\n]*(?:\n[^\n]*)?\b(?i:sworn|affirmed)\b")
# Who asks, after "Questions from": a person, by title ("MS PARRY", "Mr Hale") or in
# capitals ("ANNA PARRY"), not a group ("Questions from Residents").
_EXAMINING = (
    rf"(?:(?i:mr|mrs|ms|miss|dr|sir|dame|lord|lady|judge|coroner)\.?{_S}+{_NAME}"
    rf"|[A-Z][A-Z'\-]+(?:{_S}+[A-Z][A-Z.'\-]*)+)"
)
_EXAMINATION_KIND = (
    rf"(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|RE-DIRECT|RE-CROSS|FURTHER){_S}*-?{_S}*)*EXAMINATION"
)
# "BY MR. HALE:": the lawyer who examines the witness from here on.
# (an English inquest's or inquiry's heading: "Questions from MS PARRY", "Questions by
# MR FARLOW")
_EXAMINER = re.compile(
    rf"{_S}*(?:(?:BY|By){_S}+(?P<who>{_NAME}):"
    # (the examination's heading naming its examiner: "CROSS-EXAMINATION BY MS. NWOSU:")
    rf"|{_EXAMINATION_KIND}{_S}+(?:BY|By){_S}+(?P<heading>{_NAME}):?"
    rf"|(?i:questions{_S}+(?:from|by)|questioned{_S}+by|(?:cross-|re-)?examined{_S}+by){_S}+"
    # (a British inquiry's heading adds the examiner's role: "Questions by MR FARLOW,
    # COUNSEL TO THE INQUIRY", "Questions by Ms Reed, Counsel to the Inquiry")
    rf"(?P<from>{_EXAMINING}):?(?:{_S}*\([^()\n]*\)"
    rf"|,{_S}*[A-Z][\w'\-]*(?:{_S}+(?:[A-Z][\w'\-]*|of|to|the|for|and)){{0,5}})?)"
    rf"{_S}*$",
    re.MULTILINE,
)
# The examiner named inside a question's label: "Q. (By Mr. Delaney) Ms. Pike, ..."
_BY_INLINE = re.compile(rf"{_S}*\((?:BY|By){_S}+(?P<who>{_NAME})\)")
# Who testifies: "DEPOSITION OF PATRICIA OSTERBERG", "PATRICIA OSTERBERG, having been
# first duly sworn".
_WITNESS = re.compile(
    rf"(?i:deposition|testimony|examination){_S}+(?i:of){_S}+(?P<who>{_NAME})"
    # (the oath on the name's line, or the name alone and the oath on one of the two lines
    # below, no other name's between: "Thereupon," above "PATRICIA OSTERBERG," is none)
    rf"|^{_S}*(?:\d{{1,2}}{_S}+)?(?P<sworn>{_NAME}),(?:[^\n]*?|{_S}*"
    rf"(?:\n(?!{_S}*(?:\d{{1,2}}{_S}+)?{_NAME},{_S}*$)[^\n]*){{1,2}}?)\b(?i:sworn|affirmed)\b"
    rf"|^{_S}*(?P<paren>{_NAME}){_S}*\((?i:sworn|affirmed)\){_S}*$"  # "MR ASHWORTH (affirmed)"
    # a deposition's running head, the witness in capitals and the day, alone on its
    # line at each page's top: "EDITH MARIE SANDOVAL - 03/09/2026"
    rf"|^{_S}*(?P<paged>[A-Z][A-Z'\-]+(?:{_S}[A-Z][A-Z.'\-]*){{1,3}}){_S}+[-\u2013\u2014]{_S}+"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}{_S}*$",
    re.MULTILINE,
)


# The number a court reporter puts at the start of each line: "12   A.  No.", or with
# its page, as an excerpt of a deposition cites it: "14:7   A.  No."
_LINE_NUMBER = re.compile(rf"{_S}*(?:\d{{1,4}}:)?\d{{1,2}}{_S}+(?=\S)")
_NUMBERED_SHARE = 0.6  # of the non-empty lines, for a document to be line-numbered
_NUMBERED_MIN = 5


_COURT_LINE = re.compile(rf"(?:[QA][.:]|THE{_S}+(?:COURT|WITNESS)\b|[^\n]*\b(?i:sworn|affirmed)\b)")
_WRAPPED_SHARE = 0.2  # of the numbered lines, unlabelled (wrapped speech), in court


def _numbered(text: str) -> bool:
    """Whether most lines open with a line number, as court transcripts print them: with
    Q and A, an oath or wrapped speech, not a list of "1 Arsenal: Beat Chelsea." lines."""
    lines = [line for line in text.split("\n") if line.strip()]
    rests = [line[m.end() :] for line in lines if (m := _LINE_NUMBER.match(line))]
    if len(rests) < _NUMBERED_MIN or len(rests) < _NUMBERED_SHARE * len(lines):
        return False
    wrapped = sum(1 for rest in rests if not _LABEL.match(rest))
    return wrapped >= _WRAPPED_SHARE * len(rests) or any(map(_COURT_LINE.match, rests))


# Words a running head holds when it names the proceeding, not the witness: "MOTION
# HEARING - 03/09/2026", "TRIAL TRANSCRIPT - 01/02/2026"
_PROCEEDING_WORD = re.compile(
    r"(?i)\b(?:hearings?|sessions?|proceedings?|transcripts?|volume|vol|depositions?"
    r"|examinations?|direct|cross|trial|motions?|court|record|minutes|meeting|index|exhibits?"
    r"|continued|page|day|morning|afternoon|evening|county|state|district|case|matter"
    r"|testimony|sentencing|arraignment|conference|status|excerpt|partial|certified)\b"
)


def _witnesses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, who) of each witness called, in order: a trial calls several."""
    return [
        (m.start(), m.end(), (m["who"] or m["sworn"] or m["paren"] or m["paged"]).strip())
        for m in _WITNESS.finditer(text)
        # a running head names the witness only in words a person's name can hold, and
        # heads each page: a line of a name and a day said once is no head
        if not (
            m["paged"]
            and (_PROCEEDING_WORD.search(m["paged"]) or text.count(m.group().strip()) < 2)
        )
    ]


# The oath put to a witness: "Do you solemnly swear or affirm ...", "Raise your right
# hand", "... to tell the truth?" (not "Do you affirm you'll remain available?", said to
# one stepping down)
_OATH = re.compile(
    r"(?i)\b(?:swear|solemnly|raise\s+your\s+right\s+hand|tell\s+the\s+truth"
    r"|penalty\s+of\s+perjury)\b"
)
# A question or an answer opening its line, after the line's number: "Q   Where were
# you?", "12  A.  No." (not "A lot of ...")
_EXAMINATION_LINE = re.compile(rf"^(?:{_LINE_NUMBER.pattern})?{_S}*[QA]{_QA_MARK}", re.M)


def _sworn_next(text: str, since: int, at: int, coming: Sequence[tuple[int, int, str]]) -> str:
    """The witness whose heading comes next, for THE WITNESS at ``at`` answering the oath
    above that heading ("THE CLERK: ... Do you solemnly swear ...?" / "THE WITNESS: I do."
    / "SAMUEL KIRBY, called as a witness ..., having been first duly sworn"): the oath
    put since ``since`` (the last question, answer or witness's mention: the oath put to
    the witness before stays that witness's), and no question between here and the
    heading; ``coming``: the mentions of witnesses not yet passed."""
    if not coming or not _OATH.search(text, since, at):
        return ""
    where, until, who = coming[0]
    if not _heading_at(text, where, until) or _EXAMINATION_LINE.search(text, at, where):
        return ""
    return who


def _heading_at(text: str, at: int, until: int) -> bool:
    """Whether the mention ``at``..``until`` is a heading line: nothing in lower case before
    it, no label, no sentence's end on the line, and the line in capitals or ending with
    the mention (a wrapped "deposition of Mark Tully before" is a question's)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at) % (len(text) + 1)
    before = text[start:at]
    return (
        before.upper() == before
        and (text[at:end].isupper() or not text[until:end].strip())
        and not re.search(r"[:.]", before)
        and not _SENTENCE_END.search(text, start, end)
    )


def _in_turn(text: str, labels: Sequence[_Label], at: int) -> bool:
    """Whether ``at`` lies in a speaker's turn, by the last label whose line starts at or
    before it."""
    i = bisect_right(labels, at, key=lambda label: text.rfind("\n", 0, label.start) + 1)
    return i > 0 and labels[i - 1].speaks


# Labels of an examination's sides besides Q and A ("Counsel:" asks, "Witness:" answers)
_EXAMINATION_SIDES = frozenset({"THE WITNESS", "WITNESS", "COUNSEL"})
_ANSWERING = frozenset({"THE WITNESS", "WITNESS"})  # the witness's labels besides A


def _examined(name: str, examiner: str, witness: str) -> str:
    """In court, Q (and COUNSEL) is the examining lawyer of the last "BY ...:" header, A
    (and THE WITNESS, WITNESS) the witness sworn in."""
    if (name == "Q" or name.upper() == "COUNSEL") and examiner:
        return examiner
    if (name == "A" or name.upper() in _ANSWERING) and witness:
        return witness
    return name


def _questioner(name: str) -> bool:
    """Whether a label after a committee's question number ("Q121 Chair:", "Q122 Tom
    Bright:") names a person: a role, a titled name or a full one, not a quiz's "Q12
    Capital:"; "Q12 The Chair:" too)."""
    words = [w for w in name.split() if w.lower() != "the"] or name.split()
    first, last = words[0].lower().strip("."), words[-1].lower()
    if first in _ROLES or first in TITLES:
        return True
    return len(words) >= 2 and last not in _NOT_PERSON and first not in FUNCTION_WORDS


# Labels of the one who presides in court ("THE COURT:", "THE CORONER:"), and how a
# caption or a lede names that person ("BEFORE THE HONORABLE CLAIRE W. ABERNATHY",
# "Senior Coroner Alison Thackeray", "Common Pleas Judge Evelyn Marsh").
_BENCH = frozenset("court judge coroner magistrate".split())
# The name: two or three words, the one in the middle may be an initial, ending the
# phrase ("Judge Evelyn Marsh Denies Motion" is a headline's, no one's name).
_BENCH_NAME = (
    rf"(?P<bench>{_CAP_WORD}(?:{_S}{_CAP_WORD}){{1,2}})"
    rf"(?={_S}*(?:[,;:)]|$|\.{_S}*$)|{_S}+(?:[a-z]|(?i:presiding)\b))"
)
_BEFORE_THE_BENCH = re.compile(
    rf"(?i:before){_S}+(?i:the{_S}+)?(?i:honorable|honourable|hon\.?)(?:{_S}+(?i:judge))?"
    rf"{_S}+{_BENCH_NAME}",
    re.MULTILINE,
)
_BENCH_TITLED = re.compile(
    rf"\b(?:Judge|JUDGE|Coroner|CORONER|Magistrate|MAGISTRATE){_S}+{_BENCH_NAME}", re.MULTILINE
)
_HON_JUDGE = re.compile(
    rf"\b(?:Hon\.|HON\.|Honou?rable|HONOU?RABLE){_S}+(?P<bench>{_CAP_WORD}(?:{_S}{_CAP_WORD}){{1,2}}),"
    rf"{_S}*(?:Judge|JUDGE|Justice|JUSTICE|Magistrate|MAGISTRATE|Coroner|CORONER)\b"
)
# "Appeal from the ruling of Judge Thomas Reed": a judge below, not the bench heard
_RULING_OF = re.compile(
    r"(?i:ruling|order|decision|judgment|judgement|opinion|sentence)\s+(?i:of|by)\s+$"
)


def _bench_named(intro: str) -> re.Match[str] | None:
    """The judge or coroner presiding, as the caption or lede names them: "before the
    Honorable ..." first, then a caption's "Hon. Beatrice Lomax, Judge", then a titled
    name that is no lower court's ruling."""
    m = _BEFORE_THE_BENCH.search(intro) or _HON_JUDGE.search(intro)
    if m:
        return m
    return next(
        (
            m
            for m in _BENCH_TITLED.finditer(intro)
            if not _RULING_OF.search(intro, max(0, m.start() - 40), m.start())
        ),
        None,
    )


_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")


# The Record's note that material is inserted below it: "[The information referred to
# follows:]", "[The letter follows:]"; not a witness's "[The prepared statement of Mr.
# Smith follows:]", which the studied hearings give the witness, nor a note with no colon
# ("[A long pause follows]": the speaker goes on)
_INSERTED = re.compile(
    rf"^{_S}*\[(?:The|A|An){_S}(?![^\]\n]*\b(?i:statement|testimony|remarks)\b)"
    rf"[^\[\]\n]{{0,160}}\bfollows?:\]{_S}*$",
    re.M,
)


def inserted_below(text: str, labels: list[_Label]) -> list[_Label]:
    """``labels`` with the paragraph below a note that material is inserted into the
    record (a letter, information asked for) made narration to the next label: the
    inserted text is no one's words, though no label opens it. A note with a label right
    below it inserts nothing unlabelled."""
    if ":]" not in text or "follow" not in text:
        return labels  # most texts: no regex run ("following" is common in speech)
    starts = {label.start for label in labels}
    added = []
    for m in _INSERTED.finditer(text):
        below = _lstrip(text, m.end(), len(text))
        if below < len(text) and below not in starts:
            added.append(_Label(below, below, "", speaks=False))
    return sorted([*labels, *added], key=lambda label: label.start) if added else labels


# A note that an exhibit is printed in the Record ("(See exhibit 1.)"), and the exhibit's
# heading in capitals alone on its line ("EXHIBIT 1")
_SEE_EXHIBIT = re.compile(rf"\((?i:see){_S}+(?i:exhibit){_S}+(?P<n>\d{{1,2}})\.?\)")
_EXHIBIT_HEADING = re.compile(rf"^{_S}*EXHIBIT{_S}+(?P<n>\d{{1,2}}){_S}*$", re.M)


def exhibited_below(text: str, labels: list[_Label]) -> list[_Label]:
    """``labels`` with an exhibit printed below its heading made narration: a heading
    "EXHIBIT 1" that a note above ("(See exhibit 1.)") refers to, and below it no label
    but those of the speakers above (a letter's "Dear Senator Calderwood:" is printed,
    not said) up to the first of them, who speaks again."""
    if "xhibit" not in text or "EXHIBIT" not in text:
        return labels  # most texts: no regex run
    # (the headings read once, each note looking up the first of its number below it: a
    # search of the text below every note was quadratic in many notes)
    headings: dict[str, list[int]] = {}
    for m in _EXHIBIT_HEADING.finditer(text):
        headings.setdefault(m["n"], []).append(m.start())
    for note in _SEE_EXHIBIT.finditer(text):
        starts = headings.get(note["n"], [])
        at = bisect_left(starts, note.end())
        if at == len(starts):
            continue
        heading = starts[at]
        spoke = {label.name for label in labels if label.start < heading}
        after = (label for label in labels if label.start > heading)
        resumed = next((label.start for label in after if label.name in spoke), len(text))
        kept = [label for label in labels if not heading < label.start < resumed]
        return sorted(
            [*kept, _Label(heading, heading, "", speaks=False)],
            key=lambda label: label.start,
        )
    return labels
