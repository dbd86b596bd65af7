"""Write a generated package atomically: all of it, or (on any failure) none of it.

The new package is written to a staging directory next to the old one and swapped in by
one rename (an atomic exchange where the kernel offers it), under a lock on the output
directory, so an interrupted run or a second run at the same time never leaves a
half-written tree, and a reader sees either the old package or the new one. Files no
template produced disappear with the old tree. Nothing is ever put inside the package
directory but its files, and comparing (``--check``) writes nothing at all. A package path
that is a symbolic link or not a directory is refused before anything is written: the
swap would replace it, not what it points to.

Several packages are written as one: every one is staged first, then they are swapped in
one after another with signals held; if a swap fails, the packages already swapped are
swapped back, so the output holds all the new packages or all the old ones.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import signal
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_LIBC: Any = ctypes.CDLL(None, use_errno=True)
_RENAMEAT2: Any = getattr(_LIBC, "renameat2", None)
_DEFERRED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class PackagePathError(OSError):
    """The package path exists but is no directory of its own (a symbolic link, a file):
    swapping a new tree in would replace it and strand it in the staging directory."""


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


def check_package_path(package_dir: Path) -> None:
    """Refuse a ``package_dir`` that is a symbolic link or not a directory."""
    if package_dir.is_symlink():
        reason = "is a symbolic link"
    elif package_dir.exists() and not package_dir.is_dir():
        reason = "is not a directory"
    else:
        return
    message = f"{reason}; refusing to replace it with the package directory"
    raise PackagePathError(errno.EEXIST, message, str(package_dir))


def compare(package_dir: Path, files: dict[str, str]) -> Changes:
    """What writing ``files`` would change in ``package_dir`` (paths relative to it)."""
    check_package_path(package_dir)
    old = existing_files(package_dir)
    new = {path: text.encode("utf-8") for path, text in files.items()}
    return Changes(
        added=sorted(set(new) - set(old)),
        changed=sorted(p for p in set(new) & set(old) if new[p] != old[p]),
        removed=sorted(set(old) - set(new)),
    )


def write_package(package_dir: Path, files: dict[str, str]) -> Changes:
    """Replace ``package_dir`` with exactly ``files``; nothing is touched if unchanged."""
    return write_packages({package_dir: files})[package_dir]


def write_packages(packages: Mapping[Path, Mapping[str, str]]) -> dict[Path, Changes]:
    """Replace each package directory with exactly its files, all of them or none.

    Unchanged packages are not touched. The output directories are locked in a fixed
    order (two runs never wait on each other's locks), every changed package is staged,
    and only then are they swapped in.
    """
    for package_dir in packages:
        check_package_path(package_dir)
    outputs = sorted({package_dir.parent for package_dir in packages})
    for output in outputs:
        output.mkdir(parents=True, exist_ok=True)
    with ExitStack() as locks:
        for output in outputs:
            locks.enter_context(_locked(output))
        for package_dir in packages:
            _remove_leftovers(package_dir)
        changes = {package_dir: compare(package_dir, dict(files))
                   for package_dir, files in packages.items()}
        staged: dict[Path, Path] = {}
        try:
            for package_dir, files in packages.items():
                if not changes[package_dir]:
                    continue
                staged[package_dir] = _staging_dir(package_dir)
                for path, text in sorted(files.items()):
                    _write_file(staged[package_dir] / path, text.encode("utf-8"))
            with _signals_deferred():
                _swap_all(staged)
        finally:
            # After the swaps each staging directory holds an old tree (if there was one).
            for staging in staged.values():
                shutil.rmtree(staging, ignore_errors=True)
        return changes


def _swap_all(staged: Mapping[Path, Path]) -> None:
    """Swap every staged tree in; if one swap fails, swap the earlier ones back."""
    swapped: list[tuple[Path, Path, bool]] = []
    try:
        for package_dir, staging in staged.items():
            existed = package_dir.exists()
            _swap(staging, package_dir)
            swapped.append((package_dir, staging, existed))
    except BaseException as exc:
        for package_dir, staging, existed in reversed(swapped):
            try:
                if existed:
                    _swap(staging, package_dir)  # the old tree back, the new one to staging
                else:
                    package_dir.rename(staging)
            except OSError as undo:
                exc.add_note(f"and {package_dir} could not be put back: {undo}")
        raise


def _staging_dir(package_dir: Path) -> Path:
    """A new, empty sibling of ``package_dir`` (created with the usual permissions)."""
    staging = package_dir.with_name(f".{package_dir.name}.new-{os.getpid()}-{uuid.uuid4().hex}")
    staging.mkdir()
    return staging


def _write_file(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _remove_leftovers(package_dir: Path) -> None:
    """Staging directories of runs that were killed (we hold the lock: none is live)."""
    for pattern in (f".{package_dir.name}.new-*", f".{package_dir.name}.old-*"):
        for leftover in package_dir.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def _swap(staging: Path, package_dir: Path) -> None:
    """Put ``staging`` in place of ``package_dir``; the old tree ends up at ``staging``."""
    if not package_dir.exists():
        staging.rename(package_dir)
    elif not _exchange(staging, package_dir):
        retired = package_dir.with_name(f".{package_dir.name}.old-{uuid.uuid4().hex}")
        package_dir.rename(retired)
        try:
            staging.rename(package_dir)
        except BaseException:
            retired.rename(package_dir)
            raise
        retired.rename(staging)


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2``); False where unsupported."""
    if _RENAMEAT2 is None:
        return False
    result = _RENAMEAT2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block is done, then deliver them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def remember(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    # getsignal gives None for a handler not installed from Python: leave that one alone.
    previous = {s: signal.getsignal(s) for s in _DEFERRED_SIGNALS}
    deferred = [s for s, handler in previous.items() if handler is not None]
    for signum in deferred:
        signal.signal(signum, remember)
    try:
        yield
    finally:
        for signum in deferred:
            signal.signal(signum, previous[signum])
        for number in dict.fromkeys(received):
            signal.raise_signal(number)


@contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """An exclusive lock on the output directory itself: no lock file is left behind."""
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        except OSError as exc:
            # A file system without locks: the rename swap still keeps the tree whole.
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP):
                raise
        yield
    finally:
        os.close(descriptor)
