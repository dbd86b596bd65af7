"""Property-based fuzzing of the generator with mutated kitchen-sink models.

Each example drops or renames members, adds shapes, renames shapes and operations to
awkward names, drops referenced shapes and writes hostile documentation; it also nests
lists, maps and structures deep (on both sides of the generator's limits), writes
constraints that are not finite numbers (``1e400``, ``Infinity``, ``NaN``), gives
operations hostile HTTP methods and request URIs, and adds an endpoint rule set with a
piece of it replaced by garbage. Whatever the mutation, the generator either reports a
one-line ModelError (the CLI exits 2 with it) or emits a package whose every module
compiles and imports, whose structures survive ``Shape.from_dict(d).to_dict() == d``, and
whose client can be made (or refuses the region with the runtime's own error).
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import io
import itertools
import json
import math
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from conftest import KITCHEN_SINK_MODEL
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from generator import cli
from generator.build import build_service
from generator.docs import MAX_DOC_CHARS
from generator.import_depth import MAX_IMPORT_NESTING
from generator.loader import MAX_CONTAINER_NESTING, ModelError, load_model
from generator.pipeline import build_files

Model = dict[str, Any]
SINK: Model = json.loads((KITCHEN_SINK_MODEL / "service-2.json").read_text(encoding="utf-8"))
SINK_PAGINATORS: Model = json.loads(
    (KITCHEN_SINK_MODEL / "paginators-1.json").read_text(encoding="utf-8")
)

MEMBER_NAMES = [
    "from", "lambda", "class", "None", "self", "call", "token", "startingToken", "fetch",
    "fromDict", "to_dict", "validate", "collectProblems", "RULES", "field", "datetime",
    "str", "list", "fooBar", "foo_bar", "FooBar", "Any_", "Thing_", "2fast", "naïve", "_",
    "a-b", "code", "message", "args", "requestId", "match", "type", "__init__", "__class__",
    "__dict__", "_runtime", "TYPE_CHECKING", "importlib", "_TABLE", "_BOUND_NAMES",
    "kwargs", "data", "value", "item", "item1", "key", "cls", "a\"b", "a\\b", "a\nb",
    "a\u2028b", "\x00", "x" * 300,
]
SHAPE_NAMES = [
    "Any", "Shape", "Rule", "Mapping", "datetime", "dataclass", "Client", "Engine", "Path",
    "ERRORS", "ValueError", "Exception", "KitchenSinkClient", "KitchenSinkError",
    "ListThingsPaginator", "Foo-Bar", "Foo_Bar", "2Fast", "class", "importlib", "Thing2",
    "ünï", "String", "thing", "TYPE_CHECKING", "_TABLE", "_BOUND_NAMES", "_import_all",
    "__getattr__", "__all__", "Nest", "Q\"uote", "Back\\slash", "Line\u2028Break", "Ctl\x1b",
    "N" * 300,
]
OPERATION_NAMES = ["Close", "Meta", "GetPaginator", "CanPaginate", "List", "Overload",
                   "Get-Thing", "Datetime", "Import", "Engine", "Invoke", "Sep\u2028"]
HTTP_METHODS = ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "get", "GET /evil HTTP/1.1",
                "CONNECT", "", "POST\r\nX-Evil: 1"]
REQUEST_URIS = ["/", "/{Label}", "/a?b=c", "evil", "/a b", "/a#b", "//host/x", "/\u00e9",
                "/{unclosed", "/\r\n", "http://evil.example/"]
NON_FINITE = [math.inf, -math.inf, math.nan, "@@1e400@@", "@@-1e999@@"]
"""Constraints that are not finite numbers; the markers are written as the raw number."""
HOSTILE_DOCS = [
    '<p>"""</p>', "<p>ends in a quote\"</p>", "<p>a \\ backslash \\</p>", "{{ service }}",
    "{% raw %}{% endraw %}", "{# x #}", "\u0000\u0001\u001b\u007f", "\ud800 \udfff",
    "\u2028\u2029\u0085", "x" * 500, "naïve café 日本語 🚀", "<code>\"\"\"</code>",
    "<pre>\\N{BULLET}\n\t\"\"\"</pre>", "'''", "<p>\\</p>", "",
]
# Opening tags repeated to nest far deeper than any real documentation does.
NESTING = ["<b>", "<code>", '<a href="https://e.com/x">', "<p>", "<ul><li>", "<ol><li>",
           "<note>", "<pre>", "<dl><dd>", "<div>", "<i><em>", "<h3><span>"]
# Repeated to about MAX_DOC_CHARS: plain text, and markup and text that made work
# quadratic once (unclosed tags, comments and quotes, "[" without "](...)", many words).
LONG_UNITS = ["word ", "<p>Some words. More words.</p>", "<a ", '<a x="', "<!--", "</a",
              "<?x", "[", "[a](x", "``x ", "- ", '"', "\\", "<b>", "<ul><li>x", "&amp;"]
ENUM_VALUES = ["a-b", "a_b", "A B", "class", "None", "", "2xl", "ünï", 'qu"ote', "back\\slash"]

_packages = itertools.count()


# -- mutations -----------------------------------------------------------------------------


def structures(model: Model) -> list[str]:
    return sorted(n for n, s in model["shapes"].items() if s.get("type") == "structure")


def rename_refs(model: Model, old: str, new: str) -> None:
    """Point every reference to shape ``old`` at ``new``."""
    refs: list[dict[str, Any]] = []
    for shape in model["shapes"].values():
        refs += list(shape.get("members", {}).values())
        refs += [shape[k] for k in ("member", "key", "value") if k in shape]
    for operation in model["operations"].values():
        refs += [operation[k] for k in ("input", "output") if k in operation]
        refs += operation.get("errors", [])
    for ref in refs:
        if ref.get("shape") == old:
            ref["shape"] = new


def drop_member(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    shape = model["shapes"][draw(st.sampled_from(structures(model)))]
    if shape.get("members"):
        del shape["members"][draw(st.sampled_from(sorted(shape["members"])))]


def rename_member(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    shape = model["shapes"][draw(st.sampled_from(structures(model)))]
    if not shape.get("members"):
        return
    old = draw(st.sampled_from(sorted(shape["members"])))
    new = draw(st.sampled_from(MEMBER_NAMES) | st.text(min_size=1, max_size=6))
    shape["members"] = {new if k == old else k: v for k, v in shape["members"].items()}
    if draw(st.booleans()):  # keep the model consistent, or leave a dangling "required"
        shape["required"] = [new if k == old else k for k in shape.get("required", [])]


def add_shape(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    name = draw(st.sampled_from(SHAPE_NAMES))
    targets = sorted(model["shapes"])
    members = {
        draw(st.sampled_from(MEMBER_NAMES)): {"shape": draw(st.sampled_from(targets))}
        for _ in range(draw(st.integers(0, 3)))
    }
    model["shapes"][name] = {"type": "structure", "members": members}
    owner = model["shapes"][draw(st.sampled_from(structures(model)))]
    owner.setdefault("members", {})[draw(st.sampled_from(MEMBER_NAMES))] = {"shape": name}


@st.composite
def deep_docs(draw: st.DrawFn) -> str:
    opening = draw(st.sampled_from(NESTING))
    depth = draw(st.integers(1, 2000))
    closing = "".join(f"</{name}>" for name in reversed(re.findall(r"<(\w+)", opening)))
    inner = draw(st.sampled_from(HOSTILE_DOCS) | st.text(max_size=20))
    return opening * depth + inner + closing * draw(st.integers(0, depth))


@st.composite
def long_docs(draw: st.DrawFn) -> str:
    unit = draw(st.sampled_from(LONG_UNITS))
    length = MAX_DOC_CHARS + draw(st.integers(-100, 5000))  # around the limit: cut or not
    return unit * (length // len(unit))


def hostile_doc(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    doc = st.sampled_from(HOSTILE_DOCS) | st.text(max_size=40) | deep_docs() | long_docs()
    place_doc(draw, model, draw(doc))


def place_doc(draw: st.DrawFn, model: Model, doc: str) -> None:
    if len(doc) > 1000:
        event("a deeply nested or long documentation")
    where = draw(st.sampled_from(["service", "operation", "shape", "member"]))
    if where == "service":
        owner = model
    elif where == "operation":
        owner = model["operations"][draw(st.sampled_from(sorted(model["operations"])))]
    else:
        owner = model["shapes"][draw(st.sampled_from(structures(model)))]
        if where == "member" and owner.get("members"):
            owner = owner["members"][draw(st.sampled_from(sorted(owner["members"])))]
    owner["documentation"] = doc


def rename_shape(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    old = draw(st.sampled_from(sorted(model["shapes"])))
    new = draw(st.sampled_from(SHAPE_NAMES))
    if new not in model["shapes"]:
        model["shapes"][new] = model["shapes"].pop(old)
        rename_refs(model, old, new)


def drop_shape(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    del model["shapes"][draw(st.sampled_from(sorted(model["shapes"])))]


def add_enum_values(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    values = draw(st.lists(st.sampled_from(ENUM_VALUES) | st.text(max_size=5), max_size=4))
    model["shapes"]["ThingKind"]["enum"] += values


def rename_operation(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    old = draw(st.sampled_from(sorted(model["operations"])))
    new = draw(st.sampled_from(OPERATION_NAMES))
    if new in model["operations"]:
        return
    operation = model["operations"].pop(old)
    operation["name"] = new
    model["operations"][new] = operation
    if old in paginators["pagination"]:
        paginators["pagination"][new] = paginators["pagination"].pop(old)


def nest_containers(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    """A chain of lists and maps, at most a little deeper than the generator allows."""
    inner = draw(st.sampled_from(["String", "Timestamp", "Blob", "ThingKind", "Thing"]))
    levels = draw(st.integers(1, MAX_CONTAINER_NESTING + 2) | st.just(600))
    for level in range(levels):
        name = f"Deep{level}"
        if draw(st.booleans()):
            model["shapes"][name] = {"type": "list", "member": {"shape": inner}}
        else:
            model["shapes"][name] = {"type": "map", "key": {"shape": "String"},
                                     "value": {"shape": inner}}
        inner = name
    owner = model["shapes"][draw(st.sampled_from(structures(model)))]
    owner.setdefault("members", {})["deep"] = {"shape": inner}


def nest_structures(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    """A chain of structures, deeper than shape modules may import each other, or not;
    maybe a cycle."""
    levels = draw(st.sampled_from([2, 8, MAX_IMPORT_NESTING + 3, 200]))
    cycle = draw(st.booleans())
    for level in range(levels):
        inner = f"Nest{level + 1}" if level + 1 < levels else ("Nest0" if cycle else "String")
        model["shapes"][f"Nest{level}"] = {"type": "structure",
                                           "members": {"inner": {"shape": inner}}}
    owner = model["shapes"][draw(st.sampled_from(structures(model)))]
    owner.setdefault("members", {})["nest"] = {"shape": "Nest0"}


def non_finite_bound(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    name = draw(st.sampled_from(["ThingName", "Count", "LabelList", "TagMap", "Double"]))
    model["shapes"][name][draw(st.sampled_from(["min", "max"]))] = draw(
        st.sampled_from(NON_FINITE))


def hostile_http(draw: st.DrawFn, model: Model, paginators: Model) -> None:
    operation = model["operations"][draw(st.sampled_from(sorted(model["operations"])))]
    http = operation.setdefault("http", {})
    if draw(st.booleans()):
        http["method"] = draw(st.sampled_from(HTTP_METHODS))
    else:
        http["requestUri"] = draw(st.sampled_from(REQUEST_URIS))


MUTATIONS = [drop_member, rename_member, add_shape, hostile_doc, rename_shape, drop_shape,
             add_enum_values, rename_operation, nest_containers, nest_structures,
             non_finite_bound, hostile_http]


# -- endpoint rule sets ----------------------------------------------------------------

RULES: Model = {
    "version": "1.0",
    "parameters": {
        "Region": {"builtIn": "AWS::Region", "required": False, "type": "String"},
        "UseFIPS": {"builtIn": "AWS::UseFIPS", "required": True, "default": False,
                    "type": "Boolean"},
        "UseDualStack": {"builtIn": "AWS::UseDualStack", "required": True, "default": False,
                         "type": "Boolean"},
        "Endpoint": {"builtIn": "SDK::Endpoint", "required": False, "type": "String"},
    },
    "rules": [
        {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
         "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}},
         "type": "endpoint"},
        {"conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
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
GARBAGE: list[Any] = [
    "x", 5, -1.5, True, None, [], {}, [1, "a"], {"fn": "eval", "argv": []}, {"ref": "Nope"},
    {"ref": "UseFIPS"}, {"fn": "parseURL", "argv": [{"ref": "UseFIPS"}]}, "https://{Nope}",
    "https://{Region}}", "{P#nope}", {"type": "magic", "conditions": []}, math.nan,
    [[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]],
]


def json_nodes(document: Any) -> list[tuple[Any, Any]]:
    """(container, key) of every value inside ``document``, in document order."""
    found: list[tuple[Any, Any]] = []
    stack = [document]
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            found.append((node, key))
            if isinstance(node[key], dict | list):
                stack.append(node[key])
    return found


@st.composite
def deep_or_long_documented_models(draw: st.DrawFn) -> tuple[Model, Model]:
    """The fixture with nothing changed but one to three documentation strings."""
    model, paginators = copy.deepcopy(SINK), copy.deepcopy(SINK_PAGINATORS)
    for _ in range(draw(st.integers(1, 3))):
        place_doc(draw, model, draw(deep_docs() | long_docs()))
    return model, paginators


@st.composite
def rule_sets(draw: st.DrawFn) -> Model | None:
    """None (no rule set), the small valid one, or it with one value replaced by garbage."""
    kind = draw(st.sampled_from(["none", "valid", "garbage", "garbage"]))
    if kind == "none":
        return None
    rules = copy.deepcopy(RULES)
    if kind == "garbage":
        node, key = draw(st.sampled_from(json_nodes(rules)))
        node[key] = copy.deepcopy(draw(st.sampled_from(GARBAGE)))
    return rules


@st.composite
def mutated_models(draw: st.DrawFn) -> tuple[Model, Model, Model | None]:
    model, paginators = copy.deepcopy(SINK), copy.deepcopy(SINK_PAGINATORS)
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        mutation(draw, model, paginators)
    return model, paginators, draw(rule_sets())


def hostile(change: Any, rules: Model | None = None) -> tuple[Model, Model, Model | None]:
    """An explicit example: the kitchen sink after ``change``, with ``rules``."""
    model = copy.deepcopy(SINK)
    change(model)
    return model, copy.deepcopy(SINK_PAGINATORS), rules


def chain(kind: str, levels: int, cycle: bool = False) -> Any:
    def change(model: Model) -> None:
        inner = "String"
        for level in reversed(range(levels)):
            name = f"Chain{level}"
            if kind == "list":
                model["shapes"][name] = {"type": "list", "member": {"shape": inner}}
            else:
                model["shapes"][name] = {"type": "structure",
                                         "members": {"inner": {"shape": inner}}}
            inner = name
        if cycle:
            model["shapes"][f"Chain{levels - 1}"]["members"]["inner"] = {"shape": "Chain0"}
        model["shapes"]["Thing"]["members"]["chain"] = {"shape": "Chain0"}

    return change


def garbage_rules(change: Any) -> Model:
    rules = copy.deepcopy(RULES)
    change(rules)
    return rules


EXAMPLES = [
    hostile(chain("structure", 200)),
    hostile(chain("structure", 200, cycle=True)),
    hostile(chain("list", 600)),
    hostile(lambda m: m["shapes"]["ThingName"].update(min="@@1e400@@")),
    hostile(lambda m: m["shapes"]["Count"].update(max=math.nan)),
    hostile(lambda m: m["operations"]["Ping"]["http"].update(method="GET /evil HTTP/1.1")),
    hostile(lambda m: None, garbage_rules(lambda r: r.update(rules="x"))),
    hostile(lambda m: None, garbage_rules(lambda r: r["rules"][1]["rules"][1]["endpoint"]
                                          .update(url=5))),
    hostile(lambda m: None, copy.deepcopy(RULES)),
]
"""One of each kind of hostile input, tried on every run besides the random ones."""


def dump(document: Any) -> str:
    """JSON as a hostile file may have it: Infinity and NaN written out (json.dumps does),
    and the markers of numbers too large for a float as the raw number."""
    text = json.dumps(document)
    for marker in ("@@1e400@@", "@@-1e999@@"):
        text = text.replace(f'"{marker}"', marker.strip("@"))
    return text


# -- checks ------------------------------------------------------------------------------


def sample(model: Model, name: str, depth: int = 0) -> Any:
    """A simple boto3-style value for a shape: a fixed point of from_dict/to_dict."""
    shape = model["shapes"][name]
    kind = shape["type"]
    if kind == "structure":
        if shape.get("document"):
            return {"any": [1, "x"]}
        members = shape.get("members", {})
        required = set(shape.get("required", []))
        return {wire: sample(model, ref["shape"], depth + 1) for wire, ref in members.items()
                if wire in required or depth < 2}
    if kind == "list":
        return [sample(model, shape["member"]["shape"], depth + 1)] if depth < 3 else []
    if kind == "map":
        return {"k": sample(model, shape["value"]["shape"], depth + 1)} if depth < 3 else {}
    return {
        "string": shape.get("enum", ["text"])[0] if shape.get("enum") else "text",
        "boolean": True,
        "timestamp": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        "blob": b"\x00bytes",
    }.get(kind, 1.5 if kind in ("float", "double", "bigdecimal") else 3)


def check_model_error(error: ModelError, directory: Path) -> None:
    message = str(error)
    assert "\n" not in message
    assert message.startswith(str(directory)) and ": $" in message
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = cli.main(["generate", "--model", str(directory), "--output",
                         str(directory / "out")])
    assert code == 2
    assert stderr.getvalue() == f"error: {message}\n"
    assert not (directory / "out").exists()


@contextlib.contextmanager
def stack_as_python_sets_it() -> Iterator[None]:
    """Python's default recursion limit (1000) counted from here, as a program importing
    the package near the top of its stack has it: hypothesis raises the limit while a
    test runs, which would hide imports nested too deep."""
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 950)
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)


def check_package(model: Model, directory: Path) -> None:
    package = f"fuzz_{next(_packages)}"
    try:
        files = build_files(directory, package=package).files
    except ModelError as error:  # botocore's engine failing on the endpoint rule set
        event("a ModelError after loading")
        check_model_error(error, directory)
        return
    output = directory / "out"
    for path, text in files.items():
        (output / package / path).parent.mkdir(parents=True, exist_ok=True)
        (output / package / path).write_text(text, encoding="utf-8")
    loaded = load_model(directory)
    for shape in loaded.shapes.values():  # a package never carries such a constraint
        assert all(math.isfinite(getattr(shape, bound, None) or 0) for bound in ("min", "max"))
    for operation in loaded.operations.values():  # nor sends such a request line
        assert operation.http_method in {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH",
                                         "OPTIONS"}, operation.http_method
        assert re.fullmatch(r"/[!-~]*", operation.request_uri), operation.request_uri
        assert "#" not in operation.request_uri, operation.request_uri
    service = build_service(loaded)
    sys.path.insert(0, str(output))
    try:
        with stack_as_python_sets_it():
            for path in sorted(files):
                if path.endswith(".py"):
                    module = ".".join([package, *Path(path).with_suffix("").parts])
                    importlib.import_module(module.removesuffix(".__init__"))
        for structure in service.structures:
            if model["shapes"][structure.name].get("document"):
                continue
            module = importlib.import_module(f"{package}.shapes.{structure.module}")
            cls = getattr(module, structure.class_name)
            data = sample(model, structure.name)
            assert cls.from_dict(data).to_dict() == data, structure.name
        check_client(importlib.import_module(f"{package}.client"))
    finally:
        sys.path.remove(str(output))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def check_client(client_module: Any) -> None:
    """The client can be made for a listed region, an unlisted one and a custom endpoint,
    or refuses with the runtime's own error (a rule set may give no endpoint)."""
    client_error = importlib.import_module(f"{client_module.__package__}._runtime.errors")
    for region, endpoint_url in [("us-east-1", None), ("xx-unlisted-1", None),
                                 ("eu-west-1", "https://example.com/base")]:
        with contextlib.suppress(client_error.Error):
            client_module.Client(region, endpoint_url, "AKIDFUZZ", "fuzz-secret").close()


def examples(cases: list[Any]) -> Any:
    """``@example`` for each case."""

    def decorate(test: Any) -> Any:
        for case in reversed(cases):
            test = example(case)(test)
        return test

    return decorate


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_models())
@examples(EXAMPLES)
def test_mutated_models_give_a_clear_error_or_a_working_package(
    models: tuple[Model, Model, Model | None],
) -> None:
    model, paginators, rules = models
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        (directory / "service-2.json").write_text(dump(model), encoding="utf-8")
        (directory / "paginators-1.json").write_text(json.dumps(paginators), encoding="utf-8")
        if rules is not None:
            (directory / "endpoint-rule-set-1.json").write_text(dump(rules), encoding="utf-8")
        try:
            load_model(directory)
        except ModelError as error:
            event("a ModelError")
            check_model_error(error, directory)
        else:
            event("a package")
            check_package(model, directory)


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(deep_or_long_documented_models())
def test_deep_or_long_documentation_gives_a_working_package(
    models: tuple[Model, Model],
) -> None:
    """Nesting far deeper and text far longer than real documentation: the generator
    neither overflows the stack nor does work that grows faster than the text."""
    model, paginators = models
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        (directory / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
        (directory / "paginators-1.json").write_text(json.dumps(paginators), encoding="utf-8")
        check_package(model, directory)


def test_the_unchanged_fixture_round_trips() -> None:
    """The check itself works: the fixture as it is builds, imports and round-trips."""
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        (directory / "service-2.json").write_text(json.dumps(SINK), encoding="utf-8")
        (directory / "paginators-1.json").write_text(json.dumps(SINK_PAGINATORS))
        check_package(SINK, directory)
