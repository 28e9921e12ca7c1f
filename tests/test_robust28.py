"""Defects found by the acceptance audit (audit28): each test fails without its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
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


# 2. a gap '...' stands between two words, once per pattern

_LEXICON_HEAD = (
    "# name: mine\n# version: 0.1.0\n# description: test\n# source: me\n"
    "pattern\tcategory\tweight\tnote\tsource\n"
)


def _lexicon(tmp_path: Path, *patterns: str) -> Path:
    path = tmp_path / "mine.tsv"
    rows = "".join(f"{p}\tresolve\t1\t\tme\n" for p in patterns)
    path.write_text(_LEXICON_HEAD + rows, "utf-8")
    return path


@pytest.mark.parametrize("pattern", ["...", "... end", "start ...", "a ... b ... c"])
def test_a_misplaced_gap_is_a_file_line_error_in_check_and_in_analysis(
    tmp_path: Path, pattern: str
) -> None:
    lexicon = _lexicon(tmp_path, "hold fast", pattern)
    checked = runner.invoke(app, ["lexicons", "check", str(lexicon)])
    assert checked.exit_code == 1
    assert f"{lexicon}:7: pattern {pattern!r}" in checked.output
    text = tmp_path / "t.txt"
    text.write_text("We start now and hold fast to the end.", "utf-8")
    scored = runner.invoke(app, ["score", str(text), "--lexicon", str(lexicon), "-j", "1"])
    assert scored.exit_code == 1
    assert scored.exception is None or isinstance(scored.exception, SystemExit)
    assert f"{lexicon}:7:" in scored.output


def test_a_gap_between_two_words_still_loads_and_matches(tmp_path: Path) -> None:
    lexicon = _lexicon(tmp_path, "we got ... wrong")
    assert runner.invoke(app, ["lexicons", "check", str(lexicon)]).exit_code == 0
    text = tmp_path / "t.txt"
    text.write_text("We got the timing of that tax wrong.", "utf-8")
    args = ["score", str(text), "--lexicon", str(lexicon), "--no-default-lexicons"]
    scored = runner.invoke(app, [*args, "--by", "match", "-j", "1"])
    assert scored.exit_code == 0, scored.output
    assert "we got ... wrong" in scored.output
