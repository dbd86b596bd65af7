"""generator.naming, the one place Python names are decided, and a model full of names
that collide (tests/fixtures/awkward): its package compiles, imports, passes mypy and
still speaks the model's wire names."""

from __future__ import annotations

import ast
import importlib
import json
import keyword
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from botocore import xform_name
from conftest import KITCHEN_SINK_MODEL, LIGHTSAIL_MODEL, REPO
from loopback import LoopbackServer, Reply, loopback_server
from type_checks import Reports

from generator import naming
from generator.build import build_service
from generator.ir import Service, Structure
from generator.loader import load_model
from generator.pipeline import build_files, generate

AWKWARD_MODEL = Path(__file__).parent / "fixtures" / "awkward"
RUNTIME = REPO / "generator" / "runtime"


def lightsail_model() -> dict[str, Any]:
    return json.loads((LIGHTSAIL_MODEL / "service-2.json").read_text(encoding="utf-8"))


# -- snake_case and identifiers -------------------------------------------------------


def test_snake_case_is_botocore_xform_name_for_every_lightsail_name() -> None:
    model = lightsail_model()
    names = list(model["operations"])
    names += [m for shape in model["shapes"].values() for m in shape.get("members", {})]
    assert len(names) > 1500
    assert [naming.snake_case(n) for n in names] == [xform_name(n) for n in names]


@pytest.mark.parametrize("name", ["fooBar", "HTTPSPort", "ARN", "Foo_Bar", "2Fast", "CPU2Util"])
def test_snake_case_matches_xform_name_on_awkward_spellings(name: str) -> None:
    assert naming.snake_case(name) == xform_name(name)


def test_lightsail_methods_are_exactly_the_boto3_names() -> None:
    operations = list(lightsail_model()["operations"])
    methods = naming.method_names(operations)
    assert methods == {n: xform_name(n) for n in operations}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Foo-Bar", "Foo_Bar"),
        ("a.b c", "a_b_c"),
        ("2Fast", "_2Fast"),
        ("naïve café", "naive_cafe"),
        ("__init__", "init"),
        ("日本語", "_"),
        ("", "_"),
    ],
)
def test_identifier(name: str, expected: str) -> None:
    assert naming.identifier(name) == expected
    assert expected.isidentifier() and expected.isascii()


def test_identifier_fallback_for_names_with_nothing_usable() -> None:
    assert naming.identifier("---", "member") == "member"


def test_escape_appends_underscores_to_keywords_and_reserved_names() -> None:
    assert naming.escape("from") == "from_"
    assert naming.escape("None") == "None_"
    assert naming.escape("meta", {"meta", "meta_"}) == "meta__"
    # Soft keywords are valid names, and their set changes between Python releases.
    assert naming.escape("match") == "match"
    assert naming.escape("type") == "type"


def test_unique_counts_duplicates_and_never_produces_a_reserved_name() -> None:
    assert naming.unique(["a", "a", "b", "a"]) == ["a", "a_2", "b", "a_3"]
    assert naming.unique(["x", "x"], reserved={"x_2"}) == ["x", "x_3"]
    assert naming.unique(["class", "class"]) == ["class_", "class__2"]


# -- members --------------------------------------------------------------------------


def test_members_that_are_keywords_get_an_underscore() -> None:
    assert naming.member_names(["from", "lambda", "class", "None", "match"]) == [
        "from_", "lambda_", "class_", "none", "match",
    ]


def test_members_may_not_shadow_the_shape_machinery() -> None:
    wire = ["fromDict", "to_dict", "fromWire", "toWire", "validate", "collectProblems",
            "self", "call", "token", "startingToken", "fetch", "field", "maskedRepr",
            "datetime", "str", "list", "dict"]
    names = naming.member_names(wire)
    assert names == [xform_name(n) + "_" for n in wire]


def test_members_with_the_same_snake_case_name_are_numbered_in_model_order() -> None:
    assert naming.member_names(["fooBar", "foo_bar", "FooBar"]) == [
        "foo_bar", "foo_bar_2", "foo_bar_3",
    ]
    assert naming.member_names(["foo_bar", "fooBar"]) == ["foo_bar", "foo_bar_2"]
    # a name that had to be cleaned up yields to one spelled as is, wherever it stands
    assert naming.member_names(["foo-bar", "foo_bar"]) == ["foo_bar_2", "foo_bar"]


def test_members_may_not_shadow_a_class_of_the_model() -> None:
    # xform_name keeps names that already contain "_"; "Thing_" would become "Thing".
    assert naming.member_names(["Thing_", "Any_"], class_names=["Thing"]) == [
        "Thing_", "Any_",
    ]


def test_input_members_may_not_hide_what_the_method_bodies_use() -> None:
    # An input's members are keyword parameters of its client method and paginator.
    wire = ["request", "warnings", "PageIterator_", "DeprecationWarning_", "value"]
    assert naming.member_names(wire, parameters=True) == [
        "request_", "warnings_", "PageIterator_", "DeprecationWarning_", "value",
    ]
    # elsewhere they are plain attributes (Lightsail's SetupHistory has a ``request``)
    assert naming.member_names(wire) == [
        "request", "warnings", "PageIterator", "DeprecationWarning", "value",
    ]


def test_member_names_that_are_not_identifiers() -> None:
    assert naming.member_names(["2fast", "naïve", "a-b", "_", "日本"]) == [
        "_2fast", "naive", "a_b", "member", "member_2",
    ]


def test_error_members_never_take_the_error_attributes() -> None:
    names = naming.error_member_names(
        ["code", "Code", "args", "requestId", "httpStatus", "httpHeaders", "tip", "str"]
    )
    assert names == [
        "code_member", "code_member_2", "args_member", "request_id_member",
        "http_status_member", "http_headers_member", "tip", "str_",
    ]


# -- classes, modules, methods ----------------------------------------------------------


def test_every_lightsail_class_has_its_model_name() -> None:
    shapes = lightsail_model()["shapes"]
    classes = naming.class_names(shapes, reserved=naming.service_class_names("Lightsail"))
    with_classes = [n for n, s in shapes.items() if s["type"] == "structure" or "enum" in s]
    assert len(with_classes) > 500
    assert {n: classes[n] for n in with_classes} == {n: n for n in with_classes}


def test_shape_names_that_would_shadow_imports_runtime_or_builtins() -> None:
    names = ["Any", "Shape", "Rule", "Mapping", "ClassVar", "Client", "Engine", "Path",
             "ERRORS", "OPERATION", "PageIterator", "ValueError", "Exception", "StrEnum"]
    assert naming.class_names(names) == {name: name + "_" for name in names}


def test_a_shape_named_like_a_cleaned_up_name_keeps_its_own() -> None:
    assert naming.class_names(["Foo-Bar", "Foo_Bar"]) == {
        "Foo-Bar": "Foo_Bar_2", "Foo_Bar": "Foo_Bar",
    }


def test_shape_names_that_are_not_class_names() -> None:
    assert naming.class_names(["Foo-Bar", "2Fast", "class", "datetime", "dataclass", "ünï"]) == {
        "Foo-Bar": "Foo_Bar",
        "2Fast": "Shape2Fast",
        "class": "Class",
        "datetime": "Datetime",
        "dataclass": "Dataclass",
        "ünï": "Uni",
    }


def test_shape_class_names_avoid_the_service_classes() -> None:
    client, error = naming.service_class_names("Kitchen Sink")
    assert (client, error) == ("KitchenSinkClient", "KitchenSinkError")
    classes = naming.class_names(["KitchenSinkClient", "KitchenSinkError"], (client, error))
    assert classes == {"KitchenSinkClient": "KitchenSinkClient_",
                       "KitchenSinkError": "KitchenSinkError_"}


def test_service_classes_avoid_runtime_names() -> None:
    assert naming.service_class_names("Base") == ("BaseClient_", "BaseError")
    assert naming.service_class_names("Service") == ("ServiceClient", "ServiceError_")
    assert naming.service_class_names("2Fast") == ("Service2FastClient", "Service2FastError")


def test_the_exceptions_class_is_named_after_the_service() -> None:
    assert naming.exceptions_class_name("Kitchen Sink") == "KitchenSinkExceptions"
    assert naming.exceptions_class_name("2Fast") == "Service2FastExceptions"
    sink = build_service(load_model(KITCHEN_SINK_MODEL))
    assert sink.exceptions_class == "KitchenSinkExceptions"
    assert "KitchenSinkExceptions" not in {s.class_name for s in sink.structures}


def test_modules_are_lowercase_unique_and_never_a_class_name() -> None:
    classes = naming.class_names(["FooBar", "Foo_Bar", "Foobar", "Importlib", "Client", "2Fast"])
    modules = naming.module_names(classes)
    assert modules == {
        "2Fast": "shape2_fast",
        "Client": "client",
        "FooBar": "foo_bar",
        "Foo_Bar": "foo_bar_2",
        "Foobar": "foobar",
        "Importlib": "importlib_",
    }
    assert all(m.islower() and m.isidentifier() for m in modules.values())
    assert not set(modules.values()) & set(classes.values())


def test_methods_that_clash_with_client_attributes_or_annotations() -> None:
    names = ["Close", "Meta", "GetPaginator", "CanPaginate", "List", "Overload", "Datetime"]
    assert naming.method_names(names) == {n: xform_name(n) + "_" for n in names}


def test_methods_that_are_not_identifiers_and_duplicates() -> None:
    assert naming.method_names(["Get-Thing", "GetThing", "2Fast", "Import"]) == {
        "2Fast": "_2_fast",
        "Get-Thing": "get_thing_2",  # the name spelled as is claims its name first
        "GetThing": "get_thing",
        "Import": "import_",
    }


def test_paginate_options_yield_to_members() -> None:
    assert naming.paginate_options(["kind"]) == {
        "max_items": "max_items", "page_size": "page_size", "starting_token": "starting_token",
    }
    assert naming.paginate_options(["max_items", "page_size", "page_size_"]) == {
        "max_items": "max_items_", "page_size": "page_size__", "starting_token": "starting_token",
    }
    # No member takes starting_token (reserved), nor the module's names.
    assert naming.member_names(["startingToken", "PaginationConfig_", "WaiterConfig_"],
                               parameters=True) == [
        "starting_token_", "PaginationConfig_", "WaiterConfig_",
    ]


def test_waiter_names_are_boto3s() -> None:
    assert naming.waiter_names(["TableExists", "DBInstanceAvailable", "table_exists"]) == {
        "TableExists": "table_exists",
        "DBInstanceAvailable": "db_instance_available",
        "table_exists": "table_exists_2",
    }
    assert naming.waiter_class_names(["TableExists", "Spec"], taken=["TableExistsWaiter"]) == {
        "Spec": "SpecWaiter", "TableExists": "TableExistsWaiter_",
    }


def test_paginator_classes_avoid_shape_classes() -> None:
    classes = naming.class_names(["ListThingsPaginator"])
    assert naming.paginator_class_names(["ListThings", "list-more"], classes.values()) == {
        "ListThings": "ListThingsPaginator_",
        "list-more": "List_morePaginator",
    }


def test_enum_constants() -> None:
    values = ["a-b", "a_b", "A B", "aB", "class", "None", "", "2xl", "ünï", 'quote"d', "_x"]
    assert naming.constant_names(values) == [
        "A_B", "A_B_2", "A_B_3", "A_B_4", "CLASS", "NONE", "EMPTY", "V_2XL", "UNI", "QUOTE_D",
        "X",
    ]
    assert naming.constant_name("ipv4-only") == "IPV4_ONLY"


def test_package_names() -> None:
    assert naming.package_name("Lightsail") == "lightsail"
    assert naming.package_name("Kitchen Sink") == "kitchen_sink"
    assert naming.package_name("Lambda") == "lambda_"
    assert naming.package_name("Botocore") == "botocore_"
    assert naming.package_name("2-Fast") == "_2_fast"


@pytest.mark.parametrize(
    ("service_id", "service_name", "expected"),
    [
        ("CloudWatch Logs", "logs", "logs"),
        ("Secrets Manager", "secretsmanager", "secretsmanager"),
        ("Cognito Identity Provider", "cognito-idp", "cognito_idp"),
        ("Lambda", "lambda", "lambda_"),
        ("Lightsail", "lightsail", "lightsail"),
        ("Kitchen Sink", None, "kitchen_sink"),
    ],
)
def test_package_names_are_boto3_s_service_names(
    service_id: str, service_name: str | None, expected: str
) -> None:
    assert naming.package_name(service_id, service_name) == expected


def test_boto3_s_name_is_the_directory_botocore_keeps_the_model_in(tmp_path: Path) -> None:
    layout = tmp_path / "data" / "secretsmanager" / "2017-10-17" / "service-2.json.gz"
    assert naming.boto3_service_name(layout, "2017-10-17") == "secretsmanager"
    assert naming.boto3_service_name(LIGHTSAIL_MODEL / "service-2.json", "2016-11-28") == (
        "lightsail"
    )
    # A bare file, or a directory that is not the model's API version: no such name.
    assert naming.boto3_service_name(tmp_path / "service-2.json", "2017-10-17") is None
    assert naming.boto3_service_name(layout, "2020-01-01") is None


def test_a_model_in_botocore_s_layout_gets_boto3_s_name(tmp_path: Path) -> None:
    model = tmp_path / "kitchen-sink" / "2024-01-01"
    model.mkdir(parents=True)
    for name in ("service-2.json", "paginators-1.json"):
        (model / name).write_bytes((KITCHEN_SINK_MODEL / name).read_bytes())
    assert build_service(load_model(model)).package == "kitchen_sink"
    assert build_service(load_model(model / "service-2.json")).package == "kitchen_sink"
    renamed = tmp_path / "sink" / "2024-01-01"
    renamed.parent.mkdir()
    model.rename(renamed)
    assert build_service(load_model(renamed)).package == "sink"  # the directory, not the id
    assert build_service(load_model(renamed), package="mine").package == "mine"


@pytest.mark.parametrize(
    ("service_id", "expected"),
    [
        ("JSON", "json_"), ("OS", "os_"), ("Sys", "sys_"), ("Typing", "typing_"),
        ("Dataclasses", "dataclasses_"), ("Site", "site_"), ("Sitecustomize", "sitecustomize_"),
        ("JMESPath", "jmespath_"), ("urllib3", "urllib3_"), ("Dateutil", "dateutil_"),
        ("S3Transfer", "s3transfer_"), ("Boto3", "boto3_"), ("Runtime", "runtime"),
        ("Lightsail", "lightsail"),
    ],
)
def test_default_package_names_never_shadow_a_module(service_id: str, expected: str) -> None:
    assert naming.package_name(service_id) == expected


def test_no_default_package_name_is_a_reserved_one() -> None:
    for name in naming.RESERVED_PACKAGES:
        assert naming.package_name(name) not in naming.RESERVED_PACKAGES


def test_pinned_standard_library_covers_this_python() -> None:
    # Pinned, so that names do not depend on the Python version; a new Python that adds
    # a module fails here until the module is added to the list.
    public = {name for name in sys.stdlib_module_names if not name.startswith("_")}
    assert public <= naming.STDLIB_MODULES


def test_method_names_are_unique_ignoring_case() -> None:
    # They name the modules under operations/, which must not clash on macOS or Windows.
    # boto3's own spelling (all lowercase) claims its name first, then sorted order.
    methods = naming.method_names(["Get_Instance", "GET_INSTANCE", "GetInstance"])
    assert methods == {
        "GET_INSTANCE": "GET_INSTANCE_2",
        "GetInstance": "get_instance",
        "Get_Instance": "Get_Instance_3",
    }
    assert naming.unique(["a", "A", "a_2"], ignore_case=True) == ["a", "A_2", "a_2_2"]


def test_names_are_deterministic() -> None:
    shapes = list(lightsail_model()["shapes"])
    first = naming.class_names(shapes)
    assert naming.class_names(reversed(shapes)) == first
    assert naming.module_names(first) == naming.module_names(dict(reversed(first.items())))
    operations = ["b", "A", "a", "B"]
    assert naming.method_names(operations) == naming.method_names(sorted(operations))


# -- the reserved names keep up with the runtime ----------------------------------------


def class_attributes(path: Path, class_name: str) -> set[str]:
    """Names a runtime class defines: class attributes, methods and ``self.x = ...``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    cls = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == class_name)
    names: set[str] = set()
    for node in cls.body:
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in ast.walk(cls):
        target = node.target if isinstance(node, ast.AnnAssign) else None
        targets = node.targets if isinstance(node, ast.Assign) else [target]
        for t in targets:
            if isinstance(t, ast.Attribute) and ast.unparse(t.value) == "self":
                names.add(t.attr)
    return names


def public(names: set[str]) -> set[str]:
    # Generated names start with "_" only before a digit, so private names cannot clash.
    return {n for n in names if not n.startswith("_")}


def test_shape_reserved_names_cover_the_runtime_shape_class() -> None:
    attributes = public(class_attributes(RUNTIME / "shapes.py", "Shape"))
    assert attributes, "the Shape class moved"
    assert attributes <= naming.SHAPE_RESERVED


def test_client_reserved_names_cover_the_runtime_client_class() -> None:
    attributes = public(
        class_attributes(RUNTIME / "client.py", "ClientBase")
        | class_attributes(RUNTIME / "client.py", "BaseClient")
        | class_attributes(RUNTIME / "aio.py", "AsyncBaseClient")
    )
    assert {"close", "meta"} <= attributes
    assert attributes <= naming.CLIENT_RESERVED


def test_error_reserved_names_cover_the_runtime_error_class() -> None:
    attributes = public(class_attributes(RUNTIME / "errors.py", "ServiceError"))
    attributes |= public(set(dir(Exception)))
    assert {"code", "http_status", "request_id"} <= attributes
    assert attributes <= naming.ERROR_RESERVED | {"message"}


def test_method_names_start_with_an_underscore_only_before_a_digit() -> None:
    for name in ["_close", "__init__", "_engine", "2x"]:
        method = naming.method_names([name])[name]
        assert not method.startswith("_") or method[1].isdigit()


# -- a model full of awkward names, end to end ------------------------------------------


@pytest.fixture(scope="module")
def awkward_service() -> Service:
    return build_service(load_model(AWKWARD_MODEL))


@pytest.fixture(scope="module")
def awkward_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """tests/fixtures/awkward generated into a temporary directory on sys.path."""
    output = tmp_path_factory.mktemp("awkward")
    generate(AWKWARD_MODEL, output)
    sys.path.insert(0, str(output))
    yield output / "awkward"
    sys.path.remove(str(output))
    for module in [m for m in sys.modules if m == "awkward" or m.startswith("awkward.")]:
        del sys.modules[module]


def structure(service: Service, name: str) -> Structure:
    return next(s for s in service.structures if s.name == name)


def test_awkward_member_names(awkward_service: Service) -> None:
    names = {m.wire_name: m.name for m in structure(awkward_service, "Members").members}
    assert names["from"] == "from_"
    assert names["fromDict"] == "from_dict_"
    assert names["self"] == "self_"
    assert (names["fooBar"], names["foo_bar"]) == ("foo_bar", "foo_bar_2")
    assert names["Any_"] == "Any__"  # "Any" is imported, "Any_" is the shape class Any
    assert names["2fast"] == "_2fast"
    assert names["naïve"] == "naive"


def test_awkward_class_and_method_names(awkward_service: Service) -> None:
    classes = {s.name: s.class_name for s in awkward_service.structures}
    assert classes["Any"] == "Any_"
    assert classes["2Fast"] == "Shape2Fast"
    assert classes["Foo-Bar"] == "Foo_Bar"
    assert classes["AwkwardClient"] == "AwkwardClient_"
    assert classes["ListItemsPaginator"] == "ListItemsPaginator"
    methods = {op.name: op.method for op in awkward_service.operations}
    assert methods["Close"] == "close_"
    assert methods["Meta"] == "meta_"
    assert methods["GetPaginator"] == "get_paginator_"
    assert methods["List"] == "list_"
    paginated = awkward_service.paginated[0].paginator
    assert paginated is not None and paginated.class_name == "ListItemsPaginator_"


def test_awkward_names_are_deterministic() -> None:
    assert build_files(AWKWARD_MODEL).files == build_files(AWKWARD_MODEL).files


def test_awkward_package_passes_mypy_strict(type_reports: Reports) -> None:
    # The session's one mypy run (tests/type_checks.py) checks the package.
    assert type_reports.under("mypy", type_reports.targets["awkward"]) == []


def import_all(package_dir: Path) -> list[ModuleType]:
    name = package_dir.name
    modules = sorted(
        ".".join((name, *p.relative_to(package_dir).with_suffix("").parts))
        for p in package_dir.rglob("*.py")
    )
    return [importlib.import_module(m.removesuffix(".__init__")) for m in modules]


def test_every_awkward_module_imports(awkward_dir: Path) -> None:
    modules = import_all(awkward_dir)
    assert len(modules) > 40
    shapes = importlib.import_module("awkward.shapes")
    for name in shapes.__all__:
        assert getattr(shapes, name).__name__ == name


def test_hostile_documentation_survives_as_text(awkward_dir: Path) -> None:
    from awkward import Client
    from awkward.errors import Trouble
    from awkward.shapes import Kind, Members

    for doc in (Members.__doc__, Kind.__doc__, Trouble.__doc__, Client.__doc__,
                Client.get_thing.__doc__):
        text = " ".join(doc.split())
        assert 'Triple """quotes""" and \'\'\'single\'\'\' ones' in text
        assert r"a backslash \ and \n and \u0041 and \N{BULLET}" in text
        assert "Jinja {{ service.name }} and {% if true %}tags{% endif %}" in text
        assert r"a lone surrogate \ud800" in text
        assert "A" * 300 in text
        assert "naïve café 日本語 🚀 Ω, and a closing quote\"" in text


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with loopback_server() as running:
        yield running


@pytest.fixture
def client(awkward_dir: Path, server: LoopbackServer) -> Iterator[Any]:
    from awkward import Client

    server.requests.clear()
    with Client(region_name="us-east-1", endpoint_url=server.url, aws_access_key_id="AKID",
                aws_secret_access_key="secret", max_attempts=1) as client:
        yield client


def test_wire_names_never_change(server: LoopbackServer, client: Any) -> None:
    server.reply(Reply.of_json({
        "members": {"from": "x", "fooBar": "y", "foo_bar": 3, "self": "s", "2fast": "f",
                    "kind": "a_b", "any": {"value": "v"}},
        "from": "z",
    }))
    result = client.get_thing(from_="a", foo_bar="b", foo_bar_2=2, lambda_="l", self_="s",
                              call_="c", token_="t", starting_token_="st", _2fast="f",
                              naive="n", member="u", Any__="any", kind="A B")
    assert server.requests[-1].json() == {
        "from": "a", "fooBar": "b", "foo_bar": 2, "lambda": "l", "self": "s", "call": "c",
        "token": "t", "startingToken": "st", "2fast": "f", "naïve": "n", "_": "u",
        "Any_": "any", "kind": "A B",
    }
    assert server.requests[-1].headers["X-Amz-Target"] == "Awkward_20240101.GetThing"
    members = result.members
    assert (members.from_, members.foo_bar, members.foo_bar_2) == ("x", "y", 3)
    assert (members.self_, members._2fast, members.kind, members.any.value) == (
        "s", "f", "a_b", "v",
    )
    assert result.from_ == "z"


def test_operations_named_like_client_attributes(server: LoopbackServer, client: Any) -> None:
    assert client.close_().to_dict() == {}
    assert client.meta_().to_dict() == {}
    assert client.list_().to_dict() == {}
    assert client.meta.region_name == "us-east-1"
    assert client.can_paginate("list_items") and not client.can_paginate("close_")
    targets = [r.headers["X-Amz-Target"] for r in server.requests]
    assert targets == ["Awkward_20240101.Close", "Awkward_20240101.Meta", "Awkward_20240101.List"]
    client.close()  # the client's own close still closes


def test_paginator_with_members_named_like_its_locals(server: LoopbackServer, client: Any) -> None:
    server.reply(
        Reply.of_json({"items": ["a"], "nextToken": "n1"}), Reply.of_json({"items": ["b"]})
    )
    pages = client.get_paginator("list_items").paginate(
        token_="t", fetch_="f", starting_token_="s", self_="x"
    )
    assert list(pages.items()) == ["a", "b"]
    bodies = [r.json() for r in server.requests]
    assert bodies == [
        {"token": "t", "fetch": "f", "startingToken": "s", "self": "x"},
        {"nextToken": "n1", "token": "t", "fetch": "f", "startingToken": "s", "self": "x"},
    ]


def test_error_members_named_like_error_attributes(server: LoopbackServer, client: Any) -> None:
    from awkward.errors import Trouble

    server.reply(Reply.of_json(
        {"__type": "Trouble", "message": "boom", "code": "C1", "Code": "C2", "args": "A",
         "fooBar": "f1", "foo_bar": "f2"}, status=400,
    ))
    with pytest.raises(Trouble) as raised:
        client.get_thing(from_="a", foo_bar="b")
    error = raised.value
    assert (error.code, error.message, error.http_status) == ("Trouble", "boom", 400)
    assert (error.code_member, error.code_member_2, error.args_member) == ("C1", "C2", "A")
    assert (error.foo_bar, error.foo_bar_2) == ("f1", "f2")


def test_awkward_dicts_round_trip(awkward_dir: Path) -> None:
    from awkward.shapes import Members

    data = {wire: "v" for wire in ["from", "lambda", "class", "None", "match", "fromDict",
                                   "self", "call", "RULES", "fooBar", "Any_", "2fast", "_",
                                   "naïve", "Foo-Bar_"]}
    data |= {"foo_bar": 1, "list": ["a"], "dict": {"k": "v"}, "kinds": ["a-b", "new"],
             "fooBarShape": {"value": "x"}, "twoFast": {"value": "y"}}
    members = Members.from_dict(data)
    assert members.to_dict() == data
    # Members only comes back in responses: it reads the wire as it reads a dict.
    assert Members.from_wire(data) == members
    assert not hasattr(Members, "to_wire")
    assert keyword.iskeyword("from") and members.from_ == "v"
