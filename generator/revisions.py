"""Models as a git revision holds them: ``diff main HEAD`` compares ``models/`` between two
revisions by copying each configured service's model out of git into a directory."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .config import Config, ServiceConfig

GIT_TIMEOUT = 120
"""Seconds one git command may take."""


class RevisionError(Exception):
    """git could not be asked, or does not know the revision."""


def _git(repository: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", "-C", str(repository), *args], capture_output=True,
                                timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RevisionError(f"git {args[0]}: {exc}") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return result.stdout


def is_revision(text: str, repository: Path) -> bool:
    """Whether ``text`` names a commit of the repository holding ``repository``."""
    if text.startswith("-"):
        return False
    try:
        _git(repository, "rev-parse", "--verify", "--quiet", f"{text}^{{commit}}")
    except RevisionError:
        return False
    return True


def export_model(config: Config, service: ServiceConfig, revision: str,
                 target: Path) -> Path | None:
    """Copy the service's model as ``revision`` holds it into ``target``; None when the
    revision has no model of it."""
    directory = config.path.parent
    top = Path(_git(directory, "rev-parse", "--show-toplevel").decode().strip())
    if service.model is not None:
        model = service.model.parent if service.model.suffix in (".json", ".gz") else service.model
        where = _relative(model, top)
    else:
        base = _relative(config.models / service.name, top)
        versions = _entries(top, revision, base, directories=True)
        version = service.version or (max(versions) if versions else None)
        if version is None or version not in versions:
            return None
        where = f"{base}/{version}"
    names = _entries(top, revision, where, directories=False)
    if not names:
        return None
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        (target / name).write_bytes(_git(top, "show", f"{revision}:{where}/{name}"))
    return target


def _relative(path: Path, top: Path) -> str:
    try:
        return path.resolve().relative_to(top.resolve()).as_posix()
    except ValueError as exc:
        raise RevisionError(f"{path}: not inside the git repository {top}") from exc


def _entries(top: Path, revision: str, where: str, *, directories: bool) -> list[str]:
    """The names of the directories (or files) at ``where`` in ``revision``."""
    try:
        listing = _git(top, "ls-tree", "-z", f"{revision}:{where}")
    except RevisionError:
        return []  # the revision has no such directory
    names = []
    for entry in listing.decode("utf-8", "replace").split("\0"):
        if not entry:
            continue
        info, name = entry.split("\t", 1)
        kind = info.split()[1]
        if (kind == "tree") == directories and kind in ("tree", "blob"):
            names.append(name)
    return sorted(names)
