"""Validate endpoint-rule-set-1.json and partitions.json before botocore's engine runs them.

botocore's EndpointProvider trusts its input: a rule without ``conditions``, a rule key it
does not know, a function name it lacks, a template naming a value that is not set, or a
``getAttr`` of a key a value does not have ends in a TypeError, AttributeError or KeyError,
at generation time (the endpoint table runs the rules) or in a generated client's
constructor (which runs them for regions the table lacks). Here every rule set is checked
as botocore evaluates it, with its JSON path on failure:

- the document: ``version`` (a string), ``parameters`` (an object of typed parameters),
  ``rules`` (a list);
- each rule: ``type`` ``endpoint``, ``error`` or ``tree`` with exactly the keys botocore
  accepts for it (it passes them on as keyword arguments); ``conditions`` a list of
  function calls; nesting at most MAX_RULE_DEPTH rules deep;
- each expression: a string (a template's ``{name}`` and ``{name#key}`` must name a value
  that is set there, with that key), a boolean, an integer, ``{"ref": name}`` or
  ``{"fn": name, "argv": [...]}`` calling one of botocore's functions with the number and
  kind of arguments it takes; calls nest at most MAX_CALL_DEPTH deep.

Values are typed as the rules language types them (string, boolean, stringArray, and the
records ``aws.partition``, ``parseURL`` and ``aws.parseArn`` return), with "set" tracked
as botocore needs it: a parameter is set when it is required or has a default, or inside a
rule whose conditions include ``isSet`` of it, and ``Region``, ``UseFIPS`` and
``UseDualStack`` always are (clients pass them); an assigned value is set (its condition
held). Every rule set botocore ships passes (tests/test_hostile_models.py checks).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ModelError, child

MAX_RULE_DEPTH = 64
"""Rules nested in tree rules; botocore's deepest (s3) is 18. Its engine recurses per level."""
MAX_CALL_DEPTH = 16
"""Function calls nested in arguments; botocore's deepest is 3."""
MAX_PROPERTY_DEPTH = 32
"""Objects and lists nested in an endpoint's properties (authSchemes: 4)."""

PARAMETER_TYPES = {"string": "string", "boolean": "boolean", "stringarray": "stringArray"}
PARTITION_OUTPUTS = {
    "name": "string",
    "dnsSuffix": "string",
    "dualStackDnsSuffix": "string",
    "implicitGlobalRegion": "string",
    "supportsFIPS": "boolean",
    "supportsDualStack": "boolean",
}
"""The keys of every partition's ``outputs`` (``aws.partition`` returns them)."""
RECORDS: dict[str, dict[str, str]] = {
    "partition": PARTITION_OUTPUTS,
    "url": {"scheme": "string", "authority": "string", "path": "string",
            "normalizedPath": "string", "isIp": "boolean"},
    "arn": {"partition": "string", "service": "string", "region": "string",
            "accountId": "string", "resourceId": "stringArray"},
}
"""The records functions return: key -> type."""

ANY = "any"
"""The type of what ``getAttr`` returns from a value of unknown type: accepted anywhere."""
TEXT = ("string",)
FLAG = ("boolean",)
EVERY = ("string", "boolean", "int", "stringArray", *RECORDS)


@dataclass(frozen=True)
class Signature:
    arguments: tuple[tuple[str, ...], ...]
    """The types each argument may have (a value of type ANY may be any of them)."""
    returns: str
    literal: frozenset[int] = frozenset()
    """The arguments that must be written out (botocore's rule sets always do)."""


FUNCTIONS = {
    "isSet": Signature((EVERY,), "boolean"),
    "not": Signature((EVERY,), "boolean"),
    "getAttr": Signature((("stringArray", *RECORDS), TEXT), ANY, frozenset({1})),
    "stringEquals": Signature((TEXT, TEXT), "boolean"),
    "booleanEquals": Signature((FLAG, FLAG), "boolean"),
    "uriEncode": Signature((TEXT,), "string"),
    "parseURL": Signature((TEXT,), "url"),
    "isValidHostLabel": Signature((TEXT, ("boolean",)), "boolean", frozenset({1})),
    "aws.partition": Signature((TEXT,), "partition"),
    "aws.parseArn": Signature((TEXT,), "arn"),
    "aws.isVirtualHostableS3Bucket": Signature((TEXT, ("boolean",)), "boolean", frozenset({1})),
    "substring": Signature((TEXT, ("int",), ("int",), ("boolean",)), "string",
                           frozenset({1, 2, 3})),
}
"""botocore's rule-set standard library (botocore/endpoint_provider.py)."""
NEEDS_SET = frozenset({"getAttr"})
"""Functions that fail (rather than answer false or None) on a value that is not set."""
RULE_KEYS = {
    "endpoint": frozenset({"type", "conditions", "documentation", "endpoint"}),
    "error": frozenset({"type", "conditions", "documentation", "error"}),
    "tree": frozenset({"type", "conditions", "documentation", "rules"}),
}
# botocore treats a string as a template when this matches anywhere in it.
_TEMPLATE = re.compile(r"\{[a-zA-Z#]+\}")
# What a literal endpoint URL starts with (clients send requests to nothing else).
_URL_START = re.compile(r"https?://|\{", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)?(?:\[(\d+)\])?")
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Value:
    """A name in scope: its type, and whether it is certainly set (not None) there."""

    type: str
    set: bool


Scope = Mapping[str, Value]


# -- endpoint-rule-set-1.json ------------------------------------------------------------


def validate_rule_set(rule_set: dict[str, Any], file: Path) -> None:
    """Refuse a rule set botocore's engine cannot run, naming the JSON path."""
    if not isinstance(rule_set.get("version"), str):
        raise ModelError(file, "$.version", "missing or not a string")
    if "parameters" not in rule_set:
        raise ModelError(file, "$.parameters", "missing")
    scope = _parameters(rule_set["parameters"], file)
    rules = rule_set.get("rules")
    if not isinstance(rules, list):
        raise ModelError(file, "$.rules", f"expected a list of rules, not {_short(rules)}")
    checker = _Checker(file)
    stack: list[tuple[list[Any], str, Scope, int]] = [(rules, "$.rules", scope, 1)]
    while stack:
        rule_list, where, outer, depth = stack.pop()
        if depth > MAX_RULE_DEPTH:
            raise ModelError(file, where, f"rules nested deeper than {MAX_RULE_DEPTH} levels")
        for index, rule in enumerate(rule_list):
            nested = checker.rule(rule, child(where, index), outer)
            if nested is not None:
                stack.append((*nested, depth + 1))


def _parameters(parameters: Any, file: Path) -> dict[str, Value]:
    from .runtime.endpoints import STANDARD_PARAMETERS  # imports botocore: not at start-up

    # Set whatever the rule set declares, as in the endpoint table; Endpoint is set only
    # with a custom endpoint_url.
    always_set = STANDARD_PARAMETERS.keys() - {"Endpoint"}
    if not isinstance(parameters, dict):
        raise ModelError(file, "$.parameters", f"expected an object, not {_short(parameters)}")
    scope = {}
    for name, spec in parameters.items():
        where = child("$.parameters", name)
        if not name or not name.isascii() or not name.isidentifier():
            raise ModelError(file, where, f"parameter name {name!r} is not an identifier")
        if not isinstance(spec, dict):
            raise ModelError(file, where, f"expected an object, not {_short(spec)}")
        declared = spec.get("type")
        kind = PARAMETER_TYPES.get(declared.lower()) if isinstance(declared, str) else None
        if kind is None:
            raise ModelError(file, f"{where}.type", f"unknown parameter type {_short(declared)} "
                             "(expected string, boolean or stringArray)")
        for key in ("builtIn", "documentation"):
            if key in spec and not isinstance(spec[key], str):
                raise ModelError(file, child(where, key), f"expected a string, not "
                                 f"{_short(spec[key])}")
        if "required" in spec and not isinstance(spec["required"], bool):
            raise ModelError(file, f"{where}.required",
                             f"expected true or false, not {_short(spec['required'])}")
        if "deprecated" in spec:
            _deprecated(spec["deprecated"], file, f"{where}.deprecated")
        default = spec.get("default")
        if default is not None and not _has_type(default, kind):
            raise ModelError(file, f"{where}.default",
                             f"{_short(default)} is not a {kind} (the parameter's type)")
        always = name in always_set or bool(spec.get("required")) or default is not None
        scope[name] = Value(kind, always)
    return scope


def _deprecated(value: Any, file: Path, where: str) -> None:
    if not isinstance(value, dict):
        raise ModelError(file, where, f"expected an object, not {_short(value)}")
    for key in ("message", "since"):
        if key in value and not isinstance(value[key], str):
            raise ModelError(file, child(where, key), f"expected a string, not "
                             f"{_short(value[key])}")


def _has_type(value: Any, kind: str) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "stringArray":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, str)


class _Checker:
    def __init__(self, file: Path) -> None:
        self.file = file

    def fail(self, where: str, problem: str) -> ModelError:
        return ModelError(self.file, where, problem)

    def rule(self, rule: Any, where: str, outer: Scope) -> tuple[list[Any], str, Scope] | None:
        """Check one rule; a tree rule's rules (with their scope) are returned, to check
        next without recursion."""
        if not isinstance(rule, dict):
            raise self.fail(where, f"expected a rule object, not {_short(rule)}")
        kind = rule.get("type")
        if not isinstance(kind, str) or kind not in RULE_KEYS:
            raise self.fail(f"{where}.type", f"unknown rule type {_short(kind)} (expected "
                            "endpoint, error or tree)")
        for key in rule:
            if key not in RULE_KEYS[kind]:
                raise self.fail(child(where, key), f"unknown key in {kind!r} rule (botocore "
                                f"takes {', '.join(sorted(RULE_KEYS[kind]))})")
        for key in RULE_KEYS[kind] - {"documentation"}:
            if key not in rule:
                raise self.fail(child(where, key), "missing")
        if "documentation" in rule and not isinstance(rule["documentation"], str):
            raise self.fail(f"{where}.documentation", "expected a string")
        scope = self.conditions(rule["conditions"], f"{where}.conditions", outer)
        if kind == "endpoint":
            self.endpoint(rule["endpoint"], f"{where}.endpoint", scope)
        elif kind == "error":
            self.expression(rule["error"], f"{where}.error", scope, TEXT, needs_set=True)
        else:
            if not isinstance(rule["rules"], list):
                raise self.fail(f"{where}.rules", f"expected a list of rules, not "
                                f"{_short(rule['rules'])}")
            return rule["rules"], f"{where}.rules", scope
        return None

    def conditions(self, conditions: Any, where: str, outer: Scope) -> Scope:
        """Check a rule's conditions; the scope inside the rule (assigned values, and
        values ``isSet`` checked) is returned."""
        if not isinstance(conditions, list):
            raise self.fail(where, f"expected a list of function calls, not "
                            f"{_short(conditions)}")
        scope = dict(outer)
        for index, condition in enumerate(conditions):
            here = child(where, index)
            if not isinstance(condition, dict) or "fn" not in condition:
                raise self.fail(here, f"expected a function call ({{\"fn\": ..., \"argv\": "
                                f"[...]}}), not {_short(condition)}")
            returns = self.call(condition, here, scope, depth=1)
            if "assign" in condition:
                name = condition["assign"]
                if not isinstance(name, str) or not name.isascii() or not name.isidentifier():
                    raise self.fail(f"{here}.assign", f"{_short(name)} is not a name")
                if name in scope:
                    raise self.fail(f"{here}.assign", f"{name!r} is already in scope")
                scope[name] = Value(returns, True)
            elif condition["fn"] == "isSet":
                argument = condition["argv"][0]
                if isinstance(argument, dict) and "ref" in argument:
                    scope[argument["ref"]] = Value(scope[argument["ref"]].type, True)
        return scope

    def endpoint(self, endpoint: Any, where: str, scope: Scope) -> None:
        if not isinstance(endpoint, dict):
            raise self.fail(where, f"expected an object, not {_short(endpoint)}")
        if "url" not in endpoint:
            raise self.fail(f"{where}.url", "missing")
        url = endpoint["url"]
        self.expression(url, f"{where}.url", scope, TEXT, needs_set=True)
        if isinstance(url, str) and not _URL_START.match(url):
            raise self.fail(f"{where}.url", f"{_short(url)} is not an http(s) URL (nor does "
                            "it start with a template, such as {Endpoint})")
        headers = endpoint.get("headers", {})
        if not isinstance(headers, dict):
            raise self.fail(f"{where}.headers", f"expected an object, not {_short(headers)}")
        for name, values in headers.items():
            here = child(f"{where}.headers", name)
            if not isinstance(values, list):
                raise self.fail(here, f"expected a list of values, not {_short(values)}")
            for index, value in enumerate(values):
                self.expression(value, child(here, index), scope, TEXT, needs_set=True)
        properties = endpoint.get("properties", {})
        if not isinstance(properties, dict):
            raise self.fail(f"{where}.properties", f"expected an object, not "
                            f"{_short(properties)}")
        for here, value, depth in _json_values(properties, f"{where}.properties"):
            if depth > MAX_PROPERTY_DEPTH:
                raise self.fail(here, f"properties nested deeper than {MAX_PROPERTY_DEPTH} "
                                "levels")
            if isinstance(value, str):
                self.text(value, here, scope)
        self.auth_schemes(properties.get("authSchemes", []), f"{where}.properties.authSchemes")

    def auth_schemes(self, schemes: Any, where: str) -> None:
        """What clients read of them (runtime/endpoints.py sigv4_scheme): the scheme's name,
        signing name and region, as strings."""
        if not isinstance(schemes, list):
            raise self.fail(where, f"expected a list of objects, not {_short(schemes)}")
        for index, scheme in enumerate(schemes):
            here = child(where, index)
            if not isinstance(scheme, dict):
                raise self.fail(here, f"expected an object, not {_short(scheme)}")
            for key in ("name", "signingName", "signingRegion"):
                if key in scheme and not isinstance(scheme[key], str):
                    raise self.fail(child(here, key), f"expected a string, not "
                                    f"{_short(scheme[key])}")

    def expression(self, value: Any, where: str, scope: Scope, allowed: tuple[str, ...],
                   *, needs_set: bool = False, depth: int = 0) -> str:
        """Check a value, reference or call; its type is returned."""
        if isinstance(value, bool):
            kind = "boolean"
        elif isinstance(value, int):
            kind = "int"
        elif isinstance(value, str):
            self.text(value, where, scope)
            kind = "string"
        elif isinstance(value, dict) and "fn" in value:
            if "assign" in value:
                raise self.fail(f"{where}.assign", "only a rule's conditions may assign")
            kind = self.call(value, where, scope, depth + 1)
        elif isinstance(value, dict) and "ref" in value:
            kind = self.reference(value["ref"], f"{where}.ref", scope, needs_set)
        else:
            raise self.fail(where, f"expected a string, a boolean, a number, a reference "
                            f"({{\"ref\": ...}}) or a function call ({{\"fn\": ...}}), not "
                            f"{_short(value)}")
        if kind != ANY and kind not in allowed:
            raise self.fail(where, f"expected {_types(allowed)}, not {_article(kind)}")
        return kind

    def reference(self, name: Any, where: str, scope: Scope, needs_set: bool) -> str:
        if not isinstance(name, str) or name not in scope:
            raise self.fail(where, f"{_short(name)} is not a parameter or an assigned "
                            "value in scope")
        if needs_set and not scope[name].set:
            raise self.fail(where, f"{name!r} may not be set here (no isSet condition "
                            "checks it, and it is neither required nor defaulted)")
        return scope[name].type

    def call(self, call: dict[str, Any], where: str, scope: Scope, depth: int) -> str:
        if depth > MAX_CALL_DEPTH:
            raise self.fail(where, f"function calls nested deeper than {MAX_CALL_DEPTH} levels")
        name = call["fn"]
        signature = FUNCTIONS.get(name) if isinstance(name, str) else None
        if signature is None:
            raise self.fail(f"{where}.fn", f"unknown function {_short(name)} (botocore has "
                            f"{', '.join(sorted(FUNCTIONS))})")
        arguments = call.get("argv")
        if not isinstance(arguments, list):
            raise self.fail(f"{where}.argv", f"expected a list of arguments, not "
                            f"{_short(arguments)}")
        if len(arguments) != len(signature.arguments):
            raise self.fail(f"{where}.argv", f"{name} takes {len(signature.arguments)} "
                            f"argument{'s' if len(signature.arguments) > 1 else ''}, not "
                            f"{len(arguments)}")
        kinds = []
        for index, (argument, allowed) in enumerate(
            zip(arguments, signature.arguments, strict=True)
        ):
            here = child(f"{where}.argv", index)
            if index in signature.literal and isinstance(argument, dict):
                raise self.fail(here, f"expected {_types(allowed)} written out, not "
                                f"{_short(argument)}")
            kinds.append(self.expression(argument, here, scope, allowed,
                                         needs_set=name in NEEDS_SET and index == 0,
                                         depth=depth))
        if name == "getAttr":
            return self.attribute(kinds[0], arguments[1], f"{where}.argv[1]")
        return signature.returns

    def attribute(self, kind: str, path: str, where: str) -> str:
        """The type of ``getAttr(value, path)`` for a value of type ``kind``."""
        for part in path.split("."):
            match = _ATTRIBUTE.fullmatch(part)
            if not part or match is None:
                raise self.fail(where, f"{path!r} is not an attribute path (name, name[0])")
            key, index = match.groups()
            if key is not None:
                if kind == ANY:
                    continue
                if kind not in RECORDS or key not in RECORDS[kind]:
                    raise self.fail(where, f"{_article(kind)} has no attribute {key!r}")
                kind = RECORDS[kind][key]
            if index is not None:
                if kind not in ("stringArray", ANY):
                    raise self.fail(where, f"{_article(kind)} cannot be indexed")
                kind = "string" if kind == "stringArray" else ANY
        return kind

    def text(self, value: str, where: str, scope: Scope) -> None:
        """A template's ``{name}`` and ``{name#key}`` must resolve where botocore uses it."""
        if not _TEMPLATE.search(value):
            return  # a plain string: botocore uses it as it is
        try:
            fields = [field for _, field, _, _ in _FORMATTER.parse(value) if field is not None]
        except ValueError as exc:
            raise self.fail(where, f"template {value!r} does not parse: {exc}") from exc
        for field in fields:
            name, *keys = field.split("#")
            kind = self.reference(name, where, scope, needs_set=True)
            for key in keys:
                if kind == ANY:
                    break
                if kind not in RECORDS or key not in RECORDS[kind]:
                    raise self.fail(where, f"template {value!r}: {_article(kind)} has no "
                                    f"key {key!r}")
                kind = RECORDS[kind][key]


def _json_values(value: Any, where: str) -> Iterator[tuple[str, Any, int]]:
    """Every value inside ``value`` (itself included) with its path and nesting depth."""
    stack = [(where, value, 0)]
    while stack:
        here, item, depth = stack.pop()
        yield here, item, depth
        if isinstance(item, dict):
            stack.extend((child(here, key), inner, depth + 1) for key, inner in item.items())
        elif isinstance(item, list):
            stack.extend((child(here, i), inner, depth + 1) for i, inner in enumerate(item))


def _types(allowed: tuple[str, ...]) -> str:
    return " or ".join(_article(kind) for kind in allowed)


def _article(kind: str) -> str:
    named = f"{kind} record" if kind in RECORDS else kind
    return f"an {named}" if named[0] in "aeio" else f"a {named}"  # a url, an arn


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# -- partitions.json ---------------------------------------------------------------------


def validate_partitions(partitions: dict[str, Any], file: Path) -> None:
    """The parts of partitions.json botocore's engine and the endpoint table read."""
    listed = partitions.get("partitions")
    if not isinstance(listed, list) or not listed:
        raise ModelError(file, "$.partitions", "expected a non-empty list of partitions")
    for index, partition in enumerate(listed):
        where = child("$.partitions", index)
        if not isinstance(partition, dict):
            raise ModelError(file, where, f"expected an object, not {_short(partition)}")
        if not isinstance(partition.get("id"), str) or not partition["id"]:
            raise ModelError(file, f"{where}.id", "missing or not a string")
        pattern = partition.get("regionRegex")
        if not isinstance(pattern, str):
            raise ModelError(file, f"{where}.regionRegex", "missing or not a string")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ModelError(file, f"{where}.regionRegex",
                             f"not a regular expression: {exc}") from exc
        regions = partition.get("regions")
        if not isinstance(regions, dict):
            raise ModelError(file, f"{where}.regions", "missing or not an object")
        for region, details in regions.items():
            if not _REGION_NAME.fullmatch(region):
                raise ModelError(file, child(f"{where}.regions", region),
                                 f"{region!r} is not a region name")
            if not isinstance(details, dict):
                raise ModelError(file, child(f"{where}.regions", region), "not an object")
        outputs = partition.get("outputs")
        if not isinstance(outputs, dict):
            raise ModelError(file, f"{where}.outputs", "missing or not an object")
        for key, kind in PARTITION_OUTPUTS.items():
            if key != "name" and not _has_type(outputs.get(key), kind):
                raise ModelError(file, child(f"{where}.outputs", key),
                                 f"missing or not {_article(kind)}")


# botocore.utils.validate_region_name: a region is a host label.
_REGION_NAME = re.compile(r"(?![0-9]+$)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)")
