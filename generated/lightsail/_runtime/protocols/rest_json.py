"""The rest-json protocol, as botocore's RestJSONSerializer and RestJSONParser speak it.

An operation has its own HTTP method and URI template. Input members bound to the URI,
the query string or headers (``OperationSpec.bindings``) are formatted here, the others
go in a JSON body; a ``payload`` member is the whole body instead (a structure as JSON,
a blob or string as it is). Responses bind members to headers and the status code the
same way (``OperationSpec.result_bindings``). Errors name their code in the
``X-Amzn-Errortype`` header or the body's ``code`` (else ``__type``).
"""

from __future__ import annotations

import base64
import http.client
import json
import re
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import quote

from ..errors import ParamValidationError, Problem, ResponseParserError, ServiceError
from ..transport import Body, Response
from ..values import (
    float_to_wire,
    parse_timestamp,
    timestamp_to_epoch,
    timestamp_to_iso8601,
    timestamp_to_rfc822,
)
from . import Binding, HttpRequest, OperationSpec
from .json import decode_body, error_body, failure_reason, is_generic_error

_LABEL = re.compile(r"\{(.*?)\}")
_RAW_PAYLOADS = frozenset({"blob", "string"})
_TIMESTAMP_WRITERS = {
    "iso8601": timestamp_to_iso8601,
    "rfc822": timestamp_to_rfc822,
    "unixtimestamp": timestamp_to_epoch,
}


class RestJsonProtocol:
    """``application/json`` bodies, with members bound to the URI and headers.

    ``headers`` are sent with every request that does not set them itself (botocore
    adds ``Accept: application/json`` to API Gateway's).
    """

    def __init__(self, headers: Mapping[str, str] | None = None) -> None:
        self.headers = dict(headers or {})

    def serialize(
        self, operation: OperationSpec, body: Mapping[str, Any]
    ) -> HttpRequest:
        values = dict(body)
        labels: dict[str, str] = {}
        query: dict[str, list[Any]] = {}
        headers: dict[str, str] = {}
        payload: Binding | None = None
        payload_value: Any = None
        for binding in operation.bindings:
            value = values.pop(binding.key, None)
            if binding.location == "payload":
                payload, payload_value = binding, value
            elif value is not None:
                _bind(binding, value, labels, query, headers)
        content: Body
        if payload is not None:
            content = _payload(payload, payload_value)
        elif values:
            content = json.dumps(values).encode("utf-8")
        else:
            content = b"{}" if operation.json_body else b""
        for name, value in self.headers.items():
            if not _has_header(headers, name.lower()):
                headers[name] = value
        raw = payload is not None and payload.kind in _RAW_PAYLOADS
        if content and not raw and not _has_header(headers, "content-type"):
            headers["Content-Type"] = "application/json"
        uri = _render_uri(operation.request_uri, labels)
        if query:  # after a query the URI template may have ("/path?versions")
            uri += ("&" if "?" in uri else "?") + _encode_query(query)
        return HttpRequest(headers, content, uri)

    def parse(
        self, response: Response, operation: OperationSpec | None = None
    ) -> dict[str, Any]:
        bindings = operation.result_bindings if operation else ()
        parsed = read_bindings(bindings, response)
        payload = next((b for b in bindings if b.location == "payload"), None)
        if payload is not None and payload.kind in _RAW_PAYLOADS:
            data = response.body
            if payload.kind == "string":
                parsed[payload.key] = data.decode()
            else:  # streamed, as botocore streams every blob payload
                parsed[payload.key] = response.stream or data
            return parsed
        try:
            document = decode_body(response.body)
        except (ValueError, RecursionError) as exc:
            # Raised anew, not from exc: JSONDecodeError keeps the whole body (.doc).
            reason = failure_reason(exc)
        else:
            if payload is not None:
                parsed[payload.key] = document
            else:
                parsed.update(document)
            return parsed
        raise ResponseParserError(
            reason,
            http_status=response.status,
            request_id=response.headers.get("x-amzn-requestid"),
            body=response.body,
        )

    def parse_error(
        self,
        response: Response,
        errors: Mapping[str, type[ServiceError]],
        base: type[ServiceError],
    ) -> ServiceError:
        body: dict[str, Any]
        if is_generic_error(response):
            body = {}
            code: Any = str(response.status)
            message: Any = http.client.responses.get(response.status, "")
        else:
            body = error_body(response.body)
            code = error_code(response.headers, body, response.status)
            message = body.get("message", body.get("Message", ""))
        code = "" if code is None else str(code)
        cls = errors.get(code, base)
        bindings: tuple[Binding, ...] = getattr(cls, "BINDINGS", ())
        if bindings:  # the error's members bound to headers, beside its body
            body = {**body, **read_bindings(bindings, response)}
        return cls(
            "" if message is None else str(message),
            code=code,
            http_status=response.status,
            request_id=response.headers.get("x-amzn-requestid"),
            body=body,
        )


def error_code(headers: Mapping[str, str], body: Mapping[str, Any], status: int) -> Any:
    """botocore's RestJSONParser: the ``X-Amzn-Errortype`` header, else the body's
    ``code`` (or ``Code``), else its ``__type``, else the status; without namespace
    or suffix."""
    code: Any = body.get("__type", str(status))
    if "x-amzn-errortype" in headers:
        code = headers["x-amzn-errortype"]
    elif "code" in body or "Code" in body:
        code = body.get("code", body.get("Code", ""))
    if isinstance(code, str):
        code = code.split(":", 1)[0].rsplit("#", 1)[-1]
    return code


# -- requests -------------------------------------------------------------------------


def _bind(
    binding: Binding,
    value: Any,
    labels: dict[str, str],
    query: dict[str, list[Any]],
    headers: dict[str, str],
) -> None:
    """Put one member's value where its binding says, formatted as botocore does."""
    location = binding.location
    if location == "uri":
        labels[binding.key] = _uri_value(binding.kind, binding.format, value)
    elif location == "querystring":
        if (
            binding.kind == "map"
        ):  # its keys are the query's, its values strings or lists
            entries = cast("Mapping[str, Any]", value)
            for name, item in entries.items():
                query[name] = [*item] if binding.item == "list" else [item]
        elif binding.kind == "list":
            query[binding.key] = [
                _uri_value(binding.item, binding.format, item) for item in value
            ]
        else:
            query[binding.key] = [_uri_value(binding.kind, binding.format, value)]
    elif location == "header":
        if binding.kind == "list" and not value:
            return  # botocore sends no header for an empty list
        headers[binding.key] = _header_value(binding, value)
    elif location == "headers":
        for name, item in value.items():
            headers[binding.key + name] = item


def _uri_value(kind: str, timestamp_format: str, value: Any) -> Any:
    """A URI label or query value, before percent-encoding."""
    if kind == "boolean":
        return str(value).lower()
    if kind == "timestamp":
        return _timestamp(value, timestamp_format or "iso8601")
    if kind == "float":
        return str(float_to_wire(value))
    return value


def _header_value(binding: Binding, value: Any) -> str:
    kind = binding.kind
    if kind == "timestamp":
        # Whole seconds first, whatever the format, as botocore sends them.
        seconds = parse_timestamp(value).replace(microsecond=0)
        return str(_timestamp(seconds, binding.format or "rfc822"))
    if kind == "list":
        item = Binding(binding.key, "header", binding.item, format=binding.format)
        return ",".join(
            (
                _header_list_string(v)
                if binding.item == "string"
                else _header_value(item, v)
            )
            for v in value
            if v is not None
        )
    if kind == "jsonvalue":
        text = json.dumps(value, separators=(",", ":"))
        return base64.b64encode(text.encode("utf-8")).decode("utf-8")
    if kind == "boolean":
        return str(value).lower()
    if kind == "float":
        return str(float_to_wire(value))
    return str(value)


def _header_list_string(value: str) -> str:
    """A list item quoted when it holds a comma or a double quote."""
    if '"' in value or "," in value:
        return '"' + value.replace('"', '\\"') + '"'
    return value


def _timestamp(value: Any, timestamp_format: str) -> Any:
    return _TIMESTAMP_WRITERS[timestamp_format.lower()](parse_timestamp(value))


def _payload(binding: Binding, value: Any) -> Body:
    """The body when one member is all of it: a blob or string as it is (a binary
    file-like object is streamed by the transport), a structure as JSON."""
    if binding.kind in _RAW_PAYLOADS:
        if value is None:
            return b""
        if isinstance(value, str):
            return value.encode("utf-8")
        if isinstance(value, bytes | bytearray):
            return bytes(value)
        stream: Body = value
        return stream
    return b"{}" if value is None else json.dumps(value).encode("utf-8")


def _render_uri(template: str, labels: Mapping[str, str]) -> str:
    """The request URI with its labels filled in, percent-encoded (a greedy ``{Key+}``
    label keeps its slashes)."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        greedy = name.endswith("+")
        value = labels.get(name[:-1] if greedy else name)
        if value is None:
            problem = Problem(name.rstrip("+"), "required in the URI", "missing")
            raise ParamValidationError([problem])
        return _percent_encode(value, "/~" if greedy else "-._~")

    return _LABEL.sub(fill, template)


def _encode_query(query: Mapping[str, list[Any]]) -> str:
    """botocore's ``percent_encode_sequence``: a key is repeated for each value."""
    return "&".join(
        f"{_percent_encode(key)}={_percent_encode(item)}"
        for key, items in query.items()
        for item in items
    )


def _percent_encode(value: Any, safe: str = "-._~") -> str:
    if not isinstance(value, bytes | str):
        value = str(value)
    return quote(value, safe=safe)


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    return any(key.lower() == name for key in headers)


# -- responses ------------------------------------------------------------------------


def read_bindings(bindings: tuple[Binding, ...], response: Response) -> dict[str, Any]:
    """The members a response carries in its headers and status code, by key."""
    parsed: dict[str, Any] = {}
    headers = response.headers
    for binding in bindings:
        location = binding.location
        if location == "statusCode":
            parsed[binding.key] = response.status
        elif location == "headers":
            # Keys as the server wrote them, as botocore's parser gives them.
            prefix = (binding.key if binding.prefix is None else binding.prefix).lower()
            parsed[binding.key] = {
                name[len(prefix) :]: value
                for name, value in response.raw_headers or headers.items()
                if name.lower().startswith(prefix)
            }
        elif location == "header":
            value = headers.get(binding.key.lower())
            if value is not None:
                parsed[binding.key] = _header_member(binding, value, response)
    return parsed


def _header_member(binding: Binding, value: str, response: Response) -> Any:
    """A header member's value; ResponseParserError, quoting none of the header, when
    it does not parse."""
    try:
        return _read_header(binding.kind, binding.item, value)
    except (ValueError, RecursionError) as exc:  # binascii.Error is a ValueError
        reason = f"header {binding.key}: {failure_reason(exc)}"
    raise ResponseParserError(
        reason,
        http_status=response.status,
        request_id=response.headers.get("x-amzn-requestid"),
        body=response.body,
    )


def _read_header(kind: str, item: str, value: str) -> Any:
    """A header's value as botocore's RestJSONParser reads it."""
    if kind == "list":
        return [_read_header(item, "", part.strip()) for part in value.split(",")]
    if kind == "jsonvalue":
        return json.loads(base64.b64decode(value).decode("utf-8"))
    if kind == "timestamp":
        return parse_timestamp(value)
    if kind == "integer":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "boolean":
        return value.lower() == "true"
    if kind == "blob":
        return base64.b64decode(value)
    return value
