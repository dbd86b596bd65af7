"""Read a botocore model directory and validate it before anything is built from it.

Every problem is reported as a ModelError that names the file and the JSON path, so the
CLI can print one line and exit 2.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SERVICE_FILE = "service-2.json"
OPTIONAL_FILES = ("paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json")
SHAPE_TYPES = frozenset(
    {"structure", "list", "map", "string", "integer", "long", "boolean", "float", "double",
     "timestamp", "blob", "bigdecimal", "biginteger", "byte", "short", "character"}
)
SUPPORTED_PROTOCOLS = frozenset({"json"})


class ModelError(Exception):
    """A model that cannot be generated from, located by file and JSON path."""

    def __init__(self, file: Path | str, path: str, problem: str) -> None:
        super().__init__(f"{file}: {path}: {problem}")
        self.file = str(file)
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class ModelFiles:
    """The parsed JSON documents of one service model, with where they came from."""

    service_path: Path
    service: dict[str, Any]
    paginators_path: Path | None = None
    paginators: dict[str, Any] = field(default_factory=dict)
    waiters: dict[str, Any] = field(default_factory=dict)
    endpoint_rule_set: dict[str, Any] | None = None
    botocore_version: str = "unknown"
    """The botocore release the model was copied from (its BOTOCORE_VERSION file)."""


def load_model(path: Path) -> ModelFiles:
    """Load and validate the model at ``path`` (a directory or a service-2.json file)."""
    service_path = _find_service_file(path)
    directory = service_path.parent
    service = _read_json(service_path)
    validate_service(service, service_path)
    paginators_path = directory / "paginators-1.json"
    paginators = _read_optional(paginators_path)
    validate_paginators(paginators, service, paginators_path)
    return ModelFiles(
        service_path=service_path,
        service=service,
        paginators_path=paginators_path if paginators else None,
        paginators=paginators,
        waiters=_read_optional(directory / "waiters-2.json"),
        endpoint_rule_set=_read_optional(directory / "endpoint-rule-set-1.json") or None,
        botocore_version=_read_version(directory / "BOTOCORE_VERSION"),
    )


def _read_version(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


def _find_service_file(path: Path) -> Path:
    if path.is_file():
        return path
    for name in (SERVICE_FILE, SERVICE_FILE + ".gz"):
        if (path / name).is_file():
            return path / name
    raise ModelError(path, "$", f"no {SERVICE_FILE} or {SERVICE_FILE}.gz found")


def _read_optional(path: Path) -> dict[str, Any]:
    for candidate in (path, path.with_name(path.name + ".gz")):
        if candidate.is_file():
            return _read_json(candidate)
    return {}


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        document = json.loads(raw)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise ModelError(path, "$", f"cannot read: {exc}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(path, "$", f"not valid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise ModelError(path, "$", "expected a JSON object at the top level")
    return document


def validate_service(service: dict[str, Any], file: Path) -> None:
    """Check the parts of service-2.json the generator relies on."""
    for key in ("metadata", "operations", "shapes"):
        if not isinstance(service.get(key), dict):
            raise ModelError(file, f"$.{key}", "missing or not an object")
    metadata = service["metadata"]
    protocol = metadata.get("protocol")
    if protocol not in SUPPORTED_PROTOCOLS:
        raise ModelError(file, "$.metadata.protocol", f"protocol {protocol!r} is not supported yet")
    for key in ("serviceId", "targetPrefix", "jsonVersion", "endpointPrefix"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise ModelError(file, f"$.metadata.{key}", "missing or not a string")
    if metadata["jsonVersion"] not in ("1.0", "1.1"):
        raise ModelError(file, "$.metadata.jsonVersion", f"unknown JSON version {metadata['jsonVersion']!r}")
    shapes = service["shapes"]
    for name, shape in shapes.items():
        _validate_shape(name, shape, shapes, file)
    for name, operation in service["operations"].items():
        _validate_operation(name, operation, shapes, file)


def _validate_shape(name: str, shape: Any, shapes: dict[str, Any], file: Path) -> None:
    where = f"$.shapes.{name}"
    if not isinstance(shape, dict):
        raise ModelError(file, where, "shape is not an object")
    kind = shape.get("type")
    if kind not in SHAPE_TYPES:
        raise ModelError(file, f"{where}.type", f"unknown shape type {kind!r}")
    if kind == "structure":
        members = shape.get("members", {})
        if not isinstance(members, dict):
            raise ModelError(file, f"{where}.members", "not an object")
        for member_name, member in members.items():
            _check_ref(member, shapes, file, f"{where}.members.{member_name}")
        for required in shape.get("required", []):
            if required not in members:
                raise ModelError(file, f"{where}.required", f"required member {required!r} is not a member")
    elif kind == "list":
        _check_ref(shape.get("member"), shapes, file, f"{where}.member")
    elif kind == "map":
        _check_ref(shape.get("key"), shapes, file, f"{where}.key")
        _check_ref(shape.get("value"), shapes, file, f"{where}.value")
    if "enum" in shape and not (
        isinstance(shape["enum"], list) and all(isinstance(v, str) for v in shape["enum"])
    ):
        raise ModelError(file, f"{where}.enum", "expected a list of strings")


def _check_ref(ref: Any, shapes: dict[str, Any], file: Path, where: str) -> None:
    if not isinstance(ref, dict) or not isinstance(ref.get("shape"), str):
        raise ModelError(file, where, "expected an object with a 'shape' name")
    if ref["shape"] not in shapes:
        raise ModelError(file, f"{where}.shape", f"references shape {ref['shape']!r}, which does not exist")


def _validate_operation(name: str, operation: Any, shapes: dict[str, Any], file: Path) -> None:
    where = f"$.operations.{name}"
    if not isinstance(operation, dict):
        raise ModelError(file, where, "operation is not an object")
    if operation.get("name", name) != name:
        raise ModelError(file, f"{where}.name", f"name {operation['name']!r} differs from its key")
    for key in ("input", "output"):
        if key in operation:
            _check_ref(operation[key], shapes, file, f"{where}.{key}")
            if shapes[operation[key]["shape"]]["type"] != "structure":
                raise ModelError(file, f"{where}.{key}", "must reference a structure")
    for index, error in enumerate(operation.get("errors", [])):
        _check_ref(error, shapes, file, f"{where}.errors[{index}]")


def validate_paginators(paginators: dict[str, Any], service: dict[str, Any], file: Path) -> None:
    """Check that each paginator names an operation and tokens/keys its shapes have."""
    for name, config in paginators.get("pagination", {}).items():
        where = f"$.pagination.{name}"
        operation = service["operations"].get(name)
        if operation is None:
            raise ModelError(file, where, f"operation {name!r} does not exist")
        input_members = _members(service, operation.get("input"))
        output_members = _members(service, operation.get("output"))
        checks = (
            ("input_token", input_members),
            ("output_token", output_members),
            ("result_key", output_members),
            ("limit_key", input_members),
        )
        for key, members in checks:
            for value in _as_list(config.get(key)):
                if not isinstance(value, str) or value.split(".")[0] not in members:
                    raise ModelError(file, f"{where}.{key}", f"names {value!r}, which is not a member")
        if "input_token" not in config or "output_token" not in config:
            raise ModelError(file, where, "needs input_token and output_token")


def _members(service: dict[str, Any], ref: dict[str, Any] | None) -> dict[str, Any]:
    if ref is None:
        return {}
    members: dict[str, Any] = service["shapes"][ref["shape"]].get("members", {})
    return members


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
