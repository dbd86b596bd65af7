"""Hostile models: valid JSON built to break the generator or the package it writes.

Whatever the input, the generator either refuses it with a one-line ModelError naming the
file and JSON path (the CLI exits 2 with it, no traceback), or writes a package that
imports and works. Never a traceback, never a package that does not import.
"""

from __future__ import annotations

import copy
import gzip
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import botocore
import pytest
from conftest import KITCHEN_SINK_MODEL

from generator import loader
from generator.loader import ModelError, load_model, validate_service
from generator.parse import parse_service

Model = dict[str, Any]
SINK: Model = json.loads((KITCHEN_SINK_MODEL / "service-2.json").read_text(encoding="utf-8"))


def write_model(directory: Path, service: Model | str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    text = service if isinstance(service, str) else json.dumps(service)
    (directory / "service-2.json").write_text(text, encoding="utf-8")
    return directory


def error_of(directory: Path) -> str:
    with pytest.raises(ModelError) as raised:
        load_model(directory)
    message = str(raised.value)
    assert "\n" not in message
    return message


def sink_error(tmp_path: Path, change: Callable[[Model], object]) -> str:
    model = copy.deepcopy(SINK)
    change(model)
    return error_of(write_model(tmp_path, model))


def at(tmp_path: Path) -> Path:
    return tmp_path / "service-2.json"


# -- non-finite numbers ---------------------------------------------------------------


def with_raw_number(model: Model, shape: str, key: str, text: str) -> str:
    """The model as JSON text with ``text`` (not always standard JSON) as a shape's key."""
    model = copy.deepcopy(model)
    model["shapes"][shape][key] = "@@NUMBER@@"
    return json.dumps(model).replace('"@@NUMBER@@"', text)


@pytest.mark.parametrize(
    ("shape", "key", "text"),
    [
        ("ThingName", "min", "1e400"),  # valid JSON: Python reads it as inf
        ("ThingName", "max", "-1e400"),
        ("LabelList", "max", "Infinity"),
        ("Count", "min", "-Infinity"),
        ("Count", "max", "NaN"),
    ],
)
def test_a_non_finite_constraint_is_refused(
    tmp_path: Path, shape: str, key: str, text: str
) -> None:
    write_model(tmp_path, with_raw_number(SINK, shape, key, text))
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $.shapes.{shape}.{key}: {text} is not a finite number"
    )


def test_a_non_finite_number_anywhere_is_refused(tmp_path: Path) -> None:
    model = copy.deepcopy(SINK)
    model["operations"]["Ping"]["staticContextParams"] = {"Limit": {"value": "@@"}}
    write_model(tmp_path, json.dumps(model).replace('"@@"', "1E999"))
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $.operations.Ping.staticContextParams.Limit.value: "
        "1E999 is not a finite number"
    )


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_the_parser_refuses_a_non_finite_bound_given_as_a_document(value: float) -> None:
    """The checks hold for documents that did not come through the loader's JSON reader."""
    model = copy.deepcopy(SINK)
    model["shapes"]["Count"]["max"] = value
    with pytest.raises(ModelError) as raised:
        parse_service(model, Path("m.json"), paginators={}, endpoint_rule_set=None,
                      botocore_version="x")
    assert str(raised.value) == f"m.json: $.shapes.Count.max: {value} is not a finite number"
    model["shapes"]["Count"]["min"] = value
    with pytest.raises(ModelError) as raised:
        validate_service(model, Path("m.json"))
    assert str(raised.value) == f"m.json: $.shapes.Count.min: {value} is not a finite number"


# -- http method and requestUri ---------------------------------------------------------


@pytest.mark.parametrize(
    "method", ["GET /evil HTTP/1.1", "get", "CONNECT", "TRACE", "POST ", "", "P\u200bOST"]
)
def test_an_http_method_that_is_not_one_is_refused(tmp_path: Path, method: str) -> None:
    message = sink_error(tmp_path, lambda m: m["operations"]["Ping"]["http"].update(
        method=method))
    where = f"{at(tmp_path)}: $.operations.Ping.http.method: "
    if method == "":
        assert message == where + "method must be a non-empty string"
    else:
        assert message == where + (
            f"{method!r} is not an HTTP method (DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT)"
        )


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"])
def test_every_http_method_is_accepted(tmp_path: Path, method: str) -> None:
    model = copy.deepcopy(SINK)
    model["operations"]["Ping"]["http"]["method"] = method
    assert load_model(write_model(tmp_path, model)).operations["Ping"].http_method == method


@pytest.mark.parametrize(
    "uri",
    ["evil", "http://evil.example/", "/a b", "/a\u00a0b", "/a#fragment", "/{Unclosed",
     "/Closed}", "/{}", "/{a b}", "/<script>", "/caf\u00e9", "/a\u3000b"],
)
def test_a_request_uri_that_is_not_a_path_is_refused(tmp_path: Path, uri: str) -> None:
    message = sink_error(tmp_path, lambda m: m["operations"]["Ping"]["http"].update(
        requestUri=uri))
    assert message == (
        f"{at(tmp_path)}: $.operations.Ping.http.requestUri: {uri!r} is not a request "
        "path: it starts with '/' and holds URL path characters, {Label} placeholders "
        "and a query"
    )


@pytest.mark.parametrize(
    "uri",
    ["/", "/things/{ThingName}", "/objects/{Key+}?x-id=GetObject", "/a/b-c_d.e~f",
     "/v1/$batch", "/@me", "/tags/{resource-arn}", "/?list-type=2&encoding-type=url",
     "/a:b;c=d,e*f'(g)!%20"],
)
def test_request_uris_botocore_ships_are_accepted(tmp_path: Path, uri: str) -> None:
    model = copy.deepcopy(SINK)
    model["operations"]["Ping"]["http"]["requestUri"] = uri
    assert load_model(write_model(tmp_path, model)).operations["Ping"].request_uri == uri


# -- sizes --------------------------------------------------------------------------------


def gzip_bomb(path: Path, size: int) -> None:
    """A gzip file of ``size`` spaces, written as many copies of one small gzip member
    (gzip readers join them), so that making it costs neither time nor memory."""
    chunk = 1 << 20
    member = gzip.compress(b" " * chunk)
    with path.open("wb") as out:
        for _ in range(size // chunk):
            out.write(member)


def peak_memory_refusing(directory: Path) -> int:
    """The most memory Python held while the loader refused the model in ``directory``."""
    tracemalloc.start()
    try:
        with pytest.raises(ModelError):
            load_model(directory)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def test_a_gzip_bomb_is_refused_with_memory_bounded(tmp_path: Path) -> None:
    limit = loader.MAX_MODEL_BYTES
    gzip_bomb(tmp_path / "service-2.json.gz", 4 * limit)  # a few hundred kB on disk
    peak = peak_memory_refusing(tmp_path)
    assert error_of(tmp_path) == (
        f"{tmp_path / 'service-2.json.gz'}: $: more than {limit // 2**20} MiB once "
        "decompressed, too large for a model (botocore's largest is under 5 MiB)"
    )
    assert peak < 2 * limit  # read up to the limit, never the whole 4 times as much


def test_a_plain_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    limit = loader.MAX_MODEL_BYTES
    with (tmp_path / "service-2.json").open("wb") as sparse:
        sparse.truncate(limit + 1)  # no disk space used
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $: more than {limit // 2**20} MiB, too large for a model "
        "(botocore's largest is under 5 MiB)"
    )


def test_the_limit_is_well_above_every_model_botocore_ships() -> None:
    largest = max(
        len(gzip.decompress(path.read_bytes()))
        for path in (Path(botocore.__file__).parent / "data").glob("*/*/*.json.gz")
    )
    assert 4 << 20 < largest < 5 << 20  # ec2's service-2.json in botocore 1.44
    assert 6 * largest <= loader.MAX_MODEL_BYTES


def test_a_gzip_stream_that_does_not_inflate_is_reported(tmp_path: Path) -> None:
    header = gzip.compress(b"{}")[:10]  # a valid header, then no valid deflate data
    (tmp_path / "service-2.json.gz").write_bytes(header + b"\xff" * 20)
    assert error_of(tmp_path).startswith(
        f"{tmp_path / 'service-2.json.gz'}: $: cannot read: "
    )
