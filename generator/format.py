"""Format Python sources with black in-process, cached by content hash, in parallel."""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY311})
PARALLEL_THRESHOLD = 64


class FormatError(Exception):
    """Rendered Python that black cannot parse: a template bug."""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "botocore-codegen" / f"black-{black.__version__}"


def format_sources(sources: dict[str, str], cache: Path | None = None) -> dict[str, str]:
    """Black-formatted text for every ``.py`` source; other files are returned as given."""
    cache = cache or cache_dir()
    result = {path: text for path, text in sources.items() if not path.endswith(".py")}
    pending: dict[str, str] = {}
    for path, text in sources.items():
        if path.endswith(".py"):
            cached = _cached(cache, text)
            if cached is None:
                pending[path] = text
            else:
                result[path] = cached
    for path, formatted in _format_all(pending).items():
        result[path] = formatted
        _store(cache, pending[path], formatted)
    return result


def _format_all(pending: dict[str, str]) -> dict[str, str]:
    paths = sorted(pending)
    texts = [pending[p] for p in paths]
    if len(paths) < PARALLEL_THRESHOLD or (os.cpu_count() or 1) < 2:
        return dict(zip(paths, map(_format_one, paths, texts), strict=True))
    with ProcessPoolExecutor() as pool:
        return dict(zip(paths, pool.map(_format_one, paths, texts, chunksize=16), strict=True))


def _format_one(path: str, text: str) -> str:
    try:
        return black.format_str(text, mode=MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"{path}: black cannot parse the rendered code: {exc}") from None


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _cached(cache: Path, text: str) -> str | None:
    try:
        return (cache / _key(text)[:2] / _key(text)).read_text(encoding="utf-8")
    except OSError:
        return None


def _store(cache: Path, text: str, formatted: str) -> None:
    target = cache / _key(text)[:2] / _key(text)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(formatted, encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # the cache only saves time; a read-only home must not fail a run
