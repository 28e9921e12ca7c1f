"""Help texts as users read them: every value named by a metavar (``FILE``, ``INPUT``),
never by a Python type (``<list[str]>``, ``<path>``), which typer prints otherwise."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import click
import typer
from typer.core import TyperCommand, TyperGroup


def choices(kind: type[Enum]) -> str:
    """The metavar of an option taking one of ``kind``'s values: ``[csv|tsv]``."""
    return "[" + "|".join(str(member.value) for member in kind) + "]"


def path_name(value: str | Path) -> Path:
    """A file or folder option's value (or default): ``-o ""`` (an unset ``$OUT``) is an
    error, not the current folder, which is what ``Path("")`` is."""
    if not str(value).strip():
        raise typer.BadParameter("an empty name is no file or folder")
    return Path(value)


class _PlainParsing:
    """Parsing that takes plain option values without typer's adapters (``_PlainValues``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for param in self.get_params(ctx):
            _plain_values(param)
        return super().parse_args(ctx, args)  # type: ignore[misc]


class Command(_PlainParsing, TyperCommand):
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


class Group(_PlainParsing, TyperGroup):
    """A typer group whose own options (``--version``, ``--help``) take their values
    as ``Command``'s do."""


def _name(param: click.Parameter) -> str:
    return param.metavar or (param.name or "").upper()


def _usage(param: click.Parameter) -> str:
    name = _name(param) if param.required else f"[{_name(param)}]"
    return name + ("..." if param.nargs != 1 else "")


def _argument_help(param: click.Parameter) -> tuple[str, str]:
    name = _name(param) + ("..." if param.nargs != 1 else "")
    text = getattr(param, "help", None) or ""
    return name, f"{text}  [required]" if param.required else text


# Typer (0.29) turns each option's value into its Python value with a pydantic adapter
# it builds per option, and importing pydantic and building them was a tenth of a run
# with the startup store filled. Values that need no conversion (an option left unset,
# a string for a str, an Enum member or one of its values, what a ``parser`` makes, a
# list of those) are taken as typer would take them; any other value, or a typer
# without these internals, goes to typer's own adapter as before.
_OTHER = object()


class _PlainValues:
    """A parameter's coercion (typer's ``RuntimeParam``) that builds typer's adapter
    only for a value it cannot take itself."""

    def coerce(self, value: Any, param: Any, ctx: click.Context) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:  # (typer's own answer, before any adapter)
            return () if multiple else None
        plain = _OTHER if multiple and isinstance(value, str) else _plain(param, value, ctx)
        if plain is not _OTHER:
            return plain
        from typer._coercion import build_runtime_param

        param._runtime_param = build_runtime_param(param.type_descriptor)
        return param._runtime_param.coerce(value, param=param, ctx=ctx)


def _plain_values(param: click.Parameter) -> None:
    if getattr(param, "_runtime_param", _OTHER) is None and hasattr(param, "type_descriptor"):
        param._runtime_param = _PlainValues()  # type: ignore[attr-defined]


def _plain(param: Any, value: Any, ctx: click.Context) -> Any:
    """``value`` as typer's adapter for ``param`` would return it; ``_OTHER`` when that
    takes more than this knows."""
    described = param.type_descriptor
    if described.file_annotation is not None:
        return _OTHER
    annotation, info = described.annotation, described.parameter_info
    if get_origin(annotation) is list:
        if not isinstance(value, list | tuple) or len(get_args(annotation)) != 1:
            return _OTHER
        items = [_leaf(get_args(annotation)[0], info, item, ctx) for item in value]
        return _OTHER if any(item is _OTHER for item in items) else items
    return _leaf(annotation, info, value, ctx)


def _leaf(annotation: Any, info: Any, value: Any, ctx: click.Context) -> Any:
    if info.parser is not None:
        try:
            return info.parser(value)
        except (ValueError, AssertionError):  # (typer's adapter words these)
            return _OTHER
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if isinstance(value, annotation):
            return value
        try:
            from typer._param_types import coerce_cli_choice

            return coerce_cli_choice(
                value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx
            )
        except (ImportError, ValueError, TypeError):
            return _OTHER
    if annotation is str and type(value) is str:
        return value
    return _OTHER
