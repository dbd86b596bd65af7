"""The JSON 1.0/1.1 protocol: request headers and bodies, and error responses.

Every request is a POST of a JSON document to the operation's URI ("/"), named by the
``X-Amz-Target`` header; every response body is a JSON document.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Mapping
from typing import Any, cast

from ..errors import ResponseParserError, ServiceError
from ..transport import Response
from . import HttpRequest, OperationSpec


class JsonProtocol:
    """``application/x-amz-json-<version>`` requests and responses."""

    def __init__(self, json_version: str) -> None:
        self.content_type = f"application/x-amz-json-{json_version}"

    def serialize(
        self, operation: OperationSpec, body: Mapping[str, Any]
    ) -> HttpRequest:
        headers = {"X-Amz-Target": operation.target, "Content-Type": self.content_type}
        return HttpRequest(headers, encode_body(body))

    def parse(
        self, response: Response, operation: OperationSpec | None = None
    ) -> dict[str, Any]:
        try:
            return decode_body(response.body)
        except (ValueError, RecursionError) as exc:
            # Raised anew, not from exc: JSONDecodeError keeps the whole body (.doc).
            reason = failure_reason(exc)
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
        return parse_error(response, errors, base)


def encode_body(body: Mapping[str, Any]) -> bytes:
    """The request body as botocore writes it ("{}" when there is nothing to send)."""
    return json.dumps(body).encode("utf-8")


def decode_body(data: bytes) -> dict[str, Any]:
    """A successful response body; an empty body is an empty result.

    Raises ValueError (JSONDecodeError, UnicodeDecodeError) or RecursionError for a body
    that is not JSON.
    """
    if not data:
        return {}
    parsed = json.loads(data)
    return _json_object(parsed)


def error_code(headers: Mapping[str, str], body: Mapping[str, Any]) -> str:
    """The header first, then ``__type``, then ``code``; without namespace or suffix."""
    raw = (
        headers.get("x-amzn-errortype") or body.get("__type") or body.get("code") or ""
    )
    code = str(raw).split(":", 1)[0]
    return code.rsplit("#", 1)[-1]


def parse_error(
    response: Response,
    errors: Mapping[str, type[ServiceError]],
    base: type[ServiceError],
) -> ServiceError:
    """The exception for an error response, modelled or not, JSON body or not."""
    if is_generic_error(response):
        # A proxy's HTML page or nothing at all: botocore reports the status and its
        # reason phrase rather than the page.
        body: dict[str, Any] = {}
        message: Any = http.client.responses.get(response.status, "")
    else:
        body = error_body(response.body)
        message = body.get("message", body.get("Message"))
    code = error_code(response.headers, body) or str(response.status)
    return errors.get(code, base)(
        "" if message is None else str(message),
        code=code,
        http_status=response.status,
        request_id=response.headers.get("x-amzn-requestid"),
        body=body,
    )


def is_generic_error(response: Response) -> bool:
    """A 5xx whose body is empty or an HTML page (a proxy's, say): botocore reports
    the status and its reason phrase rather than the body."""
    if response.status < 500:
        return False
    text = response.body.strip()
    return not text or text.startswith(b"<html>")


def error_body(data: bytes) -> dict[str, Any]:
    """An error response's JSON object; text that is not JSON as its message."""
    if not data:
        return {}
    try:
        parsed = json.loads(data)
    except ValueError:
        # Not JSON (a plain-text page, say): its text is the message, as in botocore.
        return {"message": data.decode("utf-8", "replace")}
    return _json_object(parsed)


def failure_reason(exc: BaseException) -> str:
    """Why a body did not parse, in words that quote none of it."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at byte {exc.pos}"
    if isinstance(exc, UnicodeDecodeError):
        return f"not {exc.encoding} at byte {exc.start}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return type(exc).__name__


def _json_object(parsed: Any) -> dict[str, Any]:
    """A parsed JSON object; any other JSON value reads as an empty one."""
    return cast("dict[str, Any]", parsed) if isinstance(parsed, dict) else {}
