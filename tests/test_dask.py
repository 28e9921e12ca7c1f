"""The dask engine gives the same tables as local processing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from rhetoscope.api import analyze_files
from rhetoscope.cli import app

pytest.importorskip("distributed")

runner = CliRunner()
TABLES = ("documents", "speakers", "sentences", "matches", "segments")


def test_dask_local_cluster_matches_jobs_1_in_csv_and_parquet(tmp_path: Path) -> None:
    from distributed import LocalCluster

    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(
        [
            "\u201cWe will never surrender,\u201d Ann Lee said. \u201cNot in 1940, not now.\u201d",
            "Q: Will you yield?\nA: Never.\nQ: Ever?\nA: No.\n",
            "Perhaps we might compromise, said nobody.",
        ]
    ):
        (docs / f"d{i}.txt").write_text(text, "utf-8")
    local = runner.invoke(
        app, ["analyze", str(docs), "-o", str(tmp_path / "local"), "--jobs", "1", "--quiet"]
    )
    assert local.exit_code == 0, local.output
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        result = runner.invoke(
            app,
            [
                "analyze",
                str(docs),
                "-o",
                str(tmp_path / "dask"),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
                "--quiet",
            ],
        )
        parquet = runner.invoke(
            app,
            [
                "analyze",
                str(docs),
                "-o",
                str(tmp_path / "dask-parquet"),
                "--format",
                "parquet",
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
                "--quiet",
            ],
        )
    assert result.exit_code == 0, result.output
    assert parquet.exit_code == 0, parquet.output
    expected = analyze_files([docs])
    for table in TABLES:
        pd.testing.assert_frame_equal(
            pd.read_parquet(tmp_path / "dask-parquet" / f"{table}.parquet"),
            expected.table(table).reset_index(drop=True),
            check_dtype=False,
        )
        assert (tmp_path / "dask" / f"{table}.csv").read_bytes() == (
            tmp_path / "local" / f"{table}.csv"
        ).read_bytes(), table


def test_an_unreachable_scheduler_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("We resist.", "utf-8")
    result = runner.invoke(
        app, ["score", str(tmp_path), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
