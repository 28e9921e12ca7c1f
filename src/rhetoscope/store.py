"""A persistent store of startup work: the shipped lexicons, parsed, kept between runs.

Parsing the shipped lexicons (tens of thousands of rows) is a third of a one-document
run; a process that finds them stored skips it. Entries live in the user's cache
directory (``$RHETOSCOPE_CACHE_DIR``, else ``$XDG_CACHE_HOME/rhetoscope``, else
``~/.cache/rhetoscope``; relative paths are ignored, as the XDG spec says);
``RHETOSCOPE_NO_CACHE`` set to 1, true, yes or on turns the store off.

Trust: what is stored is used by later runs (parsed lexicons, regex engine code), so
the store is only as trustworthy as its folder. It is made with mode 0700, and on POSIX
a folder or file not owned by this user, or writable by group or others, is no store.
The SHA-256 each file carries detects damage, not tampering.

Safety: values are plain data (tuples, strings, numbers) written with ``marshal``,
which builds objects and never runs code when it reads them (unlike pickle). Each
file carries the full key it was stored under, and is written atomically (a temporary
file, then ``os.replace``; the temporary file is removed if the write fails, and ones
older than a day, left by a killed process, when writing). A missing, truncated,
corrupt or foreign file, or a folder that cannot be read or written, is a miss: the
caller recomputes, and the run never fails because of the store.

Several installs and Pythons may share the folder: a file's name holds the id of the
install and Python that wrote it (``slot``), a save replaces only files of its own
slot, and files of any slot not read for ``PRUNE_DAYS`` days are removed.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from .errors import OutputError
from .reports.files import atomic_binary

# Bump when the layout of a stored value changes.
FORMAT = b"rhetoscope-store-1"
_ENGINE_SUFFIXES = (".py", ".txt", ".tsv")
_TRUE = ("1", "true", "yes", "on")
PRUNE_DAYS = 30  # files of any slot not read for this long are removed on a save
_DAY = 86400.0


@cache
def engine_fingerprint() -> str:
    """SHA-256 of the package's code and bundled data: the rules that made a result."""
    return fingerprint(Path(__file__).parent)


def fingerprint(root: Path) -> str:
    """SHA-256 of the code and data files under ``root``, names and contents."""
    files = sorted(
        p
        for p in root.rglob("*")
        if p.suffix in _ENGINE_SUFFIXES and "__pycache__" not in p.parts and p.is_file()
    )
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def store_dir() -> Path | None:
    """The folder of the store; None when ``RHETOSCOPE_NO_CACHE`` turns it off or no
    absolute folder can be found. A relative ``RHETOSCOPE_CACHE_DIR`` or
    ``XDG_CACHE_HOME`` is ignored (the XDG spec's rule), not taken from the working
    directory."""
    if os.environ.get("RHETOSCOPE_NO_CACHE", "").strip().lower() in _TRUE:
        return None
    folder = _absolute(os.environ.get("RHETOSCOPE_CACHE_DIR"))
    if folder:
        return folder
    xdg = _absolute(os.environ.get("XDG_CACHE_HOME"))
    if xdg:
        return xdg / "rhetoscope"
    try:
        return Path.home() / ".cache" / "rhetoscope"
    except (RuntimeError, KeyError):  # no home directory to be found: no store
        return None


def _absolute(value: str | None) -> Path | None:
    return Path(value) if value and os.path.isabs(value) else None


def _trusted(status: os.stat_result) -> bool:
    """Whether a folder or file of the store may be used: on POSIX, owned by this user
    and writable by no one else (anyone who can write it decides what later runs use)."""
    if not hasattr(os, "geteuid"):
        return True
    return status.st_uid == os.geteuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


@cache
def slot() -> str:
    """The id of this install and Python, in file names: a save replaces only the files
    of its own slot, so that two versions or Pythons sharing the folder keep theirs."""
    where = f"{Path(__file__).parent.resolve()}\0{sys.implementation.cache_tag}\0{sys.version}"
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def key_of(parts: Iterable[str]) -> str:
    """A key for a value computed from ``parts``, with the store's format, the Python
    (version and bytecode tag: marshal's format follows them) and the package's code
    and data."""
    python = f"{sys.version}\0{sys.implementation.cache_tag}".encode()
    digest = hashlib.sha256(FORMAT + b"\0" + python + b"\0")
    digest.update(engine_fingerprint().encode("ascii") + b"\0")
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _path(folder: Path, name: str, key: str) -> Path:
    return folder / f"{name}-{slot()}-{key[:16]}.marshal"


def load(name: str, key: str) -> object | None:
    """The value stored under ``name`` and ``key``; None when there is none to trust."""
    folder = store_dir()
    if folder is None:
        return None
    path = _path(folder, name, key)
    try:
        if not _trusted(folder.stat()):
            return None
        with path.open("rb") as stream:
            status = os.fstat(stream.fileno())
            if not _trusted(status):
                return None
            data = stream.read()
        if time.time() - status.st_mtime > _DAY:  # read: not to be pruned (see save)
            os.utime(path)
    except (OSError, ValueError):
        return None
    return _decoded(data, key)


def _decoded(data: bytes, key: str) -> object | None:
    """The payload of a stored file, checked against its header; None when anything
    is off. The collector is paused: every object made here is long-lived, and the
    collections their allocation would set off cost more than the reading."""
    header = _header(key)
    if not data.startswith(header) or len(data) < len(header) + 64:
        return None
    digest, payload = data[len(header) : len(header) + 64], data[len(header) + 64 :]
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        return None
    enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()


def save(name: str, key: str, make: Callable[[], object]) -> None:
    """Store what ``make()`` returns (plain data only; None for nothing) under ``name``
    and ``key``, replacing older values of ``name`` in this slot. ``make`` is called
    only when there is a folder to write to, so that a run without a store does not
    pay for it. Any failure (read-only or untrusted folder, full disk) is ignored."""
    folder = store_dir()
    if folder is None:
        return
    with contextlib.suppress(OSError, OutputError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(folder.stat()):
            return
        value = make()
        if value is None:
            return
        try:
            payload = marshal.dumps(value)
        except ValueError:  # not plain data: nothing is stored
            return
        path = _path(folder, name, key)
        with atomic_binary(path) as stream:  # (no temporary file left, whatever fails)
            stream.write(_header(key))
            stream.write(hashlib.sha256(payload).hexdigest().encode("ascii"))
            stream.write(payload)
        _tidy(folder, name, path)


def _header(key: str) -> bytes:
    """What a stored file opens with: the store's format and the full key."""
    return FORMAT + b"\n" + key.encode("ascii") + b"\n"


def _tidy(folder: Path, name: str, path: Path) -> None:
    """Remove the older values of ``name`` in this slot, files of any slot not read
    for ``PRUNE_DAYS`` days, and temporary files a killed process left a day ago."""
    now = time.time()
    for old in folder.glob(f"{name}-{slot()}-*.marshal"):  # of other code or lexicons
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
    for pattern, age in (("*.marshal", PRUNE_DAYS * _DAY), (".*.tmp", _DAY)):
        for old in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if old != path and now - old.stat().st_mtime > age:
                    old.unlink()
