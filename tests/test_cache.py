"""The result cache: unchanged files are not analysed again; changes are."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import rhetoscope.batch
import rhetoscope.cache
from rhetoscope.cli import app

runner = CliRunner()


def entries(cache: Path) -> set[Path]:
    return set(cache.rglob("*.pickle"))


def analyze(folder: Path, out: Path, cache: Path, *extra: str):
    return runner.invoke(
        app,
        [
            "analyze",
            str(folder),
            "-o",
            str(out),
            "--cache",
            str(cache),
            "--jobs",
            "1",
            "--quiet",
            *extra,
        ],
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("\u201cWe will never surrender,\u201d Ann Lee said.", "utf-8")
    (docs / "b.txt").write_text("Perhaps we might compromise.", "utf-8")
    return docs


def test_a_rerun_reuses_results_and_writes_the_same_tables(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    assert analyze(folder, tmp_path / "one", cache).exit_code == 0
    assert len(entries(cache)) == 2

    def no_analysis(*args, **kwargs):
        raise AssertionError("a cached document was analysed again")

    monkeypatch.setattr(rhetoscope.batch, "analyze_document", no_analysis)
    result = analyze(folder, tmp_path / "two", cache)
    assert result.exit_code == 0, result.output
    for table in ("documents", "speakers", "sentences", "matches", "segments"):
        one = (tmp_path / "one" / f"{table}.csv").read_bytes()
        assert (tmp_path / "two" / f"{table}.csv").read_bytes() == one


def test_a_changed_file_is_analysed_again(tmp_path: Path, folder: Path) -> None:
    cache = tmp_path / "cache"
    analyze(folder, tmp_path / "one", cache)
    before = entries(cache)
    (folder / "b.txt").write_text("We will resist.", "utf-8")
    assert analyze(folder, tmp_path / "two", cache).exit_code == 0
    assert len(entries(cache) - before) == 1


def test_a_changed_lexicon_invalidates_every_entry(tmp_path: Path, folder: Path) -> None:
    cache = tmp_path / "cache"
    analyze(folder, tmp_path / "one", cache)
    before = entries(cache)
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text(
        "# name: mine\n# version: 1\n# description: x\npattern\tcategory\tweight\n"
        "compromise\tconcession\t1\n",
        "utf-8",
    )
    assert analyze(folder, tmp_path / "two", cache, "--lexicon", str(lexicon)).exit_code == 0
    assert len(entries(cache) - before) == 2


def test_a_damaged_entry_is_a_miss(tmp_path: Path, folder: Path) -> None:
    cache = tmp_path / "cache"
    analyze(folder, tmp_path / "one", cache)
    for entry in entries(cache):
        entry.write_bytes(b"not a pickle")
    result = analyze(folder, tmp_path / "two", cache)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "two" / "documents.csv").read_bytes() == (
        tmp_path / "one" / "documents.csv"
    ).read_bytes()


def test_results_survive_pickling_whole() -> None:
    # Results cross process boundaries and the cache as pickles of their fields.
    import pickle

    from rhetoscope import analyze as analyze_text

    result = analyze_text(
        "\u201cWe will never surrender, as in 1940,\u201d Ann Lee said. Perhaps not.", doc="d"
    ).results[0]
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert again.matches and again.segments and again.sentiments


def test_a_changed_rule_invalidates_every_entry(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A development checkout keeps its version number while its rules change: the
    # package's own files are part of the key.
    cache = tmp_path / "cache"
    analyze(folder, tmp_path / "one", cache)
    before = entries(cache)
    monkeypatch.setattr(rhetoscope.cache, "engine_fingerprint", lambda: "another engine")
    assert analyze(folder, tmp_path / "two", cache).exit_code == 0
    assert len(entries(cache) - before) == 2


def test_the_fingerprint_follows_code_and_data_not_bytecode(tmp_path: Path) -> None:
    from rhetoscope.cache import fingerprint

    (tmp_path / "rules.py").write_text("X = 1\n", "utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "names.tsv").write_text("Ann\n", "utf-8")
    first = fingerprint(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "rules.py").write_text("compiled", "utf-8")
    assert fingerprint(tmp_path) == first
    (tmp_path / "data" / "names.tsv").write_text("Ann\nBen\n", "utf-8")
    second = fingerprint(tmp_path)
    assert second != first
    (tmp_path / "rules.py").write_text("X = 2\n", "utf-8")
    assert fingerprint(tmp_path) != second


def test_the_run_says_how_much_the_cache_saved(folder: Path, tmp_path: Path) -> None:
    """The closing line of a run with --cache counts the documents taken from it (none
    the first time, all the next, all but the edited one after an edit), so a cache that
    is stale or in the wrong place shows; without --cache the line is as before."""
    cache, out = tmp_path / "cache", tmp_path / "out"

    def line(*extra: str) -> str:
        args = ["analyze", str(folder), "-o", str(out), "-j", "1", *extra]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        return next(x for x in result.stderr.splitlines() if "files written" in x)

    total = len(list(folder.iterdir()))
    assert line("--cache", str(cache)).endswith(f"(0 of {total} from the cache)")
    assert line("--cache", str(cache)).endswith(f"({total} of {total} from the cache)")
    first = sorted(folder.iterdir())[0]
    first.write_text(first.read_text("utf-8") + " We will never yield.", "utf-8")
    assert line("--cache", str(cache)).endswith(f"({total - 1} of {total} from the cache)")
    assert line().endswith(f"files written to {out}/")
