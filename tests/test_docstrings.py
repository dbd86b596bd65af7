"""Google-style client docstrings: snapshots of rich ones, the structure of all of them,
and no model HTML left anywhere in the generated package.

The snapshots are the rendered source (signature and docstring literal, as it stands in
the generated file), stored as .py files under tests/__snapshots__/test_docstrings/.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import textwrap
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import LIGHTSAIL_MODEL

from generator.build import build_service
from generator.docs import summary
from generator.docstrings import DOC_WIDTH, operation_docstring
from generator.ir import ErrorShape, Member, Service, Structure
from generator.loader import load_model
from generator.pipeline import Files

# Dedented docstring lines end here, unless they hold one unbreakable token.
MAX_LINE = DOC_WIDTH + 2 * 4
UNBREAKABLE = re.compile(r"``.+?``|\[[^\]]*\]\([^)\s]*\)")


@pytest.fixture(scope="module")
def lightsail() -> Service:
    return build_service(load_model(LIGHTSAIL_MODEL))


def _class(tree: ast.Module, name: str) -> ast.ClassDef:
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)


def method_source(source: str, class_name: str, method: str) -> str:
    """The method's signature and docstring exactly as rendered, dedented."""
    cls = _class(ast.parse(source), class_name)
    node = next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == method)
    lines = source.split("\n")[node.lineno - 1 : node.body[0].end_lineno]
    return textwrap.dedent("\n".join(lines)) + "\n"


def field_source(source: str, class_name: str, field: str) -> str:
    """A dataclass field and its attribute docstring exactly as rendered, dedented."""
    body = _class(ast.parse(source), class_name).body
    index = next(
        i
        for i, n in enumerate(body)
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.target.id == field
    )
    doc = body[index + 1]
    assert isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
    lines = source.split("\n")[body[index].lineno - 1 : doc.end_lineno]
    return textwrap.dedent("\n".join(lines)) + "\n"


@pytest.mark.parametrize(
    "method",
    [
        "register_container_image",
        "create_container_service",
        # A note in the body; a list and an "Important:" block inside an argument.
        "delete_bucket",
    ],
)
def test_lightsail_method_docstring(method: str, lightsail_files: Files, python_snapshot) -> None:  # type: ignore[no-untyped-def]
    source = method_source(lightsail_files.files["client.py"], "LightsailClient", method)
    assert source == python_snapshot


def test_nested_list_field_docstring(lightsail_files: Files, python_snapshot) -> None:  # type: ignore[no-untyped-def]
    # Lightsail's only nested list: no operation's own docs or arguments have one.
    path = "shapes/container_service_state_detail.py"
    source = field_source(lightsail_files.files[path], "ContainerServiceStateDetail", "code")
    assert "\n  - ``CREATING_SYSTEM_RESOURCES`` - The system resources for your\n" in source
    assert source == python_snapshot


def test_note_and_nested_list_method_docstring(kitchen_sink_dir: Path, python_snapshot) -> None:  # type: ignore[no-untyped-def]
    source = (kitchen_sink_dir / "client.py").read_text(encoding="utf-8")
    method = method_source(source, "KitchenSinkClient", "put_thing")
    assert "\n    Note:\n        Things with the same name are replaced.\n" in method
    assert "\n    - first\n      - nested\n    - second\n" in method
    assert method == python_snapshot


def test_rendered_docstring_is_the_ir_docstring(lightsail: Service) -> None:
    import lightsail as package

    for op in lightsail.operations:
        runtime = inspect.getdoc(getattr(package.Client, op.method))
        assert runtime == ast.literal_eval('"""' + op.doc + '"""'), op.name


# -- the structure of every operation's docstring ------------------------------------


def sections(doc: str) -> dict[str, list[str]]:
    """Google-style sections by title; the body (before the first one) under ""."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for line in doc.split("\n"):
        if line in ("Args:", "Returns:", "Raises:", "Warning:"):
            current = line[:-1]
            found[current] = []
        else:
            found[current].append(line)
    return found


def entries(lines: list[str]) -> dict[str, str]:
    """Section entries (``name: text`` at the first indent) with their continuations."""
    result: dict[str, str] = {}
    name = ""
    for line in lines:
        match = re.match(r"    (\w+):(?: (.*))?$", line)
        if match:
            name = match.group(1)
            result[name] = match.group(2) or ""
        elif name:
            assert not line or line.startswith("        "), line
            result[name] += "\n" + line[8:]
    return result


def assert_fits(doc: str) -> None:
    for line in doc.split("\n"):
        if len(line) > MAX_LINE:
            content = UNBREAKABLE.sub("X", line.strip()).removeprefix("- ")
            assert " " not in re.sub(r"^\w+: ", "", content), line


def test_every_operation_docstring_is_complete(lightsail: Service) -> None:
    assert len(lightsail.operations) == 167
    for op in lightsail.operations:
        doc = ast.literal_eval('"""' + op.doc + '"""')
        found = sections(doc)
        assert found[""][0], op.name
        members = op.input.members if op.input else []
        args = entries(found.get("Args", []))
        assert list(args) == [m.name for m in members], op.name
        for member in members:
            assert args[member.name].startswith("Required.") == member.required, member.name
        assert op.output is not None
        returns = entries(found["Returns"])
        assert list(returns) == [op.output.class_name], op.name
        for member in op.output.members:
            assert f"\n- ``{member.name}``" in returns[op.output.class_name]
        raises = entries(found["Raises"])
        assert list(raises) == [e.class_name for e in op.errors], op.name
        for error in op.errors:
            first = ast.literal_eval('"""' + error.doc + '"""').split("\n\n")[0]
            assert " ".join(raises[error.class_name].split("\n\n")[0].split()) == " ".join(
                first.split()
            )
        assert ("Warning" in found) == op.deprecated
        assert_fits(doc)


def test_register_container_image_docstring(lightsail: Service) -> None:
    op = next(o for o in lightsail.operations if o.name == "RegisterContainerImage")
    doc = ast.literal_eval('"""' + op.doc + '"""')
    first = "Registers a container image to your Amazon Lightsail container service."
    assert doc.startswith(first + "\n")
    assert "\n        - ``:container-service-1.<imagelabel>.1``\n" in doc
    assert "    NotFoundException: Lightsail throws this exception when it cannot find a\n" in doc


# -- operation_docstring on hand-made operations ------------------------------------


def member(name: str, doc: str = "", **flags: Any) -> Member:
    fields: dict[str, Any] = dict.fromkeys(Member.__dataclass_fields__, "")
    fields.update(name=name, wire_name=name, type="str", doc=doc)
    fields.update(required=False, model_required=False, sensitive=False, deprecated=False)
    fields.update(flags)
    return Member(**fields)


def structure(name: str, members: list[Member]) -> Structure:
    fields: dict[str, Any] = dict.fromkeys(Structure.__dataclass_fields__, "")
    fields.update(name=name, class_name=name, members=members, imports=[], late_imports=[])
    fields.update(sensitive=False, deprecated=False)
    return Structure(**fields)


def docstring(body: str = "Body.", **overrides: Any) -> str:
    """``operation_docstring`` of a ``DoThing`` operation; keywords override its parts."""
    parts: dict[str, Any] = dict(
        method="do_thing", paginated=False, deprecated=False, arguments=[], result=None, errors=[]
    )
    parts.update(overrides)
    return operation_docstring(body, **parts)


LONG = "A sentence of documentation that is long enough to need wrapping. " * 3
WRAPPED = "\n".join(textwrap.wrap(LONG, DOC_WIDTH))


def test_required_deprecated_and_undocumented_arguments() -> None:
    request = structure(
        "DoThingRequest",
        [
            member("name", "The name.", required=True),
            member("old_flag", "Ignored.", deprecated=True),
            member("extra"),
        ],
    )
    doc = docstring("Does a thing.", arguments=request.members)
    assert doc == (
        "Does a thing.\n\n"
        "Args:\n"
        "    name: Required. The name.\n"
        "    old_flag: Deprecated. Ignored.\n"
        "    extra:"
    )


def test_long_entries_hang_under_their_label() -> None:
    request = structure("R", [member("a_rather_long_argument_name", WRAPPED + "\n\nMore.")])
    doc = docstring(arguments=request.members)
    args = doc.split("Args:\n", 1)[1].split("\n")
    assert args[0].startswith("    a_rather_long_argument_name: A sentence")
    assert all(line.startswith("        ") for line in args[1:] if line)
    assert args[-2:] == ["", "        More."]
    assert " ".join(" ".join(args[:-2]).split()) == "a_rather_long_argument_name: " + LONG.strip()
    assert max(len(line) for line in args) <= MAX_LINE


def test_structured_first_paragraph_starts_below_the_label() -> None:
    request = structure("R", [member("mode", "- one\n- two", required=True)])
    doc = docstring(arguments=request.members)
    assert doc.endswith("Args:\n    mode: Required.\n\n        - one\n        - two")


def test_returns_lists_the_result_attributes() -> None:
    result = structure(
        "DoThingResult",
        [
            member("items", "The items. More text.", type="list[Item]"),
            member("gone", deprecated=True),
        ],
    )
    doc = docstring(result=result)
    assert doc.endswith(
        "Returns:\n"
        "    DoThingResult: The parsed response. Its attributes (``None`` when the\n"
        "        response leaves one out):\n\n"
        "        - ``items`` (``list[Item]``): The items.\n"
        "        - ``gone`` (``str``): Deprecated."
    )
    empty = docstring(result=structure("Empty", []))
    assert empty.endswith("Returns:\n    Empty: The parsed response; it has no attributes.")


def test_raises_gives_each_error_its_first_sentence() -> None:
    """The whole description is on the error class; a method repeats only its summary."""
    long_doc = WRAPPED + "\n\nNote:\n    Check it."
    errors = [
        ErrorShape("Oops", "OopsError", "Oops", "It broke. Badly.", "It broke.", [], False, False),
        ErrorShape("Bad", "BadInput", "Bad", long_doc, summary(long_doc), [], False, False),
    ]
    raises = docstring(errors=errors).split("Raises:\n", 1)[1]
    assert raises == (
        "    OopsError: It broke.\n"
        "    BadInput: A sentence of documentation that is long enough to need wrapping."
    )


def test_deprecated_and_paginated_operations_say_so() -> None:
    doc = docstring("Calls the ``DoThing`` operation.", deprecated=True, paginated=True)
    assert doc == (
        "Calls the ``DoThing`` operation.\n\n"
        'Results come in pages: ``get_paginator("do_thing")`` iterates over all\n'
        "of them.\n\n"
        "Warning:\n"
        "    This operation is deprecated; calling it emits a ``DeprecationWarning``."
    )
    assert docstring() == "Body."


# -- no HTML left anywhere -----------------------------------------------------------


class _TagNames(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)

    def handle_endtag(self, tag: str) -> None:
        self.names.add(tag)


def model_docs(model: dict[str, Any]) -> list[str]:
    docs = [model.get("documentation", "")]
    docs += [op.get("documentation", "") for op in model["operations"].values()]
    for shape in model["shapes"].values():
        docs.append(shape.get("documentation", ""))
        docs += [m.get("documentation", "") for m in shape.get("members", {}).values()]
    return [doc for doc in docs if doc]


def package_docstrings(files: dict[str, str]) -> list[str]:
    """Every string statement (module, class, function and attribute docstrings) and
    Markdown file, except the runtime's (copied verbatim, not made from the model)."""
    docs = [text for path, text in files.items() if path.endswith(".md")]
    for path, text in files.items():
        if path.endswith(".py") and not path.startswith("_runtime/"):
            docs += [
                node.value.value
                for node in ast.walk(ast.parse(text))
                if isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ]
    return docs


def test_no_html_tags_left_in_any_generated_doc(lightsail_files: Files) -> None:
    model = json.loads((LIGHTSAIL_MODEL / "service-2.json").read_text(encoding="utf-8"))
    html = model_docs(model)
    parser = _TagNames()
    for doc in html:
        parser.feed(doc)
    assert {"p", "code", "a", "ul", "li", "note", "important"} <= parser.names
    markup = re.compile(rf"</?(?:{'|'.join(sorted(parser.names))})\b", re.IGNORECASE)
    escaped = {m.lower() for doc in html for m in re.findall(r"&lt;/?[\w.-]+", doc)}

    docs = package_docstrings(lightsail_files.files)
    client = ast.parse(lightsail_files.files["client.py"])
    methods = [n for n in _class(client, "LightsailClient").body if isinstance(n, ast.FunctionDef)]
    documented = [m for m in methods if ast.get_docstring(m)]
    assert len(documented) >= len(model["operations"]) == 167
    assert len(docs) > 4000
    for doc in docs:
        assert not markup.search(doc), doc
        assert "&lt;" not in doc and "&gt;" not in doc and "&amp;" not in doc, doc
        # Any other "<name" must be text the model wrote as an entity (``<imagelabel>``).
        for tag in re.findall(r"</?[\w.-]+", doc):
            assert "&lt;" + tag[1:].lower() in escaped, (tag, doc)


# -- deprecation: said in the docs, warned at run time ------------------------------


def test_deprecated_operation_says_so_and_warns(kitchen_sink_dir: Path) -> None:
    import warnings

    from kitchen_sink import Client  # type: ignore[import-not-found]  # generated per session
    from loopback import Reply, loopback_server

    old_ping = inspect.getdoc(Client.old_ping) or ""
    assert "Warning:\n    This operation is deprecated" in old_ping
    assert "deprecated" not in (inspect.getdoc(Client.ping) or "")
    with loopback_server() as server, Client(
        region_name="us-east-1",
        endpoint_url=server.url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
    ) as client:
        server.reply(Reply.of_json({"message": "pong"}), Reply.of_json({"message": "pong"}))
        with pytest.warns(DeprecationWarning, match="old_ping is deprecated"):
            assert client.old_ping().message == "pong"
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            assert client.ping().message == "pong"


def test_deprecated_argument_is_marked(kitchen_sink_dir: Path) -> None:
    from kitchen_sink import Client

    doc = inspect.getdoc(Client.put_thing) or ""
    assert "\n    legacy_flag: Deprecated. Ignored.\n" in doc


# -- the generated package's README ---------------------------------------------------


def test_generated_readme(lightsail_files: Files, lightsail: Service) -> None:
    readme = lightsail_files.files["README.md"]
    assert readme.startswith("# `lightsail`: a typed Python client for Amazon Lightsail\n")
    assert "| Service | Amazon Lightsail (service id `Lightsail`) |" in readme
    assert "| API version | `2016-11-28` |" in readme
    assert f"| Generated from | botocore {lightsail.botocore_version}'s model" in readme
    assert "| Operations | 167 |" in readme
    assert 'client = Client(region_name="us-east-1")' in readme
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) == 4
    for block in blocks:
        ast.parse(block)
    assert "result = client.allocate_static_ip(\n        static_ip_name=...,\n    )" in blocks[1]
    assert 'async with AsyncClient(region_name="us-east-1") as client:' in blocks[3]
    assert "pip install 'aiohttp>=3.10'" in readme
    listed = re.findall(r"^- `(\w+)` \((\w+)\)(?: \*\(deprecated\)\*)?: (.+)$", readme, re.M)
    expected = [(op.method, op.name, op.summary) for op in lightsail.operations]
    assert listed == expected


def test_generated_readme_without_endpoint_rules(kitchen_sink_dir: Path) -> None:
    readme = (kitchen_sink_dir / "README.md").read_text(encoding="utf-8")
    assert 'Client(region_name="us-east-1", endpoint_url="https://...")' in readme
    assert "The model has no endpoint rule set, so pass `endpoint_url`" in readme
    assert "- `old_ping` (OldPing) *(deprecated)*: Use ``Ping``." in readme
