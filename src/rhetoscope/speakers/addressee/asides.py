"""The speaker's own aside between a cue and the quotation it introduces: "Nicole
Sandoval-Price told us across the table, and I wrote it down word for word, '...'", "It
says, and I'm quoting the first line, '...'", "X emailed my engineer on the third of
June, and I'll read you the line because it matters: '...'". The aside is the one who
reads or copies the words out, not the one who said or wrote them: hidden from the
attribution (as a form of address is), the cue before it is the quotation's.

Not so after a request whose content the clause states ("Agent Mark Rowe asked me to
explain the transfer, and I read from my prepared statement:", "Mr. Hollis asked me what
I wanted, and I wrote it down for him"): the one asking is no subject of the words read
or written out, which are the speaker's own answer.
"""

from __future__ import annotations

import re

# ", and I'm quoting ...,", ", and I'll read you the line ...:", ", and I wrote it down
# word for word,", ", and I'm reading from the dispatch log," right before an opening mark.
_ASIDE_WORDS = (
    r",\s+and\s+(?:I|we)(?:['\u2019](?:m|ll|ve|d)|\s+am|\s+will|\s+have)?\s+(?:\w+ly\s+)?"
    r"(?:quote|quoting|read|reading|wrote\s+(?:it|them|this|that)\s+down"
    r"|write\s+(?:it|them|this|that)\s+down)\b"
    r"[^.?!\"\u201c\u201d\n]{0,80}?[,:]\s*"
)
# ", and there are people in this room who heard him say it,": others who heard the
# words, the one named still says them.
_HEARD_WORDS = (
    r",\s+and\s+[^,.;:?!\"\u201c\u201d\n]{0,60}?\b(?:heard|remember|remembers)\s+(?:him|her)\s+"
    r"say(?:ing)?\s+(?:it|that|this)\b[^.?!\"\u201c\u201d\n]{0,30}?[,:]\s*"
)
_ANY_ASIDE = rf"(?:{_ASIDE_WORDS}|{_HEARD_WORDS})"
_ASIDE = re.compile(_ANY_ASIDE + r"(?=[\"\u201c])")
_HEARD_AT_END = re.compile(_HEARD_WORDS + r"$")
_ASIDE_AT_END = re.compile(_ANY_ASIDE + r"$")
# A request with its content, in the clause before the aside: "asked me to explain the
# transfer", "asked for our position in writing", "asked me what I wanted".
_REQUEST = re.compile(
    r"\b(?:asked|asks|requested|wanted|demanded)\b(?:\s+\w+)?\s+"
    r"(?:to|for|what|whether|if|why|how|when|where|that)\b[^.?!\"\u201c\u201d]*$"
)


def _after_request(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` (an aside's opening comma) ends in a request."""
    start = max(text.rfind(stop, 0, at) for stop in ".?!\n")
    return _REQUEST.search(text, start + 1, at) is not None


# "I'll tell you what," opening a sentence is an idiom, no cue: the one named after it
# speaks ("I'll tell you what, my old training officer used to say, '...'").
_TELL_YOU_WHAT = re.compile(
    r"(?:\b(?:[Bb]ut|[Aa]nd|[Ww]ell)\s+)?\b(?:I['\u2019]ll|I\s+will|[Ll]et\s+me)\s+tell\s+you\s+what,"
)


def reading_asides(words: str) -> list[tuple[int, int]]:
    """Spans of ``words`` (a turn's text) to hide: each aside, from after its opening comma
    to the quotation's opening mark, and an "I'll tell you what," before a cue (unsorted:
    the caller sorts them with the vocatives)."""
    return [
        *(
            (m.start() + 1, m.end())
            for m in _ASIDE.finditer(words)
            if not _after_request(words, m.start())
        ),
        *(m.span() for m in _TELL_YOU_WHAT.finditer(words)),
    ]


def ends_in_aside(before: str) -> bool:
    """Whether ``before``, the words up to a quotation, end in such an aside: the words
    are read or quoted out, the one the sentence names is quoted."""
    m = _ASIDE_AT_END.search(before)
    return m is not None and not _after_request(before, m.start())


def cue_end(text: str, lo: int, end: int) -> int:
    """Where the words before a quotation at ``end`` (from ``lo``) end without an aside
    that closes them (its opening comma kept): where the cue before it ends."""
    m = _ASIDE_AT_END.search(text, lo, end)
    return m.start() + 1 if m and not _after_request(text, m.start()) else end


def heard_end(text: str, lo: int, end: int) -> int:
    """Where the words before a quotation at ``end`` end without an aside of others who
    heard the words ("He used to say, and there are people here who heard him say it,"):
    the cue before it is the quotation's."""
    m = _HEARD_AT_END.search(text, lo, end)
    return m.start() + 1 if m else end
