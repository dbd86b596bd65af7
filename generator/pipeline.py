"""One run of the generator: load, build the IR, render, format, compile-check, write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .format import format_sources
from .ir import build_service
from .loader import load_model
from .render import builtin_templates, render_package
from .writer import Changes, compare, write_package


class CompileError(Exception):
    """Formatted output that Python cannot compile: a template bug."""


@dataclass(frozen=True)
class Result:
    package_dir: Path
    file_count: int
    changes: Changes


def generate(
    model: Path,
    output: Path,
    *,
    package: str | None = None,
    templates: list[Path] | None = None,
    check: bool = False,
) -> Result:
    """Generate ``output/<package>/`` from ``model``; with ``check``, only compare."""
    files = build_files(model, package=package, templates=templates)
    service_package = files.package
    package_dir = output / service_package
    if check:
        return Result(package_dir, len(files.files), compare(package_dir, files.files))
    return Result(package_dir, len(files.files), write_package(package_dir, files.files))


@dataclass(frozen=True)
class Files:
    package: str
    files: dict[str, str]


def build_files(
    model: Path, *, package: str | None = None, templates: list[Path] | None = None
) -> Files:
    """Every file of the package, formatted and compile-checked, in memory."""
    loaded = load_model(model)
    service = build_service(loaded, package=package, botocore_version=loaded.botocore_version)
    rendered = render_package(service, [*(templates or []), builtin_templates()])
    formatted = format_sources(rendered)
    for path, text in sorted(formatted.items()):
        if path.endswith(".py"):
            _compile_check(path, text)
    return Files(service.package, formatted)


def _compile_check(path: str, text: str) -> None:
    try:
        compile(text, path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise CompileError(f"{path}:{exc.lineno}: generated code does not compile: {exc.msg}") from None
