"""Large regexes built from the code an earlier run compiled them to.

The attribution patterns are long alternations of names, titles and verbs (tens of
thousands of characters); parsing and compiling those one document needs was a fifth
of a one-document run. ``compile`` gives the pattern ``re.compile`` gives, and keeps
what it compiled to (the engine's code, a list of integers, and the group names) in
the startup store (``store``), whose key holds the package's code and the Python
version. A later process hands that code straight to the regex engine, which
validates it; on any problem (no store, another Python whose internals differ) the
pattern is compiled as usual. The store is written when the process exits, and only
when it compiled a pattern the store did not hold.
"""

from __future__ import annotations

import atexit
import re
from typing import Any

from . import store

_NAME = "patterns"
_stored: dict[tuple[str, int], tuple] | None = None  # read once, when first needed
_new: dict[tuple[str, int], tuple] = {}


def _table() -> dict[tuple[str, int], tuple]:
    global _stored
    if _stored is None:
        value = store.load(_NAME, _key())
        _stored = value if isinstance(value, dict) else {}
    return _stored


def _key() -> str:
    return store.key_of([_NAME])


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from stored code when there is some."""
    flags = int(flags)
    parts = _table().get((pattern, flags))
    if parts is not None:
        try:
            return _build(pattern, parts)
        except (ImportError, TypeError, ValueError, RuntimeError, AttributeError):
            pass  # not code this engine takes: compiled as usual below
    try:
        parts = _compiled_parts(pattern, flags)
        compiled = _build(pattern, parts)
    except (ImportError, TypeError, ValueError, RuntimeError, AttributeError):
        return re.compile(pattern, flags)  # internals other than CPython 3.11's
    _new[(pattern, flags)] = parts
    return compiled


def _compiled_parts(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands the engine for ``pattern``, as plain data:
    (flags, code, number of groups - 1, group names to numbers, numbers to names)."""
    from re import _compiler, _parser  # (CPython's own, as ``re`` uses them)

    if flags & re.DEBUG:
        raise ValueError("debug output is not stored")
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (
        flags | parsed.state.flags,
        list(map(int, code)),  # (opcodes are an int subclass marshal refuses)
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, parts: tuple) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, flags, list(code), groups, dict(groupindex), tuple(indexgroup))


@atexit.register
def save() -> None:
    """Store the patterns compiled so far with those stored; nothing when none is new."""
    if _new:
        table = {**_table(), **_new}
        _new.clear()
        store.save(_NAME, _key(), table)
