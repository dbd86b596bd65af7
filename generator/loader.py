"""Read a botocore model directory and validate it before anything is built from it.

Every problem is reported as a ModelError that names the file and the JSON path of the
offending value, on one line, so the CLI can print it and exit 2. Validation covers
everything later stages rely on: a model that passes it either generates working code
or is a bug in the generator.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .endpoint_rules import validate_partitions, validate_rule_set
from .errors import ModelError, child
from .model import WAITER_STATES, ServiceModel
from .parse import parse_service
from .protocols import REQUIRED_METADATA, SUPPORTED_PROTOCOLS, choose_protocol

SERVICE_FILE = "service-2.json"
RULES_FILE = "endpoint-rule-set-1.json"
MAX_CONTAINER_NESTING = 10
"""The most lists and maps a shape may nest with no structure in between: 2.5 times
botocore's deepest (4: location's GeofenceGeometryMultiPolygonList, a list of lists of
lists of lists of doubles). Each level nests one more ``Rule(..., item=Rule(...))`` call in
the generated validation rules, and pyright's time to check such a call doubles with every
level (measured: +0.3 s at 10 levels, +1 s at 12, +4 s at 14, +15 s at 16, for one
member); at 600 levels the generator's own walks over shapes ran out of stack."""
PARTITIONS_FILE = "partitions.json"
MAX_MODEL_BYTES = 32 << 20
"""The most a model file may hold (once decompressed): 32 MiB, over 7 times the largest
botocore 1.44 ships (ec2's service-2.json, 4.4 MB), and read no further, so that a small
gzip file cannot expand into gigabytes."""
SHAPE_TYPES = frozenset(
    {"structure", "list", "map", "string", "integer", "long", "boolean", "float", "double",
     "timestamp", "blob", "bigdecimal", "biginteger", "byte", "short", "character"}
)
JSON_VERSIONS = frozenset({"1.0", "1.1"})
TIMESTAMP_FORMATS = frozenset({"unixtimestamp", "iso8601", "rfc822"})
HTTP_METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"})
# A request URI is a path with an optional query: RFC 3986's path and query characters
# (no space, '#', quote, '<', '>' or non-ASCII), with {Label} and {Label+} placeholders.
# It is appended to the endpoint's path as it is, and its method makes the request line.
_REQUEST_URI = re.compile(r"/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|\{[A-Za-z0-9_.-]+\+?\})*")

# Names end up inside string literals, docstrings and HTTP headers of the generated code.
_BAD_NAME_CHARACTER = re.compile(r'["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]')
# Values that are written as string literals (enum values) may hold quotes and backslashes
# (they are escaped) but no characters that break lines or cannot be encoded.
_BAD_VALUE_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def load_model(path: Path) -> ServiceModel:
    """Load, validate and parse the model at ``path`` (a directory or a service-2.json)."""
    service_path = _find_service_file(path)
    directory = service_path.parent
    service = _read_json(service_path)
    validate_service(service, service_path)
    paginators_path = _existing(directory / "paginators-1.json")
    paginators = _read_json(paginators_path) if paginators_path else {}
    validate_paginators(paginators, service, paginators_path or directory / "paginators-1.json")
    waiters_path = _existing(directory / "waiters-2.json")
    waiters = _read_json(waiters_path) if waiters_path else {}
    if waiters_path:
        validate_waiters(waiters, service, waiters_path)
    rules_path = _existing(directory / RULES_FILE)
    rules = _read_json(rules_path) if rules_path else {}
    if rules_path and rules:
        validate_rule_set(rules, rules_path)
    if (directory / PARTITIONS_FILE).is_file():
        read_partitions(directory / PARTITIONS_FILE)  # the endpoint table reads it later
    return parse_service(
        service,
        service_path,
        paginators=paginators,
        waiters=waiters,
        endpoint_rule_set=rules or None,
        botocore_version=_read_version(directory / "BOTOCORE_VERSION"),
        botocore_release_date=_read_date(directory / "BOTOCORE_RELEASE_DATE"),
    )


def _read_version(path: Path) -> str:
    try:
        version = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return "unknown"
    return version if version and not _BAD_NAME_CHARACTER.search(version) else "unknown"


def _read_date(path: Path) -> str:
    """``YYYY-MM-DD`` from the file, or "unknown" (absent, unreadable or not a date)."""
    text = _read_version(path)
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else "unknown"


def _find_service_file(path: Path) -> Path:
    if path.is_file():
        return path
    if not path.exists():
        raise ModelError(path, "$", "no such file or directory")
    for name in (SERVICE_FILE, SERVICE_FILE + ".gz"):
        if (path / name).is_file():
            return path / name
    raise ModelError(path, "$", f"no {SERVICE_FILE} or {SERVICE_FILE}.gz found")


def _existing(path: Path) -> Path | None:
    for candidate in (path, path.with_name(path.name + ".gz")):
        if candidate.is_file():
            return candidate
    return None


def read_partitions(path: Path) -> dict[str, Any]:
    """A pinned partitions.json (botocore's partitions, copied next to the model), read and
    checked as a model file is."""
    partitions = _read_json(path)
    validate_partitions(partitions, path)
    return partitions


# -- JSON -------------------------------------------------------------------------


class _DuplicateKeys(dict[str, Any]):
    """A JSON object that named some keys more than once (``json`` keeps the last)."""

    duplicates: list[str]


class _ObjectHook:
    """``object_pairs_hook`` that flags objects with duplicate keys."""

    def __init__(self) -> None:
        self.found_duplicates = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        document = dict(pairs)
        if len(document) == len(pairs):
            return document
        self.found_duplicates = True
        flagged = _DuplicateKeys(document)
        seen: set[str] = set()
        flagged.duplicates = []
        for key, _ in pairs:
            if key in seen and key not in flagged.duplicates:
                flagged.duplicates.append(key)
            seen.add(key)
        return flagged


class _NonFinite(float):
    """A number JSON cannot hold: ``NaN``, ``Infinity`` (which ``json`` accepts) or one
    too large for a float (``1e400``, which Python reads as infinity), with its text."""

    text: str


class _NumberHook:
    """``parse_float`` and ``parse_constant`` that flag numbers that are not finite."""

    def __init__(self) -> None:
        self.found_non_finite = False

    def __call__(self, text: str) -> float:
        value = float(text)
        if math.isfinite(value):
            return value
        self.found_non_finite = True
        flagged = _NonFinite(value)
        flagged.text = text
        return flagged


def _read_json(path: Path) -> dict[str, Any]:
    hook, numbers = _ObjectHook(), _NumberHook()
    try:
        raw = _read_bounded(path)
        document = json.loads(
            raw, object_pairs_hook=hook, parse_float=numbers, parse_constant=numbers
        )
    except (OSError, EOFError, zlib.error) as exc:
        raise ModelError(path, "$", f"cannot read: {exc}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(path, "$", f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise ModelError(path, "$", "not valid JSON: nested too deeply") from exc
    if not isinstance(document, dict):
        raise ModelError(path, "$", "expected a JSON object at the top level")
    if hook.found_duplicates or numbers.found_non_finite:
        for where, problem in _flagged(document):
            raise ModelError(path, where, problem)
    return document


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, decompressed when it ends in ``.gz``: a stream read no further
    than MAX_MODEL_BYTES, so memory stays bounded whatever the file expands to."""
    compressed = path.suffix == ".gz"
    with gzip.open(path, "rb") if compressed else path.open("rb") as stream:
        raw = stream.read(MAX_MODEL_BYTES + 1)
    if len(raw) > MAX_MODEL_BYTES:
        after = " once decompressed" if compressed else ""
        raise ModelError(path, "$", f"more than {MAX_MODEL_BYTES >> 20} MiB{after}, too large "
                         "for a model (botocore's largest is under 5 MiB)")
    return raw


def _flagged(document: Any) -> Iterator[tuple[str, str]]:
    """(JSON path, problem) for each key an object defines twice and each number that is
    not finite, in document order."""
    stack: list[tuple[str, Any]] = [("$", document)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, _DuplicateKeys):
            for key in value.duplicates:
                yield child(where, key), (f"duplicate key {key!r}: JSON keeps only the last "
                                          "of the definitions, so the model is ambiguous")
        if isinstance(value, _NonFinite):
            yield where, f"{value.text} is not a finite number"
        if isinstance(value, dict):
            items = [(child(where, k), v) for k, v in value.items()]
        elif isinstance(value, list):
            items = [(child(where, i), v) for i, v in enumerate(value)]
        else:
            continue
        stack.extend(reversed(items))


# -- service-2.json -----------------------------------------------------------------


def validate_service(service: dict[str, Any], file: Path) -> None:
    """Check the parts of service-2.json the generator relies on."""
    for key in ("metadata", "operations", "shapes"):
        if not isinstance(service.get(key), dict):
            raise ModelError(file, f"$.{key}", "missing or not an object")
    _check_doc(service, file, "$")
    _validate_metadata(service["metadata"], file)
    shapes: dict[str, Any] = service["shapes"]
    for name, shape in shapes.items():
        _check_name(name, file, child("$.shapes", name), "shape name")
        _validate_shape(name, shape, shapes, file)
    _check_container_cycles(shapes, file)
    _check_container_nesting(shapes, file)
    errors = _error_shapes(service)
    for name, operation in service["operations"].items():
        _validate_operation(name, operation, shapes, errors, file)


def _validate_metadata(metadata: dict[str, Any], file: Path) -> None:
    listed = metadata.get("protocols")
    if listed is not None and not (
        isinstance(listed, list) and listed and all(isinstance(p, str) for p in listed)
    ):
        raise ModelError(file, "$.metadata.protocols", "expected a non-empty list of strings")
    if metadata.get("protocol") is None and listed is None:
        raise ModelError(file, "$.metadata.protocol", "missing; the model names no protocol")
    protocol = choose_protocol(metadata)
    if protocol is None:
        where = "$.metadata.protocols" if listed is not None else "$.metadata.protocol"
        names = ", ".join(repr(p) for p in listed or [metadata["protocol"]])
        raise ModelError(file, where, f"protocol {names} is not supported yet "
                         f"(supported: {', '.join(sorted(SUPPORTED_PROTOCOLS))})")
    required = ["serviceId", "endpointPrefix", *REQUIRED_METADATA.get(protocol, ())]
    for key in required:
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise ModelError(file, f"$.metadata.{key}", "missing or not a string")
    for key in ("serviceId", "targetPrefix", "endpointPrefix", "serviceFullName",
                "signingName", "apiVersion"):
        if key in metadata:
            _check_name(metadata[key], file, f"$.metadata.{key}", key)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9 _.-]*", metadata["serviceId"]):
        raise ModelError(file, "$.metadata.serviceId", f"{metadata['serviceId']!r} is not a "
                         "service id (letters, digits, spaces, '-', '_' and '.')")
    if "jsonVersion" in required and metadata["jsonVersion"] not in JSON_VERSIONS:
        raise ModelError(file, "$.metadata.jsonVersion",
                         f"unknown JSON version {metadata['jsonVersion']!r} (expected 1.0 or 1.1)")


def _check_name(name: Any, file: Path, where: str, what: str) -> None:
    if not isinstance(name, str) or not name:
        raise ModelError(file, where, f"{what} must be a non-empty string")
    bad = _BAD_NAME_CHARACTER.search(name)
    if bad:
        raise ModelError(file, where, f"{what} {name!r} contains {bad.group()!r}; names may "
                         "not contain quotes, backslashes or control characters")


def _check_doc(owner: dict[str, Any], file: Path, where: str) -> None:
    if "documentation" in owner and not isinstance(owner["documentation"], str):
        raise ModelError(file, child(where, "documentation"), "documentation must be a string")


def _validate_shape(name: str, shape: Any, shapes: dict[str, Any], file: Path) -> None:
    where = child("$.shapes", name)
    if not isinstance(shape, dict):
        raise ModelError(file, where, "shape is not an object")
    kind = shape.get("type")
    if kind not in SHAPE_TYPES:
        raise ModelError(file, f"{where}.type", f"unknown shape type {kind!r}")
    _check_doc(shape, file, where)
    if kind == "structure":
        _validate_structure(shape, shapes, file, where)
    elif kind == "list":
        _check_ref(shape.get("member"), shapes, file, f"{where}.member")
    elif kind == "map":
        _check_ref(shape.get("key"), shapes, file, f"{where}.key")
        _check_ref(shape.get("value"), shapes, file, f"{where}.value")
        key = shapes[shape["key"]["shape"]]
        key_kind = key.get("type") if isinstance(key, dict) else None
        if key_kind != "string":
            raise ModelError(file, f"{where}.key", "map keys are JSON object keys: the key "
                             f"must be a string shape, not {_a(key_kind)}")
    if "enum" in shape:
        _check_enum(shape["enum"], file, f"{where}.enum", integers=kind == "integer")
    minimum = shape.get("min", 0)
    if isinstance(minimum, bool) or not isinstance(minimum, int | float):
        raise ModelError(file, f"{where}.min", f"expected a number, not {shape['min']!r}")
    if not math.isfinite(minimum):
        raise ModelError(file, f"{where}.min", f"{minimum} is not a finite number")
    timestamp_format = shape.get("timestampFormat", "unixTimestamp")
    if not isinstance(timestamp_format, str) or timestamp_format.lower() not in TIMESTAMP_FORMATS:
        raise ModelError(file, f"{where}.timestampFormat",
                         f"unknown timestamp format {timestamp_format!r}")


def _validate_structure(shape: dict[str, Any], shapes: dict[str, Any], file: Path,
                        where: str) -> None:
    members = shape.get("members", {})
    if not isinstance(members, dict):
        raise ModelError(file, f"{where}.members", "not an object")
    for member_name, member in members.items():
        member_where = child(f"{where}.members", member_name)
        _check_name(member_name, file, member_where, "member name")
        _check_ref(member, shapes, file, member_where)
        _check_doc(member, file, member_where)
    required = shape.get("required", [])
    if not isinstance(required, list):
        raise ModelError(file, f"{where}.required", "expected a list of member names")
    for index, member_name in enumerate(required):
        if not isinstance(member_name, str) or member_name not in members:
            raise ModelError(file, f"{where}.required[{index}]",
                             f"required member {member_name!r} is not a member")
    error = shape.get("error", {})
    if not isinstance(error, dict):
        raise ModelError(file, f"{where}.error", "not an object")
    if "code" in error:
        _check_name(error["code"], file, f"{where}.error.code", "error code")


def _check_enum(values: Any, file: Path, where: str, integers: bool = False) -> None:
    """String values; an integer shape's (a Smithy intEnum) integers."""
    if integers:
        if not isinstance(values, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in values
        ):
            raise ModelError(file, where, "expected a list of integers")
        return
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ModelError(file, where, "expected a list of strings")
    for index, value in enumerate(values):
        bad = _BAD_VALUE_CHARACTER.search(value)
        if bad:
            raise ModelError(file, f"{where}[{index}]", f"enum value {value!r} contains "
                             f"{bad.group()!r}, a control or line-breaking character")


def _check_ref(ref: Any, shapes: dict[str, Any], file: Path, where: str) -> None:
    if not isinstance(ref, dict) or not isinstance(ref.get("shape"), str):
        raise ModelError(file, where, "expected an object with a 'shape' name")
    if ref["shape"] not in shapes:
        raise ModelError(file, f"{where}.shape",
                         f"references shape {ref['shape']!r}, which does not exist")


def _check_container_cycles(shapes: dict[str, Any], file: Path) -> None:
    """A list or map that contains itself with no structure in between has no type."""
    done: set[str] = set()
    for start in sorted(shapes):
        path = [start]
        while path and shapes[path[-1]]["type"] in ("list", "map"):
            target = _container_target(shapes[path[-1]])
            if target in path:
                cycle = " -> ".join([*path[path.index(target):], target])
                raise ModelError(file, child("$.shapes", path[-1]),
                                 f"lists and maps contain each other with no structure in "
                                 f"between, a type that cannot exist: {cycle}")
            if target in done:
                break
            path.append(target)
        done.update(path)


def _check_container_nesting(shapes: dict[str, Any], file: Path) -> None:
    """Lists and maps nest at most MAX_CONTAINER_NESTING levels (no cycles: checked)."""
    depths: dict[str, int] = {}
    for start in shapes:
        chain = []
        name = start
        while name not in depths and shapes[name]["type"] in ("list", "map"):
            chain.append(name)
            name = _container_target(shapes[name])
        depth = depths.get(name, 0)
        for container in reversed(chain):
            depth += 1
            depths[container] = depth
    for name, depth in depths.items():
        if depth == MAX_CONTAINER_NESTING + 1:
            raise ModelError(file, child("$.shapes", name), f"lists and maps nested {depth} "
                             f"levels deep, more than the {MAX_CONTAINER_NESTING} the generator "
                             "allows (botocore's deepest is 4)")


def _a(kind: Any) -> str:
    return f"an {kind}" if isinstance(kind, str) and kind[:1] in "aeio" else f"a {kind}"


def _container_target(shape: dict[str, Any]) -> str:
    ref: str = (shape["member"] if shape["type"] == "list" else shape["value"])["shape"]
    return ref


def _error_shapes(service: dict[str, Any]) -> set[str]:
    errors = {name for name, shape in service["shapes"].items() if shape.get("exception")}
    for operation in service["operations"].values():
        if isinstance(operation, dict) and isinstance(operation.get("errors"), list):
            errors.update(e["shape"] for e in operation["errors"]
                          if isinstance(e, dict) and isinstance(e.get("shape"), str))
    return errors


def _validate_operation(name: str, operation: Any, shapes: dict[str, Any], errors: set[str],
                        file: Path) -> None:
    where = child("$.operations", name)
    _check_name(name, file, where, "operation name")
    if not isinstance(operation, dict):
        raise ModelError(file, where, "operation is not an object")
    if operation.get("name", name) != name:
        raise ModelError(file, f"{where}.name", f"name {operation['name']!r} differs from its key")
    _check_doc(operation, file, where)
    http = operation.get("http", {})
    if not isinstance(http, dict):
        raise ModelError(file, f"{where}.http", "not an object")
    for key in ("method", "requestUri"):
        if key in http:
            _check_name(http[key], file, f"{where}.http.{key}", key)
    if "method" in http and http["method"] not in HTTP_METHODS:
        raise ModelError(file, f"{where}.http.method", f"{http['method']!r} is not an HTTP "
                         f"method ({', '.join(sorted(HTTP_METHODS))})")
    if "requestUri" in http and not _REQUEST_URI.fullmatch(http["requestUri"]):
        raise ModelError(file, f"{where}.http.requestUri", f"{http['requestUri']!r} is not a "
                         "request path: it starts with '/' and holds URL path characters, "
                         "{Label} placeholders and a query")
    for key in ("input", "output"):
        if key in operation:
            _check_ref(operation[key], shapes, file, f"{where}.{key}")
            target = operation[key]["shape"]
            if shapes[target]["type"] != "structure":
                raise ModelError(file, f"{where}.{key}", "must reference a structure")
            if target in errors:
                raise ModelError(file, f"{where}.{key}",
                                 f"references {target!r}, which is an error shape")
    if not isinstance(operation.get("errors", []), list):
        raise ModelError(file, f"{where}.errors", "expected a list")
    for index, error in enumerate(operation.get("errors", [])):
        _check_ref(error, shapes, file, f"{where}.errors[{index}]")
        if shapes[error["shape"]]["type"] != "structure":
            raise ModelError(file, f"{where}.errors[{index}]", "must reference a structure")


# -- paginators-1.json --------------------------------------------------------------

# A member path: ``nextToken``, ``ResultSet.Rows``. Anything else in an output key is a
# JMESPath expression (``Shards[-1].ShardId``), checked for its syntax only.
_MEMBER_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def validate_paginators(paginators: dict[str, Any], service: dict[str, Any], file: Path) -> None:
    """Check that each paginator names an operation, and tokens and keys its shapes have.

    Input tokens and the limit key are members of the input; the output keys are
    JMESPath expressions over the output (as botocore reads them) whose first member, for
    a plain member path, is a member of the output.
    """
    pagination = paginators.get("pagination", {})
    if not isinstance(pagination, dict):
        raise ModelError(file, "$.pagination", "not an object")
    for name, config in pagination.items():
        where = child("$.pagination", name)
        operation = service["operations"].get(name)
        if operation is None:
            raise ModelError(file, where, f"operation {name!r} does not exist")
        if not isinstance(config, dict):
            raise ModelError(file, where, "not an object")
        if "input_token" not in config or "output_token" not in config:
            raise ModelError(file, where, "needs input_token and output_token")
        input_members = _members(service, operation.get("input"))
        output_members = _members(service, operation.get("output"))
        for key in ("input_token", "limit_key"):
            for value in _strings(config, key, file, where, lists=key == "input_token"):
                if value.split(".")[0] not in input_members:
                    raise ModelError(file, f"{where}.{key}",
                                     f"names {value!r}, which is not a member of the input")
        for key in ("output_token", "result_key", "more_results", "non_aggregate_keys"):
            lists = key != "more_results"
            for value in _strings(config, key, file, where, lists=lists):
                if _MEMBER_PATH.fullmatch(value):
                    if value.split(".")[0] not in output_members:
                        raise ModelError(file, f"{where}.{key}",
                                         f"names {value!r}, which is not a member of the output")
                else:
                    _check_jmespath(value, file, f"{where}.{key}")


def _strings(config: dict[str, Any], key: str, file: Path, where: str, *,
             lists: bool) -> list[str]:
    """The string, or strings, of ``config[key]`` (none when the key is absent)."""
    value = config.get(key)
    if value is None:
        return []
    listed = lists and isinstance(value, list)
    values = value if listed else [value]
    for index, item in enumerate(values):
        if not isinstance(item, str) or not item:
            at = child(f"{where}.{key}", index) if listed else f"{where}.{key}"
            raise ModelError(file, at, f"expected a non-empty string, not {item!r}")
    return values


def _check_jmespath(expression: str, file: Path, where: str) -> None:
    import jmespath  # type: ignore[import-untyped]  # botocore's dependency; slow to import
    from jmespath.exceptions import JMESPathError  # type: ignore[import-untyped]

    try:
        jmespath.compile(expression)
    except JMESPathError as exc:
        problem = " ".join(str(exc).split())
        raise ModelError(file, where, f"{expression!r} is not a JMESPath expression: "
                         f"{problem}") from exc


def _members(service: dict[str, Any], ref: dict[str, Any] | None) -> dict[str, Any]:
    if ref is None:
        return {}
    members: dict[str, Any] = service["shapes"][ref["shape"]].get("members", {})
    return members


# -- waiters-2.json -------------------------------------------------------------------

_PATH_MATCHERS = frozenset({"path", "pathAll", "pathAny"})


def validate_waiters(waiters: dict[str, Any], service: dict[str, Any], file: Path) -> None:
    """Check what botocore's waiter reads: version 2, and for each waiter an operation of
    the service, a delay, a number of attempts and acceptors it can evaluate.

    An acceptor whose matcher is unknown passes: the generator leaves its waiter out and
    says so, rather than refusing the whole service.
    """
    if waiters.get("version") != 2:
        raise ModelError(file, "$.version", f"waiters version {waiters.get('version')!r} is "
                         "not supported (expected 2)")
    table = waiters.get("waiters")
    if not isinstance(table, dict):
        raise ModelError(file, "$.waiters", "missing or not an object")
    for name, config in table.items():
        where = child("$.waiters", name)
        _check_name(name, file, where, "waiter name")
        if not isinstance(config, dict):
            raise ModelError(file, where, "not an object")
        operation = config.get("operation")
        if not isinstance(operation, str) or operation not in service["operations"]:
            raise ModelError(file, f"{where}.operation",
                             f"operation {operation!r} does not exist")
        delay = config.get("delay")
        if isinstance(delay, bool) or not isinstance(delay, int | float) or delay < 0:
            raise ModelError(file, f"{where}.delay",
                             f"expected a number of seconds, not {delay!r}")
        attempts = config.get("maxAttempts")
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise ModelError(file, f"{where}.maxAttempts",
                             f"expected a positive integer, not {attempts!r}")
        if not isinstance(config.get("description", ""), str):
            raise ModelError(file, f"{where}.description", "expected a string")
        acceptors = config.get("acceptors")
        if not isinstance(acceptors, list) or not acceptors:
            raise ModelError(file, f"{where}.acceptors", "expected a non-empty list")
        for index, acceptor in enumerate(acceptors):
            _validate_acceptor(acceptor, file, child(f"{where}.acceptors", index))


def _validate_acceptor(acceptor: Any, file: Path, where: str) -> None:
    if not isinstance(acceptor, dict):
        raise ModelError(file, where, "not an object")
    state = acceptor.get("state")
    if state not in WAITER_STATES:
        raise ModelError(file, f"{where}.state", f"unknown state {state!r} (expected one of "
                         f"{', '.join(WAITER_STATES)})")
    matcher = acceptor.get("matcher")
    if not isinstance(matcher, str) or not matcher:
        raise ModelError(file, f"{where}.matcher", "expected a non-empty string")
    if "expected" not in acceptor:
        raise ModelError(file, where, "needs expected")
    expected = acceptor["expected"]
    if isinstance(expected, list | dict):
        raise ModelError(file, f"{where}.expected",
                         f"expected a string, number or boolean, not {expected!r}")
    if matcher in _PATH_MATCHERS:
        argument = acceptor.get("argument")
        if not isinstance(argument, str) or not argument:
            raise ModelError(file, f"{where}.argument",
                             f"a {matcher} matcher needs a JMESPath expression")
        _check_jmespath(argument, file, f"{where}.argument")
    elif matcher == "status" and (isinstance(expected, bool) or not isinstance(expected, int)):
        raise ModelError(file, f"{where}.expected",
                         f"a status matcher expects an HTTP status code, not {expected!r}")
    elif matcher == "error" and not isinstance(expected, str | bool):
        raise ModelError(file, f"{where}.expected",
                         f"an error matcher expects an error code or a boolean, "
                         f"not {expected!r}")
