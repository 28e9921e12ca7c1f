"""Token-trie matching of lexicon patterns: leftmost-longest, nothing counted twice.

At each token the longest pattern that matches wins, its tokens are consumed, and
the search resumes after it. Patterns of the same length at the same place all
count, once per category (a LIWC word can belong to several categories); an
``exclude`` entry among them cancels the span, which is how ambiguous words are
shielded ("bond yield" is not a concession).

Several tries ("layers") can be matched in one pass over the tokens, each
leftmost-longest on its own, so that a stance phrase, an era name and an analogy
frame may overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .lexicon import EXCLUDE, Entry

_CACHE_LIMIT = 500_000
_GATE_LIMIT = 100_000  # words a ``_Stems`` gate keeps its verdict on

# Fresh empty hit lists for one to five layers, as a display: a tuple built with a call
# of ``list`` per layer costs a sentence three times as long.
_FRESH: dict[int, Callable[[], tuple[list, ...]]] = {
    1: lambda: ([],),
    2: lambda: ([], []),
    3: lambda: ([], [], []),
    4: lambda: ([], [], [], []),
    5: lambda: ([], [], [], [], []),
}


@dataclass(slots=True)
class _Node:
    exact: dict[str, _Node] = field(default_factory=dict)
    prefix: dict[str, _Node] = field(default_factory=dict)
    number: _Node | None = None
    entries: list[Entry] = field(default_factory=list)
    prefix_lengths: tuple[int, ...] = ()
    hit: tuple[Entry, ...] | None = None  # ``entries`` as a hit's: see ``_hit_entries``
    plain: bool = True  # whether every path on goes through an exact word


class Hit(NamedTuple):
    """Tokens ``[first, last)`` of a sentence matched ``entries`` (one per category).

    A named tuple rather than a frozen dataclass: as immutable, and made in a third
    less time, which counts in matching's inner loop."""

    first: int
    last: int
    entries: tuple[Entry, ...]


# ``_new(Hit, (first, last, entries))`` makes a hit without the Python-level ``__new__``
# a named tuple has: 40% less time for the tens of thousands of hits of a batch.
_new = tuple.__new__


# What a gate gives a word it does not let through: no third word is in its set, and
# no layer goes on.
_REJECT: frozenset[str] = frozenset()
_SHUT = (_REJECT, ())
# What a marked token's gate gives every word: no steps, so that the walk marks it.
_WALK = (None, None)
# A listed word's steps before the pair is first walked (see ``_Start.steps``).
_LATER = ((),)


class _Start(dict):
    """What a token starts, with its gate: a dict from each word that may follow it
    ("the" -> "great depression") to the pair of the set of words that may come third
    when every path through it needs one more exact word (else None) and the token's
    steps with that word (see ``_steps``; ``_LATER`` until first needed); any other
    word, and None past the end, is let through by no path (``_SHUT``). Besides,
    ``alone``: for each layer where the token is a whole pattern, the layer and the
    entries of its hit (() when an ``exclude`` entry cancels it), what it matches when
    the next words lead nowhere; ``starting``: the layers it starts something in, each
    with its trie children.

    A dict, so that a token is passed over by one test of the next word, ``in``, in C:
    most tokens that start something have a gate the next word does not pass (most
    tokens start nothing: None in ``Layers``' memo). The subclasses below are gates a
    word not listed may pass."""

    __slots__ = ("alone", "starting")

    def __init__(self, listed: dict[str, tuple], starting: tuple = (), alone: tuple = ()) -> None:
        super().__init__(listed)
        self.starting = starting
        self.alone = alone

    def steps(self, word: str) -> tuple:
        """The steps with ``word`` (see ``_steps``), kept: made when the pair is first
        walked, not for each of the hundreds of words a common token's gate lists."""
        thirds, _ = self[word]
        steps = _steps(self.starting, word)
        self[word] = (thirds, steps)
        return steps


class _Stems(_Start):
    """A start some of whose patterns go on through a stem ("i misstat*") or a number
    ("about #"): besides its words, a word that starts with one of the stems, or with a
    digit, passes, with no third word to check (the walk down the trie does; also for a
    word listed that a stem or a number continues too). Its verdict on each word is kept,
    up to ``_GATE_LIMIT`` words, so that a common word ("i", "we") is passed over by one
    lookup, as a plain gate's is, rather than by a walk down the trie."""

    __slots__ = ("_lengths", "_listed", "_number", "_stems")

    def __init__(
        self,
        listed: dict[str, tuple],
        starting: tuple,
        alone: tuple,
        stems: Iterable[str],
        number: bool,
    ) -> None:
        self._stems = frozenset(stems)
        self._lengths = tuple(sorted({len(s) for s in self._stems}, reverse=True))
        self._number = number
        self._listed = {w: (None, g[1]) if self._passes(w) else g for w, g in listed.items()}
        super().__init__(self._listed, starting, alone)

    def _passes(self, word: str) -> bool:
        return (self._number and word[:1].isdigit()) or any(
            word[:n] in self._stems for n in self._lengths if len(word) >= n
        )

    def __missing__(self, word: str | None) -> tuple:
        if word is None:
            return _SHUT
        if len(self) >= _GATE_LIMIT:
            self.clear()
            self.update(self._listed)
        gate = self[word] = (None, _steps(self.starting, word)) if self._passes(word) else _SHUT
        return gate

    def __contains__(self, word: object) -> bool:
        return self[word] is not _SHUT


class _Open(_Start):
    """A marked token's start: every word passes, so that the walk marks it."""

    __slots__ = ()

    def __init__(self, starting: tuple) -> None:
        super().__init__({}, starting)

    def __contains__(self, word: object) -> bool:
        return True

    def __missing__(self, word: str | None) -> tuple:
        return _WALK


def _steps(starting: tuple, word: str) -> tuple:
    """What each layer a token starts something in does when ``word`` follows it, the
    token's first step down the trie taken once for the pair: the layer, the entries of
    the token's hit alone (None when it is no whole pattern), and where a longer match is
    looked for from the word after ``word``: the one node that goes on through exact
    words only, else the trie nodes (None when nothing goes on). A layer where nothing
    matches either way is left out: most are."""
    steps = []
    for layer, kids in starting:
        entries = [e for node in kids for e in node.entries]
        alone = _hit_entries(entries) if entries else None
        after = [c for node in kids for c in _children(node, word)]
        if len(after) == 1 and after[0].plain:
            steps.append((layer, alone, after[0], None))
        elif after:
            steps.append((layer, alone, None, tuple(after)))
        elif alone is not None:
            steps.append((layer, alone, None, None))
    return tuple(steps)


class _Memo(dict):
    """Each token's start, made by ``make`` when first asked for (up to ``_CACHE_LIMIT``
    tokens): a sentence reads its tokens' starts in one ``map``."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[str], _Start | None]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, norm: str) -> _Start | None:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        start = self[norm] = self._make(norm)
        return start


def _build(entries: Iterable[Entry]) -> _Node:
    root = _Node()
    for entry in entries:
        node = root
        for unit in entry.tokens:
            if unit == "#":
                node.number = node.number or _Node()
                node = node.number
            elif unit[-1] == "*":
                node = _child(node.prefix, unit[:-1])
            else:  # the common unit, inlined: tens of thousands of patterns at every start
                child = node.exact.get(unit)
                if child is None:
                    child = node.exact[unit] = _Node()
                node = child
        entries = node.entries
        if not entries or all(e.category != entry.category for e in entries):
            entries.append(entry)
    _finish(root)
    return root


def _child(children: dict[str, _Node], unit: str) -> _Node:
    """The child for ``unit``, made only when missing: most units of a pattern lead to a
    node an earlier pattern made (``setdefault`` would build a node to discard)."""
    node = children.get(unit)
    if node is None:
        node = children[unit] = _Node()
    return node


def _finish(root: _Node) -> None:
    """Each node's wildcard stem lengths, longest first, its entries as a hit's and whether
    it goes on through exact words only (a loop, not recursion: the tries hold tens of
    thousands of nodes)."""
    stack = [root]
    while stack:  # (a new node's hit is None and it is plain: most keep both)
        node = stack.pop()
        if node.entries:
            node.hit = _hit_entries(node.entries)
        if node.prefix:
            node.plain = False
            node.prefix_lengths = tuple(sorted({len(p) for p in node.prefix}, reverse=True))
            stack.extend(node.prefix.values())
        if node.exact:
            stack.extend(node.exact.values())
        if node.number is not None:
            node.plain = False
            stack.append(node.number)


def _passing(node: _Node) -> bool:
    """Whether a match through ``node`` needs one more exact word."""
    return not node.entries and node.plain


def _children(node: _Node, norm: str) -> list[_Node]:
    out = []
    child = node.exact.get(norm)
    if child is not None:
        out.append(child)
    for length in node.prefix_lengths:
        if len(norm) >= length:
            child = node.prefix.get(norm[:length])
            if child is not None:
                out.append(child)
    if node.number is not None and norm[:1].isdigit():
        out.append(node.number)
    return out


def _longest(
    norms: Sequence[str], first: int, frontier: Sequence[_Node]
) -> tuple[int, tuple[Entry, ...] | None]:
    """The longest match starting at ``first`` whose first token led to ``frontier``: its
    end and the entries of its hit (see ``_hit_entries``), or None when nothing matched."""
    end, found = first, None
    i = first + 1
    n = len(norms)
    while True:
        if len(frontier) == 1:
            node = frontier[0]
            while node.plain:  # the common case: one path through exact words only
                if node.hit is not None:
                    end, found = i, node.hit
                if i >= n:
                    return end, found
                node = node.exact.get(norms[i])
                if node is None:
                    return end, found
                i += 1
            if node.hit is not None:
                end, found = i, node.hit
            frontier = (node,)
        else:
            entries = [e for node in frontier for e in node.entries]
            if entries:
                end, found = i, _hit_entries(entries)
        if i >= n:
            return end, found
        frontier = [c for node in frontier for c in _children(node, norms[i])]
        if not frontier:
            return end, found
        i += 1


def _hit_entries(entries: list[Entry]) -> tuple[Entry, ...]:
    """The entries of a hit, one per category; () when an ``exclude`` entry cancels it."""
    if len(entries) == 1:  # the common case
        return () if entries[0].category == EXCLUDE else (entries[0],)
    if any(e.category == EXCLUDE for e in entries):
        return ()
    unique: dict[str, Entry] = {}
    for e in entries:
        unique.setdefault(e.category, e)
    return tuple(unique.values())


class Layers:
    """Compiled tries, one per layer, matched together. Build once, match many sentences.

    ``mark`` flags tokens of interest in the same pass (the pipeline uses it to see
    whether a sentence may name a year before it looks for analogy frames).
    """

    def __init__(
        self, layers: Sequence[Iterable[Entry]], *, mark: Callable[[str], bool] | None = None
    ) -> None:
        self._roots = tuple(_build(entries) for entries in layers)
        self._mark = mark or (lambda norm: False)
        self._starts = _Memo(self._start)
        self._get = self._starts.__getitem__  # (bound once: a sentence reads it once)
        self._zeros = [0] * len(self._roots)
        none = ((),) * len(self._roots)
        self._fresh = _FRESH.get(len(none)) or (lambda: tuple(map(list, none)))

    def _start(self, norm: str) -> _Start | None:
        """What ``norm`` starts (see ``_Start``): None when nothing and it is unmarked,
        most tokens. A common first word is then passed over by a lookup or two
        instead of a walk down the trie."""
        kids = tuple(_children(root, norm) for root in self._roots)
        marked = self._mark(norm)
        if not marked and not any(kids):
            return None
        starting = tuple((layer, k) for layer, k in enumerate(kids) if k)
        if marked:
            return _Open(starting)
        nodes = [node for k in kids for node in k]
        thirds: dict[str, frozenset[str] | None] = {}
        for node in nodes:
            for word, child in node.exact.items():
                more = frozenset(child.exact) if _passing(child) else None
                if more is None or thirds.get(word, ()) is None:
                    thirds[word] = None
                else:
                    thirds[word] = more.union(thirds.get(word, ()))
        listed = {word: (more, _LATER) for word, more in thirds.items()}
        alone = tuple(
            (layer, _hit_entries([e for node in k for e in node.entries]))
            for layer, k in starting
            if any(node.entries for node in k)
        )
        stems = [stem for node in nodes for stem in node.prefix]
        number = any(node.number for node in nodes)
        if stems or number:
            return _Stems(listed, starting, alone, stems, number)
        return _Start(listed, starting, alone)

    def find(self, norms: Sequence[str]) -> tuple[list[Hit], ...]:
        """Leftmost-longest hits of each layer over normalised tokens."""
        return self.find_marked(norms)[0]

    def find_marked(self, norms: Sequence[str]) -> tuple[tuple[list[Hit], ...], bool]:
        """The hits of each layer, and whether some token was marked."""
        out = self._fresh()
        resume = self._zeros.copy()
        marked = False
        # Two words past the end, to read a gate's next words without bounds checks:
        # None is no word a gate lets pass.
        padded = [*norms, None, None]
        # ``j``: the place of the word after the token, which the token's gate tests
        for j, start in enumerate(map(self._get, norms), 1):
            if start is None:
                continue  # most tokens start nothing
            if padded[j] in start:  # else, most tokens that start something
                thirds, steps = start[padded[j]]
                if thirds is None or padded[j + 1] in thirds:
                    i = j - 1
                    if steps is _LATER:
                        steps = start.steps(padded[j])
                    elif steps is None:  # a marked token: walked from its trie children
                        marked = True
                        for layer, kids in start.starting:
                            if i >= resume[layer]:
                                end, found = _longest(norms, i, kids)
                                if found is not None:
                                    resume[layer] = end
                                    if found:
                                        out[layer].append(_new(Hit, (i, end, found)))
                        continue
                    for layer, found, node, nodes in steps:
                        if i < resume[layer]:
                            continue
                        end = j  # the token alone, unless something longer matches
                        if node is not None:  # ``_longest``'s common case inlined
                            k = j + 1
                            while node.plain:
                                if node.hit is not None:
                                    end, found = k, node.hit
                                node = node.exact.get(padded[k])  # None past the end
                                if node is None:
                                    break
                                k += 1
                            else:  # a wildcard or a number further on
                                further, more = _longest(norms, k - 1, (node,))
                                if more is not None:
                                    end, found = further, more
                        elif nodes is not None:
                            further, more = _longest(norms, j, nodes)
                            if more is not None:
                                end, found = further, more
                        if found is not None:
                            resume[layer] = end
                            if found:
                                out[layer].append(_new(Hit, (i, end, found)))
                    continue
            if not start.alone:
                continue
            # the next words lead nowhere: the token alone is all there is
            for layer, entries in start.alone:
                if j > resume[layer]:
                    resume[layer] = j
                    if entries:
                        out[layer].append(_new(Hit, (j - 1, j, entries)))
        return out, marked


class Matcher:
    """A compiled set of lexicon entries matched as one layer."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._layers = Layers([entries])

    def find(self, norms: Sequence[str]) -> list[Hit]:
        """Leftmost-longest hits over normalised tokens; excluded spans yield nothing."""
        return self._layers.find(norms)[0]
