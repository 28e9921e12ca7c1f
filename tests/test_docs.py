"""Every command and option is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from rhetoscope.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _walk(command, path: str) -> list[tuple[str, list[str]]]:
    subcommands = getattr(command, "commands", None)
    if not subcommands:
        flags = [o for p in command.params for o in p.opts if o.startswith("--")]
        return [(path, flags)]
    found = []
    for name, sub in subcommands.items():
        found += _walk(sub, f"{path} {name}")
    return found


COMMANDS = _walk(typer.main.get_command(app), "rhetoscope")


def test_every_command_is_found() -> None:
    assert {name for name, _ in COMMANDS} == {
        "rhetoscope analyze",
        "rhetoscope score",
        "rhetoscope segments",
        "rhetoscope lexicons list",
        "rhetoscope lexicons show",
        "rhetoscope lexicons check",
    }


@pytest.mark.parametrize(("command", "flags"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_command_and_its_options_are_in_the_readme(command: str, flags: list[str]) -> None:
    words = command.split()
    if words[1] == "lexicons":
        assert "rhetoscope lexicons" in README and f"`{words[2]}" in README
    else:
        assert f"`{command} " in README, f"{command} is not in README.md"
    for flag in flags:
        if flag != "--help":
            assert flag in README, f"{command} {flag} is not in README.md"
