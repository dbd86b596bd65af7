"""``botocore-codegen generate``: model in, formatted package out; exit codes are a contract.

0: generated (or, with ``--check``, up to date); 1: ``--check`` found files that would
change; 2: bad model, template, arguments or output directory, reported on one line (the
traceback only with ``--debug``); 130: interrupted, with the output left whole.
"""

from __future__ import annotations

import argparse
import keyword
import sys
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from .errors import ModelError, TemplateError
from .format import CompileError, FormatError
from .pipeline import generate

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class UsageError(Exception):
    """An argument or configuration value that cannot be used."""


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="botocore-codegen", description=__doc__.split("\n")[0])
    commands = root.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="generate a client package from a model")
    gen.add_argument("--model", type=Path, required=True,
                     help="directory with service-2.json[.gz], or a service-2.json file")
    gen.add_argument("--output", type=Path, required=True, help="writes OUTPUT/PACKAGE/")
    gen.add_argument("--package", help="package name (default: boto3's name for the service)")
    gen.add_argument("--templates", type=Path, action="append", default=[], metavar="DIR",
                     help="template directory searched before the built-in one (repeatable)")
    gen.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 listing the files that would change")
    gen.add_argument("--debug", action="store_true", help="show tracebacks")
    return root


def configured_templates(pyproject: Path = Path("pyproject.toml")) -> list[Path]:
    """``[tool.botocore-codegen] templates = [...]``, relative to the pyproject file."""
    if not pyproject.is_file():
        return []
    try:
        with pyproject.open("rb") as handle:
            config = tomllib.load(handle).get("tool", {}).get("botocore-codegen", {})
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{pyproject}: not valid TOML: {exc}") from exc
    entries = config.get("templates", []) if isinstance(config, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise UsageError(f"{pyproject}: [tool.botocore-codegen] templates must be a list "
                         "of directories")
    return [pyproject.parent / entry for entry in entries]


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return _generate(args)
    except (ModelError, TemplateError, FormatError, CompileError, UsageError) as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        if args.debug:
            raise
        print(f"error: {exc.filename or args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("interrupted: the output was left whole (as it was, or completely replaced)",
              file=sys.stderr)
        return EXIT_INTERRUPTED


def _generate(args: argparse.Namespace) -> int:
    if args.package is not None:
        _check_package(args.package)
    templates = [*args.templates, *configured_templates()]
    for directory in templates:
        if not directory.is_dir():
            raise UsageError(f"--templates {directory}: not a directory")
    started = time.perf_counter()
    result = generate(args.model, args.output, package=args.package,
                      templates=templates, check=args.check)
    elapsed = time.perf_counter() - started
    if args.check:
        if result.changes:
            print(f"{result.package_dir} is stale; regenerating would change:", file=sys.stderr)
            print("\n".join(result.changes.lines()), file=sys.stderr)
            return EXIT_STALE
        print(f"{result.package_dir} is up to date ({result.file_count} files)")
        return EXIT_OK
    summary = f"{len(result.changes.lines())} changed" if result.changes else "unchanged"
    print(f"{result.package_dir}: {result.file_count} files, {summary} ({elapsed:.1f} s)")
    return EXIT_OK


def _check_package(name: str) -> None:
    from . import naming  # imports botocore: not for --help

    if not _is_package_name(name):
        raise UsageError(f"--package {name!r}: not a valid Python package name")
    shadowed = naming.shadowed_module(name)
    if shadowed is not None:
        raise UsageError(f"--package {name!r}: would shadow {shadowed} of that name")


def _is_package_name(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
