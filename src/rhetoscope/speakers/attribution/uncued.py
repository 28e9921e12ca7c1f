"""Rule 5 of the package docstring: a quotation with no cue of its own goes to the
speaker of a sentence ending in its own cue just before it, to the previous
quotation's speaker when only its cue stands between them, or to the subject of the
narration before it; a colon's introduction names its speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...models import UNKNOWN, Segment
from ..names import FUNCTION_WORDS, Mention
from ..quotes import QuoteSpan
from .document import (
    _Doc,
    _last_search,
    _last_sentence,
    _previous_paragraph_start,
    _sentence_break,
)
from .embedded import _OPENING_BODY, _PUBLISHED, _nearest_cue, _not_the_subject, _sentence_subject
from .grammar import (
    _APPOSITIVE,
    _AUX,
    _NOT_A_BODY_START,
    _PREPOSITIONS,
    _S,
    _VERB,
    _WHO_DESCRIBED,
    _Lazy,
)
from .other_cues import _signature
from .pronouns import _antecedent, _salient
from .resolve import _resolve
from .subjects import _clause_subject


def _uncued(doc: _Doc, q: QuoteSpan, before: str, last_full: Segment | None) -> str:
    """A quotation starting a sentence with no cue, within this or the previous paragraph:
    the answer to a question the narration just asked goes to the previous speaker (the
    interviewee); otherwise the subject of the narration just before it, or else the
    previous quotation's speaker (continuation)."""
    stripped = before.rstrip()
    if stripped and stripped[-1] not in ".!?:\"\u201d'\u2019":
        # A fragment inside a sentence without any cue: the paragraph's last speaker
        # ("...,'' said Finlayson. Now, ''within the business community''...").
        para = doc.text.rfind("\n", 0, q.start) + 1
        if last_full is not None and last_full.start >= para:
            return last_full.speaker
        # Else the person in focus, when named in this sentence or the one before
        # ("There's still time for Cruz to build bridges after calling them the
        # ''Washington cartel''"); scare quotes with no one around stay unknown.
        focus = _salient(doc, q.start, "")
        k = bisect_right(doc.sentences, q.start) - 1
        near = doc.sentences[max(k - 1, 0)] if doc.sentences else 0
        return doc.names.name_of(focus) if focus and focus.start >= near else UNKNOWN
    signed = _signature(doc, q)
    if signed:  # '"Great speech. She's tested." / -President Obama, tweeting after...'
        return signed
    horizon = _previous_paragraph_start(doc.text, q.start)
    if horizon > 0 and len(doc.text[horizon : q.start].split()) <= 3:
        # '"Well, thank you so much -."\n\nPause.\n\n"Well, you do that!"': a stage
        # direction of a word or two does not break the exchange
        horizon = _previous_paragraph_start(doc.text, horizon)
    # The narration just before: this paragraph's, or the previous one's when the
    # quotation opens its paragraph ('..., as the Heritage Foundation website notes:').
    lead = q.start - len(before) if stripped else horizon
    m = _TRAILING_CUE.search(doc.text[lead : q.start].rstrip())
    if m:  # "... watch his case closely, dos Santos says. ''If the government...''"
        return _resolve(doc, m.group("who"), lead + m.start("who"), q.start)
    introduced = _colon_intro(doc, lead, q)
    if introduced:
        return introduced
    answered = _interview_answer(doc, q, horizon, last_full)
    if answered:
        return answered
    recent = last_full is not None and last_full.end >= horizon
    asked = doc.text[horizon : q.start].rstrip("\"'\u201d\u2019\u00bb \n").endswith("?")
    if recent and asked:
        return last_full.speaker
    if recent and _only_its_cue_between(doc.text, last_full, q):
        # '"...," said Will Doyle, a professor at Vanderbilt. "The biggest thing..."':
        # the people in the cue's appositive do not take over.
        return last_full.speaker
    lo = max(horizon, last_full.end if last_full else 0)
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, q.start)
    if i < j:  # someone was named since: the subject of the last sentence naming someone
        named = doc.names.mentions[j - 1]
        k = bisect_right(doc.sentences, named.start) - 1
        if recent and _THING_OPENING.match(doc.text, doc.sentences[k] if k >= 0 else 0):
            # '"...," she says. And it threw Santilli for a loop. "Pete has changed."':
            # named as an object of a sentence about something, Santilli says nothing.
            return last_full.speaker
        return _subject(doc, named)
    if recent:
        return last_full.speaker
    # Else a pronoun as subject of the sentence just before ("She pauses. ''Well, thank
    # you so much.''"): the person it refers to.
    k = bisect_right(doc.sentences, q.start) - 1
    if k > 0 and doc.sentences[k - 1] >= lo:
        subject = _clause_subject(doc, doc.sentences[k - 1], doc.sentences[k])
        if isinstance(subject, int):
            word = doc.text[subject : subject + 4].split()[0].lower()
            antecedent = _antecedent(doc, subject, word)
            if antecedent is not None:
                return doc.names.name_of(antecedent)
    return UNKNOWN


def _interview_answer(doc: _Doc, q: QuoteSpan, horizon: int, last_full: Segment | None) -> str:
    """A quotation opening its paragraph right after a paragraph of narration asking a
    question, with no quotation of its own ("Did the delay cost her the match?"): the
    answer of the one who spoke just before the question; in an interview printed as
    questions and answers (two such answers at least), of the one the text opens on,
    whatever the prompt ("All right, then. Sibelius.", "Your predecessor, Bernhard
    Olsson, was known for his long rehearsals.")."""
    para = doc.text.rfind("\n", 0, q.start) + 1
    if horizon >= para or doc.text[para : q.start].strip(_OPENING_MARKS):
        return ""
    k = bisect_left(doc.quotes, (horizon, horizon))
    if k < len(doc.quotes) and doc.quotes[k][0] < para:
        return ""  # the paragraph before quotes someone: no question of the narration
    if "interviewee" not in doc.whole:
        doc.whole["interviewee"] = _interviewee(doc)
    interview = doc.whole["interviewee"]
    if interview:
        return interview
    if not doc.text[horizon:para].rstrip().endswith("?"):
        return ""
    if last_full is not None and last_full.end >= _previous_paragraph_start(doc.text, horizon):
        return last_full.speaker
    return ""


_TO_YOU = _Lazy(r"\b[Yy]ou(?:r|rs|rself)?\b")
_SAYS = _Lazy(rf"\b{_VERB}\b")
_OPENING_MARKS = " \t\"'\u201c\u2018\u00ab"
_ANSWERS_OF_AN_INTERVIEW = 2


def _interviewee(doc: _Doc) -> str:
    """The person an interview printed as questions and answers opens on (the one
    named most often of those its opening names); "" when the text has fewer than two
    questions of the narration put to "you", each a paragraph ending in "?", answered
    by a paragraph that opens with a quotation no cue gives (a news conference told in
    the third person, "Did the delay cost her the match?", is no interview; nor is an
    explainer's "Can you stop it?" answered by '"Partly," she said.')."""
    answers = 0
    first_asked = len(doc.text)
    for k, (start, end) in enumerate(doc.quotes):
        # (back to the quotation before at most: one after it on its line opens nothing)
        para = doc.text.rfind("\n", doc.quotes[k - 1][1] if k else 0, start) + 1
        if para < 2 or doc.text[para:start].strip(_OPENING_MARKS):
            continue
        line_end = doc.text.find("\n", end) % (len(doc.text) + 1)
        after = doc.quotes[k + 1][0] if k + 1 < len(doc.quotes) else len(doc.text)
        if _SAYS.search(doc.text, end, min(line_end, after)):
            continue  # '"Almost everything," Quist said.': a cue gives it, no answer
        asked_at = _previous_paragraph_start(doc.text, para)
        asked = doc.text[asked_at:para].rstrip()
        if (
            asked.endswith("?")
            and _TO_YOU.search(asked)
            and not any(c in asked for c in '"\u201c\u201d\u00ab')
        ):
            answers += 1
            first_asked = min(first_asked, asked_at)
            if answers >= _ANSWERS_OF_AN_INTERVIEW:
                break
    if answers < _ANSWERS_OF_AN_INTERVIEW:
        return ""
    body = doc.text.find("\n") + 1
    if body <= 0 or doc.text[:body].rstrip()[-1:] in (".", "!", "?"):
        body = 0  # no headline: the first line is a sentence of the body
    # the one named most often of those named before the first question, not a reporter
    # ("Times reporter Sarah Kline spoke with climber Anouk Brevard"), the first on a tie
    named = [doc.names.name_of(m) for m in doc.names.mentions]
    counts: dict[str, int] = {}
    for name in named:
        counts[name] = counts.get(name, 0) + 1
    ahead = [
        named[i]
        for i in range(bisect_left(doc.starts, body), bisect_left(doc.starts, first_asked))
        if named[i] != doc.byline
        and not _JOURNALIST.search(doc.text, max(0, doc.starts[i] - 40), doc.starts[i])
    ]
    return max(ahead, key=counts.__getitem__) if ahead else ""


# "Times reporter Sarah Kline", "correspondent Ann Lee": the one asking
_JOURNALIST = _Lazy(
    rf"\b(?:reporter|correspondent|columnist|interviewer|journalist)s?,?{_S}+"
    rf"(?:[A-Z][\w.\-]*{_S}+)?$"
)


_THING_OPENING = _Lazy(r"\s*(?:(?:And|But|So|Yet),?\s+)?(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]here)\s+[a-z]")


def _colon_intro(doc: _Doc, lead: int, q: QuoteSpan) -> str:
    """The speaker a sentence ending in a colon introduces, in this paragraph or at the
    end of the previous one ("He then listed the qualities...:", "The Clinton Foundation
    describes itself in the following way:"): its cue's subject, else its own subject
    (a pronoun resolved), else a named body opening it; "" without such a sentence."""
    k = bisect_left(doc.quotes, (q.start, q.end)) - 1
    lo = max(lead, doc.quotes[k][1] if k >= 0 else 0)
    narration = doc.text[lo : q.start].rstrip()
    if not narration.endswith(":"):
        return ""
    sentence = _last_sentence(narration)
    offset = lo + len(narration) - len(sentence)
    m = _nearest_cue(sentence)
    if m and m["verb"] and not _not_the_subject(doc, sentence, offset, m):
        return _resolve(doc, m["who"], offset + m.start("who"), q.start)
    m = _last_search(_PUBLISHED, sentence)
    if m:  # "this new headline from the Washington Post, which hits liberals...:"
        return _resolve(doc, m["who"], offset + m.start("who"), q.start)
    subject = _sentence_subject(doc, offset, offset + len(sentence))
    if subject:
        return subject
    m = _OPENING_BODY.match(sentence)
    if m and m["who"].split()[0].lower() not in _NOT_A_BODY_START:
        return " ".join(m["who"].split())
    m = _INDEFINITE_SUBJECT.search(sentence)
    if m:  # "In the hours after the attack, a familiar voice celebrated it on Twitter:"
        return " ".join(m["who"].split())
    return ""


# Someone introduced by a description as the subject of the clause a colon ends.
_INDEFINITE_SUBJECT = _Lazy(
    rf"(?:^\s*|,{_S}+)(?P<who>(?:[Aa]n?|[Oo]ne){_S}+(?:[\w\-]+{_S}+){{0,3}}?[a-z][\w\-]*)"
    rf"{_S}+(?:\w+ly{_S}+)?(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)"
    rf"[a-z]+ed\b[^,;:\"\u201c\u201d\n]{{0,100}}:$"
)


def _only_its_cue_between(text: str, last: Segment, q: QuoteSpan) -> bool:
    """Whether all between quotation ``last`` and ``q`` is the rest of the sentence
    that ``last`` stands in (its cue), so that ``q`` continues the same speech."""
    # A paragraph break is never part of a cue ("...organize.\"\n\nClinton touted...").
    between = text[last.end : q.start].rstrip()
    return bool(last.cue) and "\n" not in between and not _sentence_break(text, last.end, q.start)


# A sentence ending in its own speech cue ("..., consultant Phil Musser says."): that
# person speaks the quotation that follows.
_TRAILING_CUE = _Lazy(
    rf",{_S}*(?:[a-z][\w\-]*{_S}+){{0,3}}{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}"
    rf"(?P<verb>{_VERB})[.:]$"
)


def _subject(doc: _Doc, mention: Mention) -> str:
    """The speaker named by the subject of the sentence of ``mention`` when a person or
    a pronoun is ("Rather, he said, struggles by Trump's campaign..."), else by
    ``mention``."""
    k = bisect_right(doc.sentences, mention.start) - 1
    lo = doc.sentences[k] if k >= 0 else 0
    return _sentence_subject(doc, lo, mention.end) or doc.names.name_of(mention)
