"""Conversions between attribute values, boto3-style dict values and JSON values."""

from __future__ import annotations

import base64
import calendar
import math
import os
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol, TypeVar

E = TypeVar("E", bound=StrEnum)


def open_enum(cls: type[E], value: str) -> E | str:
    """The enum member for ``value``, or the string itself when the model lacks it."""
    return cls._value2member_map_.get(value, value)  # type: ignore[return-value]


def random_uuid() -> str:
    """A random (version 4) UUID as ``str(uuid.uuid4())`` gives it, without importing
    uuid: what botocore fills an idempotency token the caller left out with."""
    octets = bytearray(os.urandom(16))
    octets[6] = (octets[6] & 0x0F) | 0x40  # version 4
    octets[8] = (octets[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = octets.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def parse_timestamp(value: Any) -> datetime:
    """Accept what boto3 accepts: datetime, epoch seconds, ISO 8601 or RFC 822 strings.

    The result is always an aware datetime in UTC.
    """
    if isinstance(value, datetime):
        return _as_utc(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        return _parse_timestamp_text(value.strip())
    raise TypeError(f"expected a timestamp, got {type(value).__name__}")


def _parse_timestamp_text(text: str) -> datetime:
    try:
        return datetime.fromtimestamp(float(text), UTC)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            # email.utils is slow to import and only RFC 822 text needs it.
            from email.utils import parsedate_to_datetime

            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            raise ValueError(f"invalid timestamp {text!r}") from None
    return _as_utc(parsed)


def _as_utc(value: datetime) -> datetime:
    """Aware and in UTC; a naive datetime is taken to be UTC already, as botocore takes it."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def timestamp_to_epoch(value: datetime) -> int | float:
    """Epoch seconds as botocore sends them: an int, or a float when there are microseconds."""
    value = parse_timestamp(value)
    seconds = calendar.timegm(value.utctimetuple())
    if value.microsecond:
        return (seconds * 10**6 + value.microsecond) / 10**6
    return seconds


def timestamp_to_iso8601(value: datetime) -> str:
    value = parse_timestamp(value).astimezone(UTC)
    pattern = "%Y-%m-%dT%H:%M:%S.%fZ" if value.microsecond else "%Y-%m-%dT%H:%M:%SZ"
    return value.strftime(pattern)


def timestamp_to_rfc822(value: datetime) -> str:
    from email.utils import format_datetime  # slow to import, so only here

    moment = parse_timestamp(value).astimezone(UTC).replace(microsecond=0)

    return format_datetime(moment, usegmt=True)


class _Dumpable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def shape_to_dict(item: _Dumpable | None) -> dict[str, Any] | None:
    """A structure list item or map value as boto3 returns it; a null one stays None."""
    return None if item is None else item.to_dict()


def float_to_wire(value: float | int | Decimal) -> float | int | str:
    """A float as botocore sends it: a Decimal as a float; infinities and NaN as strings."""
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
    return value


def float_from_wire(value: float | int | str) -> float | int:
    """A float from a JSON body: "NaN", "Infinity" and "-Infinity" (how botocore and
    the service write them) as floats; a number as it is."""
    return float(value) if isinstance(value, str) else value


def blob_from_dict(value: bytes | bytearray | str) -> bytes:
    """boto3 accepts text for a blob and sends it UTF-8 encoded."""
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


def blob_from_wire(value: str) -> bytes:
    return base64.b64decode(value)


def blob_to_wire(value: bytes | bytearray | str) -> str:
    return base64.b64encode(blob_from_dict(value)).decode("ascii")
