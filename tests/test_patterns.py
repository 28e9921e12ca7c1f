"""Regexes built from stored engine code are the patterns ``re.compile`` makes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rhetoscope import patterns
from rhetoscope.speakers import attribution
from rhetoscope.speakers.attribution.grammar import _Lazy


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A fresh store and a fresh table of stored patterns for one test."""
    monkeypatch.setenv("RHETOSCOPE_CACHE_DIR", str(tmp_path / "store"))
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_new", {})
    re.purge()  # a cold run: a pattern compiled elsewhere earlier is not in re's cache
    return patterns._new


def sources() -> list[tuple[str, int]]:
    lazy = {
        id(v): v for m in attribution._MODULES for v in vars(m).values() if isinstance(v, _Lazy)
    }
    return [v._source for v in lazy.values()]


def test_every_attribution_pattern_comes_back_the_same(table: dict) -> None:
    fresh = [patterns.compile(*source) for source in sources()]
    patterns.save()
    assert not table
    patterns._stored = None  # as a later process: from the store
    again = [patterns.compile(*source) for source in sources()]
    assert not table  # nothing compiled anew
    for source, first, second in zip(sources(), fresh, again, strict=True):
        expected = re.compile(*source)
        assert first is expected  # a cold run: re.compile's own pattern
        # (patterns compare equal when their flags, source and engine code are; groups
        # are not compared)
        assert second == expected
        assert second.groupindex == expected.groupindex and second.groups == expected.groups


def test_matches_from_stored_code(table: dict) -> None:
    source = r"(?P<who>[A-Z]\w+) (?:said|says)\b"
    patterns.compile(source)
    patterns.save()
    patterns._stored = None
    m = patterns.compile(source).search('"Go," Ann said.')
    assert m and m["who"] == "Ann"


def test_bad_stored_code_is_compiled_anew(table: dict) -> None:
    source = r"a+b"
    patterns._stored = {(source, 0): (32, [1, 2, 3], 0, {}, (None,))}
    assert patterns.compile(source) is re.compile(source)
    assert (source, 0) in table  # stored again, right this time


def test_without_a_store_patterns_compile_as_usual(
    table: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RHETOSCOPE_NO_CACHE", "1")
    assert patterns.compile(r"x|y", re.I) == re.compile(r"x|y", re.I)
    patterns.save()  # no error, nothing written


def test_a_cold_run_is_re_compile_s_own_pattern(table: dict) -> None:
    source = r"(?P<x>a)(b)"
    assert patterns.compile(source) is re.compile(source)
    assert (source, 0) in table


def test_rebuilt_code_with_other_groups_is_not_stored(table: dict) -> None:
    # Equal patterns (same flags, source and code) that differ in their groups: what
    # internals that changed could give, and what ``==`` cannot see.
    source = r"(?P<x>a)(b)"
    right = patterns._compiled_parts(source, 0)
    wrong = [
        (*right[:2], right[2] - 1, *right[3:]),  # groups
        (*right[:3], {"y": 2}, *right[4:]),  # group names
        (*right[:4], (None, None, "x")),  # number-to-name table
    ]
    for parts in wrong:
        assert patterns._build(source, parts) == re.compile(source)
        assert patterns.checked_parts(re.compile(source), 0, parts) is None
        table[(source, 0)] = (re.compile(source), parts)
        patterns.save()
        patterns._stored = None
        assert patterns._table() == {}  # nothing passed the check: nothing stored
    assert patterns.checked_parts(re.compile(source), 0, right) == right
    assert patterns.checked_parts(re.compile(source), 0) == right


def test_the_engine_call_of_a_cold_compile_is_recorded(table: dict) -> None:
    from re import _compiler

    engine = _compiler._sre
    source = r"(?P<word>recorded\w*) (?:once|twice)"
    re.purge()  # (not from re's cache)
    compiled = patterns.compile(source, re.I)
    assert compiled is re.compile(source, re.I)
    assert table[(source, re.I)][1] == patterns._compiled_parts(source, re.I)
    assert _compiler._sre is engine
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")
    assert _compiler._sre is engine  # put back whatever happens


def test_internals_that_fail_store_nothing(table: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(pattern: str, flags: int) -> tuple:
        raise AttributeError("_code")

    monkeypatch.setattr(patterns, "_compiled_parts", broken)
    re.compile(r"a|b")  # from re's cache below: no engine call to record
    assert patterns.compile(r"a|b") is re.compile(r"a|b")
    assert table[(r"a|b", 0)][1] is None
    patterns.save()
    patterns._stored = None
    assert patterns._table() == {}


def test_the_key_holds_the_engine_and_bytecode_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    import _sre
    import sys
    import types

    key = patterns._key()
    monkeypatch.setattr(_sre, "MAGIC", _sre.MAGIC + 1)
    assert patterns._key() != key
    monkeypatch.undo()
    tag = types.SimpleNamespace(**{**vars(sys.implementation), "cache_tag": "other-99"})
    monkeypatch.setattr(sys, "implementation", tag)
    assert patterns._key() != key


def test_an_interrupt_at_exit_only_skips_the_store(
    table: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    patterns.compile(r"c+d")
    monkeypatch.setattr(patterns.store, "save", interrupted)
    patterns.save()  # no traceback, no exception


def test_attributes_of_a_lazy_pattern_compile_it_once(
    table: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = patterns.compile

    def counted(*source: object) -> re.Pattern[str]:
        calls.append(source)
        return real(*source)

    monkeypatch.setattr(patterns, "compile", counted)
    lazy = _Lazy(r"(?P<a>x)|y", re.I)
    assert lazy.groupindex == {"a": 1} and lazy.flags & re.I and lazy.groups == 1
    assert lazy.search("Y") and lazy.compiled() is lazy.compiled()
    assert len(calls) == 1


def test_worker_processes_store_their_patterns(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(4):
        text = f'"We will win the vote {i}," Ana Ruiz said. Ben Okoro told reporters: "No."\n'
        (corpus / f"doc{i}.txt").write_text(text, "utf-8")
    folder = tmp_path / "store"
    env = {**os.environ, "RHETOSCOPE_CACHE_DIR": str(folder)}
    command = [sys.executable, "-m", "rhetoscope", "analyze", str(corpus), "-j", "2", "-q"]
    subprocess.run([*command, "-o", str(tmp_path / "out")], env=env, check=True)
    assert list(folder.glob("patterns-*.marshal"))


SOURCES = (r"(?P<who>[A-Z]\w+) (?:said|says)\b", r"x|y", r"(?i)a(b)c")


def _import_patterns() -> list[re.Pattern[str]]:
    """What a module compiles as it loads, inside ``stored_imports``."""
    with patterns.stored_imports():
        return [re.compile(SOURCES[0]), re.compile(SOURCES[1], re.I), re.compile(SOURCES[2])]


@pytest.fixture
def imports(table: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh table of the imports' patterns, as in a new process."""
    monkeypatch.setattr(patterns, "_imports", {})
    monkeypatch.setattr(patterns, "_unasked", [0])
    monkeypatch.setattr(patterns, "_asked_sources", {})


def _later_process() -> None:
    patterns._imports.clear()
    patterns._asked_sources.clear()
    patterns._unasked[0] = 0
    re.purge()


def test_patterns_compiled_by_imports_come_back_the_same(
    imports: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from re import _compiler

    engine, compile_step = _compiler._sre, re._compile
    first = _import_patterns()
    assert first[0] is re.compile(SOURCES[0])  # a cold run: re.compile's own patterns
    patterns.save()
    _later_process()
    built: list[str] = []
    real = patterns._build
    monkeypatch.setattr(patterns, "_build", lambda p, parts: built.append(p) or real(p, parts))
    again = _import_patterns()
    assert sorted(built) == sorted(SOURCES)  # each from the stored engine code
    assert not patterns._imports  # (nothing compiled anew, nothing new to store)
    for one, other in zip(first, again, strict=True):
        assert one == other and one is not other  # built from the stored engine code
        assert one.groupindex == other.groupindex and one.groups == other.groups
    assert again[0].search('"Go," Ann said.')["who"] == "Ann"
    assert _compiler._sre is engine and re._compile is compile_step  # put back


def test_a_failing_import_puts_re_back(imports: None) -> None:
    from re import _compiler

    engine, compile_step = _compiler._sre, re._compile
    import gc

    with pytest.raises(re.error), patterns.stored_imports():
        assert not gc.isenabled()  # (paused while modules load)
        re.compile(r"(unclosed")
    assert _compiler._sre is engine and re._compile is compile_step and gc.isenabled()
    assert re.compile(r"a+") == re.compile(r"a+")


def test_bad_stored_import_code_is_compiled_anew(
    imports: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        patterns, "_read", lambda name=None: {(r"a+b", 0): (32, [1, 2], 0, {}, (None,))}
    )
    with patterns.stored_imports():
        compiled = re.compile(r"a+b")
    assert compiled == re.compile(r"a+b") and compiled.match("aab")
    assert list(patterns._imports) == [(r"a+b", 0)]  # compiled anew, to be stored


def test_imports_without_a_store_compile_as_usual(
    imports: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RHETOSCOPE_NO_CACHE", "1")
    compile_step = re._compile
    with patterns.stored_imports():
        assert re._compile is compile_step
        assert re.compile(r"p|q") == re.compile(r"p|q")
    assert not patterns._imports


def test_a_source_that_changes_per_run_does_not_rewrite_the_store(imports: None) -> None:
    """A pattern built from a set changes its source from run to run: a run that swaps
    one stored source for a new one leaves the store as it is; one with more new
    patterns than stored ones unasked writes what it asked for."""
    with patterns.stored_imports():
        re.compile(r"(?:ab|cd)x")
        re.compile(r"keep")
    patterns.save()
    stored = patterns._read(patterns._IMPORTS)
    assert list(stored) == [(r"(?:ab|cd)x", 0), (r"keep", 0)]
    _later_process()
    with patterns.stored_imports():  # a later run: the same set, in another order
        re.compile(r"(?:cd|ab)x")
        re.compile(r"keep")
    patterns.save()  # (nothing written)
    assert patterns._read(patterns._IMPORTS) == stored
    _later_process()
    with patterns.stored_imports():  # new patterns
        re.compile(r"keep")
        re.compile(r"new+")
        re.compile(r"newer+")
    patterns.save()
    assert list(patterns._read(patterns._IMPORTS)) == [("keep", 0), ("new+", 0), ("newer+", 0)]


MODULE = """
import re
USED = re.compile(r"(?P<who>[A-Z]\\w+) said")
UNUSED = re.compile(r"x(y|z)+")
LATER = re.compile(r"w+")
FROM_SOURCE = re.compile(USED.pattern + r"\\b")
"""


def _load_module() -> dict:
    """A module of the package loaded inside ``stored_imports``."""
    scope = {"__name__": "rhetoscope.speakers.example"}
    with patterns.stored_imports():
        exec(MODULE, scope)
    return scope


def test_a_module_s_patterns_are_made_when_first_used(
    imports: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = patterns._recorded
    monkeypatch.setattr(patterns, "_recorded", lambda p, f: made.append(p) or real(p, f))
    scope = _load_module()
    assert not made  # nothing compiled as the module loads, a source read from another
    assert scope["FROM_SOURCE"].pattern == r"(?P<who>[A-Z]\w+) said\b"
    assert scope["USED"].search('"Go," Ann said.')["who"] == "Ann"
    assert scope["USED"].compiled() == re.compile(r"(?P<who>[A-Z]\w+) said")
    assert scope["USED"].groupindex == {"who": 1} and made == [scope["USED"].pattern]
    patterns.save()
    _later_process()
    made.clear()
    scope = _load_module()
    assert scope["USED"].search("Ben said")["who"] == "Ben" and not made  # stored code
    assert scope["LATER"].sub("", "awwwb") == "ab" and made == ["w+"]
    patterns.save()  # stores the pattern this run used, keeps the one the last run did
    stored = patterns._read(patterns._IMPORTS)
    assert set(stored) == {(scope["USED"].pattern, 0), ("w+", 0)}


def test_make_all_leaves_no_pattern_to_compile_mid_run() -> None:
    import sys

    assert patterns.make_all() > 0
    unmade = [
        value
        for name, module in list(sys.modules.items())
        if name.startswith("rhetoscope.") and module is not None
        for value in vars(module).values()
        if isinstance(value, patterns.Lazy) and "_compiled" not in vars(value)
    ]
    assert not unmade
