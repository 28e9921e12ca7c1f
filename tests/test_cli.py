"""The command line: contracts of DESIGN.md, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import SEED
from rhetoscope import __version__
from rhetoscope.cli import app
from rhetoscope.tables import SEGMENT_COLUMNS

runner = CliRunner()
TABLE_FILES = ("documents.csv", "speakers.csv", "sentences.csv", "matches.csv", "segments.csv")


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"rhetoscope {__version__}"


def test_analyze_writes_every_table_and_a_markdown_report(tmp_path: Path) -> None:
    result = run("analyze", str(SEED), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    for name in TABLE_FILES:
        table = pd.read_csv(out / name)
        assert len(table) > 0, name
        assert set(table["doc"]) == {"massoud-2021"}
    assert (out / "massoud-2021.md").read_text("utf-8").startswith("# rhetoscope report")
    run_info = json.loads((out / "run.json").read_text("utf-8"))
    assert run_info["rhetoscope"] == __version__
    assert {lex["name"] for lex in run_info["lexicons"]} >= {"analogy", "eras"}
    assert not list(out.glob(".*.tmp"))


def test_analyze_a_folder_writes_a_summary(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("\u201cWe will never surrender,\u201d Jane Okafor said.", "utf-8")
    (docs / "b.md").write_text("Q: Will you yield?\nA: No.\nQ: Ever?\nA: Never.\n", "utf-8")
    (docs / "skip.csv").write_text("not,a,text,file", "utf-8")
    result = run("analyze", str(docs), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    documents = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert list(documents["doc"]) == ["a", "b"]
    assert (tmp_path / "out" / "summary.md").exists()


def test_a_second_run_into_a_used_folder_leaves_nothing_of_the_first(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("We will resist.\n", "utf-8")
    (docs / "b.txt").write_text("We will never give up.\n", "utf-8")
    (docs / "bin.txt").write_bytes(b"x\0y")
    out = tmp_path / "out"
    assert run("analyze", str(docs), "-o", str(out)).exit_code == 1
    assert {"a.md", "b.md", "summary.md", "errors.csv"} <= {p.name for p in out.iterdir()}
    (out / "my-notes.txt").write_text("mine", "utf-8")
    assert run("analyze", str(docs / "a.txt"), "-o", str(out)).exit_code == 0
    left = {p.name for p in out.iterdir()}
    assert {"b.md", "summary.md", "errors.csv"}.isdisjoint(left)
    assert {"a.md", "my-notes.txt", "run.json", *TABLE_FILES} <= left
    assert json.loads((out / "run.json").read_text("utf-8"))["files"] == sorted(
        {"a.md", "run.json", *TABLE_FILES}
    )


def test_analyze_reads_stdin(tmp_path: Path) -> None:
    result = run("analyze", "-", "-o", str(tmp_path), stdin="We will resist.\n")
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(tmp_path / "documents.csv")["doc"]) == ["stdin"]


def test_analyze_a_glob(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("We resist.", "utf-8")
    (tmp_path / "two.txt").write_text("We yield.", "utf-8")
    result = run("analyze", str(tmp_path / "*.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv")) == 2


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "md"])
@pytest.mark.parametrize("by", ["document", "speaker", "sentence", "match"])
def test_score_prints_one_table(by: str, fmt: str) -> None:
    result = run("score", str(SEED), "--by", by, "--format", fmt)
    assert result.exit_code == 0, result.output
    text = result.stdout
    if fmt == "csv":
        table = pd.read_csv(io.StringIO(text))
    elif fmt == "tsv":
        table = pd.read_csv(io.StringIO(text), sep="\t")
    elif fmt == "jsonl":
        table = pd.DataFrame([json.loads(line) for line in text.splitlines()])
    else:
        assert text.startswith("| doc |")
        return
    assert "doc" in table.columns and len(table) > 0
    if by in ("document", "speaker"):
        for column in (
            "resolve",
            "defiance",
            "analogy",
            "concession",
            "hedging",
            "resolve_per_1k",
            "sentiment",
        ):
            assert column in table.columns


def test_score_by_speaker_names_the_seed_speakers() -> None:
    result = run("score", str(SEED), "--by", "speaker")
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table["speaker"]) == ["narrator", "Ahmad Massoud", "Sirajuddin Haqqani"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_segments(fmt: str) -> None:
    result = run("segments", str(SEED), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        rows = pd.read_csv(io.StringIO(result.stdout)).fillna("").to_dict(orient="records")
    text = SEED.read_text("utf-8")
    if fmt == "jsonl":
        assert list(rows[0]) == ["doc", "speaker", "kind", "start", "end", "text", "cue"]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]


def test_segments_csv_has_the_columns_of_segments_csv_in_its_order(tmp_path: Path) -> None:
    printed = run("segments", str(SEED), "--format", "csv")
    assert printed.exit_code == 0, printed.output
    assert run("analyze", str(SEED), "-o", str(tmp_path / "out"), "-q").exit_code == 0
    written = (tmp_path / "out" / "segments.csv").read_text("utf-8")
    assert printed.stdout.splitlines()[0] == written.splitlines()[0]
    assert printed.stdout.splitlines()[0].split(",") == list(SEGMENT_COLUMNS)
    assert pd.read_csv(io.StringIO(printed.stdout)).equals(pd.read_csv(io.StringIO(written)))


def test_office_pdf_and_rtf_files_are_named_with_what_to_do(tmp_path) -> None:
    """Interviews kept as Word, PDF or RTF files fail one by one with a line naming the
    file, what it is and what to do, even a PDF or RTF with no NUL byte (which would
    otherwise read as Windows-1252 text); the text file beside them completes."""
    files = {
        "talk.docx": b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
        "talk.pdf": b"%PDF-1.7\n1 0 obj << /Length 5 >> stream\n\xe2\x93\xcf\xd3",
        "talk.rtf": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} ANN LEE: We resist.}",
        "talk.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40,
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "speech.txt").write_text("ANN LEE: We resist.\n\nBO CHEN: Fine.\n", "utf-8")
    names = [str(tmp_path / n) for n in [*files, "speech.txt"]]
    result = run("analyze", *names, "-o", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    kinds = ["ZIP archive", "PDF file", "RTF document", "old Office file"]
    for name, kind, line in zip(files, kinds, errors, strict=True):
        assert f"{name}: is a" in line and kind in line and "save or export it as" in line
    assert (tmp_path / "out" / "speech.md").exists()


def test_a_spreadsheet_without_text_column_is_read_whole_with_a_warning(tmp_path) -> None:
    """A .csv named without --text-column is analysed as one plain text, as asked, but
    the user hears how to read it a row per document (and its columns); with the
    column, or a .txt, no such warning; --quiet silences it; run.json keeps it."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text('id,transcript\nr1,"Q: Will you go?\nA: I will never resign."\n', "utf-8")
    plain = run("analyze", str(sheet), "-o", str(tmp_path / "out"))
    assert plain.exit_code == 0, plain.output
    warning = next(line for line in plain.stderr.splitlines() if "warning:" in line)
    assert "sheet.csv" in warning and "--text-column" in warning
    assert "id,transcript" in warning
    run_json = json.loads((tmp_path / "out" / "run.json").read_text("utf-8"))
    assert any("--text-column" in w for w in run_json["warnings"])
    by_row = run("analyze", str(sheet), "--text-column", "transcript", "-o", str(tmp_path / "r"))
    assert by_row.exit_code == 0 and "--text-column" not in by_row.stderr
    assert not run("segments", str(sheet), "-q").stderr.strip()
    text = tmp_path / "notes.txt"
    text.write_text("id,transcript\nWe will not yield.\n", "utf-8")
    assert "--text-column" not in run("segments", str(text)).stderr


def test_segments_quiet_silences_warnings_not_output(tmp_path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes('"We will not yield," said Ann Lee. Caf\xe9.\n'.encode("cp1252"))
    loud = run("segments", str(legacy))
    quiet = run("segments", str(legacy), "--quiet")
    assert loud.exit_code == quiet.exit_code == 0
    assert "Windows-1252" in loud.stderr and not quiet.stderr.strip()
    assert loud.stdout == quiet.stdout and "Ann Lee" in quiet.stdout


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_a_missing_file_fails_while_the_others_complete(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("We will resist.", "utf-8")
    listing = tmp_path / "inputs.txt"
    missing = str(tmp_path / "gone.txt")
    listing.write_text(f"{missing}\n{tmp_path / 'good.txt'}\n", "utf-8")
    result = run("analyze", "--from-list", str(listing), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{missing}: no such file" in result.stderr
    assert list(pd.read_csv(tmp_path / "out" / "documents.csv")["doc"]) == ["good"]
    assert list(pd.read_csv(tmp_path / "out" / "errors.csv")["path"]) == [missing]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_mixed_folder_in_worker_processes(tmp_path: Path, jobs: str) -> None:
    """Good, BOM, UTF-16, Windows-1252, empty and binary files: each read right or
    reported, the run complete, whether documents are analysed here or in workers."""
    folder = tmp_path / "in"
    folder.mkdir()
    said = "“We will never yield,” Ann Lee said."
    (folder / "a_good.txt").write_text(said, "utf-8")
    (folder / "b_bom.txt").write_bytes(b"\xef\xbb\xbf" + said.encode("utf-8"))
    (folder / "c_utf16.txt").write_bytes(said.encode("utf-16"))
    (folder / "d_win.txt").write_bytes(said.encode("cp1252"))
    (folder / "e_empty.txt").write_bytes(b"")
    (folder / "f_binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (folder / "g_crlf.txt").write_bytes(said.encode("utf-8") + b"\r\nMore.\rEnd.\r\n")
    out = tmp_path / "out"
    result = run("analyze", str(folder), "-o", str(out), "--jobs", jobs)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "d_win.txt: not UTF-8; read as Windows-1252" in result.stderr
    assert "e_empty.txt: empty document" in result.stderr
    documents = pd.read_csv(out / "documents.csv")
    assert list(documents["doc"]) == ["a_good", "b_bom", "c_utf16", "d_win", "e_empty", "g_crlf"]
    empty = documents.set_index("doc").loc["e_empty"]
    assert (empty["words"], empty["defiance"]) == (0, 0)  # zero counts; no rate of 0 words
    assert empty[["defiance_per_1k", "stance_index", "sentiment_defiance"]].isna().all()
    segments = pd.read_csv(out / "segments.csv")
    quotes = segments[segments["kind"] == "quote"]
    assert list(quotes["doc"]) == ["a_good", "b_bom", "c_utf16", "d_win", "g_crlf"]
    assert set(quotes["speaker"]) == {"Ann Lee"}
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors["path"].map(lambda p: Path(p).name)) == ["f_binary.txt"]
    assert errors["problem"].str.contains("binary").all()


def test_a_windows_1252_spreadsheet_is_named_once(tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    long_answer = "We will never surrender. " * 8000  # past the csv module's default limit
    sheet.write_bytes(
        f'id,text\n1,"\u201cWe resist,\u201d Ann Lee said."\n2,"{long_answer}"\n'.encode("cp1252")
    )
    result = run("score", str(sheet), "--text-column", "text", "--by", "document")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("not UTF-8; read as Windows-1252") == 1
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table["words"]) == [5, 32000]


def test_folder_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "data.bin").write_bytes(b"\x00\x01")
    one_line_error(run("score", str(tmp_path)), str(tmp_path), "no files matching")


def test_binary_file_fails_while_the_others_complete(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("We will resist.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\x00\x00binary")
    result = run("analyze", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    documents = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert list(documents["doc"]) == ["good"]
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors["path"].str.endswith("bad.txt").all()


@pytest.mark.parametrize("quiet", [False, True])
def test_a_run_in_which_every_input_fails_leaves_the_folder_as_it_was(
    tmp_path: Path, quiet: bool
) -> None:
    """A mistyped path must not replace an earlier run's reports with empty tables."""
    (tmp_path / "good.txt").write_text("We will resist.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\x00\x00binary")
    out = tmp_path / "out"
    assert run("analyze", str(tmp_path / "good.txt"), "-o", str(out), "-q").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    typo = str(tmp_path / "goood.txt")
    flags = ["-q"] if quiet else []
    result = run("analyze", typo, str(tmp_path / "bad.txt"), "-o", str(out), *flags)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert f"{typo}: no such file" in lines[0] and "bad.txt" in lines[1]
    if quiet:
        assert len(lines) == 2
    else:
        assert (
            lines[2]
            == f"rhetoscope: error: {out}: no input could be analysed; no report in it changed"
        )
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    fresh = tmp_path / "fresh"
    assert run("analyze", typo, "-o", str(fresh)).exit_code == 1
    assert not fresh.exists()


def test_empty_standard_input_is_named_with_its_document_id(tmp_path: Path) -> None:
    result = run("analyze", "-", "-o", str(tmp_path / "out"), stdin="")
    assert result.exit_code == 0, result.output
    assert "rhetoscope: warning: - (stdin): empty document" in result.stderr
    assert list(pd.read_csv(tmp_path / "out" / "documents.csv")["doc"]) == ["stdin"]


def test_quiet_failed_batch_prints_one_line_per_failure_and_nothing_else(tmp_path) -> None:
    (tmp_path / "good.txt").write_text("We will resist.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\x00\x00binary")
    result = run("analyze", str(tmp_path), "-o", str(tmp_path / "out"), "--quiet")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.txt" in lines[0] and "binary" in lines[0]
    assert (tmp_path / "out" / "errors.csv").exists()


def test_windows_1252_is_read(tmp_path: Path) -> None:
    (tmp_path / "win.txt").write_bytes("\u201cWe resist,\u201d Ann Lee said.".encode("cp1252"))
    result = run("segments", str(tmp_path / "win.txt"))
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["speaker"] == "Ann Lee"


def test_unwritable_output_is_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    one_line_error(run("analyze", str(SEED), "-o", str(blocker)), str(blocker))


def test_malformed_lexicon_names_file_and_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.tsv"
    lexicon.write_text(
        "# name: bad\n# version: 1\n# description: x\n"
        "pattern\tcategory\tweight\nfoo\tresolve\tlots\n",
        "utf-8",
    )
    one_line_error(run("score", str(SEED), "--lexicon", str(lexicon)), f"{lexicon}:5", "weight")


def test_a_user_lexicon_adds_a_category(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text(
        "# name: mine\n# version: 1\n# description: x\npattern\tcategory\tweight\n"
        "panjshir\tplace\t1\n",
        "utf-8",
    )
    result = run("score", str(SEED), "--by", "document", "--lexicon", str(lexicon))
    table = pd.read_csv(io.StringIO(result.stdout))
    assert table.loc[0, "place"] == 4
    assert "place_per_1k" in table.columns


def test_usage_error_exits_2() -> None:
    assert run("score", str(SEED), "--by", "paragraph").exit_code == 2


def test_lexicons_list_names_every_shipped_lexicon() -> None:
    result = run("lexicons", "list")
    assert result.exit_code == 0
    names = {line.split("\t")[0] for line in result.stdout.splitlines()}
    assert names >= {"resolve", "defiance", "concession", "hedging", "analogy", "eras"}


def test_lexicons_list_names_each_file_where_it_can_be_copied_from(tmp_path: Path) -> None:
    """The last column is the installed file itself, whatever the working folder, so a
    user can copy it, edit it and pass it back with --lexicon."""
    import os

    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = run("lexicons", "list")
    finally:
        os.chdir(here)
    assert result.exit_code == 0
    for line in result.stdout.splitlines():
        name, *_, file = line.split("\t")
        path = Path(file)
        assert path.is_absolute() and path.is_file() and path.name == f"{name}.tsv", line
        assert f"# name: {name}\n" in path.read_text("utf-8")


def test_lexicons_show_prints_metadata_and_entries() -> None:
    result = run("lexicons", "show", "defiance")
    assert result.exit_code == 0
    assert "# name: defiance" in result.stdout and "# sha256: " in result.stdout
    assert "\nno surrender\tdefiance\t2\t" in result.stdout


def test_lexicons_show_unknown_name_is_one_line_error() -> None:
    one_line_error(run("lexicons", "show", "nonesuch"), "nonesuch", "no shipped lexicon")


def test_lexicons_check(tmp_path: Path) -> None:
    good = tmp_path / "good.tsv"
    good.write_text(
        "# name: g\n# version: 1\n# description: x\npattern\tcategory\tweight\n"
        "hold fast\tresolve\t1\n",
        "utf-8",
    )
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "# name: b\n# version: 1\n# description: x\npattern\tcategory\tweight\n"
        "hold fast\tresolve\n",
        "utf-8",
    )
    ok = run("lexicons", "check", str(good))
    assert ok.exit_code == 0 and "ok: g 1, 1 resolve" in ok.stdout
    one_line_error(run("lexicons", "check", str(bad)), f"{bad}:5:", "at least 3")


def test_lexicons_check_reports_every_bad_line_as_a_linter_does(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "# name: b\n# version: 1\npattern\tcategory\tweight\n"
        "hold fast\tresolve\n"  # 4: a cell short
        "stand firm\tresolve\t1\n"
        "never yield\tdefiance\tlots\n"  # 6: no number
        "stand firm\tresolve\t1\n"  # 7: a duplicate
        "bad*wild\thedging\t1\n",  # 8: a wildcard inside
        "utf-8",
    )
    result = run("lexicons", "check", str(bad))
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{bad}:{n}" for n in (4, 6, 7, 8, 1)]
    assert "not a number" in lines[1] and "duplicate" in lines[2]
    assert "missing '# description" in lines[4]
    dic = tmp_path / "bad.dic"
    dic.write_text("%\n1\tresolve\n%\nhold\t1\nfold\nyield\t9\nstand\t1\n", "utf-8")
    result = run("lexicons", "check", str(dic))
    assert result.exit_code == 1
    assert [line.split(": ", 1)[0] for line in result.output.strip().splitlines()] == [
        f"{dic}:5",
        f"{dic}:6",
    ]


def test_analysis_still_stops_at_a_lexicons_first_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "# name: b\n# version: 1\n# description: x\npattern\tcategory\tweight\n"
        "hold fast\tresolve\nfold\tresolve\tlots\n",
        "utf-8",
    )
    one_line_error(run("score", str(SEED), "--lexicon", str(bad)), f"{bad}:5:", "at least 3")


@pytest.mark.parametrize("out", ["new", "new/deeper", "kept", "kept/new"])
def test_a_failed_dask_run_leaves_no_folder_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask were not installed
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "mine.txt").write_text("a user's file", "utf-8")
    result = run("analyze", str(SEED), "-o", str(tmp_path / out), "--engine", "dask")
    one_line_error(result, "--engine dask", "pip install")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "kept",
        "kept/mine.txt",
    ]


def _bad_inputs(folder: Path) -> dict[str, tuple[list[str], str]]:
    """Each bad input a user may give: (arguments, the problem the error names)."""
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "utf16.txt").write_bytes("\u201cWe resist,\u201d Ann Lee said.\n".encode("utf-16-le"))
    (folder / "no-text").mkdir()
    (folder / "no-text" / "notes.csv").write_text("a,b\n", "utf-8")
    (folder / "bad.tsv").write_text(
        "# name: b\n# version: 1\n# description: x\npattern\tcategory\tweight\nhold\tresolve\n",
        "utf-8",
    )
    (folder / "bad.dic").write_text("%\n1\tresolve\n%\nhold\t9\n", "utf-8")
    (folder / "sheet.csv").write_text("id,answer\n1,We resist.\n", "utf-8")
    good = str(SEED)
    return {
        "binary": ([str(folder / "binary.txt")], "looks binary"),
        "utf16-no-mark": ([str(folder / "utf16.txt")], "UTF-16 without a byte-order mark"),
        "no-text-files": ([str(folder / "no-text")], "no files matching"),
        "bad-lexicon": ([good, "--lexicon", str(folder / "bad.tsv")], "bad.tsv:5:"),
        "bad-dic": ([good, "--lexicon", str(folder / "bad.dic")], "bad.dic:4:"),
        "missing-column": ([str(folder / "sheet.csv"), "--text-column", "text"], "no column"),
    }


@pytest.mark.parametrize(
    "case", ["binary", "utf16-no-mark", "no-text-files", "bad-lexicon", "bad-dic", "missing-column"]
)
@pytest.mark.parametrize("command", ["analyze", "score", "segments"])
def test_each_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, case: str, command: str
) -> None:
    args, problem = _bad_inputs(tmp_path)[case]
    if command == "segments" and "--lexicon" in args:
        pytest.skip("segments reads no lexicon")
    out = ["-o", str(tmp_path / "out")] if command == "analyze" else []
    result = run(command, *args, *out, "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith("rhetoscope: error: ") and problem in first, result.stderr
    assert case.startswith(("bad-", "missing")) or Path(args[0]).name in first
    # a batch's closing line may point to errors.csv; nothing else is printed
    assert len(result.stderr.splitlines()) <= 2


def test_a_bad_input_in_a_batch_leaves_the_others_complete(tmp_path: Path) -> None:
    _bad_inputs(tmp_path)
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "legacy.txt").write_bytes("\u201cWe resist,\u201d Ann Lee said.".encode("cp1252"))
    (tmp_path / "marked.txt").write_bytes("We resist.".encode("utf-16"))
    names = ["binary.txt", "utf16.txt", "empty.txt", "legacy.txt", "marked.txt"]
    result = run("analyze", *(str(tmp_path / n) for n in names), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 2 and "binary.txt" in errors[0] and "utf16.txt" in errors[1]
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert any("empty.txt" in w and "empty" in w for w in warnings)
    assert any("legacy.txt" in w and "Windows-1252" in w for w in warnings)
    documents = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert list(documents["doc"]) == ["empty", "legacy", "marked"]
    assert len(pd.read_csv(tmp_path / "out" / "errors.csv")) == 2


def test_an_unwritable_output_folder_is_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import rhetoscope.reports.files as files

    if os.geteuid() != 0:  # a real read-only folder (root may write anywhere)
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        one_line_error(run("analyze", str(SEED), "-o", str(locked)), str(locked), "not writable")
    monkeypatch.setattr(files.os, "access", lambda path, mode: False)
    out = tmp_path / "new"
    one_line_error(run("analyze", str(SEED), "-o", str(out)), str(out), "not writable")
    assert not out.exists()  # the folder made for the run is not left behind


# A comma-separated sheet quotes its cells with commas; Excel writes ";" where the
# decimal mark is a comma (much of Europe); some tools write tabs whatever the suffix.
SHEETS = {
    ",": 'id,answer\nlee-1,"\u201cWe will never surrender,\u201d Ann Lee said."\n'
    'chen-1,"Perhaps, we might compromise."\n',
    ";": "id;answer\nlee-1;\u201cWe will never surrender,\u201d Ann Lee said.\n"
    "chen-1;Perhaps, we might compromise.\n",
    "\t": "id\tanswer\nlee-1\t\u201cWe will never surrender,\u201d Ann Lee said.\n"
    "chen-1\tPerhaps, we might compromise.\n",
    # a blank line before the header, a quoted name holding the other separator
    "\n;": '\n"notes, if any, at all";id;answer\n'
    ";lee-1;\u201cWe will never surrender,\u201d Ann Lee said.\n"
    ";chen-1;Perhaps, we might compromise.\n",
}


@pytest.mark.parametrize("sep", list(SHEETS), ids=["comma", "semicolon", "tab", "quoted"])
def test_spreadsheet_rows_are_documents(tmp_path: Path, sep: str) -> None:
    sheet = tmp_path / "interviews.csv"
    sheet.write_text(SHEETS[sep], "utf-8")
    result = run(
        "score", str(sheet), "--text-column", "answer", "--id-column", "id", "--by", "document"
    )
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table["doc"]) == ["lee-1", "chen-1"]
    assert list(table["defiance"] > 0) == [True, False]
    assert list(table["hedging"] > 0) == [False, True]


def test_a_missing_spreadsheet_column_is_one_line_error(tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("id,text\n1,hello\n", "utf-8")
    one_line_error(run("score", str(sheet), "--text-column", "answer"), "s.csv", "answer")


def test_a_spreadsheet_with_a_quote_left_open_is_one_line_error(tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text('id,text\n1,"unterminated\n2,ok\n', "utf-8")
    one_line_error(run("score", str(sheet), "--text-column", "text"), "s.csv", "well-formed")


def test_a_spreadsheet_row_with_a_cell_too_many_is_one_line_error(tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("id,text\n1,hello,lost\n", "utf-8")
    one_line_error(run("score", str(sheet), "--text-column", "text"), "s.csv", "data row 1")


def test_a_folder_finds_text_files_whatever_the_case_of_their_suffix(tmp_path: Path) -> None:
    (tmp_path / "NOTES.TXT").write_text("We will win.\n", "utf-8")
    (tmp_path / "b.Md").write_text("We will win.\n", "utf-8")
    (tmp_path / "c.csv").write_text("x\n", "utf-8")
    result = run("score", str(tmp_path), "--by", "document")
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(io.StringIO(result.stdout))["doc"]) == ["NOTES", "b"]


def test_quiet_prints_no_warning_and_run_json_keeps_it(tmp_path: Path) -> None:
    windows = tmp_path / "w.txt"
    windows.write_bytes(b"We will \x93win\x94.\n")
    result = run("analyze", str(windows), "-o", str(tmp_path / "out"), "--quiet")
    assert result.exit_code == 0
    assert result.stderr == ""
    info = json.loads((tmp_path / "out" / "run.json").read_text("utf-8"))
    assert any("Windows-1252" in w for w in info["warnings"])


def test_the_summary_compares_people_not_narrators(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a", "b"):
        (docs / f"{name}.txt").write_text(
            'The strike went on. "We will win," said Ann Lee.\n', "utf-8"
        )
    assert run("analyze", str(docs), "-o", str(tmp_path / "out")).exit_code == 0
    summary = (tmp_path / "out" / "summary.md").read_text("utf-8")
    people = summary.split("## Speakers across documents")[1]
    assert "| Ann Lee | 2 |" in people
    assert "| narrator |" not in people


def test_the_summary_leaves_out_labels_of_a_part(tmp_path: Path) -> None:
    """``Q``, ``A`` and ``MODERATOR`` in two interviews are four or more people: the
    cross-document table leaves them out (each document's report and speakers.csv keep
    them), and keeps a person named in both, also one named with a role word."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, who in (("a", "Ann Lee"), ("b", "Bo Chen")):
        (docs / f"{name}.txt").write_text(
            f"Interview with {who}\n\nQ: Will you stay?\n\nA: I will never resign.\n\n"
            "Q: Why?\n\nA: We will win.\n\nMODERATOR: Thanks.\n\n"
            "CHAIRMAN DOYLE: We stand firm.\n\nMODERATOR: And?\n\nCHAIRMAN DOYLE: Yes.\n",
            "utf-8",
        )
    assert run("analyze", str(docs), "-o", str(tmp_path / "out"), "-q").exit_code == 0
    summary = (tmp_path / "out" / "summary.md").read_text("utf-8")
    people = summary.split("## Speakers across documents")[1]
    assert "| CHAIRMAN DOYLE | 2 |" in people
    assert "| MODERATOR |" not in people and "| Q |" not in people and "| A |" not in people
    speakers = pd.read_csv(tmp_path / "out" / "speakers.csv")
    assert "MODERATOR" in set(speakers["speaker"])


def test_from_list_and_glob(tmp_path: Path) -> None:
    (tmp_path / "a.said").write_text(
        "Ann Lee: We hold.\nBo Chen: We fold.\nAnn Lee: No.\n", "utf-8"
    )
    (tmp_path / "b.txt").write_text("We resist.", "utf-8")
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# the corpus\n{tmp_path / 'b.txt'}\n", "utf-8")
    result = run(
        "score", str(tmp_path), "--glob", "*.said", "--from-list", str(listing), "--by", "document"
    )
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(io.StringIO(result.stdout))["doc"]) == ["a", "b"]
    # A list alone is enough input: no positional argument needed.
    alone = run("score", "--from-list", str(listing), "--by", "document")
    assert alone.exit_code == 0, alone.output
    assert list(pd.read_csv(io.StringIO(alone.stdout))["doc"]) == ["b"]


def test_windows_1252_files_are_named_in_a_warning(tmp_path: Path) -> None:
    (tmp_path / "win.txt").write_bytes("\u201cWe resist,\u201d Ann Lee said.".encode("cp1252"))
    result = run("score", str(tmp_path / "win.txt"))
    assert result.exit_code == 0
    assert "win.txt: not UTF-8; read as Windows-1252" in result.stderr


def test_no_input_is_a_usage_error() -> None:
    assert run("score").exit_code == 2


def test_a_reader_closing_the_pipe_early_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    big = tmp_path / "big.txt"
    big.write_text("We will never surrender. Perhaps we may yield.\n" * 4000, "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "rhetoscope", "score", str(big), "--by", "match"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in stderr and "Exception" not in stderr


def test_progress_line_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from rhetoscope import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", screen)
    show = cli._progress(quiet=False)
    assert show is not None and cli._progress(quiet=True) is None
    for done in (1, 2, 3):
        show(done, 3, 100 * done)
    lines = screen.getvalue().split("\r")
    assert lines[1].startswith("1/3 documents") and "estimating time left" in lines[1]
    assert "words/s" in lines[3] and " s left" in lines[3] and lines[3].endswith("\n")
    monkeypatch.setattr(cli.sys, "stderr", io.StringIO())  # a pipe: no progress line
    assert cli._progress(quiet=False) is None


def test_errors_survive_the_trip_from_a_worker_process() -> None:
    import pickle

    from rhetoscope.errors import InputError

    error = pickle.loads(pickle.dumps(InputError("a.txt", "looks binary")))
    assert (type(error), error.path, error.problem, str(error)) == (
        InputError,
        "a.txt",
        "looks binary",
        "a.txt: looks binary",
    )


def test_help_loads_none_of_the_heavy_modules() -> None:
    """``rhetoscope --help`` must start fast: it may not load the pipeline (large regular
    expressions compiled on import), pandas, NLTK or VADER. Checked in a fresh process,
    since this one has loaded them all."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from rhetoscope.cli import app\n"
        "assert CliRunner().invoke(app, ['--help']).exit_code == 0\n"
        "heavy = ('rhetoscope.pipeline', 'pandas', 'nltk', 'vaderSentiment')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []


def test_a_plain_command_line_is_read_without_pydantic(tmp_path: Path) -> None:
    """Typer's pydantic adapters (a tenth of a run once the startup store is filled) are
    built only for a value that needs converting: ``analyze FILE -o FOLDER -q`` needs
    none. Checked in a fresh process, since this one has loaded pydantic."""
    import subprocess

    probe = (
        "import sys\n"
        "from rhetoscope import cli\n"
        "cli._guarded = lambda body: print('pydantic' in sys.modules)\n"
        f"sys.argv = ['rhetoscope', 'analyze', 'a.txt', '-o', {str(tmp_path)!r}, '-q']\n"
        "cli.main()\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == ["False"]


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "a", "b"],
        ["analyze", "a", "-o", "out", "-f", "tsv", "-j", "2", "--glob", "*.txt", "--glob", "x"],
        ["analyze", "a", "--lexicon", "x.tsv", "--engine", "dask", "--scheduler", "s"],
        ["analyze", "a", "--cache", "c", "--from-list", "l", "--text-column", "t", "-q"],
        ["analyze", "a", "-f", "TSV"],
        ["analyze", "a", "-o", ""],
        ["analyze", "a", "-j", "0"],
        ["score", "a", "--by", "sentence", "-f", "md"],
        ["segments", "a", "--format", "csv"],
        ["lexicons", "show", "resolve", "-f", "dic"],
    ],
)
def test_option_values_are_those_typer_makes(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each value a command receives (or the usage error) is the one typer's own
    coercion gives."""
    from rhetoscope import cli, clihelp

    def received(body: object) -> None:
        frame = sys._getframe(1)
        print(sorted((k, repr(v)) for k, v in frame.f_locals.items() if k != "body"))

    monkeypatch.setattr(cli, "_guarded", received)
    ours = CliRunner().invoke(cli.app, args)
    monkeypatch.setattr(clihelp, "_plain_values", lambda param: None)
    typers = CliRunner().invoke(cli.app, args)
    assert (ours.exit_code, ours.output) == (typers.exit_code, typers.output)


def test_score_and_segments_with_every_input_failing_print_no_table(tmp_path: Path) -> None:
    """A mistyped path alone: its one-line error, exit 1 and nothing on stdout (a header
    alone would pass down a pipe as an empty table); with one good input beside it, its
    table is printed and the exit code is still 1."""
    missing = str(tmp_path / "missing.txt")
    result = run("score", missing)
    assert result.exit_code == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "missing.txt" in result.stderr
    good = tmp_path / "good.txt"
    good.write_text("We will never surrender.\n", "utf-8")
    mixed = run("score", missing, str(good))
    assert mixed.exit_code == 1 and mixed.stdout.startswith("doc,")
    listing = run("segments", missing, "--format", "csv")
    assert listing.exit_code == 1 and listing.stdout == ""
    assert run("segments", missing, str(good), "--format", "csv").stdout.startswith("doc,")


def test_an_id_made_unique_is_warned_about(tmp_path: Path) -> None:
    """Two rows of a sheet with one id, or two files of one name in two folders, keep
    their own rows as ``1~2`` / ``x~2``, and the user hears it (a join on the id would
    miss them); ids that differ get no warning; --quiet silences it."""
    sheet = tmp_path / "s.csv"
    sheet.write_text('id,text\n1,"We will win."\n1,"We will not yield."\n2,"Hi."\n', "utf-8")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("We resist.\n", "utf-8")
    args = [str(sheet), "--text-column", "text", "--id-column", "id"]
    result = run("score", *args, str(tmp_path / "a"), str(tmp_path / "b"), "--by", "document")
    assert result.exit_code == 0, result.output
    docs = pd.read_csv(io.StringIO(result.stdout), dtype={"doc": str})["doc"].tolist()
    assert docs == ["1", "1~2", "2", "x", "x~2"]
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert len(warnings) == 2
    assert "s.csv (1~2): its id '1' is an earlier input's too" in warnings[0]
    assert "x.txt: its id 'x' is an earlier input's too" in warnings[1] and "'x~2'" in warnings[1]
    assert not run("score", *args, "-q").stderr.strip()
