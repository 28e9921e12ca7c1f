"""The rules over constructions in the order they are tried, each with the key words
that make a sentence try it and the category whose shipped lexicon must be loaded; their key
words gathered for the first pass; and the index a sentence tries them through."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..matcher import Hit
from ..negation import FIRST_PERSON
from . import (
    admissions,
    agreement,
    commitments,
    dares,
    denials,
    disagreements,
    give_ways,
    hedges,
    inserted,
    plans,
    rebuttals,
    refusals,
    taunts,
)
from .admissions import (
    _FAILING,
    _LATE_KEYS,
    _LITOTES_KEYS,
    _SHOULD,
    _admission_hits,
    _could_better_hits,
    _failure_hits,
    _late_owned_hits,
    _litotes_hits,
    _probable_admission_hits,
    _would_differently_hits,
    _wrong_choice_hits,
)
from .agreement import _agreement_hits, _granted_hits
from .commitments import (
    _ANYWAY,
    _CLOSER_KEYS,
    _KEEP,
    _STAND,
    _STAYING,
    _anyway_hits,
    _closer_hits,
    _persistence_hits,
    _same_again_hits,
    _standing_by_hits,
    _stays_hits,
)
from .dares import (
    _CHALLENGING,
    _COUNTER_PARTIES,
    _DARE_KEYS,
    _PUNITIVE,
    _challenge_hits,
    _counter_dare_hits,
    _dare_hits,
    _imperative_dare_hits,
    _prohibition_hits,
    _welcomed_challenge_hits,
)
from .denials import (
    _BARE_NEGATED,
    _BARE_VERDICTS,
    _TRUTH_WORDS,
    _bare_verdict_hits,
    _denial_hits,
    _negated_truth_hits,
    _record_hits,
)
from .disagreements import _disagreement_hits
from .give_ways import (
    _CEASE_KEYS,
    _CHOICES,
    _DROPPING,
    _GIVE_WAY_NOUNS,
    _WITHDRAWING,
    _accusation_hits,
    _ceased_hits,
    _limited_give_way_hits,
    _no_choice_hits,
    _withdrawal_hits,
)
from .hedges import (
    _HEDGE_NOUNS,
    _VIEW_HOLDERS,
    _could_be_hits,
    _granted_view_hits,
    _spoken_hedge_hits,
)
from .plans import (
    _PLAN_KEYS,
    _REGARDLESS,
    _TENURE_KEYS,
    _UNTIL,
    _held_until_hits,
    _planned_hits,
    _regardless_committed_hits,
    _tenure_pledged_hits,
)
from .pledges import _pledge_hits
from .rebuttals import (
    _BRUSHING,
    _DENIAL_KEYS,
    _OR,
    _VERDICTS,
    _brushing_aside_hits,
    _contradiction_hits,
    _elliptical_denial_hits,
    _mock_assent_hits,
    _regardless_hits,
    _said_before_hits,
)
from .refusals import (
    _BEFORE_BE,
    _NOBODY,
    _PRESSURE_KEYS,
    _nobody_will_hits,
    _not_letting_hits,
    _plain_refusal_hits,
    _pushed_hits,
    _under_pressure_hits,
)
from .taunts import _EXPECTING, _expectation_hits


class _Rule(NamedTuple):
    """A rule over constructions: tried on a sentence that has one of its ``keys`` among
    the first words of its key hits (or, ``opening``, as its first word), when its
    ``category``'s shipped lexicon is loaded; a rule that ``refines`` (drops or
    relabels the lexicons' hits, adds none) whatever lexicons are loaded, as the
    readings in ``stance`` (questions, negation) are."""

    keys: frozenset[str]
    category: str
    rule: Callable[[Sequence[str], list[Hit]], list[Hit]]
    opening: bool = False
    refines: bool = False


@dataclass(frozen=True)
class RuleIndex:
    """Rules in their order, indexed by key word: a sentence tries the rules of the few
    key words it has, not a test of every rule's keys."""

    rules: tuple[_Rule, ...]
    by_key: dict[str, tuple[int, ...]]  # word -> the positions of the rules it keys
    by_opening: dict[str, tuple[int, ...]]  # first word -> the ``opening`` rules'
    keyed: frozenset[str]  # every word of ``by_key``: most sentences' keys key none here

    @classmethod
    def of(cls, rules: Sequence[_Rule]) -> RuleIndex:
        by_key: dict[str, list[int]] = {}
        by_opening: dict[str, list[int]] = {}
        for i, r in enumerate(rules):
            for word in r.keys:
                (by_opening if r.opening else by_key).setdefault(word, []).append(i)
        return cls(
            tuple(rules),
            {w: tuple(v) for w, v in by_key.items()},
            {w: tuple(v) for w, v in by_opening.items()},
            frozenset(by_key),
        )

    def apply(
        self, norms: Sequence[str], stance: list[Hit], found: frozenset[str] | set[str]
    ) -> list[Hit]:
        """``stance`` after each rule keyed by ``found`` (or opening ``norms``), in
        order: a rule sees the hits of those before it."""
        if found.isdisjoint(self.keyed) and norms[0] not in self.by_opening:
            return stance  # (a set test, no set built: most calls to the first index)
        chosen = set(self.by_opening.get(norms[0], ()))
        for word in found:
            chosen.update(self.by_key.get(word, ()))
        for i in sorted(chosen):
            stance = self.rules[i].rule(norms, stance)
        return stance


# The rules in the order they are tried; the inserted-adverb rule (which needs the
# lexicons' first-person starts) runs between the two lists.
RULES_BEFORE_INSERTED = (
    _Rule(frozenset({_KEEP}), "defiance", _persistence_hits),
    _Rule(_SHOULD, "concession", _admission_hits),
    _Rule(_BRUSHING, "defiance", _brushing_aside_hits),
    _Rule(frozenset({_OR}), "defiance", _regardless_hits),
    _Rule(frozenset({_STAND}), "defiance", _standing_by_hits),
    _Rule(_FAILING, "concession", _failure_hits),
    _Rule(_WITHDRAWING | _DROPPING, "concession", _withdrawal_hits),
)
RULES = (
    _Rule(frozenset({_ANYWAY}), "defiance", _anyway_hits),
    _Rule(_BEFORE_BE, "concession", _pushed_hits),
    _Rule(_VERDICTS, "defiance", _contradiction_hits),
    _Rule(_TRUTH_WORDS, "defiance", _negated_truth_hits),
    _Rule(_BARE_VERDICTS | _BARE_NEGATED, "defiance", _bare_verdict_hits),
    _Rule(frozenset({"deny"}), "defiance", _denial_hits),
    _Rule(frozenset({"record"}), "defiance", _record_hits),
    _Rule(frozenset({"disagree", "agree"}), "defiance", _disagreement_hits),
    _Rule(frozenset({"wrong"}), "concession", _wrong_choice_hits),
    _Rule(_LITOTES_KEYS, "concession", _litotes_hits),
    _Rule(frozenset({"you"}), "defiance", _prohibition_hits),
    _Rule(_DARE_KEYS, "defiance", _dare_hits),
    _Rule(_PUNITIVE, "defiance", _imperative_dare_hits),
    _Rule(_COUNTER_PARTIES, "defiance", _counter_dare_hits),
    _Rule(frozenset(_CHALLENGING), "defiance", _challenge_hits),
    _Rule(frozenset({"welcome"}), "defiance", _welcomed_challenge_hits),
    _Rule(_NOBODY | {"no"}, "defiance", _nobody_will_hits),
    _Rule(frozenset({"let"}), "concession", _not_letting_hits),
    _Rule(FIRST_PERSON, "concession", _plain_refusal_hits),
    _Rule(FIRST_PERSON, "defiance", _same_again_hits),
    _Rule(_HEDGE_NOUNS, "hedging", _spoken_hedge_hits),
    _Rule(_LATE_KEYS, "concession", _late_owned_hits),
    _Rule(_STAYING, "defiance", _stays_hits),
    _Rule(frozenset({"could"}), "concession", _could_better_hits),
    _Rule(frozenset({"differently"}), "concession", _would_differently_hits),
    _Rule(_CEASE_KEYS, "concession", _ceased_hits),
    _Rule(_GIVE_WAY_NOUNS, "defiance", _accusation_hits),
    _Rule(_CHOICES, "resolve", _no_choice_hits),
    _Rule(frozenset({"could"}), "hedging", _could_be_hits, opening=True),
    _Rule(frozenset({"probably"}), "concession", _probable_admission_hits),
    _Rule(_VIEW_HOLDERS, "hedging", _granted_view_hits, refines=True),
    _Rule(frozenset({"said"}), "defiance", _said_before_hits),
    _Rule(frozenset({"oh"}), "defiance", _mock_assent_hits, opening=True),
    _Rule(_REGARDLESS, "resolve", _regardless_committed_hits),
    _Rule(_PLAN_KEYS, "resolve", _planned_hits),
    _Rule(_TENURE_KEYS, "resolve", _tenure_pledged_hits),
    _Rule(_UNTIL, "defiance", _held_until_hits),
    _Rule(_PRESSURE_KEYS, "defiance", _under_pressure_hits),
    _Rule(_CLOSER_KEYS, "resolve", _closer_hits),
    _Rule(frozenset({"but"}), "defiance", _limited_give_way_hits),
    _Rule(_DENIAL_KEYS, "defiance", _elliptical_denial_hits),
    _Rule(_EXPECTING, "defiance", _expectation_hits),
    _Rule(frozenset({"agree"}), "concession", _agreement_hits),
    _Rule(frozenset({"right", "correct"}), "concession", _granted_hits),
    # last: the rules above read their own "I would" first ("I'd vote differently today")
    _Rule(frozenset({"i"}), "resolve", _pledge_hits),
)


# Every family's key words, found in the first pass beside the lexicons' entries (the
# order is of no matter: a key only tells which first words a sentence holds).
RULE_KEYS = (
    agreement.RULE_KEYS
    + commitments.RULE_KEYS
    + admissions.RULE_KEYS
    + rebuttals.RULE_KEYS
    + denials.RULE_KEYS
    + disagreements.RULE_KEYS
    + give_ways.RULE_KEYS
    + refusals.RULE_KEYS
    + inserted.RULE_KEYS
    + dares.RULE_KEYS
    + hedges.RULE_KEYS
    + plans.RULE_KEYS
    + taunts.RULE_KEYS
)
