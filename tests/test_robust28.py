"""Defects found by the acceptance audit (audit28): each test fails without its fix."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rhetoscope.cli import app

runner = CliRunner()


def _folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("\u201cWe will never surrender,\u201d Ann Lee said.", "utf-8")
    (docs / "b.txt").write_text("Perhaps we might compromise.", "utf-8")
    return docs


# 1. a damaged cache entry is a miss


def test_a_cache_entry_of_garbage_bytes_is_recomputed(tmp_path: Path) -> None:
    docs, cache = _folder(tmp_path), tmp_path / "cache"
    args = ["analyze", str(docs), "--cache", str(cache), "-j", "1", "-q"]
    assert runner.invoke(app, [*args, "-o", str(tmp_path / "one")]).exit_code == 0
    entries = list(cache.rglob("*.pickle"))
    assert entries
    for entry in entries:
        entry.write_bytes(b"garbage\n")  # pickle.load raises ValueError on these bytes
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "two")])
    assert result.exit_code == 0, result.output
    one = (tmp_path / "one" / "sentences.csv").read_text("utf-8")
    assert (tmp_path / "two" / "sentences.csv").read_text("utf-8") == one
