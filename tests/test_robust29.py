"""Defects left by the acceptance audit at stop 28 (audit29): each test fails without
its fix."""

from __future__ import annotations

import json
import os
import re
import signal
from pathlib import Path

import click
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.main import get_command
from typer.testing import CliRunner

from rhetoscope import batch
from rhetoscope.cli import app
from rhetoscope.lexicon import check_lexicon, parse_lexicon, shipped_lexicon_files

runner = CliRunner()

# 1. an interrupted run mixes nothing into the output folder


def _docs(tmp_path: Path, word: str) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for i in range(5):
        (docs / f"d{i}.txt").write_text(f'"We will {word}," Ann Lee said. Perhaps {i}.', "utf-8")
    return docs


def _interrupt_at(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """Ctrl-C while the ``n``-th document (from 1) is being analysed."""
    analyze, seen = batch.analyze_document, []

    def interrupted(document, resources):
        seen.append(document)
        if len(seen) == n:
            raise KeyboardInterrupt
        return analyze(document, resources)

    monkeypatch.setattr(batch, "analyze_document", interrupted)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _analyze(docs: Path, out: Path, *options: str):
    return runner.invoke(app, ["analyze", str(docs), "-o", str(out), "-j", "1", "-q", *options])


@pytest.mark.parametrize("fmt", ["csv", "tsv", "parquet"])
def test_ctrl_c_leaves_the_earlier_run_whole_and_keeps_the_finished_documents_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    from rhetoscope.reports import writer

    monkeypatch.setattr(writer, "CHUNK", 2)  # parquet's documents are done two at a time
    out = tmp_path / "out"
    assert _analyze(_docs(tmp_path, "never surrender"), out, "-f", fmt).exit_code == 0
    before = _snapshot(out)
    _interrupt_at(monkeypatch, 4)
    result = _analyze(_docs(tmp_path, "give up"), out, "-f", fmt)
    assert result.exit_code == 130
    (partial,) = [p for p in out.iterdir() if p.is_dir()]
    kept = "reports" if fmt == "parquet" else "tables and reports"  # (no half parquet)
    finished = ["d0", "d1", "d2"]  # (parquet: the chunk begun is written before it stops)
    assert result.stderr == (
        f"rhetoscope: interrupted; no report in {out}/ changed; the {kept} of the {len(finished)} "
        f'documents finished are in {partial}/ (run.json: "complete": false)\n'
    )
    assert _snapshot(out) == before  # not one file of the earlier run changed
    assert json.loads(before["run.json"])["complete"] is True
    info = json.loads((partial / "run.json").read_text("utf-8"))
    assert info["complete"] is False
    assert [d["doc"] for d in info["documents"]] == finished
    names = {f"{doc}.md" for doc in finished} | {"run.json"}
    if fmt != "parquet":
        names |= {f"{t}.{fmt}" for t in ("documents", "speakers", "sentences", "matches")}
        names.add(f"segments.{fmt}")
        rows = (partial / f"documents.{fmt}").read_text("utf-8").splitlines()
        assert [r.split("\t" if fmt == "tsv" else ",")[0] for r in rows[1:]] == finished
    assert set(info["files"]) == names == {p.name for p in partial.iterdir()}
    assert "give up" in (partial / "d0.md").read_text("utf-8")  # this run's reports
    assert oct(partial.stat().st_mode & 0o777) != oct(0o700)  # shared like the reports


def test_an_interrupted_first_run_leaves_only_its_partial_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _interrupt_at(monkeypatch, 3)
    result = _analyze(_docs(tmp_path, "never surrender"), out)
    assert result.exit_code == 130
    (partial,) = out.iterdir()
    assert partial.name.startswith("partial-") and (partial / "d1.md").exists()
    assert not (partial / "summary.md").exists()  # a summary of two of five would mislead


def test_ctrl_c_before_any_document_is_finished_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    docs = _docs(tmp_path, "never surrender")
    assert _analyze(docs, out).exit_code == 0
    before = _snapshot(out)
    _interrupt_at(monkeypatch, 1)
    assert _analyze(docs, out).stderr == f"rhetoscope: interrupted; no report in {out}/ changed\n"
    assert _snapshot(out) == before and not [p for p in out.iterdir() if p.is_dir()]
    _interrupt_at(monkeypatch, 1)
    assert _analyze(docs, fresh).exit_code == 130
    assert not fresh.exists()  # the folder it made is gone again


def test_a_write_error_keeps_the_finished_reports_but_no_table_it_cannot_vouch_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rhetoscope.reports import writer

    out = tmp_path / "out"
    write, calls = writer._write_rendered, []

    class Full:  # a table's file on a disk that just filled up
        def __init__(self, stream) -> None:
            self.name = stream.name

        def write(self, text: str) -> None:
            raise OSError(28, "No space left on device")

    def full(doc, streams, *args):
        calls.append(doc)
        if len(calls) == 3:
            streams = [Full(streams[0]), *streams[1:]]
        return write(doc, streams, *args)

    monkeypatch.setattr(writer, "_write_rendered", full)
    result = _analyze(_docs(tmp_path, "never surrender"), out)
    assert result.exit_code == 1
    (partial,) = out.iterdir()
    assert result.stderr.startswith(f"rhetoscope: error: {out}/documents.csv: cannot write")
    assert f"the reports of the 2 documents finished are in {partial}/" in result.stderr
    assert {p.name for p in partial.iterdir()} == {"d0.md", "d1.md", "run.json"}


def test_a_complete_run_after_an_interrupted_one_leaves_its_partial_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, docs = tmp_path / "out", _docs(tmp_path, "never surrender")
    with monkeypatch.context() as patched:
        _interrupt_at(patched, 3)
        assert _analyze(docs, out).exit_code == 130
    assert _analyze(docs, out).exit_code == 0
    assert len([p for p in out.iterdir() if p.name.startswith("partial-")]) == 1
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left
    assert json.loads((out / "run.json").read_text("utf-8"))["complete"] is True


def test_ctrl_c_inside_a_held_block_is_raised_once_the_block_is_done() -> None:
    from rhetoscope.reports.staging import uninterrupted

    done = []
    with pytest.raises(KeyboardInterrupt), uninterrupted():
        os.kill(os.getpid(), signal.SIGINT)
        done.append(1)
    assert done == [1]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# 3. help texts name values as users expect


def _commands(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(get_command(app))], ids=" ".join)
def test_no_help_shows_a_type_placeholder(path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert not re.search(r"<[\w\[\], .|]+>", result.output), result.output  # <list[str]>
    assert not re.search(r"\{\w+\}", result.output), result.output  # {files}


def test_help_names_arguments_and_values_by_metavar() -> None:
    analyze = runner.invoke(app, ["analyze", "--help"], terminal_width=200).output
    assert "Usage: rhetoscope analyze [OPTIONS] [INPUT]..." in analyze
    assert "  INPUT...  Files, folders" in analyze
    for shown in ("--lexicon FILE", "--glob PATTERN", "--jobs N", "--format [csv|tsv|parquet]"):
        assert shown in analyze
    check = runner.invoke(app, ["lexicons", "check", "--help"], terminal_width=200).output
    assert "Usage: rhetoscope lexicons check [OPTIONS] FILE..." in check
    assert "FILE...  Lexicon files (.tsv or .dic).  [required]" in check


# 2. lexicons show --format dic says what a .dic cannot hold


def test_dic_conversion_names_every_dropped_column_and_count(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text(
        "# name: mine\n# version: 2.0\n# description: d\n# source: Me - my notes\n"
        "pattern\tcategory\tweight\tnote\tsource\tlabel\n"
        "stand firm\tresolve\t2\tstrong\tMe\t\n"
        "give up\tconcession\t1\t\tMe\tx\n"
        "hold on\tresolve\t1\t\t\t\n",
        "utf-8",
    )
    result = runner.invoke(app, ["lexicons", "show", str(lexicon), "--format", "dic"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("%\n")
    warnings = [line for line in result.stderr.splitlines() if line]
    assert warnings == [
        f"rhetoscope: warning: {lexicon}: .dic drops the weight of 1 entry whose weight is "
        "not 1 (read back as 1)",
        f"rhetoscope: warning: {lexicon}: .dic drops the 'note' column of 1 entry",
        f"rhetoscope: warning: {lexicon}: .dic drops the 'source' column of 2 entries",
        f"rhetoscope: warning: {lexicon}: .dic drops the 'label' column of 1 entry",
        f"rhetoscope: warning: {lexicon}: .dic drops the version (2.0), description and "
        "1 '# source:' lines of mine",
    ]


def test_dic_conversion_of_a_dic_drops_nothing_but_its_metadata(tmp_path: Path) -> None:
    dic = tmp_path / "plain.dic"
    dic.write_text("%\n1\tresolve\n%\nfight\t1\n", "utf-8")
    result = runner.invoke(app, ["lexicons", "show", str(dic), "--format", "dic"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "%\n1\tresolve\n%\nfight\t1\n"
    assert "column" not in result.stderr and "weight" not in result.stderr


# 4. lexicons check flags an entry's undeclared source


def _lexicon(sources: list[str], cited: str) -> str:
    head = "".join(f"# source: {s}\n" for s in sources)
    return (
        f"# name: t\n# version: 1\n# description: d\n{head}"
        f"pattern\tcategory\tweight\tnote\tsource\nresist\tdefiance\t1\t\t{cited}\n"
    )


def test_check_reports_an_undeclared_source_at_its_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "t.tsv"
    lexicon.write_text(_lexicon(["Khong1992 - Y. F. Khong, Analogies at War"], "Kong1992"))
    result = runner.invoke(app, ["lexicons", "check", str(lexicon)])
    assert result.exit_code == 1
    assert (
        f"{lexicon}:6: source 'Kong1992' is not declared: add a "
        "'# source: Kong1992 - reference' line before the header row"
    ) in result.stderr
    # Provenance changes no count: the same file still loads for analysis.
    assert parse_lexicon(lexicon.read_text(), str(lexicon)).entries[0].get("source") == "Kong1992"


_KEY = st.text(st.characters(categories=["L", "Nd"]), min_size=1, max_size=8)


@given(declared=st.lists(_KEY, max_size=4), cited=st.lists(_KEY, min_size=1, max_size=3))
def test_a_source_is_flagged_exactly_when_one_of_its_references_is_undeclared(
    declared: list[str], cited: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("lex") / "t.tsv"
    path.write_text(_lexicon([f"{k} - a reference" for k in declared], "; ".join(cited)), "utf-8")
    lex, problems = check_lexicon(path)
    undeclared = [c for c in cited if c not in declared]
    assert (lex is None) == bool(undeclared)
    assert [str(p).split(": ", 1)[1][:20] for p in problems] == (
        [f"source {undeclared[0]!r} is not declared"[:20]] if undeclared else []
    )


@pytest.mark.parametrize("path", shipped_lexicon_files(), ids=lambda p: p.name)
def test_shipped_lexicons_declare_every_source_they_cite(path: Path) -> None:
    lex, problems = check_lexicon(path)
    assert lex is not None and not problems, problems


# Found by the acceptance run


def test_a_folder_named_as_a_table_is_an_error_before_any_document_is_analysed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    (out / "speakers.csv").mkdir(parents=True)
    _interrupt_at(monkeypatch, 1)  # (analysing a document would be a Ctrl-C: exit 130)
    result = _analyze(_docs(tmp_path, "never surrender"), out)
    assert result.exit_code == 1
    assert result.stderr == (
        f"rhetoscope: error: {out}/speakers.csv: is a folder: cannot write a report there\n"
    )
    assert [p.name for p in out.iterdir()] == ["speakers.csv"]


@pytest.mark.parametrize("name", ["empty.tsv", "empty.dic"])
def test_an_empty_lexicon_file_is_one_problem(tmp_path: Path, name: str) -> None:
    lexicon = tmp_path / name
    lexicon.write_text("\n \n", "utf-8")
    checked = runner.invoke(app, ["lexicons", "check", str(lexicon)])
    assert (checked.exit_code, checked.stderr) == (1, f"{lexicon}: the file is empty\n")


def test_a_stage_a_killed_run_left_a_day_ago_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    old, young = out / ".rhetoscope-run-old", out / ".rhetoscope-run-young"
    for stage in (old, young):
        stage.mkdir(parents=True)
        (stage / "d0.md").write_text("x", "utf-8")
    os.utime(old, (0, 0))
    assert _analyze(_docs(tmp_path, "never surrender"), out).exit_code == 0
    assert not old.exists() and young.exists()  # (that one may be another run's)


@pytest.mark.parametrize("command", ["score", "segments"])
def test_an_empty_input_name_is_an_error_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(_docs(tmp_path, "never surrender"))
    result = runner.invoke(app, [command, ""])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "rhetoscope: error: '': an empty name is no file or folder\n"


@pytest.mark.parametrize("option", ["--out", "--cache", "--lexicon", "--from-list"])
def test_an_empty_file_or_folder_option_is_bad_usage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["analyze", str(_docs(tmp_path, "win")), option, ""])
    assert result.exit_code == 2
    assert "an empty name is no file or folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]  # nothing written here


@pytest.mark.parametrize("path", shipped_lexicon_files(), ids=lambda p: p.name)
def test_lexicons_show_keeps_every_column_and_reads_back_as_the_same_lexicon(
    path: Path, tmp_path: Path
) -> None:
    from rhetoscope.lexicon import read_lexicon

    shown = runner.invoke(app, ["lexicons", "show", str(path)])
    assert shown.exit_code == 0, shown.output
    copy = tmp_path / path.name
    copy.write_text(shown.stdout, "utf-8")
    original, back = read_lexicon(path), check_lexicon(copy)[0]
    assert back is not None  # (eras lost its label, start and end columns: no check)

    def plain(lex):
        return [(e.pattern, e.category, e.weight, dict(e.extra)) for e in lex.entries]

    assert plain(back) == plain(original)
    assert (back.name, back.version, back.sources) == (
        original.name,
        original.version,
        original.sources,
    )


def test_a_bad_spreadsheet_fails_alone_while_the_other_inputs_complete(tmp_path: Path) -> None:
    good, bad, binary = tmp_path / "good.csv", tmp_path / "bad.csv", tmp_path / "nul.csv"
    good.write_text('id,text\n1,"We will never surrender."\n', "utf-8")
    bad.write_text('id,text\n1,"a quote left open\n', "utf-8")
    binary.write_bytes(b"id,text\n1,\x00\n")
    text = tmp_path / "speech.txt"
    text.write_text("Perhaps we might.", "utf-8")
    out = tmp_path / "out"
    args = [str(binary), str(good), str(bad), str(text), "--text-column", "text"]
    result = runner.invoke(app, ["analyze", *args, "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"rhetoscope: error: {binary}: looks binary (contains NUL bytes), not text",
        f"rhetoscope: error: {bad}: is not a well-formed table (unexpected end of data)",
    ]
    documents = (out / "documents.csv").read_text("utf-8").splitlines()
    assert [row.split(",")[0] for row in documents[1:]] == ["good:1", "speech"]
    assert (out / "errors.csv").read_text("utf-8").count("\n") == 3
