"""Two losses the stop-29 robustness work left, and a hang (stop 31): a run with parquet tables or
charts interrupted inside a chunk of documents kept none of that chunk, and a run killed
outright while moving its reports in left the earlier run's run.json vouching for the
new tables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rhetoscope import batch
from rhetoscope.cli import app
from rhetoscope.reports import staging

runner = CliRunner()


def _docs(tmp_path: Path, n: int, word: str = "never surrender") -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for i in range(n):
        (docs / f"d{i}.txt").write_text(f'"We will {word}," Ann Lee said. Perhaps {i}.', "utf-8")
    return docs


def _analyze(docs: Path, out: Path, *options: str):
    return runner.invoke(app, ["analyze", str(docs), "-o", str(out), "-j", "1", "-q", *options])


def test_parquet_run_interrupted_in_its_first_chunk_keeps_the_documents_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    analyze, seen = batch.analyze_document, []

    def interrupted(document, resources):
        seen.append(document)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return analyze(document, resources)

    monkeypatch.setattr(batch, "analyze_document", interrupted)
    out = tmp_path / "out"
    result = _analyze(_docs(tmp_path, 6), out, "-f", "parquet")
    assert result.exit_code == 130
    (partial,) = out.iterdir()
    info = json.loads((partial / "run.json").read_text("utf-8"))
    assert [d["doc"] for d in info["documents"]] == ["d0", "d1", "d2"]
    assert {"d0.md", "d1.md", "d2.md"} <= {p.name for p in partial.iterdir()}


def test_a_run_killed_while_moving_its_reports_in_leaves_no_run_json_vouching_for_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert _analyze(_docs(tmp_path, 3), out).exit_code == 0
    old = json.loads((out / "run.json").read_text("utf-8"))
    assert old["complete"] is True

    class Killed(BaseException):  # as SIGKILL: no handler, no clean-up runs
        pass

    replace, moved = staging.os.replace, []

    def killed_after_two(source, target):
        if Path(target).name != "run.json":
            moved.append(target)
            if len(moved) == 3:
                raise Killed
        return replace(source, target)

    monkeypatch.setattr(staging.os, "replace", killed_after_two)
    for extra in _docs(tmp_path, 3).iterdir():
        extra.unlink()
    _docs(tmp_path, 1, "give up")  # the next run has one document, not three
    with pytest.raises(Killed):
        runner.invoke(
            app,
            ["analyze", str(tmp_path / "docs"), "-o", str(out), "-j", "1", "-q"],
            catch_exceptions=False,
        )
    info = json.loads((out / "run.json").read_text("utf-8"))
    assert info["complete"] is False  # the folder says it holds no complete run
    assert {"d0.md", "d1.md", "d2.md", "documents.csv"} <= set(info["files"])
    monkeypatch.setattr(staging.os, "replace", replace)
    assert _analyze(tmp_path / "docs", out).exit_code == 0
    # the next complete run clears what the killed one left of the run before
    assert not (out / "d1.md").exists() and not (out / "d2.md").exists()
    assert json.loads((out / "run.json").read_text("utf-8"))["complete"] is True


_HALF_A_RESULT = """
import struct
from concurrent.futures import ProcessPoolExecutor
from rhetoscope.batch import _stop_workers

pool = ProcessPoolExecutor(2)
assert pool.submit(abs, -1).result() == 1  # the workers and the manager thread are up
# a worker stopped while sending its result: a length and a few of its bytes
pool._result_queue._writer._send(struct.pack("!i", 1000) + b"abc")
_stop_workers(pool)
print("stopped")
"""


def test_workers_stopped_while_sending_a_result_do_not_hang_the_run() -> None:
    # Under load about one write error in twelve with two workers hung at exit: the
    # pool's manager thread waited for the rest of a half-sent result forever.
    done = subprocess.run(
        [sys.executable, "-c", _HALF_A_RESULT],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().strip() == "stopped"


def _interrupted_run(tmp_path: Path, number: int, *, group: bool) -> tuple[int, str, Path]:
    """A real two-worker ``analyze`` sent signal ``number`` (to its process group, as a
    terminal's Ctrl-C is, or to it alone, as ``kill PID``) once it has written a report:
    its exit code, its stderr and its output folder."""
    import time

    docs = tmp_path / "docs"
    docs.mkdir()
    turn = " ".join(["We will never surrender, and perhaps we will prevail."] * 150)
    for i in range(240):
        (docs / f"d{i:03}.txt").write_text(f"ANN LEE: {turn}\n\nBO CHEN: {turn}\n", "utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(Path(batch.__file__).parents[1])}
    run = subprocess.Popen(
        [sys.executable, "-m", "rhetoscope", "analyze", str(docs), "-o", str(out), "-j", "2"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".md") for p in out.rglob("*")):  # workers at work
        assert run.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    (os.killpg if group else os.kill)(run.pid, number)
    _, stderr = run.communicate(timeout=120)
    return run.returncode, stderr.decode(), out


def test_ctrl_c_in_a_two_worker_run_prints_no_traceback(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the terminal's process group: rhetoscope and its workers) while
    two workers run stops the run with its one line and exit 130; the pool's own thread,
    failing futures already cancelled, printed a traceback there before."""
    import signal

    code, stderr, _ = _interrupted_run(tmp_path, signal.SIGINT, group=True)
    assert code == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr


def test_sigterm_stops_a_run_as_ctrl_c_does(tmp_path: Path) -> None:
    """``kill PID`` (SIGTERM: ``timeout``, a container stop, a batch scheduler's
    pre-emption) keeps what finished in partial-<time>/ with one line and exit 143, as
    Ctrl-C does; before, the run died on the spot, leaving only its hidden folder."""
    import signal

    code, stderr, out = _interrupted_run(tmp_path, signal.SIGTERM, group=False)
    assert code == 128 + signal.SIGTERM, stderr
    assert stderr.startswith("rhetoscope: terminated; no report in") and "Traceback" not in stderr
    (partial,) = out.iterdir()  # no hidden folder left beside it
    assert partial.name.startswith("partial-")
    assert json.loads((partial / "run.json").read_text("utf-8"))["complete"] is False
