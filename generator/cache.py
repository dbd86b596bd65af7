"""Keeps the formatting cache bounded (``format.cache_dir``: one directory per black
release, Python version and layout.py, holding one file per formatted source).

Without pruning it only grows: every template edit adds entries, and every new black or
layout.py starts a directory beside the old ones. At most once a day, after a run that
stored entries, the directories of the other keys unused for a week are removed, and the
current one, past `MAX_ENTRIES`, keeps its `KEPT_AFTER_PRUNING` most recently used
entries (a hit refreshes an entry's modification time once a day: `refresh`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

MAX_ENTRIES = 150_000
"""Entries a cache directory may hold (about 1 GB): every json and rest-json service
botocore ships is about 103,000 files."""
KEPT_AFTER_PRUNING = MAX_ENTRIES * 3 // 4
"""Entries a cache directory past `MAX_ENTRIES` keeps: the most recently used."""
OTHER_KEYS_KEPT_FOR = 7 * 86_400
"""Seconds the directory of another black, Python or layout.py is kept after its last use
(another virtual environment may still use it)."""
PRUNED_EVERY = 86_400
"""Seconds between two prunings."""
USED_MARKER = ".used"
"""In each cache directory: its modification time is the directory's last use."""
PRUNED_MARKER = ".pruned"
"""In the cache root: its modification time is the last pruning."""


def refresh(entry: int, modified: float) -> None:
    """Mark a cache hit (``entry``: its open file descriptor, ``modified``: its modification
    time) as recently used, at most once a day."""
    if time.time() - modified > PRUNED_EVERY:
        with contextlib.suppress(OSError):  # a read-only cache is still a cache
            os.utime(entry)


def mark_used(cache: Path, now: float | None = None) -> None:
    """Record that ``cache`` is in use (at most one write an hour)."""
    now = time.time() if now is None else now
    marker = cache / USED_MARKER
    try:
        if now - marker.stat().st_mtime < 3600:
            return
    except OSError:
        pass
    _touch(marker, now)


def prune(cache: Path, now: float | None = None) -> None:
    """Remove the other keys' directories unused for a week, and past `MAX_ENTRIES` the
    current one's least recently used entries, unless that was done in the last day.
    Errors are ignored: the cache only saves time, and another run may be pruning too."""
    now = time.time() if now is None else now
    marker = cache.parent / PRUNED_MARKER
    try:
        if now - marker.stat().st_mtime < PRUNED_EVERY:
            return
    except OSError:
        pass
    if not _touch(marker, now):
        return  # a cache root we cannot write to: nothing to prune either
    for other in cache.parent.glob("formatted-*"):
        if other != cache and now - _last_use(other) > OTHER_KEYS_KEPT_FOR:
            shutil.rmtree(other, ignore_errors=True)
    _cut_back(cache)


def _cut_back(cache: Path) -> None:
    entries = list(_entries(cache))
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort()
    for _, path in entries[: len(entries) - KEPT_AFTER_PRUNING]:
        with contextlib.suppress(OSError):  # another run removed it first
            os.unlink(path)


def _entries(cache: Path) -> list[tuple[float, str]]:
    """Every entry of ``cache`` with its modification time (``<2 hex>/<sha256>`` files)."""
    found = []
    try:
        shards = [entry for entry in os.scandir(cache) if entry.is_dir()]
    except OSError:
        return []
    for shard in shards:
        try:
            with os.scandir(shard.path) as files:
                found += [(file.stat().st_mtime, file.path) for file in files]
        except OSError:
            continue
    return found


def _last_use(directory: Path) -> float:
    """When ``directory`` was last marked used, or had an entry added (a shard folder's
    modification time), whichever is later: releases that wrote no marker count too."""
    latest = 0.0
    with contextlib.suppress(OSError):
        latest = (directory / USED_MARKER).stat().st_mtime
    with contextlib.suppress(OSError), os.scandir(directory) as shards:
        for shard in shards:
            latest = max(latest, shard.stat().st_mtime)
    return latest


def _touch(path: Path, now: float) -> bool:
    """Set ``path``'s modification time, creating it (not its directory)."""
    try:
        path.touch()
        os.utime(path, (now, now))
    except OSError:
        return False
    return True
