"""One sentence's matches: its lexicon hits read in context (negation, questions,
reported speech, answers and refusals), with the analogies found in it.

``sentence`` reads one sentence; ``doubters``, ``replies``, ``structural`` and
``admissions`` read a sentence against the speaker's last ones; ``segments`` cuts
sentences at speaker bounds; the other modules hold the readings ``sentence`` applies."""

from .admissions import (
    ANSWER_OPENERS,
    ASSENTS,
    NO_ANSWERS,
    NO_PHRASES,
    bare_apology,
    self_admission,
)
from .doubters import answered_doubt, may_answer, proof
from .replies import PREDICTED, answer_with_refusal, refusal_reply, short_refusal
from .segments import continued_matches, interrupted_lead, sentences_in_segments
from .sentence import sentence_matches
from .structural import may_refuse, structural_refusal

__all__ = [
    "ANSWER_OPENERS",
    "ASSENTS",
    "NO_ANSWERS",
    "NO_PHRASES",
    "PREDICTED",
    "answer_with_refusal",
    "answered_doubt",
    "bare_apology",
    "continued_matches",
    "interrupted_lead",
    "may_answer",
    "may_refuse",
    "proof",
    "refusal_reply",
    "self_admission",
    "sentence_matches",
    "sentences_in_segments",
    "short_refusal",
    "structural_refusal",
]
