"""Turn validated service-2.json, paginators-1.json and waiters-2.json documents into the
typed model.

The loader has checked the structure later stages rely on (shape kinds, references,
names); here each trait is read with the type it must have, and a trait of the wrong
type is a one-line ModelError naming the file and JSON path, like every other.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

from .errors import ModelError, child
from .model import (
    SCALAR_KINDS,
    Acceptor,
    AnyShape,
    Deprecation,
    DocumentShape,
    EnumShape,
    ErrorTrait,
    HttpChecksum,
    IntEnumShape,
    ListShape,
    Location,
    MapShape,
    Member,
    Metadata,
    Operation,
    Paginator,
    Ref,
    ScalarShape,
    ServiceModel,
    StructureShape,
    UnionShape,
    Waiter,
    WaiterState,
    XmlNamespace,
)
from .protocols import choose_protocol

T = TypeVar("T")
LOCATIONS = ("body", "uri", "querystring", "header", "headers", "statusCode")


class _Reader:
    """One JSON object of the model with its path, read with types checked."""

    def __init__(self, data: Mapping[str, Any], file: Path, path: str) -> None:
        self.data = data
        self.file = file
        self.path = path

    def fail(self, key: str, problem: str) -> ModelError:
        return ModelError(self.file, child(self.path, key), problem)

    def get(self, key: str, kind: type[T], default: T) -> T:
        value = self.data.get(key, default)
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            raise self.fail(key, f"expected {_KIND_NAMES.get(kind, kind.__name__)}, "
                                 f"not {_json_text(value)}")
        return value

    def text(self, key: str) -> str:
        return self.get(key, str, "")

    def flag(self, key: str) -> bool:
        return self.get(key, bool, False)

    def number(self, key: str) -> int | float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"expected a number, not {_json_text(value)}")
        if not math.isfinite(value):
            raise self.fail(key, f"{value} is not a finite number")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise ModelError(self.file, child(child(self.path, key), index),
                                 f"expected a string, not {_json_text(value)}")
        return tuple(values)

    def inner(self, key: str) -> _Reader | None:
        """The object at ``key``, or None when the key is absent."""
        if key not in self.data:
            return None
        return _Reader(self.get(key, dict, {}), self.file, child(self.path, key))


_KIND_NAMES = {str: "a string", bool: "true or false", int: "an integer", list: "a list",
               dict: "an object"}


def _json_text(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_service(
    service: dict[str, Any],
    file: Path,
    *,
    paginators: dict[str, Any],
    endpoint_rule_set: dict[str, Any] | None,
    botocore_version: str,
    botocore_release_date: str = "unknown",
    waiters: dict[str, Any] | None = None,
) -> ServiceModel:
    root = _Reader(service, file, "$")
    shapes = {
        name: _shape(name, _Reader(raw, file, child("$.shapes", name)))
        for name, raw in service["shapes"].items()
    }
    operations_reader = _required(root.inner("operations"))
    operations = {
        name: _operation(name, _required(operations_reader.inner(name)), shapes)
        for name in service["operations"]
    }
    pages = paginators.get("pagination", {})
    return ServiceModel(
        metadata=_metadata(_required(root.inner("metadata"))),
        documentation=root.text("documentation"),
        operations=operations,
        shapes=shapes,
        paginators={name: _paginator(name, config) for name, config in pages.items()},
        endpoint_rule_set=endpoint_rule_set,
        source=file,
        botocore_version=botocore_version,
        botocore_release_date=botocore_release_date,
        waiters={name: _waiter(name, config) for name, config in
                 (waiters or {}).get("waiters", {}).items()},
        client_context_params=tuple(root.get("clientContextParams", dict, {})),
        endpoint_parameters={
            name: spec.get("builtIn", "")
            for name, spec in (endpoint_rule_set or {}).get("parameters", {}).items()
        },
        endpoint_auth_schemes=_auth_schemes(endpoint_rule_set or {}),
    )


def _auth_schemes(rule_set: dict[str, Any]) -> frozenset[frozenset[str]]:
    """The scheme names of every endpoint's ``authSchemes`` (the loader checked the rule
    set's shape, size and depth)."""
    found: set[frozenset[str]] = set()
    pending: list[Any] = [rule_set.get("rules", [])]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            schemes = node.get("authSchemes")
            if isinstance(schemes, list):
                names = frozenset(str(s.get("name")) for s in schemes if isinstance(s, dict))
                if names:
                    found.add(names)
            pending.extend(node.values())
    return frozenset(found)


def _required(reader: _Reader | None) -> _Reader:
    assert reader is not None  # the loader checked it is there
    return reader


def _metadata(meta: _Reader) -> Metadata:
    protocol = choose_protocol(meta.data)
    assert protocol is not None  # the loader refused the model otherwise
    listed = meta.texts("protocols") or (meta.text("protocol"),)
    return Metadata(
        service_id=meta.text("serviceId"),
        endpoint_prefix=meta.text("endpointPrefix"),
        protocol=protocol,
        protocols=listed,
        api_version=meta.text("apiVersion"),
        service_full_name=meta.text("serviceFullName"),
        signing_name=meta.text("signingName"),
        signature_version=meta.text("signatureVersion"),
        target_prefix=meta.text("targetPrefix"),
        json_version=meta.text("jsonVersion"),
        xml_namespace=meta.text("xmlNamespace"),
        auth=meta.texts("auth"),
        uid=meta.text("uid"),
    )


# -- shapes ---------------------------------------------------------------------------


def _deprecation(owner: _Reader) -> Deprecation | None:
    if not owner.flag("deprecated"):
        return None
    return Deprecation(message=owner.text("deprecatedMessage"), since=owner.text("deprecatedSince"))


def _xml_namespace(owner: _Reader) -> XmlNamespace | None:
    value = owner.data.get("xmlNamespace")
    if value is None:
        return None
    if isinstance(value, str):  # metadata-style: the URI alone
        return XmlNamespace(uri=value)
    namespace = _required(owner.inner("xmlNamespace"))
    return XmlNamespace(uri=namespace.text("uri"), prefix=namespace.text("prefix"))


def _ref(ref: _Reader) -> dict[str, Any]:
    """The keyword arguments of a Ref read from a reference object."""
    location = ref.text("location") or "body"
    if location not in LOCATIONS:
        raise ref.fail("location", f"unknown location {location!r} "
                                   f"(expected one of {', '.join(LOCATIONS[1:])})")
    context = ref.inner("contextParam")
    return {
        "target": ref.text("shape"),
        "documentation": ref.text("documentation"),
        "location": cast("Location", location),
        "location_name": ref.text("locationName"),
        "query_name": ref.text("queryName"),
        "host_label": ref.flag("hostLabel"),
        "idempotency_token": ref.flag("idempotencyToken"),
        "jsonvalue": ref.flag("jsonvalue"),
        "timestamp_format": ref.text("timestampFormat").lower(),
        "xml_namespace": _xml_namespace(ref),
        "xml_attribute": ref.flag("xmlAttribute"),
        "flattened": ref.flag("flattened"),
        "streaming": ref.flag("streaming"),
        "event_payload": ref.flag("eventpayload"),
        "event_header": ref.flag("eventheader"),
        "context_param": context.text("name") if context else "",
        "deprecated": _deprecation(ref),
    }


def _shape(name: str, shape: _Reader) -> AnyShape:
    kind = shape.text("type")
    common: dict[str, Any] = {
        "name": name,
        "documentation": shape.text("documentation"),
        "deprecated": _deprecation(shape),
        "sensitive": shape.flag("sensitive"),
    }
    if kind == "structure":
        return _structure(shape, common)
    if kind == "list":
        return ListShape(member=Ref(**_ref(_required(shape.inner("member")))),
                         **_sized(shape, common))
    if kind == "map":
        return MapShape(key=Ref(**_ref(_required(shape.inner("key")))),
                        value=Ref(**_ref(_required(shape.inner("value")))),
                        **_sized(shape, common))
    assert kind in SCALAR_KINDS, kind
    if "enum" in shape.data and kind == "string":
        return EnumShape(values=tuple(dict.fromkeys(shape.texts("enum"))),
                         min=shape.number("min"), **common)
    if "enum" in shape.data and kind == "integer":
        return IntEnumShape(values=tuple(dict.fromkeys(shape.get("enum", list, []))), **common)
    return ScalarShape(
        kind=kind,
        min=shape.number("min"),
        max=shape.number("max"),
        pattern=shape.text("pattern"),
        timestamp_format=shape.text("timestampFormat").lower(),
        streaming=shape.flag("streaming"),
        requires_length=shape.flag("requiresLength"),
        **common,
    )


def _sized(shape: _Reader, common: dict[str, Any]) -> dict[str, Any]:
    return {
        **common,
        "min": shape.number("min"),
        "max": shape.number("max"),
        "flattened": shape.flag("flattened"),
        "sparse": shape.flag("sparse"),
    }


def _structure(shape: _Reader, common: dict[str, Any]) -> AnyShape:
    if shape.flag("document"):
        return DocumentShape(**common)
    members_reader = shape.inner("members") or _Reader({}, shape.file, shape.path)
    required = set(shape.texts("required"))
    members = tuple(
        Member(name=member, required=member in required,
               **_ref(_required(members_reader.inner(member))))
        for member in members_reader.data
    )
    error = shape.inner("error")
    retryable = shape.inner("retryable")
    kind = UnionShape if shape.flag("union") else StructureShape
    return kind(
        members=members,
        exception=shape.flag("exception"),
        fault=shape.flag("fault"),
        error=_error_trait(error) if error else None,
        payload=shape.text("payload"),
        event=shape.flag("event"),
        event_stream=shape.flag("eventstream"),
        xml_namespace=_xml_namespace(shape),
        retryable_throttling=retryable.flag("throttling") if retryable else None,
        **common,
    )


def _error_trait(error: _Reader) -> ErrorTrait:
    status = error.data.get("httpStatusCode")
    if status is not None and (isinstance(status, bool) or not isinstance(status, int)):
        raise error.fail("httpStatusCode", f"expected an integer, not {_json_text(status)}")
    return ErrorTrait(code=error.text("code"), http_status=status,
                      sender_fault=error.flag("senderFault"))


# -- operations -----------------------------------------------------------------------


def _operation(name: str, op: _Reader, shapes: Mapping[str, AnyShape]) -> Operation:
    http = op.inner("http")
    endpoint = op.inner("endpoint")
    discovery = op.inner("endpointdiscovery")
    compression = op.inner("requestcompression")
    input_name = _target(op.inner("input"))
    output_name = _target(op.inner("output"))
    return Operation(
        name=name,
        documentation=op.text("documentation"),
        http_method=(http.text("method") if http else "") or "POST",
        request_uri=(http.text("requestUri") if http else "") or "/",
        response_code=(http.get("responseCode", int, 0) or None) if http else None,
        input=input_name,
        output=output_name,
        errors=tuple(error["shape"] for error in op.get("errors", list, [])),
        deprecated=_deprecation(op),
        host_prefix=endpoint.text("hostPrefix") if endpoint else "",
        http_checksum=_http_checksum(op.inner("httpChecksum")),
        checksum_required=op.flag("httpChecksumRequired"),
        auth=op.texts("auth"),
        auth_type=op.text("authtype"),
        idempotent=op.flag("idempotent"),
        unsigned_payload=op.flag("unsignedPayload"),
        static_context_params=_static_context(op.inner("staticContextParams")),
        operation_context_params=_operation_context(op.inner("operationContextParams")),
        endpoint_discovery_required=discovery.flag("required") if discovery else None,
        request_compression=compression.texts("encodings") if compression else (),
        event_stream_input=_has_event_stream(input_name, shapes),
        event_stream_output=_has_event_stream(output_name, shapes),
    )


def _target(ref: _Reader | None) -> str | None:
    return ref.text("shape") if ref else None


def _has_event_stream(name: str | None, shapes: Mapping[str, AnyShape]) -> bool:
    structure = shapes.get(name or "")
    if not isinstance(structure, StructureShape):
        return False
    return any(
        isinstance(target := shapes[m.target], StructureShape) and target.event_stream
        for m in structure.members
    )


def _http_checksum(checksum: _Reader | None) -> HttpChecksum | None:
    if checksum is None:
        return None
    return HttpChecksum(
        request_algorithm_member=checksum.text("requestAlgorithmMember"),
        request_checksum_required=checksum.flag("requestChecksumRequired"),
        request_validation_mode_member=checksum.text("requestValidationModeMember"),
        response_algorithms=checksum.texts("responseAlgorithms"),
    )


def _static_context(params: _Reader | None) -> dict[str, Any]:
    if params is None:
        return {}
    values = {}
    for name in params.data:
        param = _required(params.inner(name))
        if "value" not in param.data:
            raise param.fail("value", "missing")
        values[name] = param.data["value"]
    return values


def _operation_context(params: _Reader | None) -> dict[str, str]:
    if params is None:
        return {}
    return {name: _required(params.inner(name)).text("path") for name in params.data}


def _paginator(operation: str, config: dict[str, Any]) -> Paginator:
    """The loader checked every key names members of the operation's shapes."""

    def paths(key: str) -> tuple[str, ...]:
        value = config.get(key)
        if value is None:
            return ()
        return tuple(value) if isinstance(value, list) else (value,)

    return Paginator(
        operation=operation,
        input_token=paths("input_token"),
        output_token=paths("output_token"),
        result_key=paths("result_key"),
        limit_key=config.get("limit_key") or "",
        more_results=config.get("more_results") or "",
        non_aggregate_keys=paths("non_aggregate_keys"),
    )


def _waiter(name: str, config: dict[str, Any]) -> Waiter:
    """The loader checked every key the waiter needs and its type."""
    return Waiter(
        name=name,
        operation=config["operation"],
        delay=config["delay"],
        max_attempts=config["maxAttempts"],
        description=config.get("description", ""),
        acceptors=tuple(
            Acceptor(
                state=cast("WaiterState", acceptor["state"]),
                matcher=acceptor["matcher"],
                expected=acceptor["expected"],
                argument=acceptor.get("argument") or "",
            )
            for acceptor in config["acceptors"]
        ),
    )
