"""``botocore-codegen generate`` and ``diff``: exit codes are a contract.

generate: 0 generated (or, with ``--check``, up to date); 1 ``--check`` found files that
would change; 2 bad model, template, configuration, arguments or output directory,
reported on one line (the traceback only with ``--debug``); 130 interrupted, with the
output left whole. Without ``--model`` it generates every service configured in
``pyproject.toml`` (``[tool.botocore-codegen]``), all of them or none.

diff: 0 no breaking API change; 1 breaking changes; 2 bad input.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .config import PYPROJECT, ConfigError, is_package_name, load_config
from .errors import ModelError, TemplateError
from .format import CompileError, FormatError
from .pipeline import Job, PackageClashError, Result, generate, generate_all
from .progress import Progress
from .revisions import RevisionError

if TYPE_CHECKING:
    from .config import Config
    from .diff import Report

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2
EXIT_BREAKING = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
INTERRUPTED = "interrupted: the output was left whole (as it was, or completely replaced)"
REPORT_ERRORS = (ModelError, TemplateError, FormatError, CompileError, ConfigError,
                 PackageClashError, RevisionError)


class UsageError(Exception):
    """An argument or configuration value that cannot be used."""


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="botocore-codegen", description=__doc__.split("\n")[0])
    commands = root.add_subparsers(dest="command", required=True)
    gen = commands.add_parser(
        "generate", help="generate client packages from models",
        description="Generate the package of one model (--model, --output), or of every "
                    "service configured in pyproject.toml [tool.botocore-codegen].")
    gen.add_argument("--model", type=Path,
                     help="directory with service-2.json[.gz], or a service-2.json file")
    gen.add_argument("--output", type=Path,
                     help="writes OUTPUT/PACKAGE/ (required with --model; default: the "
                          "configured output)")
    gen.add_argument("--package", help="package name (default: boto3's name for the service)")
    gen.add_argument("--service", action="append", default=[], metavar="NAME",
                     help="generate only this configured service (repeatable)")
    gen.add_argument("--config", type=Path, default=PYPROJECT, metavar="PYPROJECT",
                     help="the pyproject.toml with [tool.botocore-codegen] (default: "
                          "./pyproject.toml)")
    gen.add_argument("--jobs", type=int, metavar="N",
                     help="services built at once (default: one per core)")
    gen.add_argument("--templates", type=Path, action="append", default=[], metavar="DIR",
                     help="template directory searched before the built-in one (repeatable)")
    gen.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 listing the files that would change")
    gen.add_argument("--debug", action="store_true", help="show tracebacks")
    diff = commands.add_parser(
        "diff", help="report the API changes between two models",
        description="Report the API changes from OLD to NEW, each marked breaking or "
                    "additive for callers of the generated client. Exit 0: no breaking "
                    "change; 1: breaking changes; 2: bad input.")
    diff.add_argument("old", metavar="OLD",
                      help="model directory or service-2.json, or a git revision of models/")
    diff.add_argument("new", metavar="NEW", help="the same kind of thing as OLD")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown",
                      help="markdown (a pull request description, the default) or json")
    diff.add_argument("--service", action="append", default=[], metavar="NAME",
                      help="with revisions: only this configured service (repeatable)")
    diff.add_argument("--config", type=Path, default=PYPROJECT, metavar="PYPROJECT",
                      help="the pyproject.toml naming the services (with revisions)")
    diff.add_argument("--output", type=Path, metavar="FILE",
                      help="write the report to FILE (default: standard output)")
    diff.add_argument("--debug", action="store_true", help="show tracebacks")
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return _diff(args) if args.command == "diff" else _generate(args)
    except (*REPORT_ERRORS, UsageError) as exc:
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
        print("interrupted" if args.command == "diff" else INTERRUPTED, file=sys.stderr)
        return EXIT_INTERRUPTED


# -- generate ---------------------------------------------------------------------------


def _generate(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    templates = [*args.templates, *config.templates]
    for directory in templates:
        if not directory.is_dir():
            raise UsageError(f"--templates {directory}: not a directory")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs {args.jobs}: must be 1 or more")
    if args.model is None:
        return _generate_configured(args, config, templates)
    if args.output is None:
        raise UsageError("--model needs --output")
    if args.service:
        raise UsageError("--service chooses configured services; it does not go with --model")
    if args.package is not None:
        _check_package(args.package, "--package")
    started = time.perf_counter()
    result = generate(args.model, args.output, package=args.package,
                      templates=templates, check=args.check)
    return _report([result], args.check, time.perf_counter() - started)


def _generate_configured(args: argparse.Namespace, config: Config,
                         templates: list[Path]) -> int:
    if args.package is not None:
        raise UsageError("--package names the package of --model; configured services "
                         "take theirs from the configuration")
    services = config.select(args.service)
    if not services:
        raise UsageError(f"{config.path}: no services configured; list them in "
                         "[tool.botocore-codegen] services, or give --model and --output")
    jobs = []
    for service in services:
        if service.package is not None:
            _check_package(service.package, f"{config.path}: {service.name}: package")
        jobs.append(Job(service.name, config.model_dir(service), service.package))
    started = time.perf_counter()
    with Progress(len(jobs)) as progress:
        results = generate_all(jobs, args.output or config.output, templates=templates,
                               check=args.check, workers=args.jobs,
                               on_built=lambda job, seconds: progress.finished(job.name, seconds))
    return _report(results, args.check, time.perf_counter() - started)


def _report(results: list[Result], check: bool, elapsed: float) -> int:
    if check:
        stale = [result for result in results if result.changes]
        for result in results:
            if result.changes:
                print(f"{result.package_dir} is stale; regenerating would change:",
                      file=sys.stderr)
                print("\n".join(result.changes.lines()), file=sys.stderr)
            else:
                print(f"{result.package_dir} is up to date ({result.file_count} files)")
        return EXIT_STALE if stale else EXIT_OK
    for result in results:
        summary = f"{len(result.changes.lines())} changed" if result.changes else "unchanged"
        timing = f" ({elapsed:.1f} s)" if len(results) == 1 else ""
        print(f"{result.package_dir}: {result.file_count} files, {summary}{timing}")
        # What the package leaves out, one line each (its README lists the same).
        for sentence in result.omitted:
            print(f"note: {result.package_dir.name}: {sentence}", file=sys.stderr)
    if len(results) > 1:
        print(f"{len(results)} packages in {elapsed:.1f} s")
    return EXIT_OK


# -- diff -------------------------------------------------------------------------------


def _diff(args: argparse.Namespace) -> int:
    from .diff import render_json, render_markdown

    reports = _diff_reports(args)
    text = render_json(reports) if args.format == "json" else render_markdown(reports)
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_BREAKING if any(report.breaking for report in reports) else EXIT_OK


def _diff_reports(args: argparse.Namespace) -> list[Report]:
    from .diff import diff_models
    from .loader import load_model
    from .revisions import export_model, is_revision

    old, new = Path(args.old), Path(args.new)
    if old.exists() and new.exists():
        if args.service:
            raise UsageError("--service chooses configured services; it goes with revisions, "
                             "not with model paths")
        old_model, new_model = load_model(old), load_model(new)
        return [diff_models(old_model, new_model, service=new_model.metadata.endpoint_prefix)]
    config = load_config(args.config)
    here = config.path.parent
    for side, path in (("OLD", old), ("NEW", new)):
        if not path.exists() and not is_revision(str(path), here):
            raise UsageError(f"{side} {path}: no such file or directory, and not a git "
                             "revision")
    if old.exists() or new.exists():
        raise UsageError(f"OLD {args.old} and NEW {args.new}: give two model paths or two "
                         "git revisions, not one of each")
    services = config.select(args.service)
    if not services:
        raise UsageError(f"{config.path}: no services configured to compare")
    reports = []
    with tempfile.TemporaryDirectory(prefix="botocore-codegen-diff-") as scratch:
        for service in services:
            before = export_model(config, service, args.old, Path(scratch, "old", service.name))
            after = export_model(config, service, args.new, Path(scratch, "new", service.name))
            if before is None or after is None:
                missing = args.old if before is None else args.new
                print(f"{service.name}: no model in {missing}; not compared", file=sys.stderr)
                continue
            reports.append(diff_models(load_model(before), load_model(after),
                                       service=service.name))
    return reports


def _check_package(name: str, what: str) -> None:
    from . import naming  # imports botocore: not for --help

    if not is_package_name(name):
        raise UsageError(f"{what} {name!r}: not a valid Python package name")
    shadowed = naming.shadowed_module(name)
    if shadowed is not None:
        raise UsageError(f"{what} {name!r}: would shadow {shadowed} of that name")


def run() -> None:
    """Console-script entry point; Ctrl-C before ``main`` handles it writes nothing."""
    try:
        code = main()
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        code = EXIT_INTERRUPTED
    # The exit code now says how the run ended; a Ctrl-C while Python exits (some
    # milliseconds) must not turn it into a death by signal with no message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)
