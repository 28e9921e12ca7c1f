"""The library API: analyse texts or files and get pandas tables back."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .errors import RhetoscopeError
from .lexicon import Lexicon, load_lexicons
from .models import Document, DocumentResult
from .pipeline import analyze_document
from .readers import Options, expand
from .resources import Resources, compiled

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """A document that could not be analysed, and why."""

    path: str
    problem: str


@dataclass(frozen=True)
class Analysis:
    """The result of analysing one or more documents.

    The tables are pandas DataFrames built on first access: ``documents``,
    ``speakers``, ``sentences``, ``matches`` and ``segments``. ``results`` holds the
    underlying frozen dataclasses; ``failures`` the inputs that could not be read.
    """

    results: tuple[DocumentResult, ...]
    lexicons: tuple[Lexicon, ...]
    categories: tuple[str, ...]
    failures: tuple[Failure, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    def __repr__(self) -> str:
        # Short: the dataclass repr would print every lexicon entry (millions of
        # characters in a notebook cell or a pandas Series of analyses).
        docs = ", ".join(r.document.doc for r in self.results[:3])
        more = f", ... ({len(self.results)} in all)" if len(self.results) > 3 else ""
        lexicons = ", ".join(f"{lex.name} {lex.version}" for lex in self.lexicons)
        failed = f"; {len(self.failures)} failed" if self.failures else ""
        return f"<Analysis of {docs or 'no document'}{more}{failed}; lexicons: {lexicons}>"

    @cached_property
    def counts(self) -> str:
        """The dtype of the count columns, fixed by the lexicons (see tables.count_dtype)."""
        from .lexicon import EXCLUDE
        from .tables import count_dtype

        return count_dtype(
            e.weight for lex in self.lexicons for e in lex.entries if e.category != EXCLUDE
        )

    @cached_property
    def segments(self) -> pd.DataFrame:
        from .tables import segments_table

        return segments_table(self.results)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        from .tables import sentences_table

        return sentences_table(self.results, self.categories, self.counts)

    @cached_property
    def matches(self) -> pd.DataFrame:
        from .tables import matches_table

        return matches_table(self.results)

    @cached_property
    def speakers(self) -> pd.DataFrame:
        from .tables import speakers_table

        return speakers_table(self.sentences, self.segments, self.categories, self.counts)

    @cached_property
    def documents(self) -> pd.DataFrame:
        from .tables import documents_table

        return documents_table(
            self.results, self.sentences, self.segments, self.categories, self.counts
        )

    def table(self, name: str) -> pd.DataFrame:
        """One table by name: documents, speakers, sentences, matches or segments."""
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r}; choose from {', '.join(TABLES)}")
        return getattr(self, name)


TABLES = ("documents", "speakers", "sentences", "matches", "segments")


def _resources(lexicons: Sequence[Lexicon] | None) -> Resources:
    return compiled(load_lexicons() if lexicons is None else lexicons)


def analyze(text: str, *, doc: str = "text", lexicons: Sequence[Lexicon] | None = None) -> Analysis:
    """Analyse one text. ``lexicons`` defaults to the shipped ones (see ``load_lexicons``)."""
    resources = _resources(lexicons)
    document = Document(doc, text.replace("\r\n", "\n").replace("\r", "\n"))
    return Analysis(
        (analyze_document(document, resources),), resources.lexicons, resources.categories
    )


def analyze_documents(
    documents: Iterable[Document], *, lexicons: Sequence[Lexicon] | None = None
) -> Analysis:
    """Analyse already decoded documents."""
    resources = _resources(lexicons)
    results = tuple(analyze_document(d, resources) for d in documents)
    return Analysis(results, resources.lexicons, resources.categories)


class FileRun:
    """Documents analysed one after another, for output that streams.

    Iterating yields each ``DocumentResult`` in input order as it is ready (``each``
    yields what a function makes of each, computed where the document is analysed); the
    inputs that failed and the warnings gather in ``failures`` and ``warnings``
    meanwhile. Only one document's result need be held at a time. A run is iterated
    once.
    """

    def __init__(self, sources, start, resources: Resources, progress) -> None:
        self.lexicons = resources.lexicons
        self.categories = resources.categories
        self.failures: list[Failure] = []
        self.warnings: list[str] = []
        self.analysed = 0  # documents done, of which ``cached`` came from the cache
        self.cached = 0
        self._warned: set[str] = set()
        self._sources, self._start, self._progress = sources, start, progress
        self._outcomes: Iterator | None = None

    def __iter__(self) -> Iterator[DocumentResult]:
        return self.each(None)

    def close(self) -> None:
        """Stop the run now (its worker processes too). A consumer that stops early (a
        full disk) calls it: left to the garbage collector, the workers would be shut
        down at interpreter exit, when multiprocessing can no longer do it cleanly."""
        if self._outcomes is not None:
            self._outcomes.close()  # type: ignore[attr-defined]

    def each(self, finish: Callable[[DocumentResult], T] | None) -> Iterator[T]:
        """``finish(result)`` for each document, in input order, applied in the worker
        process that analysed it (``finish`` must pickle); with None, the results."""
        words = 0
        self._outcomes = self._start(finish)
        for done, outcome in enumerate(self._outcomes, start=1):
            if isinstance(outcome, RhetoscopeError):
                self.failures.append(Failure(outcome.path, outcome.problem))
            else:
                new = [w for w in outcome.warnings if w not in self._warned]
                self._warned.update(new)
                self.warnings += new
                words += outcome.words
                self.analysed += 1
                self.cached += outcome.cached
                yield outcome.value
            if self._progress is not None:
                self._progress(done, len(self._sources), words)


def run_files(
    inputs: Iterable[str | Path],
    *,
    lexicons: Sequence[Lexicon] | None = None,
    jobs: int = 1,
    options: Options | None = None,
    progress: Callable[[int, int, int], None] | None = None,
    cache: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    freeze: bool = False,
) -> FileRun:
    """Like ``analyze_files``, but results come one at a time (see ``FileRun``).

    ``freeze``: compile the lexicons first and exempt this process's objects from the
    garbage collector (``gc.freeze``), as the command line does: faster for a batch,
    but it pins whatever the calling process holds at that moment."""
    from . import __version__
    from .batch import analyze_on_dask, analyze_sources
    from .cache import ResultCache, engine_fingerprint

    resources = _resources(lexicons)
    store = (
        ResultCache(cache, resources.lexicons, __version__, engine_fingerprint()) if cache else None
    )
    sources = expand((str(i) for i in inputs), options or Options())

    def start(finish):
        if engine == "dask":
            return analyze_on_dask(sources, resources, scheduler, jobs, finish)
        return analyze_sources(sources, resources, jobs, store, freeze=freeze, finish=finish)

    return FileRun(sources, start, resources, progress)


def analyze_files(
    inputs: Iterable[str | Path],
    *,
    lexicons: Sequence[Lexicon] | None = None,
    jobs: int = 1,
    options: Options | None = None,
    progress: Callable[[int, int, int], None] | None = None,
    cache: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Analysis:
    """Analyse files, folders, globs, spreadsheets or ``-`` (stdin) with ``jobs`` worker
    processes. ``options`` tells which files a folder holds and which spreadsheet columns
    to read; ``progress(done, total, words)`` is called after each document; ``cache``
    is a folder where results are kept between runs (see ``rhetoscope.cache``);
    ``engine="dask"`` sends the documents to the dask.distributed ``scheduler`` (or to
    a local cluster of ``jobs`` workers when no address is given).

    A path that does not exist raises ``RhetoscopeError``; a file that cannot be read or
    decoded is recorded in ``failures`` and the others are analysed.
    """
    run = run_files(
        inputs,
        lexicons=lexicons,
        jobs=jobs,
        options=options,
        progress=progress,
        cache=cache,
        engine=engine,
        scheduler=scheduler,
    )
    results = tuple(run)
    return Analysis(results, run.lexicons, run.categories, tuple(run.failures), tuple(run.warnings))
