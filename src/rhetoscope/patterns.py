"""Large regexes built from the code an earlier run compiled them to.

The attribution patterns are long alternations of names, titles and verbs (tens of
thousands of characters); parsing and compiling those one document needs was a fifth
of a one-document run. A run that finds a pattern in the startup store (``store``)
hands its stored engine code (a list of integers, and the group tables) straight to the
regex engine; otherwise ``compile`` returns ``re.compile``'s own pattern.

What is stored was checked. While ``re.compile`` compiles a pattern, the ``_sre`` that
CPython's private ``re._compiler`` calls is replaced by a pass-through recorder, which
keeps the engine call the pattern is made by (no second parse); a pattern that came
from ``re``'s cache, or a Python whose internals differ, is parsed again at exit with
``re._parser``/``re._compiler``. At exit, each pattern is rebuilt from what was kept and
stored only if the rebuilt pattern equals ``re.compile``'s (flags, source and engine
code) and has the same groups, group names and number-to-name table (equality does not
compare groups); internals that fail store nothing. The key holds the package's code,
the Python version, its bytecode tag and the engine's ``MAGIC``, so a stored pattern is
only read back by the build that checked it. The engine validates the code's form, not
its meaning: a store someone else can write is not trusted (see ``store``).

The rules' module-level patterns (hundreds, compiled as their modules load: most of a
first run, and a quarter of a run with the store filled) come back the same way: while
the imports it surrounds run, ``stored_imports`` stands in for ``re``'s private compile
step (``re._compile``, which ``re.compile``, ``re.search``... call) and hands out
``Lazy`` patterns, each made when first used: built from the code stored for its source
and flags, else compiled with its engine call recorded, checked and stored at exit. A
document uses only some of them (an interview about one in six, a news article fewer).
A ``re`` without that step compiles as usual. (A ``Lazy`` is not the compiled pattern:
a match's ``re`` is the latter, so rules tell patterns apart by their ``pattern``.)
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import re
import sys
import threading
from collections.abc import Iterator
from typing import Any

from . import store

_NAME = "patterns"
_IMPORTS = "imported-patterns"
_stored: dict[tuple[str, int], tuple] | None = None  # read once, when first needed
# Compiled anew, with the engine call recorded (or None), to be checked at exit.
_new: dict[tuple[str, int], tuple[re.Pattern[str], tuple | None]] = {}
_lock = threading.RLock()  # (one swap of ``re._compiler``'s engine at a time)
# Compiled anew from a source ``stored_imports`` was asked for: (pattern, flags) ->
# (pattern, its engine call recorded, or None when it came from ``re``'s cache).
_imports: dict[tuple[str, int], tuple[re.Pattern[str], tuple | None]] = {}
_unasked = [0]  # how many stored patterns the imports did not ask for
# Every source the imports asked for, in order, with its stored code (or None): what a
# run stores is this order's patterns made or stored, so one run's unused ones are kept.
_asked_sources: dict[tuple[str, int], tuple | None] = {}


def _table() -> dict[tuple[str, int], tuple]:
    global _stored
    if _stored is None:
        _stored = _read()
    return _stored


def _read(name: str = _NAME) -> dict[tuple[str, int], tuple]:
    value = store.load(name, _key(name))
    return value if isinstance(value, dict) else {}


def _key(name: str = _NAME) -> str:
    try:
        import _sre

        magic = str(_sre.MAGIC)
    except (ImportError, AttributeError):
        magic = ""
    return store.key_of([name, magic])


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from stored code when there is some."""
    flags = int(flags)
    return _made(pattern, flags, _table().get((pattern, flags)), _new)


def _made(
    pattern: str,
    flags: int,
    parts: tuple | None,
    new: dict[tuple[str, int], tuple[re.Pattern[str], tuple | None]],
) -> re.Pattern[str]:
    """Built from stored engine code ``parts`` when the engine takes it, else compiled
    with its engine call recorded in ``new`` (to be checked and stored at exit)."""
    if parts is not None:
        try:
            return _build(pattern, parts)
        except (ImportError, TypeError, ValueError, RuntimeError, AttributeError):
            pass  # not code this engine takes: compiled as usual below
    made = new[(pattern, flags)] = _recorded(pattern, flags)
    return made[0]


def _engine_parts(args: tuple) -> tuple:
    """The plain data of an engine call ``_sre.compile(pattern, *parts)``."""
    flags, code, groups, groupindex, indexgroup = args[1:]
    # (opcodes are an int subclass marshal refuses)
    return (flags, list(map(int, code)), groups, dict(groupindex), indexgroup)


def make_all() -> int:
    """Make now every ``Lazy`` pattern the package's loaded modules hold (for a benchmark
    timing documents, so that none pays for it mid-run); how many there are."""
    lazy = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name.startswith(__package__ + ".") and module is not None
        for value in list(vars(module).values())
        if isinstance(value, Lazy)
    }
    for value in lazy.values():
        value.compiled()
    return len(lazy)


class _Recorder:
    """Stands in for ``_sre`` in ``re._compiler`` while ``re.compile`` runs: every call
    goes through to the engine, and what ``pattern`` is compiled from is kept."""

    def __init__(self, engine: Any, pattern: str) -> None:
        self._engine, self._pattern, self.parts = engine, pattern, None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:
        compiled = self._engine.compile(*args)
        if len(args) == 6 and args[0] == self._pattern:
            self.parts = _engine_parts(args)
        return compiled


_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Lazy:
    """A regex made when first used (``make(pattern, flags)``, ``compile`` unless given):
    most documents need only some of the rules' patterns, and compiling them all is most
    of a first run. Once made, its methods are the compiled pattern's own, found
    without ``__getattr__``; its source is known before (patterns built from others)."""

    def __init__(self, pattern: str, flags: int = 0, make: Any = None) -> None:
        self._source = (pattern, flags)
        self._make = make
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_source", "_make"):
            raise AttributeError(name)  # (copy and pickle probe before _source is set)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"Lazy({self._source[0][:40]!r}...)"

    def compiled(self) -> re.Pattern[str]:
        made = self.__dict__.get("_compiled")  # (kept: other attributes ask for it)
        if made is None:
            made = self._compiled = (self._make or compile)(*self._source)
            for method in _METHODS:
                setattr(self, method, getattr(made, method))
        return made


@contextlib.contextmanager
def stored_imports() -> Iterator[None]:
    """Around imports whose modules compile patterns as they load: while they run,
    ``re.compile`` called by this package's modules gives a ``Lazy`` pattern, made when
    first used (``_imported``): built from the engine code an earlier run stored, else
    compiled with its engine call recorded, to be stored at exit (``save``) once
    checked. What is stored is what this run's imports asked for, in their order, that
    this run or an earlier one made: a pattern whose source changes from run to run is
    not kept."""
    original = getattr(re, "_compile", None)
    if original is None or store.store_dir() is None:
        yield
        return
    table = _read(_IMPORTS)
    own = re.compile.__code__

    def compile_step(pattern: Any, flags: Any) -> Any:
        try:
            key = (pattern, int(flags))
        except (TypeError, ValueError):
            key = None
        if key is None or type(pattern) is not str or re._compile is not compile_step:
            return original(pattern, flags)
        _asked_sources[key] = table.get(key) or _asked_sources.get(key)
        caller = sys._getframe(1)
        if caller.f_code is own and caller.f_back.f_globals.get("__name__", "").startswith(
            __package__ + "."
        ):  # (a pattern kept by one of the package's modules, not used at once)
            return Lazy(key[0], key[1], _imported)
        return _imported(*key)

    with _lock:
        re._compile = compile_step
    # (the collector paused: what the modules make is long-lived, and the collections
    # their allocation would set off find little garbage)
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        _unasked[0] += len(table.keys() - _asked_sources.keys())
    finally:
        if collecting:
            gc.enable()
        with _lock:
            if re._compile is compile_step:
                re._compile = original


_re_compile = getattr(re, "_compile", None)  # (``re``'s own, whoever stands in for it)


def _imported(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern for a source ``stored_imports`` was asked for: built from the code
    stored for it, else compiled anew with its engine call recorded."""
    return _made(pattern, flags, _asked_sources.get((pattern, flags)), _imports)


def _recorded(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple | None]:
    """``re.compile``'s own pattern, and the engine call it was made by when ``re``
    compiled it now (None when it came from ``re``'s cache, or ``re``'s private
    compiler is not as expected): parsing a long pattern again at exit to store it
    would make a first run a fifth slower."""
    with _lock:
        try:
            from re import _compiler

            engine = _compiler._sre
        except (ImportError, AttributeError):
            return re.compile(pattern, flags), None
        recorder = _Recorder(engine, pattern)
        _compiler._sre = recorder
        try:
            compiled = (_re_compile or re.compile)(pattern, flags)
        finally:
            _compiler._sre = engine
    return compiled, recorder.parts


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


def checked_parts(
    reference: re.Pattern[str], flags: int, parts: tuple | None = None
) -> tuple | None:
    """The parts to store for ``reference`` (``re.compile``'s pattern for ``flags``):
    ``parts`` as recorded, else compiled anew; None unless the pattern rebuilt from
    them is the same in every respect ``re`` exposes, and the number-to-name table
    (which ``Match.lastgroup`` reads) is the one its names give."""
    try:
        if parts is None:
            parts = _compiled_parts(reference.pattern, flags)
        built = _build(reference.pattern, parts)
    except Exception:  # private internals that changed: nothing is stored
        return None
    indexgroup: list[Any] = [None] * (reference.groups + 1)
    for name, number in reference.groupindex.items():
        indexgroup[number] = name
    same = (
        built == reference
        and built.groups == reference.groups
        and dict(built.groupindex) == dict(reference.groupindex)
        and tuple(parts[4]) == tuple(indexgroup)
    )
    return parts if same else None


@atexit.register
def save() -> None:
    """Store the patterns compiled so far that pass the check, with those stored;
    nothing when none is new or there is no store. An interrupt here only means the
    store is not written."""
    try:
        if _new:
            new = dict(_new)
            _new.clear()
            store.save(_NAME, _key(), lambda: _merged(new))
        if _imports:
            asked = dict(_imports)
            _imports.clear()
            store.save(_IMPORTS, _key(_IMPORTS), lambda: _asked(asked))
    except KeyboardInterrupt:
        return


def _merged(new: dict[tuple[str, int], tuple[re.Pattern[str], tuple | None]]) -> dict | None:
    """The stored table with the patterns of ``new`` that pass the check; None when
    none does. The store is read again: another process may have added some."""
    checked = _checked(new)
    return {**_read(), **_table(), **checked} if checked else None


def _asked(asked: dict[tuple[str, int], tuple[re.Pattern[str], tuple | None]]) -> dict | None:
    """The patterns ``stored_imports`` was asked for, in the order asked, that this run
    made (those compiled anew only if they pass the check) or the store holds; None when
    none passes, or when no more were compiled anew than stored ones went unasked: a few
    patterns are built from sets, and their sources change from run to run, which is no
    reason to write the store again. The store is read again: another process may have
    added some."""
    if len(asked) <= _unasked[0]:
        return None
    checked = _checked(asked)
    if not checked:
        return None
    stored = {key: parts for key, parts in _asked_sources.items() if parts is not None}
    known = {**_read(_IMPORTS), **stored, **checked}
    return {key: known[key] for key in _asked_sources if key in known}


def _checked(new: dict[tuple[str, int], tuple[re.Pattern[str], tuple | None]]) -> dict:
    checked = {}
    for key, (compiled, recorded) in new.items():
        parts = checked_parts(compiled, key[1], recorded)
        if parts is not None:
            checked[key] = parts
    return checked
