"""Atomic file output: a report is either complete or absent, never half-written."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import OutputError


def ensure_dir(folder: Path) -> list[Path]:
    """Make ``folder`` (and its missing parents) and check it is writable; return the
    folders made here, deepest first, for ``remove_if_empty`` to undo."""
    made = [f for f in (folder, *folder.parents) if not f.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(str(folder), "exists and is not a folder") from None
    except OSError as exc:
        raise OutputError(str(folder), f"cannot create folder ({exc.strerror or exc})") from None
    if not os.access(folder, os.W_OK):
        remove_if_empty(made)
        raise OutputError(str(folder), "folder is not writable")
    return made


def remove_if_empty(folders: Iterable[Path]) -> None:
    """Remove each of ``folders`` (deepest first) that is empty: a run that failed
    before it wrote anything leaves no folder it made. ``rmdir`` removes only an empty
    folder, so nothing in one is ever lost."""
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()


@functools.cache
def umask() -> int:
    """The process's umask (read by setting it, then set back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _file_mode() -> int:
    """The mode ``open`` would give a new file: mkstemp's files are private (0600), and
    reports are meant to be shared like any other file the user writes."""
    return 0o666 & ~umask()


@contextlib.contextmanager
def _atomic(path: Path, mode: str, **kwargs) -> Iterator:
    """Write ``path`` through a temporary file in the same folder, renamed on success:
    an interrupted or failed write leaves the old file (or none), never half of one."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(str(path), f"cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, mode, **kwargs) as stream:
            yield stream
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(str(path), f"cannot write ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_text(path: Path) -> contextlib.AbstractContextManager[TextIO]:
    """A UTF-8 text stream that becomes ``path`` once complete."""
    return _atomic(path, "w", encoding="utf-8", newline="")


def atomic_binary(path: Path) -> contextlib.AbstractContextManager[BinaryIO]:
    """A binary stream that becomes ``path`` once complete."""
    return _atomic(path, "wb")
