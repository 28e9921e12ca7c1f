"""The doubters answered (1.10.0): a failure someone else predicted of the speaker,
answered by evidence of the contrary ("They said we'd never march in this town. Well,
here we are."), and another's presumption refused in a short reply ("He thinks he can
bully this board. He can't."): defiance, read over the sentences of one speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import filterfalse, islice

from ..constructions import SENTENCE_MARKS
from ..lexicon import RULE_LEXICON, Entry
from ..matcher import Hit
from ..models import Match, Sentence
from ..text import tokens_of
from .shared import _match

# 1.10.0: the doubters answered. A failure someone else predicted of the speaker ("They
# said we'd never march in this town", "People said I was finished", "Nobody gave us a
# chance") answered, in the same sentence or one of the next two, by the speaker's
# evidence of the contrary ("Well, here we are", "look at us now", "Look around you!"),
# is defiance; and a presumption of another's ("This activist thinks he can bully this
# board", "You think you can scare us?") refused in the next, short sentence ("He
# can't.", "You won't.") is defiance too. Both are matched over the sentences of one
# speaker in ``analyze_document``.
PROVEN_WRONG = Entry("here we are", ("here", "we", "are"), "defiance", 1.0, "defiance")
PRESUMPTION_REFUSED = Entry("he ca n't", ("he", "ca", "n't"), "defiance", 1.0, "defiance")
_PROOFS = (
    ("here", "we", "are"),
    ("here", "i", "am"),
    ("here", "i", "'m"),
    ("look", "at", "us"),
    ("look", "at", "me"),
    ("look", "around"),
    ("look", "where", "we"),
    ("look", "where", "i"),
    ("guess", "who"),
    ("who", "'s", "laughing"),
)
_PROOF_LEADS = frozenset({",", ".", ";", "!", ":", "\u2014", "--", "well", "and", "yet", "but"})
_PROOF_LEADS |= frozenset({"so", "now", "just", "oh", "hey"})
_DOUBTING = frozenset(
    (
        "said says say told tell tells thought think thinks predicted predict called "
        "wrote write doubted bet laughed gave written counted"
    ).split()
)
_DOUBTED = frozenset(
    "finished done dead over washed impossible pipe joke fail lose chance off out too "
    "nobody".split()
)
# A plain negation is a doubt only about the speaker's side ("told me I'd never finish"),
# not about the weather or dinner ("The forecast said it would not rain").
_DOUBTED_NOT = frozenset({"never", "n't", "not"})
_OUR_WORDS = frozenset("i me my we us our".split())
_DOUBT_REACH = 8


_PROOF_HEADS = frozenset(p[0] for p in _PROOFS)


def may_answer(norms: Sequence[str]) -> bool:
    """Whether ``answered_doubt`` may find anything in a sentence: a proof's first word, or
    a short refusal ("He can't."), what its two readings need (``proof`` is None without
    the one, ``_refuses_presumption`` false without the other). Most sentences have
    neither; a pronoun alone ("it", "you", in a sentence of any length) once sent two
    in five sentences on."""
    return not _PROOF_HEADS.isdisjoint(norms) or _refuses_presumption(norms)


def proof(norms: Sequence[str]) -> int | None:
    """Where evidence against a doubt opens a clause ("Well, here we are"), or None."""
    if _PROOF_HEADS.isdisjoint(norms):
        return None
    for i, norm in enumerate(norms):
        if norm not in _PROOF_HEADS:
            continue
        if i and norms[i - 1] not in _PROOF_LEADS:
            continue
        if any(tuple(norms[i : i + len(p)]) == p for p in _PROOFS):
            return i
    return None


def _doubted(norms: Sequence[str], upto: int | None = None) -> bool:
    """Whether someone other than the speaker predicts a failure before ``upto``: a verb
    of saying or thinking whose subject is not *I* or *we*, and a word of failure or
    negation after it ("They said we would never...", "People said I was finished")."""
    stop = len(norms) if upto is None else upto
    for i in range(1, stop):
        if norms[i] not in _DOUBTING or norms[i - 1] in ("i", "we"):
            continue
        said = norms[i + 1 : min(stop, i + 1 + _DOUBT_REACH)]
        if not _DOUBTED.isdisjoint(said) or not (
            _DOUBTED_NOT.isdisjoint(said) or _OUR_WORDS.isdisjoint(said)
        ):
            return True
    return False


_PRESUMING = frozenset("thinks think believes believe figures expects assumes reckons".split())
_PRESUMED = frozenset("he she they you it".split())
_REFUSED_ABILITY = frozenset(
    {("ca", "n't"), ("cannot",), ("wo", "n't"), ("will", "not"), ("will", "never")}
)


def _presumes(norms: Sequence[str]) -> bool:
    """Whether another party presumes it can or will act against the speaker's side: "he
    thinks he can bully us", "Our rivals think they will win", "... bully this board";
    not "Mom thinks it will rain"."""
    return not (_OUR_WORDS.isdisjoint(norms) and "this" not in norms) and any(
        norms[i] in _PRESUMING
        and i
        and norms[i - 1] not in ("i", "we")
        and norms[i + 1] in _PRESUMED
        and norms[i + 2] in ("can", "will", "'ll")
        for i in range(len(norms) - 2)
    )


def _refuses_presumption(norms: Sequence[str]) -> bool:
    """A short reply denying another's ability: "He can't.", "Well, they won't."."""
    # (its first five words tell whether there are at most four)
    words = list(islice(filterfalse(_NOT_REPLY_WORDS.__contains__, norms), 5))
    return (
        2 <= len(words) <= 4
        and words[0] in _PRESUMED
        and any(tuple(words[1 : 1 + len(r)]) == r for r in _REFUSED_ABILITY)
    )


def answered_doubt(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
) -> list[Match]:
    """A defiance match for a sentence that answers a doubt or a presumption of another's
    in one of the ``recent`` sentences of the same speaker (or, for a doubt, earlier in
    itself)."""
    mine = [n for s, n in recent if s.segment == sentence.segment]
    entry, span = None, (0, 0)
    at = proof(norms)
    if at is not None and (_doubted(norms, at) or any(map(_doubted, mine))):
        p = next(p for p in _PROOFS if tuple(norms[at : at + len(p)]) == p)
        entry, span = replace(PROVEN_WRONG, pattern=" ".join(p), tokens=p), (at, at + len(p))
    elif mine and _refuses_presumption(norms) and _presumes(mine[-1]):
        words = tuple(n for n in norms if n not in SENTENCE_MARKS)
        entry = replace(PRESUMPTION_REFUSED, pattern=" ".join(words), tokens=words)
        span = (0, len(norms))
    if entry is None:
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(*span, (entry,)),
            term=entry.pattern,
            source="defiance",
            category="defiance",
            weight=entry.weight,
            negator="",
            lexicon=RULE_LEXICON,
            detail="another's doubt or presumption answered",
        )
    ]


# What a short reply's words are read without ("Well, they won't.": ``_refuses_presumption``)
_NOT_REPLY_WORDS = SENTENCE_MARKS | {"well", "no", "oh"}
