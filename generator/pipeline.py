"""One run of the generator: load, build the IR, render, format, compile-check, write.

``generate`` remembers the files of its last few successful builds, keyed by everything
that decides them: the loaded model, the package name, every file of every template
directory, the generator's own source, and the versions of Python and of the libraries
that shape the output. A run with nothing changed therefore skips building and only
compares. ``build_files`` always builds (black's output is still cached per file).

``generate_all`` generates several packages in one run: each is built in a worker
process of its own (several at once, the largest model first), then all of them are
written as one (`writer.write_packages`): every package is replaced, or none is.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from .docs import convert_all, converted_during, html_to_text, remember
from .format import cache_root, format_in_this_process, format_sources, formatting_pool
from .loader import load_model
from .model import ServiceModel, StructureShape
from .omissions import omissions
from .paths import GENERATOR_DIR, RUNTIME_DIR, RUNTIME_PACKAGE, builtin_templates
from .writer import Changes, compare, write_package, write_packages

if TYPE_CHECKING:
    from concurrent.futures import Executor

__all__ = ["Files", "Job", "PackageClashError", "Result", "build_files", "generate",
           "generate_all"]
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


@dataclass(frozen=True)
class Job:
    """One package of a run of several."""

    name: str
    """What progress and errors call it (the configured service name)."""
    model: Path
    package: str | None = None


class PackageClashError(Exception):
    """Two packages of one run would be written to the same directory."""


OnBuilt = Callable[[Job, float], None]
"""Called (in the calling process) as each package is built, with its time in seconds."""


def generate_all(
    jobs: Sequence[Job],
    output: Path,
    *,
    templates: list[Path] | None = None,
    check: bool = False,
    workers: int | None = None,
    on_built: OnBuilt | None = None,
) -> list[Result]:
    """Generate ``output/<package>/`` for every job, all of them or (on a failure) none;
    with ``check``, only compare. Results are in the order of ``jobs``."""
    built = build_all(jobs, templates=templates, workers=workers, on_built=on_built)
    seen: dict[str, str] = {}
    for job, files in zip(jobs, built, strict=True):
        if files.package in seen:
            raise PackageClashError(f"{job.name} and {seen[files.package]} would both be "
                                    f"written to {output / files.package}; give one of them "
                                    "another package name")
        seen[files.package] = job.name
    # What each package leaves out is decided by its model alone (loading one is quick).
    omitted = [tuple(omissions(load_model(job.model))) for job in jobs]
    if check:
        return [Result(output / f.package, len(f.files), compare(output / f.package, f.files),
                       left_out) for f, left_out in zip(built, omitted, strict=True)]
    changes = write_packages({output / f.package: f.files for f in built})
    return [Result(output / f.package, len(f.files), changes[output / f.package], left_out)
            for f, left_out in zip(built, omitted, strict=True)]


def build_all(
    jobs: Sequence[Job],
    *,
    templates: list[Path] | None = None,
    workers: int | None = None,
    on_built: OnBuilt | None = None,
) -> list[Files]:
    """Every job's files, in the order of ``jobs``; several jobs are built in worker
    processes, ``workers`` at a time (default: one per core). The first failing job (in
    the order of ``jobs``) raises, once the others are done."""
    template_dirs = [*(templates or []), builtin_templates()]
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    report = on_built or (lambda job, seconds: None)
    if workers <= 1:
        built = []
        for job in jobs:
            files, seconds = _build_job(job.model, job.package, template_dirs)
            report(job, seconds)
            built.append(files)
        return built
    return _build_in_workers(jobs, template_dirs, workers, report)


def _build_in_workers(
    jobs: Sequence[Job], template_dirs: list[Path], workers: int, report: OnBuilt
) -> list[Files]:
    from concurrent.futures import Future, ProcessPoolExecutor, as_completed

    largest_first = sorted(range(len(jobs)), key=lambda i: (-_model_size(jobs[i].model), i))
    built: dict[int, Files] = {}
    failed: dict[int, Exception] = {}
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_started) as pool:
        futures: dict[Future[tuple[Files, float]], int] = {
            pool.submit(_build_job, jobs[i].model, jobs[i].package, template_dirs): i
            for i in largest_first
        }
        try:
            for future in as_completed(futures):
                index = futures[future]
                try:
                    built[index], seconds = future.result()
                except Exception as exc:  # raised below, once every job is done
                    failed[index] = exc
                    continue
                report(jobs[index], seconds)
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    if failed:
        raise failed[min(failed)]
    return [built[index] for index in range(len(jobs))]


def _worker_started() -> None:
    """In a worker: format without a pool of its own, and leave the objects inherited
    from the parent out of every collection."""
    format_in_this_process()
    gc.freeze()


def _build_job(model: Path, package: str | None, template_dirs: list[Path]) -> tuple[Files, float]:
    started = time.perf_counter()
    files = _remembered_build(load_model(model), package, template_dirs)
    return files, time.perf_counter() - started


def _model_size(model: Path) -> int:
    """Roughly how long a model takes to build: the size of its service file."""
    for candidate in (model, model / "service-2.json", model / "service-2.json.gz"):
        if candidate.is_file():
            return candidate.stat().st_size * (8 if candidate.suffix == ".gz" else 1)
    return 0


def build_files(
    model: Path, *, package: str | None = None, templates: list[Path] | None = None
) -> Files:
    """Every file of the package, formatted and compile-checked, in memory."""
    return _build(load_model(model), package, [*(templates or []), builtin_templates()])


def _build(loaded: ServiceModel, package: str | None, template_dirs: list[Path]) -> Files:
    # The pool first: its workers import black meanwhile.
    with formatting_pool() as pool, converted_during():
        from .build import build_service
        from .render import render_package

        if pool is not None:
            _convert_documentation(pool, loaded)
        service = build_service(loaded, package=package)
        runtime = runtime_files()
        rendered = render_package(service, template_dirs, taken=runtime)
        # The runtime is black-formatted in the repository (make lint checks it): as it is.
        return Files(service.package, {**runtime, **format_sources(rendered, pool=pool)})


def _convert_documentation(pool: Executor, loaded: ServiceModel) -> None:
    """The model's documentation converted to text before the build needs it, a third here
    and a third in each worker (idle until there is something to format): converting it
    is about half of building."""
    from .docstrings import DOC_WIDTH

    shares = _SHARES
    htmls = list(dict.fromkeys(filter(None, _documentation(loaded))))
    theirs = [(htmls[i::shares], pool.submit(convert_all, htmls[i::shares], DOC_WIDTH))
              for i in range(1, shares)]
    for html in htmls[::shares]:
        html_to_text(html, DOC_WIDTH)
    for chunk, future in theirs:
        remember(chunk, DOC_WIDTH, future.result())


_SHARES = 3
"""The caller and the pool's two workers (a pool is only used with two cores or more)."""


def _documentation(loaded: ServiceModel) -> Iterator[str]:
    """Every documentation string of the model that the build converts."""
    yield loaded.documentation
    for operation in loaded.operations.values():
        yield operation.documentation
    for shape in loaded.shapes.values():
        yield shape.documentation
        if isinstance(shape, StructureShape):
            yield from (member.documentation for member in shape.members)


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
