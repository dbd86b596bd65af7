"""The slow type checks, once per session over everything they check: one ``mypy
--strict`` and one pyright (strict) run, side by side.

They start in the background as the session begins (when a selected test asks for
``type_reports``), so they run while the rest of the suite does; the tests that read
``type_reports`` run last. A test asserts on the diagnostics under its own files with
``Reports.under``. To check something more, add it to ``targets`` below (``both`` or
``mypy_only``) rather than starting a checker of your own.

By hand: ``mypy --strict generated/lightsail tests/typed_usage`` (with the kitchen-sink
package generated somewhere on the command line too), and pyright with
``"typeCheckingMode": "strict"``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"
FIXTURES = REPO / "tests" / "fixtures"
USAGE = REPO / "tests" / "typed_usage"
README = REPO / "README.md"
README_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
TIMEOUT = 600
RUNTIME = "_runtime"
"""The runtime every generated package vendors, the same in each."""
READER = "type_reports"
"""The fixture whose tests run last, and whose presence starts the checkers early."""

OLD_README_EXAMPLE = (
    "from lightsail import Client\n\n"
    "client = Client(region_name='us-east-1')\n"
    "result = client.register_container_image(service_name='s', label='l', digest='d')\n"
    "print(result.container_image.image)\n"
)
"""The README's old example, which forgot that a member a response may leave out is
Optional: the check must catch it."""


@dataclass(frozen=True)
class Diagnostic:
    file: Path
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.code}] {self.message}"


@dataclass(frozen=True)
class Targets:
    """What the checkers read: ``both`` by mypy and pyright, ``mypy_only`` by mypy;
    ``paths``: the directories the packages are imported from. Keys name them."""

    both: dict[str, Path]
    mypy_only: dict[str, Path]
    paths: list[Path]

    def __getitem__(self, name: str) -> Path:
        return {**self.both, **self.mypy_only}[name]


@dataclass(frozen=True)
class Reports:
    mypy: list[Diagnostic]
    pyright: list[Diagnostic]
    targets: Targets

    def by_tool(self) -> Iterator[tuple[str, list[Diagnostic]]]:
        yield "mypy", self.mypy
        yield "pyright", self.pyright

    def under(self, tool: str, path: Path) -> list[str]:
        """The diagnostics ``tool`` reported in ``path`` (a file or a directory)."""
        found = self.mypy if tool == "mypy" else self.pyright
        return [str(d) for d in found if d.file.is_relative_to(path.resolve())]


@dataclass
class Running:
    mypy: subprocess.Popen[bytes]
    pyright: subprocess.Popen[bytes]
    mypy_output: Path
    pyright_output: Path
    targets: Targets


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
    from test_hostile_models import nested_containers, nested_structures, write_model

    from generator.loader import MAX_CONTAINER_NESTING
    from generator.pipeline import generate

    model = nested_structures(60, cycle=True)
    deep_lists = nested_containers(MAX_CONTAINER_NESTING, maps=True)
    model["shapes"].update({k: v for k, v in deep_lists["shapes"].items() if "Level" in k})
    model["shapes"]["Nest7"]["members"]["deep"] = {"shape": f"Level{MAX_CONTAINER_NESTING - 1}"}
    directory = tmp_path_factory.mktemp("deep")
    write_model(directory / "model", model)
    shutil.copy(FIXTURES / "kitchen_sink" / "paginators-1.json", directory / "model")
    generate(directory / "model", directory / "out", package="deep_sink")
    return directory / "out" / "deep_sink"


@pytest.fixture(scope="session")
def readme_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("readme")
    readme_examples(directory)
    return directory


@pytest.fixture(scope="session")
def targets(
    tmp_path_factory: pytest.TempPathFactory,
    kitchen_sink_dir: Path,
    deep_package_dir: Path,
    readme_dir: Path,
    sample_packages: dict[str, Path],
) -> Targets:
    from test_name_clashes import locals_model

    from generator.pipeline import generate

    for beside in ("degenerate", "routing", "corners"):  # beside the kitchen sink, on its paths
        generate(FIXTURES / beside, kitchen_sink_dir.parent)
    mypy_only = tmp_path_factory.mktemp("mypy_only")
    generate(FIXTURES / "awkward", mypy_only)
    generate(locals_model(mypy_only / "locals_model"), mypy_only)
    mistake = mypy_only / "readme_mistake" / "readme_example_old.py"
    mistake.parent.mkdir()
    mistake.write_text(OLD_README_EXAMPLE, encoding="utf-8")
    both = {
        "lightsail": GENERATED / "lightsail",
        "kitchen_sink": kitchen_sink_dir,
        "bare": kitchen_sink_dir.parent / "bare",
        "routing": kitchen_sink_dir.parent / "routing",
        "corners": kitchen_sink_dir.parent / "corners",
        "deep_sink": deep_package_dir,
        "typed_usage": USAGE,
        "readme": readme_dir,
    }
    return Targets(
        both=both,
        mypy_only={
            "awkward": mypy_only / "awkward",
            "locals": mypy_only / "locals",
            "readme_mistake": mistake,
            **{f"sample/{name}": package for name, package in sample_packages.items()},
        },
        paths=[GENERATED, kitchen_sink_dir.parent, deep_package_dir.parent],
    )


def pyright_files(targets: Targets) -> list[Path]:
    """What pyright reads: every ``both`` target, with the vendored runtime once.

    Every generated package carries the same ``_runtime/``, copied verbatim (asserted
    here), which imports only itself, the standard library and botocore: each copy would
    get the same diagnostics. pyright checks lightsail's copy, and of each other package its
    own modules (the copies cost it about 7 s of CPU a session). mypy cannot skip them: it
    checks every module it imports.
    """
    reference = _runtime_sources(targets.both["lightsail"])
    files = []
    for name, target in targets.both.items():
        if name == "lightsail" or not (target / RUNTIME).is_dir():
            files.append(target)
            continue
        assert _runtime_sources(target) == reference, f"{name}'s runtime is not lightsail's"
        files += sorted(
            path for path in target.rglob("*.py*")
            if path.suffix in (".py", ".pyi") and path.relative_to(target).parts[0] != RUNTIME
        )
    return files


def _runtime_sources(package: Path) -> dict[Path, str]:
    runtime = package / RUNTIME
    return {path.relative_to(runtime): path.read_text(encoding="utf-8")
            for path in runtime.rglob("*.py")}


def _mypy(targets: list[Path], output: Path) -> subprocess.Popen[bytes]:
    # No incremental cache: mypy would replay a cached error of an unchanged module with
    # the path it had then, the temporary directory of an earlier session.
    command = [sys.executable, "-m", "mypy", "--strict", "--output", "json",
               "--cache-dir", os.devnull]
    with output.open("wb") as sink:
        return subprocess.Popen([*command, *map(str, targets)], cwd=REPO, stdout=sink,
                                start_new_session=True)


def _pyright(targets: list[Path], config: Path, output: Path) -> subprocess.Popen[bytes]:
    # The wheel bundles pyright itself; node comes from PATH. Ignoring warnings skips
    # the wrapper's look-up of the latest version on PyPI, so nothing is downloaded.
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    env.pop("PYRIGHT_PYTHON_FORCE_VERSION", None)
    command = [sys.executable, "-m", "pyright", "--outputjson", "-p", str(config)]
    command += ["--pythonpath", sys.executable, *map(str, targets)]
    with output.open("wb") as sink:
        return subprocess.Popen(command, cwd=REPO, stdout=sink, env=env,
                                start_new_session=True)


@pytest.fixture(scope="session")
def type_checkers(
    targets: Targets, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Running]:
    """mypy and pyright started on ``targets``; stopped at the end if still running."""
    assert shutil.which("node"), "pyright needs node on PATH"
    directory = tmp_path_factory.mktemp("type_checks")
    config = directory / "pyrightconfig.json"
    settings = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(path) for path in targets.paths],
    }
    config.write_text(json.dumps(settings), encoding="utf-8")
    both = list(targets.both.values())
    running = Running(
        mypy=_mypy([*both, *targets.mypy_only.values()], directory / "mypy.json"),
        pyright=_pyright(pyright_files(targets), config, directory / "pyright.json"),
        mypy_output=directory / "mypy.json",
        pyright_output=directory / "pyright.json",
        targets=targets,
    )
    yield running
    for process in (running.mypy, running.pyright):
        if process.poll() is None:  # the session ended first: stop it and its children
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


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


@pytest.fixture(scope="session")
def type_reports(type_checkers: Running) -> Reports:
    """What mypy and pyright reported, once both have finished."""
    for process in (type_checkers.mypy, type_checkers.pyright):
        process.wait(timeout=TIMEOUT)
    mypy_output = type_checkers.mypy_output.read_text(encoding="utf-8")
    pyright_output = type_checkers.pyright_output.read_text(encoding="utf-8")
    assert type_checkers.mypy.returncode in (0, 1), mypy_output
    assert type_checkers.pyright.returncode in (0, 1), pyright_output
    return Reports(_parse_mypy(mypy_output), _parse_pyright(pyright_output),
                   type_checkers.targets)


@pytest.fixture(scope="session", autouse=True)
def _type_checks_start_early(request: pytest.FixtureRequest) -> None:
    """Starts the checkers before the first test if any selected test reads them."""
    if any(READER in getattr(item, "fixturenames", ()) for item in request.session.items):
        request.getfixturevalue("type_checkers")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that read the checkers' reports last, so that the checkers run beside
    every other test (the order is otherwise kept)."""
    readers = [item for item in items if READER in getattr(item, "fixturenames", ())]
    if readers:
        others = [item for item in items if READER not in getattr(item, "fixturenames", ())]
        items[:] = others + readers
