"""Write a generated package atomically: all of it, or (on any failure) none of it.

The new package is written next to the old one and swapped in by rename, under a lock,
so an interrupted run or a second run at the same time never leaves a half-written tree.
Files no template produced disappear with the old directory.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Changes:
    added: list[str]
    changed: list[str]
    removed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def lines(self) -> list[str]:
        return (
            [f"added:   {p}" for p in self.added]
            + [f"changed: {p}" for p in self.changed]
            + [f"removed: {p}" for p in self.removed]
        )


def existing_files(package_dir: Path) -> dict[str, bytes]:
    if not package_dir.is_dir():
        return {}
    return {
        path.relative_to(package_dir).as_posix(): path.read_bytes()
        for path in sorted(package_dir.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(package_dir: Path, files: dict[str, str]) -> Changes:
    """What writing ``files`` would change in ``package_dir`` (paths relative to it)."""
    old = existing_files(package_dir)
    new = {path: text.encode("utf-8") for path, text in files.items()}
    return Changes(
        added=sorted(set(new) - set(old)),
        changed=sorted(p for p in set(new) & set(old) if new[p] != old[p]),
        removed=sorted(set(old) - set(new)),
    )


def write_package(package_dir: Path, files: dict[str, str]) -> Changes:
    """Replace ``package_dir`` with exactly ``files``; nothing is touched if unchanged."""
    package_dir.parent.mkdir(parents=True, exist_ok=True)
    with _locked(package_dir):
        changes = compare(package_dir, files)
        if not changes:
            return changes
        staging = package_dir.with_name(f".{package_dir.name}.new-{os.getpid()}")
        retired = package_dir.with_name(f".{package_dir.name}.old-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        try:
            for path, text in sorted(files.items()):
                target = staging / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8"))
            if package_dir.exists():
                package_dir.rename(retired)
            staging.rename(package_dir)
        except BaseException:
            if retired.exists() and not package_dir.exists():
                retired.rename(package_dir)
            shutil.rmtree(staging, ignore_errors=True)
            raise
        shutil.rmtree(retired, ignore_errors=True)
        return changes


@contextmanager
def _locked(package_dir: Path) -> Iterator[None]:
    lock_path = package_dir.with_name(f".{package_dir.name}.lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
