"""Splitting a transcript into turns: the pass over its paragraphs that applies every
family of rules in order.

Each paragraph is a header, an e-mail header, a no-speech line (field, mark, closing
line, court formality), a bold question, a name alone on its line, a caption's bare
">>", a label's turn, a chat's system line, or speech going on from the turn above.
Once the labels are known, the text is a transcript or not (``prose``), each label gets
one name (``canonical``, ``roles``, ``fullnames``), and each turn is cut around its
stage directions (``stage``).
"""

from __future__ import annotations

import re
from collections import Counter

from ...models import Segment
from ..fullnames import full_names, lower_words
from ..quotes import _rstrip
from ..screenplay import split_screenplay
from .addressed import named_by_address, numbered_by_address
from .callers import named_one_by_one
from .canonical import _canonical_names
from .captions import name_captions
from .chat import (
    _BARE_CC,
    _CHAT_LINE,
    _captioned,
    _chat_export,
    irc_lines,
    off_the_log,
    roster_names,
    self_named_nicks,
    self_named_numbers,
)
from .closing import (
    _closing_tail,
    _decided,
    _no_speech,
    _section_headings,
    _set_off_tail,
    _speech_goes_on,
    figures,
)
from .coded import coded_names, fielded_names, held_names
from .columns import column_labels, itemised_names, legend_names
from .court import (
    _ANSWERING,
    _BY_INLINE,
    _EXAMINATION_SIDES,
    _EXAMINER,
    _HEARING_MARK,
    _LINE_NUMBER,
    _SWORN_NAME,
    _examined,
    _heading_at,
    _in_turn,
    _numbered,
    _questioner,
    _sworn_next,
    _witnesses,
    exhibited_below,
    inserted_below,
)
from .excerpt import excerpted
from .headers import (
    _HEADER_ROLES,
    _SPEAKING_FIELDS,
    _email_headers,
    _field,
    _headers,
    _title_fields,
)
from .interview import _bold_questions, _interview_noted, outlet_asking
from .keyed import keyed_labels, roll_keyed_names
from .labels import (
    _DESC_COMMA,
    _LABEL,
    _SPACED_NAME,
    _TIGHT_LABEL,
    _chorus,
    _cue,
    _group,
    _label,
    _named_in_parens,
    _paren_after,
    office_holder_label,
)
from .lone import (
    _NAME_LINE,
    _given_names_told,
    _hansard_marked,
    _lone_label,
    _lone_names,
    _marked_names,
    _spaced_labels,
)
from .lowercase import _lower_labels
from .prose import _EDITORIAL, _headline, _is_transcript, _titled, _unlike_prose
from .records import ended_below, named_by_record, record_line, system_event, wrapped_up
from .remarks import split_remarks
from .roles import _body, _pronoun_named, _roles_named, _staff, answered_names
from .rolled import rolled_names
from .ruled import ruled_record
from .shared import (
    _BLANK_LINE,
    _FIELD_END,
    _PARAGRAPH,
    _PERSONAL,
    _answering,
    _Label,
    _lead,
    _lstrip,
)
from .stage import _STAGE, _heckled, _split_stage_directions, is_stage_direction
from .titled import self_titled, titled_names

_CAPTION_COLON = re.compile(r"[.,]?[^\S\n]{3,}:")  # a name, a wide gap, then the colon


_RECURRING_LABEL = 3  # times a label opens a line, for its first line to be no headline


def _comes_back_verbatim(text: str, start: int, end: int, para_end: int) -> bool:
    """Whether the label ``start``..``end`` opens lines again and again, as written, and
    its line says a sentence in mixed case ("JESS:" above "Previously on The Creek Road
    Tapes.", then turn after turn): a speaker's, whose first line is no headline however
    its words are capitalised."""
    rest = text[end:para_end].strip()
    if rest[:1] in "'\"\u2018\u201c" or rest.isupper() or rest[-1:] not in ".!?":
        # "Okonkwo: 'I stopped reading'", "THE BAY REVIEW: CONVERSATIONS": a headline
        return False
    label = text[start:end].strip()
    opened = re.findall(rf"^[^\S\n]*{re.escape(label)}", text, re.M)
    return len(opened) >= _RECURRING_LABEL


def _asks_or_addresses(text: str, start: int) -> bool:
    """Whether the line from ``start`` asks ("?") or says "I", "we", "you", as an
    interviewer's words do and a list's item does not."""
    end = text.find("\n", start) % (len(text) + 1)
    return "?" in text[start:end] or _PERSONAL.search(text, start, end) is not None


def _subtitle_dash(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a label is a bracketed word after a list's dash ("- [FIX] ...", "- [NEW]
    ...") in a text with no subtitle's cue timing ("00:00:03,500 --> 00:00:05,000"),
    where alone the dash opens a voice's line."""
    if not _group(m, "br") or "-->" in text:
        return False
    return re.search(r"-[^\S\n]*\[\Z", text[start : m.start("br")]) is not None


# A list item's start: a name or a title in capitals ("Professor Ann Lee", "Panel One")
_NAMED_ITEM = re.compile(r"[^\S\n]*[A-Z][\w'\u2019\-]*\.?[^\S\n]+[A-Z]")
_NEXT_NUMERAL = re.compile(r"^[^\S\n]*II[:.]", re.MULTILINE)


def _numbered_item(text: str, start: int) -> bool:
    """Whether the line from ``start``, after an "I:", reads as a list's first item: it
    opens with a name or title, or an "II:" follows in the text."""
    return _NAMED_ITEM.match(text, start) is not None or _NEXT_NUMERAL.search(text) is not None


# A heading of a few words and a colon alone on its line: "Prepared Remarks:",
# "Questions & Answers:", its words capitalised but the small ones (a speaker's "So
# here's the thing:" is no heading)
_HEADING_COLON = re.compile(
    r"[^\S\n]*[A-Z][\w'\-]*(?:[^\S\n]+(?:&|and|of|the|for|on|to|in|[A-Z][\w'\-]*)){0,4}"
    r":[^\S\n]*"
)
# A note set off in a paragraph of its own: "Producer's note: this episode was recorded
# in February.", "Editor's note: ..."
_NOTE_OPENING = re.compile(r"(?:[A-Z][a-z]+(?:['\u2019]s|s['\u2019])?[^\S\n]+)?[Nn]ote:[^\S\n]")


def split_turns(text: str) -> list[Segment] | None:
    """Turn (and stage-direction) segments, or None when ``text`` is not a transcript."""
    if (script := split_screenplay(text)) is not None:
        return script
    headers = _headers(text)
    fields = Counter(_field(text, p.start(), p.end()) for p in _PARAGRAPH.finditer(text))
    recurring = frozenset(f for f, n in fields.items() if f in _SPEAKING_FIELDS and n > 1)
    lone_names = _lone_names(text)
    # a podcast's given names in capitals ("LENA", "JONAH"): no narrator's voice between
    # its turns, so a paragraph of its own goes on with the turn above
    scripted = _given_names_told(text, [name for name in lone_names.values() if name])
    marked_lone = _marked_names(text, lone_names)
    noted = _interview_noted(text)  # "This interview has been condensed." closing it
    asked = _bold_questions(text, noted)
    spaced = _spaced_labels(text)
    columned, summaries = column_labels(text)  # "0012   PENHALIGON   Can you ...?"
    spaced.update(columned)
    keyed, key, listed = keyed_labels(text)  # "CÅ Good afternoon" under "CÅ   Clara Åberg"
    spaced.update(keyed)
    pictured = figures(text)
    chatted, notices = irc_lines(text)  # "[17:01:20] <kestrel> we have two"
    spaced.update(chatted)
    summaries |= notices  # "[17:00:31] -!- orrin_w has joined": the server's
    summaries |= off_the_log(text, chatted, notices)  # "--- Day changed Thu Apr 16 2026"
    summaries |= listed  # the speaker key's lines and its heading
    # "Caller: anonymous, ..." above a record's rule, "HANDLER NOTES: ..." below its last
    summaries |= ruled_record(text)
    lowered = _lower_labels(text)  # "mbeki:" among "LANGE:" turns
    labels: list[_Label] = []
    marked = 0  # labels of a form prose does not use
    unlabelled = 0
    examiner = ""  # the lawyer of the last "BY MR. HALE:" header, who asks the Qs
    witnesses: list[tuple[int, int, str]] | None = None  # read when a Q, A or THE WITNESS comes
    hearing: bool | None = None  # read when an indented mixed-case label comes
    witness, called = "", 0  # the witness on the stand; how many mentions are decided
    # where an oath may have been put since: the end of the last question or answer, or
    # of the last witness's mention; the witness it swore in, till their heading comes
    oath_from, sworn = 0, ""
    pending: list[_Label] = []  # no-speech lines in a turn: narration unless speech follows
    held: list[_Label] = []  # rules with speech below: narration if no label follows
    spoke = False  # whether a speaker's label has come yet
    recorded = False  # whether an export's record line has come (``records``)
    said = False  # whether one has said a sentence yet ("Project: Pharmacy app" says none)
    voiced: set[str] = set()  # the labels spoken so far, in lower case
    cues: dict[int, tuple[str, bool]] = {}  # label start -> (its cue, whether described)
    captioned = _captioned(text)
    bare_cc: set[int] = set()  # where a caption's ">>" names no one
    unmarked = False  # whether the last name alone on its line has no mark
    below_name = -1  # where the speech below the last name alone on its line starts
    numbered = _numbered(text)
    closing_from = _closing_tail(text)
    sections = _section_headings(text)  # "Swarm season" above a chapter's first label
    spaced_names: set[str] | None = None  # labels with a space after them, once needed
    common: frozenset[str] | None = None  # the words the text writes in lower case, once needed
    emailed = _email_headers(text) if "rom:" in text else frozenset()
    for para in _PARAGRAPH.finditer(text):
        if para.start() in headers and not (said or voiced & _HEADER_ROLES):
            # "Interviewer: Tom Baker" above the transcript names, not speaks; once
            # "Narrator: Okay" or "Dispatcher: 911 what's the address" has spoken,
            # "Narrator: Esperanza Ruelas" or "Caller: Maria Lopez" answers
            continue
        if para.start() in emailed:  # "From: Jo Ray <jo@x.org>": a mail's header, narration
            held = _decided(labels, pending)
            labels.append(_Label(para.start(), para.end(), "", speaks=False))
            continue
        if para.start() in pictured:  # "![A conductor at dawn](dawn.jpg)" and its caption
            held = _decided(labels, pending)
            labels.append(_Label(para.start(), para.end(), "", speaks=False))
            continue
        if para.start() in summaries:  # "0215-0941    Questions were put to ...": narration
            held = _decided(labels, pending)
            labels.append(_Label(para.start(), para.end(), "", speaks=False))
            continue
        if not spoke and record_line(text, para.start(), para.end()):
            # "Agent: Priya Natarajan (ID 4471)   Customer: ...": an export's record
            recorded = True
            held = _decided(labels, pending)
            labels.append(_Label(para.start(), para.end(), "", speaks=False))
            continue
        start = para.start()
        # (an IRC log's "19:02 <rhea>" is a time, not a deposition's line number "19:02")
        # (nor a record in columns' clock "0410:12  LC1  NWD452  ...", a deposition's page
        # and line "4:12" in its shape)
        if (
            numbered
            and start not in chatted
            and start not in columned
            and (number := _LINE_NUMBER.match(text, start))
        ):
            start = number.end()  # "12   Q.  Where were you?": the label after the number
        by = _EXAMINER.match(text, start)
        if by or (
            start not in spaced
            and start != below_name  # the speech right below its speaker's name alone
            and (
                _no_speech(text, start, para.end(), spoke, recurring, para.start() >= closing_from)
                or para.start() in sections
            )
        ):
            label = _Label(start, para.end(), "", speaks=False)
            examiner = (by["who"] or by["heading"] or by["from"]) if by else examiner
            # in a turn, "Dear Friends:" or "---" is narration only if no speech follows;
            # "Call participants:" heads a list, not speech; "OWEN PARRY," the oath's lines
            listed = _field(text, start, para.end()) and para.group().rstrip("*_ \t").endswith(":")
            sworn = _SWORN_NAME.match(text, start, para.end()) is not None
            if spoke and not (by or listed or sworn):
                pending.append(label)
                continue
            held = _decided(labels, pending)
            labels.append(label)
            continue
        direction = _STAGE.match(text, start + _lead(text, start))
        if direction and is_stage_direction(direction.group(), in_speech=False):
            start = _lstrip(text, direction.end(), para.end())  # "[Applause] TRUMP: Hi."
        if start in asked:  # "**Why did you resign?**", the answer below
            held = _decided(labels, pending)
            labels.append(_Label(start, start, asked[start]))
            spoke = True
            marked += 1
            continue
        if (
            lone_names
            and _HEADING_COLON.fullmatch(text, start, para.end())
            and lone_names.get(_lstrip(text, para.end(), len(text)))
        ):
            # "Questions & Answers:" with nothing said, a name alone on its line below it
            # (the layout's label): the call's section heading, not a speaker's
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        if start in lone_names:
            held = _decided(labels, pending)
            if not lone_names[start]:  # a listed participant: narration
                labels.append(_Label(start, para.end(), "", speaks=False))
                continue
            below_name = _lstrip(text, para.end(), len(text))
            labels.append(_Label(start, below_name, lone_names[start]))
            spoke = True
            name_line = _NAME_LINE.match(text, start)
            unmarked = (
                name_line is not None
                and not _hansard_marked(name_line)
                and lone_names[start] not in marked_lone
                and not scripted
            )
            continue
        if captioned and _BARE_CC.match(text, start, para.end()):
            # ">>" with no name: someone else speaks, unnamed; narration, not the last
            # speaker's words, unless the proceedings name them (``captions``)
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            bare_cc.add(start)
            continue
        m = (
            None  # a message's first line below its writer's name: "Question: why?"
            if start == below_name
            else spaced.get(start)
            or _LABEL.match(text, start)
            or _lone_label(text, start, para.end())
            or office_holder_label(text, start)  # "The Minister for Housing (Ann Roe):"
        )
        if m is None and start != below_name and (lower := lowered.get(start)) is not None:
            # "mbeki:" among "LANGE:" turns (``lowercase``): a label but for its case
            held = _decided(labels, pending)
            spoke = True
            said = said or _FIELD_END.search(para.group()) is not None
            voiced.add(lower.name.lower())
            labels.append(_Label(start, _lstrip(text, lower.end, len(text)), lower.name))
            marked += lower.stamped
            cues[start] = (lower.cue, lower.described)
            continue
        if m is not None and _group(m, "cc") and not captioned:
            m = None  # ">> Anna:" quotes a mail; ">> MORE:" is a wire's kicker
        if m is not None and _subtitle_dash(text, start, m):
            m = None  # "- [FIX] Crash on startup": a changelog's tag, no subtitle's voice
        if (
            m is None
            # (a podcast's "Producer's note: ..." too, set off below a turn)
            and (unmarked or (_NOTE_OPENING.match(text, start) is not None and labels))
            and labels[-1].start in lone_names
            and _BLANK_LINE.search(text, labels[-1].end, start)
        ):
            # a paragraph of its own after an unmarked name's speech: the narrator's
            # ("Ten years later we caught up again.")
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        if m is None and (tight := _TIGHT_LABEL.match(text, start)):
            if spaced_names is None:
                spaced_names = set(_SPACED_NAME.findall(text))
            m = tight if tight["name"] in spaced_names else None
        if m is None and _CHAT_LINE.match(text, start) and _chat_export(text):
            # "[12/03/2024, 14:02] Gwen added Bea": a chat's system line, no one's words
            # (elsewhere a date and time may be read out: "a call at:" / "12/03/2024, 23:14")
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        if m is None:
            unlabelled += start < para.end() and not para.group().isspace()
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        name = _label(m)
        if _group(m, "name") and _paren_after(text, m):
            common = lower_words(text) if common is None else common
            name = _named_in_parens(text, m, common) or name
        if _group(m, "hearing") and hearing is None:
            hearing = _HEARING_MARK.search(text) is not None
        if spoke and name.lower() in _EDITORIAL and _group(m, "name"):
            # "Important: we lost audio here." between turns: the transcriber's note,
            # narration unless speech goes on below it
            pending.append(_Label(start, para.end(), "", speaks=False))
            continue
        if (
            name.lower() in _EDITORIAL
            or (_group(m, "hearing") and not hearing)  # "Mr. Hale." opening a letter's paragraph
            or (
                _headline(text, para.start(), m.end(), para.end(), spoke)
                and not _comes_back_verbatim(text, start, m.end(), para.end())
            )
            or (_group(m, "qnum") and not _questioner(name))
        ):
            unlabelled += 1
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        if _group(m, "name") and _CAPTION_COLON.match(text, m.end("name")):
            # "Respondent.                   :": a court caption's column of colons
            unlabelled += 1
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        if (
            _group(m, "name")
            and _DESC_COMMA.match(text, m.end("name"))
            and not _titled(m)
            and name == _label(m)  # "Owner, Unit 4C (Mrs. Delgado):" names its person
        ):
            unlabelled += 1  # "Instead, Matthews, MSNBC's host:" is prose
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        held = _decided(labels, pending)
        stamped = bool(_group(m, "early") or _group(m, "late") or _group(m, "late2"))
        if system_event(name, recorded or stamped):
            # "System [00:01:12]: Agent placed customer on hold.": an export's event
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        if name and not (_group(m, "br") and is_stage_direction(f"[{name}]", in_speech=False)):
            if name in ("Q", "A") or name.upper() in _EXAMINATION_SIDES:
                witnesses = _witnesses(text) if witnesses is None else witnesses
                # each mention is decided once, when the loop has passed it
                while called < len(witnesses) and witnesses[called][0] < start:
                    where, until, who = witnesses[called]
                    if _heading_at(text, where, until) or not _in_turn(text, labels, where):
                        witness = who
                    called += 1
                    oath_from, sworn = max(oath_from, until), ""
                if name.upper() in _ANSWERING and not sworn:
                    sworn = _sworn_next(text, oath_from, start, witnesses[called:])
                if name == "Q" and (inline := _BY_INLINE.match(text, m.end())):
                    examiner = inline["who"]  # "Q. (By Mr. Delaney) Ms. Pike, ...": who asks now
                name = _examined(name, examiner, sworn or witness)
                oath_from = para.end()
            spoke = True
            said = said or _FIELD_END.search(para.group()) is not None
            voiced.add(name.lower())
            labels.append(_Label(start, _lstrip(text, m.end(), len(text)), name))
            marked += _unlike_prose(m)
            cues[start] = _cue(text, m)
    labels.extend(held + pending)  # "---" then "*Recorded live.*" ends the transcript
    if bare_cc:
        labels = name_captions(text, sorted(labels, key=lambda label: label.start), bare_cc)
    if not marked and len(set(cues.values())) == len(cues):
        # no label unlike prose and none coming back: "Name, Title:" lines are a credit
        # list, a wire roundup or a cast list, and their descriptors make no labels
        described = {at for at, cue in cues.items() if cue[1]}
        unlabelled += len(described)
        labels = [label for label in labels if label.start not in described]
    if sum(label.name == "I" for label in labels) == 1:
        # "I:" once, before words that neither ask nor address anyone and name someone
        # or have "II:" beside them, is a list's numeral (a committee's panel "I:
        # Professor Ann Lee, ..."), not the interviewer ("I: Describe the morning."):
        # narration, and so is its paragraph
        labels = [
            _Label(label.start, label.end, "", speaks=False)
            if label.name == "I"
            and not _asks_or_addresses(text, label.end)
            and _numbered_item(text, label.end)
            else label
            for label in labels
        ]
    labels = wrapped_up(text, _set_off_tail(text, _title_fields(text, labels)))
    labels = ended_below(text, labels)  # "[Recording ends 01:15:02]", a footer below it
    labels = inserted_below(text, labels)  # "[The information referred to follows:]"
    labels = exhibited_below(text, labels)  # "(See exhibit 1.)" ... "EXHIBIT 1"
    labels = excerpted(text, labels)  # a review's quoted lines of a play, indented
    spoken = [label for label in labels if label.speaks]
    if not spoken or not _is_transcript(text, spoken, marked, unlabelled):
        return split_remarks(text)  # a speech printed unlabelled under "Remarks by ..."
    intro = text[: spoken[0].start]
    in_intro = [m for at, m in headers.items() if at < spoken[0].start]
    names = _canonical_names([label.name for label in spoken], intro, in_intro, text, noted)
    # each turn in order, and each label's turns, for "This is June Takahashi"
    order = [
        (label.name, text[label.end : after.start if after else len(text)])
        for label, after in zip(spoken, [*spoken[1:], None], strict=True)
    ]
    turns: dict[str, list[str]] = {}
    for name, body in order:
        turns.setdefault(name, []).append(body)
    answering = _answering([label.name for label in spoken])
    common = lower_words(text) if common is None else common
    names.update(_roles_named(turns, intro, names, answering, common))
    names.update(named_by_address(text, spoken, names, intro))  # "HOST:" answered "Pete,"
    names.update(numbered_by_address(order, names, common))  # "Speaker 1" answered "Ines."
    names.update(named_by_record(set(turns), intro))
    # "CONTESTANT 1" under "Contestants: (1) Fenella Drax, ...; (2) ..."
    names.update(rolled_names({t for t in turns if names[t] == t}, intro))
    names.update(answered_names(order, names, text))  # "what's your name?" / "MS-1: Lyle."
    names.update((code, who) for code, who in key.items() if code in turns)
    # "Call handler: Oona Feeney (CH)": a code abbreviating the part the header gives
    names.update(coded_names({t for t in turns if names[t] == t}, intro, frozenset(turns)))
    # "REF" under "Referee: Declan Okafor-Reid | AR1: ...": a roll's field by its label
    names.update(fielded_names({t for t in turns if names[t] == t}, intro))
    # "Pilot" under "Pilot (Mr Femi Lachance); Helmsman (AB ...)": a roll's holders
    names.update(held_names({t for t in turns if names[t] == t}, intro))
    # "R1:" under "R1  Bettina, 31, nurse": a roll keying the codes to people
    names.update(roll_keyed_names({t for t in turns if names[t] == t}, intro))
    if columned:  # a recorder's legend: "HOT-1" is the Captain
        names.update(legend_names(set(turns), intro))
        # a list's item: "N482KT, Piper PA-28 (pilot in command: Gerrit Vandersloot)"
        names.update(itemised_names({t for t in turns if names[t] == t}, intro))
    if chatted:  # an IRC log's roster: "kestrel = Kestrel Amundsen"
        names.update(roster_names(set(turns), intro))
        # "<dkovac> evening all, Dmitri Kovač here"
        names.update(self_named_nicks({t: b for t, b in turns.items() if names[t] == t}))
    # "+44 7700 900318: hi all this is Gil Ashdown, new number": a chat export's sender
    names.update(self_named_numbers({t: b for t, b in turns.items() if names[t] == t}, text))
    untitled = [label for label in turns if names[label] == label]  # "LT. PETTIBONE"
    names.update(titled_names(untitled, intro, answering))
    # "I'm State Representative Lucia Marquez" in her own first turn
    names.update(self_titled([label for label in untitled if names[label] == label], turns))
    # "MAYOR FERRIS:" after the speech before it thanks "Mayor Colin Ferris": the same
    # titles and surname, written out by whoever spoke before (not "THE MAYOR", a title
    # alone, which a speech may give anyone)
    firsts = {label.name: label.start for label in reversed(spoken)}
    for label in untitled:
        if names[label] == label and not label.lower().startswith("the "):
            names.update(titled_names([label], text, answering, firsts[label]))
    names.update(_pronoun_named(turns, intro))
    # "**Halflight:**" asking under "HALFLIGHT MAGAZINE" and "By Jasper Okwuosa"
    names.update(outlet_asking([label for label in turns if names[label] == label], intro))
    staff = _staff(intro)  # "THE HARBOR REVIEW:" asks as "The Harbor Review's Marcus Wendt"
    names.update(
        {
            label: staff[key]
            for label in turns
            if (key := label.lower()) in staff and _body(key, intro)
        }
    )
    # full names from the header and the narration lines, not from what speakers say
    headed = (text[label.start : label.end] for label in labels if not label.speaks)
    narration = intro + "\n".join(headed)
    fuller = full_names(set(names.values()), narration, text)
    names = {label: fuller.get(name, name) for label, name in names.items()}
    # a short label that is a longer label's person ("REYES" of "SHERIFF REYES") takes the
    # name the longer one was given ("Douglas Reyes"): one person, one name
    names = {label: names.get(name, name) for label, name in names.items()}
    own = named_one_by_one(text, spoken, names)  # a caller, a reporter: named turn by turn
    segments: list[Segment] = []
    # (a line's number, in a numbered transcript, is no part of the turn above it)
    bounds = [
        text.rfind("\n", 0, label.start) + 1 if numbered else label.start for label in labels[1:]
    ] + [len(text)]
    previous = ""  # the last speaker other than a chorus
    for label, bound in zip(labels, bounds, strict=True):
        if not label.speaks:
            continue  # a header, an examination header, a closing line: narration
        start = label.start + _lead(text, label.start)
        end = _rstrip(text, start, bound)
        rest = end
        if (_chorus(label.name) or _heckled(text, label.name, label.end, end)) and previous:
            # "Hon. Members: Hear, hear!" interrupts; the paragraphs below are the
            # interrupted speaker's again
            line_end = text.find("\n", label.end, end)
            end = end if line_end < 0 else _rstrip(text, start, line_end)
        else:
            previous = own.get(label.start) or names[label.name]
        turn = Segment(
            own.get(label.start) or names[label.name],
            "turn",
            start,
            end,
            cue=text[start : label.end].strip(),
            head=label.end - start,
        )
        segments.extend(_split_stage_directions(text, turn))
        resumed = _lstrip(text, end, rest)
        if resumed < rest:
            segments.extend(_split_stage_directions(text, Segment(previous, "turn", resumed, rest)))
    return segments
