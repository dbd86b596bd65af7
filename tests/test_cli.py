"""The command line: exit codes, one-line errors without tracebacks, and ``--check``
writing nothing at all."""

from __future__ import annotations

import ast
import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import KITCHEN_SINK_MODEL, REPO

from generator import cli

SINK: dict[str, Any] = json.loads((KITCHEN_SINK_MODEL / "service-2.json").read_text())


def bad_model(directory: Path) -> Path:
    """The kitchen sink with a protocol the generator does not support."""
    model = copy.deepcopy(SINK)
    model["metadata"]["protocol"] = "rest-xml"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "service-2.json").write_text(json.dumps(model))
    return directory


def run_module(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )


def tree(directory: Path) -> dict[str, bytes | None]:
    """Every path under ``directory`` (directories as None), for byte-for-byte comparison."""
    return {
        path.relative_to(directory).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(directory.rglob("*"))
    }


# -- bad input: exit 2, one line, no traceback -------------------------------------------


def test_bad_model_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    model = bad_model(tmp_path / "model")
    result = run_module("generate", "--model", model, "--output", tmp_path / "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {model / 'service-2.json'}: $.metadata.protocol: protocol 'rest-xml' is "
        "not supported yet (supported: json, rest-json)\n"
    )
    assert not (tmp_path / "out").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    model = bad_model(tmp_path / "model")
    result = run_module("generate", "--model", model, "--output", tmp_path / "out", "--debug",
                        cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "generator.errors.ModelError" in result.stderr
    assert "protocol 'rest-xml' is not supported yet" in result.stderr


def test_main_reports_a_missing_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = copy.deepcopy(SINK)
    del model["shapes"]["Attribute"]
    (tmp_path / "service-2.json").write_text(json.dumps(model))
    code = cli.main(["generate", "--model", str(tmp_path), "--output", str(tmp_path / "out")])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'service-2.json'}: $.shapes.AttributeMap.value.shape: references "
        "shape 'Attribute', which does not exist\n"
    )


def test_main_reports_json_that_does_not_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "service-2.json").write_text('{"metadata": {,}}')
    code = cli.main(["generate", "--model", str(tmp_path), "--output", str(tmp_path / "out")])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'service-2.json'}: $: not valid JSON: Expecting property name "
        "enclosed in double quotes: line 1 column 15 (char 14)\n"
    )


def test_main_reports_a_duplicate_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(SINK).replace('"Ping": {', '"GetGraph": {}, "Ping": {', 1)
    (tmp_path / "service-2.json").write_text(text)
    code = cli.main(["generate", "--model", str(tmp_path), "--output", str(tmp_path / "out")])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'service-2.json'}: $.operations.GetGraph: duplicate key "
        "'GetGraph': JSON keeps only the last of the definitions, so the model is ambiguous\n"
    )


def test_main_reports_a_bad_paginator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "service-2.json").write_text(json.dumps(SINK))
    (tmp_path / "paginators-1.json").write_text(json.dumps({"pagination": {"ListThings": {
        "input_token": "pageToken", "output_token": "nextToken", "result_key": "things"}}}))
    code = cli.main(["generate", "--model", str(tmp_path), "--output", str(tmp_path / "out")])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'paginators-1.json'}: $.pagination.ListThings.output_token: "
        "names 'nextToken', which is not a member of the output\n"
    )


@pytest.mark.parametrize("package", ["foo-bar", "class", "2fast", "naïve", "a/b"])
def test_package_that_is_not_a_python_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], package: str
) -> None:
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output",
                     str(tmp_path), "--package", package])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: --package {package!r}: not a valid Python package name\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("package", "what"),
    [
        ("json", "a standard-library module"),
        ("os", "a standard-library module"),
        ("sys", "a standard-library module"),
        ("typing", "a standard-library module"),
        ("dataclasses", "a standard-library module"),
        ("_abc", "a standard-library module"),
        ("botocore", "a module the generated code or the generator depends on"),
        ("jmespath", "a module the generated code or the generator depends on"),
        ("urllib3", "a module the generated code or the generator depends on"),
        ("dateutil", "a module the generated code or the generator depends on"),
        ("s3transfer", "a module the generated code or the generator depends on"),
        ("boto3", "a module the generated code or the generator depends on"),
        ("__init__", "a name Python or the generator treats specially"),
        ("__main__", "a name Python or the generator treats specially"),
        ("_runtime", "a name Python or the generator treats specially"),
        ("sitecustomize", "a name Python or the generator treats specially"),
    ],
)
def test_package_that_shadows_a_module(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], package: str, what: str
) -> None:
    # Generated into a directory on sys.path, it would be imported instead of the module.
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output",
                     str(tmp_path), "--package", package])
    assert code == 2
    assert capsys.readouterr().err == (
        f"error: --package {package!r}: would shadow {what} of that name\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("check", [False, True])
@pytest.mark.parametrize("kind", ["symlink", "file"])
def test_package_path_that_is_not_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, check: bool
) -> None:
    output, target = tmp_path / "out", tmp_path / "target"
    output.mkdir()
    target.mkdir()
    package = output / "kitchen_sink"
    if kind == "symlink":
        package.symlink_to(target, target_is_directory=True)
    else:
        package.write_text("not a package\n")
    before = tree(tmp_path)
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output", str(output),
                     *(["--check"] if check else [])])
    assert code == 2
    reason = "is a symbolic link" if kind == "symlink" else "is not a directory"
    assert capsys.readouterr().err == (
        f"error: {package}: {reason}; refusing to replace it with the package directory\n"
    )
    assert [p.name for p in output.iterdir()] == ["kitchen_sink"]  # no staging left over
    assert tree(tmp_path) == before
    assert package.is_symlink() == (kind == "symlink")


def test_output_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").write_text("not a directory")
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output",
                     str(tmp_path / "out")])
    assert code == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'out'}: File exists\n"


def test_broken_pyproject(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.botocore-codegen\n")
    monkeypatch.chdir(tmp_path)
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output", "out"])
    assert code == 2
    assert capsys.readouterr().err == (
        "error: pyproject.toml: not valid TOML: Expected ']' at the end of a table "
        "declaration (at line 1, column 23)\n"
    )


def test_interrupt_exits_130(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "generate", interrupted)
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output", str(tmp_path)])
    assert code == 130
    assert capsys.readouterr().err == (
        "interrupted: the output was left whole (as it was, or completely replaced)\n"
    )


# -- --check writes nothing ------------------------------------------------------------


def test_check_into_a_missing_directory_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output",
                     str(tmp_path / "out"), "--check"])
    assert code == 1
    err = capsys.readouterr().err
    package = tmp_path / "out" / "kitchen_sink"
    assert err.startswith(f"{package} is stale; regenerating would change:\n")
    assert "added:   client.py\n" in err
    assert list(tmp_path.iterdir()) == []


def test_check_leaves_a_stale_tree_exactly_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "--model", str(KITCHEN_SINK_MODEL), "--output", str(tmp_path)]
    assert cli.main(argv) == 0
    (tmp_path / "kitchen_sink" / "client.py").write_text("# edited\n")
    (tmp_path / "kitchen_sink" / "extra.py").write_text("# not generated\n")
    before = tree(tmp_path)
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    capsys.readouterr()
    assert cli.main([*argv, "--check"]) == 1
    assert capsys.readouterr().err.endswith("changed: client.py\nremoved: extra.py\n")
    assert tree(tmp_path) == before  # no lock file, no staging directory, nothing
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == stamps


def test_check_on_a_fresh_tree_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["generate", "--model", str(KITCHEN_SINK_MODEL), "--output", str(tmp_path)]
    assert cli.main(argv) == 0
    before = tree(tmp_path)
    assert cli.main([*argv, "--check"]) == 0
    files = sum(1 for p in (tmp_path / "kitchen_sink").rglob("*") if p.is_file())
    assert capsys.readouterr().out.endswith(f"kitchen_sink is up to date ({files} files)\n")
    assert tree(tmp_path) == before


def test_a_run_leaves_only_the_package_in_the_output(tmp_path: Path) -> None:
    assert cli.main(["generate", "--model", str(KITCHEN_SINK_MODEL), "--output",
                     str(tmp_path)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["kitchen_sink"]
    assert not list((tmp_path / "kitchen_sink").glob(".*"))


def test_help_imports_neither_jinja_black_nor_botocore() -> None:
    probe = (
        "import sys\n"
        "from generator import cli\n"
        "for argv in (['--help'], ['generate', '--help']):\n"
        "    try:\n"
        "        cli.main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = {'jinja2', 'black', 'botocore', 'markupsafe'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def generator_imports() -> dict[str, set[str]]:
    """Module -> the generator modules it imports (at the top, in functions, for types).

    Names are dotted paths below generator/ (``build``, ``runtime.protocols``); a
    package's ``__init__`` goes by the package's name ("" for generator itself).
    """
    root = REPO / "generator"
    paths = {p for p in root.rglob("*.py") if "templates" not in p.relative_to(root).parts}

    def name_of(path: Path) -> str:
        parts = path.relative_to(root).with_suffix("").parts
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    modules = {name_of(path): path for path in paths}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        package = [part for part in package if part]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue
            base = package[: len(package) - node.level + 1] + (node.module or "").split(".")
            base = [part for part in base if part]
            for alias in node.names:
                full = ".".join([*base, alias.name])
                targets.add(full if full in modules else ".".join(base))
        graph[name] = targets - {name}
    return graph


def test_no_import_cycle_inside_the_generator() -> None:
    graph = generator_imports()
    assert graph["pipeline"] >= {"build", "render", "loader"}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        assert name not in visiting, " -> ".join([*visiting[visiting.index(name):], name])
        visiting.append(name)
        for target in sorted(graph.get(name, ()) & set(graph)):
            visit(target)
        visiting.pop()
        done.add(name)

    for module in sorted(graph):
        visit(module)


def test_ctrl_c_while_the_cli_is_still_importing_says_what_it_left(tmp_path: Path) -> None:
    """The run is interrupted before main() could catch it: same exit code and message."""
    probe = (
        "import builtins, runpy, sys\n"
        "real_import = builtins.__import__\n"
        "def interrupting(name, *args, **kwargs):\n"
        "    if name == 'cli' or name.endswith('generator.cli'):\n"
        "        raise KeyboardInterrupt\n"
        "    return real_import(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupting\n"
        "sys.argv = ['generator', '--help']\n"
        "runpy.run_module('generator', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=REPO
    )
    assert result.returncode == 130
    assert result.stderr == cli.INTERRUPTED + "\n"


def test_what_is_left_out_is_said_on_stderr_and_in_the_readme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "--model", str(KITCHEN_SINK_MODEL), "--output", str(tmp_path)]
    assert cli.main(argv) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("note:")]
    assert notes == [
        "note: kitchen_sink: The paginator of GetGraph is left out: it names no result_key, "
        "which botocore's paginator needs.",
        "note: kitchen_sink: The waiter Unheard is left out: botocore's waiter has no "
        "'pathNone' matcher.",
    ]
    readme = (tmp_path / "kitchen_sink" / "README.md").read_text(encoding="utf-8")
    for note in notes:
        assert f"- {note.removeprefix('note: kitchen_sink: ')}\n" in readme
    # A run with nothing to build (its output remembered) still says so.
    assert cli.main(argv) == 0
    assert capsys.readouterr().err.count("note: kitchen_sink:") == 2
