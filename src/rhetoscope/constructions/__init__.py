"""Rules over constructions: stance a lexicon entry cannot spell, read from a sentence's
word sequence after matching (lexicons/README.md, rules 14 and 15), tried by key word.

One module per family of rules (``admissions``, ``agreement``, ``give_ways``, ``refusals``,
``dares``, ``commitments``, ``plans``, ``rebuttals``, ``hedges``, ``inserted``), the words
they share in ``shared``, and their order and index in ``index``."""

from .agreement import AGREEMENTS
from .commitments import ADMITTED
from .index import RULE_KEYS, RULES, RULES_BEFORE_INSERTED, RuleIndex
from .inserted import INSERTED, inserted_hits
from .rebuttals import VERDICT_COPULAS, elliptical_denial
from .shared import (
    CLAUSE_ENDS,
    GAP_KEY,
    GIVING_WAY,
    OPEN_QUOTES,
    SENTENCE_END,
    SENTENCE_MARKS,
    opens_clause,
)

__all__ = [
    "ADMITTED",
    "AGREEMENTS",
    "CLAUSE_ENDS",
    "GAP_KEY",
    "GIVING_WAY",
    "INSERTED",
    "OPEN_QUOTES",
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
