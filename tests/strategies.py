"""Hypothesis strategies derived from the botocore model.

For any shape of the model, three kinds of values:

- ``input_values``: what a boto3 user may pass for the shape, in all the forms botocore's
  ParamValidator accepts (naive, aware and text timestamps, epoch numbers, Decimal floats,
  tuples for lists, unknown enum values); required members present, ``min`` respected.
- ``dict_values``: the canonical boto3-style dict a parsed response gives (aware datetimes,
  bytes, lists), the fixed point of ``Shape.from_dict(d).to_dict()``.
- ``wire_values``: a well-formed JSON response value, as lenient as botocore reads it:
  members absent, present or ``null`` (required ones too), members the model does not
  know, enum values it does not list, timestamps as epoch numbers or ISO 8601 strings.

Containers get smaller with depth and are empty beyond ``MAX_DEPTH``, which also ends
recursive shapes (Lightsail's Subdomain.children).
"""

from __future__ import annotations

import base64
import functools
import json
import string
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal

import boto3
import botocore.config
import botocore.loaders
import botocore.model
import botocore.session
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

MODELS = Path(__file__).resolve().parent.parent / "models"
SERVICE = "lightsail"

Mode = Literal["input", "dict", "wire"]
MAX_DEPTH = 5
INT64 = 2**63

# Timestamps between these instants, so every form (epoch, ISO, datetime) converts both ways.
EARLIEST = datetime(1950, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def new_session(*data: Path | None) -> Any:
    """A new botocore session, which reads the environment and the config files afresh,
    looking for models in the ``data`` directories first (None: none).

    Every session for the same directories shares one loader, which keeps what it has
    read: botocore parses its large files once a test run, not once a client
    (endpoints.json alone takes about 80 ms).
    """
    session = botocore.session.get_session()
    loader = _shared_loader(tuple(directory for directory in data if directory is not None))
    # boto3.Session adds its own data directory to the loader of each session it wraps.
    loader.search_paths[:] = dict.fromkeys(loader.search_paths)
    session.register_component("data_loader", loader)
    return session


@functools.cache
def _shared_loader(data: tuple[Path, ...]) -> botocore.loaders.Loader:
    loader = botocore.loaders.create_loader()
    loader.search_paths[:0] = [str(directory) for directory in data]
    return loader


def botocore_session() -> Any:
    """A new botocore session that loads the models the generator read (models/)."""
    return new_session(MODELS)


@functools.cache
def service_model() -> botocore.model.ServiceModel:
    return botocore_session().get_service_model(SERVICE)


def boto3_client(endpoint_url: str, region: str, access_key: str, secret_key: str) -> Any:
    """The reference: a boto3 client for the same model, retries off, validation on."""
    session = boto3.Session(botocore_session=botocore_session())
    return session.client(
        SERVICE,
        region_name=region,
        endpoint_url=endpoint_url,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=botocore.config.Config(retries={"mode": "standard", "total_max_attempts": 1}),
    )


def input_values(shape: botocore.model.Shape) -> SearchStrategy[Any]:
    """Values boto3 accepts for ``shape`` as input."""
    return _either("input", shape)


def dict_values(shape: botocore.model.Shape) -> SearchStrategy[Any]:
    """Canonical boto3-style values for ``shape``, as botocore's parser returns them."""
    return _either("dict", shape)


def wire_values(shape: botocore.model.Shape) -> SearchStrategy[Any]:
    """JSON values for ``shape`` that a service may send in a response body."""
    return _either("wire", shape)


def _either(mode: Mode, shape: botocore.model.Shape) -> SearchStrategy[Any]:
    """Complete values first (hypothesis starts with the first branch), then sparse ones.

    A complete value has every member present and every container non-empty down to
    MAX_DEPTH, so even a handful of examples exercises every member of the shape.
    """
    return st.one_of(_builder(mode, True).value(shape, 0), _builder(mode, False).value(shape, 0))


@functools.cache
def _builder(mode: Mode, complete: bool) -> _Builder:
    return _Builder(mode, complete)


# --- scalars --------------------------------------------------------------------------

_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
_NAIVE = st.datetimes(
    min_value=EARLIEST.replace(tzinfo=None) + timedelta(days=1),
    max_value=LATEST.replace(tzinfo=None) - timedelta(days=1),
)
_AWARE = st.builds(lambda naive, zone: naive.replace(tzinfo=zone), _NAIVE, _OFFSETS)
_EPOCH_RANGE = (int(EARLIEST.timestamp()) + 86400, int(LATEST.timestamp()) - 86400)
_EPOCH_INTS = st.integers(*_EPOCH_RANGE)
_EPOCH_FRACTIONS = st.one_of(
    st.integers(_EPOCH_RANGE[0] * 1000, _EPOCH_RANGE[1] * 1000).map(lambda ms: ms / 1000),
    st.floats(*_EPOCH_RANGE),
)


def _iso8601(value: datetime, timespec: str, zulu: bool) -> str:
    text = value.isoformat(timespec=timespec)
    return text.replace("+00:00", "Z") if zulu else text


_ISO_STRINGS = st.builds(
    _iso8601,
    _AWARE,
    st.sampled_from(["seconds", "milliseconds", "microseconds"]),
    st.booleans(),
)
_UTC_ISO_STRINGS = st.builds(
    _iso8601,
    _NAIVE.map(lambda naive: naive.replace(tzinfo=UTC)),
    st.sampled_from(["seconds", "milliseconds", "microseconds"]),
    st.just(True),
)

_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-INT64, INT64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
_UNKNOWN_KEYS = st.text(string.ascii_letters + "_", min_size=1, max_size=10)


class _Builder:
    """Strategies for one mode, complete or sparse; structures are cached by (name, depth)."""

    def __init__(self, mode: Mode, complete: bool) -> None:
        self.mode = mode
        self.complete = complete
        self._structures: dict[tuple[str, int], SearchStrategy[Any]] = {}

    def value(self, shape: botocore.model.Shape, depth: int) -> SearchStrategy[Any]:
        kind = shape.type_name
        if kind == "structure":
            return self.structure(shape, depth)
        if kind == "list":
            return self.sequence(shape, depth)
        if kind == "map":
            return self.mapping(shape, depth)
        if kind == "string":
            return self.enum(shape) if shape.enum else self.string(shape)
        if kind in ("integer", "long", "short", "byte", "biginteger"):
            return self.integer(shape)
        if kind in ("float", "double", "bigdecimal"):
            return self.number(shape)
        if kind == "boolean":
            return st.booleans()
        if kind == "timestamp":
            return self.timestamp()
        if kind == "blob":
            return self.blob()
        raise AssertionError(f"no strategy for {shape.name} of type {kind}")

    # scalars

    def string(self, shape: botocore.model.Shape) -> SearchStrategy[str]:
        low, high = _size_bounds(shape, extra=16)
        return st.text(min_size=low, max_size=high)

    def enum(self, shape: botocore.model.Shape) -> SearchStrategy[str]:
        known: list[str] = list(shape.enum)
        unknown = st.text(string.ascii_letters + "-_.", min_size=1, max_size=12).filter(
            lambda value: value not in known
        )
        return st.one_of(st.sampled_from(known), unknown)

    def integer(self, shape: botocore.model.Shape) -> SearchStrategy[int]:
        low = shape.metadata.get("min", -INT64)
        high = shape.metadata.get("max", INT64 - 1)
        return st.integers(low, high)

    def number(self, shape: botocore.model.Shape) -> SearchStrategy[Any]:
        if "min" in shape.metadata or "max" in shape.metadata:
            low, high = shape.metadata.get("min"), shape.metadata.get("max")
            return st.floats(low, high, allow_nan=False, allow_infinity=False)
        if self.mode == "input":
            return st.one_of(
                st.floats(),
                st.decimals(allow_nan=False, allow_infinity=False),
                st.integers(-INT64, INT64 - 1),
            )
        if self.mode == "dict":
            return st.floats(allow_nan=False)
        return st.one_of(
            st.floats(allow_nan=False, allow_infinity=False), st.integers(-(2**53), 2**53)
        )

    def timestamp(self) -> SearchStrategy[Any]:
        if self.mode == "input":
            return st.one_of(_AWARE, _NAIVE, _ISO_STRINGS, _EPOCH_INTS, _EPOCH_FRACTIONS)
        if self.mode == "dict":
            return _AWARE
        return st.one_of(_EPOCH_INTS, _EPOCH_FRACTIONS, _ISO_STRINGS, _UTC_ISO_STRINGS)

    def blob(self) -> SearchStrategy[Any]:
        if self.mode == "input":
            return st.one_of(st.binary(max_size=24), st.text(max_size=12))
        if self.mode == "dict":
            return st.binary(max_size=24)
        return st.binary(max_size=24).map(lambda data: base64.b64encode(data).decode("ascii"))

    # containers

    def sequence(self, shape: botocore.model.Shape, depth: int) -> SearchStrategy[Any]:
        low, high = self._size_bounds(shape, depth)
        item = self.value(shape.member, depth + 1)
        if self.mode == "wire":
            # botocore keeps null list items of every type; a service may send them.
            item = st.one_of(item, item, item, st.none())
        items = st.lists(item, min_size=low, max_size=high)
        return st.one_of(items, items.map(tuple)) if self.mode == "input" else items

    def mapping(self, shape: botocore.model.Shape, depth: int) -> SearchStrategy[Any]:
        low, high = self._size_bounds(shape, depth)
        value = self.value(shape.value, depth + 1)
        if self.mode == "wire" and shape.value.type_name in ("string", "structure"):
            # botocore reads a null map value as None only for these; for a list or a
            # timestamp it fails, so a service cannot be sending them.
            value = st.one_of(value, value, value, st.none())
        keys = self.value(shape.key, depth + 1)
        return st.dictionaries(keys, value, min_size=low, max_size=high)

    def structure(self, shape: botocore.model.Shape, depth: int) -> SearchStrategy[Any]:
        if shape.is_document_type:
            return _JSON_VALUES
        depth = min(depth, MAX_DEPTH)
        key = (shape.name, depth)
        if key not in self._structures:
            self._structures[key] = st.deferred(lambda: self._members(shape, depth))
        return self._structures[key]

    def _members(self, shape: botocore.model.Shape, depth: int) -> SearchStrategy[Any]:
        required: dict[str, SearchStrategy[Any]] = {}
        optional: dict[str, SearchStrategy[Any]] = {}
        for name, member in shape.members.items():
            is_required = self.complete or (name in shape.required_members and self.mode != "wire")
            if depth >= MAX_DEPTH and name not in shape.required_members:
                continue
            value = self.value(member, depth + 1)
            if self.mode == "wire":
                # A null member reads as an absent one.
                value = st.one_of(value, value, value, st.none())
                name = member.serialization.get("name", name)
            (required if is_required else optional)[name] = value
        members = st.fixed_dictionaries(required, optional=optional)
        if self.mode != "wire":
            return members
        known = {member.serialization.get("name", name) for name, member in shape.members.items()}
        unknown = st.dictionaries(
            _UNKNOWN_KEYS.filter(lambda key: key not in known), _JSON_VALUES, max_size=2
        )
        return st.builds(lambda data, extra: {**extra, **data}, members, unknown)

    def _size_bounds(self, shape: botocore.model.Shape, depth: int) -> tuple[int, int]:
        """Container sizes: at least one item in complete values, none beyond MAX_DEPTH."""
        low, high = _size_bounds(shape, extra=_container_room(depth))
        if self.complete and depth < MAX_DEPTH:
            low = max(low, 1)
        return low, max(low, high)


def _size_bounds(shape: botocore.model.Shape, extra: int) -> tuple[int, int]:
    """The model's ``min`` and, within its ``max``, room for ``extra`` more."""
    low = int(shape.metadata.get("min", 0))
    high = min(int(shape.metadata.get("max", low + extra)), low + extra)
    return low, max(low, high)


def _container_room(depth: int) -> int:
    """How many items beyond the minimum a list or map may have at this depth."""
    return 0 if depth >= MAX_DEPTH else 3 if depth < 2 else 1


def json_text(value: Any, ascii_only: bool) -> bytes:
    """A response body as a service would send it."""
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
