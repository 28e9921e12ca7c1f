"""A run's reports staged apart and swapped in only once complete.

Each file is written atomically, but a run stopped half-way (Ctrl-C, a full disk) over
a folder of an earlier run's reports would leave some tables new and some old, and the
Markdown of two runs side by side. So a run writes into a hidden folder inside the
output folder (the same file system: a rename moves a file), and only a complete run
moves its files into place, deleting then the earlier run's files it did not write
again. A run that stops leaves the output folder as it was, and its finished documents'
reports in ``partial-<time>/``, with a ``run.json`` that says ``"complete": false``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import OutputError
from .files import atomic_text, umask

STAGE_PREFIX = ".rhetoscope-run-"
PARTIAL_PREFIX = "partial-"


STALE = 86400.0
"""Seconds after which a stage is one a killed run (SIGKILL, power cut) left: a run
still writing touches its stage with every report."""


def make_stage(folder: Path) -> Path:
    """A new hidden folder inside ``folder`` for a run's files; the stages killed runs
    left a day ago are removed."""
    now = time.time()
    for old in folder.glob(f"{STAGE_PREFIX}*"):
        with contextlib.suppress(OSError):
            if old.is_dir() and now - old.stat().st_mtime > STALE:
                shutil.rmtree(old)
    try:
        return Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))
    except OSError as exc:
        raise OutputError(str(folder), f"cannot write ({exc.strerror or exc})") from None


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM, when a handler of Python's turns it into an exception,
    as the command line's does) until the block ends, then raise it: a document's rows
    go into every table or none, and a swap is not left half-done. (Signals are handled
    in the main thread only; elsewhere the block runs as it is.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = {signal.SIGINT: signal.getsignal(signal.SIGINT)}
    if callable(term := signal.getsignal(signal.SIGTERM)):
        held[signal.SIGTERM] = term
    for number in held:
        signal.signal(number, lambda number, _: caught.append(number))
    try:
        yield
    finally:
        for number, previous in held.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        if caught:
            handler = held[caught[0]]
            if callable(handler):
                handler(caught[0], None)  # raises as it would have
            raise KeyboardInterrupt


def swap_in(stage: Path, folder: Path, names: Iterable[str], earlier: Iterable[str]) -> None:
    """Move the files ``names`` from ``stage`` into ``folder`` (in that order: run.json
    last, so that it names a complete run), then delete the files of ``earlier`` not
    among them, then ``stage``. A file that cannot be replaced (a folder by that name)
    is found before any is moved. First the folder's run.json is replaced by one that
    says ``"complete": false`` and lists both runs' files: a run killed outright during
    the moves leaves no run.json that vouches for tables it did not write, and the next
    run still knows every file to clear."""
    names = list(names)
    for name in names:
        if (folder / name).is_dir():
            raise OutputError(str(folder / name), "is a folder: cannot write a report there")
    _mark_swapping(stage / "run.json", folder / "run.json", [*names, *earlier])
    for name in names:
        try:
            os.replace(stage / name, folder / name)
        except OSError as exc:
            raise OutputError(str(folder / name), f"cannot write ({exc.strerror or exc})") from None
    for name in set(earlier) - set(names):
        with contextlib.suppress(OSError):  # one that cannot go stays; nothing is lost
            (folder / name).unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)


def _mark_swapping(staged: Path, target: Path, files: list[str]) -> None:
    """Replace ``target`` at once by ``staged``'s run information marked incomplete, with
    ``files`` as its files (nothing when ``staged`` is not a run.json this module can read)."""
    try:
        info = json.loads(staged.read_text("utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(info, dict):
        return
    info["complete"] = False
    info["files"] = sorted(set(files))
    with atomic_text(target) as stream:
        json.dump(info, stream, indent=2)


def keep_partial(stage: Path, folder: Path, created: str) -> Path:
    """Rename ``stage`` to ``folder/partial-<created>`` (``~2``... when taken), shared as
    any folder the user makes; return its path."""
    stamp = "".join(c for c in created if c.isalnum() or c == "T")[:15] or "run"
    target = folder / f"{PARTIAL_PREFIX}{stamp}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{PARTIAL_PREFIX}{stamp}~{n}"
    stage.rename(target)
    os.chmod(target, 0o777 & ~umask())  # mkdtemp's folders are private (0700)
    return target
