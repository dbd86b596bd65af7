"""Client-side validation, verdict for verdict the same as botocore's ParamValidator.

botocore (botocore/validate.py) checks required members, types and ``min`` (string and
list lengths, map key lengths, number values); it does not check ``max``, patterns, enums
or blob and map sizes. For every Lightsail operation we build a valid input, then copies
with one thing wrong anywhere in it, and compare the problems both report, path by path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import lightsail.shapes
import pytest
from botocore.validate import ParamValidator
from lightsail import Client
from lightsail._runtime.errors import ParamValidationError, Problem
from lightsail._runtime.shapes import Rule, Shape, check_value
from lightsail.shapes import Container, ContainerServiceDeploymentRequest, Tag
from loopback import LoopbackServer, Reply, loopback_server
from runtime_support import ACCESS_KEY, SECRET_KEY, isolate_aws
from strategies import new_session

Verdict = list[tuple[str, str]]
"""Sorted (kind, path) pairs: kind is "missing", "type", "min" or "unknown"; the path in
botocore's notation."""

WRONG_TYPES: dict[str, Any] = {
    "string": 7,
    "integer": "7",
    "long": "7",
    "float": "7.5",
    "double": "7.5",
    "boolean": "yes",
    "list": "not a list",
    "map": ["not", "a", "map"],
    "structure": "not a structure",
    "timestamp": "not a time",
    "blob": 7,
}


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_aws(monkeypatch, tmp_path)
    return tmp_path


@cache
def service_model() -> Any:
    return new_session().get_service_model("lightsail")


# -- inputs: a valid one, then copies with one thing wrong -----------------------------


def valid_value(shape: Any, depth: int = 0) -> Any:
    """A valid value with every member set (nested shapes, lists and maps included)."""
    kind, minimum = shape.type_name, shape.metadata.get("min", 0)
    if kind == "structure":
        names = shape.members if depth < 6 else shape.required_members
        return {name: valid_value(shape.members[name], depth + 1) for name in names}
    if kind == "list":
        return [valid_value(shape.member, depth + 1) for _ in range(max(minimum, 1))]
    if kind == "map":
        key = "k" * max(shape.key.metadata.get("min", 0), 1)
        return {key: valid_value(shape.value, depth + 1)}
    if kind == "string":
        return shape.enum[0] if shape.enum else "x" * max(minimum, 1)
    if kind in ("integer", "long"):
        return max(minimum, 1)
    if kind in ("float", "double"):
        return float(max(minimum, 1))
    return {"boolean": True, "timestamp": datetime(2024, 5, 6, tzinfo=UTC), "blob": b"x"}[kind]


def broken_copies(shape: Any, value: Any) -> Iterator[Any]:
    """Copies of ``value`` with exactly one problem (wrong type, below min, missing...)."""
    yield WRONG_TYPES[shape.type_name]
    yield from below_minimum(shape, value)
    if shape.type_name == "structure":
        for name, member in value.items():
            if name in shape.required_members:
                yield {k: v for k, v in value.items() if k != name}
            for broken in broken_copies(shape.members[name], member):
                yield {**value, name: broken}
    elif shape.type_name == "list":
        yield [*value, None]
        for broken in broken_copies(shape.member, value[0]):
            yield [broken, *value[1:]]
    elif shape.type_name == "map":
        key, item = next(iter(value.items()))
        yield {**value, "other": None}
        for broken in broken_copies(shape.value, item):
            yield {key: broken}


def below_minimum(shape: Any, value: Any) -> Iterator[Any]:
    minimum = shape.metadata.get("min")
    if not minimum:
        return
    if shape.type_name in ("string", "list"):
        yield value[: minimum - 1]
    elif shape.type_name in ("integer", "long", "float", "double"):
        yield minimum - 1


def top_level_cases(operation: str) -> list[dict[str, Any]]:
    shape = service_model().operation_model(operation).input_shape
    valid = valid_value(shape)
    required_only = {name: valid[name] for name in shape.required_members}
    broken = [copy for copy in broken_copies(shape, valid) if isinstance(copy, dict)]
    return [valid, required_only, {}, *broken]


# -- both verdicts ---------------------------------------------------------------------


def botocore_verdict(params: dict[str, Any], shape: Any) -> Verdict:
    report = ParamValidator().validate(params, shape)
    verdict = []
    for reason, name, extra in report._errors:  # the structured form of botocore's report
        if reason == "missing required field":
            verdict.append(("missing", f"{name}.{extra['required_name']}".lstrip(".")))
        elif reason == "invalid type":
            verdict.append(("type", name.lstrip(".")))
        elif reason in ("invalid length", "invalid range"):
            verdict.append(("min", name.lstrip(".")))
        elif reason == "unknown field":
            verdict.append(("unknown", name.lstrip(".")))
        else:
            raise AssertionError(f"unexpected botocore verdict {reason}")
    return sorted(verdict)


def build(shape: Any, value: Any, dicts: bool = False) -> Any:
    """Our dataclasses from a boto3-style value, keeping wrong values as they are; with
    ``dicts``, only the request itself (a client method's arguments) is a dataclass and
    the structures in it stay the dicts boto3 accepts."""
    if shape.type_name == "structure" and isinstance(value, dict):
        cls = getattr(lightsail.shapes, shape.name)
        attribute = {rule.wire: name for name, rule in cls.RULES.items()}
        arguments: dict[str, Any] = dict.fromkeys(cls.RULES)
        for wire, item in value.items():
            arguments[attribute[wire]] = item if dicts else build(shape.members[wire], item)
        return cls(**arguments)
    if shape.type_name == "list" and isinstance(value, list):
        return [build(shape.member, item) for item in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return {key: build(shape.value, item) for key, item in value.items()}
    return value


def our_problems(params: dict[str, Any], shape: Any, dicts: bool = False) -> list[Problem]:
    request: Shape = build(shape, params, dicts)
    problems: list[Problem] = []
    request.collect_problems("", problems)
    return problems


def our_verdict(params: dict[str, Any], shape: Any, dicts: bool = False) -> Verdict:
    return sorted((p.kind, p.wire_path) for p in our_problems(params, shape, dicts))


def has_map_key_with_min(shape: Any, depth: int = 0) -> bool:
    if depth > 6:
        return False
    if shape.type_name == "structure":
        return any(has_map_key_with_min(m, depth + 1) for m in shape.members.values())
    if shape.type_name == "list":
        return has_map_key_with_min(shape.member, depth + 1)
    if shape.type_name == "map":
        return "min" in shape.key.metadata or has_map_key_with_min(shape.value, depth + 1)
    return False


OPERATIONS = sorted(service_model().operation_names)


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 167


@pytest.mark.parametrize("dicts", [False, True], ids=["dataclasses", "dicts"])
@pytest.mark.parametrize("operation", OPERATIONS)
def test_same_verdicts_as_botocore(operation: str, dicts: bool) -> None:
    shape = service_model().operation_model(operation).input_shape
    cases = top_level_cases(operation)
    assert botocore_verdict(cases[0], shape) == [] == our_verdict(cases[0], shape, dicts)
    for params in cases:
        assert (operation, params, our_verdict(params, shape, dicts)) == (
            operation,
            params,
            botocore_verdict(params, shape),
        )


def test_unknown_dict_keys_are_reported_as_botocore_reports_them() -> None:
    shape = service_model().operation_model("CreateContainerService").input_shape
    params = {
        "serviceName": "svc",
        "power": "nano",
        "scale": 1,
        "tags": [{"Key": "team", "value": "web"}],
        "deployment": {"containers": {"web": {"image": "nginx", "Ports": {}}}, "extra": 1},
    }
    assert (
        our_verdict(params, shape, dicts=True)
        == botocore_verdict(params, shape)
        == [
            ("unknown", "deployment"),
            ("unknown", "deployment.containers.web"),
            ("unknown", "tags[0]"),
        ]
    )
    assert [str(p) for p in our_problems(params, shape, dicts=True)] == [
        "tags[0]['Key']: unknown key; expected one of: key, value",
        "deployment['extra']: unknown key; expected one of: containers, publicEndpoint",
        "deployment['containers']['web']['Ports']: unknown key; expected one of: command, "
        "environment, image, ports",
    ]


def test_botocore_checks_min_but_not_max_nor_patterns() -> None:
    """The premise of these tests, read off botocore: a value above max passes."""
    shape = service_model().operation_model("CreateContainerService").input_shape
    params = {"serviceName": "x" * 500 + "!!!", "power": "not-an-enum", "scale": 1000}
    assert botocore_verdict(params, shape) == [] == our_verdict(params, shape)


# -- map keys: the runtime checks them; the generated rules do not carry them yet -------


def test_map_key_rules_are_checked_like_botocore() -> None:
    rule = Rule("containers", "map", key=Rule("", "string", min=1), item=Rule("", "string"))
    problems: list[Problem] = []
    check_value({"": "a", "web": None}, rule, "containers", problems)
    assert [str(p) for p in problems] == [
        "containers (key ''): expected str of at least 1 character, got 0 characters",
        "containers['web']: expected str, got None",
    ]
    assert [(p.kind, p.wire_path) for p in problems] == [
        ("min", "containers (key: )"),
        ("type", "containers.web"),
    ]


def test_container_names_must_not_be_empty_as_in_botocore() -> None:
    shape = service_model().operation_model("CreateContainerServiceDeployment").input_shape
    assert has_map_key_with_min(shape)
    params = {"serviceName": "svc", "containers": {"": {"image": "nginx"}}}
    assert (
        our_verdict(params, shape)
        == botocore_verdict(params, shape)
        == [("min", "containers (key: )")]
    )


# -- through the client: one exception, every problem, nothing sent --------------------


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        running.reply(Reply.of_json({}))
        yield running


def test_one_error_lists_every_problem_and_nothing_is_sent(server: LoopbackServer) -> None:
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    bad: Any = {"80": 42}
    with pytest.raises(ParamValidationError) as raised:
        client.create_container_service(
            service_name="",
            power="nano",
            scale=0,
            tags=[Tag(key="k"), "not a tag"],  # type: ignore[list-item]
            deployment=ContainerServiceDeploymentRequest(
                containers={"web": Container(image="nginx", ports=bad, command=["a", 1])},  # type: ignore[list-item]
            ),
        )
    assert [str(p) for p in raised.value.problems] == [
        "service_name: expected str of at least 1 character, got 0 characters",
        "scale: expected int of at least 1, got less",
        "tags[1]: expected Tag or dict, got str",
        "deployment.containers['web'].command[1]: expected str, got int",
        "deployment.containers['web'].ports['80']: expected str, got int",
    ]
    assert [p.wire_path for p in raised.value.problems] == [
        "serviceName",
        "scale",
        "tags[1]",
        "deployment.containers.web.command[1]",
        "deployment.containers.web.ports.80",
    ]
    assert str(raised.value).startswith("5 invalid parameter(s):\n  service_name: ")
    assert isinstance(raised.value, ValueError)
    assert server.requests == []


def test_missing_required_members(server: LoopbackServer) -> None:
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    none: Any = None
    with pytest.raises(ParamValidationError) as raised:
        client.create_container_service(service_name=none, power=none, scale=none)
    assert [p.path for p in raised.value.problems] == ["service_name", "power", "scale"]
    assert [p.wire_path for p in raised.value.problems] == ["serviceName", "power", "scale"]
    assert {p.reason for p in raised.value.problems} == {"required, got None"}
    assert {p.kind for p in raised.value.problems} == {"missing"}
    assert server.requests == []


def test_messages_never_show_values(server: LoopbackServer) -> None:
    """A sensitive member (setupInstanceHttps.emailAddress) stays out of the message."""
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    for email in ("a@b", 123456789):
        with pytest.raises(ParamValidationError) as raised:
            client.setup_instance_https(
                instance_name="i",
                email_address=email,
                domain_names=["example.com"],  # type: ignore[arg-type]
                certificate_provider="LetsEncrypt",
            )
        assert [p.path for p in raised.value.problems] == ["email_address"]
        assert str(email) not in str(raised.value) and str(email) not in repr(raised.value)
    assert server.requests == []


def test_valid_input_is_sent(server: LoopbackServer) -> None:
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    client.create_container_service(service_name="svc", power="nano", scale=1)
    assert server.requests[0].json() == {"serviceName": "svc", "power": "nano", "scale": 1}


def test_an_unparseable_time_says_which_formats_are_accepted(server: LoopbackServer) -> None:
    client = Client("us-east-1", server.url, ACCESS_KEY, SECRET_KEY)
    with pytest.raises(ParamValidationError) as raised:
        client.get_instance_metric_data(
            instance_name="web-1",
            metric_name="CPUUtilization",
            period=60,
            start_time="yesterday",  # type: ignore[arg-type]
            end_time=datetime(2024, 5, 6, tzinfo=UTC),
            unit="Percent",
            statistics=["Average"],
        )
    [problem] = raised.value.problems
    assert problem.path == "start_time" and problem.kind == "type"
    assert problem.reason == (
        "expected datetime, epoch seconds (int or float) or a str in ISO 8601 "
        "(2024-05-06T07:08:09Z), RFC 822 (Mon, 06 May 2024 07:08:09 GMT) or epoch "
        "seconds, got a str in none of these formats"
    )
    assert "yesterday" not in str(raised.value)
    assert server.requests == []


STR = Rule("", "string")


@pytest.mark.parametrize(
    ("rule", "value", "reason"),
    [
        (Rule("n", "integer", min=0), -1, "expected int of at least 0, got less"),
        (Rule("n", "float", min=0.5), 0.25, "expected float of at least 0.5, got less"),
        (STR._replace(min=3), "a", "expected str of at least 3 characters, got 1 character"),
        (Rule("l", "list", min=1, item=STR), [], "expected list of at least 1 item, got 0 items"),
        (Rule("l", "list", min=2, item=STR), 7, "expected list of at least 2 items, got int"),
        (Rule("m", "map"), [], "expected dict, got list"),
        (Rule("t", "Tag"), 3, "expected Tag or dict, got int"),
        (Rule("b", "boolean"), "yes", "expected bool, got str"),
    ],
)
def test_reasons_say_what_was_expected(rule: Rule, value: Any, reason: str) -> None:
    problems: list[Problem] = []
    check_value(value, rule, "x", problems)
    assert [p.reason for p in problems] == [reason]
