"""The runtime as a package of its own: its version, the botocore releases it works with."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import GENERATED, REPO

from generator import runtime
from generator.pipeline import RUNTIME_PACKAGE, runtime_files
from generator.runtime._botocore import TESTED_BOTOCORE, check_botocore_version, version_tuple


def test_version_tuples() -> None:
    assert version_tuple("1.44.8") == (1, 44, 8)
    assert version_tuple("1.45.0rc1") == (1, 45, 0)
    assert version_tuple("2") == (2,)


@pytest.mark.parametrize("installed", ["1.43.127", "1.45.0", "2.0.0", "0.1"])
def test_a_botocore_outside_the_tested_range_is_refused(installed: str) -> None:
    with pytest.raises(ImportError) as raised:
        check_botocore_version(installed)
    message = str(raised.value)
    assert f"botocore {installed} is installed" in message
    assert f">={TESTED_BOTOCORE[0]},<{TESTED_BOTOCORE[1]}" in message


@pytest.mark.parametrize("installed", [TESTED_BOTOCORE[0], "1.44.8", "1.44.999"])
def test_a_botocore_inside_the_tested_range_is_accepted(installed: str) -> None:
    check_botocore_version(installed)


def test_the_project_requires_the_botocore_range_the_runtime_names() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    low, high = TESTED_BOTOCORE
    assert f"botocore>={low},<{high}" in project["dependencies"]


def test_a_generated_package_refuses_to_import_with_another_botocore(tmp_path: Path) -> None:
    fake = tmp_path / "botocore"
    fake.mkdir()
    (fake / "__init__.py").write_text('__version__ = "1.29.0"\n')
    result = subprocess.run(
        [sys.executable, "-c", "import lightsail"],
        env={"PYTHONPATH": f"{tmp_path}:{GENERATED}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("ImportError: this client's runtime works with botocore >=")
    assert "botocore 1.29.0 is installed" in last_line


def test_every_generated_package_vendors_the_runtime_as_it_is() -> None:
    vendored = runtime_files()
    assert f"{RUNTIME_PACKAGE}/__init__.py" in vendored
    for path, text in vendored.items():
        assert (GENERATED / "lightsail" / path).read_text(encoding="utf-8") == text
    assert runtime.__version__ in vendored[f"{RUNTIME_PACKAGE}/__init__.py"]


def test_the_runtime_is_black_formatted_since_it_is_vendored_as_it_is() -> None:
    from black import format_str
    from black.mode import Mode, TargetVersion

    mode = Mode(target_versions={TargetVersion.PY311})
    unformatted = [p for p, text in runtime_files().items() if format_str(text, mode=mode) != text]
    assert unformatted == []
