"""One person's names across documents in the corpus summary (``summary.md``)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rhetoscope.cli import app
from rhetoscope.reports.samename import same_people, told_apart


def test_a_middle_initial_there_or_not_is_one_person() -> None:
    names = ["Henry Trewhitt", "Henry L Trewhitt", "Barack Obama", "Barack H. Obama"]
    assert same_people(names) == {
        "Henry Trewhitt": "Henry L Trewhitt",
        "Barack Obama": "Barack H. Obama",
    }
    assert same_people(["George HW Bush", "George H.W. Bush"]) == {
        "George H.W. Bush": "George HW Bush"
    }


def test_different_people_stay_apart() -> None:
    # two initials: "John Smith" could be either
    assert same_people(["John A Smith", "John B Smith", "John Smith"]) == {}
    # a title or a surname alone is not a first name (which Bush?)
    assert same_people(["President Bush", "George W Bush", "Senator McCain"]) == {}
    assert same_people(["John Sidney McCain", "John McCain"]) == {}  # a middle name
    assert same_people(["Ann Lee", "Bo Lee", "Ann Leeds"]) == {}
    assert same_people(["REAGAN", "Ronald W Reagan", "narrator", "Q"]) == {}


def test_names_one_document_told_apart() -> None:
    assert told_apart(["John Smith", "John A Smith", "Ann Lee"]) == {
        "John Smith",
        "John A Smith",
    }
    assert told_apart(["John Smith", "Ann Lee", "SMITH"]) == set()


_NAME = st.builds(
    lambda first, middle, last: " ".join([first, *middle, last]),
    st.sampled_from(["Ann", "Bo", "Henry", "Mary-Jo"]),
    st.lists(st.sampled_from(["L", "L.", "HW", "Q", "Quincy"]), max_size=2),
    st.sampled_from(["Lee", "O'Neill", "McCain", "Trewhitt"]),
)


@given(st.lists(st.one_of(_NAME, st.text(max_size=12)), max_size=12, unique=True))
def test_merges_lead_to_a_name_kept_with_the_same_first_and_last(names: list[str]) -> None:
    merged = same_people(names)
    for name, fuller in merged.items():
        assert fuller in names and fuller not in merged  # one step, to a kept row
        assert name.split()[0] == fuller.split()[0]
        assert name.split()[-1] == fuller.split()[-1]


def test_the_summary_adds_up_one_persons_two_forms(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    host = "HOST: Will you stay?\n\n{}: {}\n\nHOST: Why?\n\n{}: {}\n"
    texts = {
        "a": host.format("Henry L Trewhitt", "We will never give up.", "Henry L Trewhitt", "No."),
        "b": host.format("Henry Trewhitt", "I am not sure.", "Henry Trewhitt", "Maybe."),
        "c": host.format("John A Smith", "We will win.", "John A Smith", "Yes."),
        "d": host.format("John B Smith", "Fine.", "John B Smith", "Fine too."),
        "e": host.format("John Smith", "Fine.", "John Smith", "Fine too."),
    }
    for name, text in texts.items():
        (docs / f"{name}.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["analyze", str(docs), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    people = (out / "summary.md").read_text("utf-8").split("## Speakers across documents")[1]
    rows = {line.split("|")[1].strip(): line for line in people.splitlines() if "|" in line}
    assert rows["Henry L Trewhitt"].startswith("| Henry L Trewhitt | 2 | 11 |")
    assert "Henry Trewhitt" not in rows
    # "John Smith" could be either of two: three rows
    assert {"John Smith", "John A Smith", "John B Smith"} <= set(rows)
