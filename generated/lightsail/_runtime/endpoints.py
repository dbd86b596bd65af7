"""Endpoint resolution with botocore's rule-set engine and the model's endpoint rules."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ._botocore import botocore_module
from .errors import EndpointResolutionError


@dataclass(frozen=True)
class Endpoint:
    url: str
    signing_region: str | None = None
    signing_name: str | None = None


def resolve_endpoint(
    rules_file: Path | None,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
) -> Endpoint:
    """What botocore would resolve for these settings; a custom ``endpoint_url`` wins."""
    if rules_file is None:
        if endpoint_url is None:
            raise EndpointResolutionError(
                "this service has no endpoint rules: pass endpoint_url"
            )
        return Endpoint(endpoint_url)
    provider = botocore_module("endpoint_provider").EndpointProvider(
        _load_rules(rules_file), _partitions()
    )
    parameters: dict[str, Any] = {"UseFIPS": use_fips, "UseDualStack": use_dualstack}
    if region is not None:
        parameters["Region"] = region
    if endpoint_url is not None:
        parameters["Endpoint"] = endpoint_url
    try:
        resolved = provider.resolve_endpoint(**parameters)
    except botocore_module("exceptions").EndpointProviderError as exc:
        raise EndpointResolutionError(str(exc)) from exc
    scheme = _sigv4_scheme(resolved.properties)
    return Endpoint(
        resolved.url, scheme.get("signingRegion"), scheme.get("signingName")
    )


def _sigv4_scheme(properties: dict[str, Any]) -> dict[str, Any]:
    for scheme in properties.get("authSchemes", []):
        if scheme.get("name") == "sigv4":
            return dict(scheme)
    return {}


@cache
def _load_rules(path: Path) -> dict[str, Any]:
    rules: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return rules


@cache
def _partitions() -> dict[str, Any]:
    partitions: dict[str, Any] = (
        botocore_module("loaders").Loader().load_data("partitions")
    )
    return partitions
