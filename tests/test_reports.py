"""Reports people read and spreadsheets trust: formats, safety, determinism, charts."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from rhetoscope.cli import app
from rhetoscope.reports.markdown import bar, sparkline
from rhetoscope.reports.tabular import markdown_rows, write_csv

TABLES = ("documents", "speakers", "sentences", "matches", "segments")
runner = CliRunner()

RISKY = (
    "=SUM(A1:A9) is what the senator typed.\n\n"
    "\u201c-5 points is nothing,\u201d Ann Lee said. \u201c+1 for courage. @everyone, we will "
    "never surrender.\u201d\n\n"
    '=HYPERLINK("http://x") \u201cWe may yield,\u201d Bo Chen said.\n'
)


def analyze(tmp_path: Path, *args: str, name: str = "out") -> Path:
    out = tmp_path / name
    result = runner.invoke(app, ["analyze", *args, "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "risky.txt").write_text(RISKY, "utf-8")
    for i, text in enumerate(
        [
            "Q: Will you resign?\nA: Never. I will not give up.\nQ: Sure?\nA: Certain.\n",
            "\u201cWe find ourselves in 1938,\u201d Ana Ruiz said. \u201cNo surrender.\u201d",
            "Perhaps we might compromise. \u201cNo doubt we will win,\u201d said Tom Ek.",
            "Tom Ek said he was tired. \u201cI may step down,\u201d he said.",
        ]
    ):
        (folder / f"doc{i}.txt").write_text(text, "utf-8")
    return folder


def test_no_text_cell_starts_a_formula(tmp_path: Path, corpus: Path) -> None:
    out = analyze(tmp_path, str(corpus))
    for table in TABLES:
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as stream:
            for row in csv.reader(stream):
                for cell in row:
                    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        float(cell)  # only numbers may start so
    segments = pd.read_csv(out / "segments.csv")
    assert segments["text"].str.startswith("'=SUM").any()


def test_library_dataframes_keep_the_raw_text() -> None:
    import rhetoscope

    result = rhetoscope.analyze(RISKY)
    assert result.segments["text"].str.startswith("=SUM").any()


def test_numbers_stay_numbers() -> None:
    stream = io.StringIO()
    write_csv(pd.DataFrame({"n": [-0.5, 2], "t": ["-x", "ok"]}), stream)
    assert stream.getvalue() == "n,t\n-0.5,'-x\n2.0,ok\n"


def tables_bytes(out: Path, ext: str = "csv") -> dict[str, bytes]:
    return {t: (out / f"{t}.{ext}").read_bytes() for t in TABLES}


def test_tables_are_byte_identical_across_runs_and_jobs(tmp_path: Path, corpus: Path) -> None:
    one = analyze(tmp_path, str(corpus), "--jobs", "1", name="one")
    again = analyze(tmp_path, str(corpus), "--jobs", "1", name="again")
    two = analyze(tmp_path, str(corpus), "--jobs", "2", name="two")
    assert tables_bytes(one) == tables_bytes(again) == tables_bytes(two)
    assert list(pd.read_csv(two / "documents.csv")["doc"]) == [
        "doc0",
        "doc1",
        "doc2",
        "doc3",
        "risky",
    ]


def test_tsv_and_excel_bom(tmp_path: Path, corpus: Path) -> None:
    out = analyze(tmp_path, str(corpus), "--format", "tsv", "--excel")
    raw = (out / "speakers.tsv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(out / "speakers.tsv", sep="\t", encoding="utf-8-sig")
    assert list(table.columns[:3]) == ["doc", "speaker", "segments"]
    assert not (out / "speakers.csv").exists()


def test_markdown_report_has_every_section(tmp_path: Path, corpus: Path) -> None:
    out = analyze(tmp_path, str(corpus))
    report = (out / "doc1.md").read_text("utf-8")
    for heading in ("## Speakers", "## Sentiment arc", "## Historical analogies", "## Evidence"):
        assert heading in report
    assert "Ana Ruiz" in report and "**No surrender**" in report
    summary = (out / "summary.md").read_text("utf-8")
    assert "## Speakers across documents" in summary
    # Tom Ek speaks in two documents: one row across them.
    assert summary.count("| Tom Ek |") == 1


def test_bars_and_sparklines() -> None:
    assert bar(10, 10) == "\u2588" * 6
    assert bar(0, 10) == "" and bar(5, 0) == ""
    assert len(sparkline([-1, 0, 1] * 100)) == 48
    assert sparkline([-1.0, 1.0]) == "\u2581\u2588"


def test_charts_are_written_and_linked(tmp_path: Path, corpus: Path) -> None:
    pytest.importorskip("matplotlib")
    out = analyze(tmp_path, str(corpus / "doc1.txt"), "--charts")
    for suffix in ("rates", "arc"):
        png = out / f"doc1-{suffix}.png"
        assert png.read_bytes().startswith(b"\x89PNG")
        assert f"](doc1-{suffix}.png)" in (out / "doc1.md").read_text("utf-8")


@pytest.mark.parametrize(
    ("modules", "option", "extra"),
    [
        (["matplotlib"], ["--charts"], "rhetoscope[charts]"),
        (["pyarrow", "pyarrow.parquet"], ["--format", "parquet"], "rhetoscope[parquet]"),
    ],
)
def test_a_missing_optional_dependency_is_a_one_line_error(
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    modules: list[str],
    option: list[str],
    extra: str,
) -> None:
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)
    result = runner.invoke(app, ["analyze", str(corpus), "-o", str(tmp_path / "o"), *option])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert extra in result.stderr
    assert not (tmp_path / "o").exists()


def test_parquet_tables_hold_the_same_rows_as_the_library_across_chunks(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    from rhetoscope.api import analyze_files
    from rhetoscope.reports import writer

    # One document a row group: the chunks' column types must agree (a chunk with no
    # analogy still has string era/years columns, counts stay the lexicons' type).
    monkeypatch.setattr(writer, "CHUNK", 1)
    out = analyze(tmp_path, str(corpus), "--format", "parquet", "--jobs", "1")
    analysis = analyze_files([corpus])
    for table in TABLES:
        written = pd.read_parquet(out / f"{table}.parquet")
        expected = analysis.table(table).reset_index(drop=True)
        pd.testing.assert_frame_equal(written, expected, check_dtype=False)
        assert [str(t) for t in written.dtypes] == [str(t) for t in expected.dtypes], table
    assert not list(out.glob("*.csv"))
    assert (out / "doc1.md").exists()


def test_parquet_of_an_empty_run_has_the_columns(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    out = analyze(tmp_path, str(tmp_path / "empty.txt"), "--format", "parquet")
    matches = pd.read_parquet(out / "matches.parquet")
    assert matches.empty and "era" in matches.columns


def test_summary_is_the_same_whatever_the_chunk_size(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rhetoscope.reports import writer

    whole = analyze(tmp_path, str(corpus), "--jobs", "1", name="whole")
    monkeypatch.setattr(writer, "CHUNK", 2)
    chunked = analyze(tmp_path, str(corpus), "--jobs", "1", name="chunked")

    def body(path: Path) -> list[str]:  # the header line holds the time of the run
        return path.read_text("utf-8").splitlines()[3:]

    assert body(whole / "summary.md") == body(chunked / "summary.md")
    assert "| Tom Ek | 2 |" in (whole / "summary.md").read_text("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_reports_are_created_with_the_users_umask(tmp_path: Path, corpus: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        out = analyze(tmp_path, str(corpus))
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()}
    assert set(modes.values()) == {0o644}, modes


def test_no_report_overwrites_another(tmp_path: Path) -> None:
    """A document named "summary", and names equal once made safe or without case, each
    keep their own report beside the corpus summary."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("summary.txt", "a b.txt", "a_b.txt", "sub/Lee.txt", "lee.txt"):
        (folder / name).write_text(f"We resist, says {name}.", "utf-8")
    out = analyze(tmp_path, str(folder))
    reports = sorted(p.name for p in out.glob("*.md"))
    assert reports == ["Lee~2.md", "a_b.md", "a_b~2.md", "lee.md", "summary.md", "summary~2.md"]
    assert "# rhetoscope report: summary" in (out / "summary~2.md").read_text("utf-8")


def test_texts_analysed_one_at_a_time_share_one_compilation(tmp_path: Path) -> None:
    """``df.text.map(analyze)`` must not recompile the lexicons per row (60 ms each),
    and a different set of lexicons must not be served the old compilation."""
    from rhetoscope import analyze
    from rhetoscope.lexicon import load_lexicons, read_lexicon
    from rhetoscope.resources import compiled

    shipped = load_lexicons()
    assert compiled(shipped) is compiled(load_lexicons())
    mine = tmp_path / "grit.tsv"
    mine.write_text(
        "# name: grit\n# version: 1\n# description: d\n# source: me\n"
        "pattern\tcategory\tweight\nsoldier on\tgrit\t1\n"
    )
    extended = (*shipped, read_lexicon(mine))
    assert compiled(extended) is not compiled(shipped)
    text = "We will soldier on."
    assert "grit" not in set(analyze(text).matches["category"])
    assert "grit" in set(analyze(text, lexicons=extended).matches["category"])


WEIGHTED = (
    "# name: weighted\n# version: 1\n# description: weights whose sums round\n"
    "pattern\tcategory\tweight\n"
    "never\tdefiance\t0.1\nsurrender\tresolve\t0.7\nperhaps\thedging\t1.3\n"
    "may\thedging\t0.2\nwin\tresolve\t0.3\ncertain\tresolve\t0.1\n"
)


@pytest.mark.parametrize("weighted", [False, True])
def test_reports_rendered_per_document_are_the_pandas_tables_and_reports(
    tmp_path: Path, corpus: Path, weighted: bool
) -> None:
    """CSV and TSV reports are rendered a document at a time without pandas (in the
    worker processes): the same bytes as the pandas tables, the same Markdown."""
    from rhetoscope.api import analyze_files
    from rhetoscope.lexicon import load_lexicons, parse_lexicon
    from rhetoscope.reports.markdown import RunInfo, document_report, per_document
    from rhetoscope.reports.writer import write_stream

    (corpus / "empty.txt").write_text("", "utf-8")
    (corpus / "quoted.txt").write_text(
        'He said "never, ever"; then:\n\n\u201cWe may win, perhaps, surely,\u201d Ann Lee said.',
        "utf-8",
    )
    extra = [parse_lexicon(WEIGHTED, "weighted.tsv")] if weighted else []
    analysis = analyze_files([corpus], lexicons=[*load_lexicons(), *extra])
    assert not weighted or (analysis.matches["lexicon"] == "weighted").sum() > 3
    run = RunInfo("test", analysis.lexicons)
    reports = per_document(analysis)
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        out = tmp_path / f"{fmt}-{weighted}"
        write_stream(
            analysis.results,
            out,
            run,
            lexicons=analysis.lexicons,
            categories=analysis.categories,
            fmt=fmt,
            excel=True,
        )
        for table in TABLES:
            expected = io.StringIO()
            expected.write("\ufeff")
            write_csv(analysis.table(table), expected, sep=sep)
            assert (out / f"{table}.{fmt}").read_bytes() == expected.getvalue().encode(), table
        for result in analysis.results:
            doc = result.document.doc
            report = document_report(reports[doc], analysis.categories, run)
            assert (out / f"{doc}.md").read_bytes() == report.encode(), doc


def test_summary_speakers_table_is_the_pandas_arithmetic():
    """The summary's speakers table, computed without pandas, is what the pandas table
    of the same sums gives: rates and stance index from the counts (the report rounds
    them once), means rounded as numpy rounds, blanks for no words or no sentences,
    integer and decimal counts."""
    import random

    from rhetoscope.reports.summary import CorpusSummary
    from rhetoscope.reports.tabular import markdown_table, marked_rows

    categories = ("concession", "resolve")
    rng = random.Random(7)
    for trial in range(300):
        whole = trial % 2 == 0
        summary = CorpusSummary(categories)
        for k in range(1 + trial % 5):
            counts = [
                rng.randint(0, 300) if whole else rng.choice([0.0, rng.uniform(0, 300)])
                for _ in categories
            ]
            summary._speakers[f"Ann Lee {k}"] = [
                rng.randint(1, 40),
                rng.choice([0, 1, 3, rng.randint(0, 50000)]),
                rng.choice([0, 1, rng.randint(0, 3000)]),
                rng.choice([0.0, rng.uniform(-500, 500)]),
                *counts,
            ]
        sums = pd.DataFrame(
            [(name, *entry) for name, entry in summary._speakers.items()],
            columns=["speaker", "documents", "words", "sentences", "weighted", *categories],
        )
        words = sums["words"].where(sums["words"] > 0)
        for c in categories:
            sums[f"{c}_per_1k"] = 1000 * sums[c] / words
        sums["stance_index"] = 1000 * (sums["resolve"] - sums["concession"]) / words
        sentences = sums["sentences"].where(sums["sentences"] > 0)
        sums["sentiment"] = (sums["weighted"] / sentences).round(4)
        headers, numeric, rows = summary._speaker_table()
        table = markdown_table(sums[headers]).partition("\n\n")[0]  # without its note
        assert markdown_rows(headers, numeric, marked_rows(headers, rows)[0]) == table
        summary.close()


def test_rates_from_few_words_are_marked_without_bars(tmp_path: Path) -> None:
    """A speaker of a few words gets huge rates: the Markdown reports mark them, draw
    no bar for them and leave them out of the bars' scale; the CSV keeps the numbers."""
    from rhetoscope.reports.tabular import FEW_WORDS, MIN_RATE_WORDS

    docs = tmp_path / "docs"
    docs.mkdir()
    long_turn = " ".join(["We will hold the line and we will never surrender."] * 12)
    text = f"ANN LEE: {long_turn}\n\nBO CHEN: We will never surrender.\n\nANN LEE: Fine.\n"
    (docs / "a.txt").write_text(text, "utf-8")
    (docs / "b.txt").write_text(text, "utf-8")
    result = CliRunner().invoke(app, ["analyze", str(docs), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    speakers = pd.read_csv(tmp_path / "out" / "speakers.csv")
    chen = speakers[speakers["speaker"] == "BO CHEN"].iloc[0]
    assert chen["words"] < MIN_RATE_WORDS and chen["defiance_per_1k"] > 100
    report = (tmp_path / "out" / "a.md").read_text("utf-8")
    row = next(line for line in report.splitlines() if line.startswith("| BO CHEN"))
    assert FEW_WORDS in row and "\u2588" not in row
    lee = next(line for line in report.splitlines() if line.startswith("| ANN LEE"))
    assert FEW_WORDS not in lee and "\u2588" * 6 in lee  # her rates fill the scale
    assert f"{FEW_WORDS} From fewer than {MIN_RATE_WORDS} words" in report
    summary = (tmp_path / "out" / "summary.md").read_text("utf-8")
    row = next(line for line in summary.splitlines() if line.startswith("| BO CHEN"))
    assert row.count(FEW_WORDS) == 6  # five rates and the stance index
    assert f"{FEW_WORDS} From fewer than" in summary


def test_summary_reads_like_the_document_reports(tmp_path: Path) -> None:
    """summary.md heads and rounds its rates as each document's report does (one decimal,
    ``resolve /1k``, the stance index for every speaker too, sentiment to three decimals),
    while the CSV keeps three decimals; counts in the report's opening line agree in
    number ("1 quotation")."""
    docs = tmp_path / "docs"
    docs.mkdir()
    turn = " ".join(["We will hold the line and we will never surrender."] * 12)
    (docs / "a.txt").write_text(f"ANN LEE: {turn} Maybe so.\n\nBO CHEN: Fine.\n", "utf-8")
    quoting = 'BO CHEN: As Al said, "I give up."'
    (docs / "b.txt").write_text(f"ANN LEE: {turn}\n\n{quoting}\n", "utf-8")
    result = CliRunner().invoke(app, ["analyze", str(docs), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    speakers = pd.read_csv(out / "speakers.csv")
    lee = speakers[speakers["speaker"] == "ANN LEE"]
    summary = (out / "summary.md").read_text("utf-8")
    heads = [line for line in summary.splitlines() if line.startswith("| doc |")]
    assert heads and "| resolve /1k |" in heads[0] and "| stance index |" in heads[0]
    assert "_per_1k" not in summary
    people = summary.split("## Speakers across documents")[1]
    head = next(line for line in people.splitlines() if line.startswith("| speaker"))
    assert head.endswith("| stance index | sentiment |")
    row = next(line for line in people.splitlines() if line.startswith("| ANN LEE"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    words = int(lee["words"].sum())
    resolve = 1000 * int(lee["resolve"].sum()) / words
    assert cells[2] == str(words) and cells[3] == f"{resolve:.1f}"
    assert all(len(c.partition(".")[2]) == 1 for c in cells[3:-1])  # rates: one decimal
    assert len(cells[-1].partition(".")[2]) == 3  # sentiment: three
    report = (out / "b.md").read_text("utf-8")
    opening = next(line for line in report.splitlines() if " words in " in line)
    assert "; 3 speakers; 1 quotation, 2 turns, 0 narration segments." in opening, opening


def test_documents_and_score_tables_of_few_words_are_marked_too(tmp_path: Path) -> None:
    """A short document's rates in summary.md, and a row of few words in ``score --format
    md``, carry the same mark and note; a long document's row and the CSV do not."""
    from rhetoscope.reports.tabular import FEW_WORDS

    docs = tmp_path / "docs"
    docs.mkdir()
    long_turn = " ".join(["We will hold the line and we will never surrender."] * 12)
    (docs / "long.txt").write_text(f"ANN LEE: {long_turn}\n", "utf-8")
    (docs / "short.txt").write_text("ANN LEE: We will never surrender.\n", "utf-8")
    result = CliRunner().invoke(app, ["analyze", str(docs), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    summary = (tmp_path / "out" / "summary.md").read_text("utf-8")
    short = next(line for line in summary.splitlines() if line.startswith("| short"))
    long = next(line for line in summary.splitlines() if line.startswith("| long"))
    assert short.count(FEW_WORDS) == 6 and FEW_WORDS not in long  # 5 rates, stance index
    assert "its counts are in `documents.csv`" in summary
    assert FEW_WORDS not in (tmp_path / "out" / "documents.csv").read_text("utf-8")
    scored = CliRunner().invoke(app, ["score", str(docs), "--by", "document", "--format", "md"])
    assert scored.exit_code == 0, scored.output
    rows = {line.split(" | ")[0]: line for line in scored.stdout.splitlines()}
    assert rows["| short"].count(FEW_WORDS) == 6 and FEW_WORDS not in rows["| long"]
    assert "its counts are in the count columns" in scored.stdout


def test_report_rates_are_rounded_once_from_the_counts() -> None:
    """13 matches in 5,533 words is 2.3496 per 1,000: the reports show 2.3, not 2.4 from
    the table's 2.350 rounded again; a sentiment of -0.0001 shows as 0.000, not -0.000."""
    from rhetoscope.reports.markdown import _rates_table
    from rhetoscope.reports.summary import document_line

    categories = ("resolve", "defiance", "concession", "hedging")
    row = {
        "speaker": "Ann Lee",
        "doc": "d",
        "speakers": 1,
        "words": 5533,
        "sentences": 300,
        **dict.fromkeys(categories, 0),
        "resolve": 13,
        **{f"{c}_per_1k": 0.0 for c in categories},
        "resolve_per_1k": 2.35,  # as the tables round it
        "stance_index": 2.35,
        "sentiment": -0.0001,
    }
    cells = [c.strip() for c in _rates_table([row], categories).splitlines()[2].split("|")]
    assert cells[4].startswith("2.3 ") and cells[8].startswith("2.3 ") and cells[9] == "0.000"
    line, _ = document_line(row, categories)
    cells = [c.strip() for c in line.split("|")]
    assert cells[4] == "2.3" and cells[8] == "2.3" and cells[9] == "0.000"
