"""The project's configuration: ``[tool.botocore-codegen]`` in ``pyproject.toml``.

    [tool.botocore-codegen]
    models = "models"        # models/<service>/<api-version>/, as `make update-models` writes
    output = "generated"     # each package is written to <output>/<package>/
    templates = []           # directories searched before the built-in templates

    [[tool.botocore-codegen.services]]
    name = "lightsail"       # botocore's name for the service (its data directory)
    package = "lightsail"    # optional; default: the service id in snake_case
    version = "2016-11-28"   # optional; default: the newest API version under models/
    model = "path/to/model"  # optional; a model directory elsewhere (version is then unused)

A service may also be given as its name alone (``services = ["lightsail"]``). Paths are
relative to the directory of the pyproject file. Unknown keys are refused, so that a typo
is not silently ignored. This module only reads the file (it imports nothing heavy, so
``--help`` stays fast).
"""

from __future__ import annotations

import keyword
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PYPROJECT = Path("pyproject.toml")
TABLE = "[tool.botocore-codegen]"
_SERVICE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")
_SERVICE_KEYS = frozenset({"name", "package", "version", "model"})
_KEYS = frozenset({"models", "output", "templates", "services"})


class ConfigError(Exception):
    """A configuration file or value that cannot be used (reported on one line)."""


@dataclass(frozen=True, kw_only=True)
class ServiceConfig:
    name: str
    """botocore's name for the service: ``models/<name>/`` and the botocore data directory."""
    package: str | None = None
    version: str | None = None
    """The API version to generate; None: the newest one under ``models/<name>/``."""
    model: Path | None = None
    """A model directory (or service-2.json) used instead of ``models/<name>/<version>``."""


@dataclass(frozen=True, kw_only=True)
class Config:
    path: Path
    """The pyproject file (which need not exist)."""
    models: Path
    output: Path
    templates: tuple[Path, ...] = ()
    services: tuple[ServiceConfig, ...] = field(default=())

    def model_dir(self, service: ServiceConfig) -> Path:
        """Where the service's model is: its ``model``, or its version under ``models``."""
        if service.model is not None:
            return service.model
        if service.version is not None:
            return self.models / service.name / service.version
        versions = api_versions(self.models / service.name)
        if not versions:
            raise ConfigError(f"{self.models / service.name}: no model of {service.name!r} "
                              "(make update-models copies it from botocore)")
        return self.models / service.name / versions[-1]

    def select(self, names: Sequence[str]) -> tuple[ServiceConfig, ...]:
        """The configured services named (all of them when ``names`` is empty)."""
        if not names:
            return self.services
        known = {service.name: service for service in self.services}
        for name in names:
            if name not in known:
                listed = ", ".join(known) or "none"
                raise ConfigError(f"--service {name}: not configured in {self.path} "
                                  f"{TABLE} services (configured: {listed})")
        return tuple(known[name] for name in dict.fromkeys(names))


def api_versions(directory: Path) -> list[str]:
    """The API versions a service's model directory holds, oldest first (they are dates)."""
    if not directory.is_dir():
        return []
    return sorted(p.name for p in directory.iterdir() if p.is_dir() and not p.name.startswith("."))


def load_config(pyproject: Path = PYPROJECT) -> Config:
    """The configuration in ``pyproject`` (defaults when the file or the table is absent)."""
    root = pyproject.parent
    table: Any = {}
    if pyproject.is_file():
        try:
            with pyproject.open("rb") as handle:
                table = tomllib.load(handle).get("tool", {}).get("botocore-codegen", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{pyproject}: not valid TOML: {exc}") from exc
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: {TABLE} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{pyproject}: {TABLE} {unknown[0]}: unknown key "
                          f"(known: {', '.join(sorted(_KEYS))})")
    templates = table.get("templates", [])
    if not isinstance(templates, list) or not all(isinstance(e, str) for e in templates):
        raise ConfigError(f"{pyproject}: {TABLE} templates must be a list of directories")
    services = table.get("services", [])
    if not isinstance(services, list):
        raise ConfigError(f"{pyproject}: {TABLE} services must be a list of services")
    parsed = tuple(_service(pyproject, index, entry) for index, entry in enumerate(services))
    names = [service.name for service in parsed]
    for index, name in enumerate(names):
        if name in names[:index]:
            raise ConfigError(f"{pyproject}: {TABLE} services[{index}]: {name!r} is listed "
                              "twice")
    return Config(
        path=pyproject,
        models=root / _path(pyproject, table, "models", "models"),
        output=root / _path(pyproject, table, "output", "generated"),
        templates=tuple(root / entry for entry in templates),
        services=parsed,
    )


def _path(pyproject: Path, table: dict[str, Any], key: str, default: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{pyproject}: {TABLE} {key} must be a directory (a string)")
    return value


def _service(pyproject: Path, index: int, entry: Any) -> ServiceConfig:
    where = f"{pyproject}: {TABLE} services[{index}]"
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a service name or a table with a name")
    unknown = sorted(set(entry) - _SERVICE_KEYS)
    if unknown:
        raise ConfigError(f"{where}.{unknown[0]}: unknown key "
                          f"(known: {', '.join(sorted(_SERVICE_KEYS))})")
    for key in _SERVICE_KEYS:
        if key in entry and (not isinstance(entry[key], str) or not entry[key]):
            raise ConfigError(f"{where}.{key}: expected a non-empty string")
    name = entry.get("name")
    if name is None or not _SERVICE_NAME.fullmatch(name):
        raise ConfigError(f"{where}.name: expected botocore's name for the service "
                          f"(lower case, like 'lightsail'), not {name!r}")
    package = entry.get("package")
    if package is not None and not is_package_name(package):
        raise ConfigError(f"{where}.package: {package!r} is not a valid Python package name")
    version = entry.get("version")
    if version is not None and ("/" in version or version.startswith(".")):
        raise ConfigError(f"{where}.version: {version!r} is not an API version")
    model = entry.get("model")
    return ServiceConfig(
        name=name,
        package=package,
        version=version,
        model=pyproject.parent / model if model is not None else None,
    )


def is_package_name(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)
