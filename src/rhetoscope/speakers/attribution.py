"""Attribute each quotation in narrated prose to its speaker.

In order of preference, a quotation goes to:

1. the subject of a speech cue right after it (``"...," he said``, ``"...," said Ms. Lee``);
2. the subject of a cue introducing it (``Lee said: "..."``, ``in Lee's words, "..."``);
3. for a quotation embedded in a sentence, a cue earlier in that sentence
   (``Haqqani's claims that Massoud was "withdrawing"``);
4. the speaker of the previous full quotation, when it opens a paragraph or follows
   another quotation with no cue between them (continuation);
5. otherwise ``unknown``.

Pronouns go to the person named last before the quotation; "I" and "we" in
narration are the narrator. Names become the fullest form the document uses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..models import NARRATOR, UNKNOWN, Segment
from ..text import sentence_spans
from .names import Mention, Names, find_mentions
from .quotes import QuoteSpan, find_quotes

SPEECH_VERBS = (
    "said says say told tells added adds asked asks insisted insists argued argues wrote "
    "writes tweeted tweets warned warns explained explains noted notes declared declares "
    "stated states replied replies responded responds continued continues recalled "
    "recalls acknowledged acknowledges admitted admits claimed claims announced announces "
    "urged urges observed observes remarked remarks suggested suggests conceded concedes "
    "countered counters vowed vows pledged pledges promised promises predicted predicts "
    "repeated repeats shouted shouts cried cries whispered whispers answered answers "
    "testified testifies complained complains boasted boasts joked jokes quipped quips "
    "mused muses demanded demands exclaimed exclaims posted posts emailed texted reported "
    "reports confirmed confirms denied denies concluded concludes maintained maintains "
    "contended contends charged charges"
).split()
CUE_NOUNS = (
    "claims claim words statement statements remarks comments assertion assertions "
    "insistence promise promises vow warning warnings description call calls view "
    "argument"
).split()

_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")"
_NOUN = r"(?:" + "|".join(sorted(CUE_NOUNS, key=len, reverse=True)) + r")"
_NAME = r"(?:[A-Z][a-z]*\.[^\S\n]+)?[A-Z][\w\-'\u2019.]*(?:[^\S\n]+[A-Z][\w\-'\u2019.]*){0,4}"
_PRONOUN = r"(?:he|she|they|He|She|They|I|we|We)"
_WHO = rf"(?P<who>{_NAME}|{_PRONOUN})"

_AFTER = re.compile(
    rf"^[\s,]*(?:{_WHO}[^\S\n]+(?:\w+ly[^\S\n]+)?(?P<verb>{_VERB})\b"
    rf"|(?P<verb2>{_VERB})[^\S\n]+(?P<who2>{_NAME}|{_PRONOUN})\b)"
)
_BEFORE = re.compile(
    rf"{_WHO}[^\S\n]+(?:\w+[^\S\n]+){{0,2}}?(?P<verb>{_VERB})\b[^.!?\u201c\u201d\"]{{0,80}}?[:,][^\S\n]*$"
)
_WORDS = re.compile(
    rf"\bin[^\S\n]+(?:the[^\S\n]+(?:\w+[^\S\n]+)?)?{_WHO}['\u2019]s?[^\S\n]+words,?[^\S\n]*(?:that[^\S\n]*)?$"
)
_EMBEDDED = re.compile(rf"{_WHO}(?:['\u2019]s[^\S\n]+{_NOUN}|[^\S\n]+(?P<verb>{_VERB}))\b")


def attribute_quotes(text: str) -> list[Segment]:
    """Quote segments of a prose ``text`` with their speakers."""
    quotes = find_quotes(text)
    gaps = _gaps(text, quotes)
    narration = [
        (a.end if a else 0, b.start if b else len(text))
        for a, b in zip([None, *quotes], [*quotes, None], strict=True)
    ]
    names = Names(find_mentions(text, narration))
    starts = [m.start for m in names.mentions]
    segments: list[Segment] = []
    last_full = ""
    for i, q in enumerate(quotes):
        before = text[gaps[i][0] : q.start]
        after = text[q.end : gaps[i + 1][1]] if i + 1 < len(gaps) else ""
        speaker, cue, partial = _cue(text, q, before, after, names, starts)
        if not speaker:
            follows = not before.strip() or q.continued
            speaker = last_full if follows and last_full else UNKNOWN
        if not partial and speaker != UNKNOWN:
            last_full = speaker
        segments.append(Segment(speaker, "quote", q.start, q.end, cue=cue))
    return segments


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


def _para_start(text: str, lo: int, hi: int) -> int:
    return max(lo, text.rfind("\n", lo, hi) + 1)


def _cue(
    text: str,
    q: QuoteSpan,
    before: str,
    after: str,
    names: Names,
    starts: list[int],
) -> tuple[str, str, bool]:
    """(speaker, cue, partial) for quotation ``q``; speaker "" when no cue applies."""
    after_sentence = _first_sentence(after)
    m = _AFTER.match(after_sentence)
    if m:
        who = m.group("who") or m.group("who2")
        offset = q.end + m.start("who" if m.group("who") else "who2")
        return (
            _resolve(who, offset, q.start, names, starts),
            (m.group("verb") or m.group("verb2")),
            False,
        )
    sentence = _last_sentence(before)
    for pattern in (_BEFORE, _WORDS):
        m = pattern.search(sentence)
        if m:
            offset = q.start - len(sentence) + m.start("who")
            cue = m.groupdict().get("verb") or "words"
            return _resolve(m.group("who"), offset, q.start, names, starts), cue, False
    if sentence.strip():
        # The cue nearest the embedded quotation wins.
        m = next(reversed(list(_EMBEDDED.finditer(sentence))), None)
        if m:
            offset = q.start - len(sentence) + m.start("who")
            cue = m.group("verb") or sentence[m.end("who") :].split()[1]
            return _resolve(m.group("who"), offset, q.start, names, starts), cue, True
        return "", "", True
    return "", "", False


def _first_sentence(text: str) -> str:
    spans = list(sentence_spans(text))
    return text[: spans[0][1]] if spans else text


def _last_sentence(text: str) -> str:
    spans = list(sentence_spans(text))
    return text[spans[-1][0] :] if spans else text


def _resolve(who: str, offset: int, quote_start: int, names: Names, starts: list[int]) -> str:
    """A cue's subject as a speaker name."""
    bare = who.strip()
    if bare in ("I", "we", "We"):
        return NARRATOR
    if bare.lower() in ("he", "she", "they"):
        i = bisect_left(starts, min(offset, quote_start))
        return names.name_of(names.mentions[i - 1]) if i else UNKNOWN
    mention = _mention_at(names.mentions, starts, offset, offset + len(who))
    if mention is not None:
        return names.name_of(mention)
    key = tuple(w.rstrip(".") for w in bare.split() if w.rstrip(".").lower() not in _TITLE_WORDS)
    return names.canonical(key) or " ".join(key) or UNKNOWN


_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen"})


def _mention_at(mentions: Sequence[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    i = bisect_left(starts, lo)
    if i < len(mentions) and mentions[i].start < hi:
        return mentions[i]
    return None
