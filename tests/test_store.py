"""The startup store: shipped lexicons kept between runs, safely or not at all."""

from __future__ import annotations

import os
import pickle
import stat
import time
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


def test_the_store_holds_plain_data_not_pickles(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh()
    data = stored(folder)[0].read_bytes()
    assert data.startswith(store.FORMAT + b"\n")

    def no_pickle(*args: object, **kwargs: object) -> object:
        raise AssertionError("pickle used")

    monkeypatch.setattr(pickle, "loads", no_pickle)
    monkeypatch.setattr(pickle, "load", no_pickle)
    value = store.load("lexicons", data.split(b"\n")[1].decode("ascii"))
    assert value is not None

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
    key = path.read_bytes().split(b"\n")[1].decode("ascii")
    path.write_bytes(damage(path.read_bytes()))
    assert store.load("lexicons", key) is None
    assert fresh() == parsed()
    assert store.load("lexicons", key) is not None  # stored again


def test_a_payload_of_another_shape_is_a_miss(folder: Path) -> None:
    fresh()
    key = stored(folder)[0].read_bytes().split(b"\n")[1].decode("ascii")
    store.save("lexicons", key, lambda: ("not", "lexicons"))
    assert fresh() == parsed()


def test_changed_code_misses(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh()
    before = stored(folder)
    monkeypatch.setattr(store, "engine_fingerprint", lambda: "other code")
    assert fresh() == parsed()
    after = stored(folder)
    assert len(after) == 1 and after != before  # the older value is replaced


def test_changed_lexicons_miss(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh()
    copies = tmp_path / "lexicons"
    copies.mkdir()
    for f in lexicon.shipped_lexicon_files():
        text = f.read_text("utf-8")
        if f.name == "hedging.tsv":  # one row edited, the size kept
            assert "\nmay\thedging\t1\t" in text
            text = text.replace("\nmay\thedging\t1\t", "\nmaw\thedging\t1\t", 1)
        (copies / f.name).write_text(text, "utf-8")
    monkeypatch.setattr(lexicon, "shipped_lexicon_files", lambda: tuple(sorted(copies.iterdir())))
    edited = fresh()
    hedges = {e.pattern for lex in edited for e in lex.entries if e.category == "hedging"}
    assert "maw" in hedges and "may" not in hedges
    assert fresh() == edited  # and read back as edited


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

    def unneeded() -> object:
        raise AssertionError("a value made for no store")

    store.save("lexicons", "0" * 64, unneeded)


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
    store.save("lexicons", "0" * 64, tuple)  # no error


def test_the_folder_is_made_private(folder: Path) -> None:
    fresh()
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX ownership")
def test_a_folder_others_can_write_is_no_store(folder: Path) -> None:
    fresh()
    assert len(stored(folder)) == 1
    folder.chmod(0o770)
    assert store.load("lexicons", key_of(stored(folder)[0])) is None
    stored(folder)[0].unlink()
    assert fresh() == parsed()
    assert stored(folder) == []  # nothing written there either
    folder.chmod(0o700)
    fresh()
    path = stored(folder)[0]
    path.chmod(0o666)  # a file others can write
    assert store.load("lexicons", key_of(path)) is None


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX ownership")
def test_a_folder_of_another_user_is_no_store(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh()
    key = key_of(stored(folder)[0])
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(folder).st_uid + 1)
    assert store.load("lexicons", key) is None


def key_of(path: Path) -> str:
    return path.read_bytes().split(b"\n")[1].decode("ascii")


def test_installs_sharing_the_folder_keep_their_files(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh()
    mine = stored(folder)
    monkeypatch.setattr(store, "slot", lambda: "otherinstall")
    monkeypatch.setattr(store, "engine_fingerprint", lambda: "other code")
    fresh()
    assert len(stored(folder)) == 2 and set(mine) < set(stored(folder))
    monkeypatch.undo()
    monkeypatch.setenv("RHETOSCOPE_CACHE_DIR", str(folder))
    assert store.load("lexicons", key_of(mine[0])) is not None  # still a hit


def test_files_unread_for_long_are_pruned(folder: Path) -> None:
    fresh()
    folder.joinpath("lexicons-gone-0.marshal").write_bytes(b"old")
    folder.joinpath("patterns-recent-0.marshal").write_bytes(b"recent")
    long_ago = time.time() - (store.PRUNE_DAYS + 1) * 86400
    os.utime(folder / "lexicons-gone-0.marshal", (long_ago, long_ago))
    mine = stored(folder)[0]
    os.utime(mine, (long_ago, long_ago))
    assert store.load("lexicons", key_of(mine)) is not None  # read: kept
    store.save("other", "0" * 64, tuple)
    assert not folder.joinpath("lexicons-gone-0.marshal").exists()
    assert folder.joinpath("patterns-recent-0.marshal").exists() and mine.exists()


def test_a_failed_write_leaves_no_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fails)
    store.save("lexicons", "0" * 64, lambda: ("a",))
    assert list(folder.iterdir()) == []


def test_temporary_files_a_killed_write_left_are_removed(folder: Path) -> None:
    folder.mkdir(mode=0o700)
    stale, recent = folder / ".lexicons-abc.tmp", folder / ".lexicons-def.tmp"
    stale.write_bytes(b"half")
    recent.write_bytes(b"being written")
    two_days_ago = time.time() - 2 * 86400
    os.utime(stale, (two_days_ago, two_days_ago))
    store.save("lexicons", "0" * 64, lambda: ("a",))
    assert not stale.exists() and recent.exists()


@pytest.mark.parametrize(
    ("value", "off"),
    [
        ("1", True),
        ("true", True),
        ("YES", True),
        ("On", True),
        ("0", False),
        ("", False),
        ("false", False),
        ("no", False),
        ("off", False),
    ],
)
def test_no_cache_takes_only_yes_values(
    value: str, off: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RHETOSCOPE_NO_CACHE", value)
    assert (store.store_dir() is None) is off


def test_relative_folders_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RHETOSCOPE_NO_CACHE", raising=False)
    monkeypatch.setenv("RHETOSCOPE_CACHE_DIR", "relstore")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert store.store_dir() == tmp_path / "xdg" / "rhetoscope"
    monkeypatch.setenv("XDG_CACHE_HOME", "relxdg")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store.store_dir() == tmp_path / ".cache" / "rhetoscope"
