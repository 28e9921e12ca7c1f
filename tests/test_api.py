"""The library's result object as a notebook or a pandas Series shows it."""

from __future__ import annotations

import rhetoscope


def test_an_analysis_prints_short() -> None:
    shown = repr(rhetoscope.analyze("We will win.", doc="speech"))
    assert shown.startswith("<Analysis of speech;")
    assert "resolve" in shown
    assert len(shown) < 300  # not every lexicon entry
