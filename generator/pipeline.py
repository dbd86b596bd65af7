"""One run of the generator: load, build the IR, render, format, compile-check, write.

``generate`` remembers the files of its last few successful builds, keyed by everything
that decides them: the loaded model, the package name, every file of every template
directory, the generator's own source, and the versions of Python and of the libraries
that shape the output. A run with nothing changed therefore skips building and only
compares. ``build_files`` always builds (black's output is still cached per file).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .format import cache_root, format_sources
from .loader import load_model
from .model import ServiceModel
from .omissions import omissions
from .paths import GENERATOR_DIR, RUNTIME_DIR, RUNTIME_PACKAGE, builtin_templates
from .writer import Changes, compare, write_package

__all__ = ["Files", "Result", "build_files", "generate"]
OUTPUT_LIBRARIES = ("black", "jinja2", "markupsafe", "botocore")
"""Distributions whose version can change the generated files."""
BUILDS_KEPT = 4


@dataclass(frozen=True)
class Result:
    package_dir: Path
    file_count: int
    changes: Changes
    omitted: tuple[str, ...] = ()
    """What the package leaves out of the model and why (the README lists it too)."""


@dataclass(frozen=True)
class Files:
    package: str
    files: dict[str, str]


def generate(
    model: Path,
    output: Path,
    *,
    package: str | None = None,
    templates: list[Path] | None = None,
    check: bool = False,
) -> Result:
    """Generate ``output/<package>/`` from ``model``; with ``check``, only compare."""
    loaded = load_model(model)
    files = _remembered_build(loaded, package, [*(templates or []), builtin_templates()])
    package_dir = output / files.package
    omitted = tuple(omissions(loaded))
    if check:
        return Result(package_dir, len(files.files), compare(package_dir, files.files), omitted)
    changes = write_package(package_dir, files.files)
    return Result(package_dir, len(files.files), changes, omitted)


def build_files(
    model: Path, *, package: str | None = None, templates: list[Path] | None = None
) -> Files:
    """Every file of the package, formatted and compile-checked, in memory."""
    return _build(load_model(model), package, [*(templates or []), builtin_templates()])


def _build(loaded: ServiceModel, package: str | None, template_dirs: list[Path]) -> Files:
    from .build import build_service
    from .render import render_package

    service = build_service(loaded, package=package)
    runtime = runtime_files()
    rendered = render_package(service, template_dirs, taken=runtime)
    # The runtime is black-formatted in the repository (make lint checks it): as it is.
    return Files(service.package, {**runtime, **format_sources(rendered)})


def runtime_files() -> dict[str, str]:
    """The runtime package's sources, by their path in a generated package (``_runtime/``)."""
    sources = sorted(p for p in RUNTIME_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    return {
        f"{RUNTIME_PACKAGE}/{path.relative_to(RUNTIME_DIR).as_posix()}": path.read_text("utf-8")
        for path in sources
    }


def _remembered_build(
    loaded: ServiceModel, package: str | None, template_dirs: list[Path]
) -> Files:
    record = cache_root() / "builds" / f"{build_key(loaded, package, template_dirs)}.json"
    files = _recall(record)
    if files is None:
        files = _build(loaded, package, template_dirs)
        _remember(record, files)
    return files


def build_key(loaded: ServiceModel, package: str | None, template_dirs: list[Path]) -> str:
    """A digest of every input that decides the generated files."""
    digest = hashlib.sha256()

    def add(*parts: str | bytes) -> None:
        for part in parts:
            data = part.encode("utf-8") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big") + data)

    add(sys.version, package or "", *(f"{name}=={version(name)}" for name in OUTPUT_LIBRARIES))
    add(loaded.source.name)
    for label, root, pattern in [
        # Every file next to the model: the model's own, partitions.json (which decides
        # the endpoint table) and BOTOCORE_VERSION.
        ("model", loaded.source.parent, "*"),
        ("generator", GENERATOR_DIR, "*.py"),
        *(("templates", directory, "*") for directory in template_dirs),
    ]:
        add(label)
        for path in sorted(root.rglob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                add(path.relative_to(root).as_posix(), path.read_bytes())
    return digest.hexdigest()


def _recall(record: Path) -> Files | None:
    try:
        data = json.loads(record.read_bytes())
        package, files = data["package"], data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(package, str) or not isinstance(files, dict):
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        return None
    with contextlib.suppress(OSError):
        os.utime(record)  # most recently used: pruned last
    return Files(package, files)


def _remember(record: Path, files: Files) -> None:
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        temporary = record.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"package": files.package, "files": files.files}))
        temporary.replace(record)
        _prune(record.parent)
    except OSError:
        pass  # remembering only saves time; a read-only cache must not fail a run


def _prune(directory: Path) -> None:
    records = sorted(directory.glob("*.json"), key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in records[BUILDS_KEPT:]:
        stale.unlink(missing_ok=True)
