"""Hostile models: valid JSON built to break the generator or the package it writes.

Whatever the input, the generator either refuses it with a one-line ModelError naming the
file and JSON path (the CLI exits 2 with it, no traceback), or writes a package that
imports and works. Never a traceback, never a package that does not import.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import KITCHEN_SINK_MODEL

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
