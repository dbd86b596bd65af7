"""Hostile models: valid JSON built to break the generator or the package it writes.

Whatever the input, the generator either refuses it with a one-line ModelError naming the
file and JSON path (the CLI exits 2 with it, no traceback), or writes a package that
imports and works. Never a traceback, never a package that does not import.
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import importlib
import itertools
import json
import os
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import botocore
import pytest
from botocore.loaders import Loader
from conftest import KITCHEN_SINK_MODEL

from generator import cli, loader
from generator.endpoint_rules import validate_partitions, validate_rule_set
from generator.endpoint_table import endpoint_table_json, load_partitions
from generator.loader import ModelError, load_model, validate_service
from generator.parse import parse_service
from generator.pipeline import generate

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


# -- endpoint rule sets ------------------------------------------------------------------

RULES_FILE = "endpoint-rule-set-1.json"
PARAMETERS: Model = {
    "Region": {"builtIn": "AWS::Region", "required": False, "type": "String"},
    "UseFIPS": {"builtIn": "AWS::UseFIPS", "required": True, "default": False,
                "type": "Boolean"},
    "UseDualStack": {"builtIn": "AWS::UseDualStack", "required": True, "default": False,
                     "type": "Boolean"},
    "Endpoint": {"builtIn": "SDK::Endpoint", "required": False, "type": "String"},
}


def small_rule_set() -> Model:
    """Custom endpoints as they are, else svc.{Region}.{dnsSuffix} (FIPS: an error)."""
    partition = {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}
    return {
        "version": "1.0",
        "parameters": copy.deepcopy(PARAMETERS),
        "rules": [
            {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
             "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}},
             "type": "endpoint"},
            {"conditions": [partition],
             "rules": [
                 {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}],
                  "error": "no FIPS in {P#name}", "type": "error"},
                 {"conditions": [],
                  "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}",
                               "properties": {"authSchemes": [{"name": "sigv4",
                                                               "signingRegion": "{Region}"}]},
                               "headers": {}},
                  "type": "endpoint"},
             ],
             "type": "tree"},
        ],
    }


def rules_error(tmp_path: Path, change: Callable[[Model], object]) -> str:
    rules = small_rule_set()
    change(rules)
    write_model(tmp_path, SINK)
    (tmp_path / RULES_FILE).write_text(json.dumps(rules), encoding="utf-8")
    return error_of(tmp_path)


def deep_tree(rules: Model, levels: int) -> None:
    rule: Model = {"conditions": [], "error": "deep", "type": "error"}
    for _ in range(levels - 1):
        rule = {"conditions": [], "rules": [rule], "type": "tree"}
    rules["rules"] = [rule]


def set_rule(index: int, **changes: Any) -> Callable[[Model], None]:
    return lambda rules: rules["rules"][index].update(changes)


def inner_rule(index: int, **changes: Any) -> Callable[[Model], None]:
    return lambda rules: rules["rules"][1]["rules"][index].update(changes)


def condition(fn: str, *argv: Any) -> Model:
    return {"fn": fn, "argv": list(argv)}


REGION = {"ref": "Region"}
URL = "$.rules[1].rules[1].endpoint.url"
GARBAGE_RULES: list[tuple[Callable[[Model], object], str, str]] = [
    (lambda r: r.update(rules="x"), "$.rules", "expected a list of rules, not 'x'"),
    (lambda r: r.pop("version"), "$.version", "missing or not a string"),
    (lambda r: r.update(parameters=[]), "$.parameters", "expected an object, not []"),
    (lambda r: r["parameters"].update(Region=["x"]), "$.parameters.Region",
     "expected an object, not ['x']"),
    (lambda r: r["parameters"]["Region"].update(type="number"), "$.parameters.Region.type",
     "unknown parameter type 'number' (expected string, boolean or stringArray)"),
    (lambda r: r["parameters"]["UseFIPS"].update(default="no"), "$.parameters.UseFIPS.default",
     "'no' is not a boolean (the parameter's type)"),
    (lambda r: r["parameters"].update({"a b": {"type": "string"}}), '$.parameters["a b"]',
     "parameter name 'a b' is not an identifier"),
    (lambda r: r["rules"].__setitem__(0, []), "$.rules[0]", "expected a rule object, not []"),
    (set_rule(0, type="magic"), "$.rules[0].type",
     "unknown rule type 'magic' (expected endpoint, error or tree)"),
    (lambda r: r["rules"][0].pop("conditions"), "$.rules[0].conditions", "missing"),
    (lambda r: r["rules"][0].pop("endpoint"), "$.rules[0].endpoint", "missing"),
    (set_rule(0, url="https://x"), "$.rules[0].url", "unknown key in 'endpoint' rule "
     "(botocore takes conditions, documentation, endpoint, type)"),
    (set_rule(0, endpoint=[]), "$.rules[0].endpoint", "expected an object, not []"),
    (set_rule(1, rules={"a": 1}), "$.rules[1].rules", "expected a list of rules, not {'a': 1}"),
    (inner_rule(1, endpoint={"url": 5}), URL, "expected a string, not an int"),
    (inner_rule(1, endpoint={"url": {"x": 1}}), URL, "expected a string, a boolean, a number, "
     'a reference ({"ref": ...}) or a function call ({"fn": ...}), not {\'x\': 1}'),
    (inner_rule(1, endpoint={"url": ["https://x"]}), URL, "expected a string, a boolean, a "
     'number, a reference ({"ref": ...}) or a function call ({"fn": ...}), not [\'https://x\']'),
    (inner_rule(1, endpoint={"url": "x"}), URL,
     "'x' is not an http(s) URL (nor does it start with a template, such as {Endpoint})"),
    (inner_rule(1, endpoint={"url": "ftp://{Region}.example"}), URL, "'ftp://{Region}.example' "
     "is not an http(s) URL (nor does it start with a template, such as {Endpoint})"),
    (inner_rule(1, endpoint={"url": "https://{Nope}.example"}), URL,
     "'Nope' is not a parameter or an assigned value in scope"),
    (inner_rule(1, endpoint={"url": "https://{Endpoint}/x"}), URL, "'Endpoint' may not be set "
     "here (no isSet condition checks it, and it is neither required nor defaulted)"),
    (inner_rule(1, endpoint={"url": "https://{Region}}.example"}), URL,
     "template 'https://{Region}}.example' does not parse: Single '}' encountered in format "
     "string"),
    (inner_rule(1, endpoint={"url": "https://{P#nope}"}), URL,
     "template 'https://{P#nope}': a partition record has no key 'nope'"),
    (inner_rule(1, endpoint={"url": "https://{Region#x}"}), URL,
     "template 'https://{Region#x}': a string has no key 'x'"),
    (inner_rule(1, endpoint={"url": "https://x", "headers": {"h": "v"}}),
     "$.rules[1].rules[1].endpoint.headers.h", "expected a list of values, not 'v'"),
    (inner_rule(1, endpoint={"url": "https://x", "properties": [1]}),
     "$.rules[1].rules[1].endpoint.properties", "expected an object, not [1]"),
    (inner_rule(1, endpoint={"url": "https://x", "properties": {"a": "{Nope}"}}),
     "$.rules[1].rules[1].endpoint.properties.a",
     "'Nope' is not a parameter or an assigned value in scope"),
    (inner_rule(1, endpoint={"url": "https://x", "properties": {"authSchemes": ["sigv4"]}}),
     "$.rules[1].rules[1].endpoint.properties.authSchemes[0]", "expected an object, not 'sigv4'"),
    (inner_rule(1, endpoint={"url": "https://x", "properties": {"authSchemes": [
        {"name": "sigv4", "signingName": 1}]}}),
     "$.rules[1].rules[1].endpoint.properties.authSchemes[0].signingName",
     "expected a string, not 1"),
    (inner_rule(0, error=7), "$.rules[1].rules[0].error", "expected a string, not an int"),
    (set_rule(1, conditions="x"), "$.rules[1].conditions",
     "expected a list of function calls, not 'x'"),
    (set_rule(1, conditions=[["isSet"]]), "$.rules[1].conditions[0]",
     'expected a function call ({"fn": ..., "argv": [...]}), not [\'isSet\']'),
    (set_rule(1, conditions=[condition("eval", "1")]), "$.rules[1].conditions[0].fn",
     "unknown function 'eval' (botocore has aws.isVirtualHostableS3Bucket, aws.parseArn, "
     "aws.partition, booleanEquals, getAttr, isSet, isValidHostLabel, not, parseURL, "
     "stringEquals, substring, uriEncode)"),
    (set_rule(1, conditions=[{"fn": "isSet", "argv": "Region"}]),
     "$.rules[1].conditions[0].argv", "expected a list of arguments, not 'Region'"),
    (set_rule(1, conditions=[condition("isSet", REGION, REGION)]),
     "$.rules[1].conditions[0].argv", "isSet takes 1 argument, not 2"),
    (set_rule(1, conditions=[condition("parseURL", {"ref": "UseFIPS"})]),
     "$.rules[1].conditions[0].argv[0]", "expected a string, not a boolean"),
    (set_rule(1, conditions=[condition("isSet", {"ref": 5})]),
     "$.rules[1].conditions[0].argv[0].ref",
     "5 is not a parameter or an assigned value in scope"),
    (set_rule(1, conditions=[condition("isValidHostLabel", REGION, REGION)]),
     "$.rules[1].conditions[0].argv[1]", "expected a boolean written out, not {'ref': 'Region'}"),
    (set_rule(1, conditions=[{**condition("isSet", REGION), "assign": "Region"}]),
     "$.rules[1].conditions[0].assign", "'Region' is already in scope"),
    (set_rule(1, conditions=[condition("getAttr", condition("aws.partition", REGION), "x")]),
     "$.rules[1].conditions[0].argv[1]", "a partition record has no attribute 'x'"),
    (set_rule(1, conditions=[condition("getAttr", REGION, "x")]),
     "$.rules[1].conditions[0].argv[0]",
     "expected a stringArray or a partition record or a url record or an arn record, "
     "not a string"),
    (set_rule(1, conditions=[condition("not", condition("not", condition("not", condition(
        "not", condition("not", condition("not", condition("not", condition("not", condition(
            "not", condition("not", condition("not", condition("not", condition("not",
                condition("not", condition("not", condition("not", condition("not", True)
                ))))))))))))))))]),
     "$.rules[1].conditions[0]" + ".argv[0]" * 16,
     "function calls nested deeper than 16 levels"),
    (lambda r: deep_tree(r, 65), "$.rules" + "[0].rules" * 64,
     "rules nested deeper than 64 levels"),
]


@pytest.mark.parametrize(("change", "where", "problem"), GARBAGE_RULES)
def test_a_rule_set_botocore_cannot_run_is_refused(
    tmp_path: Path, change: Callable[[Model], object], where: str, problem: str
) -> None:
    assert rules_error(tmp_path, change) == f"{tmp_path / RULES_FILE}: {where}: {problem}"


def test_the_small_rule_set_and_its_deepest_allowed_nesting_generate(tmp_path: Path) -> None:
    rules = small_rule_set()
    write_model(tmp_path, SINK)
    (tmp_path / RULES_FILE).write_text(json.dumps(rules), encoding="utf-8")
    table = json.loads(endpoint_table_json(rules, tmp_path))
    assert table["regions"]["eu-west-1"]["plain"] == {
        "url": "https://svc.eu-west-1.amazonaws.com", "signing_region": "eu-west-1"}
    assert table["endpoint_url_passthrough"] is True
    deep_tree(rules, 64)
    (tmp_path / RULES_FILE).write_text(json.dumps(rules), encoding="utf-8")
    assert load_model(tmp_path).endpoint_rule_set == rules
    assert json.loads(endpoint_table_json(rules, tmp_path))["regions"] == {}  # all errors


def test_a_rule_set_botocore_fails_on_is_a_model_error_at_generation(tmp_path: Path) -> None:
    """Whatever gets past the loader: botocore's engine failing is a ModelError too."""
    rules = small_rule_set()
    rules["rules"][1]["rules"][1]["type"] = "magic"  # not validated: straight to botocore
    with pytest.raises(ModelError) as raised:
        endpoint_table_json(rules, tmp_path)
    assert str(raised.value) == (
        f"{tmp_path / RULES_FILE}: $: botocore's endpoint rule engine fails on the rule "
        "set: EndpointResolutionError: Unknown rule type: magic. A rule must be of type "
        "tree, endpoint or error."
    )
    rules["rules"] = "x"
    with pytest.raises(ModelError) as raised:
        endpoint_table_json(rules, tmp_path)
    assert str(raised.value) == (
        f"{tmp_path / RULES_FILE}: $: botocore's endpoint rule engine fails on the rule "
        "set: TypeError: botocore.endpoint_provider.RuleCreator.create() argument after ** "
        "must be a mapping, not str"
    )


def test_rules_resolving_a_region_to_no_host_are_a_model_error(tmp_path: Path) -> None:
    rules = small_rule_set()
    rules["rules"][1]["rules"][1]["endpoint"]["url"] = "https:///{Region}"
    write_model(tmp_path, SINK)
    (tmp_path / RULES_FILE).write_text(json.dumps(rules), encoding="utf-8")
    load_model(tmp_path)  # a URL by its look: only resolving it shows it has no host
    with pytest.raises(ModelError) as raised:
        endpoint_table_json(rules, tmp_path)
    assert str(raised.value).startswith(
        f"{tmp_path / RULES_FILE}: $: the rules resolve af-south-1 (plain) to "
        "'https:///af-south-1', which is not an http(s) URL with a host"
    )


# -- partitions.json ---------------------------------------------------------------------


def with_partitions(directory: Path, text: str) -> Path:
    write_model(directory, SINK)
    (directory / RULES_FILE).write_text(json.dumps(small_rule_set()), encoding="utf-8")
    (directory / "partitions.json").write_text(text, encoding="utf-8")
    return directory


def botocore_partitions() -> Model:
    partitions: Model = Loader().load_data("partitions")
    return copy.deepcopy(partitions)


def test_a_partitions_file_that_is_not_json_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_partitions(tmp_path, '{"partitions": [')
    code = cli.main(["generate", "--model", str(tmp_path), "--output", str(tmp_path / "out")])
    assert (code, capsys.readouterr().err) == (2, (
        f"error: {tmp_path / 'partitions.json'}: $: not valid JSON: Expecting value: line 1 "
        "column 17 (char 16)\n"
    ))
    assert not (tmp_path / "out").exists()


def broken_partitions(change: Callable[[Model], object]) -> str:
    partitions = botocore_partitions()
    change(partitions)
    return json.dumps(partitions)


GARBAGE_PARTITIONS: list[tuple[Callable[[Model], object], str, str]] = [
    (lambda p: p.update(partitions="x"), "$.partitions",
     "expected a non-empty list of partitions"),
    (lambda p: p.update(partitions=[]), "$.partitions",
     "expected a non-empty list of partitions"),
    (lambda p: p["partitions"].__setitem__(0, []), "$.partitions[0]",
     "expected an object, not []"),
    (lambda p: p["partitions"][0].pop("id"), "$.partitions[0].id", "missing or not a string"),
    (lambda p: p["partitions"][0].update(regionRegex="(x"), "$.partitions[0].regionRegex",
     "not a regular expression: missing ), unterminated subpattern at position 0"),
    (lambda p: p["partitions"][0].update(regions=[]), "$.partitions[0].regions",
     "missing or not an object"),
    (lambda p: p["partitions"][0]["regions"].update({"evil.example/x": {}}),
     '$.partitions[0].regions["evil.example/x"]', "'evil.example/x' is not a region name"),
    (lambda p: p["partitions"][1]["outputs"].pop("dnsSuffix"),
     "$.partitions[1].outputs.dnsSuffix", "missing or not a string"),
    (lambda p: p["partitions"][1]["outputs"].update(supportsFIPS="yes"),
     "$.partitions[1].outputs.supportsFIPS", "missing or not a boolean"),
]


@pytest.mark.parametrize(("change", "where", "problem"), GARBAGE_PARTITIONS)
def test_a_partitions_file_botocore_cannot_use_is_refused(
    tmp_path: Path, change: Callable[[Model], object], where: str, problem: str
) -> None:
    with_partitions(tmp_path, broken_partitions(change))
    assert error_of(tmp_path) == f"{tmp_path / 'partitions.json'}: {where}: {problem}"
    with pytest.raises(ModelError) as raised:
        load_partitions(tmp_path)  # the endpoint table reads it through the loader too
    assert str(raised.value) == f"{tmp_path / 'partitions.json'}: {where}: {problem}"


def test_every_rule_set_and_the_partitions_botocore_ships_pass() -> None:
    data = Path(botocore.__file__).parent / "data"
    problems = []
    for path in sorted(data.glob("*/*/endpoint-rule-set-1.json.gz")):
        try:
            validate_rule_set(json.loads(gzip.decompress(path.read_bytes())), path)
        except ModelError as error:
            problems.append(str(error))
    assert problems == []
    validate_partitions(botocore_partitions(), Path("partitions.json"))


# -- deep nesting ------------------------------------------------------------------------

_packages = itertools.count()


@contextlib.contextmanager
def generated_package(model: Model, directory: Path) -> Iterator[str]:
    """The model generated into ``directory`` and importable, by its package name; every
    module of it is removed from sys.modules afterwards."""
    package = f"hostile_{os.getpid()}_{next(_packages)}"
    write_model(directory / "model", model)
    generate(directory / "model", directory / "out", package=package)
    sys.path.insert(0, str(directory / "out"))
    try:
        yield package
    finally:
        sys.path.remove(str(directory / "out"))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def nested_containers(levels: int, *, maps: bool = False) -> Model:
    """The kitchen sink with PutThingRequest.deep: ``levels`` lists (alternately maps)
    of lists of ... of strings."""
    model = copy.deepcopy(SINK)
    inner = "String"
    for level in range(levels):
        name = f"Level{level}"
        if maps and level % 2:
            model["shapes"][name] = {"type": "map", "key": {"shape": "String"},
                                     "value": {"shape": inner}}
        else:
            model["shapes"][name] = {"type": "list", "member": {"shape": inner}}
        inner = name
    model["shapes"]["PutThingRequest"]["members"]["deep"] = {"shape": inner}
    return model


def nested_value(levels: int, *, maps: bool = False) -> Any:
    value: Any = "leaf"
    for level in range(levels):
        value = {"k": value} if maps and level % 2 else [value]
    return value


@pytest.mark.parametrize("maps", [False, True])
def test_lists_and_maps_nested_600_deep_are_refused(tmp_path: Path, maps: bool) -> None:
    write_model(tmp_path, nested_containers(600, maps=maps))
    limit = loader.MAX_CONTAINER_NESTING
    assert error_of(tmp_path) == (
        f"{at(tmp_path)}: $.shapes.Level{limit}: lists and maps nested {limit + 1} levels "
        f"deep, more than the {limit} the generator allows (botocore's deepest is 4)"
    )


def test_lists_and_maps_nested_as_deep_as_allowed_make_a_working_package(
    tmp_path: Path,
) -> None:
    levels = loader.MAX_CONTAINER_NESTING
    with generated_package(nested_containers(levels, maps=True), tmp_path) as package:
        request = importlib.import_module(f"{package}.shapes.put_thing_request")
        data = {"thing": {"name": "abc"}, "deep": nested_value(levels, maps=True)}
        shape = request.PutThingRequest.from_dict(data)
        shape.validate()
        assert shape.to_dict() == data
        assert json.loads(json.dumps(shape.to_wire())) == data
        client = importlib.import_module(f"{package}.client")
        assert client.KitchenSinkClient.put_thing.__annotations__


def test_a_map_key_that_is_not_a_string_is_refused(tmp_path: Path) -> None:
    message = sink_error(tmp_path, lambda m: m["shapes"]["TagMap"].update(
        key={"shape": "LabelList"}))
    assert message == (
        f"{at(tmp_path)}: $.shapes.TagMap.key: map keys are JSON object keys: the key must "
        "be a string shape, not a list"
    )


def nested_structures(levels: int, *, cycle: bool = False) -> Model:
    """The kitchen sink with PutThingRequest.deep: a structure Nest0 whose member is a
    Nest1, whose member is a Nest2, ... ``levels`` deep (with ``cycle``, the last refers
    back to the first, so all of them are in one reference cycle)."""
    model = copy.deepcopy(SINK)
    for level in range(levels):
        inner = f"Nest{level + 1}" if level + 1 < levels else ("Nest0" if cycle else "Thing")
        model["shapes"][f"Nest{level}"] = {
            "type": "structure",
            "members": {"inner": {"shape": inner}, "when": {"shape": "Timestamp"}},
        }
    model["shapes"]["PutThingRequest"]["members"]["deep"] = {"shape": "Nest0"}
    model["operations"]["Ping"]["output"] = {"shape": "Nest0"}  # read from responses too
    return model


def nested_structure_value(levels: int, *, cycle: bool = False) -> Any:
    value: Any = {"when": datetime(2024, 1, 2, tzinfo=UTC)} if cycle else {"name": "leaf"}
    for _ in range(levels):
        value = {"inner": value, "when": datetime(2024, 1, 2, tzinfo=UTC)}
    return value


@pytest.mark.parametrize("cycle", [False, True])
def test_structures_nested_200_deep_make_a_package_that_imports(
    tmp_path: Path, cycle: bool
) -> None:
    levels = 200
    with generated_package(nested_structures(levels, cycle=cycle), tmp_path) as package:
        # The innermost module first, then the outermost, then the rest through the client.
        innermost = importlib.import_module(f"{package}.shapes.nest{levels - 1}")
        outermost = importlib.import_module(f"{package}.shapes.nest0")
        importlib.import_module(f"{package}.client")
        assert innermost.Nest199.__name__ == "Nest199"
        data = nested_structure_value(levels, cycle=cycle)
        nest = outermost.Nest0.from_dict(data)
        nest.validate()
        assert nest.to_dict() == data
        wire = json.loads(json.dumps(nest.to_wire()))
        assert outermost.Nest0.from_wire(wire) == nest
