"""Requests: for every operation, botocore and the generated client send the same request.

The same boto3-style input goes through boto3 (botocore's own validator and serializer)
and through the generated client (as dataclasses, and again exactly as boto3 takes it:
the model's argument names and dicts) to one loopback recorder; method, path, Content-Type,
X-Amz-Target and the JSON body must agree, and the generated client's SigV4 signature
must verify when recomputed by botocore from what arrived on the wire.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import lightsail
import lightsail.shapes
import pytest
from async_support import clients_of_each_kind, failing_for
from botocore import xform_name
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.validate import ParamValidator
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from loopback import LoopbackServer, Recorded, loopback_server
from strategies import boto3_client, input_values, service_model

# Inputs may set members the model marks deprecated; both clients still send them.
pytestmark = pytest.mark.filterwarnings("ignore:.* is deprecated:DeprecationWarning")

REGION = "us-east-1"
SIGNING_NAME = "lightsail"
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
OPERATIONS = sorted(service_model().operation_names)
EXAMPLES_PER_OPERATION = 4
COMPARED_HEADERS = ("content-type", "x-amz-target")
MUST_BE_SIGNED = {"host", "x-amz-date", "x-amz-target", "content-type"}


@dataclass
class Wire:
    server: LoopbackServer
    boto3: Any
    clients: dict[str, lightsail.Client]
    """The sync client, and the async one (async_support.py), by kind."""


@pytest.fixture(scope="module")
def wire() -> Iterator[Wire]:
    with loopback_server() as server, clients_of_each_kind(
        region_name=REGION,
        endpoint_url=server.url,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        max_attempts=1,
    ) as clients:
        yield Wire(server, boto3_client(server.url, REGION, ACCESS_KEY, SECRET_KEY), clients)


def _recorded(server: LoopbackServer, call: Callable[[], object]) -> Recorded:
    server.requests.clear()
    call()
    [recorded] = server.requests
    return recorded


def sent_by_boto3(wire: Wire, operation: str, params: dict[str, Any]) -> Recorded:
    """The request boto3 sends for ``params``."""
    return _recorded(wire.server, lambda: getattr(wire.boto3, xform_name(operation))(**params))


def sent_by_generated(wire: Wire, kind: str, operation: str, params: dict[str, Any]) -> Recorded:
    """The request the generated client sends for boto3's ``params`` read into the
    operation's request dataclass and passed as its fields."""
    request_class = getattr(
        lightsail.shapes, service_model().operation_model(operation).input_shape.name
    )
    request = request_class.from_dict(params)
    arguments = {field.name: getattr(request, field.name) for field in dataclasses.fields(request)}
    method = getattr(wire.clients[kind], xform_name(operation))
    return _recorded(wire.server, lambda: method(**arguments))


def sent_as_dicts(wire: Wire, kind: str, operation: str, params: dict[str, Any]) -> Recorded:
    """The request the generated client sends for boto3's ``params`` passed exactly as
    boto3 takes them: the model's argument names, every nested structure a dict."""
    method = getattr(wire.clients[kind], xform_name(operation))
    return _recorded(wire.server, lambda: method(**params))


def request_differences(expected: Recorded, actual: Recorded) -> list[str]:
    """How the generated client's request differs from botocore's, one line per difference."""
    problems = []
    if expected.method != actual.method:
        problems.append(f"method: botocore {expected.method} != generated {actual.method}")
    if expected.path != actual.path:
        problems.append(f"path: botocore {expected.path} != generated {actual.path}")
    expected_headers, actual_headers = _lower(expected.headers), _lower(actual.headers)
    for name in COMPARED_HEADERS:
        if expected_headers.get(name) != actual_headers.get(name):
            problems.append(
                f"{name}: botocore {expected_headers.get(name)!r} != "
                f"generated {actual_headers.get(name)!r}"
            )
    expected_signed = _authorization_fields(expected_headers.get("authorization", ""))
    actual_signed = _authorization_fields(actual_headers.get("authorization", ""))
    if expected_signed.get("SignedHeaders") != actual_signed.get("SignedHeaders"):
        problems.append(
            f"signed headers: botocore {expected_signed.get('SignedHeaders')!r} != "
            f"generated {actual_signed.get('SignedHeaders')!r}"
        )
    if expected.json() != actual.json():
        problems.append(f"body: botocore {expected.body!r} != generated {actual.body!r}")
    return problems


def signature_problems(recorded: Recorded, endpoint_url: str) -> list[str]:
    """Verify a recorded request's SigV4 signature as the service would, with botocore.

    The canonical request is rebuilt from exactly the headers the Authorization header
    names, as they arrived, with the recorded X-Amz-Date and the fixed credentials.
    """
    headers = _lower(recorded.headers)
    fields = _authorization_fields(headers.get("authorization", ""))
    signed_names = fields.get("SignedHeaders", "").split(";")
    missing = sorted(MUST_BE_SIGNED - set(signed_names))
    if missing:
        return [f"headers not signed: {missing}"]
    timestamp = headers["x-amz-date"]
    request = AWSRequest(
        method=recorded.method,
        url=endpoint_url + recorded.path,
        headers={name: headers[name] for name in signed_names},
        data=recorded.body,
    )
    request.context["timestamp"] = timestamp
    signer = SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), SIGNING_NAME, REGION)
    string_to_sign = signer.string_to_sign(request, signer.canonical_request(request))
    problems = []
    scope = f"{ACCESS_KEY}/{signer.credential_scope(request)}"
    if fields.get("Credential") != scope:
        problems.append(f"credential: {fields.get('Credential')!r} != {scope!r}")
    if fields.get("Signature") != signer.signature(string_to_sign, request):
        problems.append("signature does not verify")
    return problems


def _authorization_fields(value: str) -> dict[str, str]:
    """``AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`` as a dict."""
    algorithm, _, rest = value.partition(" ")
    if algorithm != "AWS4-HMAC-SHA256":
        return {}
    pairs = (part.strip().partition("=") for part in rest.split(","))
    return {key: val for key, _, val in pairs}


def _lower(headers: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def check_request(wire: Wire, operation: str, params: dict[str, Any]) -> None:
    """botocore accepts ``params``; every client sends the request boto3 sends, correctly
    signed. boto3 is asked once, each client kind checked against its request."""
    input_shape = service_model().operation_model(operation).input_shape
    report = ParamValidator().validate(params, input_shape)
    assert not report.has_errors(), report.generate_report()
    expected = sent_by_boto3(wire, operation, params)
    assert signature_problems(expected, wire.server.url) == [], "the verifier rejects botocore"
    for kind in wire.clients:
        with failing_for(kind):
            actual = sent_by_generated(wire, kind, operation, params)
            assert request_differences(expected, actual) == []
            assert signature_problems(actual, wire.server.url) == []
            # The same input exactly as boto3 takes it (its names, dicts): the same request.
            as_dicts = sent_as_dicts(wire, kind, operation, params)
            assert request_differences(expected, as_dicts) == []


@pytest.mark.parametrize("operation", OPERATIONS)
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    # No shrinking: a regression would otherwise shrink large examples for minutes per
    # operation; the failing example is reported whole instead.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_request_matches_botocore(wire: Wire, operation: str, data: st.DataObject) -> None:
    input_shape = service_model().operation_model(operation).input_shape
    check_request(wire, operation, data.draw(input_values(input_shape), label="params"))


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == len(service_model().operation_names) == 167


# Values picked by hand so that they are always exercised, whatever hypothesis draws.


def test_timestamps_in_every_accepted_form(wire: Wire) -> None:
    moment = datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC)
    for start in (
        moment,
        moment.replace(tzinfo=None),
        "2024-03-01T01:59:58.123456+02:00",
        "2024-02-29T23:59:58Z",
        1709251198,
        1709251198.5,
        "1709251198.25",
    ):
        params = {
            "instanceName": "web-1",
            "metricName": "CPUUtilization",
            "period": 60,
            "startTime": start,
            "endTime": moment,
            "unit": "Percent",
            "statistics": ["Average"],
        }
        check_request(wire, "GetInstanceMetricData", params)


def test_unknown_enum_values_empty_lists_and_unicode(wire: Wire) -> None:
    params = {
        "instanceName": "ünïcødé ☃ 𝄞",
        "metricName": "SomeFutureMetric",
        "period": 86400,
        "startTime": 0,
        "endTime": datetime(2099, 12, 31, tzinfo=UTC),
        "unit": "Percent",
        "statistics": [],
    }
    check_request(wire, "GetInstanceMetricData", params)


def test_operations_without_input_members_send_an_empty_object(wire: Wire) -> None:
    model = service_model()
    empty = [name for name in OPERATIONS if not model.operation_model(name).input_shape.members]
    assert empty
    for operation in empty:
        expected = sent_by_boto3(wire, operation, {})
        assert expected.body == b"{}"
        for kind in wire.clients:
            actual = sent_by_generated(wire, kind, operation, {})
            assert actual.body == b"{}", kind
            assert request_differences(expected, actual) == [], kind


# The suite must catch a broken serializer: break one on purpose and watch it fail.


def test_a_dropped_member_is_reported(wire: Wire, monkeypatch: pytest.MonkeyPatch) -> None:
    request_class = lightsail.shapes.RegisterContainerImageRequest
    original = request_class.to_wire

    def without_digest(self: Any) -> dict[str, Any]:
        data = original(self)
        data.pop("digest", None)
        return data

    monkeypatch.setattr(request_class, "to_wire", without_digest)
    params = {"serviceName": "svc", "label": "web", "digest": "sha256:0123"}
    expected = sent_by_boto3(wire, "RegisterContainerImage", params)
    for kind in wire.clients:
        actual = sent_by_generated(wire, kind, "RegisterContainerImage", params)
        problems = request_differences(expected, actual)
        assert len(problems) == 1, kind
        assert problems[0].startswith("body:"), kind
        assert "digest" in problems[0], kind
    with pytest.raises(AssertionError, match=r"^sync client: "):
        test_request_matches_botocore(wire=wire, operation="RegisterContainerImage")
    # The async client, were the sync one right, is caught alike.
    async_only = dataclasses.replace(wire, clients={"async": wire.clients["async"]})
    with pytest.raises(AssertionError, match=r"^async client: "):
        test_request_matches_botocore(wire=async_only, operation="RegisterContainerImage")


def test_a_timestamp_losing_its_fraction_is_reported(
    wire: Wire, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module("lightsail.shapes.get_instance_metric_data_request")
    monkeypatch.setattr(module, "timestamp_to_epoch", lambda value: int(value.timestamp()))
    moment = datetime(2024, 1, 1, 0, 0, 0, 500000, tzinfo=UTC)
    params = {
        "instanceName": "web-1",
        "metricName": "CPUUtilization",
        "period": 60,
        "startTime": moment,
        "endTime": moment,
        "unit": "Percent",
        "statistics": ["Average"],
    }
    with pytest.raises(AssertionError, match="body"):
        check_request(wire, "GetInstanceMetricData", params)


def test_a_tampered_body_fails_signature_verification(wire: Wire) -> None:
    params = {"serviceName": "svc", "label": "web", "digest": "sha256:0123"}
    for kind in wire.clients:
        actual = sent_by_generated(wire, kind, "RegisterContainerImage", params)
        tampered = Recorded(
            actual.method, actual.path, actual.headers, actual.body.replace(b"web", b"wab")
        )
        assert signature_problems(actual, wire.server.url) == [], kind
        assert signature_problems(tampered, wire.server.url) == ["signature does not verify"]


def test_float_members_as_botocore_sends_them(wire: Wire) -> None:
    # PutAlarm's threshold is Lightsail's only float input; botocore sends a Decimal as a
    # float and infinities and NaN as the strings "Infinity", "-Infinity" and "NaN".
    for threshold in (
        1.5,
        -0.0,
        10**20,
        Decimal("2.675"),
        float("inf"),
        float("-inf"),
        float("nan"),
    ):
        params = {
            "alarmName": "cpu",
            "metricName": "CPUUtilization",
            "monitoredResourceName": "web-1",
            "comparisonOperator": "GreaterThanThreshold",
            "threshold": threshold,
            "evaluationPeriods": 1,
        }
        check_request(wire, "PutAlarm", params)
