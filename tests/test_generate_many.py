"""Several services from one configuration ([tool.botocore-codegen] in pyproject.toml):
built in parallel, written as one (every package replaced, or none), with progress."""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from generator import cli, writer
from generator.config import ConfigError, ServiceConfig, load_config
from generator.errors import ModelError
from generator.pipeline import Job, PackageClashError, generate_all
from generator.progress import Progress

Tree = dict[str, bytes | None]

SERVICE: dict[str, Any] = {
    "version": "2.0",
    "metadata": {
        "apiVersion": "2024-01-01", "endpointPrefix": "svc", "jsonVersion": "1.1",
        "protocol": "json", "serviceFullName": "A Service", "serviceId": "Svc",
        "signatureVersion": "v4", "targetPrefix": "Svc_20240101",
    },
    "documentation": "<p>Version one.</p>",
    "operations": {"GetItem": {
        "name": "GetItem", "http": {"method": "POST", "requestUri": "/"},
        "input": {"shape": "GetItemRequest"}, "output": {"shape": "GetItemResult"},
    }},
    "shapes": {
        "GetItemRequest": {"type": "structure", "required": ["name"],
                           "members": {"name": {"shape": "Name"}}},
        "GetItemResult": {"type": "structure", "members": {"size": {"shape": "Size"}}},
        "Name": {"type": "string"},
        "Size": {"type": "integer"},
    },
}
NAMES = ("alpha", "beta", "gamma")


def tiny_model(directory: Path, name: str, *, documentation: str = "<p>Version one.</p>",
               broken: bool = False) -> Path:
    """A one-operation service whose package is ``name``."""
    model = copy.deepcopy(SERVICE)
    model["metadata"].update(serviceId=name.title(), endpointPrefix=name,
                             serviceFullName=f"The {name.title()} Service")
    model["documentation"] = documentation
    if broken:
        model["shapes"]["GetItemResult"]["members"]["size"] = {"shape": "Missing"}
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    return directory


def jobs(root: Path, version: str = "one", *, broken: str = "") -> list[Job]:
    return [
        Job(name, tiny_model(root / version / name, name,
                             documentation=f"<p>Version {version}.</p>", broken=name == broken))
        for name in NAMES
    ]


def tree(directory: Path) -> Tree:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(directory.rglob("*"))
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Tree]:
    """Three packages generated in one run: (model root, output, the output's tree)."""
    root = tmp_path_factory.mktemp("models")
    output = tmp_path_factory.mktemp("out")
    results = generate_all(jobs(root), output, workers=2)
    assert [r.package_dir.name for r in results] == list(NAMES)
    return root, output, tree(output)


@pytest.fixture
def output(generated: tuple[Path, Path, Tree], tmp_path: Path) -> Path:
    """A copy of the three generated packages, for a test to spoil."""
    _, source, _ = generated
    copy_dir = tmp_path / "out"
    for path, data in tree(source).items():
        if data is None:
            (copy_dir / path).mkdir(parents=True, exist_ok=True)
        else:
            (copy_dir / path).parent.mkdir(parents=True, exist_ok=True)
            (copy_dir / path).write_bytes(data)
    return copy_dir


# -- one run, three packages ------------------------------------------------------------


def test_three_services_in_one_run(generated: tuple[Path, Path, Tree]) -> None:
    root, output, before = generated
    assert sorted(p.name for p in output.iterdir()) == list(NAMES)
    assert b"Version one" in (output / "gamma" / "client.py").read_bytes()
    # Built in one process instead, the packages are the same bytes.
    again = generate_all(jobs(root), output, workers=1, check=True)
    assert [bool(result.changes) for result in again] == [False, False, False]
    assert tree(output) == before


def test_a_model_error_in_the_third_leaves_all_three_old_packages(
    output: Path, tmp_path: Path
) -> None:
    before = tree(output)
    with pytest.raises(ModelError, match="Missing"):
        generate_all(jobs(tmp_path, "two", broken="gamma"), output, workers=2)
    assert tree(output) == before


def test_a_failed_swap_of_the_third_leaves_all_three_old_packages(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(output)
    real_swap = writer._swap

    def swap(staging: Path, package_dir: Path) -> None:
        if package_dir.name == "gamma":
            raise OSError(5, "Input/output error")
        real_swap(staging, package_dir)

    monkeypatch.setattr(writer, "_swap", swap)
    with pytest.raises(OSError, match="Input/output"):
        generate_all(jobs(tmp_path, "two"), output, workers=1)
    assert tree(output) == before


def test_the_next_run_replaces_all_three(output: Path, tmp_path: Path) -> None:
    built: list[str] = []
    results = generate_all(jobs(tmp_path, "two"), output, workers=2,
                           on_built=lambda job, seconds: built.append(job.name))
    assert sorted(built) == list(NAMES)
    assert all("client.py" in result.changes.changed for result in results)
    for name in NAMES:
        assert b"Version two" in (output / name / "client.py").read_bytes()


def test_two_services_with_one_package_name_are_refused(tmp_path: Path) -> None:
    model = tiny_model(tmp_path / "m", "alpha")
    with pytest.raises(PackageClashError, match="would both be written to"):
        generate_all([Job("one", model), Job("two", model)], tmp_path / "out", workers=1)
    assert not (tmp_path / "out").exists()


# -- the configuration ---------------------------------------------------------------------


def write_config(directory: Path, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "pyproject.toml").write_text(text, encoding="utf-8")
    return directory / "pyproject.toml"


def test_the_project_configures_lightsail_only() -> None:
    config = load_config(REPO / "pyproject.toml")
    assert [service.name for service in config.services] == ["lightsail"]
    assert config.output == REPO / "generated"
    assert config.model_dir(config.services[0]) == REPO / "models" / "lightsail" / "2016-11-28"


def test_services_as_names_and_tables(tmp_path: Path) -> None:
    pyproject = write_config(tmp_path, """
[tool.botocore-codegen]
output = "out"
services = ["lightsail", {name = "s3control", package = "s3c", version = "2018-08-20"},
            {name = "mine", model = "elsewhere/mine"}]
""")
    config = load_config(pyproject)
    assert config.services == (
        ServiceConfig(name="lightsail"),
        ServiceConfig(name="s3control", package="s3c", version="2018-08-20"),
        ServiceConfig(name="mine", model=tmp_path / "elsewhere" / "mine"),
    )
    assert (config.output, config.models) == (tmp_path / "out", tmp_path / "models")
    for version in ("2016-11-28", "2019-01-01"):
        (tmp_path / "models" / "lightsail" / version).mkdir(parents=True)
    assert config.model_dir(config.services[0]).name == "2019-01-01"  # the newest
    assert config.model_dir(config.services[1]) == tmp_path / "models/s3control/2018-08-20"
    assert config.select(["mine"]) == (config.services[2],)
    with pytest.raises(ConfigError, match="--service nope: not configured"):
        config.select(["nope"])


def test_no_file_and_no_table_mean_no_services(tmp_path: Path) -> None:
    assert load_config(tmp_path / "pyproject.toml").services == ()
    assert load_config(write_config(tmp_path, "[project]\nname = 'x'\n")).services == ()
    with pytest.raises(ConfigError, match="no model of 'absent'"):
        load_config(write_config(tmp_path, "[tool.botocore-codegen]\nservices = ['absent']\n")
                    ).model_dir(ServiceConfig(name="absent"))


@pytest.mark.parametrize(("table", "message"), [
    ('servces = ["x"]', "servces: unknown key"),
    ('services = [{name = "x", pakage = "y"}]', r"services\[0\].pakage: unknown key"),
    ('services = [{package = "y"}]', r"services\[0\].name: expected botocore's name"),
    ('services = ["Light Sail"]', r"services\[0\].name: expected botocore's name"),
    ('services = [{name = "x", package = "not-a-name"}]', "is not a valid Python package"),
    ('services = ["x", "x"]', r"services\[1\]: 'x' is listed twice"),
    ('services = "x"', "services must be a list"),
    ("services = [3]", "expected a service name or a table"),
    ("output = 3", "output must be a directory"),
])
def test_a_bad_configuration_is_named(tmp_path: Path, table: str, message: str) -> None:
    pyproject = write_config(tmp_path, f"[tool.botocore-codegen]\n{table}\n")
    with pytest.raises(ConfigError, match=message) as raised:
        load_config(pyproject)
    assert str(raised.value).startswith(f"{pyproject}: [tool.botocore-codegen] ")


# -- the command ---------------------------------------------------------------------------


def project(tmp_path: Path, output: str = "out") -> Path:
    for name in NAMES:
        tiny_model(tmp_path / "models" / name, name)
    services = ", ".join(f'{{name = "{n}", model = "models/{n}"}}' for n in NAMES)
    return write_config(tmp_path, f'[tool.botocore-codegen]\noutput = "{output}"\n'
                                  f"services = [{services}]\n")


def test_generate_every_configured_service(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    pyproject = project(tmp_path)
    assert cli.main(["generate", "--config", str(pyproject), "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    # Not a terminal: one line per finished service, with its time, in the order they end.
    progress = captured.err.splitlines()
    assert len(progress) == 3
    assert all(re.fullmatch(r"\[[123]/3\] (alpha|beta|gamma): built in \d+\.\d s", line)
               for line in progress), progress
    out = captured.out.splitlines()
    assert [line.split(":")[0] for line in out[:3]] == [str(tmp_path / "out" / n) for n in NAMES]
    assert re.fullmatch(r"3 packages in \d+\.\d s", out[3])

    assert cli.main(["generate", "--config", str(pyproject), "--check"]) == 0
    assert capsys.readouterr().out.count("is up to date") == 3
    (tmp_path / "out" / "beta" / "client.py").write_text("# edited\n")
    assert cli.main(["generate", "--config", str(pyproject), "--check", "--service", "gamma"]) == 0
    assert cli.main(["generate", "--config", str(pyproject), "--check"]) == 1
    err = capsys.readouterr().err
    stale = tmp_path / "out" / "beta"
    assert f"{stale} is stale; regenerating would change:\nchanged: client.py" in err


def test_a_bad_third_configured_service_exits_2_and_leaves_all_three(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject = project(tmp_path)
    assert cli.main(["generate", "--config", str(pyproject)]) == 0
    before = tree(tmp_path / "out")
    for name in NAMES:  # every service changes, and the third cannot be generated
        tiny_model(tmp_path / "models" / name, name, documentation="<p>Version two.</p>",
                   broken=name == "gamma")
    capsys.readouterr()
    assert cli.main(["generate", "--config", str(pyproject), "--jobs", "2"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (f"error: {tmp_path / 'models' / 'gamma' / 'service-2.json'}: "
                       "$.shapes.GetItemResult.members.size.shape: references shape "
                       "'Missing', which does not exist")
    assert tree(tmp_path / "out") == before


def test_generate_without_services_or_with_a_clash_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write_config(tmp_path / "empty", "[tool.botocore-codegen]\n")
    assert cli.main(["generate", "--config", str(empty)]) == 2
    assert "no services configured" in capsys.readouterr().err
    clash = write_config(tmp_path / "clash", "[tool.botocore-codegen]\nservices = [\n"
                         + "".join(f'{{name = "{n}", model = "../m", package = "same"}},\n'
                                   for n in ("one", "two")) + "]\n")
    tiny_model(tmp_path / "m", "alpha")
    assert cli.main(["generate", "--config", str(clash)]) == 2
    assert "would both be written to" in capsys.readouterr().err
    assert cli.main(["generate", "--model", str(tmp_path / "m")]) == 2
    assert capsys.readouterr().err == "error: --model needs --output\n"


def test_the_progress_bar_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    with Progress(3, screen) as progress:
        progress.finished("lightsail", 11.43)
        progress.finished("s3", 2.0)
    frames = screen.getvalue().split("\r")[1:]
    assert [frame.split("]")[0] for frame in frames] == [
        "[" + "." * 24, "[" + "#" * 8 + "." * 16, "[" + "#" * 16 + "." * 8]
    assert "1/3 services" in frames[1] and "(last: lightsail 11.4 s)" in frames[1]
    assert frames[2].rstrip().endswith("(last: s3 2.0 s)")
    assert screen.getvalue().endswith("\n")
