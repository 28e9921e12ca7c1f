"""Which quoted spans are speech, and the narration around each: the context a cue is
looked for in, a title or a nickname in marks, lettering on display ("signs reading"),
single capitalised words acting as speakers, and whether a quotation ends its sentence
(so that new narration after it takes no cue from it).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ...text import whole_runs
from ..names import _NOT_PERSON, DESCRIPTORS, FUNCTION_WORDS
from ..quotes import QuoteSpan
from .document import _one_sentence, _para_start, _word_before
from .grammar import (
    _APPOSITIVE,
    _AUX,
    _COMMA_WHO,
    _NAME,
    _PREPOSITIONS,
    _S,
    _VERB,
    _WHO_DESCRIBED,
    _WORD,
    SPEECH_VERBS,
    _Lazy,
)


def _context(
    text: str, quotes: Sequence[QuoteSpan], gaps: Sequence[tuple[int, int]], i: int
) -> tuple[str, str]:
    """The narration before quotation ``i`` (from the previous one or the paragraph
    start) and after it (to the next one or the paragraph end)."""
    q = quotes[i]
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    after_end = min(gaps[i + 1][1], para_end)
    before, after = text[gaps[i][0] : q.start], text[q.end : after_end]
    # A title quoted inside the cue is part of it: '"...," Texas delegate Bill Eastland,
    # wearing "Ted Cruz" pins, said', 'As Akhil Amar, author of "Unwritten Rules," put it,
    # "..."'. Its marks become spaces, so that offsets stay as they were.
    if i + 1 < len(quotes) and after_end == quotes[i + 1].start:
        nxt = quotes[i + 1]
        if _inner_title(text, nxt, q.end, nxt.start):
            after += _unmarked(text, nxt) + text[nxt.end : min(gaps[i + 2][1], para_end)]
    if i and gaps[i][0] == quotes[i - 1].end:
        prev = quotes[i - 1]
        if _inner_title(text, prev, prev.end, q.start):
            before = text[gaps[i - 1][0] : prev.start] + _unmarked(text, prev) + before
    return before, after


def _inner_title(text: str, q: QuoteSpan, lo: int, hi: int) -> bool:
    """Whether quotation ``q`` is a title in the sentence of the narration ``lo:hi``."""
    return q.end - q.start < 80 and _is_title(text[q.start : q.end]) and _one_sentence(text, lo, hi)


_MARKS = "\"'\u201c\u201d\u00ab\u00bb\u201e`"


def _unmarked(text: str, q: QuoteSpan) -> str:
    """The quotation with its opening and closing marks as spaces."""
    quoted = text[q.start : q.end]
    inner = quoted.lstrip(_MARKS)
    lead = len(quoted) - len(inner)
    inner = inner.rstrip(_MARKS)
    return " " * lead + inner + " " * (len(quoted) - lead - len(inner))


# A capitalised word, a few auxiliaries, a verb ("Carson has said"); "said Carson.".
_WORD_THEN_VERB = _Lazy(
    # (the capital first, which the engine finds fast, then what stands before it)
    rf"([A-Z](?<![\w.'\u2019][A-Z])[a-z][\w\-]*){_S}+"
    rf"(?:(?:has|have|had|also|then|later|again|would|will|\w+ly){_S}+){{0,2}}([a-z]+)"
    # ... no noun: "Harsh comments are earning scorn" names no Mr. Harsh
    rf"(?!{_S}+(?:are|were|is|was|have|had|will|would|can|could)\b)"
)
_VERB_THEN_WORD = _Lazy(
    # "\b(?:said|says|added|asked|told|wrote)" with each initial first, which the engine
    # finds fast, and the word boundary checked after it
    r"(?:s(?<!\w.)(?:aid|ays)|a(?<!\w.)(?:dded|sked)|t(?<!\w.)old|w(?<!\w.)rote)"
    rf"{_S}+([A-Z][a-z][\w\-]*)[.,]"
)
_PERSON_ONLY = _Lazy(
    rf"(?=[A-Z])(?<![\w.'\u2019])(?:([A-Z][a-z][\w\-]*){_S}+[a-z]+ed{_S}+(?:himself|herself)\b"
    rf"|(?<=the{_S})([A-Z][a-z][\w\-]*){_S}+camp\b"
    rf"|([A-Z][a-z][\w\-]*)['\u2019]s{_S}+(?:campaign|camp)\b)"
)
_WORD_BEFORE_COMMA = _Lazy(r"(?<![\w.'\u2019])([A-Z][a-z][\w\-]*),$")
_ONE_WORD_VERBS = frozenset(v for v in SPEECH_VERBS if "_" not in v)


# A number before a word counts it ("Six in 10 Republican said", "3 Democrat"): no name.
_COUNTED = _Lazy(
    r"(?:\d[\d,.%]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|"
    r"thousand|million|half|third|quarter))[^\S\n]+$",
    re.IGNORECASE,
)


# A capitalised word opening a clause, then a verb in the past ("Trump gestured", "When
# Trump finally wrapped up"); not after "the" or a preposition. (The capital comes
# first, and what precedes it is looked behind from there: the engine then skips to
# capitals instead of trying every look-behind at every position.)
_WORD_THEN_PAST = _Lazy(
    rf"([A-Z](?:(?<=^[A-Z])|(?<=[.!?\u201d\"] [A-Z])|(?<=, [A-Z])|(?<=\b[Ww]hen [A-Z])"
    rf"|(?<=\b[Aa]fter [A-Z])|(?<=\b[Aa]s [A-Z])|(?<=\b[Ww]hile [A-Z])|(?<=\band [A-Z])"
    rf"|(?<=\bbut [A-Z]))[a-z][\w\-]*){_S}+(?:\w+ly{_S}+)?([a-z]{{3,}}ed)\b",
    re.MULTILINE,
)
_ACTING_VERBS = 3  # different verbs a word must act with to be taken for a person
_NOT_ACTORS = _NOT_PERSON | DESCRIPTORS  # bodies, places and states act too


def _acting_words(text: str) -> set[str]:
    """Capitalised words that open clauses as the subject of several different verbs in
    the past ("Trump gestured", "Trump launched", "Trump mentioned"): someone the text
    names by surname alone and follows as an actor."""
    verbs: dict[str, set[str]] = {}
    for m in _WORD_THEN_PAST.finditer(text):
        verbs.setdefault(m.group(1), set()).add(m.group(2))
    return {
        w for w, vs in verbs.items() if len(vs) >= _ACTING_VERBS and w.lower() not in _NOT_ACTORS
    }


def _single_word_speakers(text: str, asked: Collection[str]) -> frozenset[str]:
    """The capitalised single words of ``asked`` that are the subject of a speech verb
    ("Carson said", "said Carson."): people the text may name by surname only. (Only
    the words asked about are tested: each test of a word looks through the text.)"""
    if not asked:
        return frozenset()
    # A finite verb, and no preposition before the word ("people in Ohio saying" names
    # no Mr. Ohio).
    words = {
        m.group(1)
        for m in _WORD_THEN_VERB.finditer(text)
        if m.group(1) in asked
        and m.group(2) in _ONE_WORD_VERBS
        and not m.group(2).endswith("ing")
        and _word_before(text, max(0, m.start() - 30), m.start()) not in _PREPOSITIONS
        and not _COUNTED.search(text, max(0, m.start() - 20), m.start())
    }
    words.update(m.group(1) for m in _VERB_THEN_WORD.finditer(text))
    words.update(_acting_words(text))
    # "Meanwhile Rihanna, who was honored...": "who" takes a person
    # "Sanders compared himself", "the Sanders camp", "Rubio's campaign": only a person
    words.update(next(filter(None, m.groups())) for m in _PERSON_ONLY.finditer(text))
    for m in _COMMA_WHO.finditer(text):
        word = _WORD_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start() + 1)
        if word:
            words.add(word.group(1))
    # Not a word the text also writes in lower case ("Officials said", "Critics say").
    return frozenset(
        w
        for w in words
        if w in asked
        and w.lower() not in FUNCTION_WORDS
        and not (
            _written_lower(text, w.lower())
            if "-" not in w
            else re.search(rf"\b{re.escape(w.lower())}\b", text)
        )
    )


def _written_lower(text: str, lowered: str) -> bool:
    """Whether ``lowered`` (a capitalised word in lower case) is a word of ``text``: a
    whole run of word characters. (Looked up with ``str.find``: a few words per text,
    where listing all its lower-case words costs more.)"""
    if not _WORD.fullmatch(lowered):
        return False  # a character lower case made no word character: no run of them
    return next(whole_runs(text, lowered, _WORD), None) is not None


_TITLE_CUE = _Lazy(
    r"(?i:\b(?:book|books|film|movie|show|program|programme|podcast|series|titled|entitled|"
    r"called|named|column|song|album|headline|newspaper|magazine|slogan|documentary|memoir|"
    r"novel|essay|report|article|op-ed|on|in)|['\u2019]s?)[\s,:]*$"
)
_TITLE_SMALL = frozenset("a an the and or of in on at to for with by from as vs".split())


def _is_title(quoted: str) -> bool:
    """Quoted text in Title Case ("So, That Happened", "Meet the Press"): a name of a
    book, show or slogan rather than speech."""
    # Word by word, stopping at the first that is not a title's (most speech has one
    # among its first words); two words other than small ones also make it two words.
    big = 0
    for m in _TITLE_WORD.finditer(quoted):
        w = m.group()
        small = w.lower() in _TITLE_SMALL
        if not (w[0].isupper() or w[0].isdigit() or small):
            return False
        big += not small
    return big >= 2


_TITLE_WORD = _Lazy(r"[^\W\d_][\w'\u2019\-]*|\d+")


# Words that put lettering on display: "signs reading", "a banner that read",
# "spray-painted", up to the quotation in the same sentence ('banners reading "A" and "B"').
_DISPLAY_CUE = _Lazy(
    r"\b(?:reading|read|reads|(?:spray-)?painted|printed|scrawled|emblazoned|stenciled|"
    r"stencilled|lettered)\b[^.!?\n]{0,40}$"
)


# A capitalised word or two in marks: the shape of a nickname.
_NICKNAME = _Lazy(r"[\"\u201c](?:[A-Z][\w.\-'\u2019]*)(?:[^\S\n][A-Z][\w.\-'\u2019]*)?[\"\u201d]")
_NAME_WORD_BEFORE = _Lazy(r"(?<![\w.])[A-Z][\w.\-'\u2019]*[^\S\n]$")
_NAME_WORD_AFTER = _Lazy(r"[^\S\n][A-Z][\w\-'\u2019]+")


def _in_a_name(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` stands between two capitalised words, inside a name."""
    return bool(
        _NAME_WORD_BEFORE.search(text, max(0, q.start - 30), q.start)
        and _NAME_WORD_AFTER.match(text, q.end)
    )


_ASCII_LOWER = _Lazy("[a-z]")


def _displayed(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` is lettering shown on a sign, banner or wall: written in
    capitals throughout after a word of display. (Capitals alone are not enough: a
    quoted headline or a shouted word is someone's words.)"""
    quoted = text[q.start : q.end]
    if _ASCII_LOWER.search(quoted):
        return False  # most quotations: a lower-case letter, found without listing them
    letters = [c for c in quoted if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters) or len(quoted.split()) < 2:
        return False
    return bool(_DISPLAY_CUE.search(text, max(0, q.start - 80), q.start))


def _gaps(text: str, quotes: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Narration between quotations, cut at paragraph breaks: gap i precedes quote i."""
    gaps = []
    cursor = 0
    for q in quotes:
        gaps.append((_para_start(text, cursor, q.start), q.start))
        cursor = q.end
    end = text.find("\n", cursor)
    gaps.append((cursor, len(text) if end < 0 else end))
    return gaps


def _ends_sentence(text: str, q: QuoteSpan, after: str) -> bool:
    """Whether quotation ``q`` ends with a full stop and capitalised narration follows."""
    inside = text[q.start : q.end].rstrip("\"'\u201d\u2019\u00bb ")
    # 'a speech. "I said, "Okay."': a closing mark with its space on the wrong side, glued
    # to the next word, still closes the sentence before it.
    glued = " " + after if after[:1].isalpha() and text[q.end - 2 : q.end - 1] == " " else after
    opens_next = text[q.end + len(after) : q.end + len(after) + 1] in _OPENING_MARKS
    if inside.endswith(("?", "!")) and glued is after:
        # '"Why now?" Lee then writes back, "..."', '"Go!" She replied that it was...':
        # a cue with words of its own to report opens a new sentence.
        return bool(
            (opens_next and _INTRODUCES_NEXT_QUOTE.fullmatch(after)) or _REPORTS_THAT.match(after)
        )
    return (
        (inside.endswith(".") or (glued is not after and inside.endswith(("?", "!"))))
        and not inside.endswith("..")
        and bool(
            _NEW_SENTENCE.match(glued)
            or _INTRODUCES_NEXT.match(glued)
            or (opens_next and _INTRODUCES_NEXT_QUOTE.fullmatch(glued))
        )
    )


# Narration opening a new sentence after a quotation, unless a pronoun or a bare cue
# ('"...missing." Trump said.') that belongs to it; "I" or "we" only in a bare cue ('"..."
# I said.'): "I've read that sentence ten times" is the narrator's own sentence.
_NEW_SENTENCE = _Lazy(
    rf"[^\S\n]+(?!(?:He|She|They|It)\b|(?:I|We)(?:['\u2019]\w+)?{_S}+(?:\w+ly{_S}+)?{_VERB}[.,]"
    rf"|{_NAME}{_S}+{_VERB}[.,])[A-Z]"
)
# ... but a pronoun's cue ending in a colon introduces the next quotation: '"...leaving."
# He added: "Not now."'
_INTRODUCES_NEXT = _Lazy(rf"[^\S\n]+(?:He|She|They|I|We){_S}+(?:\w+{_S}+)?{_VERB}{_S}*:")
# ... and so does any speaker's cue that runs on into the next quotation: '"We will not
# give up." Rice said, "We will win."' is Rice's second quotation, not her first.
_INTRODUCES_NEXT_QUOTE = _Lazy(
    rf"[^\S\n]+(?:(?:Then|Later|And|But|So),?{_S}+)?{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}"
    rf"{_VERB}\b[^\"\u201c\u201d.!?\n]{{0,60}}?[,:]{_S}*"
)
_OPENING_MARKS = frozenset("\"\u201c\u00ab\u2018'")
# ... and so does a capitalised subject's cue reporting a clause: '"Go!" She replied to
# him that it was an honour'.
_REPORTS_THAT = _Lazy(
    rf"[^\S\n]+(?:He|She|They|I|We|{_NAME}){_S}+{_AUX}{_VERB}(?:{_S}+[\w\-]+){{0,3}}?{_S}+that\b"
)
