"""Rules over constructions: stance a lexicon entry cannot spell, read from a sentence's
word sequence after matching (lexicons/README.md, rules 14 and 15), tried by key word.

One module per family of rules (``admissions``, ``agreement``, ``give_ways``, ``refusals``,
``dares``, ``commitments``, ``plans``, ``pledges``, ``rebuttals``, ``denials``,
``disagreements``, ``taunts``, ``hedges``, ``inserted``), the words they share in
``shared``, and their order and index in ``index``."""

from .agreement import AGREEMENTS
from .commitments import ADMITTED
from .dares import CHALLENGE
from .denials import BARE_VERDICT, DENIAL, NEGATED_TRUTH, RECORD_STRAIGHT
from .disagreements import DISAGREEMENT
from .index import RULE_KEYS, RULES, RULES_BEFORE_INSERTED, RuleIndex
from .inserted import INSERTED, inserted_hits
from .rebuttals import CONTRADICTION, VERDICT_COPULAS, elliptical_denial
from .shared import (
    CLAUSE_ENDS,
    GAP_KEY,
    GIVING_WAY,
    OPEN_QUOTES,
    SENTENCE_END,
    SENTENCE_MARKS,
    opens_clause,
)

# 1.21.0 (second part): the rules' answers to another's claim (a verdict, a denial, the
# record put straight, a challenge to prove it): a booster beside one ("That's not the
# facts, of course", "Obviously, I disagree with this notion") asserts the answer, it
# commits the speaker to nothing.
REBUTTALS = frozenset(
    {CONTRADICTION, NEGATED_TRUTH, BARE_VERDICT, DENIAL, DISAGREEMENT, RECORD_STRAIGHT, CHALLENGE}
)

__all__ = [
    "ADMITTED",
    "AGREEMENTS",
    "CLAUSE_ENDS",
    "GAP_KEY",
    "GIVING_WAY",
    "INSERTED",
    "OPEN_QUOTES",
    "REBUTTALS",
    "RULES",
    "RULES_BEFORE_INSERTED",
    "RULE_KEYS",
    "SENTENCE_END",
    "SENTENCE_MARKS",
    "VERDICT_COPULAS",
    "RuleIndex",
    "elliptical_denial",
    "inserted_hits",
    "opens_clause",
]
