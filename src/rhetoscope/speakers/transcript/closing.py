"""Lines no one speaks: marks, closing lines, headings, and when they end a turn.

``END``, ``---``, ``###``, copyright lines, "This interview has been edited", a writer's
italic line and an examination's heading are narration. A speaker may say such a line
("Dear Friends:", "Copyright protection is vital"), so inside a turn they are narration
only where a label or the end of the text follows; a closing line counts as one only in
the run of such lines that ends the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ..quotes import _rstrip
from .court import _FORMALITY, _OATH_BELOW, _SWORN_NAME, _statement_heading
from .headers import _OPENING_FIELDS, _field
from .labels import _LABEL, _LONE_LABEL, _label
from .shared import (
    _ABOVE_REACH,
    _BLANK_ABOVE,
    _BLANK_LINE,
    _FIRST_SINGULAR,
    _PARAGRAPH,
    _PERSONAL,
    _S,
    _TIME,
    _Label,
    _lstrip,
    _read_out,
)
from .stage import _BARE_TIME, _BRACKETED, _NOTE_LINE, _RUNS_ON_ABOVE, _STAMP, _timed

# A time of day: "2:06 P.M. EDT", "11:10 a.m."
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}{_S}*[AaPp]\.?[Mm]\.?(?:{_S}+[A-Z]{{2,4}})?"
# Marks that end a transcript or open an examination: narration.
_MARK = re.compile(
    rf"""{_S}*(?:{_STAMP}{_S}*)?(?:     # (a timestamp may come first: "[00:01:42] --- AD ---")
        (?:(?:END|THE{_S}END)(?:{_S}+[\d:.]+{_S}*[AaPp]\.?[Mm]\.?(?:{_S}+[A-Z]{{2,4}})?)?
            |[-\u2013\u2014]*{_S}*ENDS{_S}*[-\u2013\u2014]*           # ENDS, - ENDS -
            |END{_S}OF{_S}(?:RECORD|TRANSCRIPT|INTERVIEW|TAPE             # END OF RECORD
              |(?:PART{_S}+[A-Z0-9]+{_S}+)?EXCERPT)                  # END OF PART ONE EXCERPT
              (?:{_S}{{2,}}(?i:page){_S}+\d{{1,4}}(?:{_S}+of{_S}+\d{{1,4}})?)?  # Page 1 of 1
            |[-\u2013\u2014]*{_S}*(?i:end{_S}+of{_S}+(?:the{_S}+)?(?:recording|transcript|interview
              |excerpt|extract))                                              # — End of
              \.?{_S}*[-\u2013\u2014]*                                      # transcript —
            |(?:ADJOURNMENT|RECESS|BREAK|CAUCUS)(?:{_S}+FOR{_S}+[A-Z]+)?{_S}*[\u2014\u2013-]{_S}*
              {_TIME}{_S}+(?i:to|until|-|\u2013){_S}+{_TIME}        # RECESS — 10:12 to 10:40
            |(?:{_TIME}{_S}+)?(?:INTERVIEW|RECORDING|TAPE){_S}+  # 14:51 INTERVIEW SUSPENDED
              (?:SUSPENDED|RESUMED|CONCLUDED|TERMINATED|PAUSED|STOPPED)
            |(?:Tape|TAPE|Cassette|CASSETTE|Reel|REEL){_S}+\d{{1,2}}  # an oral history's
              (?:,?{_S}*(?:Side|SIDE){_S}+[AB12])?                  # Tape 1, Side B
            |{_CLOCK}  # 2:06 P.M. EDT
            |\#{{1,3}}|[-\u2013\u2014]{_S}?30{_S}?[-\u2013\u2014]  # ###, -30-, — 30 —
            |[-*_=~]{{3,}}(?:[/\\]|{_S}*[^\n]{{1,80}}?{_S}*[-*_=~]{{3,}})?  # ---, --- chat.txt ---
            |\*(?:{_S}*\*){{2,}}|\#(?:{_S}+\#){{2}}  # * * *, # # #
            # the recording's own start and end: "Transcript ends.", "Recording begins 00:01:12"
            |(?i:transcript|recording|interview|tape|session|audio|excerpt|extract){_S}+(?i:ends|ended|begins
              |began|starts|started|resumes|resumed|stops|stopped|pauses|paused)
              (?:{_S}+(?i:at{_S}+)?{_TIME})?\.?)
      | (?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|RE-DIRECT|RE-CROSS)(?:{_S}|-)*)*
            EXAMINATION(?:{_S}*\([^)\n]*\))?                                # DIRECT EXAMINATION
    ){_S}*$""",
    re.VERBOSE | re.MULTILINE,
)
# Lines that close a transcript or say how it was made: narration only in the run of
# such lines that ends the text (a speaker may say "Copyright protection is vital").
# Words of a note about the text or its writer ("*This interview was condensed.*",
# "*Editor's note: ...*", "*Ana Roy covers ...*"), which a recited italic line lacks.
_ABOUT_THE_TEXT = (
    r"(?i:edit\w*|condens\w*|transcri\w*|appear\w*|contribut\w*|report\w*|note"
    r"|interview\w*|story|article|conversation|episode|podcast|publish\w*|available"
    r"|originally|translat\w*|record\w*|clarity|length|produc\w*)\b"
)
# A writer's line: "*Ana Roy covers the city. Reach her at ana@example.org.*" (not a
# recited "*Follow the money*" or "*Reach for the next play*")
_WRITER = re.compile(
    rf"[A-Z][\w'\u2019\-]*{_S}+covers\b|\w+@\w+\.\w"
    rf"|\b(?i:reach|contact|follow|email|e-mail)(?:{_S}+(?i:her|him|them|us|me))?"
    rf"{_S}+(?i:at|on|via)\b"
)
_ITALIC = re.compile(rf"{_S}*(?:\*[^*\n]{{10,400}}\*|_[^_\n]{{10,400}}_){_S}*$", re.MULTILINE)
# An italic note about the text ("*This conversation was condensed for clarity.*")
_ITALIC_NOTE = re.compile(rf"(?=[^\n]*\b{_ABOUT_THE_TEXT})" + _ITALIC.pattern, re.MULTILINE)
_CLOSING = re.compile(
    # (the blanks before the line's words taken whole: a run of k blanks shared out with a
    # "[^\n]*" below was tried k * k ways; none but all of them lets a match through)
    rf"""{_S}*+(?:
        (?i:copyright|\u00a9|\(c\){_S}\d)[^\n]*                           # Copyright 2025
      | (?:[A-Z][\w.\-]*{_S}+){{1,2}}(?:\u00a9|\((?i:c)\){_S}*\d)[^\n]*      # Transcript © 2024
      | (?:[A-Z][\w.\-]*{_S}+){{0,3}}(?i:transcribed|transcription|transcript)
            {_S}+(?i:by|provided|produced)[^\n]*                            # Transcript by
      | (?i:transcribed|transcript|transcription){_S}+(?i:from){_S}+(?i:the|an?){_S}+
            (?:[\w\-]+{_S}+){{0,3}}?(?i:audio|recording|tape|video|broadcast)\b[^\n]*
                                    # Transcribed from the official audio recording.
      | (?!(?:I|We|They|He|She|You|It|Then|So|And|But)\b)    # (a speaker: "We stopped ...")
        (?:[A-Z][\w'\u2019\-]*{_S}+){{1,3}}(?:started|stopped|ended){_S}+(?:the{_S}+)?
            (?:transcription|recording)       # a meeting's: Jo Ray stopped transcription
            (?:\.|{_S}+(?i:at|on){_S}+[^\n]*)?  # (its end: "... recording client calls" is said)
      | (?:Transcript|Transcription){_S}+for{_S}+(?i:archival|reference|internal|research
            |educational|personal){_S}+use\b[^\n]*                  # Transcript for archival use
      | (?:Transcription|Transcript){_S}+(?i:reviewed|approved|checked|corrected|verified)
            \b(?![^\n]*\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b)[^\n]*   # Transcript reviewed by ...
      | [*_]*(?:This|The){_S}+(?i:interview|transcript|conversation|article|episode|segment
            |discussion|exchange|panel|q&a){_S}+(?:has{_S}+been|have{_S}+been|was|is|were)
            {_S}+(?:\w+{_S}+){{0,3}}?(?i:edited|condensed|produced|transcribed|prepared
            |abridged|recorded|translated)\b[^\n]*                        # ... edited
      | [*_]*A{_S}+version{_S}+of{_S}+this[^\n]*                          # ... appears in print
      | (?i:excerpt|extract){_S}+(?i:ends|ended)\.(?![^\n]*\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b)[^\n]*
                                 # Excerpt ends. Full minutes are available from the Clerk.
      | (?![^\n]*\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b)  # a book's note, in no one's voice, naming
        (?=[^\n]*\bpublished{_S}+by{_S}+[A-Z])  # (read first: the lazy runs below are cubic)
        [A-Z][^\n]*?(?:["\u201c*_][^\n]+?["\u201d*_]|\bby{_S}+[A-Z])[^\n]*?  # the book or
        \b(?:is|are|was|will{_S}+be){_S}+published{_S}+by{_S}+[A-Z][^\n]*   # its author
                # Margem, by Jo Roe, is published by ...; Jo Roe's memoir, "Salt", is ...
      | [^\n]*\b(?i:transcripts?)\b[^\n]*\b(?i:generated|automated|automatically
            |may{_S}+contain{_S}+errors|rush{_S}+deadline|final{_S}+form
            |may{_S}+vary|may{_S}+be{_S}+revised)\b[^\n]*
                                                    # a transcript's caveat
      # the caveat with its errors first: "... there may be errors, omissions, or
      # inaccuracies in this transcript." (no label's colon before it: "MR. ORTIZ: It has
      # not. And there may be errors ... in this transcript ..." is his)
      # (atomic: the first "may be ... errors" on the line decides, in one pass; a later
      # one has less of the line after it, so it could not find "this transcript" either)
      | (?>[^\n:]*?\b(?i:may|might|can){_S}+(?i:be|contain|include){_S}+(?:[\w,]+{_S}+){{0,3}}?
            (?i:errors|omissions|inaccuracies|mistakes)\b)[^\n]*\b(?i:this){_S}+
            (?i:transcript)\b[^\n]*  # (this text's: a speaker's "check the transcript")
      | [*_]*This{_S}+(?i:interview|article|story|piece|conversation|q&a){_S}+
            (?i:appears|appeared|first{_S}+appeared|ran|runs){_S}+(?i:in|on)\b[^\n]*  # ... issue
      | (?:[^\n]*[.!?]{_S}+)?(?:\u00a9|\((?i:c)\)){_S}*\d{{4}}\b[^\n]*  # ... advice. © 2025 X
      | [^\n]*[.!?]{_S}+(?i:transcribed|transcription|transcript)  # ... Transcript by volunteers.
            {_S}+(?i:by|provided|produced)[^\n]*
      | [^\n]{{0,40}}\bby{_S}+(?:[A-Z][\w&.\-]*{_S}+){{1,4}}      # a transcription firm's
            (?:Transcripts|Transcription|Transcribing|Reporting|Captioning)\b[^\n]*  # credit
      # a reporter's or a clerk's certificate: its heading, the statement, the signature
      | (?i:certificat(?:e|ion))(?:{_S}+(?i:of){_S}+[\w ]{{1,40}})?:?
      | C{_S}E{_S}R{_S}T{_S}I{_S}F{_S}I{_S}C{_S}A{_S}T{_S}E          # letter-spaced
      # an interpreter's or a transcriber's signed declaration, its heading a label's
      # look-alike: "INTERPRETER'S DECLARATION: I, Noor Qasemi, certify that I ..."
      | (?:[A-Z][\w'\u2019]*{_S}+){{0,2}}(?i:declaration|certificate|certification|statement
            {_S}+of{_S}+truth):{_S}*I,{_S}+[A-Z][^\n,]{{1,60}},{_S}+(?i:certify|declare)\b[^\n]*
      | (?i:paid{_S}+for{_S}+by){_S}+[A-Z][^\n]*                     # a campaign's disclaimer
      | (?i:related|read{_S}+more|see{_S}+also|more{_S}+from{_S}+\w+):{_S}*[A-Z][^\n]*  # links
      | (?i:categories|category):{_S}*[A-Z][^\n]*                     # a wiki's footer
      | [A-Z][^\n]{{0,80}}?\b(?:is|was){_S}+produced{_S}+by{_S}+[A-Z][^\n]*  # a show's credit
      | (?i:I|we)\b[^\n]{{0,80}}?\b(?i:certify)\b[^\n]*\b(?i:foregoing|above|within)\b[^\n]*
      | /s/{_S}*[A-Z][^\n]*                                       # /s/ Renata Voss
      | (?:[A-Z][\w.'\-]*{_S}+){{1,3}}[A-Z][\w'\-]*,{_S}*      # Renata Voss, AAERT No. 1187
            (?:[A-Z]{{2,}}{_S}+No\.?{_S}*\d|(?:CSR|RPR|RMR|CCR|RDR|CRR)\b)[^\n]*
      | (?i:respectfully{_S}+submitted)\b[^\n]*                  # the minutes' secretary
      | (?i:certified){_S}+(?:(?i:as){_S}+)?(?:(?i:a|an|the){_S}+)?(?i:true|correct|accurate)
            {_S}+(?i:record|copy|transcript|account)\b[^\n]*          # Certified a true record.
      # a record signed at its foot, in no one's voice: "Signed for management: H. Carver",
      # "Read back to the applicant and signed: E. Mabote / A. B. Coutinho" (its first word
      # or after "and": "A. The foreman signed: Peter Lang, ..." is a witness's answer)
      | (?![^\n]*\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b)(?:[^\n:]{{0,80}}\b(?i:and){_S}+)?(?i:signed)
            (?:{_S}+(?i:for|by|on{_S}+behalf{_S}+of){_S}+[^:\n]{{1,40}})?:{_S}*[A-Z][^\n]*
      # a reporting firm's name in capitals: "NORTHGATE COURT REPORTING — CERTIFIED ..."
      # (its telephone after a star or a bullet: "BRENTMOOR COURT REPORTING  *  (555) 010-4400")
      | (?:[A-Z][A-Z&.'\-]*{_S}+){{1,4}}(?:REPORTING|REPORTERS|TRANSCRIPTION|CAPTIONING)
            (?:{_S}*[\u2014\u2013|,\-*\u2022\u00b7]{_S}*(?:[A-Z][A-Z&.'\x20\-]*
              |\(?\d{{3}}\)?[-.\x20]?\d{{3}}[-.\x20]\d{{4}}))?
      # a firm's name and its contacts, as a reporting firm's footer gives them:
      # "Keystone Reporting Group, LLC", "(555) 301-8800 | depos@keystone.example"
      | (?:[A-Z][\w&.'\-]*,?{_S}+){{1,5}}(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|LLP|PLC|GmbH)
      | (?:(?:\+?\d{{1,3}}{_S}*)?\(?\d{{3,5}}\)?[-.{_S}]?\d{{3,4}}[-.{_S}]\d{{3,4}}
          |[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+)
        (?:{_S}*[|\u2022\u00b7,]{_S}*(?:(?:\+?\d{{1,3}}{_S}*)?\(?\d{{3,5}}\)?[-.{_S}]?\d{{3,4}}[-.{_S}]\d{{3,4}}
          |[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+))*
      | (?:[A-Z]\w*{_S}+){{0,2}}(?i:meeting|session|hearing){_S}+(?i:was{_S}+)?  # Meeting
            (?i:adjourned){_S}+(?i:at){_S}+{_TIME}[^\n]*                      # adjourned at 9:12
    ){_S}*$""",
    re.VERBOSE | re.MULTILINE,
)


# An editor's tag opening an italic line, pointing the reader elsewhere or amending the
# text: "*Related: The companies to watch*" (not a speaker's "*Listen: nobody wins*")
_ITALIC_TAG = re.compile(
    rf"{_S}*[*_](?i:related|read{_S}+more|see{_S}+also|also{_S}+read|more{_S}+from|update"
    rf"|updated|correction|clarification|editor['\u2019]s{_S}+note):"
)


def _closing_line(text: str, start: int, end: int) -> bool:
    """Whether a line closes a transcript or says how it was made: a closing line, a
    writer's italic line or one the editor's tag opens ("*Related: ...*"), or an italic
    note about the text after no speaker's colon (a line recited after "the words on my
    desk:" is the speaker's)."""
    if _CLOSING.match(text, start, end):
        return True
    if not _ITALIC.match(text, start, end):
        # (a writer's line unmarked: "Ana Roy is our editor. Reach her at ana@x.org.",
        # set off and in no one's voice: "You can reach me at ..." and a line that goes
        # on from the one above are the speaker's)
        return (
            _set_off(text, start)
            and _WRITER.search(text, start, end) is not None
            and not _PERSONAL.search(text, start, end)
        )
    if _WRITER.search(text, start, end) or _ITALIC_TAG.match(text, start, end):
        return True
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return text[before - 1 : before] != ":" and _ITALIC_NOTE.match(text, start, end) is not None


# A heading line of a few Title Case words ending in a colon, a blank line below:
# "Questions & Answers:".
_HEADING = re.compile(
    rf"{_S}*[A-Z][\w'&\-]*(?:{_S}+(?:[A-Z][\w'&\-]*|&|and|of|the|for)){{1,4}}:{_S}*(?:\n{_S}*\n|$)"
)


# A Markdown heading: "## Testing"; not one a speaker reads out, introducing it ("And
# one more thing I wrote down:" / "# Never give up")
_MD_HEADING = re.compile(rf"{_S}*\#{{1,6}}{_S}+\S[^\n]*$", re.MULTILINE)


# An editor's subheading in a speech's text, a label right below it: "On the economy:"
# (a few words, none of them a speaker's "I" or "we")
_SUBHEADING = re.compile(rf"{_S}*[A-Z][\w'\u2019\-]*(?:{_S}+[\w'\u2019&\-]+){{0,4}}:{_S}*$", re.M)


# a verb that makes the line a sentence: "The first one is simple:" is a speaker's, as is
# a contraction ("that's where it's heading")
_CONTRACTION = re.compile(r"\b\w+['\u2019](?:s|re|ll|ve|d|m|t)\b")
_CLAUSE_VERB = re.compile(
    r"\b(?i:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|do|does"
    r"|did|said|says)\b"
)


# A record's subject heading in Title Case, its topic and subject set apart by a dash:
# "Housing — Rental Bond Scheme" (small words in lower case between)
_TITLE_WORDS = rf"[A-Z][\w'\u2019\-]*(?:{_S}+(?:[A-Z][\w'\u2019\-]*|and|of|for|the|on|in|to|&))*"
_SUBJECT_HEADING = re.compile(
    rf"{_S}*{_TITLE_WORDS}{_S}+[\u2014\u2013]{_S}+{_TITLE_WORDS}{_S}*$", re.M
)


def _subheading(text: str, start: int, end: int) -> bool:
    """Whether a line is a subheading: a few words and a colon, or a topic and its
    subject in Title Case set apart by a dash ("Housing — Rental Bond Scheme"), no verb
    of a sentence, a label below it."""
    return (
        (
            _SUBHEADING.match(text, start, end) is not None
            or _SUBJECT_HEADING.match(text, start, end) is not None
        )
        and not _PERSONAL.search(text, start, end)
        and not _CLAUSE_VERB.search(text, start, end)
        and _LABEL.match(text, _lstrip(text, end, len(text))) is not None
    )


# A section heading of a transcript told in chapters, the podcast's or the oral history's
# ("Swarm season", "[00:21:15] The telephone exchange"): a few words, the first in
# capitals, no punctuation (a sentence's end, a colon: speech has them), maybe its time
_SECTION = re.compile(
    rf"{_S}*(?:[\[(]?{_TIME}[\])]?{_S}+)?(?:[A-Z][\w'\u2019\-]*(?:{_S}+[\w'\u2019&\-]+){{1,8}}"
    rf"|[A-Z]{{3,}})"  # or one word in capitals: a programme's "EULOGY", "READING"
    rf"{_S}*$"
)
# A numbered part of a text, with its title or not: "Part two: the deep field", "PART 2",
# "Chapter III — The flood", set off by a blank line above and a label below; one is
# enough where its title reads as no sentence (not "Chapter 11 - that's where this is
# heading"), two where they have none (a lone "Part one" may answer a question)
_PART = re.compile(
    rf"{_S}*(?i:part|chapter|section){_S}+(?:\d{{1,2}}|[IVX]{{1,4}}\b|(?i:one|two|three|four|five"
    rf"|six|seven|eight|nine|ten|first|second|third|fourth|fifth|final|last)\b)"
    rf"(?:{_S}*[:.\u2014\u2013-]{_S}*(?P<title>[^\n.!?]{{1,60}}))?{_S}*$"
)
# A numbered section's heading in Title Case, a word or more: a negotiation note's "1.
# Opening", "2. Adjournment"
_NUMBERED_SECTION = re.compile(
    rf"{_S}*(?P<n>\d{{1,2}})\.{_S}+[A-Z][\w'\u2019\-]*(?:{_S}+[\w'\u2019&\-]+){{0,8}}{_S}*$"
)
_PARTS_MIN = 2  # numbered parts without a title that make a text's parts
_SECTION_MAX = 100  # characters
_SECTIONS_MIN = 2  # one such line may be the end of a sentence left unpunctuated
# A speaker's reply left unpunctuated opens so ("Absolutely not", "Not in every case
# though"); a heading does not
_REPLY_WORDS = frozenset(
    "no not yes yeah yep nope absolutely exactly right well okay ok so and but or because "
    "though never maybe sure of really definitely certainly oh um uh hmm indeed"
    " thanks thank good great fine correct true agreed".split()
)
_FINISHED = re.compile(r"[.!?\"\u201d\u2019)\]]$")  # a finished sentence's end


def _section_headings(text: str) -> frozenset[int]:
    """Starts of a transcript's section headings: each set off by a blank line above and
    a label right below it, and at least two of them (a chaptered transcript has them
    all through; a lone unpunctuated line may be a speaker's), but for a numbered part
    with a title (``_PART``)."""
    found: list[int] = []
    titled: list[int] = []  # numbered parts with a title
    parts: list[int] = []  # and without
    numbered: list[tuple[int, int]] = []  # numbered sections: where, their number
    for para in _PARAGRAPH.finditer(text):
        start, end = para.start(), para.end()
        if end - start > _SECTION_MAX:
            continue
        part = _PART.match(text, start, end)
        section = _NUMBERED_SECTION.match(text, start, end)
        if section and not _PERSONAL.search(text, start, end):
            if _BLANK_ABOVE.search(text, max(0, start - _ABOVE_REACH), start) and _label_below(
                text, end
            ):
                numbered.append((start, int(section["n"])))
            continue
        if not (part or _SECTION.match(text, start, end)) or not (
            _BLANK_ABOVE.search(text, max(0, start - _ABOVE_REACH), start)
            and _label_below(text, end)
        ):
            continue
        if part and part["title"]:
            title = part["title"]
            if not any(p.search(title) for p in (_PERSONAL, _CLAUSE_VERB, _CONTRACTION)):
                titled.append(start)
        elif part:
            parts.append(start)
        elif not _PERSONAL.search(text, start, end) and _heading_words(text, start, end):
            found.append(start)
    parts = titled + parts if len(titled) + len(parts) >= _PARTS_MIN else titled
    if _numbered_sections(text, numbered):
        found += [at for at, _ in numbered]
    return frozenset(parts + found if len(found) >= _SECTIONS_MIN else parts)


def _numbered_sections(text: str, numbered: list[tuple[int, int]]) -> bool:
    """Whether numbered lines set off between turns are a note's sections ("1. Opening",
    "2. Adjournment", "3. Resumed"): counted from 1 in order, the first above every
    label, so that the note opens with its first section; a numbered list a speaker
    gives in her answers ("A: Only two." / "1. Write every day") opens no section."""
    if len(numbered) < _SECTIONS_MIN or [n for _, n in numbered] != list(
        range(1, len(numbered) + 1)
    ):
        return False
    first = numbered[0][0]
    # (a header's fields may stand above it, "Date: 8 September": no speaker's label
    # that opens a turn below it)
    above = {
        _label(m)
        for p in _PARAGRAPH.finditer(text, 0, first)
        if (m := _LABEL.match(text, p.start()))
    }
    below = {
        _label(m) for p in _PARAGRAPH.finditer(text, first) if (m := _LABEL.match(text, p.start()))
    }
    return not above & below


def _label_below(text: str, end: int) -> bool:
    """Whether a label opens the line below ``end``, the speech on its line or below it
    ("Curtis Penrose:" alone, the reading under it)."""
    below = _lstrip(text, end, len(text))
    return bool(_LABEL.match(text, below) or _LONE_LABEL.match(text, below))


def _heading_words(text: str, start: int, end: int) -> bool:
    """Whether a short unpunctuated line set off by blank lines reads as a heading: it
    opens with no reply's word ("Absolutely not") and the line above it is no speaker's
    line left unpunctuated ("HOST: so what happened then")."""
    first = re.match(r"[^\S\n]*(?:[\[(]?[\d:.]+[\])]?[^\S\n]+)?([A-Za-z']+)", text[start:end])
    if first and first[1].lower() in _REPLY_WORDS:
        return False
    end = start
    while end > 0 and text[end - 1].isspace():  # (no copy of the text: many headings)
        end -= 1
    line = text.rfind("\n", 0, end) + 1
    # a speaker's line left unpunctuated above: the transcript is unpunctuated throughout
    return not (_LABEL.match(text, line, end) and not _FINISHED.search(text, line, end))


# characters: a longer paragraph is read as no closing line or formality (they are
# short), which spares the regex runs on most paragraphs of speech
_NO_SPEECH_MAX = 240


# A question tabled on the order paper, as Hansard prints it above the answer: its
# number, the member, and its reference in brackets ("2. Callum Jessop (Dunmore North)
# (Ind): What recent discussions ... [904113]")
_TABLED = re.compile(
    rf"{_S}*\d{{1,3}}\.{_S}+[A-Z][^\n:]{{1,120}}:{_S}+[^\n]*\[\d{{4,}}\]{_S}*$", re.M
)
# A heading in Title Case, no sentence: "Rural Broadband"
_TITLE_LINE = re.compile(rf"{_S}*{_TITLE_WORDS}{_S}*$", re.M)


def _above_tabled(text: str, start: int, end: int) -> bool:
    """Whether a line is the subject heading above a tabled question ("Rural Broadband")."""
    if end - start > _SUBJECT_MAX or _TITLE_LINE.match(text, start, end) is None:
        return False  # (most paragraphs: the line below not looked for)
    below = _lstrip(text, end, len(text))
    return _TABLED.match(text, below, text.find("\n", below) % (len(text) + 1)) is not None


_SUBJECT_MAX = 80  # characters of a subject heading


def _no_speech(
    text: str, start: int, end: int, in_turn: bool, labels: frozenset[str], closing: bool
) -> bool:
    """A paragraph no one speaks: a header field and the list under it ("WITNESSES:",
    "Date: 14 May 2019"), a closing line ("END", "Copyright 2025 ..."), a court formality
    ("DIRECT EXAMINATION", "Thereupon,") or a heading ("Questions & Answers:").
    ``in_turn``: whether a speaker's turn has begun; ``labels``: the field words that
    open more than one paragraph, speakers once a turn has begun ("SUBJECT:", "PRODUCER:");
    ``closing``: whether nothing but closing lines and notes follow to the end."""
    field = _field(text, start, end)
    if field:
        return not (in_turn and (field in labels or field in _OPENING_FIELDS))
    if _TABLED.match(text, start, end) or _above_tabled(text, start, end):
        return True  # the order paper's question, printed, not asked aloud; its heading
    if (end - start > _NO_SPEECH_MAX and not (closing and _boilerplate(text, start, end))) or (
        # (in the closing run, a closing line may look like a label: "Categories: ...")
        _LABEL.match(text, start, end) and not (closing and _CLOSING.match(text, start, end))
    ):
        return False  # speech ("Q. You were sworn and testified ...?" is a question)
    if _SWORN_NAME.match(text, start, end):
        return _OATH_BELOW.match(text, end) is not None
    line = text.rfind("\n", 0, start) + 1  # (before a numbered line's number: "24   (Recess")
    if _CLOCK_LINE.match(text, start, end) and _RUNS_ON_ABOVE.search(
        text, max(0, line - 1 - _RUN_ON_REACH), line
    ):
        return False  # a wrapped sentence's end: "We're back on the record at" / "11:10 a.m."
    if (
        _MARK.match(text, start, end)
        or _agenda_heading(text, start, end)
        or (_MD_HEADING.match(text, start, end) and not _read_out(text, start))
        or _FORMALITY.match(text, start, end)
        or _HEADING.match(text, start)
        or _subheading(text, start, end)
        or _statement_heading(text, start, end)
    ):
        return True
    if closing and not (_NOTE_LINE.match(text, line, end) or _BARE_TIME.match(text, line, end)):
        # the closing run, a writer's line below an editor's note too (``_closing_tail``);
        # its notes ("(Recess taken.)") stay the stage directions they were
        return True
    return not in_turn and _closing_line(text, start, end)


# A time of day alone on its line
_CLOCK_LINE = re.compile(rf"{_S}*{_CLOCK}{_S}*$")
_RUN_ON_REACH = 80  # characters of the line above read for a sentence running on


# A numbered item's heading in capitals, as minutes and a verbatim record print their
# agenda: "2. PUBLIC COMMENT — ITEM 6, FENWICK LANE", "ITEM 1 (RESUMED)", "4. ADJOURNMENT".
# It opens at the number or "ITEM", which the engine skips to (blanks opening the pattern
# made it try every position of the text); the heading starts at the first of the blanks
# before it (``_agenda_lines``).
_AGENDA_NUMBERED = re.compile(
    rf"(?:\d{{1,2}}\.{_S}+|ITEM{_S}+\d{{1,2}}[A-Z]?\b)(?=[^\n]*[A-Z]{{3}})[^\na-z.!?]*$",
    re.MULTILINE,
)
_AGENDA_MIN = 2  # such headings, for a text to be laid out by its agenda


@lru_cache(maxsize=4)
def _agenda_lines(text: str) -> frozenset[int]:
    """Starts of the agenda's headings in ``text``: none unless it has two or more (one
    line "2. NO." may be a speaker's)."""
    found = frozenset(_blanks_before(text, m.start()) for m in _AGENDA_NUMBERED.finditer(text))
    if len(found) < _AGENDA_MIN:
        return frozenset()
    # (not a list a speaker introduced and reads out, item under item: "as on the
    # slide:" / "1. SHIP VERSION 4" / "2. HIRE 20 ENGINEERS")
    read: set[int] = set()
    for at in sorted(found):
        above = text.rfind("\n", 0, _rstrip(text, 0, at)) + 1  # the line above, blanks skipped
        if _read_out(text, at) or above in read:
            read.add(at)
    return found - read


def _blanks_before(text: str, at: int) -> int:
    """Where the blanks on ``at``'s line right before it start (``_S``'s: no newline)."""
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at


def _agenda_heading(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``start``..``end`` is one line, an agenda's heading or a
    heading of the Congressional Record: it ends the turn above it, and if no label
    follows, the notes below are narration too ("ITEM 2 — UNIFORM ALLOWANCE" /
    "Deferred to session 8 by agreement.", "RECESS" / "Thereupon, the Senate ...")."""
    line = text.rfind("\n", 0, start) + 1
    if "\n" in text[start:end].strip():
        return False
    return line in _agenda_lines(text) or (
        _CAPITALS_HEADING.match(text, start, end) is not None and _congressional(text)
    )


# A line in capitals with no sentence's end: "TRIBUTE TO THE KESTREL HOLLOW FIRE COMPANY",
# "HON. EVERETT J. HOLLOWAY", "OF WEST CARROW", "RECESS"
_CAPITALS_HEADING = re.compile(
    rf"{_S}*(?=[^\n]*[A-Z]{{3}})[^\na-z]{{3,100}}(?<![.!?:]){_S}*$", re.MULTILINE
)
# The Congressional Record's labels: "Mr. HOLLOWAY.", "Ms. REYES-TAMM."
_CONGRESSIONAL_LABEL = re.compile(
    rf"^{_S}*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|The){_S}[A-Z][A-Z'\-]+(?:{_S}[A-Z][A-Z'\-]+)?\.{_S}", re.M
)
_CONGRESSIONAL_MIN = 3  # such labels, for a text to be laid out as the Record


@lru_cache(maxsize=4)
def _congressional(text: str) -> bool:
    """Whether ``text`` is laid out as the Congressional Record, whose speeches are never
    in capitals, so that a line in capitals among them is a heading."""
    return len(_CONGRESSIONAL_LABEL.findall(text)) >= _CONGRESSIONAL_MIN


def _decided(labels: list[_Label], pending: list[_Label]) -> list[_Label]:
    """A label comes: the no-speech lines ``pending`` above it are narration, and the
    rules ``held`` in the speech above it were the speaker's. The new ``held``."""
    labels.extend(pending)
    pending.clear()
    return []


def _speech_goes_on(
    text: str, start: int, end: int, pending: list[_Label], held: list[_Label]
) -> list[_Label]:
    """Unlabelled speech after no-speech lines in a turn ("Dear Friends:", "---"): they
    are the speaker's, so ``pending`` is emptied, but a rule or an END among them is
    ``held``, narration if no label comes till the end. A note ("(Applause.)") decides
    nothing. The new ``held``."""
    if _BRACKETED.fullmatch(text, start, end):
        return held
    marks = [
        label
        for label in pending
        if _MARK.match(text, label.start, label.end)
        # (an agenda's heading holds only notes in no one's voice below it: a speaker
        # going on to the end, "I yield the floor.", read out a letter's signature)
        or (_agenda_heading(text, label.start, label.end) and not _PERSONAL.search(text, start))
    ]
    pending.clear()
    return held or marks


_BOILERPLATE_MAX = 600  # characters of a publisher's copyright or caveat paragraph


def _boilerplate(text: str, start: int, end: int) -> bool:
    """Whether a paragraph too long for a closing line is a publisher's boilerplate all
    the same: a copyright notice or a transcript's caveat ("Accuracy and availability of
    ... transcripts may vary. ..."), in no one's own voice."""
    return (
        end - start <= _BOILERPLATE_MAX
        and _CLOSING.match(text, start, end) is not None
        and not _FIRST_SINGULAR.search(text, start, end)
    )


def _closing_tail(text: str) -> int:
    """Where the run of closing lines, marks and notes that ends the text begins (a
    speaker's last words may be "Copyright protection is vital"), or past the end."""
    tail = len(text) + 1
    paragraphs = [para for para in _PARAGRAPH.finditer(text) if not para.group().isspace()]
    listed = _listed_under_heading(text, paragraphs)
    for i in reversed(range(len(paragraphs))):
        start, end = paragraphs[i].span()
        if end - start > _NO_SPEECH_MAX and not _boilerplate(text, start, end):
            break
        if not (
            _closing_line(text, start, end)
            or _MARK.match(text, start, end)
            or _NOTE_LINE.match(text, start, end)
            or (_BARE_TIME.match(text, start, end) and _timed(text))
            or _below_editors_note(text, paragraphs, i)
            or i >= listed
        ):
            break
        tail = start
    return tail


# A list's item: "- Add-to-basket feedback too subtle", "* ...", "• ...", "2. ..."
_LIST_ITEM = re.compile(rf"{_S}*(?:[\-*\u2022]|\d{{1,2}}[.)]){_S}+\S")


def _listed_under_heading(text: str, paragraphs: list[re.Match[str]]) -> int:
    """Where a Markdown heading with only list items below it closes the text ("## Key
    observations" / "- Add-to-basket feedback too subtle; ..."): a report's notes after
    the session, no one's words (a list with no heading above it may be read out); past
    the last paragraph where none does."""
    n = len(paragraphs)
    while n > 0 and _LIST_ITEM.match(text, *paragraphs[n - 1].span()):
        n -= 1
    heading = n - 1
    if (
        n < len(paragraphs)
        and heading >= 0
        and _MD_HEADING.match(text, *paragraphs[heading].span())
    ):
        return heading
    return len(paragraphs)


def _set_off(text: str, start: int) -> bool:
    """Whether the line at ``start`` may stand apart from the turn above it: a blank line
    or the text's start is above it, or the text is single-spaced there (the line above
    has no blank line above it either, so no layout says it goes on)."""
    if start == 0:
        return True
    above = text.rfind("\n", 0, start - 1) + 1
    if not text[above : start - 1].strip() or above == 0:
        return True
    second = text.rfind("\n", 0, above - 1) + 1
    return bool(text[second : above - 1].strip())


def _below_editors_note(text: str, paragraphs: list[re.Match[str]], i: int) -> bool:
    """Whether paragraph ``i`` is the writer's line right below an editor's closing note
    ("This interview has been edited." / "The film screens again Saturday."): unlabelled
    and in no one's voice."""
    if i == 0:
        return False
    start, end = paragraphs[i].span()
    above = paragraphs[i - 1]
    return (
        _CLOSING.match(text, above.start(), above.end()) is not None
        and _LABEL.match(text, start, end) is None
        and not _PERSONAL.search(text, start, end)
    )


_SINGLE_SPACED_MIN = 4  # turns: fewer say nothing of how the text is laid out


# A writer's signature closing the text: a dash and initials or a name, alone on a line
_SIGNED = re.compile(
    r"^[^\S\n]*[-\u2013\u2014]{1,2}[^\S\n]*[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*){0,2}\s*\Z", re.M
)


# A writer's call to the reader: an address to write to, a link, a newsletter
_CALL_TO_READER = re.compile(
    rf"{_WRITER.pattern}|https?://|www\.|\b(?i:subscribe|sign{_S}+up|newsletter"
    rf"|(?:email|e-mail|write{_S}+to|message){_S}+us)\b"
)


def _set_off_tail(text: str, labels: list[_Label]) -> list[_Label]:
    """In a transcript laid out a turn a line, no blank line between any two turns, the
    paragraphs set off by a blank line after the last turn are the writer's (a closing
    bio, "That's it for this week", a credit): ``labels`` with a narration label there."""
    spoken = [label for label in labels if label.speaks]
    if len(spoken) < _SINGLE_SPACED_MIN or len({label.name for label in spoken}) < 2:
        return labels
    if any(_BLANK_LINE.search(text, a.start, b.start) for a, b in pairwise(spoken)):
        return labels
    last = spoken[-1]
    after = [label for label in labels if label.start > last.start]
    gap = _BLANK_LINE.search(text, last.end, after[0].start if after else len(text))
    if gap is None or (start := _lstrip(text, gap.end(), len(text))) >= len(text):
        return labels
    end = after[0].start if after else len(text)
    if (
        _PERSONAL.search(text, start, end)
        and not _SIGNED.search(text, start, end)
        and not _CALL_TO_READER.search(text, start, end)
    ):
        # "And that is where the money went, I swear to you": the speaker's paragraph
        # going on; the writer's tail speaks of others ("Ana Roy covers the city."),
        # signs off ("Reply to this email if you can help." / "— JD") or calls on the
        # reader ("Email us at help@example.com", "Subscribe to our newsletter")
        return labels
    before = [label for label in labels if label.start <= last.start]
    return [*before, _Label(start, len(text), "", speaks=False), *after]


# A Markdown image, alone on its line: "![A conductor at dawn](dawn.jpg)"
_MD_IMAGE = re.compile(rf"{_S}*!\[[^\]\n]*\]\([^)\n]*\){_S}*$", re.M)
# A pull quote: a quotation alone on its line, its source after a dash ("\"I'm the
# visitor.\" \u2014 a playtester in Aix")
_PULL_QUOTE = re.compile(
    rf"^{_S}*[\"\u201c][^\"\u201c\u201d\n]{{10,300}}[\"\u201d]{_S}*[\u2014\u2013]{_S}*"
    # (a source of a few words, no one's going on: "\u2014 that's what he told us")
    rf"(?![^\n]*\b(?i:I|me|my|we|us|our|you|your|that|that's|this|he|she|they|it)\b)"
    rf"\S+(?:{_S}+\S+){{0,7}}{_S}*$",
    re.M,
)


def figures(text: str) -> frozenset[int]:
    """Where Markdown images and their captions (an italic line right below, "*The
    Gono Line near Fukaura. Photograph: Jo Roe*") and pull quotes with their source
    start: no one's words, in a turn or not."""
    # (a pull quote's source follows a dash: a text with neither dash has none)
    dashed = "\u2014" in text or "\u2013" in text
    found = {m.start() for m in _PULL_QUOTE.finditer(text)} if dashed else set()
    if "![" not in text:
        return frozenset(found)
    for m in _MD_IMAGE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        found.add(text.rfind("\n", 0, start) + 1)
        below = m.end() + 1
        if below < len(text) and _ITALIC.match(
            text, below, text.find("\n", below) % (len(text) + 1)
        ):
            found.add(below)
    return frozenset(found)
