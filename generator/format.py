"""Format Python sources with black in-process: compile-checked, cached, in parallel.

Each source first goes through `layout.prefit`, which lays out long lines the way black
would: black then has little to change, and formats a file about twice as fast.

A cache entry maps the sha256 of a rendered source to black's output for it, and it is
written only after that output compiled, so a cache hit needs neither black nor
``compile()``; `generator.cache` keeps the entries bounded. Sources that miss the cache
are formatted in a process pool, the largest first, so the long ones do not finish last
on one core.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import mark_used, prune, refresh

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from black.mode import Mode

MIN_PARALLEL_FILES = 8
"""Below this many files to format, a process pool costs more than it saves."""
_pool_allowed = True


class FormatError(Exception):
    """Rendered Python that black cannot parse: a template bug."""


class CompileError(Exception):
    """Formatted output that Python cannot compile: a template bug."""


def cache_root() -> Path:
    """The generator's cache directory (under ``$XDG_CACHE_HOME`` when that is set)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "botocore-codegen"


def cache_dir() -> Path:
    """Where formatted sources are cached: per black release, Python version and
    layout.py, since all three decide what an entry certifies (black's output for
    prefit's layout of the source, and that it compiles)."""
    python = f"py{sys.version_info.major}.{sys.version_info.minor}"
    layout = Path(__file__).with_name("layout.py").read_bytes()
    prefit = hashlib.sha256(layout).hexdigest()[:12]
    return cache_root() / f"formatted-black-{version('black')}-{python}-layout-{prefit}"


def format_sources(
    sources: dict[str, str], cache: Path | None = None, pool: Executor | None = None
) -> dict[str, str]:
    """Black-formatted, compile-checked text for every ``.py`` and ``.pyi`` source (the
    stubs hold imports only, which black lays out alike in both modes); other files as
    given.
    ``pool`` is one from `formatting_pool`, else a pool is started if it pays.

    Raises FormatError or CompileError for the first bad file in path order.
    """
    cache = cache or cache_dir()
    mark_used(cache)  # before formatting: a run on a key unused for a week keeps it
    result: dict[str, str] = {}
    pending: dict[str, str] = {}
    for path, text in sources.items():
        cached = _cached(cache, text) if path.endswith((".py", ".pyi")) else text
        if cached is None:
            pending[path] = text
        else:
            result[path] = cached
    result.update(_format_all(pending, cache, pool))
    if pending:  # entries were stored
        prune(cache)
    mark_used(cache)  # a cache this run created
    return {path: result[path] for path in sources}


def format_in_this_process() -> None:
    """For a worker of a pool that builds several packages at once: format here, with no
    pool of its own (the workers already keep every core busy)."""
    global _pool_allowed
    _pool_allowed = False


def _format_all(
    pending: dict[str, str], cache: Path, pool: Executor | None
) -> dict[str, str]:
    if not _parallel() or len(pending) < MIN_PARALLEL_FILES:
        return {path: _format_checked(path, pending[path], cache) for path in sorted(pending)}
    if pool is not None:
        return _format_in(pool, pending, cache)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(initializer=_worker_started) as pool:
        return _format_in(pool, pending, cache)


@contextmanager
def formatting_pool(cache: Path | None = None) -> Iterator[Executor | None]:
    """A pool for `format_sources`, its workers started now so that they import black
    while the caller builds what they will format: when the cache does not exist yet
    (every file will be formatted). Otherwise None, and `format_sources` starts one only
    if enough files miss the cache."""
    if not _parallel() or (cache or cache_dir()).exists():
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(initializer=_worker_started) as pool:
        pool.submit(int)  # the first task starts the workers
        yield pool


def _parallel() -> bool:
    return _pool_allowed and (os.cpu_count() or 1) >= 2


def _format_in(pool: Executor, pending: dict[str, str], cache: Path) -> dict[str, str]:
    largest_first = sorted(pending, key=lambda path: (-len(pending[path]), path))
    futures = {
        path: pool.submit(_format_checked, path, pending[path], cache) for path in largest_first
    }
    try:
        return _results_in_path_order(futures)
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise


def _results_in_path_order(futures: dict[str, Future[str]]) -> dict[str, str]:
    """Waiting in path order makes the reported error the same on every run."""
    return {path: futures[path].result() for path in sorted(futures)}


def _worker_started() -> None:
    """In a worker: import black, then leave it and the objects inherited from the parent
    out of every collection."""
    import black  # noqa: F401

    from . import layout  # noqa: F401

    gc.freeze()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Black allocates many small objects that live as long as one file's syntax tree;
    without collections in between it runs about a quarter faster (measured), and the
    tree is collected in one go once the collector is back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _format_checked(path: str, text: str, cache: Path) -> str:
    """Black's output for ``text``, once it is known to compile; cached from then on."""
    from black import format_str
    from black.parsing import InvalidInput

    from .layout import prefit

    try:
        with _collector_paused():
            formatted = format_str(prefit(text), mode=_mode())
    except InvalidInput as exc:
        raise FormatError(f"{path}: black cannot parse the rendered code: {exc}") from None
    try:
        compile(formatted, path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise CompileError(
            f"{path}:{exc.lineno}: generated code does not compile: {exc.msg}"
        ) from None
    _store(cache, text, formatted)
    return formatted


@functools.cache
def _mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY311})


def _entry(cache: Path, text: str) -> Path:
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return cache / key[:2] / key


def _cached(cache: Path, text: str) -> str | None:
    try:
        with _entry(cache, text).open(encoding="utf-8") as file:
            refresh(file.fileno(), os.fstat(file.fileno()).st_mtime)
            return file.read()
    except OSError:
        return None


def _store(cache: Path, text: str, formatted: str) -> None:
    target = _entry(cache, text)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(formatted, encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # the cache only saves time; a read-only home must not fail a run
