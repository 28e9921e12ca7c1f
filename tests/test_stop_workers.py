"""A run stopped early (Ctrl-C, a write error) stops its worker processes at once instead
of waiting for every queued chunk; a --cache that is a file and a
--from-list that is a folder are named so."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rhetoscope import batch
from rhetoscope.cli import app

runner = CliRunner()
_real_analyze = batch.analyze_document


def _docs(tmp_path: Path, n: int) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(n):
        text = f"\u201cWe will never surrender, not once, not {i},\u201d Ann Lee said."
        (docs / f"d{i}.txt").write_text(text, "utf-8")
    return docs


def _slow_after_first(document, resources):
    if document.doc != "d0":
        time.sleep(120)
    return _real_analyze(document, resources)


def test_a_run_stopped_early_stops_its_workers_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rhetoscope.lexicon import default_lexicons
    from rhetoscope.readers import Source
    from rhetoscope.resources import Resources

    docs = _docs(tmp_path, 12)
    sources = [Source(str(p), p.stem) for p in sorted(docs.iterdir())]
    sources.sort(key=lambda s: s.doc != "d0")
    monkeypatch.setattr(batch, "analyze_document", _slow_after_first)  # workers fork
    outcomes = batch.analyze_sources(sources, Resources(default_lexicons()), jobs=2)
    assert isinstance(next(outcomes), batch.Done)
    started = time.monotonic()
    outcomes.close()  # as the report writer does on Ctrl-C or a write error
    assert time.monotonic() - started < 20


def test_a_cache_that_is_a_file_is_named_so(tmp_path: Path) -> None:
    docs, cache = _docs(tmp_path, 1), tmp_path / "cache"
    cache.write_text("x", "utf-8")
    result = runner.invoke(app, ["score", str(docs), "--cache", str(cache), "-q"])
    assert result.exit_code == 1
    assert result.stderr == f"rhetoscope: error: {cache}: exists and is not a folder\n"


def test_a_folder_given_as_from_list_is_named_so(tmp_path: Path) -> None:
    docs = _docs(tmp_path, 1)
    result = runner.invoke(app, ["score", "--from-list", str(docs), "-q"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"rhetoscope: error: {docs}: is a folder, not a list file (give the folder as an input)\n"
    )
