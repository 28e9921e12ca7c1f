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


@dataclass(slots=True)
class _Node:
    exact: dict[str, _Node] = field(default_factory=dict)
    prefix: dict[str, _Node] = field(default_factory=dict)
    number: _Node | None = None
    entries: list[Entry] = field(default_factory=list)
    prefix_lengths: tuple[int, ...] = ()


class Hit(NamedTuple):
    """Tokens ``[first, last)`` of a sentence matched ``entries`` (one per category).

    A named tuple rather than a frozen dataclass: as immutable, and made in a third
    less time, which counts in matching's inner loop."""

    first: int
    last: int
    entries: tuple[Entry, ...]


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
        if all(e.category != entry.category for e in node.entries):
            node.entries.append(entry)
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
    """Each node's wildcard stem lengths, longest first (a loop, not recursion: the tries
    hold tens of thousands of nodes)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.prefix:
            node.prefix_lengths = tuple(sorted({len(p) for p in node.prefix}, reverse=True))
            stack.extend(node.prefix.values())
        stack.extend(node.exact.values())
        if node.number:
            stack.append(node.number)


def _passing(node: _Node) -> bool:
    """Whether a match through ``node`` needs one more exact word."""
    return not node.entries and not node.prefix_lengths and node.number is None


_CLOSED: frozenset[str] = frozenset()  # a gate's answer for a word it does not let pass


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


def _longest(norms: Sequence[str], first: int, frontier: list[_Node]) -> tuple[int, list[Entry]]:
    """The longest match starting at ``first`` whose first token led to ``frontier``."""
    best_end, best = first, []
    i = first + 1
    n = len(norms)
    while True:
        if len(frontier) == 1:
            node = frontier[0]
            if node.entries:
                best_end, best = i, node.entries
            if i >= n:
                break
            if not node.prefix_lengths and node.number is None:
                # The common case: one path through exact words only.
                child = node.exact.get(norms[i])
                if child is None:
                    break
                frontier = [child]
                i += 1
                continue
        else:
            found = [e for node in frontier for e in node.entries]
            if found:
                best_end, best = i, found
            if i >= n:
                break
        frontier = [c for node in frontier for c in _children(node, norms[i])]
        if not frontier:
            break
        i += 1
    return best_end, best


def _hit(first: int, last: int, entries: list[Entry]) -> Hit | None:
    if len(entries) == 1:  # the common case
        entry = entries[0]
        return None if entry.category == EXCLUDE else Hit(first, last, (entry,))
    if any(e.category == EXCLUDE for e in entries):
        return None
    unique: dict[str, Entry] = {}
    for e in entries:
        unique.setdefault(e.category, e)
    return Hit(first, last, tuple(unique.values()))


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
        self._none = ((),) * len(self._roots)

    def _start(self, norm: str) -> tuple:
        """The layers ``norm`` starts something in, each with its trie children, then
        whether ``norm`` is marked, then its gate; () when it starts nothing and is
        unmarked. Memoised, since most tokens start nothing.

        The gate tells which words may follow when every path from ``norm`` needs a next
        exact word ("the" -> "great depression"): a dict from each such word to the set
        of words that may come third when every path needs one more exact word too, else
        to None. A common first word is then passed over by a lookup or two instead of
        a walk down the trie."""
        if len(self._starts) >= _CACHE_LIMIT:
            self._starts.clear()
        kids = tuple(_children(root, norm) for root in self._roots)
        marked = self._mark(norm)
        if not marked and not any(kids):
            self._starts[norm] = ()
            return ()
        gate = None
        if not marked and all(len(k) <= 1 for k in kids):
            nodes = [k[0] for k in kids if k]
            if all(map(_passing, nodes)):
                gate = {}
                for node in nodes:
                    for word, child in node.exact.items():
                        thirds = frozenset(child.exact) if _passing(child) else None
                        if thirds is None or gate.get(word, ()) is None:
                            gate[word] = None
                        else:
                            gate[word] = thirds.union(gate.get(word, ()))
        # The layers it starts something in, with their trie children, come first.
        starting = tuple((layer, k) for layer, k in enumerate(kids) if k)
        self._starts[norm] = value = (starting, marked, gate)
        return value

    def find(self, norms: Sequence[str]) -> tuple[list[Hit], ...]:
        """Leftmost-longest hits of each layer over normalised tokens."""
        return self.find_marked(norms)[0]

    def find_marked(self, norms: Sequence[str]) -> tuple[tuple[list[Hit], ...], bool]:
        """The hits of each layer, and whether some token was marked."""
        out: tuple[list[Hit], ...] = tuple(map(list, self._none))
        get = self._starts.get
        resume = [0] * len(self._roots)
        marked = False
        last = len(norms) - 1
        for i, starts in enumerate(map(get, norms)):
            if not starts:
                if starts is not None:
                    continue  # known to start nothing: most tokens
                starts = self._start(norms[i])
                if not starts:
                    continue
            starting, mark, gate = starts
            if gate is not None:
                if i >= last:
                    continue
                thirds = gate.get(norms[i + 1], _CLOSED)
                if thirds is not None and (i + 1 >= last or norms[i + 2] not in thirds):
                    continue
            if mark:
                marked = True
            for layer, kids in starting:
                if i < resume[layer]:
                    continue
                end, entries = _longest(norms, i, kids)
                if entries:
                    resume[layer] = end
                    hit = _hit(i, end, entries)
                    if hit is not None:
                        out[layer].append(hit)
        return out, marked


class Matcher:
    """A compiled set of lexicon entries matched as one layer."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._layers = Layers([entries])

    def find(self, norms: Sequence[str]) -> list[Hit]:
        """Leftmost-longest hits over normalised tokens; excluded spans yield nothing."""
        return self._layers.find(norms)[0]
