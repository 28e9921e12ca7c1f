"""Token-trie matching of lexicon patterns: leftmost-longest, nothing counted twice.

At each token the longest pattern that matches wins, its tokens are consumed, and
the search resumes after it. Patterns of the same length at the same place all
count, once per category (a LIWC word can belong to several categories); an
``exclude`` entry among them cancels the span, which is how ambiguous words are
shielded ("bond yield" is not a concession).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .lexicon import EXCLUDE, Entry

_CACHE_LIMIT = 500_000


@dataclass(slots=True)
class _Node:
    exact: dict[str, _Node] = field(default_factory=dict)
    prefix: dict[str, _Node] = field(default_factory=dict)
    number: _Node | None = None
    entries: list[Entry] = field(default_factory=list)
    prefix_lengths: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """Tokens ``[first, last)`` of a sentence matched ``entries`` (one per category)."""

    first: int
    last: int
    entries: tuple[Entry, ...]


class Matcher:
    """A compiled set of lexicon entries. Build once, match many token sequences."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._root = _Node()
        for entry in entries:
            self._insert(entry)
        self._finish(self._root)
        self._start_cache: dict[str, tuple[_Node, ...]] = {}

    def _insert(self, entry: Entry) -> None:
        node = self._root
        for unit in entry.tokens:
            if unit == "#":
                node.number = node.number or _Node()
                node = node.number
            elif unit.endswith("*"):
                node = node.prefix.setdefault(unit[:-1], _Node())
            else:
                node = node.exact.setdefault(unit, _Node())
        if not any(e.category == entry.category for e in node.entries):
            node.entries.append(entry)

    def _finish(self, node: _Node) -> None:
        node.prefix_lengths = tuple(sorted({len(p) for p in node.prefix}, reverse=True))
        for child in (*node.exact.values(), *node.prefix.values()):
            self._finish(child)
        if node.number:
            self._finish(node.number)

    def _children(self, node: _Node, norm: str) -> Iterable[_Node]:
        child = node.exact.get(norm)
        if child is not None:
            yield child
        for length in node.prefix_lengths:
            if len(norm) >= length:
                child = node.prefix.get(norm[:length])
                if child is not None:
                    yield child
        if node.number is not None and norm[:1].isdigit():
            yield node.number

    def _starts(self, norm: str) -> tuple[_Node, ...]:
        """Trie children of the root for ``norm``, memoised: most tokens start nothing."""
        kids = self._start_cache.get(norm)
        if kids is None:
            if len(self._start_cache) >= _CACHE_LIMIT:
                self._start_cache.clear()
            kids = self._start_cache[norm] = tuple(self._children(self._root, norm))
        return kids

    def _longest(self, norms: Sequence[str], first: int, frontier: Sequence[_Node]):
        best_end, best = first, []
        i = first + 1
        while True:
            found = [e for node in frontier for e in node.entries]
            if found:
                best_end, best = i, found
            if i >= len(norms):
                break
            frontier = [c for node in frontier for c in self._children(node, norms[i])]
            if not frontier:
                break
            i += 1
        return best_end, best

    def find(self, norms: Sequence[str]) -> list[Hit]:
        """Leftmost-longest hits over normalised tokens; excluded spans yield nothing."""
        hits: list[Hit] = []
        i, n = 0, len(norms)
        cached = self._start_cache.get
        while i < n:
            kids = cached(norms[i])
            if kids is None:
                kids = self._starts(norms[i])
            if not kids:
                i += 1
                continue
            end, entries = self._longest(norms, i, kids)
            if not entries:
                i += 1
                continue
            if not any(e.category == EXCLUDE for e in entries):
                unique: dict[str, Entry] = {}
                for e in entries:
                    unique.setdefault(e.category, e)
                hits.append(Hit(i, end, tuple(unique.values())))
            i = end
        return hits
