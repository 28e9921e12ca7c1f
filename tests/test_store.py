"""The startup store: shipped lexicons kept between runs, safely or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rhetoscope import lexicon, store


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh store folder for one test, and a fresh ``default_lexicons``."""
    monkeypatch.setenv("RHETOSCOPE_CACHE_DIR", str(tmp_path / "store"))
    lexicon.default_lexicons.cache_clear()
    yield tmp_path / "store"
    lexicon.default_lexicons.cache_clear()


def parsed() -> tuple[lexicon.Lexicon, ...]:
    """The shipped lexicons as parsed, never through the store."""
    return tuple(
        lexicon.parse_lexicon(f.read_text("utf-8"), f"lexicons/{f.name}")
        for f in lexicon.shipped_lexicon_files()
    )


def fresh() -> tuple[lexicon.Lexicon, ...]:
    lexicon.default_lexicons.cache_clear()
    return lexicon.default_lexicons()


def stored(folder: Path) -> list[Path]:
    return sorted(folder.glob("lexicons-*.marshal"))


def test_a_stored_run_gives_the_lexicons_parsing_gives(folder: Path) -> None:
    first = fresh()
    assert len(stored(folder)) == 1
    again = fresh()  # read from the store
    assert again == first == parsed()
    assert [lex.path for lex in again] == [lex.path for lex in parsed()]


def test_the_store_holds_plain_data_not_pickles(folder: Path) -> None:
    fresh()
    data = stored(folder)[0].read_bytes()
    assert data.startswith(store.FORMAT + b"\n")
    assert b"pickle" not in data[:64]
    value = store.load("lexicons", data.split(b"\n")[1].decode("ascii"))

    def plain(v: object) -> bool:
        if isinstance(v, tuple):
            return all(map(plain, v))
        return isinstance(v, str | float | int)

    assert plain(value)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-10] + b"0123456789",  # payload changed
        lambda b: b"",
        lambda b: b"rhetoscope-store-0\n" + b[19:],  # another format
        lambda b: os.urandom(200),
    ],
)
def test_a_damaged_store_is_recomputed(folder: Path, damage) -> None:
    fresh()
    path = stored(folder)[0]
    path.write_bytes(damage(path.read_bytes()))
    assert fresh() == parsed()
    assert store.load("lexicons", "x" * 64) is None


def test_a_payload_of_another_shape_is_a_miss(folder: Path) -> None:
    fresh()
    key = stored(folder)[0].read_bytes().split(b"\n")[1].decode("ascii")
    store.save("lexicons", key, ("not", "lexicons"))
    assert fresh() == parsed()


def test_changed_code_or_lexicons_miss(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh()
    before = stored(folder)
    monkeypatch.setattr(store, "engine_fingerprint", lambda: "other code")
    assert fresh() == parsed()
    after = stored(folder)
    assert len(after) == 1 and after != before  # the older value is replaced


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_no_error(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert fresh() == parsed()
        assert stored(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_an_unusable_folder_is_no_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file where the folder should be: nothing can be written or read there.
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("not a folder", "utf-8")
    assert fresh() == parsed()
    assert folder.read_text("utf-8") == "not a folder"


def test_the_store_can_be_turned_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RHETOSCOPE_NO_CACHE", "1")
    assert store.store_dir() is None
    assert fresh() == parsed()
    assert not folder.exists()


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RHETOSCOPE_CACHE_DIR", raising=False)
    monkeypatch.delenv("RHETOSCOPE_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert store.store_dir() == tmp_path / "rhetoscope"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store.store_dir() == tmp_path / ".cache" / "rhetoscope"


def test_without_a_home_there_is_no_store(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RHETOSCOPE_CACHE_DIR", "RHETOSCOPE_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)

    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    assert store.store_dir() is None
    assert store.load("lexicons", "0" * 64) is None
    store.save("lexicons", "0" * 64, ())  # no error
