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

# Fresh empty hit lists for one to four layers, as a display: a tuple built with a call
# of ``list`` per layer costs a sentence three times as long.
_FRESH: dict[int, Callable[[], tuple[list, ...]]] = {
    1: lambda: ([],),
    2: lambda: ([], []),
    3: lambda: ([], [], []),
    4: lambda: ([], [], [], []),
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


class _NumberGate(dict):
    """The gate of a word some of whose patterns go on with a number ("about #"): it
    lets through, besides its words, any word that starts with a digit, with no third
    word to check (the walk down the trie does; also for a number listed as a word)."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or (isinstance(word, str) and word[:1].isdigit())

    def __missing__(self, word: str) -> None:
        return None


class _OpenGate(_NumberGate):
    """The gate of a word with no gate proper (a path from it goes on through a wildcard,
    or it is marked): every word passes, so that the tokens a gate holds, most, need no
    test for a missing one."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        return True


_OPEN = _OpenGate()


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
        self._starts: dict[str, tuple] = {}
        none = ((),) * len(self._roots)
        self._fresh = _FRESH.get(len(none)) or (lambda: tuple(map(list, none)))

    def _start(self, norm: str) -> tuple:
        """``norm``'s gate (``_OPEN`` when it has none), what it matches alone, the layers it
        starts something in, each with its trie children and, when they are one node
        that goes on through exact words only, that node, and whether it is marked; ()
        when it starts nothing and is unmarked. Memoised, since most tokens start nothing;
        read by index, the gate first, since most tokens a gate holds go no further.

        The gate tells which words may follow when no path from ``norm`` goes on through
        a wildcard ("the" -> "great depression"; any number too where a path goes on
        through one, see ``_NumberGate``): a dict from each such word
        to the set of words that may come third when every path through it needs one
        more exact word, else to None. Where the next words are not let through, the
        match is ``norm`` alone: for each layer where it is a whole pattern, the layer
        and the entries of its hit (() when an ``exclude`` entry cancels it). A common
        first word is then passed over by a lookup or two instead of a walk down the
        trie."""
        if len(self._starts) >= _CACHE_LIMIT:
            self._starts.clear()
        kids = tuple(_children(root, norm) for root in self._roots)
        marked = self._mark(norm)
        if not marked and not any(kids):
            self._starts[norm] = ()
            return ()
        # The layers it starts something in, with their trie children and, where that is
        # one node of exact words only, the node (walked in ``find_marked`` itself).
        starting = tuple(
            (layer, k, k[0] if len(k) == 1 and k[0].plain else None)
            for layer, k in enumerate(kids)
            if k
        )
        nodes = [node for k in kids for node in k]
        gate: dict[str, frozenset[str] | None] = _OPEN
        alone: tuple = ()
        if not marked and not any(node.prefix for node in nodes):
            gate = _NumberGate() if any(node.number for node in nodes) else {}
            for node in nodes:
                for word, child in node.exact.items():
                    thirds = frozenset(child.exact) if _passing(child) else None
                    if thirds is None or gate.get(word, ()) is None:
                        gate[word] = None
                    else:
                        gate[word] = thirds.union(gate.get(word, ()))
            if isinstance(gate, _NumberGate):
                # a number listed as a word may also be the "#" of another path, whose
                # third word only the walk checks ("about 2 weeks" beside "about # percent")
                for word in [w for w in gate if w[:1].isdigit()]:
                    gate[word] = None
            alone = tuple(
                (layer, _hit_entries([e for node in k for e in node.entries]))
                for layer, k, _ in starting
                if any(node.entries for node in k)
            )
        self._starts[norm] = value = (gate, alone, starting, marked)
        return value

    def find(self, norms: Sequence[str]) -> tuple[list[Hit], ...]:
        """Leftmost-longest hits of each layer over normalised tokens."""
        return self.find_marked(norms)[0]

    def find_marked(self, norms: Sequence[str]) -> tuple[tuple[list[Hit], ...], bool]:
        """The hits of each layer, and whether some token was marked."""
        out = self._fresh()
        get = self._starts.get
        resume = [0] * len(self._roots)
        marked = False
        # Two words past the end, to read a gate's next words without bounds checks:
        # None is no word a gate lets pass.
        padded = [*norms, None, None]
        for i, starts in enumerate(map(get, norms)):
            if not starts:
                if starts is not None:
                    continue  # known to start nothing: most tokens
                starts = self._start(norms[i])
                if not starts:
                    continue
            gate = starts[0]  # starts: (gate, alone, starting, marked), as ``_start`` tells
            following = padded[i + 1]
            if following not in gate or (
                (thirds := gate[following]) is not None and padded[i + 2] not in thirds
            ):
                if starts[1]:  # the next words lead nowhere: ``norms[i]`` is all there is
                    for layer, entries in starts[1]:
                        if i >= resume[layer]:
                            resume[layer] = i + 1
                            if entries:
                                out[layer].append(_new(Hit, (i, i + 1, entries)))
                continue
            if starts[3]:
                marked = True
            for layer, kids, node in starts[2]:
                if i < resume[layer]:
                    continue
                if node is None:
                    end, found = _longest(norms, i, kids)
                else:  # ``_longest``'s common case inlined: one path of exact words
                    end, found, j = i, None, i + 1
                    while node.plain:
                        if node.hit is not None:
                            end, found = j, node.hit
                        node = node.exact.get(padded[j])  # None past the end: no word
                        if node is None:
                            break
                        j += 1
                    else:  # a wildcard or a number further on
                        further, more = _longest(norms, j - 1, (node,))
                        if more is not None:
                            end, found = further, more
                if found is not None:
                    resume[layer] = end
                    if found:
                        out[layer].append(_new(Hit, (i, end, found)))
        return out, marked


class Matcher:
    """A compiled set of lexicon entries matched as one layer."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._layers = Layers([entries])

    def find(self, norms: Sequence[str]) -> list[Hit]:
        """Leftmost-longest hits over normalised tokens; excluded spans yield nothing."""
        return self._layers.find(norms)[0]
