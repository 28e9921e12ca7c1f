"""Regexes built from stored engine code are the patterns ``re.compile`` makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rhetoscope import patterns
from rhetoscope.speakers import attribution


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A fresh store and a fresh table of stored patterns for one test."""
    monkeypatch.setenv("RHETOSCOPE_CACHE_DIR", str(tmp_path / "store"))
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_new", {})
    return patterns._new


def sources() -> list[tuple[str, int]]:
    return [v._source for v in vars(attribution).values() if isinstance(v, attribution._Lazy)]


def test_every_attribution_pattern_comes_back_the_same(table: dict) -> None:
    fresh = [patterns.compile(*source) for source in sources()]
    patterns.save()
    assert not table
    patterns._stored = None  # as a later process: from the store
    again = [patterns.compile(*source) for source in sources()]
    assert not table  # nothing compiled anew
    for source, first, second in zip(sources(), fresh, again, strict=True):
        expected = re.compile(*source)
        # (patterns compare equal when their flags, source and engine code are)
        assert first == second == expected
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
    assert patterns.compile(source) == re.compile(source)
    assert (source, 0) in table  # stored again, right this time


def test_without_a_store_patterns_compile_as_usual(
    table: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RHETOSCOPE_NO_CACHE", "1")
    assert patterns.compile(r"x|y", re.I) == re.compile(r"x|y", re.I)
    patterns.save()  # no error, nothing written
