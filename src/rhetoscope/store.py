"""A persistent store of startup work: the shipped lexicons, parsed, kept between runs.

Parsing the shipped lexicons (tens of thousands of rows) is a third of a one-document
run; a process that finds them stored skips it. Entries live in the user's cache
directory (``$RHETOSCOPE_CACHE_DIR``, else ``$XDG_CACHE_HOME/rhetoscope``, else
``~/.cache/rhetoscope``); ``RHETOSCOPE_NO_CACHE=1`` turns the store off.

Safety: values are plain data (tuples, strings, numbers) written with ``marshal``,
which builds objects and never runs code when it reads them (unlike pickle). Each
file carries the SHA-256 of its payload and the full key it was stored under, and is
written atomically (a temporary file, then ``os.replace``). A missing, truncated,
corrupt or foreign file, or a folder that cannot be read or written, is a miss: the
caller recomputes, and the run never fails because of the store.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path

# Bump when the layout of a stored value changes.
FORMAT = b"rhetoscope-store-1"
_ENGINE_SUFFIXES = (".py", ".txt", ".tsv")


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
    """The folder of the store; None when ``RHETOSCOPE_NO_CACHE`` turns it off."""
    if os.environ.get("RHETOSCOPE_NO_CACHE", "") not in ("", "0"):
        return None
    folder = os.environ.get("RHETOSCOPE_CACHE_DIR")
    if folder:
        return Path(folder)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "rhetoscope"
    try:
        return Path.home() / ".cache" / "rhetoscope"
    except (RuntimeError, KeyError):  # no home directory to be found: no store
        return None


def key_of(parts: Iterable[str]) -> str:
    """A key for a value computed from ``parts``, with the store's format, the Python
    version (marshal's format follows it) and the package's code and data."""
    digest = hashlib.sha256(FORMAT + b"\0" + sys.version.encode("utf-8") + b"\0")
    digest.update(engine_fingerprint().encode("ascii") + b"\0")
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _path(folder: Path, name: str, key: str) -> Path:
    return folder / f"{name}-{key[:16]}.marshal"


def load(name: str, key: str) -> object | None:
    """The value stored under ``name`` and ``key``; None when there is none to trust."""
    folder = store_dir()
    if folder is None:
        return None
    try:
        data = _path(folder, name, key).read_bytes()
    except (OSError, ValueError):
        return None
    return _decoded(data, key)


def _decoded(data: bytes, key: str) -> object | None:
    """The payload of a stored file, checked against its header; None when anything
    is off. The collector is paused: every object made here is long-lived, and the
    collections their allocation would set off cost more than the reading."""
    header = FORMAT + b"\n" + key.encode("ascii") + b"\n"
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


def save(name: str, key: str, value: object) -> None:
    """Store ``value`` (plain data only) under ``name`` and ``key``, replacing older
    values of ``name``; any failure (read-only folder, full disk) is ignored."""
    folder = store_dir()
    if folder is None:
        return
    path = _path(folder, name, key)
    try:
        payload = marshal.dumps(value)
    except ValueError:  # not plain data: nothing is stored
        return
    data = b"".join(
        [
            FORMAT + b"\n" + key.encode("ascii") + b"\n",
            hashlib.sha256(payload).hexdigest().encode("ascii"),
            payload,
        ]
    )
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        for old in folder.glob(f"{name}-*.marshal"):  # values of other code or lexicons
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
