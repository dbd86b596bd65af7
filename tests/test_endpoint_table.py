"""The endpoint table the generator precomputes with botocore, and the runtime reading it:
every entry is what botocore's EndpointProvider resolves at runtime, and whatever the
table lacks is still resolved by botocore."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from botocore.endpoint_provider import EndpointProvider
from botocore.loaders import Loader
from lightsail import Client
from lightsail._runtime import endpoints

from generator.endpoint_table import (
    VARIANTS,
    build_table,
    endpoint_table_json,
    listed_regions,
    load_partitions,
)
from generator.runtime.endpoints import Endpoint, resolve_endpoint, resolve_with_rules
from generator.runtime.errors import EndpointResolutionError

REPO = Path(__file__).resolve().parent.parent
MODEL_DIR = REPO / "models" / "lightsail" / "2016-11-28"
RULES_FILE = Path(Client.SERVICE.rules_file or "")
ACCESS_KEY, SECRET_KEY = "AKIDENDPOINTTABLE001", "endpoint-table-secret"


def lightsail_rules() -> dict[str, Any]:
    rules: dict[str, Any] = json.loads((MODEL_DIR / "endpoint-rule-set-1.json").read_text())
    return rules


def generated_table() -> dict[str, Any]:
    table: dict[str, Any] = json.loads(endpoints.table_file(RULES_FILE).read_text())
    return table


def botocore_partitions() -> dict[str, Any]:
    partitions: dict[str, Any] = Loader().load_data("partitions")
    return partitions


# -- the generator ----------------------------------------------------------------------


def test_table_covers_every_region_botocore_lists() -> None:
    table = generated_table()
    assert sorted(table["regions"]) == listed_regions(load_partitions(MODEL_DIR))
    assert {"us-east-1", "cn-north-1", "us-gov-west-1", "aws-global"} <= set(table["regions"])
    assert all(set(entries) == set(VARIANTS.values()) for entries in table["regions"].values())
    assert table["endpoint_url_passthrough"] is True


def test_table_is_what_botocore_resolves_with_the_model_rules() -> None:
    provider = EndpointProvider(lightsail_rules(), load_partitions(MODEL_DIR))
    for region, entries in generated_table()["regions"].items():
        for (fips, dualstack), variant in VARIANTS.items():
            resolved = provider.resolve_endpoint(
                Region=region, UseFIPS=fips, UseDualStack=dualstack
            )
            assert (region, variant, entries[variant]) == (region, variant, resolved.url)


def test_json_is_sorted_and_deterministic() -> None:
    text = endpoint_table_json(lightsail_rules(), MODEL_DIR)
    assert text == endpoint_table_json(lightsail_rules(), MODEL_DIR)
    assert text == json.dumps(json.loads(text), indent=1, sort_keys=True) + "\n"
    generated = endpoint_table_json(lightsail_rules(), MODEL_DIR, endpoint_prefix="lightsail")
    assert generated == endpoints.table_file(RULES_FILE).read_text()
    assert endpoint_table_json(None, MODEL_DIR) == ""


def test_a_pinned_partitions_file_next_to_the_model_wins(tmp_path: Path) -> None:
    pinned = {
        "version": "1.1",
        "partitions": [
            {
                "id": "aws",
                "outputs": {**botocore_partitions()["partitions"][0]["outputs"]},
                "regionRegex": "^(us|eu)\\-\\w+\\-\\d+$",
                "regions": {"eu-pinned-1": {}},
            }
        ],
    }
    (tmp_path / "partitions.json").write_text(json.dumps(pinned))
    assert load_partitions(tmp_path) == pinned
    assert load_partitions(None) == botocore_partitions()
    table = json.loads(endpoint_table_json(lightsail_rules(), tmp_path))
    assert list(table["regions"]) == ["eu-pinned-1"]
    assert table["regions"]["eu-pinned-1"]["plain"] == "https://lightsail.eu-pinned-1.amazonaws.com"


PARAMETERS = {
    "Region": {"builtIn": "AWS::Region", "required": False, "type": "string"},
    "UseFIPS": {"builtIn": "AWS::UseFIPS", "required": True, "default": False, "type": "boolean"},
    "UseDualStack": {
        "builtIn": "AWS::UseDualStack",
        "required": True,
        "default": False,
        "type": "boolean",
    },
    "Endpoint": {"builtIn": "SDK::Endpoint", "required": False, "type": "string"},
}


def endpoint(url: Any, **sigv4: str) -> dict[str, Any]:
    properties = {"authSchemes": [{"name": "sigv4", **sigv4}]} if sigv4 else {}
    return {
        "conditions": [],
        "endpoint": {"url": url, "properties": properties, "headers": {}},
        "type": "endpoint",
    }


def rule_set(custom: dict[str, Any]) -> dict[str, Any]:
    """A rule set with signing overrides, no FIPS in aws-cn, and ``custom`` for Endpoint."""
    is_set = {"fn": "isSet", "argv": [{"ref": "Endpoint"}]}
    partition = {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}
    fips = {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}
    partition_name = {"fn": "getAttr", "argv": [{"ref": "P"}, "name"]}
    in_china = {"fn": "stringEquals", "argv": [partition_name, "aws-cn"]}
    region_rules = [
        {"conditions": [fips, in_china], "error": "no FIPS in China", "type": "error"},
        {
            "conditions": [fips],
            "rules": [endpoint("https://svc-fips.{Region}.{P#dnsSuffix}")],
            "type": "tree",
        },
        endpoint(
            "https://svc.{Region}.{P#dnsSuffix}", signingName="svc-sign", signingRegion="{Region}"
        ),
    ]
    return {
        "version": "1.0",
        "parameters": PARAMETERS,
        "rules": [
            {"conditions": [is_set], "rules": [custom], "type": "tree"},
            {
                "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}, partition],
                "rules": region_rules,
                "type": "tree",
            },
            {"conditions": [], "error": "Missing Region", "type": "error"},
        ],
    }


@pytest.mark.parametrize(
    ("custom", "passthrough"),
    [
        (endpoint({"ref": "Endpoint"}), True),
        (endpoint({"ref": "Endpoint"}, signingName="other"), False),
        (endpoint("{Endpoint}/extra"), False),
        ({"conditions": [], "error": "custom endpoints are not supported", "type": "error"}, False),
    ],
)
def test_passthrough_only_when_rules_return_endpoint_url_as_is(
    custom: dict[str, Any], passthrough: bool
) -> None:
    table = build_table(rule_set(custom), botocore_partitions())
    assert table["endpoint_url_passthrough"] is passthrough


# -- the runtime ------------------------------------------------------------------------


def test_every_table_entry_matches_botocore_at_runtime() -> None:
    """The table path and the forced botocore path agree for all regions and variants."""
    for region in generated_table()["regions"]:
        for fips, dualstack in VARIANTS:
            settings: dict[str, Any] = {
                "region": region,
                "endpoint_url": None,
                "use_fips": fips,
                "use_dualstack": dualstack,
            }
            from_table = resolve_endpoint(RULES_FILE, **settings)
            assert (region, fips, dualstack, from_table) == (
                region,
                fips,
                dualstack,
                resolve_with_rules(RULES_FILE, **settings),
            )


@pytest.fixture
def synthetic_rules(tmp_path: Path) -> Path:
    """A rule set with signing overrides and errors, and its table, as a package has them."""
    rules = rule_set(endpoint({"ref": "Endpoint"}, signingName="custom-sign"))
    rules_file = tmp_path / "endpoint-rule-set.json"
    rules_file.write_text(json.dumps(rules))
    table = build_table(rules, botocore_partitions())
    endpoints.table_file(rules_file).write_text(json.dumps(table))
    return rules_file


def outcome(resolve: Any, rules_file: Path, **settings: Any) -> Endpoint | str:
    try:
        found: Endpoint = resolve(rules_file, **settings)
    except EndpointResolutionError as error:
        return f"error: {error}"
    return found


@pytest.mark.parametrize(
    "region", ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "xx-unlisted-1", None]
)
@pytest.mark.parametrize("endpoint_url", [None, "https://example.com/base"])
@pytest.mark.parametrize(("fips", "dualstack"), list(VARIANTS))
def test_signing_overrides_and_errors_match_botocore(
    synthetic_rules: Path, region: str | None, endpoint_url: str | None, fips: bool, dualstack: bool
) -> None:
    settings = {
        "region": region,
        "endpoint_url": endpoint_url,
        "use_fips": fips,
        "use_dualstack": dualstack,
    }
    assert outcome(resolve_endpoint, synthetic_rules, **settings) == outcome(
        resolve_with_rules, synthetic_rules, **settings
    )


def test_entries_with_signing_overrides_are_read(synthetic_rules: Path) -> None:
    table = json.loads(endpoints.table_file(synthetic_rules).read_text())
    assert table["regions"]["eu-west-1"]["plain"] == {
        "url": "https://svc.eu-west-1.amazonaws.com",
        "signing_name": "svc-sign",
        "signing_region": "eu-west-1",
    }
    assert "fips" not in table["regions"]["cn-north-1"]  # an error: botocore raises it
    assert table["endpoint_url_passthrough"] is False
    found = resolve_endpoint(
        synthetic_rules, region="eu-west-1", endpoint_url=None, use_fips=False, use_dualstack=False
    )
    assert found == Endpoint("https://svc.eu-west-1.amazonaws.com", "eu-west-1", "svc-sign")


def test_without_a_table_file_botocore_resolves(synthetic_rules: Path) -> None:
    endpoints.table_file(synthetic_rules).unlink()
    endpoints._load_table.cache_clear()
    found = resolve_endpoint(
        synthetic_rules, region="eu-west-1", endpoint_url=None, use_fips=False, use_dualstack=False
    )
    assert found == Endpoint("https://svc.eu-west-1.amazonaws.com", "eu-west-1", "svc-sign")


def test_clients_use_the_table_and_botocore_for_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    resolved_by_botocore: list[str | None] = []
    original = endpoints.resolve_with_rules

    def recording(rules_file: Path, **settings: Any) -> Endpoint:
        resolved_by_botocore.append(settings["region"])
        return original(rules_file, **settings)

    monkeypatch.setattr(endpoints, "resolve_with_rules", recording)
    for region in ("us-west-2", "ap-northeast-1", "xx-future-7"):
        Client(region, None, ACCESS_KEY, SECRET_KEY)
    Client("us-east-1", "https://example.com/custom", ACCESS_KEY, SECRET_KEY)
    assert resolved_by_botocore == ["xx-future-7"]


def test_a_section_per_set_of_constants_with_client_parameters_named() -> None:
    """ACM-like: every operation sets ServiceType; the most common value is the top level,
    the other a section of its own; each is what botocore resolves with that constant."""
    rules = json.loads((REPO / "tests/fixtures/routing/endpoint-rule-set-1.json").read_text())
    rules["parameters"]["AccountIdEndpointMode"] = {
        "builtIn": "AWS::Auth::AccountIdEndpointMode", "required": False, "type": "String"}
    partitions = botocore_partitions()
    table = build_table(rules, partitions, [{"Mode": "search"}, {}, {}], ["Stage", "Nope"])
    assert "static_params" not in table  # {} is the most common
    [other] = table["other_static_params"]
    assert other["static_params"] == {"Mode": "search"}
    assert table["client_context_params"] == {"Stage": "stage"}  # only declared ones
    assert table["builtin_params"] == {"AccountIdEndpointMode": "AWS::Auth::AccountIdEndpointMode"}
    provider = EndpointProvider(rules, partitions)
    for section, constants in ((table, {}), (other, {"Mode": "search"})):
        resolved = provider.resolve_endpoint(Region="eu-west-1", UseFIPS=False,
                                             UseDualStack=False, AccountIdEndpointMode="preferred",
                                             **constants)
        entry = section["regions"]["eu-west-1"]["plain"]
        assert (entry if isinstance(entry, str) else entry["url"]) == resolved.url


def test_input_bound_parameters_are_named_and_sigv4a_endpoints_left_out() -> None:
    """The runtime resolves those per call (and refuses SigV4a: nothing it can sign)."""
    rules = rule_set(endpoint({"ref": "Endpoint"}))
    rules["parameters"] = {**PARAMETERS, "Arn": {"required": False, "type": "string"}}
    fips_tree = rules["rules"][1]["rules"][1]["rules"][0]["endpoint"]
    fips_tree["properties"] = {"authSchemes": [{"name": "sigv4a", "signingRegionSet": ["*"]}]}
    table = build_table(rules, botocore_partitions(), input_params=["Arn", "Undeclared", "Arn"],
                        endpoint_prefix="svc")
    assert (table["input_params"], table["endpoint_prefix"]) == (["Arn"], "svc")
    assert set(table["regions"]["eu-west-1"]) == {"plain", "dualstack"}  # no FIPS: SigV4a
