"""The entry point: ``attribute_quotes`` walks a document's quotations in order and
gives each to a cue's speaker (``cues``), a nested quotation's speaker (``other_cues``)
or, without a cue, to the narration's subject (``uncued``); a byline's writer is "I",
and '"...," came the reply' is the other party of an exchange.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import NARRATOR, UNKNOWN, Segment
from ..kin import kin
from ..names import Names, find_mentions
from ..quotes import double_quoted, find_quotes
from .cues import _cue
from .document import _Doc, _same_sentence
from .grammar import _S, _Lazy
from .other_cues import _nested
from .quotations import (
    _NICKNAME,
    _TITLE_CUE,
    _context,
    _displayed,
    _gaps,
    _in_a_name,
    _is_title,
    _single_word_speakers,
)
from .uncued import _uncued


def attribute_quotes(text: str, *, uncued: bool = True) -> list[Segment]:
    """Quote segments of a prose ``text`` with their speakers.

    ``uncued=False`` leaves a quotation without any cue ``unknown`` instead of guessing
    from the narration around it (inside a speaker's turn, such a quotation is most
    likely the speaker's own).
    """
    quotes = find_quotes(text)
    if not quotes:
        return []  # (the segments are the quotations': no names need be read)
    # Cue patterns read double marks: quotations in single ones ('‘No,’ he said') are
    # read as double ones and the double ones nested in them as single (offsets stay).
    original, text = text, double_quoted(text, quotes)
    gaps = _gaps(text, quotes)
    narration = [
        (a.end if a else 0, b.start if b else len(text))
        for a, b in zip([None, *quotes], [*quotes, None], strict=True)
    ]
    mentions = find_mentions(text, narration)
    family = kin(text, mentions)
    # The one-word speakers matter only as the surname a one-word mention without a
    # title may be (``Names.is_person``): only those words are asked about.
    asked = {m.key[0] for m in mentions if len(m.key) == 1 and not m.title and not m.thing}
    names = Names(
        mentions, _single_word_speakers(text, asked), family.names, family.genders, family.relatives
    )
    doc = _Doc(
        text,
        names,
        [m.start for m in names.mentions],
        _punkt_alike(original, text),
        [(q.start, q.end) for q in quotes],
        {},
        [],
        _byline(text),
    )
    segments: list[Segment] = []
    last: Segment | None = None  # the previous quotation with a known speaker
    last_full: Segment | None = None  # ... that was not a fragment inside a sentence
    for i, q in enumerate(quotes):
        if _is_title(text[q.start : q.end]) and _TITLE_CUE.search(
            text, max(0, q.start - 40), q.start
        ):
            continue  # NBC's "Meet the Press", the book "Lost Tycoon": a title, not speech
        if _displayed(text, q):
            continue  # signs reading "DETOUR AHEAD": lettering on display, not speech
        if _NICKNAME.fullmatch(text, q.start, q.end) and _in_a_name(text, q):
            continue  # 'Eugene "Gene" Tarkington': a nickname inside a name
        before, after = _context(text, quotes, gaps, i)
        speaker, cue, partial = _cue(doc, q, before, after, last)
        if not speaker and _is_title(text[q.start : q.end]) and "?" not in text[q.start : q.end]:
            # 'after her first, "A House Without Clocks," made her': no cue, a title (but
            # '"Mr. D'Souza?"' asks someone)
            continue
        if not speaker and i + 1 < len(quotes) and _same_sentence(text, q, quotes[i + 1]):
            # '"a great deal of weight" and the "firepower" they need, Neil Sroka said':
            # the cue after the sentence's last quotation speaks for all of them.
            following = _context(text, quotes, gaps, i + 1)[1]
            speaker, cue, _ = _cue(doc, quotes[i + 1], "", following, None)
            partial = True
        if not speaker and _REPLY.match(after):
            speaker = _other_party(doc.said)
        if not speaker:
            speaker = _uncued(doc, q, before, last_full) if uncued else UNKNOWN
        segment = Segment(speaker, "quote", q.start, q.end, cue=cue)
        if speaker not in (UNKNOWN, NARRATOR):
            last = segment
            doc.said.append(segment)
            if not partial:
                last_full = segment
        elif not partial and (speaker == NARRATOR or cue):
            # '"Okay," I said. "I was seventeen..."' goes on with me; '"...," they argued.
            # "Having failed..."' with whoever they are, not with someone named before.
            last_full = segment
        segments.extend(_nested(doc, q, segment))
    return segments


def _punkt_alike(original: str, quoted: str) -> str:
    """``original`` when its ``double_quoted`` form has the same sentences, else ``quoted``:
    so that the pipeline, which reads the sentences of the document as written, finds
    them remembered (``document_sentences``) instead of running Punkt a second time.
    They are the same when each swap kept a curly mark's shape: Punkt treats the curly
    marks as any other character, and the ellipsis rules take “ ‘ alike as openings and
    ” ’ alike as closings. A ‘ read as a closing mark and made ” is not alike ("No...‘ He"
    breaks after ” only), nor a straight double mark turned single."""
    if quoted is original or quoted.translate(_SHAPES) != original.translate(_SHAPES):
        return quoted
    return original


# Curly marks by shape, straight marks kept: equal after this, two texts differ only by
# swaps the sentence splitter cannot tell apart.
_SHAPES = str.maketrans(
    "\u2018\u201c\u2019\u201d\u201a\u201e", "\u201c\u201c\u201d\u201d\u201e\u201e"
)


# "By Ann Lee" on a line of its own near the top: one writer, who says "I" in the text.
_BYLINE = _Lazy(
    rf"^[Bb]y{_S}+(?P<who>[A-Z][\w.'\u2019\-]*(?:{_S}+[A-Z][\w.'\u2019\-]*){{1,3}}){_S}*$", re.M
)
_BYLINE_REACH = 400  # characters from the top a byline stands within


def _byline(text: str) -> str:
    """The one writer a byline names near the top of ``text``; "" when there is none."""
    m = _BYLINE.search(text, 0, _BYLINE_REACH)
    return " ".join(m["who"].split()) if m else ""


# '"...," came the reply': the answer in an exchange, by the one the last quotation was
# said to.
_REPLY = _Lazy(
    rf"[\s,.!?]*(?:came|was){_S}+(?:the|her|his|their){_S}+(?:reply|answer|response|retort)\b"
)


def _other_party(said: Sequence[Segment]) -> str:
    """The speaker before the last one who is not the last one: the other side of an
    exchange ('"Don't let her be modest," Lee said. "I'll talk," came the reply' is the
    one Lee spoke to, who spoke before her); "" when no one else has spoken."""
    if not said:
        return ""
    last = said[-1].speaker
    return next((seg.speaker for seg in reversed(said) if seg.speaker != last), "")
