"""Lexicons compiled for matching: the automaton's layers, the gapped entries and the
keys of the rules over constructions; built once, shared by every document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from .analogy import (
    ERA,
    FRAME,
    FRAME_KEYS,
    may_name_time,
)
from .constructions import (
    GAP_KEY,
    INSERTED,
    RULE_KEYS,
    RULES,
    RULES_BEFORE_INSERTED,
    RuleIndex,
    inserted_hits,
)
from .lexicon import EXCLUDE, GAP, RULE_LEXICON, Entry, Lexicon, default_lexicons
from .matcher import Hit, Layers
from .models import CATEGORIES
from .negation import (
    NEGATOR_WORDS,
    YIELDING,
)
from .reported import TITLE_ABBREVIATIONS


@dataclass(frozen=True)
class Resources:
    """Lexicons compiled for matching; built once, shared by every document."""

    lexicons: tuple[Lexicon, ...]

    @cached_property
    def layers(self) -> tuple[Layers, Layers]:
        """Three layers, each leftmost-longest on its own: stance terms and the era
        gazetteer (matched in one pass, which also marks tokens that may name a year),
        then analogy frames, so "a New Deal" is both the frame "a" and the era "New
        Deal". An ``exclude`` entry belongs to the layer of its lexicon's other entries.
        The first pass also finds eras written without their "the" or in the plural,
        only to tell whether frames are worth looking for."""
        layers: dict[str, list[Entry]] = {"stance": [], ERA: [], FRAME: []}
        for lex in self.lexicons:
            kinds = {e.category for e in lex.entries} & {ERA, FRAME}
            home = kinds.pop() if len(kinds) == 1 else "stance"
            for e in lex.entries:
                if GAP in e.tokens and e.category not in (ERA, FRAME):
                    continue  # matched by ``_gapped_hits``
                layers[e.category if e.category in (ERA, FRAME) else home].append(e)
        # Gapped entries are tried only where their trigger occurs (see ``_trigger``), found
        # in the same pass in a layer of its own; an entry's longest uncommon word that a
        # rule's key holds is found with the keys as that word alone, and so are the keys
        # it starts, as the rules read them (its trigger when a longer key may hide it).
        held = {g.word for found in self.gapped.values() for g in found} & _KEY_WORDS
        keys = [Entry(w, (w,), GAP_KEY, 0.0) for w in held]
        keys.extend(Entry(" ".join(k), k, GAP_KEY, 0.0) for k in RULE_KEYS if k[0] not in held)
        keys.extend(Entry(" ".join(k), k, GAP_KEY, 0.0) for k in FRAME_KEYS)
        triggers = [
            Entry(w, (w,), GAP_KEY, 0.0)
            for w in self.gapped
            if "*" not in w and w not in _INNER_KEY_WORDS
        ]
        first = [layers["stance"], layers[ERA], self._named_forms(), keys, triggers]
        return Layers(first, mark=may_name_time), Layers([layers[FRAME]])

    def _named_forms(self) -> list[Entry]:
        """Eras as ``named_eras`` may read them: without "the" ("a new Long March") or,
        for one-word eras, in the plural ("no more Iraqs"); and "spring", which names
        uprisings after the Prague and Arab Springs ("an African Spring")."""
        forms = []
        for pattern, entry in self.era_words.items():
            words = entry.tokens
            if words[0] == "the" and len(words) > 2 and words[-1] == "spring":
                forms.append(replace(entry, pattern="spring", tokens=("spring",)))
            if words[0] == "the" and len(words) > 1:
                forms.append(replace(entry, pattern=" ".join(words[1:]), tokens=words[1:]))
            elif len(words) == 1 and len(pattern) > 3:
                forms.append(replace(entry, pattern=pattern + "s", tokens=(pattern + "s",)))
        return forms

    def match(
        self, norms: Sequence[str]
    ) -> tuple[list[Hit], list[Hit] | None, list[Hit], frozenset[str] | set[str]]:
        """The lexicons' entries alone, before any rule over constructions: the stance
        hits (gapped entries included), the era and frame hits (None when no analogy can
        be in the sentence), and the hits of the key words the rules are tried on, with
        the set of those words.

        Frames are looked for only where an analogy can be: with an era, with an era
        written as a name without its "the", or with a token that may name a year, a
        decade or a century ("again" for "never again").
        """
        main, frames = self.layers
        (stance, eras, named, keys, triggers), marked = main.find_marked(norms)
        found: frozenset[str] | set[str] = _NOTHING
        if keys:
            found = {norms[h.first] for h in keys}
            # "the Enron of our time": a frame that takes a name nobody listed
            if not marked and not found.isdisjoint(_FRAME_KEY_FIRSTS):
                marked = any(h.entries[0].pattern in _FRAME_KEY_PATTERNS for h in keys)
        tried = found
        if triggers:
            tried = {norms[h.first] for h in triggers}
            tried.update(found)
        if tried:
            hints = self.gapped_hints
            for word in tried:
                # a key word with one of its hint words (or none needed): most have none
                if word in hints and ((h := hints[word]) is None or not h.isdisjoint(norms)):
                    stance = _gapped_hits(norms, stance, self.gapped, tried, hints)
                    break
        if eras or named or marked:
            return stance, eras + frames.find(norms)[0], keys, found
        return stance, None, keys, found

    def find(self, norms: Sequence[str]) -> list[Hit]:
        """Lexicon hits of all layers, then the rules' hits, in order of position."""
        stance, analogy, keys, found = self.match(norms)
        if keys:
            main = self.layers[0]
            before, after = self.rules  # those whose category's lexicon is loaded
            stance = before.apply(norms, stance, found)
            if not found.isdisjoint(INSERTED):
                at = [h.first for h in keys if norms[h.first] in INSERTED]
                stance = inserted_hits(main, self.first_person_starts, norms, stance, at)
            stance = after.apply(norms, stance, found)
        if analogy is not None:
            return sorted(stance + analogy, key=lambda h: h.first)
        return stance

    @cached_property
    def rules(self) -> tuple[RuleIndex, RuleIndex]:
        """The rules over constructions that add matches to a category whose shipped
        lexicon is loaded, and those that only refine the lexicons' hits: those tried
        before the inserted-adverb rule and those after it."""
        ruled = self.rule_categories
        return (
            RuleIndex.of([r for r in RULES_BEFORE_INSERTED if r.category in ruled or r.refines]),
            RuleIndex.of([r for r in RULES if r.category in ruled or r.refines]),
        )

    @cached_property
    def first_person_starts(self) -> frozenset[tuple[str, ...]]:
        """The first three words of the stance entries that start with *I* or *we* and
        have three words or more: where an inserted adverb may hide one."""
        return frozenset(
            e.tokens[:3]
            for lex in self.lexicons
            for e in lex.entries
            if len(e.tokens) >= 3 and e.tokens[0] in ("i", "we") and e.category not in (ERA, FRAME)
        )

    @cached_property
    def rule_categories(self) -> frozenset[str]:
        """The categories whose shipped lexicon is loaded as shipped (its name and
        content hash): the rules beyond patterns (persistence, admissions, brushing
        aside) add to a category only then. The rules stand beside the shipped entries,
        so a file of the user's that replaces the shipped one (``--lexicon`` with its
        ``# name:``), or ``--no-default-lexicons``, turns them off with the entries."""
        shipped = {(lex.name, lex.sha256) for lex in default_lexicons()}
        return frozenset(lex.name for lex in self.lexicons if (lex.name, lex.sha256) in shipped)

    @cached_property
    def _entry_ids(self) -> frozenset[int]:
        """The identities of the loaded lexicons' entries: a hit's entry among them is
        a lexicon's; any other is a rule's (``lexicon_of``)."""
        return frozenset(id(e) for lex in self.lexicons for e in lex.entries)

    def counts(self, entry: Entry) -> bool:
        """Whether a hit of ``entry`` counts: a lexicon's entry always; a rule's (whose
        ``lexicon`` is the category it stands beside) only while that category's
        shipped lexicon is loaded: a rule keyed to one category may add a companion
        of another ("the school stays open": defiance, and resolve)."""
        return entry.lexicon in self.rule_categories or id(entry) in self._entry_ids

    def lexicon_of(self, entry: Entry) -> str:
        """The ``lexicon`` of a match of ``entry``: its lexicon's name, or ``RULE_LEXICON`` for
        an entry a rule over constructions made ("kind of" as a hedge, "i would + a
        course"), which no lexicon file holds."""
        return entry.lexicon if id(entry) in self._entry_ids else RULE_LEXICON

    @cached_property
    def gapped_hints(self) -> dict[str, frozenset[str] | None]:
        """For each key word of ``gapped``, words one of which each of its entries needs
        besides the key (None when an entry needs no other): a sentence with none of them
        passes over the key's two dozen entries in one test, as most do. Each entry gives
        its rarest-looking such word: not a common one, the longest."""
        hints: dict[str, frozenset[str] | None] = {}
        for key, entries in self.gapped.items():
            picks = []
            for g in entries:
                others = [u for u in g.needs if u != key]
                rare = [u for u in others if u not in _COMMON] or others
                if not rare:
                    break
                picks.append(max(rare, key=len))
            hints[key] = frozenset(picks) if len(picks) == len(entries) else None
        return hints

    @cached_property
    def gapped(self) -> dict[str, list[_Gapped]]:
        """Stance entries with a gap ("we got ... wrong") by a word they need that few
        sentences hold ("wrong"), so that most sentences skip them: (entry, the units
        before the gap, the units after it)."""
        found: dict[str, list[_Gapped]] = {}
        order = 0
        for lex in self.lexicons:
            for e in lex.entries:
                if GAP in e.tokens and e.category not in (ERA, FRAME):
                    order += 1
                    cut = e.tokens.index(GAP)
                    head, tail = e.tokens[:cut], e.tokens[cut + 1 :]
                    words = [u for u in (*head, *tail) if u != "#" and not u.endswith("*")]
                    rare = [u for u in words if u not in _COMMON] or words or [head[0]]
                    word = max(rare, key=len)
                    gapped = _Gapped(
                        e, head, tail, frozenset(words), _wild(head), _wild(tail), order, word
                    )
                    found.setdefault(_trigger(word, rare, tail), []).append(gapped)
        return found

    @cached_property
    def periods(self) -> tuple:
        return tuple(
            e
            for lex in self.lexicons
            for e in lex.entries
            if e.category == ERA and e.get("kind") == "period"
        )

    @cached_property
    def era_words(self) -> dict[str, Entry]:
        """Gazetteer entries by pattern, to read "Quisling-style"."""
        return {
            e.pattern: e
            for lex in self.lexicons
            for e in lex.entries
            if e.category == ERA and "*" not in e.pattern
        }

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """The five stance categories, then any category a user lexicon adds."""
        extra = sorted(
            {e.category for lex in self.lexicons for e in lex.entries}
            - set(CATEGORIES)
            - {FRAME, ERA, YIELDING, "exclude"}
        )
        return (*CATEGORIES, *extra)


_COMPILED: dict[tuple[int, ...], Resources] = {}
_COMPILED_MAX = 8


def compiled(lexicons: Sequence[Lexicon]) -> Resources:
    """The ``Resources`` for ``lexicons``, compiled once per process: compiling the
    shipped lexicons takes about 60 ms, which a caller analysing one short text at a
    time (``df.text.map(rhetoscope.analyze)``) would otherwise pay on every call.
    Keyed by the lexicons' identities, which stay unique while the cached value holds
    the objects alive; equal lexicons loaded twice just compile twice."""
    lexicons = tuple(lexicons)
    key = tuple(map(id, lexicons))
    found = _COMPILED.get(key)
    if found is None:
        if len(_COMPILED) >= _COMPILED_MAX:
            del _COMPILED[next(iter(_COMPILED))]  # the oldest
        found = _COMPILED[key] = Resources(lexicons)
    return found


GAP_MAX = 5
_GAP_BREAKS = (
    frozenset(
        {",", ";", ":", ".", "!", "?", "(", ")", "\u2014", "\u2013", "--", "and", "but", "or"}
    )
    | NEGATOR_WORDS
)  # "I apologize to nobody for that" is no apology


def _breaks_gap(norms: Sequence[str], at: int) -> bool:
    """Whether the token at ``at`` ends a gap: clause punctuation, a conjunction or a
    negator, but not the period after a title (1.25.0: "I would challenge Mr. Gorbachev
    to join with us" is the gapped "i would challenge ... to")."""
    norm = norms[at]
    return norm in _GAP_BREAKS and not (
        norm == "." and at > 0 and norms[at - 1] in TITLE_ABBREVIATIONS
    )


# 1.26.0: the gap of a dare ("i challenge ... to") is the party dared; a reflexive there
# is a self-exhortation ("I challenge myself to run five miles", "We dare ourselves to
# dream"), no dare. An exclude of the same span cannot say so: a gapped hit outranks it.
_DARE_HEADS = frozenset({"challenge", "dare", "defy"})
_REFLEXIVES = frozenset("myself ourselves ourself yourself yourselves themselves".split())


def _self_dared(head: tuple[str, ...], norms: Sequence[str], at: int) -> bool:
    """Whether a dare's gap, from ``at``, opens with a reflexive."""
    return head[-1] in _DARE_HEADS and norms[at] in _REFLEXIVES


def _units_match(units: tuple[str, ...], wild: bool, norms: Sequence[str], at: int) -> bool:
    """Whether ``units`` match the tokens from ``at``; ``wild``: whether a unit is a stem
    with "*" (most are exact words: one comparison of tuples then does)."""
    if at < 0 or at + len(units) > len(norms):
        return False
    window = tuple(norms[at : at + len(units)])
    return window == units or (
        wild
        and all(
            u == n or (u.endswith("*") and n.startswith(u[:-1]))
            for u, n in zip(units, window, strict=True)
        )
    )


def _openings(
    head: tuple[str, ...], norms: Sequence[str], where: dict[str, list[int]]
) -> Sequence[int]:
    """Where ``head`` may start: where its first unit is (``where``: each word's places),
    or where a word starts with its stem."""
    if not head:
        return range(len(norms))
    if head[0].endswith("*"):
        stem = head[0][:-1]
        return [i for i, norm in enumerate(norms) if norm.startswith(stem)]
    return where.get(head[0], ())


def _wild(units: tuple[str, ...]) -> bool:
    return any(u.endswith("*") for u in units)


@dataclass(frozen=True, slots=True)
class _Gapped:
    """A gapped entry: the units before and after its gap, the words it needs, and
    whether its head and its tail hold a stem with "*"."""

    entry: Entry
    head: tuple[str, ...]
    tail: tuple[str, ...]
    needs: frozenset[str]
    head_wild: bool
    tail_wild: bool
    order: int  # its place among the lexicons' gapped entries: the order they are tried in
    word: str  # its longest uncommon word (see ``Resources.layers``)


def _trigger(word: str, rare: list[str], tail: tuple[str, ...]) -> str:
    """The word whose presence has a gapped entry tried, among ``rare``, the uncommon words
    it needs, ``word`` the longest: the longest after the gap (the last of equals), what
    the entry says; its head is often a frame common in debates ("as president ...
    suggests", "and i do share ... values", "i do n't think ... made the right call").
    ``word`` when the tail has none, or when a rule's key holds it after its first word:
    read from the keys' hits then, where a longer key may hide it, as the rules see it."""
    if word in _INNER_KEY_WORDS:
        return word
    after = [u for u in reversed(tail) if u in rare and u not in _INNER_KEY_WORDS]
    return max(after, key=len) if after else word


# Words too common to decide whether a sentence may hold a gapped pattern.
_COMMON = frozenset(
    "i we you they he she it their our my the a an to for of in on and will 'll wo n't not "
    "have 've has got get let see going shall".split()
)


# The words of the rules' and the frames' keys, and those after a key's first word (see
# ``Resources.layers`` and ``_trigger``).
_KEY_WORDS = frozenset(w for k in (*RULE_KEYS, *FRAME_KEYS) for w in k)
_INNER_KEY_WORDS = frozenset(w for k in (*RULE_KEYS, *FRAME_KEYS) for w in k[1:])
_FRAME_KEY_PATTERNS = frozenset(" ".join(k) for k in FRAME_KEYS)
_FRAME_KEY_FIRSTS = frozenset(k[0] for k in FRAME_KEYS)
_NOTHING: frozenset[str] = frozenset()


def _order(g: _Gapped) -> int:
    return g.order


def _gapped_hits(
    norms: Sequence[str],
    stance: list[Hit],
    gapped: dict[str, list[_Gapped]],
    keys: set[str],
    hints: dict[str, frozenset[str] | None],
) -> list[Hit]:
    """The stance hits with those of gapped entries, matched leftmost-longest like the
    others: the shortest gap of one to ``GAP_MAX`` tokens without clause punctuation or
    "and", "but"; a gapped hit replaces the shorter hits inside its span ("we will see"
    in "we will see this reform through") and yields to a hit that starts before it or
    runs past its end. ``keys``: the key words the first pass found; ``hints``: for
    each, words one of which each of its entries needs (see ``Resources.gapped_hints``)."""
    keyed = [
        w for w in keys if w in gapped and ((h := hints[w]) is None or not h.isdisjoint(norms))
    ]
    if not keyed:
        return stance
    words = set(norms)
    candidates = [g for w in keyed for g in gapped[w] if g.needs <= words]
    if not candidates:
        return stance
    candidates.sort(key=_order)  # as the lexicons list them, whatever their triggers
    hits = list(stance)
    # Where each word is, so that a head opening with an exact word is tried only there.
    where: dict[str, list[int]] = {}
    for i, norm in enumerate(norms):
        where.setdefault(norm, []).append(i)
    starts = sorted(
        (i, k)
        for k, g in enumerate(candidates)
        for i in _openings(g.head, norms, where)
        if _units_match(g.head, g.head_wild, norms, i)
    )
    for i, k in starts:
        g = candidates[k]
        start = i + len(g.head)
        if start < len(norms) and _self_dared(g.head, norms, start):
            continue  # whatever the gap, a reflexive's dare is none
        for gap in range(1, GAP_MAX + 1):
            if start + gap - 1 >= len(norms) or _breaks_gap(norms, start + gap - 1):
                break
            if _units_match(g.tail, g.tail_wild, norms, start + gap):
                last = start + gap + len(g.tail)
                inner = [h for h in hits if h.first < last and h.last > i]
                if all(
                    i <= h.first and h.last <= last and h.last - h.first < last - i for h in inner
                ):
                    # An exclude entry's span cancels what it covers and yields nothing,
                    # but holds its place until the end so no other gapped entry takes it.
                    entries = () if g.entry.category == EXCLUDE else (g.entry,)
                    hits = [h for h in hits if h not in inner] + [Hit(i, last, entries)]
                break
    return sorted((h for h in hits if h.entries), key=lambda h: h.first)
