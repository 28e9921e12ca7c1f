"""Help texts as users read them: every value named by a metavar (``FILE``, ``INPUT``),
never by a Python type (``<list[str]>``, ``<path>``), which typer prints otherwise."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import click
import typer
from typer.core import TyperCommand


def choices(kind: type[Enum]) -> str:
    """The metavar of an option taking one of ``kind``'s values: ``[csv|tsv]``."""
    return "[" + "|".join(str(member.value) for member in kind) + "]"


def path_name(value: str | Path) -> Path:
    """A file or folder option's value (or default): ``-o ""`` (an unset ``$OUT``) is an
    error, not the current folder, which is what ``Path("")`` is."""
    if not str(value).strip():
        raise typer.BadParameter("an empty name is no file or folder")
    return Path(value)


class Command(TyperCommand):
    """A typer command whose arguments show as ``NAME``, ``[NAME]...``: typer's own
    argument help appends the Python type (``files... <list[Path]>``) even to one given
    a metavar, and its usage line braces a required one (``{files}...``)."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(_usage(param))
            else:
                pieces += param.get_usage_pieces(ctx)
        return pieces

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                arguments.append(_argument_help(param))
            else:
                record = param.get_help_record(ctx)
                if record is not None:
                    options.append(record)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


def _name(param: click.Parameter) -> str:
    return param.metavar or (param.name or "").upper()


def _usage(param: click.Parameter) -> str:
    name = _name(param) if param.required else f"[{_name(param)}]"
    return name + ("..." if param.nargs != 1 else "")


def _argument_help(param: click.Parameter) -> tuple[str, str]:
    name = _name(param) + ("..." if param.nargs != 1 else "")
    text = getattr(param, "help", None) or ""
    return name, f"{text}  [required]" if param.required else text
