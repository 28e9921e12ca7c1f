"""Defects found by the acceptance audit (audit28): each test fails without its fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rhetoscope.cli import app

runner = CliRunner()


def _folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("\u201cWe will never surrender,\u201d Ann Lee said.", "utf-8")
    (docs / "b.txt").write_text("Perhaps we might compromise.", "utf-8")
    return docs


# 1. a damaged cache entry is a miss


def test_a_cache_entry_of_garbage_bytes_is_recomputed(tmp_path: Path) -> None:
    docs, cache = _folder(tmp_path), tmp_path / "cache"
    args = ["analyze", str(docs), "--cache", str(cache), "-j", "1", "-q"]
    assert runner.invoke(app, [*args, "-o", str(tmp_path / "one")]).exit_code == 0
    entries = list(cache.rglob("*.pickle"))
    assert entries
    for entry in entries:
        entry.write_bytes(b"garbage\n")  # pickle.load raises ValueError on these bytes
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "two")])
    assert result.exit_code == 0, result.output
    one = (tmp_path / "one" / "sentences.csv").read_text("utf-8")
    assert (tmp_path / "two" / "sentences.csv").read_text("utf-8") == one


# 2. a gap '...' stands between two words, once per pattern

_LEXICON_HEAD = (
    "# name: mine\n# version: 0.1.0\n# description: test\n# source: me\n"
    "pattern\tcategory\tweight\tnote\tsource\n"
)


def _lexicon(tmp_path: Path, *patterns: str) -> Path:
    path = tmp_path / "mine.tsv"
    rows = "".join(f"{p}\tresolve\t1\t\tme\n" for p in patterns)
    path.write_text(_LEXICON_HEAD + rows, "utf-8")
    return path


@pytest.mark.parametrize("pattern", ["...", "... end", "start ...", "a ... b ... c"])
def test_a_misplaced_gap_is_a_file_line_error_in_check_and_in_analysis(
    tmp_path: Path, pattern: str
) -> None:
    lexicon = _lexicon(tmp_path, "hold fast", pattern)
    checked = runner.invoke(app, ["lexicons", "check", str(lexicon)])
    assert checked.exit_code == 1
    assert f"{lexicon}:7: pattern {pattern!r}" in checked.output
    text = tmp_path / "t.txt"
    text.write_text("We start now and hold fast to the end.", "utf-8")
    scored = runner.invoke(app, ["score", str(text), "--lexicon", str(lexicon), "-j", "1"])
    assert scored.exit_code == 1
    assert scored.exception is None or isinstance(scored.exception, SystemExit)
    assert f"{lexicon}:7:" in scored.output


def test_a_gap_between_two_words_still_loads_and_matches(tmp_path: Path) -> None:
    lexicon = _lexicon(tmp_path, "we got ... wrong")
    assert runner.invoke(app, ["lexicons", "check", str(lexicon)]).exit_code == 0
    text = tmp_path / "t.txt"
    text.write_text("We got the timing of that tax wrong.", "utf-8")
    args = ["score", str(text), "--lexicon", str(lexicon), "--no-default-lexicons"]
    scored = runner.invoke(app, [*args, "--by", "match", "-j", "1"])
    assert scored.exit_code == 0, scored.output
    assert "we got ... wrong" in scored.output


# 3. document ids are unique


def _ids(output: str) -> list[str]:
    return [line.split(",")[0] for line in output.splitlines()[1:]]


def test_a_repeated_file_name_skips_an_id_another_file_has(tmp_path: Path) -> None:
    for name in ("a/x.txt", "b/x.txt", "x~2.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"We will win, says {name[0]}.", "utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--by", "document", "-j", "1"])
    assert result.exit_code == 0, result.output
    ids = _ids(result.stdout)
    assert sorted(ids) == ["x", "x~2", "x~3"]


def test_repeated_spreadsheet_ids_skip_an_id_another_row_has(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("id,text\na1,We will win.\na1,We may lose.\na1~2,We shall see.\n", "utf-8")
    args = ["score", str(table), "--text-column", "text", "--id-column", "id"]
    result = runner.invoke(app, [*args, "--by", "document", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert _ids(result.stdout) == ["a1", "a1~3", "a1~2"]


def test_unique_ids_leaves_distinct_ids_alone_and_counts_on() -> None:
    from rhetoscope.readers import Source, unique_ids

    sources = [Source(f"{d}.txt", d) for d in ("a", "b", "a", "a", "b~2", "b")]
    assert [s.doc for s in unique_ids(sources)] == ["a", "b", "a~2", "a~3", "b~2", "b~3"]


# 4. a run does not read its own reports back


def test_analyze_dot_does_not_read_its_reports_back(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "speech.txt").write_text("We will never surrender.", "utf-8")
    (tmp_path / "notes.md").write_text("Perhaps we might compromise.", "utf-8")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        result = runner.invoke(app, ["analyze", ".", "-j", "1", "-q"])
        assert result.exit_code == 0, result.output
    documents = (tmp_path / "reports" / "documents.csv").read_text("utf-8")
    assert sorted(_ids(documents)) == ["notes", "speech"]


def test_a_glob_skips_the_output_folder_but_a_folder_elsewhere_is_read(tmp_path: Path) -> None:
    (tmp_path / "speech.txt").write_text("We will never surrender.", "utf-8")
    (tmp_path / "notes.md").write_text("Perhaps we might compromise.", "utf-8")
    out = tmp_path / "out"
    args = ["analyze", str(tmp_path / "**" / "*.md"), str(tmp_path), "-j", "1", "-q"]
    assert runner.invoke(app, [*args, "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(_ids((out / "documents.csv").read_text("utf-8"))) == ["notes", "speech"]
    # another run's reports are inputs like any other files
    again = runner.invoke(app, ["analyze", str(out), "-o", str(tmp_path / "o2"), "-j", "1", "-q"])
    assert again.exit_code == 0, again.output
    assert "speech" in _ids((tmp_path / "o2" / "documents.csv").read_text("utf-8"))


# 5. write errors: one line, no traceback, workers shut down at once

_FULL_DISK = """
import sys
import rhetoscope.reports.writer as writer

def full(doc, streams, summary, stem, folder):
    raise OSError(28, "No space left on device")  # as a write to a full disk does

writer._write_rendered = full
from rhetoscope.cli import main
sys.argv = ["rhetoscope", "analyze", sys.argv[1], "-o", sys.argv[2], "-j", "2", "-q"]
main()
"""


def _corpus(tmp_path: Path, n: int = 24) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(n):
        text = " ".join([f"We will never surrender, said speaker {i}."] * 100)
        (docs / f"d{i}.txt").write_text(text, "utf-8")
    return docs


def _python(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    # (a run that cannot shut its workers down hangs at exit: the timeout fails it)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    return subprocess.run(
        [sys.executable, *args], stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=90
    )


def test_a_write_error_with_two_workers_is_one_line_without_a_shutdown_traceback(
    tmp_path: Path,
) -> None:
    done = _python("-c", _FULL_DISK, str(_corpus(tmp_path)), str(tmp_path / "out"))
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("rhetoscope: error: ") and "No space left" in lines[0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_score_into_a_full_disk_is_one_line_and_exit_1(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        done = _python(
            "-m", "rhetoscope", "score", str(_corpus(tmp_path, 2)), "-j", "1", stdout=full
        )
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("rhetoscope: error: ") and "No space left" in lines[0]


# 6. UTF-32 with a mark is decoded; NUL characters after decoding are binary


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be", "utf-16"])
def test_a_file_with_a_utf32_or_utf16_mark_is_read_as_such(tmp_path: Path, codec: str) -> None:
    text = "We will win.\nWe will never surrender."
    raw = text.encode(codec)
    if codec == "utf-32-be":
        raw = b"\x00\x00\xfe\xff" + raw
    path = tmp_path / "u.txt"
    path.write_bytes(raw)
    result = runner.invoke(app, ["segments", str(path)])
    assert result.exit_code == 0, result.output
    assert "\\u0000" not in result.stdout
    assert '"end": 37, "text": "We will never surrender."' in result.stdout


def test_nul_characters_after_a_mark_are_a_binary_file_in_errors_csv(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("We will win.", "utf-8")
    (docs / "bin.txt").write_bytes("PK\x00\x03 not text".encode("utf-16"))
    result = runner.invoke(app, ["analyze", str(docs), "-o", str(tmp_path / "o"), "-j", "1"])
    assert result.exit_code == 1
    assert "bin.txt: looks binary" in result.output
    assert "looks binary" in (tmp_path / "o" / "errors.csv").read_text("utf-8")


# 7. a .tsv is plain tab-separated text unless it is quoted as spreadsheets quote


def _cells(tmp_path: Path, name: str, content: str) -> dict[str, str]:
    from rhetoscope.readers import Options, expand

    table = tmp_path / name
    table.write_text(content, "utf-8")
    sources = expand([str(table)], Options(text_column="text", id_column="id"))
    return {s.doc: s.text or "" for s in sources}


def test_a_plain_tsv_cell_may_start_with_a_quotation_mark(tmp_path: Path) -> None:
    content = 'id\ttext\nt1\tWe will win.\nt2\t"We will never surrender," she said.\n'
    assert _cells(tmp_path, "q.tsv", content) == {
        "t1": "We will win.",
        "t2": '"We will never surrender," she said.',
    }


def test_a_plain_tsv_keeps_a_cell_that_is_a_whole_quotation(tmp_path: Path) -> None:
    content = 'id\ttext\nt1\t"We will win."\n'
    assert _cells(tmp_path, "q.tsv", content) == {"t1": '"We will win."'}


def test_a_quoted_tsv_as_spreadsheets_write_it_is_still_unquoted(tmp_path: Path) -> None:
    content = 'id\ttext\nt1\t"She said ""no"" twice."\nt2\t"Two\nlines."\n'
    assert _cells(tmp_path, "s.tsv", content) == {
        "t1": 'She said "no" twice.',
        "t2": "Two\nlines.",
    }
    quoted_header = '"id"\t"text"\n"t1"\t"We will win."\n'
    assert _cells(tmp_path, "h.tsv", quoted_header) == {"t1": "We will win."}


def test_a_csv_cell_that_opens_a_quote_it_never_closes_is_still_an_error(
    tmp_path: Path,
) -> None:
    table = tmp_path / "q.csv"
    table.write_text('id,text\nt2,"We will never surrender, she said.\n', "utf-8")
    args = ["segments", str(table), "--text-column", "text"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "well-formed" in result.output


# 8. .dic round trip; a .dic header's numbers and names


def test_a_dic_word_in_two_categories_survives_the_round_trip_to_tsv(tmp_path: Path) -> None:
    dic = tmp_path / "good.dic"
    dic.write_text("%\n1\tresolve\n2\tdefiance\n%\nfight\t1\t2\nhold*\t1\n", "utf-8")
    shown = runner.invoke(app, ["lexicons", "show", str(dic)])
    assert shown.exit_code == 0, shown.output
    tsv = tmp_path / "gd.tsv"
    tsv.write_text(shown.stdout, "utf-8")
    checked = runner.invoke(app, ["lexicons", "check", str(tsv)])
    assert checked.exit_code == 0, checked.output
    assert "1 defiance, 2 resolve" in checked.output


def test_a_pattern_twice_in_one_category_is_still_a_duplicate(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.tsv"
    rows = "fight\tresolve\t1\t\tme\nfight\tdefiance\t1\t\tme\nfight\tresolve\t2\t\tme\n"
    lexicon.write_text(_LEXICON_HEAD + rows, "utf-8")
    checked = runner.invoke(app, ["lexicons", "check", str(lexicon)])
    assert checked.exit_code == 1
    assert checked.output.splitlines() == [
        f"{lexicon}:8: duplicate pattern 'fight' in resolve (first on line 6)"
    ]


@pytest.mark.parametrize(
    ("header", "line", "problem"),
    [
        ("1\tresolve\n1\tdup\n", 3, "category number 1 is defined twice (first as 'resolve')"),
        ("1\tBad Cat\n", 2, "bad category 'Bad Cat'"),
    ],
)
def test_a_bad_dic_header_line_is_a_file_line_error(
    tmp_path: Path, header: str, line: int, problem: str
) -> None:
    dic = tmp_path / "bad.dic"
    dic.write_text(f"%\n{header}%\nwin\t1\n", "utf-8")
    checked = runner.invoke(app, ["lexicons", "check", str(dic)])
    assert checked.exit_code == 1
    assert f"{dic}:{line}: {problem}" in checked.output
    assert "not in the header" not in checked.output  # its words are not reported too
    text = tmp_path / "t.txt"
    text.write_text("We will win.", "utf-8")
    scored = runner.invoke(app, ["score", str(text), "--lexicon", str(dic), "-j", "1"])
    assert scored.exit_code == 1 and f"{dic}:{line}: {problem}" in scored.output


def test_a_dic_header_with_a_description_cell_keeps_the_name(tmp_path: Path) -> None:
    dic = tmp_path / "d.dic"
    dic.write_text("%\n1\tposemo\tPositive emotion\n%\nwin\t1\n", "utf-8")
    checked = runner.invoke(app, ["lexicons", "check", str(dic)])
    assert checked.exit_code == 0, checked.output
    assert "1 posemo" in checked.output


# 9. progress ETA, segments --quiet, --from-list -, the empty-document warning


def test_no_time_left_is_guessed_from_a_burst_of_early_results() -> None:
    from rhetoscope.cli import time_left

    # three documents arrive together right after the first: no rate yet
    assert time_left(4, 35, 0.01) == "estimating time left"
    assert time_left(2, 35, 5.0) == "estimating time left"  # one interval is no rate
    assert time_left(5, 35, 4.0) == "30 s left"  # 4 documents in 4 s, 30 to go
    assert time_left(34, 35, 33.0) == "1 s left"
    assert time_left(34, 35, 3.0) == "1 s left"  # a document remains: never "0 s"
    assert time_left(35, 35, 0.01) == "0 s left"


def test_segments_quiet_help_says_what_it_does() -> None:
    result = runner.invoke(app, ["segments", "--help"])
    assert "No warnings about how files read" in result.output
    assert "progress" not in result.output.lower()


def test_from_list_dash_reads_the_list_from_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("We will win.", "utf-8")
    (tmp_path / "b.txt").write_text("We may lose.", "utf-8")
    listing = f"{tmp_path / 'a.txt'}\n# a comment\n{tmp_path / 'b.txt'}\n"
    result = runner.invoke(app, ["segments", "--from-list", "-"], input=listing)
    assert result.exit_code == 0, result.output
    assert '"doc": "a"' in result.stdout and '"doc": "b"' in result.stdout
    both = runner.invoke(app, ["segments", "-", "--from-list", "-"], input=listing)
    assert both.exit_code == 2 and "both read standard input" in both.output


def test_segments_does_not_promise_a_row_for_an_empty_document(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("  \n", "utf-8")
    result = runner.invoke(app, ["segments", str(tmp_path / "e.txt")])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "e.txt: empty document (no segment)" in result.stderr
    assert "row" not in result.stderr
    scored = runner.invoke(app, ["score", str(tmp_path / "e.txt"), "-j", "1"])
    assert "empty document (an empty row is written)" in scored.stderr
