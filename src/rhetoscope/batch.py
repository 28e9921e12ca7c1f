"""Many documents: read and analyse them in worker processes, results in input order.

Documents are handed to ``jobs`` worker processes in chunks; each worker compiles the
lexicons once and, given a ``finish`` function, applies it to each result (the report
writer renders a document's reports there, so that this process only writes them).
Output order is the input order whatever ``jobs`` is, so the tables are byte-identical
for any number of workers. With the ``dask`` engine the documents go to a
dask.distributed cluster instead (``pip install 'rhetoscope[dask]'``).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from . import patterns
from .cache import ResultCache
from .errors import RhetoscopeError
from .lexicon import Lexicon
from .models import DocumentResult
from .pipeline import analyze_document
from .readers import STDIN, Source, read, read_warnings
from .resources import Resources

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

_worker: Resources | None = None
_cache: ResultCache | None = None
_finish: Finish | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def settle(resources: Resources) -> Resources:
    """Compile ``resources`` now and exempt what exists from garbage collection: the
    lexicon tries are hundreds of thousands of long-lived objects, and the collector
    would otherwise walk them again and again as documents allocate (a third of
    matching time). For processes that analyse a batch (the CLI, workers), not for a
    library caller's process, whose own objects ``gc.freeze`` would pin too.

    The collector is paused while the tries are built: every object made then is
    long-lived, and the collections their allocation would set off (half the compile
    time) find no garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        _ = resources.layers  # compiles the tries
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return resources


Finish = Callable[[DocumentResult], Any]
"""What to make of a result where it was computed (a picklable callable)."""


class Done(NamedTuple):
    """A document's outcome: its result (or what ``finish`` made of it), the warnings
    about how it read (``read_warnings``), its number of words, and whether its result
    came from the cache."""

    value: Any
    warnings: list[str]
    words: int
    cached: bool = False


Outcome = Done | RhetoscopeError
"""A document's ``Done``, or the error that stopped it."""


def _init(lexicons: tuple[Lexicon, ...], cache: ResultCache | None, finish: Finish | None) -> None:
    global _worker, _cache, _finish
    # Ctrl-C reaches every process of the terminal's group: the parent decides what an
    # interrupt does (it stops the workers), not a KeyboardInterrupt inside each one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM ends a worker at once (the parent's handler, copied by fork, would raise in
    # the middle of a document instead); the parent stops the run.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker, _cache, _finish = settle(Resources(lexicons)), cache, finish
    # A worker leaves through os._exit, without atexit: the speaker patterns it
    # compiled are stored by a finalizer, which multiprocessing runs as it ends.
    from multiprocessing import util

    util.Finalize(None, patterns.save, exitpriority=1)


def _run(
    source: Source,
    resources: Resources | None = None,
    cache: ResultCache | None = None,
    finish: Finish | None = None,
) -> Outcome:
    resources, cache, finish = resources or _worker, cache or _cache, finish or _finish
    try:
        document, encoding = read(source)
    except RhetoscopeError as exc:
        return exc
    result = cache.get(document) if cache else None
    cached = result is not None
    if result is None:
        result = analyze_document(document, resources)
        if cache:
            cache.put(document, result)
    return Done(
        finish(result) if finish else result,
        read_warnings(source, document.text, encoding, set()),
        sum(s.words for s in result.sentences),
        cached,
    )


def analyze_sources(
    sources: Sequence[Source],
    resources: Resources,
    jobs: int = 1,
    cache: ResultCache | None = None,
    *,
    freeze: bool = False,
    finish: Finish | None = None,
) -> Iterator[Outcome]:
    """Each source's outcome, in input order; results come from ``cache`` when it has
    them and are stored in it when it does not; ``finish`` is applied to each where it
    was computed. Worker processes always ``settle``; this process does when
    ``freeze`` is set."""
    on_disk = [s for s in sources if s.path != STDIN or s.text is not None]
    # Starting a worker costs about as much as analysing a short document.
    if jobs <= 1 or len(on_disk) < 2 * min(jobs, len(on_disk)) or len(on_disk) < 4:
        if freeze:
            settle(resources)
        for source in sources:
            yield _run(source, resources, cache, finish)
        return
    # Imported here: a single-process run need not load multiprocessing.
    from concurrent.futures import ProcessPoolExecutor

    # stdin can only be read here, so it is analysed in this process.
    workers = min(jobs, len(on_disk))
    # Small chunks: a worker left with a chunk of long transcripts at the end keeps the
    # other idle, and results reach the report writer sooner; sending one costs ~0.1 ms.
    chunk = max(1, min(4, len(on_disk) // (workers * 4)))
    pool = ProcessPoolExecutor(
        workers, initializer=_init, initargs=(resources.lexicons, cache, finish)
    )
    try:
        results = pool.map(_run, on_disk, chunksize=chunk)
        for source in sources:
            in_here = source.path == STDIN and source.text is None
            yield _run(source, resources, cache, finish) if in_here else next(results)
    except BaseException:
        # A run stopped early (Ctrl-C, a write error: GeneratorExit) must not wait for
        # the chunks queued and running, minutes of work nobody will read.
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool``'s workers now, whatever they are doing."""
    # The pool's thread, seeing its workers gone, fails their futures, some of which
    # pool.map's cleanup has cancelled: before Python 3.12 that raises InvalidStateError
    # in the thread, printed as a traceback under the user's Ctrl-C. Nothing is lost by
    # it (the run is stopping), so it is kept quiet while the pool winds down.
    import threading
    from concurrent.futures import InvalidStateError

    excepthook = threading.excepthook

    def quiet(args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, InvalidStateError):
            excepthook(args)

    threading.excepthook = quiet
    try:
        _terminate(pool)
    finally:
        threading.excepthook = excepthook


def _terminate(pool: ProcessPoolExecutor) -> None:
    # (Python 3.14 has pool.terminate_workers(); before it, only these private fields)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError):
            process.terminate()
    for process in processes:
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
    # A worker stopped while sending a result leaves half a message in the result pipe,
    # and the pool's manager thread waiting for the rest would never end (nor would
    # shutdown, nor the interpreter's exit, which joins it): with no worker left, closing
    # this process's end of the pipe turns the wait into an end of file. A call queue's
    # feeder writing to a pipe no worker reads must not be waited for either.
    with contextlib.suppress(AttributeError, OSError):
        pool._result_queue._writer.close()  # type: ignore[attr-defined]
    with contextlib.suppress(AttributeError):
        pool._call_queue.cancel_join_thread()  # type: ignore[attr-defined]
    pool.shutdown(wait=True, cancel_futures=True)  # the pool sees them gone, and ends


_compiled: dict[tuple[str, ...], Resources] = {}
CONNECT_TIMEOUT = 10  # seconds to reach a dask scheduler


def _run_on_cluster(
    source: Source, lexicons: tuple[Lexicon, ...], finish: Finish | None = None
) -> Outcome:
    """A dask task: compile the lexicons once per worker process, then as ``_run``."""
    key = tuple(lex.sha256 for lex in lexicons)
    if key not in _compiled:
        _compiled[key] = settle(Resources(lexicons))
    return _run(source, _compiled[key], finish=finish)


def analyze_on_dask(
    sources: Sequence[Source],
    resources: Resources,
    scheduler: str | None,
    jobs: int = 1,
    finish: Finish | None = None,
) -> Iterator[Outcome]:
    """Each source's outcome, computed on a dask.distributed cluster, in input order.

    ``scheduler`` is the address of a running scheduler ("tcp://host:8786"); without one
    a local cluster of ``jobs`` worker processes is started for the run.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RhetoscopeError(
            "--engine dask", "needs dask.distributed: pip install 'rhetoscope[dask]'"
        ) from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(
                n_workers=max(1, jobs), threads_per_worker=1, dashboard_address=None
            )
            client = Client(cluster)
    except OSError as exc:
        raise RhetoscopeError(scheduler or "--engine dask", f"cannot reach ({exc})") from None
    try:
        lexicons = client.scatter(resources.lexicons, broadcast=True)
        then = client.scatter(finish, broadcast=True) if finish else None
        remote = [s for s in sources if s.path != STDIN or s.text is not None]
        futures = iter(
            client.map(_run_on_cluster, remote, lexicons=lexicons, finish=then, pure=False)
        )
        for source in sources:
            if source.path == STDIN and source.text is None:
                yield _run(source, resources, finish=finish)
            else:
                yield next(futures).result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
