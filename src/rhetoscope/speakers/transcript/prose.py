"""Telling a labelled transcript from prose that opens paragraphs with labels.

News opens paragraphs with editorial tags ("Update:", "Editor's note:"), headlines
("Bernie Sanders: I'm Not Much Of A Socialist ..."), fact lists ("Cause:", "Detour:"),
candidate profiles ("Marcus Okoro: A former teacher, Okoro, 41, ...") and form fields
("Posted: November 27"). A text is a transcript when enough paragraphs open with labels
of two speakers or more, when a Q and an A both appear, or when labels of a form prose
does not use (``_unlike_prose``) open its paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .labels import _LABEL, _LONE_LABEL, _SPACED_LABEL, _full_or_role, _group
from .shared import (
    _ADDRESSED,
    _BLANK_LINE,
    _FIRST_SINGULAR,
    _FULL_NAME,
    _PERSONAL,
    _S,
    _Label,
    _lstrip,
)
from .stage import _BRACKETED, _STAGE, is_stage_direction

MIN_LABELLED = 3
# Editorial tags that open news paragraphs the way labels open turns.
_EDITORIAL = frozenset(
    (
        "update updated correction clarification note related watch photos video source "
        "sources disclaimer advertisement listen subscribe background analysis context "
        "summary opinion commentary editorial explainer timeline takeaway takeaways"
        " warning caution tip hint reminder important"  # a how-to's callouts
    ).split()
) | {
    "editor's note",
    "editors' note",
    "editors note",
    "read more",
    "why it matters",
    "what's next",
    "what\u2019s next",
    "bottom line",
    "the bottom line",
    "key points",
    "fact check",
}


# Words a headline capitalises that a sentence writes in lower case.
_SMALL_WORDS = frozenset(
    "a an the of to in on at for with by as and or but is are was were be it its his her "
    "their not from into over about that this".split()
)
# findall gives the initials; a single letter with a period is no word ("U.S.A.!")
_HEADLINE_WORD = re.compile(r"([A-Za-z])(?:[\w'\u2019\-]+|(?!\.))")
# A line that is a quotation and nothing else: 'Trump: "We will win"', not 'Q: "The
# best is yet to come" -- that was your slogan.'
_QUOTATION_LINE = re.compile(
    '["\u201c\u2018\'][^\n"\u201c\u201d]*["\u201d\u2019\'][.!?]?[^\\S\n]*(?:\n|$)'
)
_NON_SPACE = re.compile(r"\S")
# a sentence's end before a word, one space or two after it ("No.  That was ...")
_ENDED_BEFORE = re.compile(r"[.!?:;][\"'\u201d\u2019)]*\s*$")


def _headline(text: str, para: int, label_end: int, para_end: int, spoke: bool = True) -> bool:
    """Whether the labelled paragraph at ``para`` is a news headline, no turn: a line in
    Title Case after its label ("Bernie Sanders: I'm Not Much Of A Socialist Compared To
    Eisenhower", a small word such as "Of" or "To" capitalised inside it), or the
    document's first line holding nothing but a quotation after its label ("Trump: 'We
    will win'"; not 'Q: "The best is yet to come" -- that was your slogan.'), or such a
    line in the header block above the first turn (``spoke`` False), set off by blank
    lines (a Q&A's headline under its section's name) or in the text's opening block of
    lines, no blank line above it (a section's name, the headline, the byline)."""
    rest = text[label_end:para_end]
    # Searched, not sliced: every labelled paragraph of a long transcript comes here.
    first_line = _NON_SPACE.search(text, 0, para) is None
    # (in the opening block, a line of the headline's, not of a script's dialogue: no
    # label on the line below, "AMY SHAW: 'Good morning.'" / "BEN OKAFOR: 'Morning.'")
    set_off = not spoke and (
        _BLANK_LINE.match(text, para_end) is not None
        or (
            _BLANK_LINE.search(text, 0, para) is None
            and not _LABEL.match(text, _lstrip(text, para_end, len(text)))
        )
    )
    if (first_line or set_off) and _QUOTATION_LINE.match(rest.lstrip()):
        return True
    if rest.isupper() and text.startswith(">>", _lstrip(text, para, label_end)):
        return False  # a captioner's line, all in capitals: no title, no Title Case to read
    if first_line and rest.isupper() and not text[para:label_end].isspace():
        return True  # "NCAA TOURNAMENT: SECOND ROUND": a title in capitals, no turn
    # Most turns fail on their initials alone, read without a match object per word.
    initials = _HEADLINE_WORD.findall(rest)
    if len(initials) < 4 or _capitals(initials) < 0.8 * len(initials):
        return False
    words = list(_HEADLINE_WORD.finditer(rest))
    return any(
        w.group().lower() in _SMALL_WORDS
        and w.group()[0].isupper()
        and not _ENDED_BEFORE.search(rest, 0, w.start())
        and rest[: w.start()].strip()
        for w in words[1:]
    )


_CAPITAL_BYTES = bytes(range(ord("A"), ord("Z") + 1))


def _capitals(initials: list[str]) -> int:
    """How many of ``initials`` (each an ASCII letter) are capitals: the letters joined
    into bytes less those left when the capitals are deleted, counted in C, no call a
    letter."""
    letters = "".join(initials).encode("ascii")
    return len(letters) - len(letters.translate(None, _CAPITAL_BYTES))


def _titled(m: re.Match[str]) -> bool:
    """Whether a label with a title after a comma is a label: a name in capitals with
    one ("VOSS, CBN NEWS ANCHOR:"), or a full name ("Tom Ruiz, Barclays:"); not prose
    ("Instead, Matthews, MSNBC's host:")."""
    name = m["name"]
    return name.isupper() or len(name.split()) >= 2


def _unlike_prose(m: re.Match[str]) -> bool:
    """A label news prose would not open a paragraph with: ``HOLT:`` in capitals,
    ``[Name]``, ``**Name:**``, ``Mr. SMITH.``, ``Q:``, any label with a timestamp
    (``[00:01:02] Jane Doe:``, ``Speaker 1 (00:01):``). Alone on its line, a name in
    capitals may be a dateline or a heading ("BERLIN:"): only one with a timestamp
    ("JANE DOE (00:12:30):") is marked."""
    if any(_group(m, g) for g in ("md", "br", "vt", "cong", "qa")):
        return True
    if m["early"] or m["late"] or m["late2"]:
        return True
    # (by source: the module's patterns may be ``patterns.Lazy``, whose matches' ``re``
    # is the pattern compiled from it)
    if m.re.pattern in (_LONE_LABEL.pattern, _SPACED_LABEL.pattern) or _group(m, "hearing"):
        return False  # "Dr. Lee." may open a paragraph of prose: counted only if it recurs
    name = m["name"]
    return any(ch.isalpha() for ch in name) and name.isupper() and len(name) > 1


_STEP = re.compile(rf"^{_S}*(?:\*\*)?(?i:step){_S}+\d{{1,2}}\b", re.MULTILINE)
_STEPS_MIN = 2
# A news story's byline near its top ("By Odile Marchbanks, Staff Writer") and its
# reporting verb, said in the paragraphs above a box of questions
_BYLINE = re.compile(rf"^{_S}*(?:[Bb]y){_S}+[A-Z][\w'\u2019\-]+{_S}+[A-Z]", re.MULTILINE)
_BYLINE_LINES = 5  # the lines of a story's top where its byline is
_SAID = re.compile(r"\b(?:said|says)\b")
_SAID_MIN = 2
_BOX_LABELS = 4  # a reader's box: a question or two, each answered
# The paragraph right above an interview's questions, saying it is one: "We spoke to
# Ravel on the quay.", "This conversation has been condensed and edited."
_INTERVIEW_NOTE = re.compile(
    r"(?i)\b(?:interview|conversation|(?:spoke|talked|sat\s+down)\s+(?:to|with)"
    r"|edited\s+for|condensed)\b"
)


# A form's blank to fill in after a field: "Name: ______", "A: ______", "... ____"
_BLANK_TO_FILL = re.compile(r"(?<=[:\s])_{5,}[^\S\n]*$", re.MULTILINE)
_BLANKS_MIN = 2


def _story_box(text: str, labels: Sequence[_Label]) -> bool:
    """Whether ``labels`` are a news story's reader box below it ("Q: Can the public
    speak at the hearing?" / "A: Yes. Residents may register ..."): a Q and an A or two,
    under a story with a byline at its top and attributions ("said") in its prose, the
    answers in no one's voice."""
    if {label.name for label in labels} != {"Q", "A"} or len(labels) > _BOX_LABELS:
        return False
    top = "\n".join(text[: labels[0].start].split("\n")[:_BYLINE_LINES])
    above = text[: labels[0].start]
    if _BYLINE.search(top) is None or len(_SAID.findall(above)) < _SAID_MIN:
        return False
    if _INTERVIEW_NOTE.search(re.split(r"\n[^\S\n]*\n", above.rstrip())[-1]):
        return False  # "We spoke to Ravel on Tuesday. The interview has been edited."
    # the box's answers speak for no one ("Yes. Residents may register ..."); a short
    # interview's say "I" or "we"
    answers = (label for label in labels if label.name == "A")
    return not any(
        _ANY_PERSON.search(text, a.end, text.find("\n", a.end) % (len(text) + 1)) for a in answers
    )


# An FAQ page says so in a heading above its questions ("Frequently Asked Questions:
# Parking", "FAQs"), not in a sentence ("We put readers' most frequently asked questions
# to Dr. Ann Lee ..." introduces an interview)
_FAQ = re.compile(
    rf"^[^\n.]*\b(?:FAQs?|(?i:frequently{_S}+asked{_S}+questions))\b[^\n.]*$", re.MULTILINE
)
# (or a story's box of questions and answers: "Q&A: What happens next?", whose answers
# speak for no one, not even an office: "A: We have forty more crews" is an interview's)
_QA_BOX = re.compile(rf"^[^\n.]*\bQ{_S}?&{_S}?A\b[^\n.]*$", re.MULTILINE)
_ANY_PERSON = re.compile(r"\b(?:I|my|me|[Ww]e|[Oo]ur)\b")


# A label's words that are a quotation whole: a testimonial's '"Best decision I ever made."'
_TESTIMONIAL = re.compile(rf"{_S}*[\"\u201c][^\"\u201c\u201d\n]+[\"\u201d]{_S}*")


def _line_end(text: str, at: int) -> int:
    return text.find("\n", at) % (len(text) + 1)


# The fields of a page's contact lines: "Phone: (555) 014-2270", "Hours: 9-5"
_CONTACT_FIELDS = frozenset(
    "phone telephone tel fax email e-mail chat text sms hours address web website contact"
    " visit call write location office".split()
)


def _faq_page(text: str, labels: Sequence[_Label]) -> bool:
    """Whether ``labels`` are an FAQ page's Q and A: a heading says FAQ above them and no
    answer speaks as one person ("Your FAQs answered by our expert" is an interview: "I
    would still get it"; an FAQ page answers for an office: "we'll cancel it"). Below
    the last answer, the page's contact lines ("Phone:", "Email:", "Hours:") are fields,
    each said once; any other label there speaks ("MODERATOR: Thank you all.")."""
    asked = [label for label in labels if label.name in ("Q", "A")]
    footer = labels[len(asked) :]
    if not asked or labels[: len(asked)] != asked:
        return False  # a label among the questions: someone speaks
    if len({label.name for label in footer}) < len(footer):
        return False  # a label coming back below them speaks
    if any(
        label.name.lower() not in _CONTACT_FIELDS
        and _says(text, label)
        and not _TESTIMONIAL.fullmatch(text, label.end, _line_end(text, label.end))
        for label in footer
    ):
        # "MODERATOR: Thank you all." below a briefing's answers speaks; "Rate Sheet:
        # Download (PDF, 88 KB)" is a page's link; 'Hugh Palgrave (plot 14): "Best
        # decision I ever made."', a quotation whole, is a member's testimonial, printed
        return False
    voice = _FIRST_SINGULAR
    if _FAQ.search(text, 0, asked[0].start) is None:
        if _QA_BOX.search(text, 0, asked[0].start) is None:
            return False
        voice = _ANY_PERSON
    answers = (label for label in asked if label.name == "A")
    # (a quotation inside an answer is someone else's voice, not the answer's: 'One
    # respondent wrote: "I'll never complain again."' leaves the page an office's)
    return not any(
        voice.search(_QUOTATION.sub("", text[a.end : _line_end(text, a.end)])) for a in answers
    )


# A quotation within a line, its marks straight or curly
_QUOTATION = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")


def _is_transcript(text: str, labels: Sequence[_Label], marked: int, unlabelled: int) -> bool:
    """``marked``: labels of a form prose does not use; ``unlabelled``: paragraphs that
    are neither a label's nor a header nor a stage direction."""
    names = {label.name for label in labels}
    steps = len(_STEP.findall(text, 0, labels[0].start)) if labels else 0
    if names <= {"Q", "A"} and steps >= _STEPS_MIN:
        # a how-to's "Step 1:", "Step 2:" with a short FAQ under them (steps inside an
        # answer are the one answering's)
        return False
    if _faq_page(text, labels):
        return False  # a page of frequently asked questions: nobody speaks them
    if _story_box(text, labels):
        return False  # a story's box of a reader's questions: no one speaks them
    if not marked and unlabelled and len(names) == len(labels) and _profiles(text, labels):
        return False
    if not {"Q", "A"} <= names and _programme(text, labels):
        return False  # "Speaker: Cllr Hazel Vurt, Leader", "10:15 Panel: Who Pays?"
    once = not _comes_back(labels)  # no one comes back
    if once and len(_BLANK_TO_FILL.findall(text)) >= _BLANKS_MIN and not _talk(text, labels):
        # a form: "Name: ________", "A: ________" for an answer written in; its "Q2: What
        # would you change?" is a printed question, its "Comments:" a field (an oath's
        # "CLERK: Do you swear ...?" / "I do." above "Signed: ______" is said)
        return False
    people = all(map(_full_or_role, names))  # "Maria Lopez:" in a vox pop
    if not marked and once and unlabelled >= len(labels) and not (people and _talk(text, labels)):
        # the prose outweighs them: a story's "Cause:" / "Detour:" fact list, or its
        # "Jeb Bush: Student loans" subheads; a vox pop's people say "I", "we", "you"
        return False
    if not marked and (once or not people) and not any(_worded(text, lb) for lb in labels):
        # "Chair: Ruth Abernathy", "Posted: November 27": a form's fields; people who
        # come back answer "Yes" / "No"
        return False
    # Every paragraph a turn of someone named in full or by role ("Jane Doe: Will you
    # go?" / "John Roe: Never."): an exchange, however short; news has a headline or a
    # lede of its own, and two one-word labels may be places or days ("Washington:").
    if len(names) >= 2 and (
        len(labels) >= MIN_LABELLED or (not unlabelled and all(map(_full_or_role, names)))
    ):
        return True
    if {"Q", "A"} <= names:
        return True
    if marked < 2 or marked < len(labels):
        return False
    if len(names) >= 2:
        return True
    # One speaker: a speech, told apart from prose by its stage directions.
    return any(is_stage_direction(m.group(), in_speech=False) for m in _STAGE.finditer(text))


# A line that says something as speech does: "I", "we", "you", a sentence's end in a
# full stop or an exclamation, or a question in lower case ("And the chair?"; "Who Pays
# for Coastal Defence?" is a session's title)
_SPOKEN_LINE = re.compile(rf"{_PERSONAL.pattern}|[a-z]{{2}}[.!][\"'\u201d\u2019)]*{_S}*$")
# (the question read apart: its mark ending the line found first, then a word before
# it; a word then "[^\n]*" and the mark, tried at each word, read the line to its end
# from every one of them)
_QUESTION_END = re.compile(rf"\?[\"'\u201d\u2019)]*{_S}*$")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _spoken(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``..``end`` (no line break in it) says something as speech
    does (``_SPOKEN_LINE``), or asks in lower case, a word of four letters or more
    before its question mark."""
    if _SPOKEN_LINE.search(text, start, end) is not None:
        return True
    mark = _QUESTION_END.search(text, start, end)
    return mark is not None and _LOWER_WORD.search(text, start, mark.start()) is not None


# A field's value that names a person: "Cllr Hazel Vurt, Leader, Portmoor Council",
# "Leila Haddad", a title or a form of address before the name; or a speaker and their
# talk's title after a dash: Joss Harrow — "Fish Traps of the Orm Estuary"
_PERSON_VALUE = re.compile(
    rf"{_S}*(?:(?:{_ADDRESSED}|[A-Z][a-z]{{1,4}}\.?){_S}+)?{_FULL_NAME}{_S}*"
    rf"(?:,|\(|$|[\u2014\u2013\-]{_S}*[\"\u201c])",
    re.M,
)


def _says(text: str, label: _Label) -> bool:
    """Whether a label's line says something as speech does (``_spoken``)."""
    end = text.find("\n", label.end) % (len(text) + 1)
    return _spoken(text, label.end, end)


def _programme(text: str, labels: Sequence[_Label]) -> bool:
    """Whether the labels are a programme's or a form's fields: half of them or more name
    a person ("Speaker: Prof. Dominic Achterberg, Institute for Coastal Change",
    "Moderator: Leila Haddad") and a third at most of their lines say anything as speech
    does ("I", "we" or "you", a sentence ended in a full stop: a session's description,
    "Parking: Lot C, free after registration."), however their times mark them ("10:15
    Panel: Who Pays for Coastal Defence?"). An interview's lines say something."""
    spans = [(label.end, text.find("\n", label.end) % (len(text) + 1)) for label in labels]
    says = [_spoken(text, start, end) for start, end in spans]
    if 3 * sum(says) > len(labels):
        return False
    values = [_PERSON_VALUE.match(text, start, end) for start, end in spans]
    # a roll call's names answer under labels of their own ("CLERK: Ana Ruiz" / "RUIZ: Here")
    speaking = {label.name.lower() for label in labels}
    if any(v and set(v.group().lower().replace(",", " ").split()) & speaking for v in values):
        return False
    # a slot's one-off entry: "11:00  Elin Sorvik: Seagrass survival", "12:30  Lunch:
    # Refectory", a talk's title after its speaker, never said (a chat's timed senders
    # come back)
    times = Counter(label.name for label in labels)
    timed = [_SLOT.match(text, label.start) is not None for label in labels]
    # (a timed label that comes back saying something else is a chat's sender: "10:02
    # Ana Ruiz: can everyone see the slides" ... "10:07 Ana Ruiz: ok starting now", its
    # one-off senders too; a programme's days repeat "12:30  Lunch: Refectory" as it was)
    lines: dict[str, set[str]] = {}
    for t, label, (start, end) in zip(timed, labels, spans, strict=True):
        if t:
            lines.setdefault(label.name, set()).add(text[start:end].strip())
    chat = any(len(said) > 1 for said in lines.values())
    slots = [
        not chat and times[label.name] == 1 and t and not said
        for t, label, said in zip(timed, labels, says, strict=True)
    ]
    return 2 * sum(v is not None or slot for v, slot in zip(values, slots, strict=True)) >= len(
        labels
    )


# A programme's clock time opening its line, to the minute: "11:00  ", "9:30 "
_SLOT = re.compile(rf"{_S}*\d{{1,2}}[:.]\d{{2}}(?![:.]?\d){_S}")


def _comes_back(labels: Sequence[_Label]) -> bool:
    """Whether a speaker's label comes back, as written or as the surname alone of a full
    name above it ("KILBRIDE" after "TESS KILBRIDE")."""
    seen: set[str] = set()
    surnames: set[str] = set()
    for label in labels:
        name = label.name.lower()
        if name in seen or name in surnames:
            return True
        seen.add(name)
        if len(words := name.split()) >= 2:
            surnames.add(words[-1])
    return False


_SAYING = re.compile(rf"\b[a-z]{{2,}}\b|[.?!\"\u201d]{_S}*$")


def _talk(text: str, labels: Sequence[_Label]) -> bool:
    """Whether half the labels or more have "I", "we" or "you" on their line."""
    talking = sum(
        bool(_PERSONAL.search(text, label.end, text.find("\n", label.end) % (len(text) + 1)))
        for label in labels
    )
    return 2 * talking >= len(labels)


def _worded(text: str, label: _Label) -> bool:
    """Whether what follows a label on its line says something (a word in lower case or
    a sentence's end), as speech does; a field's value is a name or a date. After a
    time or a note alone ("Ann Lee: (00:00)"), the line below is the speech."""
    start = label.end
    end = text.find("\n", start) % (len(text) + 1)
    if _BRACKETED.fullmatch(text, start, end):
        start = _lstrip(text, end, len(text))
        end = text.find("\n", start) % (len(text) + 1)
    return start >= end or _SAYING.search(text, start, end) is not None


_PROFILE_REACH = 200  # characters after a label


def _profiles(text: str, labels: Sequence[_Label]) -> bool:
    """Whether most labels open a description of the one they name, by surname in the
    third person: a story's list of candidates ("Marcus Okoro: A former teacher, Okoro,
    41, supports ..."), not the turns of a debate's opening ("Jim Lehrer: Good evening.")."""
    described = sum(1 for label in labels if _third_person(text, label))
    return 2 * described > len(labels)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I\u2019m|I've|my|My|me)\b")


def _third_person(text: str, label: _Label) -> bool:
    """Whether the label's surname stands alone near its start with no "I" or "my"
    before it ("A former teacher, Okoro, 41"), not in the speaker's own "My name is
    Maria Lopez", "Tom Becker, 14 Oak Lane" or "Dee Park here"."""
    words = label.name.split()
    end = min(len(text), label.end + _PROFILE_REACH)
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text[label.end : end]):
        before = text[label.end : label.end + m.start()]
        if _FIRST_PERSON.search(before):
            return False
        after_first = len(words) > 1 and before.rstrip().endswith(words[-2])
        if not after_first and not text.startswith(" here", label.end + m.end()):
            return True
    return False
