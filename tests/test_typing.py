"""Type checkers trust the generated clients: mypy --strict and pyright (strict) report
nothing on the Lightsail and kitchen-sink packages or on the typed usage examples in
tests/typed_usage/, and report exactly the marked errors in tests/typed_usage/mistakes.py.

The ```python blocks of README.md are checked the same way, each as a module of its own.

Both checkers run once per session, side by side, over all of it (they are slow). By
hand: `mypy --strict generated/lightsail tests/typed_usage` (with the kitchen-sink package
generated somewhere on the command line too), and pyright with
`"typeCheckingMode": "strict"`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import GENERATED, KITCHEN_SINK_MODEL, REPO
from test_hostile_models import nested_containers, nested_structures, write_model

from generator.loader import MAX_CONTAINER_NESTING
from generator.pipeline import generate

DEGENERATE_MODEL = REPO / "tests" / "fixtures" / "degenerate"
ROUTING_MODEL = REPO / "tests" / "fixtures" / "routing"

USAGE = Path(__file__).parent / "typed_usage"
MISTAKES = USAGE / "mistakes.py"
README = REPO / "README.md"
README_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
TIMEOUT = 600
EXPECT = re.compile(r"#\s*expect:\s*mypy\[([\w-]+)\]\s+pyright\[(\w+)\]")


@dataclass(frozen=True)
class Diagnostic:
    file: Path
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.code}] {self.message}"


@dataclass(frozen=True)
class Reports:
    mypy: list[Diagnostic]
    pyright: list[Diagnostic]

    def by_tool(self) -> Iterator[tuple[str, list[Diagnostic]]]:
        yield "mypy", self.mypy
        yield "pyright", self.pyright


def _mypy(targets: list[Path]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--output", "json"]
    return subprocess.Popen(
        [*command, *map(str, targets)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )


def _pyright(targets: list[Path], config: Path) -> subprocess.Popen[str]:
    # The wheel bundles pyright itself; node comes from PATH. Ignoring warnings skips
    # the wrapper's look-up of the latest version on PyPI, so nothing is downloaded.
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    env.pop("PYRIGHT_PYTHON_FORCE_VERSION", None)
    command = [sys.executable, "-m", "pyright", "--outputjson", "-p", str(config)]
    command += ["--pythonpath", sys.executable, *map(str, targets)]
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True, env=env)


def _parse_mypy(output: str) -> list[Diagnostic]:
    found = []
    for line in output.splitlines():
        item = json.loads(line)
        if item["severity"] != "note":
            path = (REPO / item["file"]).resolve()
            found.append(Diagnostic(path, item["line"], item["code"] or "", item["message"]))
    return found


def _parse_pyright(output: str) -> list[Diagnostic]:
    found = []
    for item in json.loads(output)["generalDiagnostics"]:
        if item["severity"] in ("error", "warning"):
            path = Path(item["file"]).resolve()
            line = item["range"]["start"]["line"] + 1
            found.append(Diagnostic(path, line, item.get("rule", ""), item["message"]))
    return found


def readme_examples(directory: Path) -> list[Path]:
    """Write each ```python block of README.md to ``directory`` as a module of its own."""
    blocks = README_BLOCK.findall(README.read_text(encoding="utf-8"))
    files = []
    for number, block in enumerate(blocks, start=1):
        files.append(directory / f"readme_example_{number}.py")
        files[-1].write_text(block, encoding="utf-8")
    return files


@pytest.fixture(scope="session")
def deep_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model nested as deep as the generator allows, and deeper than shape modules may
    import each other: a 60-structure reference cycle, and lists and maps at the nesting
    limit."""
    model = nested_structures(60, cycle=True)
    deep_lists = nested_containers(MAX_CONTAINER_NESTING, maps=True)
    model["shapes"].update({k: v for k, v in deep_lists["shapes"].items() if "Level" in k})
    model["shapes"]["Nest7"]["members"]["deep"] = {"shape": f"Level{MAX_CONTAINER_NESTING - 1}"}
    directory = tmp_path_factory.mktemp("deep")
    write_model(directory / "model", model)
    shutil.copy(KITCHEN_SINK_MODEL / "paginators-1.json", directory / "model")
    generate(directory / "model", directory / "out", package="deep_sink")
    return directory / "out" / "deep_sink"


@pytest.fixture(scope="session")
def readme_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("readme")
    readme_examples(directory)
    return directory


@pytest.fixture(scope="session")
def reports(
    kitchen_sink_dir: Path, deep_package_dir: Path, readme_dir: Path,
    tmp_path_factory: pytest.TempPathFactory
) -> Reports:
    assert shutil.which("node"), "pyright needs node on PATH"
    config = tmp_path_factory.mktemp("pyright") / "pyrightconfig.json"
    settings = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(GENERATED), str(kitchen_sink_dir.parent), str(deep_package_dir.parent)],
    }
    config.write_text(json.dumps(settings), encoding="utf-8")
    generate(DEGENERATE_MODEL, kitchen_sink_dir.parent)  # beside it, on the same paths
    generate(ROUTING_MODEL, kitchen_sink_dir.parent)
    bare, routing = kitchen_sink_dir.parent / "bare", kitchen_sink_dir.parent / "routing"
    targets = [GENERATED / "lightsail", kitchen_sink_dir, bare, routing, deep_package_dir, USAGE,
               readme_dir]
    mypy, pyright = _mypy(targets), _pyright(targets, config)
    mypy_output, _ = mypy.communicate(timeout=TIMEOUT)
    pyright_output, _ = pyright.communicate(timeout=TIMEOUT)
    assert mypy.returncode in (0, 1), mypy_output
    assert pyright.returncode in (0, 1), pyright_output
    return Reports(_parse_mypy(mypy_output), _parse_pyright(pyright_output))


def _under(diagnostics: list[Diagnostic], directory: Path) -> list[str]:
    return [str(d) for d in diagnostics if d.file.is_relative_to(directory.resolve())]


def test_generated_lightsail_type_checks(reports: Reports) -> None:
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, GENERATED / "lightsail") == [], tool


def test_generated_kitchen_sink_type_checks(reports: Reports, kitchen_sink_dir: Path) -> None:
    # Its recursive shapes (Node -> Edge -> Node, Thing.children) included.
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, kitchen_sink_dir) == [], tool


def test_a_model_without_shapes_type_checks(reports: Reports, kitchen_sink_dir: Path) -> None:
    # No structures, no errors, operations without input or output: nothing to import.
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, kitchen_sink_dir.parent / "bare") == [], tool


def test_endpoint_bindings_and_idempotency_tokens_type_check(
    reports: Reports, kitchen_sink_dir: Path
) -> None:
    # The routing fixture: endpoint inputs, host labels, tokens filled in by `call`.
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, kitchen_sink_dir.parent / "routing") == [], tool


def test_a_package_nested_as_deep_as_allowed_type_checks(
    reports: Reports, deep_package_dir: Path
) -> None:
    assert (deep_package_dir / "shapes" / "nest59.py").read_text().count("TYPE_CHECKING") == 2
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, deep_package_dir) == [], tool


@pytest.mark.parametrize(
    "example", ["lightsail_usage.py", "kitchen_sink_usage.py", "async_usage.py"]
)
def test_typed_usage_checks_cleanly(reports: Reports, example: str) -> None:
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, USAGE / example) == [], tool


def test_readme_examples_type_check(reports: Reports, readme_dir: Path) -> None:
    examples = sorted(readme_dir.glob("readme_example_*.py"))
    assert len(examples) >= 2  # the first steps and the boto3 habits
    for tool, diagnostics in reports.by_tool():
        assert _under(diagnostics, readme_dir) == [], tool


def test_a_readme_example_that_does_not_type_check_is_caught(tmp_path: Path) -> None:
    """The check would see the README's old example, which forgot that a member a
    response may leave out is Optional."""
    example = tmp_path / "readme_example_old.py"
    example.write_text(
        "from lightsail import Client\n\n"
        "client = Client(region_name='us-east-1')\n"
        "result = client.register_container_image(service_name='s', label='l', digest='d')\n"
        "print(result.container_image.image)\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "mypy", "--strict", "--output", "json", str(example)]
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    result = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False
    )
    assert [d.code for d in _parse_mypy(result.stdout)] == ["union-attr"], result.stdout


def expected_mistakes() -> dict[str, dict[int, str]]:
    """Tool -> line -> error code, from the ``# expect:`` comments (each names the next line)."""
    expected: dict[str, dict[int, str]] = {"mypy": {}, "pyright": {}}
    for number, line in enumerate(MISTAKES.read_text(encoding="utf-8").splitlines(), start=1):
        if match := EXPECT.search(line):
            expected["mypy"][number + 1] = match.group(1)
            expected["pyright"][number + 1] = match.group(2)
    return expected


def test_mistakes_are_reported_by_both(reports: Reports) -> None:
    expected = expected_mistakes()
    assert len(expected["mypy"]) == 19
    for tool, diagnostics in reports.by_tool():
        found = [d for d in diagnostics if d.file == MISTAKES.resolve()]
        assert {d.line: d.code for d in found} == expected[tool], "\n".join(map(str, found))
        assert len(found) == len(expected[tool]), "\n".join(map(str, found))


def _message(diagnostics: list[Diagnostic], text: str) -> str:
    lines = MISTAKES.read_text(encoding="utf-8").splitlines()
    line = next(number for number, source in enumerate(lines, start=1) if text in source)
    return next(d.message for d in diagnostics if d.file == MISTAKES.resolve() and d.line == line)


def test_missing_required_argument_is_named(reports: Reports) -> None:
    call = 'register_container_image(service_name="svc", label="web")'
    assert _message(reports.mypy, call) == (
        'Missing named argument "digest" for "register_container_image" of "LightsailClient"'
    )
    assert _message(reports.pyright, call) == 'Argument missing for parameter "digest"'


def test_wrong_argument_type_is_named(reports: Reports) -> None:
    call = 'label=1, digest="d"'
    assert _message(reports.mypy, call) == (
        'Argument "label" to "register_container_image" of "LightsailClient" has '
        'incompatible type "int"; expected "str"'
    )
    assert _message(reports.pyright, call).startswith(
        'Argument of type "Literal[1]" cannot be assigned to parameter "label" of type "str"'
    )
