"""Members marked ``sensitive`` in the model never show in reprs, nested or not."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import lightsail.shapes
import pytest
from lightsail.errors import NotFoundException
from lightsail.shapes import (
    AccessKey,
    CreateKeyPairResult,
    CreateRelationalDatabaseRequest,
    GetBucketAccessKeysResult,
    GetInstanceAccessDetailsResult,
    InstanceAccessDetails,
    KeyPair,
    PasswordData,
    SetupInstanceHttpsRequest,
    Tag,
    TagResourceRequest,
)

from generator.runtime.errors import ServiceError
from generator.runtime.reprs import MASK

MODEL = Path(__file__).resolve().parent.parent / "models/lightsail/2016-11-28/service-2.json"
SECRETS = (
    "hunter2-password",
    "AKIDSENSITIVE0000000",
    "secret-access-key",
    "ciphertext-value",
    "private-key-value",
    "admin@example.com",
    "base64-private-key",
)


def shown(value: Any) -> str:
    return f"{value!r} {value!s} {[value]!r} {({'k': value})!r}"


def assert_masked(value: Any) -> str:
    text = shown(value)
    for secret in SECRETS:
        assert secret not in text
    return text


def test_sensitive_request_member_is_masked() -> None:
    request = CreateRelationalDatabaseRequest(
        relational_database_name="db",
        relational_database_blueprint_id="mysql",
        relational_database_bundle_id="micro",
        master_database_name="main",
        master_username="admin",
        master_user_password="hunter2-password",
    )
    text = assert_masked(request)
    assert f"master_user_password={MASK}" in text
    assert "master_username='admin'" in text  # other members show as usual
    assert request.master_user_password == "hunter2-password"  # only the repr hides it


def test_unset_sensitive_member_shows_none() -> None:
    request = CreateRelationalDatabaseRequest(
        relational_database_name="db",
        relational_database_blueprint_id="mysql",
        relational_database_bundle_id="micro",
        master_database_name="main",
        master_username="admin",
    )
    assert "master_user_password=None" in repr(request)


def test_required_sensitive_member_is_masked() -> None:
    request = SetupInstanceHttpsRequest(
        instance_name="i",
        email_address="admin@example.com",
        domain_names=["example.com"],
        certificate_provider="LetsEncrypt",
    )
    assert f"email_address={MASK}" in assert_masked(request)


def test_nested_shapes_are_masked() -> None:
    result = GetInstanceAccessDetailsResult(
        access_details=InstanceAccessDetails(
            password="hunter2-password",
            private_key="private-key-value",
            username="ec2-user",
            password_data=PasswordData(ciphertext="ciphertext-value", key_pair_name="kp"),
        )
    )
    text = assert_masked(result)
    assert "username='ec2-user'" in text and "key_pair_name='kp'" in text
    assert text.count(MASK) == 4 * 3  # password, private_key, ciphertext; in each of 4 forms


def test_shapes_in_lists_are_masked() -> None:
    result = GetBucketAccessKeysResult(
        access_keys=[
            AccessKey(
                access_key_id="AKIDSENSITIVE0000000",
                secret_access_key="secret-access-key",
                status="Active",
            )
        ]
    )
    assert "status='Active'" in assert_masked(result)


def test_parsed_responses_are_masked() -> None:
    result = CreateKeyPairResult.from_wire(
        {
            "keyPair": {"name": "k"},
            "privateKeyBase64": "base64-private-key",
            "publicKeyBase64": "pub",
        }
    )
    assert result.private_key_base64 == "base64-private-key"
    assert isinstance(result.key_pair, KeyPair)
    assert "public_key_base64='pub'" in assert_masked(result)


def test_errors_show_only_code_message_status_and_request_id() -> None:
    class SecretMemberError(ServiceError):
        """Like a generated error class whose shape has a sensitive member."""

        password: str | None

        def _read_members(self, body: Any) -> dict[str, Any]:
            self.password = body.get("password")
            return {"password": self.password}

    error = SecretMemberError(
        "bad", code="E", http_status=400, request_id="r", body={"password": "hunter2-password"}
    )
    assert error.password == "hunter2-password"
    assert assert_masked(error).startswith(
        "SecretMemberError(code='E', message='bad', http_status=400, request_id='r')"
    )
    found = NotFoundException(
        "gone",
        code="NotFoundException",
        http_status=400,
        body={"tip": "t", "docs": "d", "code": "c"},
    )
    assert repr(found) == (
        "NotFoundException(code='NotFoundException', message='gone', "
        "http_status=400, request_id=None)"
    )
    assert str(found) == "NotFoundException (HTTP 400): gone"


def sensitive_members() -> list[tuple[str, str]]:
    """(structure, member) for every member the model marks sensitive, directly or in a list."""
    shapes = json.loads(MODEL.read_text())["shapes"]

    def sensitive(name: str) -> bool:
        shape = shapes[name]
        inner = shape.get("member", shape.get("value", {})).get("shape")
        return bool(shape.get("sensitive")) or (inner is not None and sensitive(inner))

    return [
        (name, member)
        for name, shape in shapes.items()
        if shape["type"] == "structure" and not shape.get("exception")
        for member, ref in shape["members"].items()
        if sensitive(ref["shape"])
    ]


def test_the_model_has_sensitive_members() -> None:
    assert len(sensitive_members()) >= 14


@pytest.mark.parametrize(("structure", "member"), sensitive_members())
def test_every_sensitive_member_is_masked(structure: str, member: str) -> None:
    cls = getattr(lightsail.shapes, structure)
    attribute = next(name for name, rule in cls.RULES.items() if rule.wire == member)
    instance = cls(**{**dict.fromkeys(cls.RULES), attribute: "SENSITIVE-VALUE"})
    assert "SENSITIVE-VALUE" not in shown(instance)
    assert f"{attribute}={MASK}" in repr(instance)


def as_dataclass_would(cls: type) -> type:
    """``cls``'s fields in a plain ``@dataclass(kw_only=True)``: the eq and repr the
    generated classes had before Shape wrote them once for all."""
    fields = [(f.name, Any, dataclasses.field(default=None)) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, fields, kw_only=True)


def test_eq_repr_and_hash_are_the_dataclass_ones() -> None:
    reference = as_dataclass_would(Tag)
    nan = float("nan")
    pairs = [({"key": "k", "value": "v"}, {"key": "k", "value": "v"}),
             ({"key": "k", "value": "v"}, {"key": "k"}),
             ({"key": nan}, {"key": nan}),
             ({}, {})]
    for first, second in pairs:
        assert (Tag(**first) == Tag(**second)) == (reference(**first) == reference(**second))
        assert (Tag(**first) != Tag(**second)) == (reference(**first) != reference(**second))
        assert repr(Tag(**first)) == repr(reference(**first))
    tag = Tag(key="k", value=nan)
    assert tag == tag  # the identity check of tuple comparison, as a dataclass has it
    assert Tag(key="k") != KeyPair(name="k")
    with pytest.raises(TypeError, match="unhashable"):
        hash(Tag(key="k"))
    request = TagResourceRequest(resource_name="r", tags=[])
    request.tags.append(request)
    assert repr(request) == "TagResourceRequest(resource_name='r', tags=[...], resource_arn=None)"


def test_a_structure_is_a_dataclass_whose_init_is_written_in_its_module() -> None:
    """``@dataclass(init=False)``: the generator writes ``__init__`` (nothing compiled at
    import); fields, replace and the keyword-only arguments are a dataclass's."""
    tag = Tag(key="k")
    assert [field.name for field in dataclasses.fields(tag)] == ["key", "value"]
    assert tag.value is None
    assert dataclasses.replace(tag, value="v") == Tag(key="k", value="v")
    assert Tag.__init__.__code__.co_filename.endswith("tag.py")
    with pytest.raises(TypeError):
        Tag("k")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        TagResourceRequest(tags=[])  # type: ignore[call-arg]  # resource_name is required
    access = AccessKey(secret_access_key="s3cr3t")
    assert "s3cr3t" not in repr(access) and MASK in repr(access)
