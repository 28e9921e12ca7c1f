"""Lexicon files: parsing, validation and the shipped defaults.

A lexicon is a UTF-8, tab-separated file (format in ``lexicons/README.md``)::

    # name: resolve
    # version: 1.0.0
    # description: commitment, determination, certainty
    # source: Hyland2005 - Metadiscourse, boosters
    pattern<TAB>category<TAB>weight<TAB>note<TAB>source
    determined<TAB>resolve<TAB>1<TAB><TAB>Hyland2005

Patterns are lower-case tokens in the tokenizer's Treebank form (``wo n't back down``);
``stem*`` matches any token starting with ``stem``; ``#`` matches any number. The
reserved category ``exclude`` marks phrases that are not markers: through the
longest-match rule they shield the ambiguous word inside them.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from sys import intern

from . import store
from .errors import LexiconError
from .text import normalize, tokenize

EXCLUDE = "exclude"
RULE_LEXICON = "rules"
"""The ``lexicon`` of a match a rule over constructions made rather than an entry of a
lexicon file: its ``term`` names the rule (lexicons/README.md, "Matching rules")."""
GAP = "..."
"""A pattern unit that matches one to five tokens of the same clause: "we got ... wrong"
matches "we got the timing of that tax wrong". It stands between two units (one gap
per pattern): a gap at an end would only make the match longer, and the matcher looks
for what comes after one gap."""
# A clitic written alone ("we 'll") is one token, as the tokenizer makes it.
_CLITIC_UNIT = re.compile(r"^(?:n't|'s|'re|'ve|'ll|'d|'m)$")
# Letters, digits (as str.isalnum has them), "-" and "_".
CATEGORY_NAME = re.compile(r"[\w-]+")
COLUMNS = ("pattern", "category", "weight")
"""The first three header cells; later ones (``note``, ``source``, ``label``, ...) are free."""
REQUIRED_META = ("name", "version", "description")


@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern of a lexicon; ``tokens`` is the pattern split into match units."""

    pattern: str
    tokens: tuple[str, ...]
    category: str
    weight: float
    lexicon: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, column: str, default: str = "") -> str:
        """The value of an optional column (``note``, ``source``, ``label``, ...)."""
        for key, value in self.extra:  # a loop: analogy rules ask this of every era hit
            if key == column:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A parsed lexicon file with its provenance."""

    name: str
    version: str
    description: str
    sources: tuple[str, ...]
    entries: tuple[Entry, ...]
    sha256: str
    path: str = ""

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({e.category for e in self.entries if e.category != EXCLUDE}))


def to_tsv(lex: Lexicon) -> str:
    """``lex`` as a lexicon file: its metadata, then every entry with every column it
    has (``note`` always, the others as first met: ``source``, the analogy columns...),
    so that the text reads back as the same lexicon."""
    columns = dict.fromkeys(["note", *(key for e in lex.entries for key, _ in e.extra)])
    lines = [f"# name: {lex.name}", f"# version: {lex.version}"]
    lines += [f"# description: {lex.description}", *(f"# source: {s}" for s in lex.sources)]
    lines += [f"# sha256: {lex.sha256}", "\t".join([*COLUMNS, *columns])]
    for e in lex.entries:
        cells = [e.pattern, e.category, f"{e.weight:g}", *(e.get(c) for c in columns)]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def parse_lexicon(text: str, path: str = "<lexicon>") -> Lexicon:
    """Parse lexicon text; any problem raises ``LexiconError`` naming ``path:line``."""
    lex = _parse_lexicon(text, path, raise_problem)
    assert lex is not None  # every problem raised
    return lex


def raise_problem(problem: LexiconError) -> None:
    """The ``report`` of the readers that stop at the first problem."""
    raise problem


def _parse_lexicon(
    text: str, path: str, report: Callable[[LexiconError], None], lint: bool = False
) -> Lexicon | None:
    """The lexicon in ``text``, each problem passed to ``report`` (which raises it, to
    stop at the first, or keeps it, to go on: a bad row is skipped); None when any
    problem was reported. ``lint`` (``lexicons check``) also reports what does not
    change a count: a ``source`` no ``# source:`` line declares."""
    meta: dict[str, str] = {}
    sources: list[str] = []
    entries: list[Entry] = []
    header: tuple[str, ...] = ()
    seen: dict[str, int] = {}
    categories: set[str] = set()  # the categories checked so far
    declared: frozenset[str] = frozenset()
    problems = 0
    lexicon_name = ""
    # Category and weight cells already read, with what they read as (``_common_entry``).
    quick: dict[str, str] = {}
    weights: dict[str, float] = {}
    units: dict[str, tuple[str, ...] | None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.isspace():
            continue
        if line[0] == "#":
            if not header:
                key, sep, value = line[1:].partition(":")
                key = key.strip().lower()
                if sep and key == "source":
                    sources.append(value.strip())
                elif sep and key:
                    meta[key] = value.strip()
            continue
        cells = line.split("\t")
        if not header:
            header = tuple(c.strip().lower() for c in cells)
            if header[: len(COLUMNS)] != COLUMNS or len(set(header)) != len(header):
                report(
                    LexiconError(
                        f"{path}:{number}",
                        "expected the header row 'pattern<TAB>category<TAB>weight[<TAB>note...]'",
                    )
                )
                return None  # without its columns no row can be read
            declared = source_keys(sources)  # (the # source: lines come before the header)
            lexicon_name = meta.get("name", "")  # (its metadata comes before the header too)
            continue
        try:
            entry = _common_entry(cells, header, lexicon_name, seen, number, quick, weights, units)
            if entry is None:
                entry = _parse_entry(
                    cells, header, path, number, lexicon_name, seen, categories, quick, weights
                )
            if lint and (problem := _undeclared_source(entry, declared)):
                raise LexiconError(f"{path}:{number}", problem)
            entries.append(entry)
        except LexiconError as exc:
            report(exc)
            problems += 1
    missing = [k for k in REQUIRED_META if not meta.get(k)]
    for key in missing:
        report(LexiconError(f"{path}:1", f"missing '# {key}: ...' metadata line"))
    if not header:
        report(LexiconError(f"{path}:1", "no header row 'pattern<TAB>category<TAB>weight' found"))
    elif not entries and not problems:
        report(LexiconError(f"{path}:1", "the lexicon has no entries"))
    if problems or missing or not header or not entries:
        return None
    return Lexicon(
        name=meta["name"],
        version=meta["version"],
        description=meta["description"],
        sources=tuple(sources),
        entries=tuple(entries),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=path,
    )


def source_keys(sources: Iterable[str]) -> frozenset[str]:
    """The short references the ``# source:`` lines declare: ``Khong1992 - Y. F. Khong,
    Analogies at War`` declares ``Khong1992``; a line without `` - `` its whole value."""
    return frozenset(s.partition(" - ")[0].strip() for s in sources)


def _undeclared_source(entry: Entry, declared: frozenset[str]) -> str:
    """What is wrong with the entry's ``source`` cell (references separated by ``,`` or
    ``;``), or "": each must be declared, or a reader cannot look it up."""
    for cited in re.split(r"[,;]", entry.get("source")):
        if cited.strip() and cited.strip() not in declared:
            return (
                f"source {cited.strip()!r} is not declared: add a "
                f"'# source: {cited.strip()} - reference' line before the header row"
            )
    return ""


def _common_entry(
    cells: list[str],
    header: tuple[str, ...],
    lexicon: str,
    seen: dict[str, int],
    number: int,
    quick: dict[str, str],
    weights: dict[str, float],
    units: dict[str, tuple[str, ...] | None],
) -> Entry | None:
    """The entry of the common row, as ``_parse_entry`` makes it with less work: a
    pattern already in its matched form (printable ASCII, lower case, singly spaced)
    whose words split as before (``units``: each word's units, None for one that
    ``pattern_tokens`` refuses or that is a gap), a category cell and a weight cell read
    before (``quick``, ``weights``: checked, not an analogy category), no more cells
    than the header names, no duplicate. None for any other row, which
    ``_parse_entry`` reads (and reports)."""
    pattern = cells[0]
    category = quick.get(cells[1]) if len(cells) > 2 else None
    weight = weights.get(cells[2]) if category is not None else None
    if weight is None or len(cells) > len(header):
        return None
    words = pattern.split(" ")
    if "" in words:  # (not singly spaced, or empty)
        return None
    letters = pattern.replace(" ", "")
    if letters.isalpha() and letters.isascii() and letters.islower():
        tokens = tuple(words)  # plain words, each its own unit (most patterns)
    elif pattern.isascii() and pattern.isprintable() and pattern.lower() == pattern:
        tokens = ()
        for word in words:
            if word not in units:
                try:
                    units[word] = pattern_tokens(word)
                except LexiconError:
                    units[word] = None
            more = units[word]
            if more is None:
                return None
            tokens += more
    else:
        return None
    key = f"{pattern}\t{category}"
    if key in seen:
        return None
    seen[key] = number
    extra = (
        tuple([(k, c) for k, c in zip(header[3:], map(str.strip, cells[3:]), strict=False) if c])
        if len(cells) > 3
        else ()
    )
    return Entry(pattern, tokens, category, weight, lexicon, extra)


def _parse_entry(
    cells: Sequence[str],
    header: tuple[str, ...],
    path: str,
    number: int,
    lexicon: str,
    seen: dict[str, int],
    categories: set[str],
    quick: dict[str, str] | None = None,
    weights: dict[str, float] | None = None,
) -> Entry:
    """The entry of one row. Runs for each of tens of thousands of shipped rows at every
    start, so the common row (a plain pattern, a known category) takes the short way
    and ``path:line`` is spelled out only for an error."""
    if len(cells) < len(COLUMNS):
        raise LexiconError(
            f"{path}:{number}", f"expected at least 3 tab-separated cells, found {len(cells)}"
        )
    if len(cells) > len(header):
        raise LexiconError(
            f"{path}:{number}", f"{len(cells)} cells but the header names {len(header)} columns"
        )
    pattern = " ".join(normalize(cells[0]).split())
    category = cells[1].strip().lower()
    if not pattern:
        raise LexiconError(f"{path}:{number}", "empty pattern")
    if category not in categories:
        if not CATEGORY_NAME.fullmatch(category):
            raise LexiconError(
                f"{path}:{number}",
                f"bad category {cells[1].strip()!r} (letters, digits, - and _)",
            )
        categories.add(category)
    try:
        weight = float(cells[2])
    except ValueError:
        raise LexiconError(
            f"{path}:{number}", f"weight {cells[2].strip()!r} is not a number"
        ) from None
    if not (weight >= 0 and weight != _INF):
        raise LexiconError(
            f"{path}:{number}", f"weight {cells[2].strip()!r} must be a finite number >= 0"
        )
    # A pattern may be in two categories (a .dic word often is), not twice in one.
    key = f"{pattern}\t{category}"
    if key in seen:
        raise LexiconError(
            f"{path}:{number}",
            f"duplicate pattern {pattern!r} in {category} (first on line {seen[key]})",
        )
    seen[key] = number
    entry = Entry(
        pattern,
        _plain_tokens(pattern) or pattern_tokens(pattern, f"{path}:{number}"),
        category,
        weight,
        lexicon,
        tuple(
            [
                (key, cell.strip())
                for key, cell in zip(header[3:], cells[3:], strict=False)
                if cell.strip()
            ]
        )
        if len(cells) > 3
        else (),
    )
    if category in _analogy_names()[:2]:  # only eras and frames have columns to check
        problem = _analogy_problem(entry)
        if problem:
            raise LexiconError(f"{path}:{number}", problem)
    elif quick is not None and weights is not None:  # (read the short way from now on)
        quick[cells[1]], weights[cells[2]] = category, weight
    return entry


_INF = float("inf")


def _plain_tokens(pattern: str) -> tuple[str, ...] | None:
    """``pattern_tokens(pattern)`` for the common pattern of plain lower-case ASCII words;
    None for any other, which ``pattern_tokens`` then splits."""
    # (the words one string: a pattern has no empty word, and ASCII letters are cased)
    letters = pattern.replace(" ", "")
    if letters.isalpha() and letters.isascii() and letters.islower():
        return tuple(pattern.split(" "))
    return None


def _year(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


@cache
def _analogy_names() -> tuple[str, str, frozenset[str]]:
    from .analogy import ERA, FRAME, TARGETS  # (here: analogy imports this module)

    return ERA, FRAME, TARGETS


def _analogy_problem(entry: Entry) -> str:
    """What is wrong with the columns the analogy detector reads, or "": a gazetteer or
    frame file that checks clean must also run (eras need a label and their years)."""
    era, frame, targets = _analogy_names()
    if entry.category == era or (entry.category == frame and entry.get("slot") == "none"):
        label, start, end = entry.get("label"), entry.get("start"), entry.get("end")
        if not label:
            return f"{entry.category} {entry.pattern!r} needs a 'label' column value"
        first, last = _year(start), _year(end)
        if first is None or last is None:
            return f"'start' and 'end' of {entry.pattern!r} must be years (got {start!r}, {end!r})"
        if first > last:
            return f"{entry.pattern!r} ends ({last}) before it starts ({first})"
    if entry.category == era:
        if entry.get("kind", "event") not in ("event", "figure", "period", "place"):
            return f"kind {entry.get('kind')!r}: use event, figure, period or place"
        if entry.get("strong", "no") not in ("yes", "no"):
            return f"strong {entry.get('strong')!r}: use yes or no"
    if entry.category == frame:
        if entry.get("slot", "after") not in ("after", "before", "around", "none"):
            return f"slot {entry.get('slot')!r}: use after, before, around or none"
        window = entry.get("window", "4")
        if not window.isdigit():
            return f"window {window!r}: use a whole number of tokens"
        if entry.get("target", "any") not in targets:
            return f"target {entry.get('target')!r}: use one of {', '.join(sorted(targets))}"
    return ""


def pattern_tokens(pattern: str, where: str = "<pattern>") -> tuple[str, ...]:
    """Split a pattern into the units the matcher compares with tokens.

    Each space-separated part is tokenized like text, so ``don't`` and ``do n't``
    are the same pattern; ``stem*`` and ``#`` stay whole.
    """
    units: list[str] = []
    for part in pattern.split(" "):
        if part.isascii() and part.isalpha() and part.islower():
            units.append(part)  # a plain word is its own token (most parts: fast to load)
        elif part == "#" or _CLITIC_UNIT.match(part):
            units.append(part)
        elif "*" in part:
            stem = part[:-1]
            if not part.endswith("*") or not stem or "*" in stem:
                raise LexiconError(
                    where, f"bad wildcard {part!r}: use 'stem*' with a non-empty stem"
                )
            units.append(part)
        else:
            units.extend(t.norm for t in tokenize(part))
    if not units:
        raise LexiconError(where, f"pattern {pattern!r} has no word in it")
    if GAP in units:
        problem = _gap_problem(units)
        if problem:
            raise LexiconError(where, f"pattern {pattern!r}: {problem}")
    return tuple(units)


def _gap_problem(units: list[str]) -> str:
    """What is wrong with the gaps (``...``) of a pattern's units, or ""."""
    if units.count(GAP) > 1:
        return "one gap '...' per pattern"
    if units[0] == GAP or units[-1] == GAP:
        return "a gap '...' must stand between two words, not first or last"
    return ""


def read_lexicon(path: str | Path) -> Lexicon:
    """Read and parse a lexicon file; LIWC-style ``.dic`` files are imported. The first
    problem raises ``LexiconError`` naming ``FILE:LINE``."""
    lex = _read(Path(path), raise_problem)
    assert lex is not None  # every problem raised
    return lex


def check_lexicon(path: str | Path) -> tuple[Lexicon | None, list[LexiconError]]:
    """The lexicon in the file and every problem found in it, as a linter reports them:
    each bad row is named and skipped, and reading goes on. The lexicon is None when
    there is any problem."""
    problems: list[LexiconError] = []
    return _read(Path(path), problems.append, lint=True), problems


def _read(p: Path, report: Callable[[LexiconError], None], lint: bool = False) -> Lexicon | None:
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        report(LexiconError(str(p), "no such file"))
        return None
    except IsADirectoryError:
        report(LexiconError(str(p), "is a folder, not a lexicon file"))
        return None
    except OSError as exc:
        report(LexiconError(str(p), f"cannot read ({exc.strerror})"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        report(LexiconError(f"{p}:{line}", "not valid UTF-8"))
        return None
    if not text.strip():  # (not four problems of a format it does not try to follow)
        report(LexiconError(str(p), "the file is empty"))
        return None
    if p.suffix.lower() == ".dic":
        from .liwc import read_dic

        return read_dic(text, str(p), report)
    return _parse_lexicon(text, str(p), report, lint)


def _shipped_dir():
    packaged = resources.files("rhetoscope").joinpath("lexicons")
    if packaged.is_dir():
        return packaged
    # A source checkout (editable install): lexicons/ sits at the repository's top.
    return Path(__file__).resolve().parents[2] / "lexicons"


def shipped_lexicon_files() -> tuple:
    """The shipped lexicon files, sorted by name (``*.tsv`` in ``lexicons/``)."""
    folder = _shipped_dir()
    return tuple(
        sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    )


@cache
def default_lexicons() -> tuple[Lexicon, ...]:
    """The shipped lexicons, parsed once per process, or read from the store of an
    earlier run with the same files and code (``store``): parsing them is a third of a
    one-document run. The collector is paused while they are parsed: every object made
    is long-lived, and the collections their allocation sets off cost more than half."""
    texts = [(f"lexicons/{f.name}", f.read_text("utf-8")) for f in shipped_lexicon_files()]
    key = store.key_of(part for pair in texts for part in pair)
    stored = _from_plain(store.load("lexicons", key))
    if stored is not None:  # (the paths are in the key)
        return stored
    enabled = gc.isenabled()
    gc.disable()
    try:
        lexicons = tuple(parse_lexicon(text, path) for path, text in texts)
        store.save("lexicons", key, lambda: _to_plain(lexicons))
    finally:
        if enabled:
            gc.enable()
    return lexicons


def _to_plain(lexicons: tuple[Lexicon, ...]) -> tuple:
    """``lexicons`` as tuples of strings and numbers, for ``marshal``; the strings
    interned, so that a category or a word met again is stored once, as a reference."""
    return tuple(
        (
            lex.name,
            lex.version,
            lex.description,
            lex.sources,
            tuple(
                (
                    intern(e.pattern),
                    tuple(map(intern, e.tokens)),
                    intern(e.category),
                    e.weight,
                    intern(e.lexicon),
                    tuple((intern(k), intern(v)) for k, v in e.extra),
                )
                for e in lex.entries
            ),
            lex.sha256,
            lex.path,
        )
        for lex in lexicons
    )


def _from_plain(value: object) -> tuple[Lexicon, ...] | None:
    """The lexicons ``_to_plain`` made ``value`` of; None for anything else."""
    if not isinstance(value, tuple):
        return None
    enabled = gc.isenabled()
    gc.disable()  # (as in ``default_lexicons``)
    try:
        return tuple(
            Lexicon(
                name, version, description, sources, tuple([Entry(*e) for e in entries]), sha, path
            )
            for name, version, description, sources, entries, sha, path in value
        )
    except (TypeError, ValueError):
        return None
    finally:
        if enabled:
            gc.enable()


def load_lexicons(
    paths: Iterable[str | Path] = (), *, defaults: bool = True
) -> tuple[Lexicon, ...]:
    """The shipped lexicons (unless ``defaults=False``) followed by the user's files.

    A user lexicon whose ``name`` is that of a shipped one replaces it.
    """
    user = tuple(read_lexicon(p) for p in paths)
    replaced = {lex.name for lex in user}
    shipped = tuple(lex for lex in default_lexicons() if lex.name not in replaced)
    return (shipped if defaults else ()) + user
