"""From a decoded document to its segments, sentences, sentiment and matches."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import compress, filterfalse, islice, pairwise, repeat, takewhile
from typing import NamedTuple

from .analogy import (
    ERA,
    FRAME,
    FRAME_KEYS,
    WORD_ANALOGY_ENDINGS,
    Analogy,
    find_analogies,
    may_name_time,
)
from .lexicon import Entry, Lexicon
from .matcher import Hit, Layers
from .models import CATEGORIES, Document, DocumentResult, Match, Segment, Sentence, Token
from .negation import (
    COMPARATIVE_NEGATORS,
    COPULAS,
    FUTURE,
    NEGATOR_WORDS,
    NOT_NEGATED,
    PROCEDURE_ADVERBS,
    PROGRESSIVE,
    SCOPE_BREAKS,
    YIELDING,
    commitment,
    flip,
    is_bare_commitment,
    negatable,
    negation,
    procedural,
    same_clause,
)
from .reported import (
    HEDGE_VERBS,
    judges_another,
    other_actor_acts,
    reported_clauses,
    third_party_act,
)
from .sentiment import sentiment
from .speakers import split_speakers
from .text import count_words, document_sentences, token_norms, tokenize, tokens_of

# "Quisling-style", "Pizzagate": mapped over a sentence's norms without a Python call each.
# (an endless ``repeat``: any(map(str.endswith, norms, _ANALOGY_ENDINGS)) may share it)
_ANALOGY_ENDINGS = repeat(WORD_ANALOGY_ENDINGS)
_QUOTE_CLOSERS = frozenset({"\u201d", '"', "''", "'", "\u00bb", ")"})


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
        # The word each gapped entry needs most rarely ("wrong" in "we got ... wrong"),
        # found in the same pass: gapped entries are tried only where it occurs.
        keys = [Entry(w, (w,), _GAP_KEY, 0.0) for w in self.gapped if "*" not in w]
        keys.extend(
            Entry(" ".join(k), k, _GAP_KEY, 0.0) for k in _RULE_KEYS if k[0] not in self.gapped
        )
        keys.extend(Entry(" ".join(k), k, _GAP_KEY, 0.0) for k in FRAME_KEYS)
        return (
            Layers([layers["stance"], layers[ERA], self._named_forms(), keys], mark=may_name_time),
            Layers([layers[FRAME]]),
        )

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
        (stance, eras, named, keys), marked = main.find_marked(norms)
        found: frozenset[str] | set[str] = _NOTHING
        if keys:
            found = {norms[h.first] for h in keys}
            # "the Enron of our time": a frame that takes a name nobody listed
            if not marked and not found.isdisjoint(_FRAME_KEY_FIRSTS):
                marked = any(h.entries[0].pattern in _FRAME_KEY_PATTERNS for h in keys)
            if not found.isdisjoint(self.gapped_keys):
                stance = _gapped_hits(norms, stance, self.gapped, found, self.gapped_hints)
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
            if not found.isdisjoint(_INSERTED):
                at = [h.first for h in keys if norms[h.first] in _INSERTED]
                stance = _inserted_hits(main, self.first_person_starts, norms, stance, at)
            stance = after.apply(norms, stance, found)
        if analogy is not None:
            return sorted(stance + analogy, key=lambda h: h.first)
        return stance

    @cached_property
    def rules(self) -> tuple[_RuleIndex, _RuleIndex]:
        """The rules over constructions whose category's lexicon is loaded (the rules
        count toward a category only then): those tried before the inserted-adverb rule
        and those after it."""
        ruled = self.rule_categories
        return (
            _RuleIndex.of([r for r in _RULES_BEFORE_INSERTED if r.category in ruled]),
            _RuleIndex.of([r for r in _RULES if r.category in ruled]),
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
        """The names of the loaded lexicons: the rules beyond patterns (persistence,
        admissions, brushing aside) add to a category only when its lexicon is loaded."""
        return frozenset(lex.name for lex in self.lexicons)

    @cached_property
    def gapped_keys(self) -> frozenset[str]:
        """The key words of ``gapped`` as a set: a sentence's few key words are tested
        against it one by one, where a dict would be walked whole."""
        return frozenset(self.gapped)

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
        for lex in self.lexicons:
            for e in lex.entries:
                if GAP in e.tokens and e.category not in (ERA, FRAME):
                    cut = e.tokens.index(GAP)
                    head, tail = e.tokens[:cut], e.tokens[cut + 1 :]
                    words = [u for u in (*head, *tail) if u != "#" and not u.endswith("*")]
                    rare = [u for u in words if u not in _COMMON] or words or [head[0]]
                    gapped = _Gapped(e, head, tail, frozenset(words), _wild(head), _wild(tail))
                    found.setdefault(max(rare, key=len), []).append(gapped)
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


GAP = "..."
"""A pattern unit that matches one to ``GAP_MAX`` tokens of the same clause: "we got ...
wrong" matches "we got the timing of that tax wrong"."""
GAP_MAX = 5
_GAP_BREAKS = (
    frozenset(
        {",", ";", ":", ".", "!", "?", "(", ")", "\u2014", "\u2013", "--", "and", "but", "or"}
    )
    | NEGATOR_WORDS
)  # "I apologize to nobody for that" is no apology


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


# Words too common to decide whether a sentence may hold a gapped pattern.
_COMMON = frozenset(
    "i we you they he she it their our my the a an to for of in on and will 'll wo n't not "
    "have 've has got get let see going shall".split()
)


_GAP_KEY = "gap-key"  # the category of the gapped entries' key words in the first pass
_FRAME_KEY_PATTERNS = frozenset(" ".join(k) for k in FRAME_KEYS)
_FRAME_KEY_FIRSTS = frozenset(k[0] for k in FRAME_KEYS)
_NOTHING: frozenset[str] = frozenset()


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
        for gap in range(1, GAP_MAX + 1):
            if start + gap - 1 >= len(norms) or norms[start + gap - 1] in _GAP_BREAKS:
                break
            if _units_match(g.tail, g.tail_wild, norms, start + gap):
                last = start + gap + len(g.tail)
                inner = [h for h in hits if h.first < last and h.last > i]
                if all(
                    i <= h.first and h.last <= last and h.last - h.first < last - i for h in inner
                ):
                    hits = [h for h in hits if h not in inner] + [Hit(i, last, (g.entry,))]
                break
    return sorted(hits, key=lambda h: h.first)


_KEEP = "keep"
# The words (or phrases, which cost less where their first word is common) that the
# rules of lexicons rule 15 and rule 14's brushing aside look for.
_RULE_KEYS = (
    ("keep",),
    ("should", "have"),
    ("should", "'ve"),
    ("should", "n't", "have"),
    ("should", "n't", "'ve"),
    ("ought", "to", "have"),
    ("whatever",),
    ("matter",),
    ("or", "no"),
    ("stand", "by"),
)
PERSISTENCE = Entry("keep ...ing", (_KEEP, "...ing"), "defiance", 0.5, "defiance")
"""A commitment to keep on doing something ("we will keep holding", "the planes will keep
landing", "I'll keep putting the ball in your net"): persistence, defiance like
``keep fighting``, and resolve through its future auxiliary (rule 7)."""
_PERSIST_ADVERBS = frozenset("just simply still always all the same".split())
# What one keeps doing without standing against anyone: "we'll keep looking at it", and
# plain effort ("we're going to keep working to help Haiti", "keep on doing that"), which
# the debates showed is resolve alone.
_NOT_PERSISTING = frozenset(
    (
        "thinking wondering guessing looking watching waiting hoping asking checking "
        "monitoring reviewing listening talking learning working doing trying saying "
        "helping making building growing investing improving supporting arriving reading "
        "opening writing eating sleeping delivering organizing organising"
    ).split()
)


_RISING = frozenset("up down higher lower".split())


def _persistence_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PERSISTENCE`` hit for each "keep (on) ...ing" that a
    future auxiliary governs ("will keep", "'ll just keep on", "are going to keep")
    and no other hit covers."""
    taken = {i: h for h in stance for i in range(h.first, h.last)}
    added, dropped = [], []
    for i, norm in enumerate(norms):
        if norm != _KEEP or i in taken:
            continue
        j = i + 1 + (i + 1 < len(norms) and norms[i + 1] == "on")
        if j >= len(norms):
            continue
        inner = taken.get(j)
        if inner is not None and not (  # "we will keep selling it": a yielding verb kept on
            inner.first == j and all(e.category == YIELDING for e in inner.entries)
        ):
            continue
        verb = norms[j]
        if not (verb.endswith("ing") and len(verb) > 4 and verb.isalpha()):
            continue
        if verb in _NOT_PERSISTING:
            continue
        if j + 1 < len(norms) and norms[j + 1] in _RISING:
            continue  # "rents are going to keep going up": a quantity moving (1.8.0)
        k = i - 1
        while k >= 0 and norms[k] in _PERSIST_ADVERBS:
            k -= 1
        going = k >= 1 and norms[k] == "to" and norms[k - 1] == "going"
        aux = k - 1 - going
        if aux >= 0 and norms[aux] in PROGRESSIVE | {"is"}:
            aux -= 1  # "you're going to keep ..."
        if aux >= 0 and norms[aux] == "you":
            continue  # "if you're going to keep promoting programs": the other's
        if k >= 0 and (norms[k] in FUTURE or going):
            added.append(Hit(i, j + 1 if inner is None else inner.last, (PERSISTENCE,)))
            if inner is not None:
                dropped.append(inner)
    if not added:
        return stance
    return sorted([h for h in stance if h not in dropped] + added, key=lambda h: h.first)


# Admissions: "we should have consulted them sooner", "we ought to have waited".
_SHOULD = frozenset({"should", "ought"})
ADMISSION = Entry(
    "we should have ...ed", ("we", "should", "have", "...ed"), "concession", 0.5, "concession"
)
"""What the speaker's side should have done and did not: an admission (a concession);
"I should have" is an entry of its own. A participle must follow ("we should have a
debate" is a wish)."""
_ADMITTING_ADVERBS = frozenset(
    "arguably probably perhaps maybe clearly certainly obviously frankly honestly really "
    "definitely surely".split()
)
_PARTICIPLES = frozenset(
    (
        "been done gone known seen taken made put let kept told said got gotten left held "
        "stood heard thought brought bought caught taught sought spent sent built run come read "
        "become begun given shown spoken written chosen"
    ).split()
)


_HEDGED_SHOULD = frozenset({"probably", "maybe", "perhaps", "possibly", "arguably"})


def _admission_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ADMISSION`` hit for each "we (adverb) should have / ought
    to have / should've" before a participle that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i, norm in enumerate(norms):
        if norm not in _SHOULD:
            continue
        j = i + 1 + (norm == "ought" and i + 1 < len(norms) and norms[i + 1] == "to")
        if j < len(norms) and norms[j] == "n't":
            j += 1  # 1.12.0: "I probably shouldn't have said that"
        if j >= len(norms) or norms[j] not in ("have", "'ve"):
            continue
        j += 1
        while j < len(norms) and norms[j] in _ADMITTING_ADVERBS:
            j += 1
        if j >= len(norms) or not (
            norms[j] in _PARTICIPLES or (norms[j].endswith("ed") and len(norms[j]) > 3)
        ):
            continue
        # not "whether we should have gone", "You said we should have", "the steps that
        # we should have taken"
        k = _owner(norms, i, _ADMITTING_ADVERBS, ("we", "i"), len(norms))
        if k is None or any(t in taken for t in range(i, j + 1)):
            continue
        if not any(t in taken for t in range(k, i)):
            added.append(Hit(k, j + 1, (ADMISSION,)))
        elif all(norms[t] in _HEDGED_SHOULD for t in range(k + 1, i) if t in taken):
            # 1.12.0: "I probably should've read the contract", "we maybe should have
            # waited": the hedge stays a hedge; the admission's hit starts after it
            added.append(Hit(i, j + 1, (ADMISSION,)))
    return _merged(stance, added)


def _owner(
    norms: Sequence[str], at: int, adverbs: frozenset[str], subjects: Sequence[str], reach: int
) -> int | None:
    """Where the first-person subject of the verb at ``at`` stands, past at most ``reach``
    - 1 of ``adverbs``, when it opens its clause; else None."""
    k = at - 1
    while k >= 0 and at - k <= reach and norms[k] in adverbs:
        k -= 1
    if k < 0 or norms[k] not in subjects or not _opens_clause(norms, k):
        return None
    return k


def _covered(stance: Sequence[Hit]) -> set[int]:
    """The token positions the stance hits cover: a construction rule adds no hit there."""
    return {i for h in stance for i in range(h.first, h.last)}


def _merged(stance: list[Hit], added: list[Hit]) -> list[Hit]:
    """The stance hits and the hits a construction rule added, in order of position."""
    return sorted(stance + added, key=lambda h: h.first) if added else stance


# 1.7.0: constructions, not phrases. The speaker's own failure owned in a past verb of
# failing, with adverbs before it: "I completely misread that market", "we badly
# underestimated demand", "I've apologized to the crew".
_FAILING = frozenset(
    (
        "misread misjudged miscalculated mishandled misspoke misstepped misfired "
        "underestimated overestimated overreached overpromised overplayed overpaid "
        "botched bungled fumbled erred apologized apologised underdelivered"
        # 1.9.0: misstatements owned ("I may have overstated the crime numbers")
        " overstated exaggerated overstepped misstated mischaracterized misremembered"
        # 1.11.0: the spoken verbs of botching ("I flubbed the answer", "we muffed it")
        " flubbed muffed butchered mangled"
        # 1.12.0: things lost or missed through one's own fault ("we probably misfiled
        # some of it", "we overlooked the warning")
        " misfiled misplaced mislabeled mislabelled miscounted misreported overlooked"
    ).split()
)
FAILURE_OWNED = Entry(
    "i/we (adverb) failed", ("i", "...", "failed"), "concession", 1.0, "concession"
)
"""The speaker's own failure, owned in a past verb of failing (an admission)."""
_FAILING_ADVERBS = frozenset(
    (
        "completely totally badly really just simply clearly obviously frankly honestly "
        "probably seriously utterly entirely massively fundamentally already personally "
        "also have 've had may might"
    ).split()
)
# 1.9.0: an admission under a modal of possibility is still an admission, hedged: "I may
# have overstated the numbers", "we might have underestimated demand" (the modal stays a
# hedge; the admission's hit starts after it).
_HEDGED_ADMISSION = frozenset({"may", "might", "probably"})


def _failure_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``FAILURE_OWNED`` hit for each "I / we (adverbs, have) +
    verb of failing" whose subject opens its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if norm not in _FAILING or j in taken:
            continue
        if norms[j + 1 : j + 4] == ["on", "the", "side"]:
            continue  # "I erred on the side of caution" defends the choice
        k = _owner(norms, j, _FAILING_ADVERBS, ("i", "we"), 3)
        if k is None:
            continue
        inside = [t for t in range(k, j) if t in taken]
        if all(norms[t] in _HEDGED_ADMISSION for t in inside):
            added.append(Hit(max(inside) + 1 if inside else k, j + 1, (FAILURE_OWNED,)))
    return _merged(stance, added)


# The speaker's side withdrawing or closing its own undertaking, in the progressive or the
# perfect: "we're pulling the parking fee proposal", "We're closing forty stores", "we're
# winding down the company", "we've shelved the plan". Not the future, which in speeches
# is mostly a pledge to end another's ("we will close the loopholes").
_WITHDRAWING = frozenset(
    (
        "pulling withdrawing scrapping shelving dropping abandoning shutting closing "
        "winding cancelling canceling axing suspending pausing halting reversing "
        "mothballing discontinuing pulled withdrawn scrapped shelved abandoned shut "
        "closed cancelled canceled axed suspended paused halted reversed discontinued "
        "mothballed"
    ).split()
)
WITHDRAWAL = Entry(
    "we're withdrawing our ...", ("we", "'re", "...", "our"), "concession", 1.0, "concession"
)
"""A withdrawal or closure of the speaker's own (a concession)."""
_WITHDRAWING_AUX = {
    "progressive": frozenset({"'m", "am", "'re", "are"}),
    "perfect": frozenset({"'ve", "have", "has"}),
    "future": frozenset({"'ll", "will"}),
}
# 1.16.0: the future of the plain verbs of dropping one's own measure is a give-way, not
# a pledge ("we'll drop the parking fee", "I'll withdraw the motion"); "scrap", "close"
# and "cut" stay out: "we'll scrap the bedroom tax" ends another's.
_DROPPING = frozenset("drop withdraw shelve rescind".split())
_FUTURE_AUX = frozenset({"'ll", "will"})
_WITHDRAWING_ADVERBS = frozenset("now also just reluctantly temporarily therefore".split())
_PARTICLES = frozenset("down back off out".split())
_OWN_OBJECTS = frozenset("our my the".split())
# What a side withdraws or closes of its own: the object must name one within three words
# ("we're pulling the parking fee proposal", "We're closing forty stores", "I'm withdrawing
# my nomination"); not "we've closed 40 deals", "we've halted the spread of the virus",
# "I'm closing my laptop", "we're pulling our weight".
_UNDERTAKINGS = frozenset(
    (
        "plan plans proposal proposals bill bills project projects programme programmes "
        "program programs policy policies campaign campaigns bid bids offer offers merger "
        "plant plants factory factories store stores office offices shop shops branch "
        "branches operation operations service services route routes site sites mine mines "
        "line lines nomination candidacy amendment amendments motion motions lawsuit suit "
        "case claim claims appeal objection objections demand demands request application "
        "product products model models launch strike ads ad advert adverts rule rules "
        "scheme schemes initiative initiatives reform reforms tax taxes fee fees tariff "
        "tariffs law laws legislation order orders restaurants locations outlets clinics "
        "schools hospitals stations"
        # 1.16.0: charges, levies and counts dropped ("we'll drop the second count")
        " charge charges count counts levy levies surcharge fine fines penalty penalties"
    ).split()
)
_NUMBER_WORDS = frozenset(
    (
        "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
        "forty fifty sixty seventy eighty ninety hundred hundreds dozens several some"
    ).split()
)
# "closing the gap", "closing in on", "pulling the trigger", "closing the deal"
_NOT_WITHDRAWN = frozenset(
    (
        "gap gaps loophole loopholes border borders deal trigger door ranks distance "
        "lid curtain stops plug"
    ).split()
)


def _withdrawal_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WITHDRAWAL`` hit for each "I / we + am / are (-ing) or
    have (participle) + verb of withdrawing or closing + own object", and for each "I /
    we + 'll / will + drop / withdraw / shelve / rescind + own measure" (1.16.0)."""
    # a bare future ("we'll") yields to the give-way it announces
    bare = {
        h.first: h for h in stance if h.last - h.first == 2 and norms[h.first + 1] in _FUTURE_AUX
    }
    taken = _covered([h for h in stance if h.first not in bare])
    added, dropped = [], []
    for j, norm in enumerate(norms):
        if (norm not in _WITHDRAWING and norm not in _DROPPING) or j in taken:
            continue
        tense = (
            "future" if norm in _DROPPING else "progressive" if norm.endswith("ing") else "perfect"
        )
        k = j - 1
        while k >= 0 and norms[k] in _WITHDRAWING_ADVERBS:
            k -= 1
        if k < 1 or norms[k] not in _WITHDRAWING_AUX[tense] or norms[k - 1] not in ("i", "we"):
            continue
        if not _opens_clause(norms, k - 1) or any(t in taken for t in range(k - 1, j)):
            continue
        if (k - 1 in bare) != (tense == "future"):
            continue
        o = j + 1
        if o < len(norms) and norms[o] in _PARTICLES:
            o += 1
        if o >= len(norms):
            continue
        obj = norms[o]
        if not (obj in _OWN_OBJECTS or obj in _NUMBER_WORDS or obj[:1].isdigit()):
            continue
        if not _UNDERTAKINGS.intersection(norms[o + 1 : o + 4]):
            continue
        added.append(Hit(k - 1, j + 1, (WITHDRAWAL,)))
        if k - 1 in bare:
            dropped.append(bare[k - 1])
    return _merged([h for h in stance if h not in dropped], added)


# Doing it anyway: a clause of the speaker's own that ends in "anyway" after another
# clause ("The critics hated the last one; I'm making the sequel anyway", "Everyone told
# me the idea was stupid, and I kept building it anyway"): defiance, and resolve when
# the clause is a commitment (a future or a progressive after I or we). The clause before
# must be another's (the opposition defied), not the speaker's own ("We knew the valve
# was faulty, and we shipped it anyway" is an admission).
_ANYWAY = "anyway"
ANYWAY = Entry("i ... anyway", ("i", "...", "anyway"), "defiance", 1.0, "defiance")
ANYWAY_COMMITTED = Entry("i 'm ... anyway", ("i", "'m", "...", "anyway"), "resolve", 1.0, "resolve")
_ANYWAY_REACH = 9
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "and", "but", "so"})
# The clause before must oppose, warn or doubt: "The critics hated it", "Everyone told
# me...", "They said we were finished".
_OPPOSING = frozenset(
    (
        "told tell tells telling warned warn warns warning said say says saying urged urge "
        "hated hate hates criticized criticised criticize laughed laugh doubted doubt "
        "doubts predicted predict objected object opposed oppose threatened threaten "
        "mocked mock begged beg insisted advised asked dismissed ridiculed scoffed refused "
        "banned forbade forbid against no nobody not n't never wrote written claimed "
        "claim bet betting expected expect wanted want tried try"
    ).split()
)
# "I'd have done it anyway", "we could do that anyway", "I know that anyway"
_NOT_DEFYING = frozenset(
    "would 'd could should might may can ca must know knew think guess mean suppose".split()
)


def _anyway_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ANYWAY`` hit (and ``ANYWAY_COMMITTED`` for a commitment)
    for each clause of I or we that ends in "anyway" after another clause."""
    taken = _covered(stance)
    added = []
    for j, norm in enumerate(norms):
        if (
            norm != _ANYWAY
            or j in taken
            or (j + 1 < len(norms) and norms[j + 1] not in _SENTENCE_MARKS)
        ):
            continue
        k = j - 1
        while k >= 0 and j - k <= _ANYWAY_REACH and norms[k] not in _CLAUSE_BREAKS:
            k -= 1
        s = k + 1
        if k < 0 or norms[k] not in _CLAUSE_BREAKS or s >= j or norms[s] not in ("i", "we"):
            continue  # no clause before it, a clause too long to read, or another's subject
        body = norms[s + 1 : j]
        if not body or any(w in _NOT_DEFYING for w in body) or any(t in taken for t in range(s, j)):
            continue
        p = k
        while p >= 0 and norms[p] in _CLAUSE_BREAKS:
            p -= 1
        while p >= 0 and norms[p] not in _CLAUSE_BREAKS:
            p -= 1
        if p + 1 < k and norms[p + 1] in ("i", "we"):
            continue  # "We knew the valve was faulty, and we shipped it anyway": no one opposed
        if not _OPPOSING.intersection(norms[p + 1 : k]):
            continue  # "The referee was fair, and we lost anyway": nothing defied
        entries = (ANYWAY,)
        if body[0] in FUTURE or body[0] in PROGRESSIVE:
            entries = (ANYWAY, ANYWAY_COMMITTED)
        added.append(Hit(s, j + 1, entries))
    return _merged(stance, added)


_RULE_KEYS += tuple((w,) for w in sorted(_FAILING | _WITHDRAWING | _DROPPING | {_ANYWAY}))


# A coercion refused by the speaker's side in the passive, with the particle that says
# where it would drive us: "we will not be starved back to work", "we won't be bullied
# into it", "I will not be pushed around", "we shall not be driven out". The negated
# passive counts as a negated concession: defiance, and resolve through the future.
_NEGATED_BE = (("not", "be"), ("n't", "be"), ("never", "be"))
PUSHED = Entry("be ...ed back", ("be", "...ed", "back"), "concession", 1.0, "concession")
"""Being driven somewhere against one's will, in the passive (negated: a refusal)."""
_DRIVING_PARTICLES = frozenset("back out into off down away around aside under".split())
# Participles of coercion: "we won't be bullied into it", "we will not be driven out";
# not "we won't be called back for a second interview", "we will not be let down".
_COERCED = frozenset(
    (
        "pushed forced bullied starved pressured pressed dragged scared frightened "
        "intimidated blackmailed shoved knocked hounded harried chased herded bossed "
        "browbeaten cowed coerced railroaded steamrolled strongarmed strong-armed muscled "
        "squeezed stampeded rushed shamed guilted badgered bulldozed talked smoked hustled "
        "cornered backed boxed kicked thrown shouted drowned silenced driven beaten shaken "
        "bought sold held kept put run shut"
    ).split()
)


def _pushed_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PUSHED`` hit for each "I / we + future + not + be +
    participle + particle" that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i in range(2, len(norms) - 3):
        if (norms[i], norms[i + 1]) not in _NEGATED_BE or norms[i - 1] not in FUTURE:
            continue
        if norms[i - 2] not in ("i", "we"):
            continue
        verb, particle = norms[i + 2], norms[i + 3]
        if particle not in _DRIVING_PARTICLES or verb not in _COERCED:
            continue
        if any(t in taken for t in range(i + 1, i + 4)):
            continue
        added.append(Hit(i + 1, i + 4, (PUSHED,)))
    return _merged(stance, added)


_RULE_KEYS += _NEGATED_BE
_BEFORE_BE = frozenset(k[0] for k in _NEGATED_BE)


# 1.7.0: an adverb inside a first-person entry. Spoken and written alike put an adverb
# after the subject or its auxiliary ("I really couldn't tell you", "I honestly don't
# know", "we just can't accept that", "I'm truly sorry for", "I totally messed up"): the
# entry is looked for again, from its subject, without the adverb.
_INSERTED = frozenset(
    "really honestly just genuinely truly frankly simply actually totally completely "
    "seriously".split()
)
_INSERT_HOSTS = frozenset(
    "'m am 're are 'll will wo 've have had did do does was were can ca could would".split()
)
_INSERT_WINDOW = 9


def _inserted_hits(
    main: Layers,
    starts: frozenset[tuple[str, ...]],
    norms: Sequence[str],
    stance: list[Hit],
    at: Sequence[int],
) -> list[Hit]:
    """The stance hits with the hits an inserted adverb split: each entry that starts at
    *I* or *we* (or its auxiliary) and runs two words or more past the adverb, matched
    without it. ``starts`` holds the first three words of the entries of three words or
    more that start with *I* or *we*, so that the window is matched only where one may
    start; ``at`` holds the adverbs' positions."""
    added: list[Hit] = []
    for k in at:
        if k == 0:
            continue
        start = k - 1
        if norms[start] in _INSERT_HOSTS and start and norms[start - 1] in ("i", "we"):
            start -= 1
        elif norms[start] not in ("i", "we"):
            continue
        before = k - start
        if tuple(norms[start:k]) + tuple(norms[k + 1 : k + 4 - before]) not in starts:
            continue
        window = [*norms[start:k], *norms[k + 1 : k + _INSERT_WINDOW]]
        for hit in main.find_marked(window)[0][0]:
            if hit.first != 0 or hit.last < before + 2:
                continue  # two words at least after the adverb: not "I just feel it"
            if any(e.category == _GAP_KEY for e in hit.entries):
                continue
            new = Hit(start, start + hit.last + 1, hit.entries)
            if all(
                h.last <= new.first
                or h.first >= new.last
                or (h.first >= new.first and h.last <= new.last)
                for h in stance
            ):
                added.append(new)
            break
    if not added:
        return stance
    inside = {h for h in stance for a in added if h.first >= a.first and h.last <= a.last}
    return sorted([h for h in stance if h not in inside] + added, key=lambda h: h.first)


_RULE_KEYS += tuple((w,) for w in sorted(_INSERTED))


# 1.8.0: a flat contradiction, the commonest rebuttal in debates and hearings: "that's
# flatly false", "That figure is simply wrong", "It is a fiction", "those numbers are
# just not accurate". A demonstrative, *it* or a noun of saying or counting (claim,
# figure, story...) is the subject; a copula, up to three adverbs or an article, then the
# verdict. Not "it's wrong to...", "what's wrong with", nor "I was wrong" (the speaker's
# own admission: no such subject).
_VERDICTS = frozenset(
    "false wrong untrue inaccurate incorrect nonsense fiction myth fantasy bogus fabricated "
    "malarkey hogwash baloney rubbish garbage lie lies distortion fabrication".split()
    # 1.11.0: more verdicts of a rebuttal ("that's a smear", "a mischaracterization")
    + "smear slander libel falsehood falsehoods untruth untruths mischaracterization "
    "misrepresentation fake preposterous laughable crock poppycock claptrap drivel hooey "
    "horsefeathers bullshit".split()
)
CONTRADICTION = Entry(
    "that's simply false", ("that", "'s", "...", "false"), "defiance", 1.0, "defiance"
)
_VERDICT_COPULAS = frozenset("'s is was are 're were".split())
_VERDICT_FILLERS = frozenset(
    "just simply flatly plainly patently completely totally absolutely utterly entirely "
    "demonstrably factually categorically frankly also really obviously clearly flat dead "
    "outright flat-out a an complete total pure utter just a big another".split()
    # 1.11.0: the intensifiers of a lie ("a bald-faced lie", "a gross distortion")
    + "bald-faced bold-faced barefaced blatant gross deliberate shameless downright "
    "malicious cheap buncha".split()
)
_VERDICT_SUBJECTS = frozenset("that this it those these".split())
_VERDICT_OPENERS = frozenset(
    ", ; : - -- \u2014 and but so well now look no yes again because frankly honestly".split()
)
_VERDICT_ADVERBS = _VERDICT_FILLERS - {"a", "an", "another", "big", "also", "really"}
_VERDICT_NOUNS = frozenset(
    "claim claims figure figures number numbers story report statement statements charge "
    "charges allegation allegations premise idea characterization assertion suggestion "
    "notion accusation accusations ad ads quote math rumor rumors rumour rumours "
    "narrative account version headline headlines reporting".split()
)
_VERDICT_AFTER = frozenset("to with for about of".split())


def _contradiction_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CONTRADICTION`` hit for each flat contradiction that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for v, word in enumerate(norms):
        if word not in _VERDICTS or v in taken:
            continue
        if v + 1 < len(norms) and norms[v + 1] in _VERDICT_AFTER:
            continue  # "it's wrong to", "what's wrong with"
        c = v - 1
        while c >= 0 and v - c <= 3 and norms[c] in _VERDICT_FILLERS:
            c -= 1
        if c < 1 or norms[c] not in _VERDICT_COPULAS:
            continue
        start = c - 1
        if norms[start] in _VERDICT_SUBJECTS:
            if start and norms[start - 1] not in _VERDICT_OPENERS:
                continue  # "things that are wrong", "I saw that it was wrong"
        elif norms[start] not in _VERDICT_NOUNS:
            continue
        if word == "wrong" and not _VERDICT_ADVERBS.intersection(norms[c + 1 : v]):
            continue  # "it was wrong": a moral judgement as often as a rebuttal
        # 1.11.0: an adverb that is a hit of its own ("categorically") is taken in
        inside = {i for i in range(c + 1, v) if norms[i] in _VERDICT_ADVERBS}
        if not taken.isdisjoint(set(range(start, v + 1)) - inside):
            continue
        added.append(Hit(start, v + 1, (CONTRADICTION,)))
    return _merged(stance, added) if added else stance


_RULE_KEYS += tuple((w,) for w in sorted(_VERDICTS))


# 1.8.0: a wrong choice owned: *I* or *we* opening the clause, up to two adverbs, a past
# verb and "the / a wrong" ("we built the wrong product", "I called the wrong play", "I
# made the wrong call", "we picked the wrong fight" is an entry of its own).
WRONG_CHOICE = Entry(
    "i/we ...ed the wrong", ("i", "...", "the", "wrong"), "concession", 1.0, "concession"
)
_CHOOSING = frozenset(
    "made built picked chose called took hired backed bet read ran went sent bought signed "
    "pushed played started drew set did".split()
)


def _wrong_choice_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WRONG_CHOICE`` hit for each owned wrong choice that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for w, norm in enumerate(norms):
        if norm != "wrong" or w < 3 or w in taken or norms[w - 1] not in ("the", "a"):
            continue
        verb = w - 2
        if norms[verb] not in _CHOOSING and not (
            norms[verb].endswith("ed") and len(norms[verb]) > 4
        ):
            continue
        k = _owner(norms, verb, _FAILING_ADVERBS, ("i", "we"), 3)
        if k is not None and taken.isdisjoint(range(k, w + 1)):
            added.append(Hit(k, w + 1, (WRONG_CHOICE,)))
    return _merged(stance, added)


# 1.8.0: litotes, an admission by refusing to claim all is well: "I'm not gonna stand
# here and tell you everything's fine", "I won't pretend that things went perfectly",
# "I can't tell you it all went smoothly". The negator, within six words, a verb of
# claiming (*tell, say, pretend, claim*), then *everything* or *things* and, within
# five words of the same clause, a word of all being well. The negation is the
# admission's own: the hit holds it, and a yielding frame before the verb ("stand here
# and") is taken in.
LITOTES = Entry(
    "not tell you everything is fine",
    ("not", "tell", "...", "fine"),
    "concession",
    1.0,
    "concession",
)
_ALL_WELL = frozenset(
    "fine perfect perfectly great okay ok rosy smoothly wonderful wonderfully hunky-dory "
    "flawless flawlessly right".split()  # 1.11.0: "...pretend we got everything right"
)
_CLAIMING = frozenset("tell say pretend claim".split())
_ALL_OF_IT = frozenset("everything things".split())
_GOING_WELL = frozenset("went gone go goes going ran run runs worked works was were is are".split())


def _litotes_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LITOTES`` hit for each refusal to claim all is well."""
    added, dropped = [], []
    taken = {i: h for h in stance for i in range(h.first, h.last)}
    for a, norm in enumerate(norms):
        if (norm not in _ALL_WELL and norm != "well") or a in taken:
            continue
        e = next(
            (i for i in range(a - 1, max(-1, a - 6), -1) if norms[i] in _ALL_OF_IT),
            None,
        )
        if (e is None or norm == "well") and a and norms[a - 1] in _GOING_WELL:
            # 1.11.0: "tell you the pension rollout went smoothly", "say it went well"
            e = next(
                (
                    i
                    for i in range(a - 2, max(-1, a - 8), -1)
                    if norms[i - 1 : i]
                    and (norms[i - 1] in _CLAIMING or norms[i - 1] in ("you", "that"))
                ),
                None,
            )
        elif norm == "well":
            continue
        if e is None or any(norms[i] in SCOPE_BREAKS for i in range(e, a)):
            continue
        v = next((i for i in range(e - 1, max(-1, e - 4), -1) if norms[i] in _CLAIMING), None)
        if v is None:
            continue
        start = v
        frame = taken.get(v - 1)
        if frame is not None and all(e.category == YIELDING for e in frame.entries):
            start = frame.first  # "stand here and"
        n = next(
            (i for i in range(start - 1, max(-1, start - 7), -1) if norms[i] in NEGATOR_WORDS),
            None,
        )
        if n is None or any(norms[i] in SCOPE_BREAKS for i in range(n, start)):
            continue
        inner = [h for h in stance if h.first >= start and h.last <= a + 1]
        if len(inner) != len({h for i in range(start, a + 1) if (h := taken.get(i))}):
            continue  # a hit running past the span
        dropped.extend(inner)
        added.append(Hit(start, a + 1, (LITOTES,)))
    if not added:
        return stance
    return sorted([h for h in stance if h not in dropped] + added, key=lambda h: h.first)


_LITOTES_KEYS = _ALL_OF_IT | frozenset("smoothly perfectly flawlessly well perfect".split())
_RULE_KEYS += tuple((w,) for w in sorted(_LITOTES_KEYS))


# 1.8.0: a prohibition to the other side: "you will not bulldoze our homes", "you won't
# silence us", "You shall not take our land": *you*, a future and its negator, then within
# four words an object of the speaker's side (*us, our, me, my*). Defiance, and resolve:
# the speaker commits to stopping it. Not perception or need ("you won't believe our
# prices", "you won't need your ticket").
PROHIBITION = Entry(
    "you will not ... our", ("you", "will", "not", "...", "our"), "defiance", 1.0, "defiance"
)
PROHIBITION_RESOLVE = replace(PROHIBITION, category="resolve", lexicon="resolve")
_OURS = frozenset("us our me my".split())
_NOT_PROHIBITED = frozenset(
    "believe regret find see hear like need get know be have want mind forget recognize "
    "recognise notice miss lose".split()
    # 1.11.0: a promise to the audience of what it will not bear ("You will not pay more
    # under my plan", "you won't wait longer for our buses"): no prohibition
    + "pay owe spend suffer wait face receive".split()
)
# 1.11.0: "...under my plan", "with our bill": the speaker's proposal, not the object
_PROPOSAL_PREPOSITIONS = frozenset("under with in through".split())
_PROPOSALS = frozenset("plan plans proposal bill budget program programme scheme policy".split())


def _prohibited_verb(norms: Sequence[str], y: int) -> int | None:
    """The verb after "you will not" / "you won't" / "you shall not", or (1.9.0) after
    "you're not going to" / "you're not gonna" ("You're not gonna convince me": the
    future of *be going to* prohibits as *will* does), at token ``y`` ("you")."""
    after = tuple(norms[y + 1 : y + 5])
    if after[:1] in (("will",), ("wo",), ("shall",)) and after[1:2] in (("not",), ("n't",)):
        return y + 3
    if after[:1] in (("'re",), ("are",)) and after[1:2] == ("not",):
        if after[2:3] == ("gonna",):
            return y + 4
        if after[2:4] == ("going", "to"):
            return y + 5
    return None


def _prohibition_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a prohibition hit for each "you will not ... our"."""
    taken = _covered(stance)
    added = []
    for y, norm in enumerate(norms):
        if norm != "you" or y + 3 >= len(norms):
            continue
        verb = _prohibited_verb(norms, y)
        if verb is None or verb >= len(norms):
            continue
        if not _opens_clause(norms, y):
            continue  # "I hope you won't take my five seconds away"
        if norms[verb] in _NOT_PROHIBITED or norms[verb] in ("ever", "be"):
            continue
        end = next(
            (i for i in range(verb + 1, min(len(norms), verb + 5)) if norms[i] in _OURS),
            None,
        )
        if end is None or any(norms[i] in SCOPE_BREAKS for i in range(verb, end)):
            continue
        if (
            norms[end - 1] in _PROPOSAL_PREPOSITIONS
            and norms[end + 1 : end + 2] != []
            and (norms[end + 1] in _PROPOSALS)
        ):
            continue  # "You will not lose a dime under my plan"
        if not taken.isdisjoint(range(y, end + 1)):
            continue
        added.append(Hit(y, end + 1, (PROHIBITION, PROHIBITION_RESOLVE)))
    return _merged(stance, added)


_RULE_KEYS += (("you", "will", "not"), ("you", "wo", "n't"), ("you", "shall", "not"), ("wrong",))
_RULE_KEYS += (("you", "'re", "not"), ("you", "are", "not"))


# 1.10.0: a dare to the other side: a permission granted to an adversary and made light
# of ("You can sue me all you want", "They can put up all the fences they want; we'll be
# back tomorrow", "Let 'em draft whoever they want, I'm the starter", "The state can take
# us to court if it likes; the plant opens on Monday"): defiance. The permission is a
# *can* whose subject is not *I* or *we* (not negated), or a clause opening with *let*
# and another party; *all X want* makes light of it alone, *whoever / whatever / if X
# like(s)* only before a clause of the speaker's after it ("You can buy whatever you
# want" and "You can call me Bob if you like" are no dares).
DARE = Entry(
    "can ... all you want", ("can", "...", "all", "you", "want"), "defiance", 1.0, "defiance"
)
_DARE_OPENERS = frozenset({"all", "if", "whoever", "whatever"})
# What a dare permits: an attack or pressure on the speaker's side, or talk against it
# ("The auditors can dig all they like", "They can threaten all they want", "can take
# us to court if it likes"), or one the speaker answers with a commitment ("Let 'em
# draft whoever they want, I'm gonna stay the starter"); an offer permits anything else
# ("You can eat all you want", "ask me whatever you want, I'm an open book").
_DARE_VERBS = frozenset(
    (
        "say talk think threaten complain criticize criticise attack sue investigate dig "
        "probe audit subpoena yell scream shout protest whine bully spin lie bluster rant "
        "rage tweet bark smear push pressure demand try hate laugh mock insult accuse "
        "blame boo call insist argue claim howl moan grumble object picket march boycott "
        "fire impeach fine ban arrest block fight huff puff cry lecture smirk sneer court"
    ).split()
)
_DARE_PARTIES = frozenset("you they he she it 'em them".split())
_DARE_WANTS = frozenset("want wants like likes wish wishes please pleases".split())
_DARE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--"})
_DARE_OWN = frozenset("i we our my i 'm we 're".split())
_DARE_LEADS = frozenset({"and", "but", "so", "well", "still"})


def _dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DARE`` hit on each tail ("all you want", "if it likes")
    of a permission granted to another party."""
    taken = _covered(stance)
    added = []
    for t, norm in enumerate(norms):
        if (
            norm not in _DARE_OPENERS
            or t + 2 >= len(norms)
            or norms[t + 1] not in _DARE_PARTIES
            or norms[t + 2] not in _DARE_WANTS
            or not taken.isdisjoint(range(t, t + 3))
        ):
            continue
        s = t - 1
        while s >= 0 and norms[s] not in _DARE_BREAKS:
            s -= 1
        s += 1
        permitted = norms[s] == "let" and s + 1 < t and norms[s + 1] not in ("me", "us", "'s")
        for c in range(s + 1, t):
            if (
                norms[c] == "can"
                and norms[c - 1] not in ("i", "we")
                and norms[c + 1] not in NEGATOR_WORDS
            ):
                permitted = True
        if not permitted or "if" in norms[:s]:
            continue  # "if you've got a kid..., you can lecture him all you want": advice
        if _DARE_VERBS.isdisjoint(norms[s:t]) and not _committed_after(stance, t + 3):
            continue  # an offer: "You can eat all you want", "bring whoever you like"
        if norm != "all" and not _own_clause_after(norms, t + 3):
            continue
        added.append(Hit(t, t + 3, (DARE,)))
    return _merged(stance, added)


def _committed_after(stance: Sequence[Hit], at: int) -> bool:
    """Whether the speaker commits or resists after ``at`` ("Let 'em draft whoever they
    want, I'm gonna stay the starter")."""
    return any(
        h.first >= at and any(e.category in ("resolve", "defiance") for e in h.entries)
        for h in stance
    )


def _own_clause_after(norms: Sequence[str], at: int) -> bool:
    """Whether a clause follows at ``at``: any after a semicolon or a dash ("; the
    pipeline goes ahead"), one of *I* or *we* after a comma (", I'm the starter")."""
    if at >= len(norms) or norms[at] not in (",", ";", "\u2014", "--", ":"):
        return False
    i = at + 1
    while i < len(norms) and norms[i] in _DARE_LEADS:
        i += 1
    if i >= len(norms) or norms[i] in _SENTENCE_MARKS:
        return False
    return norms[at] != "," or norms[i] in _DARE_OWN


_RULE_KEYS += tuple(
    (o, p, w)
    for o in sorted(_DARE_OPENERS)
    for p in sorted(_DARE_PARTIES)
    for w in sorted(_DARE_WANTS)
)


# 1.10.0: the speaker's side will not let another dictate to it ("I'm not gonna let a
# bunch of consultants tell this city what it can do", "We won't let Brussels decide for
# us", "I will never let them push our farmers around"): a give-way refused, so defiance
# and, through its future, resolve (rule 7). Only after *I* or *we* and a future or
# progressive auxiliary: not the imperative "Don't let anyone tell you...", nor the
# duty "we can't let them get a bomb".
NOT_LETTING = Entry("let ... tell", ("let", "...", "tell"), YIELDING, 1.0, "concession")
_DICTATING = frozenset(
    (
        "tell tells dictate dictates push pushes bully bullies intimidate decide decides "
        "silence shut scare frighten force lecture boss order walk trample"
    ).split()
)
# Verbs that dictate only done to the speaker's side or with their particle: "push us
# around", "decide for us", "walk all over us", "shut us down"; not "let my daughter
# walk to school", "let the children order dessert".
_DICTATING_AT = frozenset("push pushes order walk decide decides force boss shut".split())
_AT_US = frozenset("us me our my around over for down".split())
_LETTING_GAP = frozenset({"going", "to", "gonna", "ever", "just", "simply", "ai"})
_LETTING_REACH = 9


def _not_letting_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``NOT_LETTING`` hit for each "I/we (will|'m) not ... let X
    tell ..."."""
    taken = _covered(stance)
    added = []
    for i, norm in enumerate(norms):
        if norm != "let" or i in taken:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and norms[j] in _LETTING_GAP:
            j -= 1
        if j < 2 or norms[j] not in ("not", "n't", "never"):
            continue
        aux = j - 1
        if norms[aux] not in FUTURE and norms[aux] not in PROGRESSIVE:
            continue
        if norms[aux - 1] not in ("i", "we"):
            continue
        for v in range(i + 2, min(len(norms), i + _LETTING_REACH)):
            if norms[v] in SCOPE_BREAKS or v in taken:
                break
            if norms[v] in _DICTATING and (
                norms[v] not in _DICTATING_AT or not _AT_US.isdisjoint(norms[v + 1 : v + 4])
            ):
                added.append(Hit(i, v + 1, (NOT_LETTING,)))
                break
    return _merged(stance, added)


_RULE_KEYS += (("let",),)


# 1.12.0: a plain refusal. *I* or *we* opening its clause, a negated progressive or future
# ("I'm not", "we ain't", "I won't", "we will not", "I'm not gonna") and any verb of
# conduct that ends its clause, alone or with a short object: "I'm not signing.", "We're
# not trading him.", "Nah, I ain't deleting the track.", "I will not go back.", "I won't
# do it, not under this pressure". The verb is read as a give-way refused (a yielding
# verb negated: defiance, and resolve through its auxiliary, rule 7). Not the verbs of
# saying, thinking, trying or declining to answer ("I'm not saying.", "I won't comment."),
# nor a clause that goes on (*to, for, about, again, anymore, enough*...: "we're not
# doing enough", "I won't do it again", "I'm not running for reelection").
PLAIN_REFUSAL = Entry("i 'm not ...ing", ("...ing",), YIELDING, 1.0, "concession")
PLAIN_REFUSAL_FUTURE = Entry("i wo n't + verb", ("+verb",), YIELDING, 1.0, "concession")
_PLAIN_SUBJECTS = frozenset({"i", "we"})
_PLAIN_PROGRESSIVE = frozenset({"'m", "am", "'re", "are", "ai"})
_PLAIN_FUTURE = frozenset({"will", "wo", "shall"})
_PLAIN_NEGATORS = frozenset({"not", "n't"})
# Verbs whose negation refuses nothing: saying, thinking, perceiving, trying, states,
# declining to answer (rule 4's declined answers), and plain events.
_NOT_PLAIN = frozenset(
    (
        "say saying said tell telling suggest suggesting talk talking ask asking claim "
        "claiming think thinking know knowing believe believing see seeing look looking "
        "hear hearing feel feeling try trying hope hoping expect expecting wonder "
        "wondering worry worrying get getting have having be being need needing want "
        "wanting mean meaning kid kidding joke joking lie lying pretend pretending "
        "comment commenting speculate speculating answer answering discuss discussing "
        "elaborate elaborating confirm confirming deny denying guess guessing going "
        "come coming happen happening bore boring keep hold take taking waste wasting "
        "forget forgetting remember remembering complain complaining blame blaming "
        "criticize criticizing run running work working play playing win winning lose "
        "losing make making matter mattering sugarcoat sugarcoating let letting call "
        "calling argue arguing read reading respond responding repeat repeating name "
        "naming judge judging rule ruling buy buying mention mentioning begin beginning "
        "start starting sure thing nothing something "
        # resistance negated gives way ("I won't fight it"); patience is no refusal
        "fight fighting resist resisting oppose opposing contest contesting challenge "
        "challenging appeal appealing block blocking protest protesting rush rushing "
        "panic panicking overreact overreacting hurry hurrying "
        "anything everything morning evening interesting willing"
    ).split()
)
# Words that go on with the clause after the verb: a purpose, a topic, a manner, a time
# limit or a repetition ("we're not doing enough", "I won't do it again").
_PLAIN_GOES_ON = frozenset(
    (
        "to for about on with of in at from by into onto until unless if because when "
        "that enough well good great much so very too as like more again anymore yet "
        "right fast quickly soon twice either alone without than any here there today "
        "tonight tomorrow now"
    ).split()
)
# Adverbs and other words that may stand where the verb would: "I'm not going to now"
_PLAIN_NOT_VERBS = (
    _PLAIN_GOES_ON
    | NEGATOR_WORDS
    | frozenset(
        "now ever either really just even actually simply still be nowhere anywhere".split()
    )
)
_PLAIN_ENDS = frozenset({".", "!", ",", ";", "\u2014", "--", "\u2013"})
_SENTENCE_END = frozenset({".", "!"})
# After a comma or a dash the refusal may only be restated ("I won't do it, not under this
# pressure", "We're not leaving, period").
_PLAIN_AFTER = frozenset("not never no ever period full end".split()) | {".", "!"}
_PLAIN_PARTICLES = frozenset("down back off out up away over around".split())
# 1.13.0: a refusal to anyone at all ("I ain't moving for no landfill", "we're not
# backing off for anybody"): *for* and a negative or free-choice word end no refusal.
_FOR_NOBODY = frozenset("no nobody nothing anybody anyone anything".split())
_FOR_REACH = 4
# The object of a refusal names what was asked: a pronoun ("We're not trading him.", "I
# won't do it") or, after a progressive, a definite or emphatic phrase of one or two words
# ("I'm not closing the library branch.", "I'm not cutting a single track."). A plain or
# indefinite object reads as a pledge or a policy as often ("I will not cut benefits",
# "I'm not going to raise taxes", "We won't threaten anybody": the debates), so is left.
_PLAIN_PRONOUNS = frozenset("it that this him her them 'em those these".split())
_PLAIN_DETERMINERS = frozenset("the my our this that these those".split())


def _plain_object_end(norms: Sequence[str], e: int, progressive: bool) -> int | None:
    """Where the object of a plain refusal's verb at ``e`` ends, or None when the clause
    goes on or the object is not one a refusal takes."""
    n = len(norms)
    if e >= n or norms[e] in _PLAIN_ENDS:
        return e
    if norms[e] in _PLAIN_PRONOUNS and (e + 1 == n or norms[e + 1] in _PLAIN_ENDS):
        return e + 1  # "We're not trading him."
    if not progressive:
        return None
    if norms[e] in _PLAIN_DETERMINERS:
        k = e + 1
    elif norms[e : e + 2] == ["a", "single"]:
        k = e + 2
    else:
        return None
    for end in (k + 1, k + 2):
        words = norms[k:end]
        if (
            end <= n
            and all(w.isalpha() and w not in _PLAIN_GOES_ON for w in words)
            and (end == n or norms[end] in _PLAIN_ENDS)
        ):
            return end
    return None


def _plain_refusal_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PLAIN_REFUSAL`` hit on the verb of each "I / we + negated
    progressive or future + verb (+ short object)" that ends its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for s in range(n - 3):
        if norms[s] not in _PLAIN_SUBJECTS or norms[s + 2] not in _PLAIN_NEGATORS:
            continue
        aux = norms[s + 1]
        if aux in _PLAIN_PROGRESSIVE:
            v = s + 3
            if norms[v] == "gonna" or norms[v : v + 2] == ["going", "to"]:
                v += 1 + (norms[v] == "going")
                ing = False
            else:
                ing = True
        elif aux in _PLAIN_FUTURE:
            v, ing = s + 3, False
        else:
            continue
        if v >= n or v in taken or not _opens_clause(norms, s):
            continue
        verb = norms[v]
        if verb == "going" and norms[v + 1 : v + 2] == ["nowhere"]:
            e = v + 2  # "I ain't going nowhere."
        elif (
            not verb.isalpha()
            or verb in _NOT_PLAIN
            or verb in _PLAIN_NOT_VERBS
            or ing != (verb.endswith("ing") and len(verb) > 4)
        ):
            continue
        else:
            e = v + 1
            if e < n and norms[e] in _PLAIN_PARTICLES:
                e += 1
        if norms[e : e + 1] == ["for"] and norms[e + 1 : e + 2] and norms[e + 1] in _FOR_NOBODY:
            end = next((t for t in range(e + 2, n) if norms[t] in _PLAIN_ENDS), n)
            end = end if end - e <= _FOR_REACH else None
        else:
            end = _plain_object_end(norms, e, ing)
        if end is None or (end < n and norms[end] not in _PLAIN_ENDS):
            continue
        if end + 1 < n and norms[end] not in _SENTENCE_END and norms[end + 1] not in _PLAIN_AFTER:
            continue  # "I am not going to exploit, for political purposes, ...": it goes on
        if any(t in taken for t in range(v, end)):
            continue
        added.append(Hit(v, v + 1, (PLAIN_REFUSAL if ing else PLAIN_REFUSAL_FUTURE,)))
    return _merged(stance, added)


# 1.12.0: the same again. *I* or *we* opening the clause, *'d* or *would*, a verb and up
# to five words of its own, then *again* closing the clause ("I'd write that check again
# tomorrow", "I'd vote for it again", "I'd say no again"): standing by a past act, as
# the entries `i 'd do it again` and `i 'd make the same call again` do (defiance). Not
# a wish or a need ("I'd like to fly again", "I'd have to look at the numbers again"), a
# negation ("I'd never work here again"), nor a subordinate clause ("whether I'd vote
# for it again").
SAME_AGAIN = Entry("i 'd ... again", ("i", "'d", "...", "again"), "defiance", 1.0, "defiance")
_WOULD = frozenset({"'d", "would"})
_NOT_AGAIN = frozenset(
    "like love want hate need have be rather prefer hope try wish never not n't ever be "
    "probably maybe".split()
)
_AGAIN_AFTER = frozenset({"tomorrow", "today", "tonight", "now", "and"}) | _PLAIN_ENDS
_AGAIN_REACH = 7


def _same_again_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SAME_AGAIN`` hit for each "I / we + 'd / would + verb ...
    again" that closes its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for s in range(n - 3):
        if norms[s] not in _PLAIN_SUBJECTS or norms[s + 1] not in _WOULD:
            continue
        if norms[s + 2] in _NOT_AGAIN or not norms[s + 2].isalpha():
            continue
        if not _opens_clause(norms, s):
            continue
        for j in range(s + 3, min(n, s + 3 + _AGAIN_REACH)):
            w = norms[j]
            if w == "again":
                if j + 1 < n and norms[j + 1] not in _AGAIN_AFTER:
                    break
                if not any(t in taken for t in range(s, j + 1)):
                    added.append(Hit(s, j + 1, (SAME_AGAIN,)))
                break
            if w in _CLAUSE_BREAKS or w in NEGATOR_WORDS or w in _NOT_AGAIN:
                break
    return _merged(stance, added)


_RULE_KEYS += (("i", "'d"), ("we", "'d"), ("i", "would"), ("we", "would"))


# (subject, auxiliary) only: a key holding the negator would hide the keys that start
# with it ("not be": ``_pushed_hits``).
_RULE_KEYS += tuple(
    (s, a)
    for s, auxes in (("i", ("'m", "am", "ai")), ("we", ("'re", "are", "ai")))
    for a in (*auxes, "will", "wo", "shall")
)


# 1.13.0: spoken hedges, failures of timing and extent, candour frames. Rules over
# constructions, each keyed on a word few sentences hold.
#
# *kind of* and *sort of* as spoken hedges ("I kind of agree", "we kind of lost our legs",
# "it's sort of easing", "Kind of, yeah."): after a subject pronoun, a copula or an
# auxiliary, an adverb of degree, a filler or a clause boundary. Not the noun ("what kind
# of question", "this kind of weapon", "the very kind of people", "some kind of expert",
# "an Istanbul 2005 kind of comeback"), which a determiner, an adjective or a name precedes.
SPOKEN_HEDGE = Entry("kind of", ("kind", "of"), "hedging", 1.0, "hedging")
_HEDGE_NOUNS = frozenset({"kind", "sort"})
_HEDGE_BEFORE = frozenset(
    (
        "i we you he she it they 's 're 'm is are am was were be been being 've have has had "
        "just really also still only , ; : \u2014 -- - uh um er and but so like "
        "'d 'll would will did do does ..."
    ).split()
)
# (nor the adjective: "It is kind of you to come", "That was kind of them")
_HEDGE_NOT_AFTER = frozenset(
    "thing things stuff person people guy man you him her them us me".split()
)


def _spoken_hedge_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SPOKEN_HEDGE`` hit for each *kind of* / *sort of* used as
    a hedge (a degree adverb), not as a noun, that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(n - 1):
        if norms[i] not in _HEDGE_NOUNS or norms[i + 1] != "of" or i in taken or i + 1 in taken:
            continue
        if i > 0 and norms[i - 1] not in _HEDGE_BEFORE:
            continue
        if i + 2 < n and norms[i + 2] in _HEDGE_NOT_AFTER:
            continue
        added.append(Hit(i, i + 2, (SPOKEN_HEDGE,)))
    return _merged(stance, added)


_RULE_KEYS += (("kind", "of"), ("sort", "of"))


# 1.13.0: a failure of timing or extent owned: *I* or *we* opening the clause, a past
# verb, and *too late / too slowly / too slow / too soon* or a negated *quickly / fast /
# soon / hard / well enough* ("We locked down too late", "we did not act on it quickly
# enough", "I moved too slowly"): an admission, like `acted too late`. Not a warning or
# a future ("we will be too late", "if we wait we'll be too late"), a question, nor
# another's ("they moved too late").
LATE_OWNED = Entry("we acted too late", ("we", "...", "late"), "concession", 1.0, "concession")
_TOO = frozenset({"late", "slowly", "slow", "soon", "long", "little"})
_ENOUGH_BEFORE = frozenset({"quickly", "fast", "soon", "hard", "well", "early", "seriously"})
_LATE_NOT = frozenset(
    (
        "will 'll would 'd could can ca may might must shall going gonna if when unless "
        "whether that who which because before until never not n't to is are 's 're am 'm"
    ).split()
)
_IRREGULAR_PAST = frozenset(
    (
        "was were did had got went came moved took made ran left let put set cut shut "
        "spent sent began brought thought saw knew"
    ).split()
)
_LATE_REACH = 9


def _late_owned_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LATE_OWNED`` hit for each "I / we + past verb ... too late"
    or "I / we + did not / didn't ... quickly enough" that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for j in range(1, n):
        w = norms[j]
        if w in _TOO and norms[j - 1] == "too":
            end, negated = j + 1, False
        elif w == "enough" and norms[j - 1] in _ENOUGH_BEFORE:
            end, negated = j + 1, True
        else:
            continue
        if end < n and norms[end] not in _CLAUSE_ENDS:
            continue  # "too late to", "too soon after": the clause goes on
        k = j - 2
        while k >= 0 and j - k <= _LATE_REACH and norms[k] not in ("i", "we"):
            if norms[k] in _CLAUSE_ENDS or norms[k] in _CLAUSE_OPENERS:
                k = -1
                break
            k -= 1
        if k < 0 or norms[k] not in ("i", "we") or not _opens_clause(norms, k):
            continue
        between = norms[k + 1 : j - 1]
        if negated:
            # "we did not act on it quickly enough", "we didn't move fast enough"
            if between[:2] not in (["did", "not"], ["did", "n't"]):
                continue
            rest = between[2:]
        else:
            verb = between[0] if between else ""
            if not (verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 3)):
                continue
            rest = between[1:]
        if any(t in _LATE_NOT for t in rest) or any(t in taken for t in range(k, end)):
            continue
        added.append(Hit(k, end, (LATE_OWNED,)))
    return _merged(stance, added)


_LATE_KEYS = _ENOUGH_BEFORE | {"too"}
_RULE_KEYS += tuple(("too", w) for w in sorted(_TOO)) + tuple(
    (w, "enough") for w in sorted(_ENOUGH_BEFORE)
)


# 1.13.0: a decision kept, announced in the plain present: "The bus lanes stay.", "The
# school stays open.", "No, it stays.", "and they stay" (the entries `the ban stays`, `the
# curfew stays`... spelled out one noun at a time). A subject phrase of up to four words
# after a determiner (or *it, they*) opening its clause, *stay(s)* (*open, put, in place*)
# and the end of the clause: resolve and defiance. Not a subordinate or reported clause
# ("if the sunset clause stays", "I don't know if he stays"), a question, or a clause that
# goes on ("they stay a week").
STAYS = Entry("the school stays open", ("stays",), "defiance", 1.0, "defiance")
STAYS_RESOLVE = replace(STAYS, category="resolve", lexicon="resolve")
_STAYING = frozenset({"stays", "stay"})
_STAY_AFTER = (("open",), ("put",), ("in", "place"), ("where", "it", "is"), ("as", "is"))
_STAY_DETERMINERS = frozenset("the our this that these those my".split())
_STAY_PRONOUNS = frozenset({"it", "they"})
_STAY_SUBJECT_WORDS = 4
_STAY_NOT_SUBJECT = frozenset(
    (
        "if whether when how who which that what where why will would can could should "
        "must may might to do does did is are was were be 's 're has have had not n't"
    ).split()
)


def _stays_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``STAYS`` hit for each "the X stays (open)." that closes
    its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for v in range(1, n):
        if norms[v] not in _STAYING or v in taken:
            continue
        e = v + 1
        for after in _STAY_AFTER:
            if tuple(norms[e : e + len(after)]) == after:
                e += len(after)
                break
        if e < n and norms[e] not in _PLAIN_ENDS:
            continue
        if norms[v - 1] in _STAY_PRONOUNS:
            s = v - 1
            if (norms[v] == "stays" and norms[s] == "they") or (
                norms[v] == "stay" and norms[s] == "it"
            ):
                continue
        else:
            s = next(
                (
                    k
                    for k in range(v - 2, max(-1, v - 2 - _STAY_SUBJECT_WORDS), -1)
                    if norms[k] in _STAY_DETERMINERS
                ),
                None,
            )
            if s is None or any(
                w in _STAY_NOT_SUBJECT or not w.replace("-", "").isalpha() for w in norms[s + 1 : v]
            ):
                continue
        if not _opens_clause(norms, s) and not (s > 0 and norms[s - 1] in ("no", ",")):
            continue
        if s > 1 and norms[s - 1] == "," and norms[s - 2] in _STAY_NOT_SUBJECT:
            continue
        if any(t in taken for t in range(s, e)):
            continue
        added.append(Hit(s, e, (STAYS, STAYS_RESOLVE)))
    return _merged(stance, added)


_RULE_KEYS += (("stays",), ("stay",))


# 1.13.0: what the speaker's side could have done better, owned: *I* or *we* opening the
# clause, *could have / could've*, a participle and a comparative of improvement closing
# the clause ("I guess we could've communicated that better", "we could have moved
# sooner", "I could have handled it differently"): an admission, like the entries `could
# have done better`. Not a question ("Could we have done more?", answered by
# ``_self_admission``), a condition ("if we could have moved sooner"), nor what another
# could have done ("they could have acted sooner").
COULD_BETTER = Entry(
    "we could have ...ed better",
    ("we", "could", "have", "...ed", "better"),
    "concession",
    1.0,
    "concession",
)
_COULD = frozenset({"could"})
_IMPROVING = frozenset("better sooner earlier differently faster quicker more".split())
_COULD_REACH = 6


def _could_better_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``COULD_BETTER`` hit for each "I / we could have +
    participle ... better" that closes its clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(1, n - 2):
        if norms[i] != "could" or norms[i + 1] not in ("have", "'ve"):
            continue
        v = i + 2
        verb = norms[v]
        if not (verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 3)):
            continue
        k = _owner(norms, i, _ADMITTING_ADVERBS, ("we", "i"), 3)
        if k is None:
            continue
        end = next(
            (j + 1 for j in range(v + 1, min(n, v + 1 + _COULD_REACH)) if norms[j] in _IMPROVING),
            None,
        )
        if end is None or any(w in _CLAUSE_ENDS for w in norms[v + 1 : end - 1]):
            continue
        if end < n and norms[end] not in _CLAUSE_ENDS:
            continue  # "could have done more to help": the clause goes on
        inside = [t for t in range(k, end) if t in taken]
        if any(t >= i for t in inside) or not all(norms[t] in _HEDGED_SHOULD for t in inside):
            continue
        added.append(Hit(i, end, (COULD_BETTER,)))
    return _merged(stance, added)


_RULE_KEYS += (("could", "have"), ("could", "'ve"))


# 1.14.0: what the speaker would do differently, given another chance: *I* or *we*
# opening the clause, *would / 'd*, optionally *have* and a participle, or a verb of
# acting, and *differently* closing the clause ("If I'd known then what I know now, I'd
# have voted differently", "I'd handle it differently today"): an admission, like
# ``COULD_BETTER``. Not negated ("I wouldn't have done anything differently" stands by
# it), not a view ("the court would see it differently"), not another's.
WOULD_DIFFERENTLY = Entry(
    "we would have ...ed differently",
    ("we", "would", "have", "...ed", "differently"),
    "concession",
    1.0,
    "concession",
)
_ACTING = frozenset(
    "do vote handle approach act play run manage treat spend word phrase say".split()
)
_NOT_DIFFERENTLY = frozenset("not n't never nothing anything".split())
_DIFFERENTLY_REACH = 6


def _would_differently_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WOULD_DIFFERENTLY`` hit for each "I / we would (have +
    participle | verb of acting) ... differently" that closes its clause."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for d in range(3, n):
        if norms[d] != "differently" or (d + 1 < n and norms[d + 1] not in _CLOSING_LATER):
            continue
        w = next(
            (j for j in range(d - 2, max(0, d - _DIFFERENTLY_REACH - 2), -1) if norms[j] in _WOULD),
            None,
        )
        if w is None or _owner(norms, w, _ADMITTING_ADVERBS, ("we", "i"), 3) is None:
            continue
        v = w + 1 + (norms[w + 1] in ("have", "'ve"))
        verb = norms[v]
        if v == w + 1 and verb not in _ACTING:
            continue
        if v > w + 1 and not (verb in _PARTICIPLES or (verb.endswith("ed") and len(verb) > 3)):
            continue
        between = norms[w + 1 : d]
        if not _NOT_DIFFERENTLY.isdisjoint(between) or not _CLAUSE_ENDS.isdisjoint(between):
            continue
        if any(t in taken for t in range(w, d + 1)):
            continue
        added.append(Hit(w, d + 1, (WOULD_DIFFERENTLY,)))
    return _merged(stance, added)


# the clause closes, or a time follows: "I'd vote differently today", "... next time"
_CLOSING_LATER = _CLAUSE_BREAKS | frozenset("today now next this in if".split())
_RULE_KEYS += (("differently",),)


# 1.14.0: a fight given up by the speaker's side: *I* or *we*, a negator, a verb of
# contesting, and *any further / anymore / any longer* ("We're not going to fight this
# ruling any further", "we won't contest it anymore"), or *no longer* before the verb
# ("We will no longer oppose the merger"): a give-way, not a refusal. The negated future
# ("we're not going to") is no commitment here, nor the negated verb a refusal: the hits
# inside go.
CEASED = Entry(
    "we will no longer fight", ("we", "no", "longer", "fight"), "concession", 1.0, "concession"
)
_CONTESTING = frozenset(
    (
        "fight fighting contest contesting appeal appealing challenge challenging oppose "
        "opposing resist resisting pursue pursuing dispute disputing block blocking "
        "litigate litigating"
    ).split()
)
_CEASE_AFTER = frozenset({"anymore", "further", "longer", "more"})
_CEASE_NEGATORS = frozenset({"not", "n't", "never"})
_CEASE_GAP = frozenset("'m am 're are will wo shall do does did going to gonna be is 's".split())
_CEASE_REACH = 6


def _ceased_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CEASED`` hit from the subject to the end of the first
    fight the speaker's side gives up, in place of the hits inside it."""
    n = len(norms)
    for v in range(2, n):
        if norms[v] not in _CONTESTING:
            continue
        j = v - 1
        while j >= 0 and (norms[j] in _CEASE_GAP or norms[j] in _CEASE_NEGATORS):
            j -= 1
        if j < 0 or norms[j] not in ("i", "we") or not _opens_clause(norms, j):
            continue
        gap = norms[j + 1 : v]
        longer = norms[v - 2 : v] == ["no", "longer"]
        end = None
        if not longer:
            if _CEASE_NEGATORS.isdisjoint(gap):
                continue
            end = next(
                (
                    k + 1
                    for k in range(v + 1, min(n, v + 1 + _CEASE_REACH))
                    if norms[k] == "anymore" or (norms[k] in _CEASE_AFTER and norms[k - 1] == "any")
                ),
                None,
            )
            if end is None or not _CLAUSE_ENDS.isdisjoint(norms[v:end]):
                continue
        else:
            end = v + 1
        kept = [h for h in stance if not j <= h.first < end]
        return _merged(kept, [Hit(j, end, (CEASED,))])
    return stance


_RULE_KEYS += (("anymore",), ("any", "further"), ("any", "longer"), ("any", "more"))
_RULE_KEYS += (("no", "longer"),)
_CEASE_KEYS = frozenset({"anymore", "any", "no"})


# 1.14.0: a give-way named as what another's act is, not done by the speaker: a noun of
# giving way after a copula whose subject is a demonstrative ("This is a surrender to the
# banks", "That's nothing but a capitulation"), or after *call it* ("I call it
# surrender"): an accusation, which the labels count as defiance. Not negated ("This is
# not a surrender" is left to negation), not a question.
ACCUSED = Entry(
    "this is a surrender", ("this", "is", "a", "surrender"), "defiance", 1.0, "defiance"
)
_GIVE_WAY_NOUNS = frozenset(
    (
        "surrender capitulation sellout sell-out climbdown climb-down retreat u-turn "
        "giveaway cave-in appeasement white"
    ).split()
)
_ACCUSING_FILLERS = frozenset(
    (
        "a an nothing but less than more total complete abject outright pure utter "
        "shameful craven cowardly humiliating disgraceful full just another simply "
        "basically frankly clearly plain shameless"
    ).split()
)
_ACCUSED_SUBJECTS = frozenset({"this", "that", "which", "what"})
_ACCUSING_COPULAS = frozenset({"is", "'s", "was"})
_CALLING = frozenset({"call", "calls", "called", "calling"})


def _accusation_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits, with each concession hit on a give-way noun that a demonstrative's
    copula or *call it* predicates turned into an ``ACCUSED`` hit."""
    if norms[-1] == "?":
        return stance
    changed = []
    for h in stance:
        f = h.first
        if norms[f] not in _GIVE_WAY_NOUNS or not any(
            e.category == "concession" for e in h.entries
        ):
            changed.append(h)
            continue
        k = f - 1
        while k > 0 and norms[k] in _ACCUSING_FILLERS:
            k -= 1
        accused = k >= 1 and (
            (norms[k] in _ACCUSING_COPULAS and norms[k - 1] in _ACCUSED_SUBJECTS)
            or (norms[k] in ("it", "that", "this") and norms[k - 1] in _CALLING)
        )
        negated = not _CEASE_NEGATORS.isdisjoint(norms[max(0, k - 4) : f])
        changed.append(Hit(h.first, h.last, (ACCUSED,)) if accused and not negated else h)
    return changed


# 1.14.0: "no choice but to" + a verb of resisting ("We have no choice but to fight",
# "we had no alternative but to resist"): the necessity is the speaker's resolve and the
# verb their defiance, not a give-way; the concession hits on the "no choice" go.
NO_CHOICE_RESOLVE = Entry(
    "no choice but to", ("no", "choice", "but", "to"), "resolve", 1.0, "resolve"
)
NO_CHOICE_DEFIANCE = Entry(
    "no choice but to fight", ("no", "choice", "but", "to", "fight"), "defiance", 1.0, "defiance"
)
_CHOICES = frozenset("choice choices option options alternative alternatives".split())
# verbs of resisting, by their first word ("fight back" is found by its "fight")
_RESISTING = frozenset(
    "fight resist defend persevere persist retaliate battle struggle push".split()
)


def _no_choice_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with the give-way of "no choice but to" replaced by resolve (and
    defiance) when a verb of resisting, or a defiance or resolve hit, follows it."""
    for c in range(1, len(norms) - 3):
        if norms[c] not in _CHOICES or norms[c + 1 : c + 3] != ["but", "to"]:
            continue
        start = next((k for k in range(c - 1, max(-1, c - 3), -1) if norms[k] == "no"), None)
        v = c + 3
        if start is None:
            continue
        after = [h for h in stance if h.first == v]
        resisting = norms[v] in _RESISTING and not after
        if not resisting and not any(
            e.category in ("defiance", "resolve") for h in after for e in h.entries
        ):
            continue
        kept = [h for h in stance if not (h.first < v and h.last > start)]
        entries = (NO_CHOICE_RESOLVE, NO_CHOICE_DEFIANCE) if resisting else (NO_CHOICE_RESOLVE,)
        return _merged(kept, [Hit(start, v + 1 if resisting else v, entries)])
    return stance


_RULE_KEYS += tuple((w, "but", "to") for w in sorted(_CHOICES))
_RULE_KEYS += tuple((w,) for w in sorted(_GIVE_WAY_NOUNS))


# 1.14.0: the elliptical modal of spoken English opening a sentence ("Could be nothing.
# Could be huge.", "Could be a recession next year, could be a soft landing"): the
# speaker's "it could be", a hedge. Not a question ("Could be worse?"), nor the idiom
# of consolation ("Could be worse").
COULD_BE = Entry("could be", ("could", "be"), "hedging", 1.0, "hedging")
_NOT_COULD_BE = frozenset({"worse", "better", "?"})


def _could_be_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``COULD_BE`` hit when the sentence opens with "could be"."""
    if (
        norms[:2] != ["could", "be"]
        or norms[-1] == "?"
        or len(norms) < 3
        or norms[2] in _NOT_COULD_BE
        or any(h.first < 2 for h in stance)
    ):
        return stance
    return _merged(stance, [Hit(0, 2, (COULD_BE,))])


_RULE_KEYS += (("could", "be"),)


# 1.14.0: a view put in the hearer's mouth, or some people's ("Ranking Member, you may
# think you can intimidate this agency", "Some of you might feel this target is too
# ambitious", "some may argue"): the modal grants them the view; it is no hedge of the
# speaker's. "You might say" is the speaker's own tentative wording, and stays a hedge.
# After "whatever" or "no matter what" the modal is left to rule 14.
_VIEW_HOLDERS = frozenset({"you", "some"})
_VIEW_MODALS = frozenset({"may", "might"})
_VIEWS = frozenset("think believe feel wonder say argue claim suggest object hear".split())
_BRUSHED = frozenset({"whatever", "matter", "what", "however"})


def _granted_view_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits without the hedge on each *may / might* that grants the hearer,
    or some people, a view of their own."""
    kept = [
        h
        for h in stance
        if not (
            norms[h.first] in _VIEW_MODALS
            and h.last == h.first + 1
            and h.first >= 1
            and norms[h.first - 1] in _VIEW_HOLDERS
            and h.last < len(norms)
            and norms[h.last] in _VIEWS
            and not (norms[h.last] == "say" and norms[h.first - 1] == "you")
            and _BRUSHED.isdisjoint(norms[max(0, h.first - 4) : h.first])
        )
    ]
    return kept if len(kept) < len(stance) else stance


_RULE_KEYS += tuple((w, m) for w in sorted(_VIEW_HOLDERS) for m in sorted(_VIEW_MODALS))


# 1.14.0: another's claim dismissed as said before ("Well, they said that last year too",
# "She said that in 2019 too, didn't she?", "They said that about the last three"): the
# claim's record against it, defiance. The sayer is another (not *I* or *we*), the saying
# not denied, and *too*, *before*, *as well* or *about the last* closes the clause.
SAID_BEFORE = Entry(
    "they said that too", ("they", "said", "that", "too"), "defiance", 1.0, "defiance"
)
_SAYERS = frozenset("they he she you people critics everybody everyone folks".split())
_SAID_WHAT = frozenset({"that", "so", "it"})
_SAID_AGAIN = frozenset({"too", "before", "also"})
_SAID_REACH = 7
_SAID_ENDS = frozenset({".", "!", "?", ";", ":", "but"})
# "you said that before we should...": *before* opening a clause is no "said before"
_SAID_CLOSING = frozenset({",", ".", "!", "?", ";", "and", "\u2014", "--"})
_SAID_CLAUSE = frozenset("i we you he she they it there the our my his her their this".split())


# 1.15.0: a clause after the "said that ... too" tells whether the claim failed. One
# that denies or persists ("..., and the plant is still open", "..., and nothing
# happened", "and they were wrong") keeps the dismissal; a plain event after it ("He said
# that yesterday too, and it snowed") narrates the claim coming true.
_CLAIM_FAILED = NEGATOR_WORDS | frozenset("still wrong yet look here again".split())


def _said_came_true(norms: Sequence[str], end: int) -> bool:
    """Whether a clause of narration follows the dismissal ending at ``end`` with nothing
    in it to say the claim failed."""
    rest = norms[end:]
    if not rest or rest[0] not in (",", "and"):
        return False
    clause = list(takewhile(lambda w: w not in _SAID_ENDS, rest[1:]))
    return bool(clause) and _CLAIM_FAILED.isdisjoint(clause)


def _said_before_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SAID_BEFORE`` hit on each claim of another's dismissed as
    said before."""
    n = len(norms)
    for i in range(1, n - 2):
        if norms[i] != "said" or norms[i + 1] not in _SAID_WHAT or norms[i + 2] in _SAID_CLAUSE:
            continue  # "he said that he would come too": a clause, not the claim again
        if norms[i - 1] not in _SAYERS and not (
            i >= 2 and norms[i - 1] in ("also", "all") and norms[i - 2] in _SAYERS
        ):
            continue
        end = None
        for k in range(i + 2, min(n, i + 2 + _SAID_REACH)):
            if norms[k] in _SAID_ENDS:
                break
            if norms[k : k + 3] == ["about", "the", "last"] or (
                norms[k] in _SAID_AGAIN and (k + 1 == n or norms[k + 1] in _SAID_CLOSING)
            ):
                end = k + 1
                break
        if end is None or any(i <= h.first < end for h in stance) or _said_came_true(norms, end):
            continue
        return _merged(stance, [Hit(i - 1, end, (SAID_BEFORE,))])
    return stance


_RULE_KEYS += tuple(("said", w) for w in sorted(_SAID_WHAT))


# 1.14.0: ironic assent opening a sentence ("Oh sure, the plan's perfect, Jim", "Oh,
# great, another study.", "Oh please.", "Oh come on, Mira"): mock agreement with another's
# claim, defiance. Not the sincere "Oh yeah, I remember", nor "Oh great!" or "Oh sure,
# thanks".
MOCK_ASSENT = Entry("oh sure", ("oh", "sure"), "defiance", 1.0, "defiance")
_MOCKING_ASSENTS = frozenset("sure please great absolutely brilliant wonderful".split())
_SINCERE_AFTER = frozenset("! thanks thank congratulations congrats happy glad".split())


def _mock_assent_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``MOCK_ASSENT`` hit when the sentence opens with an ironic
    "Oh sure", "Oh please", "Oh come on", "Oh yeah, because"."""
    k = 1 + (len(norms) > 1 and norms[1] == ",")
    word = norms[k] if k < len(norms) else ""
    ironic_yeah = word == "yeah" and "because" in norms[k + 1 : k + 3]
    if word == "come" and norms[k + 1 : k + 2] == ["on"]:
        end = k + 2
    elif ironic_yeah or word in _MOCKING_ASSENTS:
        end = k + 1
    else:
        return stance
    after = norms[end : end + 2]
    if (
        norms[-1] == "?"
        or not _SINCERE_AFTER.isdisjoint(after)
        or any(h.first < end for h in stance)
        # a give-way mocked ("Oh sure, we'll just roll over"): ``_mocking`` counts it
        or any(e.category in _GIVING_WAY for h in stance for e in h.entries)
    ):
        return stance
    return _merged(stance, [Hit(0, end, (MOCK_ASSENT,))])


_RULE_KEYS += (("oh",),)


# 1.15.0: the elliptical modal denial answering another's claim ("The fund thinks it can
# force a sale. It can't, and it won't.", "My opponent says I'll raise taxes. I won't, and
# she knows it."): a sentence that opens with a pronoun and a negated *can* or *will* and
# stops there, at its comma, and a second follows ("It can't, and it won't", "I won't, and
# she knows I won't"). Defiance. A lone "He can't." or "We won't." is left to the
# presumption or prediction it answers (``_answered_doubt``, ``_refusal_reply``).
# Not a longer clause ("It can't be helped", "He won't be here"), nor a phrase already
# counted; the resolve of the bare future "I won't." stays beside it.
ELLIPTICAL_DENIAL = Entry("it ca n't", ("it", "ca", "n't"), "defiance", 1.0, "defiance")
_DENIAL_MODALS = frozenset({"ca", "wo", "can", "will", "cannot"})
_DENIAL_SUBJECTS = frozenset("i we you he she it they".split())
_DENIAL_LEADS = frozenset({"well", "no", "and", "but", ",", "oh", "look"})
_DENIAL_ENDS = frozenset({".", "!", ",", ";", "\u2014", "--"})
_DENIAL_REACH = 4


# 1.15.0: a give-way limited by "but not" ("I'll concede the point on timing, but not on
# the costs", "We're ready to compromise on the border, but not on the right of
# return"): the line drawn after the concession is the speaker's defiance. "but not" must
# open a phrase (a preposition or a determiner), not a degree ("but not enough", "but
# not yet"), and the concession stand before it in the sentence, not negated.
LIMITED_GIVE_WAY = Entry("but not on", ("but", "not", "on"), "defiance", 1.0, "defiance")
_LIMITS = frozenset("on over about when where the our my this that these those any".split())
_LIMIT_REACH = 16


def _limited_give_way_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``LIMITED_GIVE_WAY`` hit on a "but not on ..." that limits
    an earlier concession of the sentence."""
    for b in range(1, len(norms) - 2):
        if norms[b] != "but" or norms[b + 1] != "not" or norms[b + 2] not in _LIMITS:
            continue
        conceded = any(
            b - _LIMIT_REACH <= h.last <= b
            and any(e.category == "concession" for e in h.entries)
            and NEGATOR_WORDS.isdisjoint(norms[max(0, h.first - 3) : h.first])
            for h in stance
        )
        if conceded and not any(b <= h.first < b + 3 for h in stance):
            return _merged(stance, [Hit(b, b + 3, (LIMITED_GIVE_WAY,))])
    return stance


_RULE_KEYS += (("but", "not"),)


# 1.15.0: a plan in the progressive held whatever happens ("Either way, we're finishing
# it", "I'm making the next one anyway", "we're staying in, regardless"): the first
# person's present progressive with *either way*, *anyway* or *regardless* in its
# sentence is a commitment. Not a question, nor a progressive of perceiving or hoping
# ("we're seeing more cases either way").
REGARDLESS_COMMITTED = Entry(
    "either way, we 're ...ing", ("we", "'re", "...ing"), "resolve", 1.0, "resolve"
)
_REGARDLESS = frozenset({"either", "anyway", "regardless"})
_NOT_PLANS = frozenset(
    "seeing hoping thinking looking waiting wondering feeling getting trying guessing "
    "hearing expecting assuming saying talking asking".split()
)
_REGARDLESS_REACH = 8


def _regardless_committed_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``REGARDLESS_COMMITTED`` hit on "we're/I'm + ...ing" in a
    sentence that holds *either way*, *anyway* or *regardless*."""
    if norms[-1] == "?":
        return stance
    marks = [
        m
        for m, w in enumerate(norms)
        if (w == "either" and norms[m + 1 : m + 2] == ["way"]) or w in ("anyway", "regardless")
    ]
    taken = _covered(stance)
    for s in range(len(norms) - 2):
        if (
            norms[s] in _PLAIN_SUBJECTS
            and norms[s + 1] in _PLAIN_PROGRESSIVE
            and norms[s + 2].endswith("ing")
            and norms[s + 2] not in _NOT_PLANS
            and _opens_clause(norms, s)
            and taken.isdisjoint(range(s, s + 3))
            and any(abs(m - s) <= _REGARDLESS_REACH for m in marks)
        ):
            said = tuple(norms[s : s + 3])
            entry = replace(REGARDLESS_COMMITTED, pattern=" ".join(said), tokens=said)
            return _merged(stance, [Hit(s, s + 3, (entry,))])
    return stance


_RULE_KEYS += (("either", "way"), ("regardless",))


# 1.16.0: one's own course stated in the present, tied to a time to come: "we're fixing it
# starting Monday", "I'm going back next summer, and this time I'm summiting", "we stay on
# this lawn until they divest". The present progressive (or, before "until", the plain
# present of a verb of holding on) of I / we opening its clause, with a mark of the
# future later in the same clause: resolve. Not logistics ("I'm meeting the minister
# tomorrow"), nor what one sees, hopes or thinks.
PLANNED = Entry("we 're ...ing tomorrow", ("we", "'re", "...ing"), "resolve", 1.0, "resolve")
"""One's own course stated in the present and tied to a time to come (resolve)."""
_PLAN_ADVERBS = frozenset("still personally absolutely definitely really also all just".split())
_HOLDING_ON = frozenset("stay stays remain hold march strike sit fight camp".split())
_NOT_PLANNED = _NOT_PLANS | frozenset(
    "going meeting visiting flying travelling traveling heading speaking playing hosting "
    "watching holding releasing announcing publishing expecting forecasting planning "
    "leaving coming".split()
)
_PLAN_REACH = 8
_PLAN_BREAKS = frozenset("but and so because if when unless while whether".split())
_TIMES = frozenset(
    "week month year summer spring fall autumn winter season session term quarter weekend "
    "time today tomorrow now next this monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december".split()
)
# The first words of the rule's keys (``found`` holds first words): "this" of "this
# time", "from" of "from now on".
_PLAN_KEYS = frozenset({"tomorrow", "next", "starting", "until", "till", "this", "from"})


def _plan_mark(norms: Sequence[str], at: int) -> bool:
    """Whether a mark of the future stands in the clause after ``at``: "tomorrow", "next
    week", "starting Monday", "until", "till", "this time", "from now on"; not a noun's
    ("the jobs of tomorrow"), nor "next to", nor past another clause ("but until...")."""
    for m in range(at, min(len(norms), at + _PLAN_REACH)):
        w = norms[m]
        if (w in _SENTENCE_MARKS and w != ",") or w in _PLAN_BREAKS:
            return False
        after = norms[m + 1] if m + 1 < len(norms) else ""
        if w in ("until", "till"):
            return True
        if m == at:
            continue  # the object itself: "we're taking next week off"
        if w == "tomorrow" and norms[m - 1] not in ("of", "'s"):
            return True
        if w in ("next", "starting") and after in _TIMES:
            return True
        if w == "time" and norms[m - 1] == "this":
            return True
        if w == "now" and norms[m - 1] == "from" and after == "on":
            return True
    return False


def _planned_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``PLANNED`` hit on "I'm / we're (adverbs) + ...ing", or "I /
    we + verb of holding on" before "until", followed in its clause by a mark of the
    future, where no other hit covers it."""
    if norms[-1] == "?":
        return stance
    taken: set[int] | None = None
    added = []
    for s in range(len(norms) - 2):
        if norms[s] not in _PLAIN_SUBJECTS:
            continue
        v = s + 1
        progressive = norms[v] in _PLAIN_PROGRESSIVE
        if not progressive and norms[v] not in _HOLDING_ON:
            continue
        if not _opens_clause(norms, s):
            continue
        if progressive:
            v += 1
            while v < len(norms) and norms[v] in _PLAN_ADVERBS:
                v += 1
            if v >= len(norms) or not (norms[v].endswith("ing") and len(norms[v]) > 4):
                continue
            if norms[v] in _NOT_PLANNED or norms[v + 1 : v + 2] == ["to"]:
                continue
            if norms[v] in _WITHDRAWING:
                continue  # "we're reversing it starting Monday": a give-way, not resolve
        if not _plan_mark(norms, v + 1):
            continue
        taken = _covered(stance) if taken is None else taken
        if not taken.isdisjoint(range(s, v + 1)):
            continue
        if not progressive and not {"until", "till"} & set(norms[v + 1 : v + _PLAN_REACH]):
            continue
        said = tuple(norms[s : v + 1])
        added.append(Hit(s, v + 1, (replace(PLANNED, pattern=" ".join(said), tokens=said),)))
    return _merged(stance, added)


_RULE_KEYS += (
    ("tomorrow",),
    ("next",),
    ("starting",),
    ("until",),
    ("till",),
    ("this", "time"),
    ("from", "now", "on"),
)


# 1.16.0: an emphatic closer ("..., period.", "..., full stop.") seals what it closes as
# settled: resolve (25 of 30 in the labelled sets). It must stand after a comma or dash
# and end its clause: not "the transition period", "a full stop". Not when it closes an
# admission ("That was a mistake, full stop") or a hedge ("I think the committee has to
# meet, full stop"). A closer that makes a sentence of its own ("Period.") is read by
# rule 18 against the sentence before (``_structural_refusal``).
_CLOSER_KEYS = frozenset({"period", "full"})
_ADMITTED = frozenset("mistake mistakes failure failures error errors wrong fault mess".split())
CLOSER = Entry(", period", ("period",), "resolve", 1.0, "resolve")
"""An emphatic closer that seals its clause as settled (resolve)."""
_CLOSER_BEFORE = frozenset({",", "\u2014", "--", "\u2013", ";", ":"})


def _closer_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CLOSER`` hit on "period" / "full stop" closing a clause
    that holds no hedge and no un-negated give-way."""
    for k, w in enumerate(norms):
        end = k + 1 if w == "period" else k + 2 if norms[k : k + 2] == ["full", "stop"] else 0
        if not end or not k or norms[k - 1] not in _CLOSER_BEFORE:
            continue  # a closer standing alone is read against its sentence before
        if end < len(norms) and norms[end] not in _PLAIN_ENDS:  # the clause's end
            continue
        if not _ADMITTED.isdisjoint(norms):
            return stance  # "That's a leadership failure, full stop"
        for h in stance:
            cats = {e.category for e in h.entries}
            if "hedging" in cats or (
                "concession" in cats
                and NEGATOR_WORDS.isdisjoint(norms[max(0, h.first - 4) : h.first])
            ):
                return stance
        said = tuple(norms[k:end])
        return _merged(
            stance, [Hit(k, end, (replace(CLOSER, pattern=" ".join(said), tokens=said),))]
        )
    return stance


_RULE_KEYS += (("period",), ("full", "stop"))


def _elliptical_denial(norms: Sequence[str]) -> tuple[int, int] | None:
    """The span of a bare negated modal opening the sentence ("Well, it can't, and it
    won't": "it can't"), or None."""
    k = 0
    while k < len(norms) and norms[k] in _DENIAL_LEADS:
        k += 1
    end = _negated_modal_end(norms, k)
    if end is None or (end < len(norms) and norms[end] not in _DENIAL_ENDS):
        return None
    # only doubled ("It can't, and it won't"): a lone "It won't." may deny a forecast
    # ("Mom thinks it will rain. It won't."), a lone "I can't." is an inability
    j = end + 1
    while j < len(norms) and norms[j] in _DENIAL_LEADS:
        j += 1
    # the second may stand in a short clause of its own ("and she knows I won't"), and
    # is bare too: "You can't, you can't solve it unless..." is a restart
    ends = (_negated_modal_end(norms, x) for x in range(j, min(len(norms), j + _DENIAL_REACH)))
    second = any(e is not None and (e == len(norms) or norms[e] in _SENTENCE_MARKS) for e in ends)
    return (k, end) if second else None


def _negated_modal_end(norms: Sequence[str], k: int) -> int | None:
    """The end of a subject and a negated *can* or *will* at ``k`` ("it can't"), or None."""
    if k + 2 > len(norms) or norms[k] not in _DENIAL_SUBJECTS or norms[k + 1] not in _DENIAL_MODALS:
        return None
    if norms[k + 1] == "cannot":
        return k + 2
    return k + 3 if len(norms) > k + 2 and norms[k + 2] in ("n't", "not") else None


def _elliptical_denial_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``ELLIPTICAL_DENIAL`` hit when the sentence opens with a
    bare negated modal ("It can't, and it won't")."""
    span = _elliptical_denial(norms)
    if span is None:
        return stance
    k, end = span
    inside = [h for h in stance if h.first < end and h.last > k]
    if any(
        h.first < k or h.last > end or e.category != "resolve" for h in inside for e in h.entries
    ):
        return stance  # counted already, or part of a longer phrase
    # "I won't.": the bare future's resolve stays, the refusal adds defiance
    said = tuple(norms[k:end])
    denial = replace(ELLIPTICAL_DENIAL, pattern=" ".join(said), tokens=said)
    entries = (*(e for h in inside for e in h.entries), denial)
    kept = [h for h in stance if h not in inside]
    return _merged(kept, [Hit(k, end, entries)])


_RULE_KEYS += (("ca", "n't"), ("wo", "n't"), ("can", "not"), ("will", "not"), ("cannot",))
# "i wo" is a resolve entry that takes the key's place: the subject is a key too
_DENIAL_KEYS = _DENIAL_MODALS | _PLAIN_SUBJECTS


_CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "now", "well"})
_OWN_HEDGES = frozenset({"think", "believe", "guess", "suppose", "suspect", "fear"})


def _opens_clause(norms: Sequence[str], k: int) -> bool:
    """Whether the subject at ``k`` opens its clause, after adverbs or the speaker's own
    "I think": not a subordinate, relative or reported clause."""
    j = k - 1
    while j >= 0 and norms[j] in _ADMITTING_ADVERBS:
        j -= 1
    if j >= 1 and norms[j] in _OWN_HEDGES and norms[j - 1] == "i":
        j -= 2
    return j < 0 or norms[j] in _CLAUSE_ENDS or norms[j] in _CLAUSE_OPENERS


# Brushing aside what others say, think or do: "whatever my opponent throws at it", "no
# matter how many attack ads they buy", "whatever Beijing says about it".
_BRUSHING = frozenset({"whatever", "matter"})
BRUSHING_ASIDE = Entry("whatever they say", ("whatever", "..."), "defiance", 0.5, "defiance")
"""A concessive free relative whose subject is another party and whose verb is a saying,
thinking or doing of theirs: defiance (rule 14 does the same for "whatever they may
say")."""
_OPPOSING_ACTS = frozenset(
    (
        "say says said think thinks thought do does did throw throws threw decide decides "
        "try tries buy buys spend spends claim claims threaten threatens write writes "
        "demand demands offer offers decided threatened demanded chant chants chanted "
        "shout shouts shouted saying thinking doing throwing deciding trying claiming "
        "threatening writing demanding offering chanting shouting planning plan plans planned"
    ).split()
)
_OTHER_SUBJECTS = frozenset({"they", "he", "she", "the", "my", "his", "her", "their", "our"})
# Not a named party: the hearer's or the speaker's own ("whatever you say" assents).
_NOT_NAMED = frozenset("you i we it u ya one".split())
_BRUSHING_REACH = 9


def _brushing_aside_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``BRUSHING_ASIDE`` hit on the opener ("whatever", "no
    matter") of each concessive free relative that opens its sentence or follows a
    comma, whose subject is another party (they, he, she, a determiner's phrase) and
    whose verb is one of ``_OPPOSING_ACTS``; when the opener is itself an entry ("no
    matter what"), the brushing aside is marked on the act after it."""
    taken = _covered(stance)
    # "no matter what the prefect decides": the opener is a resolve entry of its own, so
    # the brushing aside is marked on the act
    openers = {
        h.first: h.last for h in stance if any(e.pattern in _OPENER_ENTRIES for e in h.entries)
    }
    added = []
    for i, norm in enumerate(norms):
        if norm == "whatever":
            start, body = i, i + 1
        elif norm == "matter" and i and norms[i - 1] == "no":
            start, body = i - 1, i + 1 + (i + 1 < len(norms) and norms[i + 1] in _WH)
            if body < len(norms) and norms[body] in ("many", "much"):
                body += 1
        else:
            continue
        if start and norms[start - 1] not in _CLAUSE_ENDS:
            continue
        if start in taken and openers.get(start) != body:
            continue
        span = []
        for j in range(body, min(len(norms), body + _BRUSHING_REACH)):
            if norms[j] in _CLAUSE_ENDS:
                break
            span.append(norms[j])
        subject = next((k for k, w in enumerate(span) if w in _OTHER_SUBJECTS), None)
        act = next((k for k in range(len(span) - 1, -1, -1) if span[k] in _OPPOSING_ACTS), None)
        if subject is None and act == 1 and span[0].isalpha() and span[0] not in _NOT_NAMED:
            subject = 0  # 1.13.0: a party named in one word ("whatever Madrid says")
        if subject is None or act is None or act < subject:
            continue
        if span[act + 1 :] and not (  # "whatever he may think of his policies": an object
            len(span) - act == 3 and span[act + 2] in ("it", "us", "me", "that", "this")
        ):
            continue
        if start not in taken:
            added.append(Hit(start, i + 1, (BRUSHING_ASIDE,)))
        elif body + act not in taken:
            added.append(Hit(body + act, body + act + 1, (BRUSHING_ASIDE,)))
    return _merged(stance, added)


_OPENER_ENTRIES = frozenset({"no matter what", "no matter how", "no matter who"})

# "I stand by every word", "we stand by our reporting": a commitment (the resolve entry
# "i stand by") that also defends what one said or decided against its critics.
_STAND = "stand"
STANDING_BY = Entry("stand by what one said", ("stand", "by", "..."), "defiance", 1.0, "defiance")
"""What the speaker said or decided, stood by against its critics: defiance, beside the
resolve of "I stand by" / "we stand by"."""
_STANDING_BY_ENTRIES = frozenset({"i stand by", "we stand by"})
_OWN_WORDS = frozenset(
    (
        "decision decisions word words comment comments remark remarks statement statements "
        "record reporting report reports story stories position call judgment judgement "
        "choice choices actions vote votes article testimony findings claim claims "
        "assessment analysis conclusions"
    ).split()
)
_OWN_WORDS_OWNERS = frozenset("my our every that those this these each".split())
_SAID = frozenset({("what", "i"), ("what", "we"), ("everything", "i"), ("everything", "we")})


def _standing_by_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``STANDING_BY`` hit on the object of each "I stand by" /
    "we stand by" that is the speaker's own words or decisions ("every word", "my
    decision", "our reporting", "what I said", "it." at the end of the clause)."""
    taken = _covered(stance)
    added = []
    for h in stance:
        if not any(e.pattern in _STANDING_BY_ENTRIES for e in h.entries):
            continue
        j = h.last
        if j >= len(norms) or j in taken:
            continue
        end = None
        if norms[j] in ("it", "that") and (j + 1 == len(norms) or norms[j + 1] in _CLAUSE_ENDS):
            end = j + 1  # "I stand by it." / "I stand by that."; "them" is mostly people
        elif norms[j] in _OWN_WORDS_OWNERS:
            k = j + 1 + (j + 1 < len(norms) and norms[j + 1] in ("single", "original", "earlier"))
            if k < len(norms) and norms[k] in _OWN_WORDS:
                end = k + 1
        elif tuple(norms[j : j + 2]) in _SAID:
            end = j + 2
        if end is not None and taken.isdisjoint(range(j, end)):
            added.append(Hit(j, end, (STANDING_BY,)))
    return _merged(stance, added)


# "Sanctions or no sanctions, we answer to our own people": a pressure brushed aside.
_OR = "or"
REGARDLESS = Entry("x or no x", ("x", "or", "no", "x"), "defiance", 1.0, "defiance")
"""A noun brushed aside by "N or no N" opening its clause before a comma ("Tariffs or no
tariffs, we are building the plant"): defiance."""
_REGARDLESS_ENDS = frozenset({",", "\u2014", "--", ";", ":"})


def _regardless_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``REGARDLESS`` hit for each "N or no N," that opens its
    clause and that no other hit covers."""
    taken = _covered(stance)
    added = []
    for i in range(len(norms) - 4):
        if norms[i + 1] != "or" or norms[i + 2] != "no" or norms[i + 3] != norms[i]:
            continue
        if not norms[i].isalpha() or norms[i + 4] not in _REGARDLESS_ENDS:
            continue
        if i and norms[i - 1] not in _CLAUSE_ENDS and norms[i - 1] not in _OPEN_QUOTES:
            continue
        if not taken.isdisjoint(range(i, i + 4)):
            continue
        added.append(Hit(i, i + 4, (REGARDLESS,)))
    return _merged(stance, added)


_WH = frozenset({"what", "how", "who", "whoever"})


def analyze_document(document: Document, resources: Resources) -> DocumentResult:
    """Run the whole pipeline on one document."""
    text = document.text
    segments = split_speakers(text)
    sentences: list[Sentence] = []
    matches: list[Match] = []
    asked: list[tuple[Sentence, int, int]] = []  # the questions just before, with matches
    # the give-ways predicted of us in the last two sentences: "They think we'll fold. They
    # think we'll take the scraps. We won't!" (refused in the next or the one after, as a
    # question is answered)
    predicted: list[tuple[Sentence, int, int]] = []
    interrupted: tuple[Segment, int, int, int] | None = None  # quote fragment, its span
    recent: list[tuple[Sentence, list[str]]] = []  # the last two sentences (1.10.0)
    for index, seg, start, end, span in _sentences_in_segments(text, segments):
        norms = token_norms(text[start:end])
        if norms:
            words = count_words(norms)
            sentence = Sentence(len(sentences), index, seg.speaker, start, end, words)
            sentences.append(sentence)
            if asked and _refusal_reply(norms):
                _answer_with_refusal(matches, asked, sentence)
            if predicted and _short_refusal(norms):
                _answer_with_refusal(matches, predicted, sentence, predicted=True)
            first = len(matches)
            lead = _lead(text, interrupted, seg, span, start)
            if lead:
                matches.extend(_continued_matches(text, sentence, lead, resources))
            else:
                matches.extend(sentence_matches(text, sentence, norms, resources))
            if (
                recent
                and "defiance" in resources.rule_categories
                and _may_refuse(norms)
                and (refused := _structural_refusal(text, sentence, norms, recent, matches))
            ):
                matches.extend(refused)
            if recent and "concession" in resources.rule_categories and norms[-2:-1] == ["sorry"]:
                matches.extend(_bare_apology(text, sentence, norms, recent, matches))
            if (
                recent
                and (
                    norms[0] in _ASSENTS
                    or norms[0] in _ANSWER_OPENERS
                    or norms[0] in _NO_ANSWERS
                    or norms[:2] in _NO_PHRASES
                    or norms[:2] == ["of", "course"]
                )
                and recent[-1][1][-1] == "?"
                and "concession" in resources.rule_categories
            ):
                matches.extend(_self_admission(text, sentence, norms, recent, matches))
            if (
                "defiance" in resources.rule_categories
                and _may_answer(norms)
                and (recent or _proof(norms) is not None)
            ):
                answered = _answered_doubt(text, sentence, norms, recent)
                # "He can't." counted once: ``_elliptical_denial_hits`` may have found it
                if answered and _elliptical_denial(norms) is None:
                    matches.extend(answered)
                    matches[first:] = sorted(matches[first:], key=lambda m: (m.start, m.end))
            recent = [*recent[-1:], (sentence, norms)]
            interrupted = (seg, span, start, end) if seg.kind == "quote" else interrupted
            asked = asked[-1:] if norms[-1] == "?" else []
            if norms[-1] == "?":
                asked.append((sentence, first, len(matches)))
            predicted = [p for p in predicted[-1:] if p[0].index + 1 == sentence.index]
            if any(m.detail == _PREDICTED for m in matches[first:]):
                predicted.append((sentence, first, len(matches)))
    sentiments = tuple(sentiment(text[s.start : s.end]) for s in sentences)
    return DocumentResult(document, segments, tuple(sentences), sentiments, tuple(matches))


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


def _may_answer(norms: Sequence[str]) -> bool:
    """Whether a sentence holds a word ``_answered_doubt`` needs: a proof's first word, or
    the subject of a short refusal ("He can't."); most sentences hold neither."""
    return not (_PROOF_HEADS.isdisjoint(norms) and _PRESUMED.isdisjoint(norms))


def _proof(norms: Sequence[str]) -> int | None:
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


def _answered_doubt(
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
    at = _proof(norms)
    if at is not None and (_doubted(norms, at) or any(map(_doubted, mine))):
        p = next(p for p in _PROOFS if tuple(norms[at : at + len(p)]) == p)
        entry, span = replace(PROVEN_WRONG, pattern=" ".join(p), tokens=p), (at, at + len(p))
    elif mine and _refuses_presumption(norms) and _presumes(mine[-1]):
        words = tuple(n for n in norms if n not in _SENTENCE_MARKS)
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
            lexicon="defiance",
            detail="another's doubt or presumption answered",
        )
    ]


# A reply that refuses: "Retire? Me? Never.", "Throw in the towel? Not this lot."
_REFUSAL_REPLIES = (
    ("never",),
    ("no",),
    ("not",),
    ("nope",),
    ("of", "course", "not"),
    ("absolutely", "not"),
    ("certainly", "not"),
)
_GIVING_WAY = frozenset({"concession", YIELDING})


def _refusal_reply(norms: Sequence[str]) -> bool:
    """A reply opening with a refusal ("Never.", "Of course not.") or (1.9.0) a short
    first-person refusal ("I won't.", "We're not."): "You want me to apologize? I won't."."""
    return (
        any(tuple(norms[: len(r)]) == r for r in _REFUSAL_REPLIES)
        and (len(norms) < 2 or norms[1] not in ("matter", "doubt", "question", "one", "wonder"))
    ) or _first_person_refusal(norms)


# A give-way predicted of the speaker's side by someone else ("The other side says we'll
# cave."), refused in the next sentence ("We won't.").
_PREDICTED = "reported speech: a give-way predicted of us by someone else"
_REFUSING_STARTS = frozenset(
    (subject, *aux)
    for subject in ("we", "i")
    for aux in (
        ("wo", "n't"),
        ("will", "not"),
        ("will", "never"),
        ("shall", "not"),
        ("shall", "never"),
        ("'re", "not"),
        ("are", "not"),
        ("'m", "not"),
        ("am", "not"),
        ("do", "n't"),
        ("never", "will"),
    )
)
_SHORT = 6
# "I'm not sure.", "I don't know.", "We're not against it.": doubt or a view, no refusal
_NOT_REFUSING = frozenset(
    "sure certain know think believe recall remember aware against mind care understand "
    "expect see".split()
)


def _first_person_refusal(norms: Sequence[str]) -> bool:
    """A short sentence of *I* or *we* and a negated auxiliary: "We won't.", "I'm not."."""
    words = [n for n in norms if n not in _SENTENCE_MARKS]
    return (
        len(words) <= _SHORT
        and tuple(words[:3]) in _REFUSING_STARTS
        and not (len(words) > 3 and words[3] in _NOT_REFUSING)
    )


def _short_refusal(norms: Sequence[str]) -> bool:
    """A short sentence that refuses: "We won't.", "We will not.", "Never.", "No way."."""
    words = [n for n in norms if n not in _SENTENCE_MARKS]
    return len(words) <= _SHORT and _refusal_reply(words)


def _answer_with_refusal(
    matches: list[Match],
    asked: list[tuple[Sentence, int, int]],
    reply: Sentence,
    predicted: bool = False,
) -> None:
    """An echo question of the speaker's own ("Retire?", "Are we going to give up
    now?") answered by the same speaker with a refusal ("Never.", "Of course not."):
    the give-way it asks about counts as defiance, as if negated. With ``predicted``,
    a give-way someone else predicts of us ("They say we'll cave.") refused by the
    speaker next ("We won't."): defiance, and resolve as a commitment."""
    for q, (question, first, last) in enumerate(asked):
        if question.segment != reply.segment:
            continue
        extra: list[tuple[int, Match]] = []
        for i in range(first, last):
            m = matches[i]
            if m.source not in _GIVING_WAY or m.category:
                continue
            if predicted and m.detail == _PREDICTED:
                matches[i] = m = replace(m, category="defiance", detail=_PREDICTED_REFUSED)
                extra.append((i, replace(m, category="resolve", detail="refusal as a commitment")))
            elif not predicted and m.detail.startswith(("question", "yielding")):
                matches[i] = replace(
                    m, category="defiance", detail="question answered with a refusal"
                )
        for i, m in reversed(extra):
            matches.insert(i + 1, m)
        if extra:  # the matches of the questions after it moved
            asked[q] = (question, first, last + len(extra))
            for r in range(q + 1, len(asked)):
                later, start, stop = asked[r]
                asked[r] = (later, start + len(extra), stop + len(extra))


# Rule 18 (after lexicons 1.11.0): refusals read from structure, for any speaker, over
# the sentences of one turn.
# An emphatic restatement ("Full stop.", "Not once.", "Not this year, not ever.") of the
# speaker's own negated clause ("We are not signing that bill", "I never touched that
# account") makes the negation a refusal: defiance, and resolve when the clause is the
# speaker's conduct to come. A bare negative answer ("No.", "Nope.", "Yeah, no.", "We're
# not.") to the speaker's own question about their conduct ("Am I gonna quit?"), to an
# echo question ("Worried?") or to another's expectation of the speaker's side ("They
# want me to apologize.", "Some are calling this a crisis.") is a refusal too.
EMPHATIC_REFUSAL = Entry(
    "we're not ... full stop",
    ("we", "'re", "not", "...", "full", "stop"),
    "defiance",
    1.0,
    "defiance",
)
EMPHATIC_COMMITMENT = replace(EMPHATIC_REFUSAL, category="resolve", lexicon="resolve")
ELLIPTIC_REFUSAL = Entry("worried? no.", ("...", "?", "no"), "defiance", 1.0, "defiance")
ELLIPTIC_COMMITMENT = replace(ELLIPTIC_REFUSAL, category="resolve", lexicon="resolve")
_CLOSERS = frozenset(
    {
        ("full", "stop"),
        ("period",),
        ("end", "of", "story"),
        ("simple", "as", "that"),
        ("case", "closed"),
    }
)
_CLOSER_ENDS = frozenset(c[-1] for c in _CLOSERS)
# 1.16.0: the closers that seal a plain statement too ("We're paying it. Full stop."); "Simple
# as that." closes verdicts on a game as often
_SEALING_CLOSERS = frozenset({("full", "stop"), ("period",)})
_SEALED_STANDS = frozenset("i we our my will 'll gon na going".split())
# A verbless negative fragment: "Not once.", "Never.", "Not to anyone.", "Nothing."
_FRAGMENT_HEADS = frozenset("not never ever nothing none nobody no".split())
_NOT_FRAGMENTS = frozenset(
    "only just sure really necessarily exactly quite that much bad great yet really so too "
    "all even necessarily".split()
)
_NEGATED_AUX_COMMIT = PROGRESSIVE | FUTURE
_NEGATED_AUX_DENY = frozenset("did do does have 've had was were".split())
# "I'm not saying...", "we don't have the numbers", "I'm not sure": no refusal
_NOT_REFUSED = _NOT_REFUSING | frozenset(
    "saying suggesting talking asking seeing hearing getting looking have need want like "
    "a an the here there able going".split()
)
_INTERJECTIONS = frozenset(
    "yeah yes well oh lol ha look uh um and so honestly hell heck man girl buddy sir ma'am "
    "folks okay ok".split()
)
_BARE_NEGATIVES = frozenset(
    {
        ("no",),
        ("nope",),
        ("never",),
        ("nah",),
        ("no", "way"),
        ("not", "a", "chance"),
        ("no", "no"),
        ("of", "course", "not"),
        ("absolutely", "not"),
        ("certainly", "not"),
        ("not", "remotely"),
        ("not", "at", "all"),
    }
)
_CLAIM_DENIED = frozenset(
    {
        ("it", "'s", "not"),
        ("it", "is", "not"),
        ("it", "is", "n't"),
        ("that", "'s", "not"),
        ("it", "'s", "not", "that"),
    }
)
# "We're not.", "I won't, ever.": a first-person refusal whose verb is left out
_ELLIPSIS = frozenset("ever again now either today".split())
_INVERTED_AUX = frozenset("am are will would should shall do 'm can could".split())
_GOING = frozenset("gonna going will would 'll 'd".split())
# What the speaker may be asked about and refuse: regret, giving way (not fear: "Are we
# worried? No." is confidence as often as defiance)
_ASKED_YIELD = frozenset(
    (
        "sorry regret regrets apologize apologise quit quitting resign resigning retire "
        "retiring back backing done finished give giving stop stopping fold folding cave caving"
    ).split()
)
_FINITE = frozenset(
    "is are was were do does did will would can could should has have 's 're".split()
)
_EXPECTING = frozenset(
    (
        "think thinks thought asking asked ask asks want wants wanted expect expects "
        "expected say says said saying calling call calls claim claims predict predicts "
        "predicted bet bets hope hopes figure figures assume assumes reckon reckons"
    ).split()
)
_PERSONS = frozenset("i we you he she they".split())
_EXPECTED_OF = frozenset("i we me us my our this".split())  # not "it": "says it will rain"


def _content(norms: Sequence[str]) -> list[str]:
    """The words of a sentence without marks and opening interjections ("Yeah, no.")."""
    words = [n for n in norms if n not in _SENTENCE_MARKS and n not in _DASHES]
    k = 0
    while k < len(words) - 1 and words[k] in _INTERJECTIONS:
        k += 1
    return words[k:]


def _own_negation(norms: Sequence[str]) -> str | None:
    """ "commitment" for a clause of *I* or *we* with a negated future or progressive
    ("we're not signing", "I won't do it"), "denial" for a negated past or a *never*
    ("we did not sell that data", "I never touched it"), else None."""
    for i, norm in enumerate(norms[:-2]):
        if norm not in ("i", "we") or not _opens_clause(norms, i):
            continue
        aux, neg = norms[i + 1], norms[i + 2]
        if aux == "never":
            return "denial" if neg not in _NOT_REFUSED else None
        if neg not in ("not", "n't", "never") or i + 3 >= len(norms):
            continue
        verb = norms[i + 3]
        if verb in _NOT_REFUSED and not (verb == "going" and norms[i + 4 : i + 5] == ["to"]):
            continue
        if aux in FUTURE or (
            aux in PROGRESSIVE and (verb in ("gonna", "going") or verb.endswith("ing"))
        ):
            return "commitment"
        if aux in _NEGATED_AUX_DENY:
            return "denial"
    return None


def _emphasis(words: Sequence[str]) -> bool:
    """A sentence that only restates: a closer ("Full stop.") or a verbless negative
    fragment ("Not once.", "Not this year, not ever.", "Never.")."""
    if tuple(words) in _CLOSERS:
        return True
    return (
        0 < len(words) <= 6
        and words[0] in _FRAGMENT_HEADS
        and (len(words) == 1 or words[1] not in _NOT_FRAGMENTS)
        and _FINITE.isdisjoint(words)
        and _PERSONS.isdisjoint(words)  # "No, we'll get it done.": a clause, no fragment
        and FUTURE.isdisjoint(words)
    )


def _asks_of_us(norms: Sequence[str]) -> str | None:
    """What a sentence asks or expects of the speaker's side, for a bare "No." after it:
    "future" for their conduct to come ("Am I gonna quit?", "They want me to apologize",
    "they think we'll fold"), "premise" for a premise ("Worried?", "Some are calling this
    a crisis"), else None."""
    question = norms[-1] == "?"
    words = [n for n in norms if n not in _SENTENCE_MARKS]
    if (
        question
        and words
        and len(words) <= 3
        and _FINITE.isdisjoint(words)
        and _PERSONS.isdisjoint(words)
    ):
        return "premise"  # "Worried?", "Regret it?"
    for i in range(1, len(words)):
        w = words[i]
        if question and w in ("i", "we") and words[i - 1] in _INVERTED_AUX:
            if not _GOING.isdisjoint(words[i - 1 : i + 4]):  # "Will we...", "Am I gonna..."
                return "future"
            if not _ASKED_YIELD.isdisjoint(words[i + 1 : i + 4]):
                return "premise"
        if (
            not question
            and w in _EXPECTING
            and words[i - 1] not in ("i", "we", "you")
            and "if" not in words[:i]  # "If the club wants to sack me, ...": a condition
        ):
            said = words[i + 1 : i + 9]
            if _EXPECTED_OF.isdisjoint(
                w for k, w in enumerate(said) if said[k + 1 : k + 2] != ["think"]
            ):  # "She asked, I think, whether...": the speaker's own hedge
                continue
            for k, s in enumerate(said):
                if (s in ("i", "we") and not _GOING.isdisjoint(said[k + 1 : k + 3])) or (
                    s in ("me", "us") and said[k + 1 : k + 2] == ["to"]
                ):
                    return "future"
            return "premise"
    return None


def _may_refuse(norms: Sequence[str]) -> bool:
    """Whether a sentence may restate or answer with a refusal (cheap: its first word, or
    its last before a mark)."""
    return (
        norms[0] in _FRAGMENT_HEADS
        or norms[0] in _INTERJECTIONS
        or norms[0] in ("i", "we", "it", "that", "absolutely", "certainly", "of", "nope", "nah")
        or (len(norms) > 1 and norms[-2] in _CLOSER_ENDS)
    )


def _counted(matches: Sequence[Match], sentences: set[int], category: str) -> bool:
    """Whether a match of ``category`` is counted in one of ``sentences`` (the last ones)."""
    for m in reversed(matches):
        if m.sentence not in sentences:
            if m.sentence < min(sentences):
                return False
            continue
        if m.category == category:
            return True
    return False


# 1.12.0: a bare apology after the speaker's own account of a failure ("I fought for this
# plant for three years. I lost. I'm sorry.", "Our response was too slow, and students
# paid for it. I'm sorry."): a concession. A bare "I'm sorry." is politeness as often
# ("I'm sorry. We have just a little bit of time left", "Oh, I'm sorry."), so it counts
# only after a statement of the same turn that concedes, or that tells the speaker's own
# past (*I, we, our, my* and a past verb), and not after "oh".
BARE_APOLOGY = Entry("i 'm sorry .", ("i", "'m", "sorry", "."), "concession", 1.0, "concession")
_SORRY = frozenset({("i", "'m", "sorry"), ("i", "am", "sorry"), ("we", "'re", "sorry")})
_SORRY |= frozenset({("we", "are", "sorry"), ("i", "'m", "so", "sorry")})
_PAST = frozenset(
    "was were did lost made got paid took let failed messed blew missed fell had went "
    "left broke".split()
)


def _own_past(norms: Sequence[str]) -> bool:
    """Whether a sentence tells the speaker's own past: *I* or *we* and a past verb ("I
    lost", "we really messed up"), or *our* or *my* and a subject phrase before *was* or
    *were* ("Our response to the protests was too slow")."""
    for i, w in enumerate(norms):
        if w in ("i", "we") and norms[i + 1 : i + 2] != [] and norms[i + 1] not in PROGRESSIVE:
            for v in norms[i + 1 : i + 3]:  # not "I'm obliged to cut you off"
                if v in _PAST or (v.endswith("ed") and len(v) > 4):
                    return True
        elif w in ("our", "my") and not {"was", "were"}.isdisjoint(norms[i + 2 : i + 8]):
            return True
    return False


def _bare_apology(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The match of a bare "I'm sorry." after the speaker's own account of a failure."""
    if len(norms) > 8 or norms[-1] not in (".", "!") or norms[0] == "oh":
        return []
    words = [n for n in norms if n not in _SENTENCE_MARKS]
    if len(words) > 5 or not any(tuple(words[-k:]) in _SORRY for k in (3, 4)):
        return []
    if not recent or recent[-1][0].segment != sentence.segment:
        return []
    before, prior = recent[-1]
    if prior[-1] == "?" or _counted(matches, {sentence.index}, "concession"):
        return []
    if not _counted(matches, {before.index}, "concession") and not _own_past(prior):
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    first = max(i for i, n in enumerate(norms) if n in ("i", "we"))
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(first, len(norms) - 1, (BARE_APOLOGY,)),
            term=BARE_APOLOGY.pattern,
            source="concession",
            category="concession",
            weight=1.0,
            negator="",
            lexicon="concession",
            detail="an apology after a failure owned",
        )
    ]


# 1.13.0: an admission answered to one's own question (hypophora). A question about the
# speaker's own conduct or outcome, with a comparative of improvement or a word of
# failure ("Could I have done more?", "Could we have communicated better with
# shareholders?", "Was our launch a disaster?", "Am I embarrassed by the tweet?"),
# answered in the next, short sentence with an assent ("Sure.", "Perhaps.", "Yes.",
# "Kind of, yeah.") is a concession. Not a question without such a word ("Am I running?
# Of course I'm running."), nor one to another ("Could you have done more?").
SELF_ADMISSION = Entry("could we have done better? yes.", ("yes",), "concession", 1.0, "concession")
# (the "no" about one's own merit: "Did we deserve to win? No.")
SELF_DENIAL = Entry("did we deserve to win? no.", ("no",), "concession", 1.0, "concession")
_ASSENTS = frozenset(
    "yes yeah yep sure perhaps maybe probably possibly absolutely definitely certainly "
    "guilty kind sort partly arguably undoubtedly".split()
)
_SELF_ASKING = frozenset("could should would did do does am was were have had is".split())
_OWN_SUBJECTS = frozenset({"i", "we", "our", "my"})
_FAULTS = frozenset(
    (
        "wrong mistake mistakes disaster failure mess embarrassed ashamed regret late slow "
        "slowly error errors misjudge misjudged blew blow screw screwed mishandle mishandled "
        "fault fail failed"
        # 1.16.0: conduct judged in a word ("Did I dance badly?", "Was I too harsh?")
        " badly poorly messy harsh rude unfair careless reckless sloppy complacent naive "
        "arrogant unprepared overconfident too"
    ).split()
)
# 1.16.0: a "no" to one's own question about merit is an admission too: "Did we deserve
# to win? No.", "Were we good enough? Probably not.", "Did we get it right? No." (not
# "Did we deserve this? No!", which protests).
_MERITS = frozenset({"enough", "right", "well"})
_NO_ANSWERS = frozenset({"no", "nope", "nah"})
_NO_PHRASES = (["probably", "not"], ["not", "really"], ["not", "quite"], ["definitely", "not"])
# What a short answer may open with before its assent: "Girl, yes.", "Honestly? Yes."
_ANSWER_OPENERS = frozenset({"girl", "man", "honestly", "look", "well", "oh"})
# A comparative of improvement asks about a fault only of what is done: "Could we have
# done better?", "Did we move sooner?"; not "Do we have a better plan?", "Should we invest
# more?".
_COMPARATIVES = frozenset("better more differently sooner earlier faster quicker".split())
_PAST_ASKING = frozenset("did was were had".split())
_NOT_PARTICIPLES = frozenset("a an the any some more better enough no to".split())
_ASSENT_WORDS = 6


def _merit_asked(asked: Sequence[str]) -> bool:
    """Whether one's own question asks about merit: "deserve to win / go through" (not
    "deserve this", "deserve to lose"), "good enough", "get it right", "play well"."""
    if not _MERITS.isdisjoint(asked):
        return True
    at = next((i for i, w in enumerate(asked) if w.startswith("deserve")), None)
    return (
        at is not None
        and asked[at + 1 : at + 2] == ["to"]
        and (asked[at + 2 : at + 3] not in (["lose"], ["be"]))
    )


def _self_admission(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The match of a short assent answering the speaker's own question about a fault."""
    words = [n for n in norms if n not in _SENTENCE_MARKS]
    if (
        len(words) > 1
        and words[0] in _ANSWER_OPENERS
        and (words[1] in _ASSENTS or words[1] in _NO_ANSWERS or words[1:3] in _NO_PHRASES)
    ):
        words = words[1:]  # "Honestly, no.", "Well, yes."
    if not words or len(words) > _ASSENT_WORDS:
        return []
    denied = (words[0] in _NO_ANSWERS and words[1:2] != ["doubt"]) or words[:2] in _NO_PHRASES
    if not denied and words[0] not in _ASSENTS | {"of"}:
        return []
    if words[0] == "of" and words[1:2] != ["course"]:
        return []
    if not denied and (not NEGATOR_WORDS.isdisjoint(words) or "no" in words):
        return []
    if not recent or recent[-1][0].segment != sentence.segment:
        return []
    prior = recent[-1][1]
    if prior[-1] != "?" or _counted(matches, {sentence.index}, "concession"):
        return []
    asked = [w for w in prior[_question_start(prior) :] if w not in _FILLERS]
    while asked and asked[0] in _OPENING_FILLERS:
        asked = asked[1:]
    if len(asked) < 3 or asked[0] not in _SELF_ASKING or asked[1] not in _OWN_SUBJECTS:
        return []
    past = asked[0] in _PAST_ASKING or (
        asked[2] in ("have", "'ve") and asked[3:4] != [] and asked[3] not in _NOT_PARTICIPLES
    )
    if denied:
        if not _merit_asked(asked):
            return []
    elif _FAULTS.isdisjoint(asked) and (not past or _COMPARATIVES.isdisjoint(asked)):
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    at = norms.index(words[0])
    entry = SELF_DENIAL if denied else SELF_ADMISSION
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(at, at + 1, (entry,)),
            term=entry.pattern,
            source="concession",
            category="concession",
            weight=1.0,
            negator="",
            lexicon="concession",
            detail="an admission: assent to one's own question about a fault",
        )
    ]


def _refuse_predicted(
    text: str, before: Sentence, prior: Sequence[str], matches: list[Match]
) -> None:
    """1.12.0: "Management thinks we're gonna throw in the towel. We're not.": the give-way
    another party expects of the speaker's side, refused in the next sentence, is no
    concession of the speaker's but the matter of the refusal (defiance, as rule 9 reads
    "They think we'll cave. We won't."). Relabels, in place, the counted concessions of
    the sentence before that follow its verb of expecting."""
    at = next(
        (
            i
            for i in range(1, len(prior))
            if prior[i] in _EXPECTING and prior[i - 1] not in ("i", "we", "you")
        ),
        None,
    )
    if at is None:
        return
    tokens = tokens_of(text[before.start : before.end], prior, before.start)
    after = tokens[at].end
    for k in range(len(matches) - 1, -1, -1):
        m = matches[k]
        if m.sentence != before.index:
            if m.sentence < before.index:
                break
            continue
        if m.category == "concession" and m.start >= after:
            matches[k] = replace(m, category="defiance", detail=_PREDICTED_REFUSED)


_PREDICTED_REFUSED = "a give-way predicted of us, refused"


def _sealed(prior: Sequence[str], matches: Sequence[Match], before: Sentence) -> bool:
    """1.16.0: whether a bare "Period." / "Full stop." seals the sentence before as settled
    (resolve, as the closer inside a clause does): a sentence of one's own or a future
    ("We're paying it. Full stop."), not an admission ("That failure is ours. Full
    stop.") nor a hedge."""
    if not _ADMITTED.isdisjoint(prior) or _SEALED_STANDS.isdisjoint(prior):
        return False  # and a stand of one's own or a future: not "The budget closes on Friday."
    return not any(
        m.sentence == before.index and m.category in ("concession", "hedging") for m in matches
    )


def _structural_refusal(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    recent: Sequence[tuple[Sentence, Sequence[str]]],
    matches: Sequence[Match],
) -> list[Match]:
    """The matches of an emphatic restatement or an elliptic refusal in ``sentence``,
    read against the last sentences of the same turn (``recent``)."""
    words = _content(norms)
    if not words or len(words) > _SHORT:
        return []  # each form read below is short (``_emphasis``, ``_first_person_refusal``)
    mine = [(s, n) for s, n in recent if s.segment == sentence.segment]
    while mine and not _content(mine[-1][1])[1:] and mine[-1][1][-1] != "?":
        mine.pop()  # "Am I gonna quit? Lol. No.": an interjection between
    if not mine:
        return []
    before, prior = mine[-1]
    kind = None
    # an emphatic restatement of the speaker's own negation
    if _emphasis(words) and prior[-1] != "?":
        kind = _own_negation(prior)
        if kind is not None and _counted(matches, {before.index}, "concession"):
            kind = None  # 1.12.0: "We weren't good enough. No excuses.": an admission restated
        entries = (
            (EMPHATIC_REFUSAL, EMPHATIC_COMMITMENT) if kind == "commitment" else (EMPHATIC_REFUSAL,)
        )
        if kind is None and tuple(words) in _SEALING_CLOSERS and _sealed(prior, matches, before):
            kind, entries = "closer", (EMPHATIC_COMMITMENT,)
    elliptic = _first_person_refusal(norms) and _ELLIPSIS.issuperset(words[3:])
    if kind is None and (
        tuple(words) in _BARE_NEGATIVES or tuple(words) in _CLAIM_DENIED or elliptic
    ):
        kind = _asks_of_us(prior)
        entries = (
            (ELLIPTIC_REFUSAL, ELLIPTIC_COMMITMENT) if kind == "future" else (ELLIPTIC_REFUSAL,)
        )
    if kind is None:
        return []
    if kind == "future" and prior[-1] != "?" and isinstance(matches, list):
        _refuse_predicted(text, before, prior, matches)
    both = {before.index, sentence.index}
    entries = tuple(e for e in entries if not _counted(matches, both, e.category))
    if not entries:
        return []
    tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    last = len(norms) - (norms[-1] in _SENTENCE_MARKS)
    return [
        _match(
            text,
            sentence,
            tokens,
            Hit(0, max(last, 1), (e,)),
            term=e.pattern,
            source=e.category,
            category=e.category,
            weight=e.weight,
            negator="",
            lexicon=e.lexicon,
            detail="emphatic refusal"
            if e in (EMPHATIC_REFUSAL, EMPHATIC_COMMITMENT)
            else "elliptic refusal",
        )
        for e in entries
    ]


def _sentences_in_segments(text: str, segments: Sequence[Segment]):
    """(segment index, segment, start, end, Punkt sentence number) of each sentence, cut
    at segment bounds.

    Punkt runs once over the whole text (it is costly to start on each short segment);
    a sentence that crosses a segment boundary ("...1940," he said on Aug. 16.) is cut
    there, so every sentence has one speaker.
    """
    spans = document_sentences(text)
    k = 0
    for index, seg in enumerate(segments):
        body = seg.start + seg.head
        while k < len(spans) and spans[k][1] <= body:
            k += 1
        j = k
        while j < len(spans) and spans[j][0] < seg.end:
            start, end = max(spans[j][0], body), min(spans[j][1], seg.end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                yield index, seg, start, end, j
            j += 1


_OPENING_MARKS = frozenset({"\u201c", '"', "``", "''", "'", "\u2018", "\u00ab"})
_CLOSING_MARKS = frozenset({"\u201d", '"', "''", "'", "\u2019", "\u00bb"})
# A second part that opens a clause keeps the comma before the cue as a clause bound:
# '"...never seen before," he said, "and I hope..."'.
_CUE_CLAUSE_OPENERS = frozenset(
    "and but or so because which who whom whose that if when while although though as "
    "since unless until whereas i we you he she they it there this these those".split()
)
_CUE_WORDS = 12  # '"...," Ms. Ortiz, the union's lead negotiator, told reporters, "..."'
_DASHES = ("\u2014", "\u2013", "--", "-")


def _lead(
    text: str,
    interrupted: tuple[Segment, int, int, int] | None,
    seg: Segment,
    span: int,
    start: int,
) -> tuple[Token, ...]:
    """The words of a quotation that a cue interrupts mid-sentence, to read its second
    part with: '"We will not," she said, "give up."' is one sentence of hers, and "give
    up" is negated. The first part must be the same speaker's quotation in the same
    sentence and end in a comma or a dash; the cue between is short and ends in a
    comma; the second part goes on in lower case. Partial quotations woven into the
    narration ('accused him of an "artful smear"') are not continuations."""
    if interrupted is None or seg.kind != "quote":
        return ()
    before, before_span, a, b = interrupted
    if before is seg or before.speaker != seg.speaker or before_span != span:
        return ()
    cue = text[b:start].split()
    dashed = bool(cue) and cue[0] in _DASHES and cue[-1] in _DASHES  # — she paused —
    if not cue or len(cue) > _CUE_WORDS or not (dashed or cue[-1].endswith(",")):
        return ()
    # the comma may stand after the closing mark: '"We will not", she said, "give up".'
    comma_outside = cue[0].startswith(",")
    words = [
        t
        for t in tokenize(text[start : seg.end])
        if t.norm not in _OPENING_MARKS and t.norm not in _DASHES
    ]
    if not words or not words[0].text[:1].islower():
        return ()
    tokens = list(tokenize(text[a:b], a))
    while tokens and tokens[-1].norm in _CLOSING_MARKS:
        tokens.pop()
    if not tokens or not (tokens[-1].norm in (",", *_DASHES) or dashed or comma_outside):
        return ()
    if tokens[-1].norm in (",", *_DASHES) and words[0].norm not in _CUE_CLAUSE_OPENERS:
        tokens.pop()  # the cue's comma, inside a clause: "We are not going to," ... "back down"
    elif comma_outside and words[0].norm in _CUE_CLAUSE_OPENERS:
        return ()  # a clause of its own: keep the bound the comma made
    while tokens and tokens[0].norm in _OPENING_MARKS:
        tokens.pop(0)
    return tuple(tokens)


def _continued_matches(
    text: str, sentence: Sentence, lead: tuple[Token, ...], resources: Resources
) -> list[Match]:
    """``sentence``'s matches, read after ``lead`` (see ``_lead``). Matches that lie
    wholly in the lead were counted with the first part; one that spans the cue
    ("never," he said, "surrender") counts here, over its words in this part."""
    own = list(tokenize(text[sentence.start : sentence.end], sentence.start))
    while own and (own[0].norm in _OPENING_MARKS or own[0].norm in _DASHES):
        own.pop(0)  # the second part's opening mark, or a dash: '"— give up."'
    tokens = (*lead, *own)
    found = sentence_matches(text, sentence, [t.norm for t in tokens], resources, tokens)
    here = own[0].start if own else sentence.start
    return [
        m if m.start >= here else replace(m, start=here, text=text[here : m.end])
        for m in found
        if m.end > here
    ]


def _denial(frame: str) -> str:
    """The negator of a frame that denies the likeness itself ("this is no", "he is
    not"): "This is no Watergate" is an analogy, and a contrastive one."""
    words = frame.split()
    return next((b for a, b in pairwise(words) if a in COPULAS and b in NEGATOR_WORDS), "")


# A question quoted at the end of a statement ("I stood up to President Reagan and said,
# how can we possibly...?"): the statement before the saying is the speaker's stance.
_QUESTION_SAYING = frozenset("said say says asked ask asks told tell tells".split())
_INTERROGATIVES = frozenset(
    "who whom whose what which why how when where whether is are was were am do does did "
    "can could will would shall should may might must have has had 're 's".split()
)
_OPENING_FILLERS = frozenset("and but so now well first then or ,".split())


def _question_start(norms: Sequence[str]) -> int:
    """The token where the question of a sentence ending in "?" starts: after the last
    "said," / "asked," when the sentence does not open as a question itself (0 then)."""
    lead = 0
    while lead < len(norms) and norms[lead] in _OPENING_FILLERS:
        lead += 1
    if lead >= len(norms) or norms[lead] in _INTERROGATIVES:
        return 0
    for j in range(len(norms) - 2, lead, -1):
        if norms[j] in _QUESTION_SAYING and norms[j + 1] in (",", ":", '"', "\u201c", "``"):
            return j
    return 0


# Spoken disfluencies (1.8.0): fillers and a stuttered function word or pronoun break
# phrases ("I- I'll give her that", "has, uh, decided to delay", "We'll, uh, we'll take
# two more"). They are left out before matching; a repeated content word ("never,
# never") is emphasis and stays.
_FILLERS = frozenset({"uh", "um", "er", "erm", "uhm", "uh-huh", "mm", "hmm"})
_STUTTER_MARKS = frozenset({",", "-", "--", "\u2014", "\u2013", "..."})
_STUTTERED = frozenset(
    "i we you they he she it that this the a an to in into of on for and but if so "
    "'ll 'm 're 's 've 'd will wo do did does is are was were have has had "
    # 1.9.0: modals restart too ("I may have, uh, I may have overstated")
    "may might can ca could would should must".split()
)


def _fluent(norms: Sequence[str]) -> list[int] | None:
    """The positions of the tokens to match when ``norms`` holds fillers or a stutter
    (a pronoun or function word, or two or three, said again after a comma or dash), else
    None.
    A filler goes with the commas around it ("has, uh, decided" reads "has decided")."""
    if _DISFLUENT.isdisjoint(norms):
        return None  # most sentences: no filler, comma or dash
    n = len(norms)
    drop: set[int] = set()
    for i in compress(range(n), map(_DISFLUENT.__contains__, norms)):
        if norms[i] in _FILLERS:
            drop.add(i)
            if i + 1 < n and norms[i + 1] in _STUTTER_MARKS:  # "uh,", "uh -"
                drop.add(i + 1)
            if i and norms[i - 1] == ",":
                drop.add(i - 1)
            continue
        if not i or i in drop:
            continue
        j = i + 1  # "i - i 'll", "we , we", "i 'll , i 'll", "into , uh , into"
        while j < n and (norms[j] in _FILLERS or (norms[j] == "," and norms[j - 1] in _FILLERS)):
            j += 1
        if j == n or norms[j] not in _STUTTERED:
            continue  # a comma or a dash, no stutter: what is said again is a function word
        for size in (3, 2, 1):  # 1.9.0: three words ("I may have, uh, I may have")
            before = norms[i - size : i] if i >= size else ()
            if (
                len(before) == size
                and tuple(before) == tuple(norms[j : j + size])
                and all(u in _STUTTERED for u in before)
                and before[0][0] != "'"
            ):
                drop.update(range(i - size, j))
                break
        else:  # a restart: "that's just, that's flatly false", "we were, we are"
            for k in (1, 2):
                start = i - 2 - k
                if (
                    start >= 0
                    and norms[start] in _STUTTERED
                    and norms[start + 1][:1] == "'"
                    and tuple(norms[start : start + 2]) == tuple(norms[j : j + 2])
                    and all(u in _RESTART_FILLERS for u in norms[start + 2 : i])
                ):
                    drop.update(range(start, j))
                    break
    if not drop:
        return None
    return [i for i in range(n) if i not in drop]


_DISFLUENT = _FILLERS | _STUTTER_MARKS
_RESTART_FILLERS = frozenset(
    "just really actually simply totally honestly frankly very so like kinda also still".split()
)


# 1.8.0: a spoken question often follows a statement of the speaker's own in the same
# sentence ("I'm not sure I follow, are you saying...?", "I could be totally wrong, but
# it feels like it peaked?", "I'll grant that, but a third?", "...never say never,
# right?"). A hit in an earlier clause whose subject is *I* or *we* is stated, not asked.
_QUESTION_BOUNDS = frozenset({",", ";", ":", ".", "!", "\u2014", "--", "-", "but"})
_STATEMENT_OPENERS = frozenset(
    "and but so now well look yes okay ok sure honestly frankly maybe perhaps probably then".split()
)
_FIRST_PERSON = frozenset({"i", "we"})


def _stated_before_question(norms: Sequence[str], hit: Hit) -> bool:
    """Whether ``hit`` lies in a first-person clause before the last clause of a sentence
    that ends in a question mark."""
    lead = 0
    while lead < len(norms) and norms[lead] in _OPENING_FILLERS:
        lead += 1
    if lead >= len(norms) or norms[lead] in _INTERROGATIVES:
        return False  # "Are we as strong as we must be if we're going to...?"
    end = len(norms) - 1
    while end > 0 and (norms[end] in _QUOTE_CLOSERS or norms[end] == "?"):
        end -= 1
    if ":" in norms[hit.last : end]:
        return False  # "I must ask you: will you...?" frames the question
    bound = next((i for i in range(end, hit.last - 1, -1) if norms[i] in _QUESTION_BOUNDS), None)
    if bound is None or bound == end:
        return False
    start = hit.first
    while start > 0 and norms[start - 1] not in _QUESTION_BOUNDS and norms[start - 1] != ":":
        start -= 1
    while start < end and norms[start] in _STATEMENT_OPENERS:
        start += 1  # "and maybe I don't"
    return norms[start] in _FIRST_PERSON


def is_question(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(tokens):
        if token.norm not in _QUOTE_CLOSERS:
            return token.norm == "?"
    return False


def sentence_matches(
    text: str,
    sentence: Sentence,
    norms: Sequence[str],
    resources: Resources,
    tokens: Sequence[Token] | None = None,
) -> list[Match]:
    """Lexicon and analogy matches of one sentence, negation applied; ``norms`` are its
    tokens' norms (``token_norms``). Its tokens, with offsets, are built from them only
    when it has a hit, unless given (with words before the sentence: see
    ``_continued_matches``)."""
    kept = _fluent(norms)
    if kept is not None:  # "We'll, uh, we'll take two more": read as "We'll take two more"
        if tokens is None:
            tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
        tokens = [tokens[i] for i in kept]
        norms = [t.norm for t in tokens]
    hits = resources.find(norms)
    if not hits and not any(map(str.endswith, norms, _ANALOGY_ENDINGS)):
        return []
    if tokens is None:  # the norms are still all the sentence's (no filler was left out)
        tokens = tokens_of(text[sentence.start : sentence.end], norms, sentence.start)
    question = is_question(tokens)
    asked_from = _question_start(norms) if question else 0
    stance = [h for h in hits if not any(e.category in (FRAME, ERA) for e in h.entries)]
    occupied = {i: h for h in stance for i in range(h.first, h.last)}
    # "I'm not going to": a negative commitment whose negator still negates what follows
    # ("I'm not going to give up"), as "n't" does after "we wo".
    see_through = {
        i
        for h in stance
        if any(_negative_commitment(e) for e in h.entries)
        for i in range(h.first, h.last)
    }
    clauses = reported_clauses(tokens) if stance else frozenset()
    reported = clauses | other_actor_acts(tokens) if stance else frozenset()
    mentioned = _mentioned(norms, _word_before(text, tokens[0].start)) if stance else frozenset()
    mock = not question and _mocking(norms, stance)
    # 1.11.0: "I won't comment on the negotiations": the negator of a declined answer
    # negates the answering, not the topic after it.
    declined = _declined_negators(norms, stance)
    out: list[Match] = []
    # "I'm not going to stand here and apologize": the negator reaches past the frame (and
    # past it to a promise: "I'm not gonna stand up here and promise you...")
    sitting = {h.last: h for h in stance if any(e.pattern in _SITTING for e in h.entries)}
    for k, hit in enumerate(stance):
        stops = occupied.keys() - set(range(hit.first, hit.last)) - see_through
        frame = sitting.get(hit.first)
        for entry in hit.entries:
            neg = (
                negation(norms, hit.first, hit.last, entry.tokens, stops)
                if negatable(entry)
                else NOT_NEGATED
            )
            if frame is not None and not neg.text and entry.category in ("concession", "resolve"):
                neg = negation(
                    norms,
                    frame.first,
                    hit.last,
                    entry.tokens,
                    stops - set(range(frame.first, hit.first)),
                )
            if entry.category == YIELDING and neg.text in COMPARATIVE_NEGATORS:
                neg = NOT_NEGATED
            category = flip(entry.category) if neg.text else entry.category
            detail = ""
            if neg.text and entry.pattern in _CERTAINTY:
                # "I cannot say for certain", "it's not certain that": uncertainty
                category, detail = "hedging", "negated certainty: uncertainty"
            # "The airline backed down": a third party's act (rule 9)
            others = hit.first in reported or (
                (entry.category != "hedging" or norms[hit.first] in HEDGE_VERBS)
                and third_party_act(tokens, hit.first, entry.tokens)
            )
            extra_resolve = False
            if (
                mock
                and not neg.text
                and entry.category in _GIVING_WAY
                and (entry.category == "concession" or _after_copula(norms, hit.first))
            ):
                # "Sure, we'll just roll over", "Oh, I'm so scared": mock assent.
                category, detail = "defiance", "mock concession or mock fear (irony)"
            elif mock and category == "resolve":
                category, detail = "", "mock certainty (irony)"
            elif category == YIELDING:
                category, detail = "", "yielding verb: counts only when negated"
            elif category == "hedging" and entry.pattern in _APPROXIMATORS:
                category, detail = "", _APPROXIMATE  # "at approximately 4:40 this morning"
            elif entry.pattern in _SITTING and _disclaims(norms, hit):
                category, detail = "", _DISCLAIMER  # "I'm not gonna sit here and tell you"
                if neg.text and _candour(norms, hit):
                    # 1.13.0: "I'm not going to sit here and pretend we handled it well"
                    category, detail = "concession", _CANDOUR
            elif entry.category == "hedging" and _concessive(norms, hit, entry):
                if (
                    _concessive(norms, hit, entry, _DEFYING_OPENERS)
                    and hit.last < len(norms)
                    and norms[hit.last] in _SAYING_VERBS
                    and (hit.last + 1 == len(norms) or norms[hit.last + 1] in _SENTENCE_MARKS)
                ):
                    # "whatever the bankers in London may say": brushing aside others' views
                    category, detail = "defiance", "whatever they may say: others' views defied"
                else:
                    category, detail = "", "a concessive modal ('however hard it may be')"
            elif category == "hedging" and _granting(norms, hit, entry):
                # "The honourable member may huff and puff, but this side will not be moved"
                category, detail = "", "a modal granting a point before 'but'"
            elif (
                question
                and category
                and hit.first >= asked_from
                and not _stated_before_question(norms, hit)
                and entry.tokens[-1] != "?"  # 1.11.0: a taunt ("How'd that work out?")
                and not _disbelief(entry)
            ):
                category, detail = "", "question: not counted as the speaker's stance"
            elif category == "concession" and (held := _held_out(norms, hit)) is not None:
                # "We will block the motorway until the ministry backs down", "we will
                # lay down our arms only when the last occupier has left".
                category, detail = "defiance", "a give-way demanded of the other side"
                aux = next((i for i in range(held) if norms[i] in FUTURE), None)
                if aux is not None and not _counted_in(occupied, frozenset({aux}), "resolve"):
                    extra_resolve = True
            elif category and hit.first in mentioned:
                category, detail = "", "a quoted title or phrase: mentioned, not used"
            elif category == "concession" and hit.first in reported and _rebutted(norms, stance, k):
                # "The union says we will cave; they are mistaken": a give-way predicted
                # of us and rebutted is a refusal.
                category, detail = "defiance", "a concession predicted of us, rebutted"
                extra_resolve = True
            elif (
                category
                and others
                and not ((_at_us(entry) or judges_another(entry)) and hit.first not in clauses)
            ):
                # "he backed down", but not "she has misjudged us", "she didn't say that"
                # (the speaker's stance)
                category, detail = (
                    "",
                    _PREDICTED
                    if category == "concession" and _predicted_of_us(norms, hit)
                    else "someone else's stance: reported speech or a third person's act",
                )
            elif (neg.text and not declined.isdisjoint(neg.tokens)) or (
                category in ("concession", "defiance") and _commented_topic(norms, hit.first)
            ):
                category, detail = "", "the topic of a declined answer, not a refusal"
            elif neg.text and _counted_in(occupied, neg.tokens, category):
                # "refuse to give up", "surrender is out of the question": the negator is
                # itself a hit of the same category; one act, counted once.
                category, detail = "", f"negator already counted as {category}"
            elif category == "resolve" and neg.text and _doubt_acknowledged(norms, hit, entry):
                # "I don't doubt for a second that you mean well", "has no doubt received"
                category, detail = "", "courtesy or presumption, not certainty"
            elif category == "resolve" and not neg.text and _courtesy(norms, hit, entry):
                category, detail = "", "courtesy or acknowledgment, not certainty"
            elif category == "hedging" and _deliberative(norms, hit, entry, stance):
                category, detail = "", _DELIBERATIVE
            elif (
                category == "resolve"
                and entry.pattern == "of course"
                and not _boosting(norms, hit, occupied)
            ):
                category, detail = "", "'of course' as a discourse marker: shared knowledge"
            elif category == "resolve" and is_bare_commitment(entry.tokens):
                detail = _what_commitment(norms, stance, occupied, k, reported)
                category = "" if detail else category
            elif category == "resolve" and not neg.text and _hedged_right_before(norms, stance, k):
                category, detail = "", "hedged commitment"  # "maybe we can do it"
            elif (
                category == "resolve"
                and entry.pattern in _BOOSTERS
                and k + 1 < len(stance)
                and same_clause(norms, hit.last, stance[k + 1].first)
                and any(
                    e.category == "concession"
                    and not negation(norms, stance[k + 1].first, stance[k + 1].last, e.tokens).text
                    for e in stance[k + 1].entries
                )
            ):
                # "we'd certainly be willing to meet them halfway": a give-way boosted
                category, detail = "", "a booster of a concession, not resolve"
            match = _match(
                text,
                sentence,
                tokens,
                hit,
                term=entry.pattern,
                source=entry.category,
                category=category,
                weight=entry.weight,
                negator=neg.text,
                lexicon=entry.lexicon,
                detail=detail,
            )
            out.append(match)
            # "we will not surrender", "I'm not going anywhere": a refusal about one's own
            # conduct to come is a commitment too, unless its auxiliary already counts.
            aux = commitment(norms, hit.first, entry, neg)
            if extra_resolve or (
                aux is not None
                and not (question or mock or others)
                and detail != _DISCLAIMER
                and not _counted_in(occupied, frozenset({aux}), "resolve")
            ):
                out.append(replace(match, category="resolve", detail="refusal as a commitment"))
    # An analogy needs an era or a frame among the hits, or an "X-style" or "X-gate" word.
    if len(hits) == len(stance) and not any(map(str.endswith, norms, _ANALOGY_ENDINGS)):
        return sorted(out, key=lambda m: (m.start, m.end))
    capitalized = [t.text[:1].isupper() for t in tokens]
    surface = [t.text for t in tokens]
    for analogy in find_analogies(
        norms, hits, resources.periods, resources.era_words, capitalized, surface
    ):
        negator = negation(norms, analogy.first, analogy.last).text or _denial(analogy.frame)
        frame = f"frame '{analogy.frame}'"
        out.append(
            _match(
                text,
                sentence,
                tokens,
                analogy,
                term=analogy.frame,
                source="analogy",
                category="analogy",
                weight=1.0,
                negator=negator,
                lexicon="analogy",
                detail=f"{frame}; contrastive" if negator else frame,
                era=analogy.era.label,
                years=analogy.era.years,
            )
        )
    return sorted(out, key=lambda m: (m.start, m.end))


# 1.12.0: an approximate quantity is no hedge of the speaker's ("The suspect was taken
# into custody at approximately 4:40", "Test scores were up roughly three points",
# "about 40 percent"): of the sentences of the studied sets whose only hedges were these
# approximators, 18 of 19 are marked no hedge (all in blind7 to blind10 and the debates;
# the one hedge is in blind6). "give or take", "somewhere around", "ballpark" and the
# other approximators that own the guess stay hedges.
_APPROXIMATORS = frozenset(
    {"roughly", "approximately", "about #", "around #", "nearly #", "something like #", "or so"}
    | {"somewhere between"}
)
_APPROXIMATE = "an approximate quantity, not a hedge"


# 1.9.0: certainty denied is uncertainty, a hedge ("I cannot say for certain what the
# coming months will bring", "it is not certain that..."), as `not sure` is one; other
# negated resolve (a commitment, determination) counts nothing.
_CERTAINTY = frozenset(
    "for certain|for sure|am certain|'m certain|are certain|is certain|'s certain|"
    "certain that|percent sure|per cent sure|% sure|percent certain|per cent certain".split("|")
)


# 1.8.0: "we'd certainly be willing to meet them halfway": a booster of a give-way is no
# resolve, as a bare commitment to one is none (rule 8).
_BOOSTERS = frozenset({"certainly", "definitely", "absolutely", "surely", "of course"})


_SITTING = frozenset(
    {"sit here and", "stand here and", "sit back and", "sit quietly and"}
    | {"stand up here and", "sit up here and", "stand up there and"}
)


def _negative_commitment(entry: Entry) -> bool:
    """A resolve entry that is a bare commitment holding its own negator: "I'm not going
    to", "we're not gonna"."""
    return (
        entry.category == "resolve"
        and is_bare_commitment(entry.tokens)
        and any(u in NEGATOR_WORDS for u in entry.tokens)
    )


def _hedged_right_before(norms: Sequence[str], stance: Sequence[Hit], k: int) -> bool:
    """Whether an un-negated hedge ends right before hit ``k`` (or before its "that"):
    "Maybe we can do it", "I hope we can win", "I think that we can" (not a deliberative
    one)."""
    if not k:
        return False
    before, hit = stance[k - 1], stance[k]
    gap = norms[before.last : hit.first]
    return (not gap or gap == ["that"]) and any(
        e.category == "hedging"
        and not negation(norms, before.first, before.last, e.tokens).text
        and not _deliberative(norms, before, e, stance)
        for e in before.entries
    )


def _what_commitment(
    norms: list[str],
    stance: list[Hit],
    occupied: dict[int, Hit],
    k: int,
    reported: frozenset[int] = frozenset(),
) -> str:
    """Why the bare commitment of hit ``k`` ("I will", "we'll") is not resolve, or "".

    It governs an un-negated concession ("I will hand over power"): a commitment to
    give way; or a hedge governs it ("maybe we'll", "I think we will"); or it announces
    a step of the talk itself ("we're going to move on", "I'll talk about that later").
    """
    hit = stance[k]
    if procedural(norms, hit.last):
        return "discourse procedure, not a commitment"
    if _declining_to_answer(norms, hit):
        return "declining to answer: a step of the talk, not a commitment"
    if _disclaiming(norms, stance, k):
        return "a disclaimer: declining to claim, not a commitment"
    after = norms[hit.last : hit.last + 2]
    if len(after) == 2 and after[0] == "get" and after[1].endswith(("ed", "en")):
        return "a prediction of what befalls us, not a commitment"  # "I'll get fined"
    if after[:1] and after[0] in _PREDICTED_VERBS and _warning(norms, hit.first):
        return "the consequence of a warning, not a commitment"

    def plain(other: Hit, category: str) -> bool:
        stops = occupied.keys() - set(range(other.first, other.last))
        if any(map(_negative_commitment, hit.entries)):  # "I'm not going to give up"
            stops -= set(range(hit.first, hit.last))
        return any(
            e.category == category
            and not negation(norms, other.first, other.last, e.tokens, stops).text
            and (category != "concession" or _held_out(norms, other) is None)
            for e in other.entries
        )

    if (
        k
        and same_clause(norms, stance[k - 1].last, hit.first)
        and plain(stance[k - 1], "hedging")
        and not any(_deliberative(norms, stance[k - 1], e, stance) for e in stance[k - 1].entries)
    ):
        return "hedged commitment"  # not "I think we have to": a duty asserted
    if k + 1 < len(stance) and stance[k + 1].first == hit.last and plain(stance[k + 1], "hedging"):
        return "hedged commitment"  # "We'll probably go with the same eleven"
    tag = _parenthetical_hedge(norms, stance, k)
    if tag is not None and plain(tag, "hedging"):
        return "hedged commitment (a parenthetical hedge)"  # "We'll settle, I think, by May"
    if (
        k + 1 < len(stance)
        and same_clause(norms, hit.last, stance[k + 1].first)
        and plain(stance[k + 1], "concession")
    ):
        return "commitment to a concession"
    if _carrying_out(norms, stance, k, reported, plain):
        return "carrying out a concession made before it, not a commitment"
    return ""


# 1.10.0: a bare commitment to defer, in a clause after the speaker's own concession,
# carries the concession out ("I accept the results, and I'll work with the new
# administration", "I concede the point, and I'll amend my bill", "We hear the
# criticism, and we will rewrite the code with you"): compliance, not resolve. Only
# verbs of going along (``_DEFERRING``): a pledge to make amends stays resolve, as the
# gold sets mark it ("We botched the rollout, and we are going to put it right", "...
# and I will implement it in full", "... and we will abide by it" in one set, though
# another marks it compliance). Not across a contrast ("I accept the verdict, but we
# will fight on"), nor when the commitment's clause holds a negator or a hit of its own.
_CONTRASTS = frozenset("but yet however though although still nevertheless".split())
_DEFERRING = frozenset(
    (
        "support respect amend adapt withdraw rewrite revise phase cooperate comply "
        "defer adjust modify drop accept"
    ).split()
)
_DEFERRING_PHRASES = frozenset(
    {("work", "with"), ("go", "with"), ("hand", "over"), ("live", "with"), ("vote", "for")}
)


def _carrying_out(norms: Sequence[str], stance: Sequence[Hit], k: int, reported, plain) -> bool:
    """Whether the bare commitment of hit ``k`` follows a concession of the speaker's in an
    earlier clause of the sentence, with no contrast between."""
    hit = stance[k]
    if any(map(_negative_commitment, hit.entries)) or hit.last >= len(norms):
        return False
    verb = hit.last + (norms[hit.last] in PROCEDURE_ADVERBS)
    if not (
        (norms[verb : verb + 1] and norms[verb] in _DEFERRING)
        or tuple(norms[verb : verb + 2]) in _DEFERRING_PHRASES
    ):
        return False
    end = hit.last
    while end < len(norms) and norms[end] not in SCOPE_BREAKS and norms[end] not in _SENTENCE_MARKS:
        if norms[end] in NEGATOR_WORDS:
            return False
        end += 1
    if any(h.first < end for h in stance[k + 1 :]):
        return False  # "and we will appeal the ruling": a hit of its own
    for j in range(k - 1, -1, -1):
        before = stance[j]
        between = norms[before.last : hit.first]
        if not _CONTRASTS.isdisjoint(between):
            return False  # "I accept the verdict, but we will fight on"
        if (
            before.first not in reported
            and any(w in SCOPE_BREAKS for w in between)
            and plain(before, "concession")
        ):
            return True
    return False


# 1.9.0: a refusal to answer is a step of the talk, not a course of action: "I'm not
# going to comment on that", "I won't go further than that", "I'm not gonna get ahead of
# the President" (press briefings, hearings). Only negated: "we will answer any attack"
# is a pledge.
_NON_ANSWERS = frozenset("comment answer speculate elaborate characterize prejudge".split())
_NON_ANSWER_PHRASES = frozenset({("get", "ahead"), ("weigh", "in")})
# "get into / go into / go further / go beyond" decline only a matter of the talk: "I'm
# not going to get into that / the details", not "We will not get into another war".
_NON_ANSWER_MOVES = frozenset(
    {("get", "into"), ("go", "into"), ("go", "further"), ("go", "beyond")}
)
_MATTERS = frozenset(
    "that it this those these details specifics particulars names hypotheticals weeds "
    "speculation numbers here today now".split()
)
_MATTER_DETERMINERS = frozenset("the any all those these specific".split())


def _declining_to_answer(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a negated bare commitment ("I won't", "I'm not going to") governs a verb
    of answering or speculating: "I won't comment", "I'm not going to get into that"."""
    i = hit.last
    negated = any(map(_negative_commitment, hit.entries))
    if i < len(norms) and norms[i] in ("n't", "not"):
        negated, i = True, i + 1
    if not negated or i >= len(norms):
        return False
    if norms[i] in _NON_ANSWERS or tuple(norms[i : i + 2]) in _NON_ANSWER_PHRASES:
        return True
    if tuple(norms[i : i + 2]) not in _NON_ANSWER_MOVES:
        return False
    after = norms[i + 2 : i + 4]
    return (
        not after
        or after[0] in _MATTERS
        or after[0] in _SENTENCE_MARKS
        or (after[0] in _MATTER_DETERMINERS and after[1:2] != [] and after[1] in _MATTERS)
    )


def _declined_negators(norms: Sequence[str], stance: Sequence[Hit]) -> frozenset[int]:
    """The positions of the negators of bare commitments that decline to answer ("I
    won't comment on the negotiations"), with the commitment's own tokens (1.11.0)."""
    found: set[int] = set()
    for hit in stance:
        if any(map(_bare_commitment_entry, hit.entries)) and _declining_to_answer(norms, hit):
            found.update(range(hit.first, min(len(norms), hit.last + 1)))
    return frozenset(found)


_COMMENTING = frozenset("comment comments commenting speculate speculating elaborate".split())
_TOPIC_DETERMINERS = frozenset("the any these those their ongoing current".split())


def _commented_topic(norms: Sequence[str], first: int) -> bool:
    """Whether the hit at ``first`` is the topic of a comment ("comment on the
    negotiations", "speculate about any settlement"): a matter talked about (1.11.0)."""
    i = first - 1
    while i >= 0 and first - i <= 2 and norms[i] in _TOPIC_DETERMINERS:
        i -= 1
    return i >= 1 and norms[i] in ("on", "about") and norms[i - 1] in _COMMENTING


def _bare_commitment_entry(entry: Entry) -> bool:
    return entry.category == "resolve" and is_bare_commitment(entry.tokens)


# 1.9.0: "I'm not gonna sit here and tell you we've got it all figured out", "I'm not
# going to stand up here and promise you something I can't deliver": the negation is of
# a claim, not of a course of action; the speaker declines to claim (an admission or
# candour), and neither the commitment nor the frame is a refusal. "I'm not going to
# stand here and apologize" (no saying after the frame) stays one.
_DISCLAIMED = frozenset(
    "tell say pretend claim promise suggest guarantee predict sugarcoat whitewash".split()
)
# 1.13.0: a candour frame. Declining to pretend or to act as if something were so
# concedes that it is not ("I'm not going to sit here and pretend we handled the rollout
# well", "I'm not gonna sit here and act like I'm some kind of expert"): an admission.
# Not "tell you" (what follows may be the hearer's wish: "tell you what you want to
# hear").
_CANDOUR = "a candour frame: what is not pretended is admitted"
_PRETENDING = frozenset({"pretend", "act", "sugarcoat", "whitewash"})


def _candour(norms: Sequence[str], frame: Hit) -> bool:
    """Whether a negated sitting frame is followed by *pretend* or *act like / as if*,
    and a clause of its own ("pretend we...", "act like I'm...")."""
    at = frame.last
    if at >= len(norms) or norms[at] not in _PRETENDING:
        return False
    if norms[at] == "act":
        return norms[at + 1 : at + 2] == ["like"] or norms[at + 1 : at + 3] == ["as", "if"]
    return True


_DISCLAIMER = "a disclaimer: declining to claim, not a refusal"


def _disclaims(norms: Sequence[str], frame: Hit) -> bool:
    """Whether a sitting frame ("sit here and") is followed by a verb of saying, or by
    *act like / as if* (not "act on rumours": a refusal)."""
    if frame.last < len(norms) and norms[frame.last] == "act":
        return _candour(norms, frame)
    return frame.last < len(norms) and norms[frame.last] in _DISCLAIMED


def _disclaiming(norms: Sequence[str], stance: Sequence[Hit], k: int) -> bool:
    """Whether the bare commitment of hit ``k`` governs a sitting frame followed by a
    verb of saying ("I'm not gonna sit here and tell you...")."""
    if k + 1 >= len(stance) or not same_clause(norms, stance[k].last, stance[k + 1].first):
        return False
    frame = stance[k + 1]
    return any(e.pattern in _SITTING for e in frame.entries) and _disclaims(norms, frame)


# 1.9.0: a hedge set off by commas after a commitment in its clause qualifies it as much
# as one before it: "We'll resolve the dispute, I think, before the end of the month",
# "we'll win it, probably." (Holmes 1990: a parenthetical epistemic tag).
_PARENTHETICAL = frozenset(
    "i think|i believe|i guess|i suppose|i suspect|i hope|i imagine|probably|perhaps|maybe|"
    "hopefully".split("|")
)


# 1.15.0: disbelief put to the adversary is a question by form only ("And you expect
# this jury to believe that?", "Do you really expect us to believe..."): the second person
# and "believe" in a defiance entry.
def _disbelief(entry: Entry) -> bool:
    """Whether a defiance entry puts disbelief to its hearer ("you expect us to believe")."""
    return entry.category == "defiance" and "you" in entry.tokens[:4] and "believe" in entry.tokens


_TAG_ENDS = frozenset({",", ".", "!", "?", ";", "\u2014", "--"})
_TAG_BREAKS = frozenset({".", "!", "?", ";", ":", "and", "but", "because", "so", "if", "when"})


def _parenthetical_hedge(norms: Sequence[str], stance: Sequence[Hit], k: int) -> Hit | None:
    """The next hit after the bare commitment ``k`` if it is a hedge of ``_PARENTHETICAL``
    between a comma and a comma or the sentence's end, with no clause opening between."""
    if k + 1 >= len(stance):
        return None
    hit, tag = stance[k], stance[k + 1]
    if not any(e.pattern in _PARENTHETICAL for e in tag.entries):
        return None
    if tag.first == 0 or norms[tag.first - 1] != ",":
        return None
    if tag.last < len(norms) and norms[tag.last] not in _TAG_ENDS:
        return None  # "we'll fight, maybe not today": a clause of its own
    if any(n in _TAG_BREAKS for n in norms[hit.last : tag.first]):
        return None
    return tag


# 1.8.0: "If we don't pick up points, we'll be in a scrap": the consequence of a negative
# condition is a warning, not a commitment ("If elected, I will be..." is not negative).
_PREDICTED_VERBS = frozenset("be have end lose face get pay".split())
_IF_LEADS = frozenset("and but so because now well look".split()) | {","}


def _warning(norms: Sequence[str], first: int) -> bool:
    """Whether the clause ending before ``first`` (at a comma) is an *if* clause with a
    negator: "If we don't act, ...", "if they can't agree, ..."."""
    if not first or norms[first - 1] != ",":
        return False
    start = first - 2
    while (
        start >= 0 and norms[start] not in ("if", "unless") and norms[start] not in _SENTENCE_MARKS
    ):
        start -= 1
    if start < 0 or norms[start] not in ("if", "unless"):
        return False
    if any(n not in _IF_LEADS for n in norms[:start]):
        return False
    return norms[start] == "unless" or not NEGATOR_WORDS.isdisjoint(norms[start:first])


# Courtesy and acknowledgment (1.8.0): "I'm sure you'll all agree", "I'm sure the witness
# has had a chance", "I know the governor well", "I know a lot of you drove in", "I know
# it's been a long night": a certainty about another person or a shared fact is no
# commitment of the speaker's ("I'm sure we'll find common ground", "I know exactly what
# to do", "I know for a fact" are).
_COURTESY_ENTRIES = frozenset({"'m sure", "am sure", "i know"})
_COURTESY_NEXT = frozenset(
    "you your you 're the a an he she they him her them his their everyone everybody "
    "some many lots people folks how both".split()
)
_COURTESY_PRONOUNS = frozenset("you your he she they".split())
_ACKNOWLEDGED = (("it", "'s", "been"), ("it", "has", "been"), ("it", "was"), ("it", "'s", "hard"))


def _courtesy(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether a resolve hit of ``_COURTESY_ENTRIES`` is courtesy or acknowledgment."""
    if entry.pattern not in _COURTESY_ENTRIES:
        return False
    i = hit.last
    if i >= len(norms):
        return False
    if norms[i] == "that" and i + 1 < len(norms) and norms[i + 1] in _COURTESY_PRONOUNS:
        return True  # "I know that you and your running mate keep saying that"
    if norms[i] == "how" and i + 1 < len(norms) and norms[i + 1] == "to":
        return False  # "I know how to fix it": a claim of competence
    if norms[i] in _COURTESY_NEXT:
        return True
    return any(tuple(norms[i : i + len(a)]) == a for a in _ACKNOWLEDGED)


# 1.10.0: a doubt denied is no certainty of the speaker's (1) as courtesy to another:
# "I don't doubt for a second that you mean well", "I don't doubt it." (the addressee's
# word granted); (2) as the adverb of presumption between an auxiliary and its verb: "The
# department has no doubt received your request", "you will no doubt have heard".
_FOR_A_MOMENT = (
    ("for", "a", "second"),
    ("for", "a", "moment"),
    ("for", "a", "minute"),
    ("for", "one", "second"),
    ("for", "one", "moment"),
)
_PRESUMING_AUX = frozenset("has have had 've 's is are was were will 'll would".split())


# After "has no doubt" / "will no doubt": a participle or a base form ("You have no doubt
# heard", "she will no doubt know"), irregular ones included.
_PRESUMED_VERBS = frozenset(
    "be have know hear see heard seen read got made met felt found thought told said "
    "kept left lost paid sent spent understood".split()
)


def _doubt_acknowledged(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether a negated *doubt* grants another's word or presumes, rather than asserts."""
    if entry.category != "hedging" or not norms[hit.first].startswith("doubt"):
        return False
    before = norms[hit.first - 1] if hit.first else ""
    if before == "no" and hit.first >= 2 and norms[hit.first - 2] in _PRESUMING_AUX:
        after = norms[hit.last] if hit.last < len(norms) else ""
        return after.endswith(("ed", "en")) or after in _PRESUMED_VERBS
    if before not in ("n't", "not", "never") or norms[hit.first] != "doubt":
        return False
    i = hit.last
    taken_it = (
        i < len(norms)
        and norms[i] in ("it", "that")
        and (i + 1 == len(norms) or norms[i + 1] in _SENTENCE_MARKS or norms[i + 1] == "for")
    )
    i += taken_it
    for m in _FOR_A_MOMENT:
        if tuple(norms[i : i + len(m)]) == m:
            i += len(m)
            break
    if taken_it:
        return i == len(norms) or norms[i] in _SENTENCE_MARKS
    return tuple(norms[i : i + 2]) in (("that", "you"), ("that", "your")) or (
        i < len(norms) and norms[i] in ("you", "your")
    )


# Deliberative "I think" (Holmes 1990), "I believe", "I would say": before a claim the
# speaker drives home with a duty ("I think that we have to return"), a booster ("I think
# we all know", "simply") or a verdict after a copula ("I think we were right to pass
# it", "That, I think, is a mistake"), it asserts an opinion; it hedges only a claim left
# open. Another hedge in the sentence ("I think, and I could be wrong,", "maybe") keeps
# it a hedge.
_DELIBERATIVE = "'I think' asserting an opinion (a duty, booster or verdict follows): no hedge"
_DELIBERATIVE_ENTRIES = frozenset({"i think", "i believe", "i would say", "i 'd say"})
_DUTIES_AND_BOOSTERS = (
    *((word,) for word in "must should gotta absolutely clearly obviously simply".split()),
    *((word,) for word in "certainly definitely".split()),
    *((word, "to") for word in "have has need needs ought got".split()),
    ("of", "course"),
    ("all", "know"),
)
_DUTY_HEADS = frozenset(m[0] for m in _DUTIES_AND_BOOSTERS)
_OPINION_VERDICTS = (
    ("wrong",),
    ("right",),
    ("correct",),
    ("a", "mistake"),
    ("the", "right"),
    ("the", "correct"),
)
_CLAUSE_STOPS = frozenset({".", ";", "?", "!", ":", ",", "but", "and", "if", "because", "so"})
_MODALS = frozenset({"should", "must"})
_THINGS = frozenset({"it", "that", "this", "there", "which"})
_PLACES = frozenset(
    "next here there now behind in on at by around back away after before about across "
    "outside inside up down over under off".split()
)


def _deliberative(norms: Sequence[str], hit: Hit, entry: Entry, stance: Sequence[Hit]) -> bool:
    """Whether an "I think" hedge hit asserts an opinion in its clause rather than
    hedging it (see ``_DELIBERATIVE``)."""
    if entry.pattern not in _DELIBERATIVE_ENTRIES or any(
        h is not hit and any(e.category == "hedging" for e in h.entries) for h in stance
    ):
        return False
    # The clause it governs: after it ("I think that we have to"), and before it only
    # when it is set off by commas ("That, I think, is a mistake"); not an "if" clause
    # before it, nor another clause after "and".
    after = hit.last + 1 if hit.last < len(norms) and norms[hit.last] == "," else hit.last
    end = next((i for i in range(after, len(norms)) if norms[i] in _CLAUSE_STOPS), len(norms))
    words = list(norms[after:end])
    if hit.first and norms[hit.first - 1] == "," and after > hit.last:
        begin = next((i + 1 for i in range(hit.first - 2, -1, -1) if norms[i] in _CLAUSE_STOPS), 0)
        words = [*norms[begin : hit.first - 1], *words]
    for i, word in enumerate(words):
        epistemic = word in _MODALS and i and words[i - 1] in _THINGS  # "it should arrive"
        if (
            not epistemic
            and word in _DUTY_HEADS
            and any(tuple(words[i : i + len(m)]) == m for m in _DUTIES_AND_BOOSTERS)
        ):
            return True
        if word in _VERDICT_COPULAS:
            at = i + 2 if i + 1 < len(words) and words[i + 1].endswith("ly") else i + 1
            verdict = next(
                (v for v in _OPINION_VERDICTS if tuple(words[at : at + len(v)]) == v), None
            )
            if verdict and not (
                at + len(verdict) < len(words) and words[at + len(verdict)] in _PLACES
            ):
                return True  # not "right next to the bank"
    return False


# 1.8.0: "of course" in speech mostly marks shared knowledge ("The answer, of course, is
# that...", "Of course, we are 5 percent of the world's population", "Could we have done
# more? Of course, and..."); it is resolve when it boosts a commitment next to it ("we will
# of course defend our allies", "of course we're going to protect it").
_COMMITTING_NEAR = frozenset({"will", "'ll", "shall", "wo", "must", "going", "gonna"})


def _boosting(norms: Sequence[str], hit: Hit, occupied: dict[int, Hit]) -> bool:
    """Whether a commitment's auxiliary, or a hit of resolve or defiance ("No surrender,
    of course."), stands within three words of ``hit``."""
    near = [*range(max(0, hit.first - 3), hit.first), *range(hit.last, hit.last + 3)]
    return any(
        i < len(norms)
        and (
            norms[i] in _COMMITTING_NEAR
            or (
                i in occupied
                and occupied[i] is not hit
                and any(e.category in ("resolve", "defiance") for e in occupied[i].entries)
            )
        )
        for i in near
    )


# Irony: an opening of mock assent, then a give-way with a scornful "just" or
# "absolutely" ("Sure, we'll just roll over", "Oh, absolutely, we'll surrender the moment
# they ask nicely") or a first-person fear ("Oh, I'm so scared of him").
_MOCK_OPENERS = frozenset({"oh", "sure", "yeah", "right"})
_SCORN = frozenset(
    {"just", "absolutely", "course", "certainly", "definitely", "totally", "happily", "gladly"}
)
_COPULAS = frozenset({"'m", "am", "'re", "are", "so", "really", "very", "truly"})


def _after_copula(norms: Sequence[str], first: int) -> bool:
    """Whether a fear word follows "I'm", "we are", "so" or "really" ("I'm so scared")."""
    return first > 0 and norms[first - 1] in _COPULAS


def _mocking(norms: Sequence[str], stance: list[Hit]) -> bool:
    """Whether the sentence mocks a give-way or a fear: see ``_MOCK_OPENERS``."""
    lead = 1 if norms and norms[0] in _OPEN_QUOTES else 0
    if len(norms) < lead + 3 or norms[lead] not in _MOCK_OPENERS:
        return False
    second, third = norms[lead + 1], norms[lead + 2]
    if second != "," and not (second in ("yes", "absolutely", "sure") and third == ","):
        return False
    for hit in stance:
        for e in hit.entries:
            if e.category == "concession" and any(n in _SCORN for n in norms[: hit.last]):
                return True
            if e.category == YIELDING and _after_copula(norms, hit.first):
                return True
    return False


# A modal in a concessive free relative is no hedge: "whatever the bankers may say",
# "however hard it may be", "no matter what they might think".
_CONCESSIVE_OPENERS = frozenset("whatever however whoever wherever whichever matter".split())
_DEFYING_OPENERS = frozenset({"whatever", "matter"})
_CONCESSIVE_MODALS = frozenset({"may", "might"})
_CONCESSIVE_REACH = 6
_SAYING_VERBS = frozenset("say think claim believe write tell threaten demand want".split())


def _concessive(
    norms: Sequence[str], hit: Hit, entry: Entry, openers: frozenset[str] = _CONCESSIVE_OPENERS
) -> bool:
    """Whether a hedging modal stands in a concessive clause ("whatever X may say", "no
    matter what they might think") opened by one of ``openers``; or, for the default
    openers, a modal or "seem" in a comparison or an aside ("it hasn't been as bad as it
    may seem", "as you may recall", "harder than it seems")."""
    if openers is _CONCESSIVE_OPENERS and _as_it_seems(norms, hit.first, entry.tokens[0]):
        return True
    if entry.tokens[0] not in _CONCESSIVE_MODALS:
        return False
    for j in range(hit.first - 1, max(-1, hit.first - 1 - _CONCESSIVE_REACH), -1):
        if norms[j] in _CLAUSE_ENDS:
            return False
        if norms[j] in openers and (norms[j] != "matter" or (j and norms[j - 1] == "no")):
            return True
    return False


def _as_it_seems(norms: Sequence[str], first: int, word: str) -> bool:
    """Whether a modal or "seem" follows "as" or "than" and a pronoun subject (and, for
    "seem", maybe a modal): "as it may seem", "as you may recall", "than it seems"."""
    if word not in _CONCESSIVE_MODALS and word not in _SEEMS:
        return False
    j = first - 1
    if word in _SEEMS and j >= 0 and norms[j] in _CONCESSIVE_MODALS:
        j -= 1
    return j >= 1 and norms[j] in _AS_SUBJECTS and norms[j - 1] in ("as", "than")


_SEEMS = frozenset({"seem", "seems", "seemed"})
_AS_SUBJECTS = frozenset("it you they he she we i this that".split())


def _granting(norms: Sequence[str], hit: Hit, entry: Entry) -> bool:
    """Whether "may" or "might" after another's subject grants a point that a later
    "but" turns against ("They may have the money, but we have the people"); not after
    "I" or "we" ("I may be wrong, but ...": the speaker's hedge) nor "it", "this",
    "that", "there" ("It may be too strong to call it that, but ...")."""
    if entry.tokens != ("may",) and entry.tokens != ("might",):
        return False
    subject = norms[hit.first - 1] if hit.first else ""
    if not subject.isalpha() or subject in _OUR_SIDE or subject in _IMPERSONAL:
        return False  # "It may be too strong to call it that, but...": a hedge
    for j in range(hit.last, min(len(norms), hit.last + _GRANT_REACH)):
        if norms[j] == "but":
            return True
        if norms[j] in _SENTENCE_END or norms[j] in _NOT_GRANTING:
            return False
        if norms[j] == "," and (j + 1 == len(norms) or norms[j + 1] != "but"):
            return False  # "you might end up with ..., and he's a bad guy, but"
    return False


_GRANT_REACH = 14
# Words that open another clause between the modal and "but": its "but" is not the turn
# ("her parents might be deported, because she was born here but they were not").
_NOT_GRANTING = frozenset("because which who whom whose how what when if that since".split())


_SENTENCE_END = frozenset({".", "!", "?", ";", ":"})
_IMPERSONAL = frozenset({"it", "this", "that", "there", "who", "which"})
_UNTIL = frozenset({"until", "till", "unless"})
_STAND_CUES = FUTURE | {"not", "n't", "never", "no"}
_UNTIL_REACH = 6
_ONLY_WHEN = frozenset({("only", "when"), ("only", "if"), ("only", "after"), ("not", "until")})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "but"})


def _held_out(norms: Sequence[str], hit: Hit) -> int | None:
    """Where a give-way is made a condition on the other side, or None: after "until"
    or "unless" with another subject ("until the ministry backs down": the position of
    "until"), or followed in its clause by "only when", "only if", "not until" ("we will
    lay down our arms only when they leave": the position of the hit)."""
    j = hit.first - 1
    while j >= 0 and norms[j] not in _CLAUSE_ENDS:
        if norms[j] in _UNTIL:
            between = range(j + 1, hit.first)
            if any(norms[i] in _OUR_SIDE for i in between) or not 0 < len(between) < _UNTIL_REACH:
                return None
            # a stand to come, not a narrative ("we waited until they withdrew")
            return j if any(norms[i] in _STAND_CUES for i in range(j)) else None
        j -= 1
    k = hit.last
    while k + 1 < len(norms) and norms[k] not in _CLAUSE_ENDS:
        if (norms[k], norms[k + 1]) in _ONLY_WHEN:
            return hit.first
        k += 1
    return None


_OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "``": "''"}
# Words before a short quotation that make it a name or a phrase talked about: 'the
# "Never Surrender" exhibition', 'the phrase "we shall never surrender"', 'a novel called
# "The Resolve of Small Towns"'.
_MENTION_CUES = frozenset(
    (
        "the a an my our his her their its this called titled entitled named phrase word "
        "words slogan motto book novel song film album banner headline hashtag sign"
    ).split()
)
_QUOTE_LIMIT = 8


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` in the document, lower-cased ("" if none): a
    quotation is a segment of its own, and its cue word stands in the one before."""
    words = text[max(0, start - 30) : start].split()
    return words[-1].lower() if words and words[-1].isalpha() else ""


def _mentioned(norms: Sequence[str], before: str = "") -> frozenset[int]:
    """Tokens inside a short quotation that names or cites rather than states: no
    clause punctuation inside, at most ``_QUOTE_LIMIT`` tokens, after a cue word
    (``before`` is the word before the sentence, for a quotation that opens it)."""
    if _OPEN_QUOTES.keys().isdisjoint(norms):
        return frozenset()  # no quotation: most sentences
    inside: set[int] = set()
    i = 0
    while i < len(norms):
        close = _OPEN_QUOTES.get(norms[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < len(norms) and j - i <= _QUOTE_LIMIT + 1 and norms[j] != close:
            j += 1
        if j < len(norms) and norms[j] == close:
            span = range(i + 1, j)
            cue = norms[i - 1] if i else before
            if cue in _MENTION_CUES and not any(norms[k] in _SENTENCE_MARKS for k in span):
                inside.update(span)
            i = j + 1
        else:
            i += 1
    return frozenset(inside)


_SENTENCE_MARKS = frozenset({",", ".", "!", "?", ";", ":"})
# What a short reply's words are read without ("Well, they won't.": ``_refuses_presumption``)
_NOT_REPLY_WORDS = _SENTENCE_MARKS | {"well", "no", "oh"}


# Subjects that make a predicted give-way the speaker's side's ("they say we will cave").
_OUR_SIDE = frozenset({"we", "us", "i", "me"})
_SUBJECTS = _OUR_SIDE | {"you", "they", "he", "she", "it"}
_REBUTTAL_BREAKS = frozenset({";", ".", "!", "?", ":", "but", "\u2014", "--"})


def _at_us(entry: Entry) -> bool:
    """Whether a defiance entry has the speaker as its object ("misjudged us",
    "underestimate me"): another's act, but the speaker's stance."""
    return entry.category == "defiance" and any(u in ("us", "me") for u in entry.tokens)


def _predicted_of_us(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a give-way's subject is the speaker's side ("they say we will cave",
    "they think we're finished")."""
    if norms[hit.first] in _OUR_SIDE:
        return True
    start = hit.first
    while start > 0 and norms[start - 1] not in _REBUTTAL_BREAKS | _SUBJECTS:
        start -= 1
    return start > 0 and norms[start - 1] in _OUR_SIDE


def _rebutted(norms: Sequence[str], stance: list[Hit], k: int) -> bool:
    """Whether concession hit ``k``, inside a reported clause, is a give-way that
    someone predicts of the speaker's side ("we") and that a later clause rebuts with a
    defiance entry ("they are mistaken", "they don't know us")."""
    hit = stance[k]
    if not _predicted_of_us(norms, hit):
        return False
    return any(
        e.category == "defiance"
        and any(norms[i] in _REBUTTAL_BREAKS for i in range(hit.last - 1, later.first))
        for later in stance[k + 1 :]
        for e in later.entries
    )


def _counted_in(occupied: dict[int, Hit], tokens: frozenset[int], category: str) -> bool:
    return any(e.category == category for i in tokens if i in occupied for e in occupied[i].entries)


def _match(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    span: Hit | Analogy,
    **fields: str | float,
) -> Match:
    """A match over ``tokens[span.first:span.last]`` of ``sentence``, its text to the
    end of the word its last token ends inside ("We wo" of "We won't" shows as "We
    won't", "gon" of "gonna" as "gonna")."""
    start, end = tokens[span.first].start, tokens[span.last - 1].end
    while end < len(text) and (
        text[end].isalpha()
        or (text[end] in "'\u2019" and end + 1 < len(text) and text[end + 1].isalpha())
    ):
        end += 1
    return Match(
        sentence=sentence.index,
        text=text[start:end],
        start=start,
        end=end,
        negated=bool(fields["negator"]),
        **fields,
    )


class _Rule(NamedTuple):
    """A rule over constructions: tried on a sentence that has one of its ``keys`` among
    the first words of its key hits (or, ``opening``, as its first word), when its
    ``category``'s lexicon is loaded."""

    keys: frozenset[str]
    category: str
    rule: Callable[[Sequence[str], list[Hit]], list[Hit]]
    opening: bool = False


@dataclass(frozen=True)
class _RuleIndex:
    """Rules in their order, indexed by key word: a sentence tries the rules of the few
    key words it has, not a test of every rule's keys."""

    rules: tuple[_Rule, ...]
    by_key: dict[str, tuple[int, ...]]  # word -> the positions of the rules it keys
    by_opening: dict[str, tuple[int, ...]]  # first word -> the ``opening`` rules'

    @classmethod
    def of(cls, rules: Sequence[_Rule]) -> _RuleIndex:
        by_key: dict[str, list[int]] = {}
        by_opening: dict[str, list[int]] = {}
        for i, r in enumerate(rules):
            for word in r.keys:
                (by_opening if r.opening else by_key).setdefault(word, []).append(i)
        return cls(
            tuple(rules),
            {w: tuple(v) for w, v in by_key.items()},
            {w: tuple(v) for w, v in by_opening.items()},
        )

    def apply(
        self, norms: Sequence[str], stance: list[Hit], found: frozenset[str] | set[str]
    ) -> list[Hit]:
        """``stance`` after each rule keyed by ``found`` (or opening ``norms``), in
        order: a rule sees the hits of those before it."""
        chosen = set(self.by_opening.get(norms[0], ()))
        for word in found:
            chosen.update(self.by_key.get(word, ()))
        for i in sorted(chosen):
            stance = self.rules[i].rule(norms, stance)
        return stance


# The rules in the order they are tried; the inserted-adverb rule (which needs the
# lexicons' first-person starts) runs between the two lists.
_RULES_BEFORE_INSERTED = (
    _Rule(frozenset({_KEEP}), "defiance", _persistence_hits),
    _Rule(_SHOULD, "concession", _admission_hits),
    _Rule(_BRUSHING, "defiance", _brushing_aside_hits),
    _Rule(frozenset({_OR}), "defiance", _regardless_hits),
    _Rule(frozenset({_STAND}), "defiance", _standing_by_hits),
    _Rule(_FAILING, "concession", _failure_hits),
    _Rule(_WITHDRAWING | _DROPPING, "concession", _withdrawal_hits),
)
_RULES = (
    _Rule(frozenset({_ANYWAY}), "defiance", _anyway_hits),
    _Rule(_BEFORE_BE, "concession", _pushed_hits),
    _Rule(_VERDICTS, "defiance", _contradiction_hits),
    _Rule(frozenset({"wrong"}), "concession", _wrong_choice_hits),
    _Rule(_LITOTES_KEYS, "concession", _litotes_hits),
    _Rule(frozenset({"you"}), "defiance", _prohibition_hits),
    _Rule(_DARE_OPENERS, "defiance", _dare_hits),
    _Rule(frozenset({"let"}), "concession", _not_letting_hits),
    _Rule(_PLAIN_SUBJECTS, "concession", _plain_refusal_hits),
    _Rule(_PLAIN_SUBJECTS, "defiance", _same_again_hits),
    _Rule(_HEDGE_NOUNS, "hedging", _spoken_hedge_hits),
    _Rule(_LATE_KEYS, "concession", _late_owned_hits),
    _Rule(_STAYING, "defiance", _stays_hits),
    _Rule(frozenset({"could"}), "concession", _could_better_hits),
    _Rule(frozenset({"differently"}), "concession", _would_differently_hits),
    _Rule(_CEASE_KEYS, "concession", _ceased_hits),
    _Rule(_GIVE_WAY_NOUNS, "defiance", _accusation_hits),
    _Rule(_CHOICES, "resolve", _no_choice_hits),
    _Rule(frozenset({"could"}), "hedging", _could_be_hits, opening=True),
    _Rule(_VIEW_HOLDERS, "hedging", _granted_view_hits),
    _Rule(frozenset({"said"}), "defiance", _said_before_hits),
    _Rule(frozenset({"oh"}), "defiance", _mock_assent_hits, opening=True),
    _Rule(_REGARDLESS, "resolve", _regardless_committed_hits),
    _Rule(_PLAN_KEYS, "resolve", _planned_hits),
    _Rule(_CLOSER_KEYS, "resolve", _closer_hits),
    _Rule(frozenset({"but"}), "defiance", _limited_give_way_hits),
    _Rule(_DENIAL_KEYS, "defiance", _elliptical_denial_hits),
)
