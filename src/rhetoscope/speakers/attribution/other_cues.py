"""Cues further from a quotation than the words right around it: the cue of a
paragraph that opens inside an earlier quotation, the main clause's subject after an
opening phrase, a cue closing the sentence however far after the quotation, a
signature ("— David Martosko (@dmartosko)"), and the speakers of quotations nested
inside a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ...models import Segment
from ..names import FUNCTION_WORDS, first_name_known
from ..quotes import QuoteSpan, find_quotes
from .document import _Doc, _last_sentence, _mention_at, _para_start, _rstrip_at, _sentence_span
from .grammar import (
    _APPOSITIVE,
    _AUX,
    _DESCRIPTION,
    _EMBEDDED,
    _NAME,
    _NOMINAL,
    _NOT_INVERTED,
    _NOT_NAME_OPENING,
    _OUTLET,
    _PREPOSITIONS,
    _S,
    _TIES,
    _TOLD,
    _VERB,
    _WHO_DESCRIBED,
    _WORD,
    CUE_NOUNS,
    _alternation,
    _Lazy,
)
from .resolve import _TITLE_WORDS, _resolve
from .subjects import _SUBJECT_REACH

_NOUN_CUES = frozenset(CUE_NOUNS)
_INFINITIVE_VERB = _alternation(
    (
        "say tell ask insist argue write warn explain acknowledge admit announce urge suggest "
        "concede predict complain confirm deny conclude maintain contend describe declare "
        "state claim call promise vow pledge add reply respond answer repeat proclaim "
        "label brand dub term"
    ).split()
)
# ... but not one told what to say: "Lee urged them to call it ''a scam''" is Lee's wish.
_DIRECTIVE_BEFORE = _Lazy(
    r"\b(?:asked|asks|ask|urged|urges|urge|told|tells|tell|wants|want|wanted|begged|"
    rf"challenged|challenges|dared|invited|encouraged|pressed|called{_S}+on|calls{_S}+on){_S}+$"
)
# The subject of an infinitive of speech: "led her to declare", "forced Lee to admit".
_INFINITIVE_CUE = _Lazy(
    rf"\b(?P<who>him|her|them|{_NAME})(?:{_S}+\w+ly)?{_S}+to{_S}+(?:\w+ly{_S}+)?"
    rf"(?P<verb>{_INFINITIVE_VERB})\b(?![^\"\u201c\u201d]*\b(?:{_VERB})\b)"
)


def _outer_cue(doc: _Doc, last: Segment) -> tuple[str, str, bool] | None:
    """The speaker of a second quotation after one that quoted a possessor's words, when
    a speech verb took those words as its object: "Lee called Ng's assertion of a
    ''clean record'' ''disturbing''" (Ng's words, then Lee's)."""
    lead = _para_start(doc.text, 0, last.start)
    sentence = _last_sentence(doc.text[lead : last.start])
    offset = last.start - len(sentence)
    verbs = [m for m in _EMBEDDED.finditer(sentence) if m["verb"]]
    if not verbs or not _POSSESSIVE_NOUN_AFTER.match(sentence, verbs[-1].end()):
        return None
    m = verbs[-1]
    return _resolve(doc, m["who"], offset + m.start("who"), last.start), m["verb"], True


_POSSESSIVE_NOUN_AFTER = _Lazy(rf"{_S}+(?:[^\s]+{_S}+){{0,4}}?\S+['\u2019]s{_S}+")
# A passive of telling without its agent, ending the narration before a quotation: "his
# salespersons were told,", "she was asked:".
_PASSIVE_TOLD = _Lazy(
    rf"\b(?:was|were|is|are|(?:has|have|had){_S}+been){_S}+(?:\w+ly{_S}+)?"
    rf"(?P<verb>told|asked|instructed|advised|warned|reminded){_S}*[,:]{_S}*$"
)
# "According to" and its source opening a sentence, up to the comma.
_ACCORDING_OPENING = _Lazy(
    rf"\s*(?:(?:And|But),?{_S}+)?According{_S}+to{_S}+(?P<who>[^,;:\n\"\u201c\u201d]{{2,80}}?),"
)
# A subordinate clause of speech with its own subject, up to "that": "even as Trump
# claimed on Tuesday that", "while she said that".
_SUBORDINATE_CUE = _Lazy(
    rf"\b(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]lthough|[Tt]hough|[Bb]ecause|"
    rf"[Ss]ince|[Uu]ntil|[Oo]nce){_S}+(?P<who>he|she|{_NAME})"
    rf"{_S}+{_AUX}(?P<verb>{_VERB})\b(?:{_S}+[^\s,\"\u201c\u201d.!?;:]+){{0,5}}?{_S}+that{_S}*$"
)
# A speech verb with no subject of its own, after a comma or "and", ending the narration
# before a quotation: "... went to the President, said,", "... and then said:".
_BARE_CUE = _Lazy(rf"[a-z0-9)](?:,|{_S}and)(?:{_S}+then)?{_S}+(?P<verb>{_VERB}){_S}*[,:]{_S}*$")
# A description opening its sentence, as the subject: "Then the union leaders went".
_NOMINAL_OPENING = _Lazy(
    rf"\s*(?:(?:And|But|So|Then|{_NOT_NAME_OPENING}),?{_S}+)?(?P<who>{_NOMINAL})(?![\w\-'\u2019])"
)
# A speech verb coordinated with another verb of the clause after a comma: ", he smiled
# and said,", ", Ruiz paused, looked up and replied:".
# (the verb perhaps with a short object: "and told the crowd,")
_SHORT_OBJECT = rf"(?:{_S}+(?:the|a|an|his|her|their|its|him|them|[a-z]+)){{0,3}}"
_AND_SAID_END = _Lazy(rf"\band{_S}+(?:then{_S}+)?{_VERB}{_SHORT_OBJECT}[,:]{_S}*$")
_COORDINATED_CUE = _Lazy(
    rf",{_S}+(?P<who>he|she|He|She|{_NAME})(?!['\u2019\w])"
    rf"{_S}+(?:\w+ly{_S}+)?(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)[a-z]+\b"
    rf"[^.;:!?\"\u201c\u201d]{{0,120}}?{_S}+and{_S}+(?:then{_S}+)?(?P<verb>{_VERB})"
    rf"{_SHORT_OBJECT}[,:]{_S}*$"
)
_OPENING_ADVERBIAL = _Lazy(
    rf"\s*(?:{'|'.join(w.capitalize() for w in sorted(_PREPOSITIONS))})\b[^,;:\n]*$"
)
_MAIN_SUBJECT = _Lazy(
    rf",{_S}+(?P<name>{_NAME}){_S}+(?:\w+ly{_S}+)?"
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)[a-z]{{2,}}\b"
)


def _main_subject_after(doc: _Doc, sentence: str, offset: int, q: QuoteSpan) -> str:
    """For a quotation inside a phrase opening its sentence ("In an address that spoke
    to the ''anger'' over ..., Mrs. Clinton struck"), the subject of the main clause
    after it; "" when the sentence opens otherwise or none follows."""
    if not _OPENING_ADVERBIAL.match(sentence):
        return ""
    _, end = _sentence_span(doc, bisect_right(doc.sentences, q.end - 1) - 1)
    end = min(end, q.end + 300)
    m = _MAIN_SUBJECT.search(doc.text, q.end, end)
    if m is None or "\n" in doc.text[q.end : m.start()] or '"' in doc.text[q.end : m.start()]:
        return ""
    at = m.start("name")
    mention = _mention_at(doc.names.mentions, doc.starts, at, at + len(m["name"]))
    return doc.names.name_of(mention) if mention is not None else ""


# A speech cue closing the sentence a quotation stands in, however far after it:
# "..., said Alan Abramowitz, a demographer at Emory University.", "..., Justice
# Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing."
_FINAL_CUE = _Lazy(
    rf",{_S}*(?:{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}(?P<verb>{_VERB})"
    rf"|(?!{_TOLD}|{_NOT_INVERTED})(?P<verb2>{_VERB}){_S}+(?P<who2>{_NOMINAL}|{_OUTLET}|{_NAME}|{_DESCRIPTION})"
    rf"(?:,{_S}*[^,\n\"\u201c\u201d]{{1,100}})?"
    rf"|(?:[\w\-.'\u2019]+{_S}+){{1,6}}?(?P<who3>{_NAME}){_APPOSITIVE}{_S}+{_AUX}(?P<verb3>{_VERB}))"
    # ... and what closes it, after a comma too ("..., James B. Comey, on Monday.")
    rf"(?:,?{_S}+[^,.;:!?\"\u201c\u201d\n]{{1,60}})?[.!?]?[\"'\u201d\u2019)]*$"
)
_FINAL_REACH = 250  # characters before a sentence's end its closing cue may start


def _final_cue(doc: _Doc, q: QuoteSpan) -> tuple[re.Match[str] | None, int]:
    """The speech cue ending the sentence in which quotation ``q`` ends, and the offset
    its match is relative to; a cue after another quotation counts ("...the 'grass-roots
    firepower' they need to win, DFA spokesman Neil Sroka said")."""
    _, end = _sentence_span(doc, bisect_right(doc.sentences, q.end - 1) - 1)
    if end - q.end > _SUBJECT_REACH:
        return None, 0  # a sentence going on and on: no cue closes it for this quotation
    para = doc.text.find("\n", q.end, end)
    end = _rstrip_at(doc.text, q.end, para if para >= 0 else end)
    if end <= q.end:
        return None, 0
    lo = max(q.end, end - _FINAL_REACH)
    return _FINAL_CUE.search(doc.text[lo:end]), lo


# A signature after a quotation: in its line, a tweet's "— David Martosko (@dmartosko)";
# or a line of its own after it, "-President Obama, tweeting after Clinton's speech."
_SIGNATURE_IN_LINE = _Lazy(rf"{_S}[\u2014\u2013\-]{{1,2}}{_S}*(?P<who>{_NAME}){_S}*\(@\w+\)")
_SIGNATURE_LINE = _Lazy(
    rf"[^\w\n]*\n\s*[\u2014\u2013\-]{{1,2}}{_S}*(?P<who>{_NAME})(?:[,.]|{_S}*\n|{_S}*$)"
)
_SIGNATURE_REACH = 300
# ... or, for a quotation its paragraph left open, the short line after it that closes
# it: '"I worry that ...\nDean Baker, Center for Economic and Policy Research."'.
_SIGNATURE_CLOSING = _Lazy(
    r"\n(?P<who>[A-Z][^,.\n\"\u201c\u201d]{1,60}?)(?:,[^\n\"\u201c\u201d]{1,80}?)?\.?"
    r"[\"\u201d][^\S\n]*(?:\n|$)"
)


def _signature(doc: _Doc, q: QuoteSpan, alone: bool = True) -> str:
    """The person signing the text a quotation stands in, or "": by a signature line
    after it only when it stands ``alone``, not inside a sentence of the narration."""
    end = doc.text.find("\n", q.end, q.end + _SIGNATURE_REACH)  # bounded: linear time
    line = doc.text[q.end : end if end >= 0 else q.end + _SIGNATURE_REACH]
    m = _SIGNATURE_IN_LINE.search(line) if "(@" in line else None
    at = q.end
    if m is None and not alone:
        return ""
    if m is None:
        m = _SIGNATURE_LINE.match(doc.text, q.end, min(len(doc.text), q.end + _SIGNATURE_REACH))
        at = 0
    if m is None and not q.closed:
        m = _SIGNATURE_CLOSING.match(doc.text, q.end, min(len(doc.text), q.end + 160))
    if m is None:
        return ""
    return _resolve(doc, m["who"], at + m.start("who"), q.start)


# Inside a quotation, the words of someone its speaker names in a cue of their own
# ('"Arthur used to say, ‘Write the book.’ So I wrote it," Lee said'): that person's.
# Not what they could say or are pictured saying ("Then Sanders can say 'I win'",
# "Clinton standing up and saying 'Yes'"): words no one said.
# (a cue's subject starts a word, and its verb with the few words after it ends right
# before the nested quotation, in the same sentence)
_NESTED_WHO_START = r"(?<![\w.'\u2019])"
_NESTED_VERB_END = (
    rf"{_S}+(?P<verb>{_VERB})\b[^.!?;\n\"\u201c\u201d\u2018\u2019]{{0,40}}?[,:]?{_S}*$"
)
_NESTED_BEFORE = _Lazy(
    rf"{_NESTED_WHO_START}(?P<who>{_NAME})"
    rf"(?P<between>(?:{_S}+[a-z][\w\-'\u2019]*){{0,8}}?){_NESTED_VERB_END}"
)
# People someone has besides the ties of ``_TIES``.
_OWN_PEOPLE = (
    "supervisor|manager|teacher|doctor|neighbou?r|lawyer|attorney|pastor|editor|landlord|"
    "trainer|agent|foreman|grandmother|grandfather|uncle|aunt|cousin|mom|dad"
)
# ... or whom its speaker calls "my supervisor" in that cue ('"My supervisor yelled,
# ‘Everybody out.’ And we ran," Reyes said': Reyes's supervisor). ("He told me, ‘...’"
# is left to the speaker: who "he" is in a speaker's own words the narration's people
# do not tell reliably.)
_NESTED_BEFORE_OWN = _Lazy(
    rf"{_NESTED_WHO_START}(?P<who>(?:[Mm]y|[Oo]ur){_S}+(?:{_TIES}|{_OWN_PEOPLE}))"
    rf"(?P<between>(?:{_S}+\w+ly)?){_NESTED_VERB_END}"
)
_NESTED_AFTER = _Lazy(rf"[,.!?]?{_S}*(?P<who>{_NAME})(?P<between>){_S}+(?P<verb>{_VERB})\b")
_HYPOTHETICAL = _Lazy(r"\b(?:can|could|would|will|should|might|may|must)\b")
_NESTED_REACH = 150  # characters before a nested quotation its cue may start
_SPACES = _Lazy(r"\s*")
# A straight apostrophe opening a word after a space or bracket opens a quotation.
_STRAIGHT_OPEN = _Lazy(r"(?:^|(?<=[\s(\[\u2014\u2013\-/]))'")


_OWN_NAMED_REACH = 2  # sentences after a quotation in which "his supervisor" is named


def _own_named(doc: _Doc, q: QuoteSpan, noun: str) -> str:
    """The person "his supervisor, Dan Kraus," names in the sentences right after
    quotation ``q`` whose speaker spoke of "my supervisor"; "" when none does."""
    k = bisect_right(doc.sentences, q.end - 1)
    hi = doc.sentences[k + _OWN_NAMED_REACH] if k + _OWN_NAMED_REACH < len(doc.sentences) else None
    m = re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*['\u2019]s){_S}+{noun},{_S}+(?P<who>{_NAME}),"
    ).search(doc.text, q.end, hi if hi is not None else len(doc.text))
    return _named_person(doc, m["who"]) if m else ""


def _named_in_cue(doc: _Doc, q: QuoteSpan, speaker: str) -> bool:
    """Whether the cue of quotation ``q`` names ``speaker`` (a person the document names)
    or a pronoun for him, or there is no cue; not a description resolved to him ("a
    woman who lives on the block said")."""
    if not doc.names.canonical(tuple(speaker.split())):
        return False
    # (the sentence up to the quotation, and from it to the next sentence start: a
    # quotation may hold sentence ends of its own)
    lo, _ = _sentence_span(doc, bisect_right(doc.sentences, q.start) - 1)
    _, hi = _sentence_span(doc, bisect_right(doc.sentences, q.end) - 1)
    surname = re.escape(speaker.split()[-1])
    around = doc.text[lo : q.start] + " " + doc.text[q.end : hi]
    # (or by "he" or "she", whom the pronoun rules found: '"...," he said'; a
    # quotation with no cue of its own goes on with the last one's speaker)
    return (
        re.search(rf"\b(?:{surname}|[Hh]e|[Ss]he)\b", around) is not None
        or re.search(rf"\b(?:{_VERB})\b", around) is None
    )


def _nested(doc: _Doc, q: QuoteSpan, seg: Segment) -> list[Segment]:
    """Quotation ``q``'s segment ``seg`` split around the quotations nested in it that a
    cue inside it gives to a person other than its speaker; ``[seg]`` when none."""
    text = doc.text
    lo = q.start + (2 if text.startswith(("''", "``"), q.start) else 1)
    hi = q.end - (0 if not q.closed else 2 if text.startswith("''", q.end - 2) else 1)
    inner = text[lo:hi]
    if "\u2018" not in inner and "'" not in inner:
        return [seg]  # no single mark to open a nested quotation: most quotations
    # Straight single marks curled (' opening a word is ‘, any other ’): same offsets.
    body = _STRAIGHT_OPEN.sub("\u2018", inner).replace("'", "\u2019")
    out: list[Segment] = []
    cursor = seg.start
    for n in find_quotes(body):
        start, end = lo + n.start, lo + n.end
        if n.kind != "single" or not n.closed:
            continue
        who = _NESTED_BEFORE.search(text, max(cursor, start - _NESTED_REACH), start)
        who = who or _NESTED_AFTER.match(text, end, hi)
        own = None
        if not who:
            who = own = _NESTED_BEFORE_OWN.search(text, max(cursor, start - _NESTED_REACH), start)
        if not who or who["verb"].endswith("ing") or _HYPOTHETICAL.search(who["between"]):
            continue
        if own is not None:  # the speaker's own supervisor, when the speaker is named
            noun = own["who"].split()[-1]
            speaker = _own_named(doc, q, noun) or (
                f"{seg.speaker}'s {noun}" if _named_in_cue(doc, q, seg.speaker) else ""
            )
        else:
            speaker = _named_person(doc, who["who"])
        if not speaker or speaker == seg.speaker:
            continue
        if _WORD.search(text, cursor, start):
            out.append(replace(seg, start=cursor, end=_rstrip_at(text, cursor, start)))
            cursor = start
        if not _WORD.search(text, end, seg.end):
            end = seg.end  # the outer closing mark goes with the last words
        out.append(Segment(speaker, "quote", cursor, end, cue=who.group().strip()))
        cursor = min(_SPACES.match(text, end).end(), seg.end)
    if not out:
        return [seg]
    if cursor < seg.end:
        out.append(replace(seg, start=cursor))
    return out


def _named_person(doc: _Doc, who: str) -> str:
    """The document's fullest name for the person a name in a cue stands for, when the
    narration names them (a cue inside a quotation or a headline is no mention), or
    else the name itself when it is a full one with a known given name; "" otherwise."""
    key = tuple(w.rstrip(".") for w in who.split() if w.rstrip(".").lower() not in _TITLE_WORDS)
    if not key:
        return ""
    full = doc.names.canonical(key)
    if full:
        return full
    return " ".join(key) if len(key) >= 2 and first_name_known(key[0].lower()) else ""
