"""Endpoints resolved at generation time, so a generated client need not import botocore's
rule-set engine to find its endpoint.

botocore's own EndpointProvider runs the model's endpoint rule set for every region
botocore's partitions list, with FIPS and dual-stack each off and on: the resulting table
maps (region, FIPS, dual-stack) to the URL and the SigV4 signing overrides botocore would
resolve. A combination the rules reject is left out, as is any region botocore does not
list: the runtime resolves those with botocore, which gives the same answer or error.

The table also says whether a custom ``endpoint_url`` comes out of the rules unchanged
(for every listed region and a region no partition lists, for several kinds of URL, and
with no properties or headers added); the runtime then uses it without running the rules.

The partitions are botocore's ``partitions.json``: a copy next to the model
(``partitions.json``) when there is one, so that the output depends on the pinned files
only; otherwise the installed botocore's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import botocore.exceptions  # type: ignore[import-untyped]
from botocore.endpoint_provider import EndpointProvider  # type: ignore[import-untyped]
from botocore.loaders import Loader  # type: ignore[import-untyped]

from .errors import ModelError
from .loader import PARTITIONS_FILE, RULES_FILE, read_partitions
from .runtime.endpoints import VARIANTS, sigv4_scheme

PASSTHROUGH_PROBES = (
    "https://example.invalid/base",
    "http://127.0.0.1:8080",
    "https://EXAMPLE.invalid:8443/a/b/?q=1",
)
UNLISTED_REGION = "xx-unlisted-1"
"""A well-formed region no partition lists: a custom endpoint must pass it through too."""


def load_partitions(model_dir: Path | None) -> dict[str, Any]:
    """The pinned ``partitions.json`` next to the model, else the installed botocore's."""
    pinned = model_dir / PARTITIONS_FILE if model_dir else None
    if pinned is not None and pinned.is_file():
        return read_partitions(pinned)
    loaded: dict[str, Any] = Loader().load_data("partitions")
    return loaded


def listed_regions(partitions: dict[str, Any]) -> list[str]:
    """Every region of every partition, sorted."""
    return sorted(
        {region for p in partitions["partitions"] for region in p.get("regions", {})}
    )


def build_table(rule_set: dict[str, Any], partitions: dict[str, Any]) -> dict[str, Any]:
    """``{"endpoint_url_passthrough": bool, "regions": {region: {variant: entry}}}``.

    An entry is the URL, or ``{"url", "signing_region", "signing_name"}`` when the rules
    set a SigV4 signing region or name.
    """
    provider = EndpointProvider(rule_set, partitions)
    regions = listed_regions(partitions)
    table: dict[str, dict[str, Any]] = {}
    for region in regions:
        entries = {}
        for (fips, dualstack), variant in VARIANTS.items():
            resolved = _resolve(
                provider, Region=region, UseFIPS=fips, UseDualStack=dualstack
            )
            if resolved is not None:
                _check_url(str(resolved.url), region, variant)
                entries[variant] = _entry(resolved)
        if entries:
            table[region] = entries
    return {
        "endpoint_url_passthrough": _passes_endpoint_through(provider, regions),
        "regions": table,
    }


class UnusableEndpointError(Exception):
    """The rules resolve a region to a URL no client can send a request to."""


def _check_url(url: str, region: str, variant: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnusableEndpointError(f"the rules resolve {region} ({variant}) to {url[:80]!r}, "
                               "which is not an http(s) URL with a host")


def endpoint_table_json(rule_set: dict[str, Any] | None, model_dir: Path | None) -> str:
    """The table as sorted, indented JSON; "" when the model has no rule set."""
    if rule_set is None:
        return ""
    partitions = load_partitions(model_dir)
    try:
        table = build_table(rule_set, partitions)
    except UnusableEndpointError as exc:
        raise ModelError(_rules_file(model_dir), "$", str(exc)) from exc
    except Exception as exc:  # whatever botocore's engine raises: the loader missed it
        rules_file = _rules_file(model_dir)
        problem = f"{type(exc).__name__}: {exc}"
        raise ModelError(rules_file, "$", "botocore's endpoint rule engine fails on the rule "
                         f"set: {problem if len(problem) <= 300 else problem[:297] + '...'}"
                         ) from exc
    return json.dumps(table, indent=1, sort_keys=True) + "\n"


def _rules_file(model_dir: Path | None) -> Path:
    """The rule-set file of the model in ``model_dir`` (as the loader found it)."""
    plain = (model_dir or Path()) / RULES_FILE
    compressed = plain.with_name(RULES_FILE + ".gz")
    return compressed if compressed.is_file() and not plain.is_file() else plain


def _resolve(provider: Any, **parameters: Any) -> Any:
    try:
        return provider.resolve_endpoint(**parameters)
    except botocore.exceptions.EndpointProviderError:
        return None


def _entry(resolved: Any) -> str | dict[str, str]:
    scheme = sigv4_scheme(resolved.properties)
    overrides = {
        "signing_region": scheme.get("signingRegion"),
        "signing_name": scheme.get("signingName"),
    }
    if not any(overrides.values()):
        return str(resolved.url)
    return {"url": str(resolved.url), **{k: v for k, v in overrides.items() if v}}


def _passes_endpoint_through(provider: Any, regions: list[str]) -> bool:
    """Whether the rules return any custom endpoint as it is, adding nothing."""
    probes = [(region, PASSTHROUGH_PROBES[0]) for region in [*regions, UNLISTED_REGION]]
    probes += [(UNLISTED_REGION, url) for url in PASSTHROUGH_PROBES[1:]]
    for region, url in probes:
        resolved = _resolve(
            provider, Region=region, UseFIPS=False, UseDualStack=False, Endpoint=url
        )
        if (
            resolved is None
            or resolved.url != url
            or resolved.properties
            or resolved.headers
        ):
            return False
    return True
