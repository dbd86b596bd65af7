"""Endpoint resolution with botocore's rule-set engine and the model's endpoint rules.

The generator ran botocore's engine over the rule set for every region botocore lists
(``endpoint-table.json``), so the common case reads a table; anything else (a region the
table lacks, a rule set that changes custom endpoints) is resolved by botocore at runtime.
Nothing here touches the network: the rule set and botocore's partitions are local files.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit, urlunsplit

from ._botocore import botocore_module
from .errors import EndpointResolutionError, InvalidRegionError

# botocore.utils.validate_region_name: a region must be usable as a host label.
_REGION_NAME = re.compile(r"^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?<!-)$")

TABLE_FILE = "endpoint-table.json"
VARIANTS = {
    (False, False): "plain",
    (True, False): "fips",
    (False, True): "dualstack",
    (True, True): "fips+dualstack",
}
"""(use_fips, use_dualstack) -> the key of that combination in the endpoint table."""


class Endpoint(NamedTuple):
    url: str
    signing_region: str | None = None
    signing_name: str | None = None


def fips_pseudo_region(region: str) -> str | None:
    """``us-east-1`` for ``fips-us-east-1`` or ``us-east-1-fips`` (botocore's FIPS aliases)."""
    normalized = region.replace("fips-", "").replace("-fips", "")
    return normalized if normalized != region else None


def resolve_endpoint(
    rules_file: Path | None,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
) -> Endpoint:
    """What botocore resolves for these settings.

    A custom ``endpoint_url`` is passed to the rules as ``Endpoint`` and, as botocore does,
    turns FIPS and dual-stack off (they describe AWS's own endpoints). The answer comes
    from the table the generator computed with botocore (``endpoint-table.json`` next to
    the rule set) when it has one; otherwise botocore runs the rules now.
    """
    if region is not None and not _REGION_NAME.match(region):
        raise InvalidRegionError(region)
    if rules_file is None:
        if endpoint_url is None:
            raise EndpointResolutionError(
                "this service has no endpoint rules: pass endpoint_url"
            )
        return Endpoint(endpoint_url)
    found = _from_table(rules_file, region, endpoint_url, use_fips, use_dualstack)
    if found is not None:
        return found
    return resolve_with_rules(
        rules_file,
        region=region,
        endpoint_url=endpoint_url,
        use_fips=use_fips,
        use_dualstack=use_dualstack,
    )


def resolve_with_rules(
    rules_file: Path,
    *,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
) -> Endpoint:
    """botocore's EndpointProvider running the model's rule set (no table)."""
    parameters: dict[str, Any] = {
        "UseFIPS": use_fips and endpoint_url is None,
        "UseDualStack": use_dualstack and endpoint_url is None,
    }
    if region is not None:
        parameters["Region"] = region
    if endpoint_url is not None:
        parameters["Endpoint"] = endpoint_url
    provider = botocore_module("endpoint_provider").EndpointProvider(
        _load_json(rules_file), _partitions()
    )
    try:
        resolved = provider.resolve_endpoint(**parameters)
    except botocore_module("exceptions").EndpointProviderError as exc:
        raise EndpointResolutionError(str(exc)) from exc
    scheme = sigv4_scheme(resolved.properties)
    return Endpoint(
        resolved.url, scheme.get("signingRegion"), scheme.get("signingName")
    )


def table_file(rules_file: Path) -> Path:
    """Where the generator puts the precomputed endpoints of a rule set."""
    return rules_file.with_name(TABLE_FILE)


def _from_table(
    rules_file: Path,
    region: str | None,
    endpoint_url: str | None,
    use_fips: bool,
    use_dualstack: bool,
) -> Endpoint | None:
    """The precomputed answer, or None when the table has none for these settings."""
    if region is None:
        return None
    table = _load_table(table_file(rules_file))
    if endpoint_url is not None:
        return Endpoint(endpoint_url) if table.get("endpoint_url_passthrough") else None
    variant = VARIANTS[use_fips, use_dualstack]
    entry = table.get("regions", {}).get(region, {}).get(variant)
    if entry is None:
        return None
    if isinstance(entry, str):
        return Endpoint(entry)
    return Endpoint(
        entry["url"], entry.get("signing_region"), entry.get("signing_name")
    )


def request_url(endpoint_url: str, request_uri: str, host_prefix: str = "") -> str:
    """The URL of an operation, joined as botocore joins it (``/`` adds nothing to a
    path; a ``hostPrefix`` goes before the host)."""
    parts = urlsplit(endpoint_url)
    if not request_uri or request_uri == "/":
        path = parts.path or "/"
    elif parts.path.endswith("/") and request_uri.startswith("/"):
        path = parts.path[:-1] + request_uri
    else:
        path = parts.path + request_uri
    netloc = host_prefix + parts.netloc
    return urlunsplit((parts.scheme, netloc, path, parts.query, parts.fragment))


def sigv4_scheme(properties: dict[str, Any]) -> dict[str, Any]:
    """The first ``sigv4`` auth scheme a resolved endpoint lists (the one the client uses)."""
    for scheme in properties.get("authSchemes", []):
        if scheme.get("name") == "sigv4":
            return dict(scheme)
    return {}


@cache
def _load_json(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@cache
def _load_table(path: Path) -> dict[str, Any]:
    """The generator's table; an empty one when the file is missing (custom templates)."""
    try:
        return _load_json(path)
    except FileNotFoundError:
        return {}


@cache
def _partitions() -> dict[str, Any]:
    partitions: dict[str, Any] = (
        botocore_module("loaders").Loader().load_data("partitions")
    )
    return partitions
