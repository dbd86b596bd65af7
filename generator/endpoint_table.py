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

A rule set may declare parameters beyond Region, UseFIPS, UseDualStack and Endpoint. The
table names those the client's configuration sets (``builtin_params``: AccountId and
AccountIdEndpointMode; ``client_context_params``: the model's ``clientContextParams``,
by botocore's snake-case name) and is computed with them at their defaults, once for
each set of constants operations bind (``staticContextParams``): the most common set at
the top level (``static_params``, left out when empty), the others under
``other_static_params``. Parameters bound to input values are the runtime's business:
the table names them (``input_params``) and gives the model's ``endpoint_prefix``, with
which the runtime asks botocore for a client's ``meta.endpoint_url`` when the rules give
no endpoint without a call's input (a client whose every call needs an ARN).

An endpoint that asks for a signature clients cannot make (SigV4a only) is left out: the
runtime resolves it with botocore, and the call fails before anything is sent.

The partitions are botocore's ``partitions.json``: a copy next to the model
(``partitions.json``) when there is one, so that the output depends on the pinned files
only; otherwise the installed botocore's.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import botocore.exceptions  # type: ignore[import-untyped]
from botocore import xform_name
from botocore.endpoint_provider import EndpointProvider  # type: ignore[import-untyped]
from botocore.loaders import Loader  # type: ignore[import-untyped]

from .errors import ModelError
from .loader import PARTITIONS_FILE, RULES_FILE, read_partitions
from .runtime.endpoints import (
    BUILTIN_DEFAULTS,
    STANDARD_PARAMETERS,
    VARIANTS,
    sigv4_scheme,
)
from .runtime.errors import UnsupportedAuthSchemeError

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


def build_table(
    rule_set: dict[str, Any],
    partitions: dict[str, Any],
    static_params: Iterable[Mapping[str, Any]] = (),
    client_context_params: Iterable[str] = (),
    input_params: Iterable[str] = (),
    endpoint_prefix: str = "",
) -> dict[str, Any]:
    """``{"endpoint_url_passthrough": bool, "regions": {region: {variant: entry}}}``,
    and the parameters described in the module's docstring when the rule set has them.

    An entry is the URL, or ``{"url", "signing_region", "signing_name"}`` when the rules
    set a SigV4 signing region or name. ``static_params``: each operation's constants
    (those the rule set declares); ``client_context_params``: the model's;
    ``input_params``: the parameters operations bind to their input.
    """
    provider = EndpointProvider(rule_set, partitions)
    regions = listed_regions(partitions)
    declared: dict[str, Any] = rule_set.get("parameters", {})
    builtins = {
        name: spec["builtIn"]
        for name, spec in declared.items()
        if name not in STANDARD_PARAMETERS and "builtIn" in spec
    }
    defaults = {
        name: BUILTIN_DEFAULTS[builtin]
        for name, builtin in builtins.items()
        if builtin in BUILTIN_DEFAULTS
    }
    counts = Counter(json.dumps(dict(params), sort_keys=True) for params in static_params)
    constants = sorted(counts, key=lambda key: (-counts[key], key)) or ["{}"]
    sections = []
    for key in constants:
        static = json.loads(key)
        section = _section(provider, regions, {**defaults, **static})
        sections.append({"static_params": static, **section} if static else section)
    table: dict[str, Any] = sections[0]
    if sections[1:]:
        table["other_static_params"] = sections[1:]
    if builtins:
        table["builtin_params"] = builtins
    client_context = {
        name: xform_name(name) for name in client_context_params if name in declared
    }
    if client_context:
        table["client_context_params"] = client_context
    bound = sorted({name for name in input_params if name in declared})
    if bound:
        table["input_params"] = bound
    if endpoint_prefix:
        table["endpoint_prefix"] = endpoint_prefix
    return table


def _section(provider: Any, regions: list[str], params: dict[str, Any]) -> dict[str, Any]:
    """The endpoints of every region and variant, and whether a custom endpoint passes
    through, for these parameters besides the standard ones."""
    table: dict[str, dict[str, Any]] = {}
    for region in regions:
        entries = {}
        for (fips, dualstack), variant in VARIANTS.items():
            resolved = _resolve(
                provider, Region=region, UseFIPS=fips, UseDualStack=dualstack, **params
            )
            if resolved is not None and _signable(resolved):
                _check_url(str(resolved.url), region, variant)
                entries[variant] = _entry(resolved)
        if entries:
            table[region] = entries
    return {
        "endpoint_url_passthrough": _passes_endpoint_through(provider, regions, params),
        "regions": table,
    }


class UnusableEndpointError(Exception):
    """The rules resolve a region to a URL no client can send a request to."""


def _check_url(url: str, region: str, variant: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnusableEndpointError(f"the rules resolve {region} ({variant}) to {url[:80]!r}, "
                               "which is not an http(s) URL with a host")


def endpoint_table_json(
    rule_set: dict[str, Any] | None,
    model_dir: Path | None,
    static_params: Iterable[Mapping[str, Any]] = (),
    client_context_params: Iterable[str] = (),
    input_params: Iterable[str] = (),
    endpoint_prefix: str = "",
) -> str:
    """The table as sorted, indented JSON; "" when the model has no rule set."""
    if rule_set is None:
        return ""
    partitions = load_partitions(model_dir)
    try:
        table = build_table(rule_set, partitions, static_params, client_context_params,
                            input_params, endpoint_prefix)
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


def _signable(resolved: Any) -> bool:
    try:
        sigv4_scheme(resolved.properties)
    except UnsupportedAuthSchemeError:
        return False
    return True


def _entry(resolved: Any) -> str | dict[str, str]:
    scheme = sigv4_scheme(resolved.properties)
    overrides = {
        "signing_region": scheme.get("signingRegion"),
        "signing_name": scheme.get("signingName"),
    }
    if not any(overrides.values()):
        return str(resolved.url)
    return {"url": str(resolved.url), **{k: v for k, v in overrides.items() if v}}


def _passes_endpoint_through(
    provider: Any, regions: list[str], params: dict[str, Any]
) -> bool:
    """Whether the rules return any custom endpoint as it is, adding nothing."""
    probes = [(region, PASSTHROUGH_PROBES[0]) for region in [*regions, UNLISTED_REGION]]
    probes += [(UNLISTED_REGION, url) for url in PASSTHROUGH_PROBES[1:]]
    for region, url in probes:
        resolved = _resolve(
            provider, Region=region, UseFIPS=False, UseDualStack=False, Endpoint=url,
            **params,
        )
        if (
            resolved is None
            or resolved.url != url
            or resolved.properties
            or resolved.headers
        ):
            return False
    return True
