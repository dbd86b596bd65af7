"""Extending the generator with templates: scopes, overrides, errors, docs, the example."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import KITCHEN_SINK_MODEL, LIGHTSAIL_MODEL, REPO

from generator import cli, context_docs
from generator.build import build_service
from generator.errors import TemplateError
from generator.format import CompileError, FormatError
from generator.ir import Service
from generator.loader import load_model
from generator.paths import builtin_templates
from generator.pipeline import Files, build_files
from generator.render import FILTERS, SCOPE_ITEMS, environment

EXAMPLE = REPO / "examples" / "templates"
OPERATION_PAGE = "operation/docs/operations/{{ operation.module }}.md.j2"
BUILTIN_OPERATION = "operation/operations/{{ operation.module }}.py.j2"


@pytest.fixture(scope="module")
def kitchen_sink() -> Service:
    return build_service(load_model(KITCHEN_SINK_MODEL))


@pytest.fixture(scope="module")
def kitchen_sink_files() -> Files:
    """The kitchen-sink package with the built-in templates only."""
    return build_files(KITCHEN_SINK_MODEL)


def template_dir(root: Path, templates: dict[str, str]) -> Path:
    for name, text in templates.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def build_with(tmp_path: Path, templates: dict[str, str]) -> dict[str, str]:
    directory = template_dir(tmp_path / "t", templates)
    return build_files(KITCHEN_SINK_MODEL, templates=[directory]).files


def test_an_edited_template_is_read_again(tmp_path: Path) -> None:
    """The environment of a template directory is kept between builds, its compiled
    templates with it: a template edited or removed since is seen all the same."""
    note = "service/NOTE.txt.j2"
    assert build_with(tmp_path, {note: "one {{ service.package }}\n"})["NOTE.txt"] == (
        "one kitchen_sink\n")
    edited = tmp_path / "t" / note
    edited.write_text("two {{ service.package }}\n", encoding="utf-8")
    later = edited.stat().st_mtime_ns + 1_000_000_000  # a clock too coarse to tell
    os.utime(edited, ns=(later, later))
    files = build_files(KITCHEN_SINK_MODEL, templates=[tmp_path / "t"]).files
    assert files["NOTE.txt"] == "two kitchen_sink\n"
    edited.unlink()
    files = build_files(KITCHEN_SINK_MODEL, templates=[tmp_path / "t"]).files
    assert "NOTE.txt" not in files


def render_error(tmp_path: Path, templates: dict[str, str]) -> str:
    with pytest.raises(TemplateError) as caught:
        build_with(tmp_path, templates)
    message = str(caught.value)
    assert "\n" not in message
    return message


def tree(directory: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``directory`` (hidden ones too) with its bytes and mtime."""
    return {
        path.relative_to(directory).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


# -- a template's place says its scope and its output path ----------------------------


def test_added_operation_template_renders_a_file_for_every_operation(
    tmp_path: Path, kitchen_sink: Service, kitchen_sink_files: Files
) -> None:
    files = build_with(tmp_path, {
        "operation/notes/{{ operation.module }}.txt.j2":
            "{{ operation.name }} -> {{ service.package }}.{{ operation.method }}\n",
    })
    notes = {path: text for path, text in files.items() if path.startswith("notes/")}
    assert notes == {
        f"notes/{op.module}.txt": f"{op.name} -> kitchen_sink.{op.method}\n"
        for op in kitchen_sink.operations
    }
    assert len(notes) == 10
    assert {p: t for p, t in files.items() if p not in notes} == kitchen_sink_files.files


@pytest.mark.parametrize("scope", [s for s in SCOPE_ITEMS if s != "service"])
def test_each_item_scope_renders_once_per_item(
    tmp_path: Path, kitchen_sink: Service, scope: str
) -> None:
    name = f"{{{{ {scope}.name }}}}"
    files = build_with(tmp_path, {
        f"{scope}/listing/{name}.txt.j2": f"{{{{ service.package }}}}:{name}\n",
    })
    items = getattr(kitchen_sink, str(SCOPE_ITEMS[scope]))
    assert items
    listing = {path: text for path, text in files.items() if path.startswith("listing/")}
    assert listing == {f"listing/{item.name}.txt": f"kitchen_sink:{item.name}\n" for item in items}


def test_service_scope_renders_once(tmp_path: Path) -> None:
    files = build_with(tmp_path, {"service/ABOUT.txt.j2": "{{ service.operations | length }}\n"})
    assert files["ABOUT.txt"] == "10\n"


def test_directory_names_may_be_expressions(tmp_path: Path, kitchen_sink: Service) -> None:
    files = build_with(tmp_path, {
        "operation/fixtures/{{ operation.module }}/{{ operation.name | lower }}.json.j2":
            '{"target": {{ operation.target | tojson }}}\n',
    })
    for op in kitchen_sink.operations:
        text = files[f"fixtures/{op.module}/{op.name.lower()}.json"]
        assert json.loads(text) == {"target": op.target}


def test_files_without_j2_are_copied_per_item(tmp_path: Path, kitchen_sink: Service) -> None:
    files = build_with(tmp_path, {"enum/data/{{ enum.module }}.txt": "{{ not rendered }}\n"})
    assert {p: t for p, t in files.items() if p.startswith("data/")} == {
        f"data/{enum.module}.txt": "{{ not rendered }}\n" for enum in kitchen_sink.enums
    }


def test_an_empty_rendering_writes_no_file(tmp_path: Path, kitchen_sink: Service) -> None:
    files = build_with(tmp_path, {
        "operation/pages/{{ operation.module }}.txt.j2":
            "{% if operation.paginator %}{{ operation.paginator.result_keys[0] }}\n{% endif %}",
    })
    pages = sorted(path for path in files if path.startswith("pages/"))
    assert pages == [f"pages/{op.module}.txt" for op in kitchen_sink.paginated]
    assert len(pages) == 4


def test_files_outside_scope_directories_produce_nothing(
    tmp_path: Path, kitchen_sink_files: Files
) -> None:
    files = build_with(tmp_path, {
        "README.md": "# My templates\n",
        "_partials/footer.txt.j2": "generated\n",
        ".hidden/x.j2": "x",
        "service/.notes.swp": "editor swap file",
    })
    assert files == kitchen_sink_files.files


# -- user directories before the built-in one -----------------------------------------


def test_same_relative_path_overrides_the_builtin_output(
    tmp_path: Path, kitchen_sink: Service, kitchen_sink_files: Files
) -> None:
    files = build_with(tmp_path, {
        "service/py.typed": "partial\n",
        BUILTIN_OPERATION: '"""Replaced: {{ operation.name }}."""\n',
    })
    assert files["py.typed"] == "partial\n"
    for op in kitchen_sink.operations:
        assert files[f"operations/{op.module}.py"] == f'"""Replaced: {op.name}."""\n'
    assert files.keys() == kitchen_sink_files.files.keys()


INIT = "{{ client.directory }}__init__.py.j2"


def test_extending_a_builtin_template_by_its_builtin_name(
    tmp_path: Path, kitchen_sink_files: Files
) -> None:
    files = build_with(tmp_path, {
        BUILTIN_OPERATION: f'{{% extends "builtin/{BUILTIN_OPERATION}" %}}',
        f"client/{INIT}":
            f'{{% include "builtin/client/{INIT}" %}}\nEXTRA = "{{{{ client.name }}}}"\n',
    })
    assert files == {
        **kitchen_sink_files.files,
        "__init__.py": kitchen_sink_files.files["__init__.py"] + 'EXTRA = "sync"\n',
        "aio/__init__.py": kitchen_sink_files.files["aio/__init__.py"] + 'EXTRA = "async"\n',
    }


def test_user_templates_import_builtin_macros_and_extend_user_bases(
    tmp_path: Path, kitchen_sink: Service
) -> None:
    files = build_with(tmp_path, {
        "_layouts/page.txt.j2":
            "== {% block title %}{% endblock %} ==\n{% block body %}{% endblock %}--\n",
        "operation/sig/{{ operation.module }}.txt.j2": (
            '{% extends "_layouts/page.txt.j2" %}\n'
            '{% import "_macros/conversions.j2" as conversions %}\n'
            "{% block title %}{{ operation.method }}{% endblock %}\n"
            "{% block body %}\n"
            "({{ conversions.params(operation.input.members) if operation.input else '' }})\n"
            "{% endblock %}\n"
        ),
    })
    put = next(op for op in kitchen_sink.operations if op.name == "PutThing")
    assert put.input is not None and put.input.members
    params = ", ".join(
        f"{m.name}: {m.argument_type}" + ("" if m.required else " | None = None")
        for m in put.input.members
    )
    assert files[f"sig/{put.module}.txt"] == f"== put_thing ==\n({params})\n--\n"


def test_overriding_a_builtin_macro_changes_the_builtin_templates_using_it(
    tmp_path: Path, kitchen_sink_files: Files
) -> None:
    builtin_macros = (builtin_templates() / "_macros" / "conversions.j2").read_text()
    files = build_with(tmp_path, {
        "_macros/conversions.j2": builtin_macros.replace("return data", "return data  # mine"),
    })
    changed = sorted(p for p in files if files[p] != kitchen_sink_files.files[p])
    assert "shapes/thing.py" in changed
    assert all(p.startswith("shapes/") and "return data  # mine" in files[p] for p in changed)


def test_command_line_directories_come_first(tmp_path: Path) -> None:
    first = template_dir(tmp_path / "first", {"service/who.txt.j2": "first\n"})
    second = template_dir(tmp_path / "second", {
        "service/who.txt.j2": "second\n", "service/only-second.txt.j2": "2\n",
    })
    files = build_files(KITCHEN_SINK_MODEL, templates=[first, second]).files
    assert files["who.txt"] == "first\n"
    assert files["only-second.txt"] == "2\n"


def test_pyproject_templates_are_used_by_generate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    template_dir(project / "codegen-templates", {
        "operation/docs/{{ operation.module }}.md.j2": "# {{ operation.name }}\n",
    })
    template_dir(project / "cli-templates", {"service/who.txt.j2": "command line\n"})
    template_dir(project / "codegen-templates", {"service/who.txt.j2": "pyproject\n"})
    (project / "pyproject.toml").write_text(
        '[tool.botocore-codegen]\ntemplates = ["codegen-templates"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(project)
    model = str(KITCHEN_SINK_MODEL)

    assert cli.main(["generate", "--model", model, "--output", "out"]) == 0
    package = project / "out" / "kitchen_sink"
    assert (package / "docs" / "put_thing.md").read_text() == "# PutThing\n"
    assert (package / "who.txt").read_text() == "pyproject\n"

    args = ["generate", "--model", model, "--output", "out", "--templates", "cli-templates"]
    assert cli.main(args) == 0
    assert (package / "who.txt").read_text() == "command line\n"
    assert (package / "docs" / "put_thing.md").is_file()
    capsys.readouterr()


# -- non-Python outputs ---------------------------------------------------------------


def test_only_python_outputs_are_formatted(tmp_path: Path) -> None:
    markdown = "# Title  \n\n\n*  item   with  spaces\n"
    toml = 'name="{{ service.package }}"\nversion   =  "1"\n'
    files = build_with(tmp_path, {
        "service/docs/README.md.j2": markdown,
        "service/settings.json.j2": '{{ {"b": [1, 2], "a": service.name} | tojson }}\n',
        "service/pyproject.toml.j2": toml,
        "service/extra.py.j2": "x=1\ny = {'a':[1,2,]}\n",
        "service/copied.py": "def f( a ):\n  return a\n",
    })
    assert files["docs/README.md"] == markdown
    assert files["settings.json"] == '{"a": "Kitchen Sink", "b": [1, 2]}\n'
    assert files["pyproject.toml"] == 'name="kitchen_sink"\nversion   =  "1"\n'
    assert files["extra.py"] == 'x = 1\ny = {\n    "a": [\n        1,\n        2,\n    ]\n}\n'
    assert files["copied.py"] == "def f(a):\n    return a\n"


def test_python_output_black_cannot_parse_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"^broken\.py: black cannot parse"):
        build_with(tmp_path, {"service/broken.py.j2": "def f(:\n    pass\n"})


def test_python_output_that_does_not_compile_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CompileError, match=r"^outside\.py:1: .*'return' outside function"):
        build_with(tmp_path, {"service/outside.py.j2": "return 1\n"})


# -- mistakes: one line, template path and line, nothing written ----------------------


BROKEN_PAGE = "# {{ operation.name }}\n\n{{ operation.descripton }}\n"


def test_broken_template_fails_with_path_line_and_name_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    output = tmp_path / "out"
    model = str(KITCHEN_SINK_MODEL)
    assert cli.main(["generate", "--model", model, "--output", str(output)]) == 0
    before = tree(output)
    assert "kitchen_sink/client.py" in before
    templates = template_dir(tmp_path / "mine", {
        "service/fine.txt.j2": "fine\n",
        OPERATION_PAGE: BROKEN_PAGE,
    })
    capsys.readouterr()

    args = ["generate", "--model", model, "--output", str(output), "--templates", str(templates)]
    assert cli.main(args) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err == (
        f"error: {templates / OPERATION_PAGE}:3: 'generator.ir.Operation object' has no "
        "attribute 'descripton' (operation DeleteThing)\n"
    )
    assert tree(output) == before


def test_broken_template_leaves_the_checked_in_generated_tree_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    generated = REPO / "generated"
    before = tree(generated / "lightsail")
    templates = template_dir(tmp_path / "mine", {OPERATION_PAGE: BROKEN_PAGE})
    monkeypatch.chdir(tmp_path)
    args = ["generate", "--model", str(LIGHTSAIL_MODEL), "--output", str(generated),
            "--templates", str(templates)]
    assert cli.main(args) == 2
    assert f"{templates / OPERATION_PAGE}:3: " in capsys.readouterr().err
    assert tree(generated / "lightsail") == before


def test_syntax_error_names_path_and_line(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"service/x.txt.j2": "one\n{% if %}\n"})
    assert message.startswith(f"{tmp_path / 't' / 'service/x.txt.j2'}:2: ")
    assert "Expected an expression" in message


def test_undefined_name_is_named(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"service/x.txt.j2": "{{ service.name }}\n{{ nope }}\n"})
    source = tmp_path / "t" / "service/x.txt.j2"
    assert message == f"{source}:2: 'nope' is undefined (service Kitchen Sink)"


def test_mistake_in_an_imported_macro_points_into_the_macro(tmp_path: Path) -> None:
    message = render_error(tmp_path, {
        "_macros/mine.j2": "{% macro title(op) %}\n{{ op.titel }}\n{% endmacro %}\n",
        "service/x.txt.j2": '{% import "_macros/mine.j2" as mine %}\n'
                            "{{ mine.title(service.operations[0]) }}\n",
    })
    assert message.startswith(f"{tmp_path / 't' / '_macros/mine.j2'}:2: ")
    assert "'titel'" in message


def test_missing_import_is_named(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"service/x.txt.j2": '\n{% import "_macros/no.j2" as n %}\n'})
    assert message.startswith(f"{tmp_path / 't' / 'service/x.txt.j2'}:2: ")
    assert "template '_macros/no.j2' not found" in message


def test_error_in_an_output_path_expression(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"operation/{{ operation.modul }}.txt.j2": "x"})
    assert "operation/{{ operation.modul }}.txt.j2: in its output path" in message
    assert "'modul'" in message


def test_syntax_error_in_an_output_path_expression(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"operation/{{ operation. }}.txt.j2": "x"})
    assert "operation/{{ operation. }}.txt.j2: in its output path" in message


@pytest.mark.parametrize("name", [
    "service/{{ '..' }}/escape.txt.j2",
    "service/{{ '%c' | format(47) }}absolute.txt.j2",
    "service/{{ '' }}/empty-segment.txt.j2",
    "operation/x/{{ '.' }}/dot.txt.j2",
])
def test_output_paths_must_stay_inside_the_package(tmp_path: Path, name: str) -> None:
    message = render_error(tmp_path, {name: "x"})
    assert "which is not a relative path inside the package" in message
    assert str(tmp_path / "t" / name) in message


def test_one_template_writing_the_same_path_twice_is_an_error(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"operation/same.txt.j2": "{{ operation.name }}"})
    source = tmp_path / "t" / "operation/same.txt.j2"
    assert message.startswith(
        f"{source} (operation DeleteThing) and {source} (operation DescribeThing) both render "
        "same.txt"
    )


def test_two_templates_writing_the_same_path_is_an_error(tmp_path: Path) -> None:
    message = render_error(tmp_path, {
        "service/a.txt.j2": "a", "service/{{ 'a' }}.txt.j2": "also a",
    })
    assert str(tmp_path / "t" / "service/a.txt.j2") in message
    assert str(tmp_path / "t" / "service/{{ 'a' }}.txt.j2") in message
    assert "both render a.txt" in message


def test_a_near_miss_override_is_an_error_not_a_second_file(tmp_path: Path) -> None:
    message = render_error(tmp_path, {"service/py.typed.j2": "partial\n"})
    assert str(builtin_templates() / "service" / "py.typed") in message
    assert "both render py.typed; to override a built-in template" in message


@pytest.mark.parametrize("directory", ["operations", "builtin"])
def test_unknown_top_level_directory_is_an_error(tmp_path: Path, directory: str) -> None:
    message = render_error(tmp_path, {f"{directory}/x.txt.j2": "x"})
    assert message.startswith(f"{tmp_path / 't' / directory}: not a scope directory")


# -- the reference page ---------------------------------------------------------------


def test_reference_page_is_up_to_date() -> None:
    page = (REPO / "docs" / "templates.md").read_text(encoding="utf-8")
    assert page == context_docs.reference_page(), (
        "docs/templates.md is stale; run `python -m generator.context_docs docs/templates.md`"
    )


def test_every_context_field_has_a_description() -> None:
    """A field without a docstring under it shows as an empty cell: describe it."""
    undocumented = [
        f"{cls.name}.{field.name}"
        for cls in context_docs.context_classes()
        for field in cls.fields
        if not field.doc.strip()
    ]
    assert undocumented == []
    assert {cls.name for cls in context_docs.context_classes()} >= {
        "Service", "Operation", "Structure", "Member", "Enum", "EnumValue", "ErrorShape",
        "Paginator", "Protocol", "TypeRef", "Expr", "Import",
    }


def test_reference_page_lists_every_scope_and_filter() -> None:
    page = context_docs.reference_page()
    for scope in SCOPE_ITEMS:
        assert f"\n| `{scope}/` | " in page
    for name in FILTERS:
        assert re.search(rf"\| `\w+ \\\| {name}\b", page), name
        assert environment([]).filters[name] is FILTERS[name]


def test_context_docs_command_writes_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "docs" / "templates.md"
    assert context_docs.main(["--check", str(page)]) == 1
    assert context_docs.main([str(page)]) == 0
    assert page.read_text(encoding="utf-8") == context_docs.reference_page()
    assert context_docs.main(["--check", str(page)]) == 0
    page.write_text("old\n", encoding="utf-8")
    assert context_docs.main(["--check", str(page)]) == 1
    assert "is stale" in capsys.readouterr().err


# -- the worked example ---------------------------------------------------------------


def test_example_renders_a_page_per_operation_and_an_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    lightsail_files: Files,
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["generate", "--model", str(LIGHTSAIL_MODEL), "--output", str(tmp_path),
            "--templates", str(EXAMPLE)]
    assert cli.main(args) == 0
    capsys.readouterr()
    package = tmp_path / "lightsail"
    docs = package / "docs"
    service = build_service(load_model(LIGHTSAIL_MODEL))
    model = json.loads((LIGHTSAIL_MODEL / "service-2.json").read_text(encoding="utf-8"))
    assert len(service.operations) == len(model["operations"]) == 167

    pages = sorted(p.name for p in (docs / "operations").iterdir())
    assert pages == sorted(f"{op.module}.md" for op in service.operations)
    index = (docs / "index.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((operations/[a-z0-9_]+\.md)\)", index)
    assert links == [f"operations/{op.module}.md" for op in service.operations]
    for op in service.operations:
        page = (docs / "operations" / f"{op.module}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# {op.name}\n")
        assert " ".join(op.summary.split()) in " ".join(page.split())
        for field in op.input.members if op.input else []:
            required = "yes" if field.required else "no"
            escaped = str(field.type).replace("|", chr(92) + "|")
            row = f"| `{field.name}` | `{escaped}` | {required} | "
            assert row in page
        for field in op.output.members if op.output else []:
            assert f"| `{field.name}` | " in page
        for error in op.errors:
            assert f"| `{error.class_name}` | `{error.code}` | " in page
        assert "\nArgs:\n" not in page and "\n\n\n" not in page

    written = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    assert written == set(lightsail_files.files) | {
        f"docs/{page}" for page in ["index.md", *(f"operations/{n}" for n in pages)]
    }
    for path, text in lightsail_files.files.items():
        assert (package / path).read_text(encoding="utf-8") == text, path
