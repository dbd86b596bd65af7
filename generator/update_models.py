"""Refresh the pinned model copies under models/ from the installed botocore, and report
what changed in each service's API.

    python -m generator.update_models [--report CHANGES.md] [--config PYPROJECT] [SERVICE]...

Without SERVICE it updates every service configured in ``pyproject.toml``
(``[tool.botocore-codegen] services``), each at its configured API version or else the
newest botocore has. Files are written uncompressed and pretty-printed so that model
changes read well in review. A model botocore has not changed is left alone, its
BOTOCORE_VERSION included, so a botocore release that changes nothing makes no diff.

Next to the model files go BOTOCORE_VERSION, the botocore release the model was copied
from, and BOTOCORE_RELEASE_DATE, the day that release was built: the newest date of the
files in its wheel, which pip downloads (``pip download --no-deps``; the package index's
upload date is not something pip can tell). Without the wheel (no network) the date is
"unknown"; ``--release-date`` sets it instead.

With ``--report FILE`` the API changes of every updated service (`generator.diff`) are
written to FILE as Markdown: the description of the pull request that CI opens.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import botocore  # type: ignore[import-untyped]
from botocore.loaders import Loader  # type: ignore[import-untyped]

from .config import PYPROJECT, ConfigError, ServiceConfig, api_versions, load_config
from .diff import Report, diff_models, render_markdown
from .errors import ModelError
from .loader import load_model

MODEL_FILES = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")
VERSION_FILES = ("BOTOCORE_VERSION", "BOTOCORE_RELEASE_DATE")
"""Where the model came from: not part of the model (a new botocore alone changes nothing)."""
PIP_TIMEOUT = 600
"""Seconds ``pip download`` may take for one botocore wheel."""


@dataclass(frozen=True)
class Update:
    service: str
    directory: Path
    changed: bool
    """The model files differ from those models/ held (or there were none)."""
    report: Report | None = None
    """The API changes, when the service had a model before and it changed."""


def update(
    service: str,
    models_dir: Path,
    *,
    version: str | None = None,
    release_date: Callable[[str], str] | None = None,
    scratch: Path | None = None,
) -> Update:
    """Copy the service's model from the installed botocore into
    ``models_dir/service/<api version>``; compare it with the model held before."""
    loader = Loader()
    try:
        api_version = version or str(loader.determine_latest_version(service, "service-2"))
    except Exception as exc:  # botocore's UnknownServiceError, DataNotFoundError
        raise ConfigError(f"botocore {botocore.__version__} has no service {service!r}") from exc
    target = models_dir / service / api_version
    existing = api_versions(models_dir / service)
    previous_version = api_version if api_version in existing else (
        existing[-1] if existing else None)
    previous = models_dir / service / previous_version if previous_version else None
    with tempfile.TemporaryDirectory(dir=scratch) as temporary:
        fresh = Path(temporary) / "model"
        _copy_from_botocore(loader, service, api_version, fresh)
        if not (fresh / "service-2.json").is_file():
            raise ConfigError(f"botocore {botocore.__version__} has no model of {service} "
                              f"{api_version}")
        if previous is not None and _model_files(previous) == _model_files(fresh):
            return Update(service, target, changed=False)
        date = (release_date or botocore_release_date)(botocore.__version__)
        (fresh / "BOTOCORE_RELEASE_DATE").write_text(date + "\n", encoding="utf-8")
        report = None
        if previous is not None:
            report = diff_models(load_model(previous), load_model(fresh), service=service)
        _replace_files(fresh, target)
    return Update(service, target, changed=True, report=report)


def _copy_from_botocore(loader: Loader, service: str, api_version: str, target: Path) -> None:
    target.mkdir(parents=True)
    for kind in MODEL_FILES:
        try:
            data = loader.load_service_model(service, kind, api_version)
        except Exception:  # botocore raises DataNotFoundError for absent optional files
            continue
        text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        (target / f"{kind}.json").write_text(text, encoding="utf-8")
    # The endpoint table is resolved against these partitions, so they are pinned too.
    partitions = json.dumps(loader.load_data("partitions"), indent=2, ensure_ascii=False)
    (target / "partitions.json").write_text(partitions + "\n", encoding="utf-8")
    (target / "BOTOCORE_VERSION").write_text(botocore.__version__ + "\n", encoding="utf-8")


def _model_files(directory: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes()
        for path in sorted(directory.iterdir())
        if path.is_file() and path.name not in VERSION_FILES
    }


def _replace_files(source: Path, target: Path) -> None:
    """Make ``target`` hold exactly the files of ``source`` (a model botocore no longer
    ships, such as a dropped waiters-2.json, goes too)."""
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.iterdir():
        if stale.is_file() and not (source / stale.name).exists():
            stale.unlink()
    for path in source.iterdir():
        shutil.copyfile(path, target / path.name)


def botocore_release_date(version: str) -> str:
    """The day botocore ``version`` was built (``YYYY-MM-DD``), or "unknown"."""
    with tempfile.TemporaryDirectory(prefix="botocore-wheel-") as scratch:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                   "--only-binary", ":all:", "--dest", scratch, f"botocore=={version}"]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=PIP_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as exc:
            print(f"botocore {version}: release date unknown (pip download: {exc})",
                  file=sys.stderr)
            return "unknown"
        wheels = sorted(Path(scratch).glob("botocore-*.whl"))
        return wheel_date(wheels[0]) if wheels else "unknown"


def wheel_date(wheel: Path) -> str:
    """The newest date of the package's files in a wheel: the day it was built."""
    with zipfile.ZipFile(wheel) as archive:
        stamps = [info.date_time for info in archive.infolist()
                  if not info.filename.endswith("/") and ".dist-info/" not in info.filename]
    if not stamps:
        return "unknown"
    return datetime.date(*max(stamps)[:3]).isoformat()


def markdown_report(updates: Sequence[Update]) -> str:
    """The pull request description: the API changes of every service that changed."""
    release = f"botocore {botocore.__version__}"
    changed = [u for u in updates if u.changed]
    lines = [f"# Models from {release}", ""]
    if not changed:
        names = ", ".join(u.service for u in updates)
        lines.append(f"No model changed: {release} has the models of {names} that models/ "
                     "holds." if names else "No model was updated.")
        return "\n".join(lines) + "\n"
    lines.append(f"`make update-models` copied these models from {release}; "
                 "the API changes below are marked breaking or additive for callers of "
                 "the generated clients.")
    unchanged = [u.service for u in updates if not u.changed]
    if unchanged:
        lines.append(f"Unchanged: {', '.join(unchanged)}.")
    lines.append("")
    for item in changed:
        if item.report is not None:
            lines.append(render_markdown([item.report]))
        else:
            model = load_model(item.directory)
            lines += [f"## {model.metadata.service_full_name or item.service}: new service",
                      "", f"{len(model.operations)} operations, API version "
                      f"{model.metadata.api_version}.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.update_models",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("services", nargs="*", metavar="SERVICE",
                        help="botocore service names (default: the configured services)")
    parser.add_argument("--config", type=Path, default=PYPROJECT, metavar="PYPROJECT")
    parser.add_argument("--models", type=Path, help="default: the configured models directory")
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="write the API changes of the updated services to FILE")
    parser.add_argument("--release-date", metavar="YYYY-MM-DD",
                        help="the installed botocore's release date (default: from its wheel)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        configured = {service.name: service for service in config.services}
        services = [configured.get(name, ServiceConfig(name=name)) for name in args.services]
        services = services or list(config.services)
        if not services:
            raise ConfigError(f"{config.path}: no services configured, and none named")
        if args.release_date is not None:
            datetime.date.fromisoformat(args.release_date)
        dated = (lambda version: args.release_date) if args.release_date else None
        models = args.models or config.models
        updates = []
        for service in services:
            if service.model is not None:
                print(f"{service.name}: skipped, its model is {service.model}, not a copy "
                      "of botocore's")
                continue
            result = update(service.name, models, version=service.version, release_date=dated)
            updates.append(result)
            print(_summary(result))
        if args.report is not None:
            args.report.write_text(markdown_report(updates), encoding="utf-8")
            print(f"{args.report}: the API changes")
    except (ConfigError, ModelError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _summary(result: Update) -> str:
    where = f"{result.directory} <- botocore {botocore.__version__}"
    if not result.changed:
        return f"{where}: unchanged"
    if result.report is None:
        return f"{where}: new"
    summary = result.report.summary()
    return (f"{where}: {summary['breaking']} breaking, {summary['additive']} additive, "
            f"{summary['documentation_changes']} documentation changes")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
