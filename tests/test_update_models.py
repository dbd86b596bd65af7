"""``make update-models``: models/ refreshed from the installed botocore, every configured
service, with the API changes of each updated one written for the pull request."""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import botocore
import pytest
from conftest import GENERATED, LIGHTSAIL_MODEL, REPO

from generator import update_models
from generator.update_models import (
    Update,
    botocore_release_date,
    markdown_report,
    update,
    wheel_date,
)

VERSION = LIGHTSAIL_MODEL.name


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> Update:
    """Lightsail's model as the installed botocore ships it, copied into an empty models/
    (a new service)."""
    return update("lightsail", tmp_path_factory.mktemp("models"), release_date=dated)


def held(models: Path, current: Update, change: Any = None) -> Path:
    """models/lightsail/<version> holding botocore's model, changed by ``change``."""
    target = models / "lightsail" / VERSION
    shutil.copytree(current.directory, target)
    if change is not None:
        service = json.loads((target / "service-2.json").read_text(encoding="utf-8"))
        change(service)
        (target / "service-2.json").write_text(json.dumps(service), encoding="utf-8")
    return target


def dated(version: str) -> str:
    return "2026-11-20"


def older(service: dict[str, Any]) -> None:
    """What an older Lightsail model might have lacked."""
    del service["operations"]["GetSetupHistory"]
    service["shapes"]["InstanceAccessProtocol"]["enum"].remove("rdp")
    service["shapes"]["CreateInstancesRequest"]["required"].remove("bundleId")


def test_an_unchanged_model_is_left_alone(tmp_path: Path, current: Update) -> None:
    target = held(tmp_path, current)
    stamps = {p.name: p.stat().st_mtime_ns for p in target.iterdir()}
    result = update("lightsail", tmp_path, release_date=dated)
    assert (result.changed, result.report, result.directory) == (False, None, target)
    assert {p.name: p.stat().st_mtime_ns for p in target.iterdir()} == stamps


def test_a_changed_model_is_replaced_and_its_changes_reported(
    tmp_path: Path, current: Update
) -> None:
    target = held(tmp_path, current, older)
    (target / "BOTOCORE_VERSION").write_text("1.0.0\n")  # an older release
    (target / "BOTOCORE_RELEASE_DATE").unlink()
    (target / "waiters-2.json").write_text('{"version": 2, "waiters": {}}')  # not in botocore
    result = update("lightsail", tmp_path, release_date=dated)
    assert result.changed and result.report is not None
    for name in ("service-2.json", "paginators-1.json", "endpoint-rule-set-1.json"):
        assert (target / name).read_bytes() == (LIGHTSAIL_MODEL / name).read_bytes()
    assert not (target / "waiters-2.json").exists()
    assert (target / "BOTOCORE_RELEASE_DATE").read_text() == "2026-11-20\n"
    marks = {(c.operation, c.kind, c.breaking) for c in result.report.changes}
    assert ("GetSetupHistory", "operation-added", False) in marks
    assert ("CreateInstances", "member-required", True) in marks  # bundleId: required now
    assert result.report.new.botocore_release_date == "2026-11-20"
    text = markdown_report([result])
    assert text.startswith(f"# Models from botocore {botocore.__version__}\n")
    assert "## Amazon Lightsail: API changes" in text
    assert f"From botocore 1.0.0 to botocore {botocore.__version__} (2026-11-20)" in text


def test_a_new_service(current: Update) -> None:
    assert current.changed and current.report is None
    assert (current.directory / "service-2.json").is_file()
    assert current.directory.name == VERSION
    assert "## Amazon Lightsail: new service\n\n" in markdown_report([current])


def test_update_models_writes_the_report_of_every_configured_service(
    tmp_path: Path, current: Update, capsys: pytest.CaptureFixture[str]
) -> None:
    held(tmp_path / "models", current, older)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.botocore-codegen]\nservices = ["lightsail"]\n', encoding="utf-8")
    report = tmp_path / "CHANGES.md"
    argv = ["--config", str(tmp_path / "pyproject.toml"), "--report", str(report),
            "--release-date", "2026-11-20"]
    assert update_models.main(argv) == 0
    assert "additive" in report.read_text()
    out = capsys.readouterr().out
    assert f"{tmp_path / 'models' / 'lightsail' / VERSION} <- botocore" in out
    assert update_models.main(argv) == 0  # a second run: nothing changed any more
    assert "No model changed" in report.read_text()
    assert update_models.main([*argv[:-1], "20 November"]) == 2
    capsys.readouterr()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.botocore-codegen]\nservices = [{name = "lightsail", model = "mine"}]\n')
    assert update_models.main(argv) == 0
    assert capsys.readouterr().out.startswith("lightsail: skipped, its model is ")


def test_the_release_date_is_the_newest_file_of_the_wheel(tmp_path: Path) -> None:
    wheel = tmp_path / "botocore-9.9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(zipfile.ZipInfo("botocore/__init__.py", (2026, 11, 20, 19, 54, 0)), "")
        archive.writestr(zipfile.ZipInfo("botocore/data/x.json", (2026, 11, 19, 1, 0, 0)), "")
        archive.writestr(zipfile.ZipInfo("botocore-9.9.9.dist-info/RECORD",
                                         (2030, 1, 1, 0, 0, 0)), "")
    assert wheel_date(wheel) == "2026-11-20"


def test_without_the_wheel_the_release_date_is_unknown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise subprocess.CalledProcessError(1, "pip")

    monkeypatch.setattr(subprocess, "run", offline)
    assert botocore_release_date("1.44.8") == "unknown"
    assert "release date unknown" in capsys.readouterr().err


def test_the_package_readme_names_the_botocore_release(kitchen_sink_dir: Path) -> None:
    readme = (GENERATED / "lightsail" / "README.md").read_text(encoding="utf-8")
    version = (LIGHTSAIL_MODEL / "BOTOCORE_VERSION").read_text().strip()
    date = (LIGHTSAIL_MODEL / "BOTOCORE_RELEASE_DATE").read_text().strip()
    line = f"| Generated from | botocore {version}'s model of the service, released {date} |"
    assert line in readme
    sink = (kitchen_sink_dir / "README.md").read_text(encoding="utf-8")
    unknown = "| Generated from | botocore unknown's model of the service (release date unknown) |"
    assert unknown in sink


def test_the_readme_ci_job_regenerates_tests_and_describes_the_pull_request() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    job = readme.split("# .github/workflows/botocore-models.yml\n", 1)[1].split("```", 1)[0]
    steps = [line.strip() for line in job.splitlines()]
    assert steps.index("- run: make update-models   # writes CHANGES.md") < steps.index(
        "- run: make generate") < steps.index("- run: make test")
    assert "body-path: CHANGES.md" in steps
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = next(d for d in project["dependencies"] if d.startswith("botocore"))
    assert f'pip install --upgrade "{pinned}"' in job  # the range the runtime is tested with
    assert "/CHANGES.md" in (REPO / ".gitignore").read_text().splitlines()
