"""A non-editable install works: the wheel carries the templates and generates from them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import GENERATED, LIGHTSAIL_MODEL, REPO, configured_templates


def clean_checkout(target: Path) -> Path:
    """The files git would put in a fresh clone (plus new, not ignored ones): no caches."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            check=True,
            capture_output=True,
            cwd=REPO,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def build_wheel(directory: Path, source: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(directory),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = directory.glob("botocore_codegen-*.whl")
    return wheel


def test_wheel_generates_the_same_package_from_its_own_templates(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist", clean_checkout(tmp_path / "checkout"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "generator/templates/client/{{ client.directory }}client.py.j2" in names
    assert "generator/runtime/client.py" in names
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]

    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    env = {"PYTHONPATH": str(installed)}
    found = subprocess.run(
        [sys.executable, "-c", "from generator.paths import builtin_templates as b; print(b())"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    ).stdout.strip()
    assert found == str(installed / "generator" / "templates")
    output = tmp_path / "out"
    # The templates pyproject.toml configures, as `make generate` uses them (the wheel's
    # generator runs outside the checkout, where it would not find pyproject.toml).
    templates = [f"--templates={directory}" for directory in configured_templates()]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--model",
            str(LIGHTSAIL_MODEL),
            "--output",
            str(output),
            *templates,
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        env=env,
    )
    produced = sorted(
        p.relative_to(output / "lightsail")
        for p in (output / "lightsail").rglob("*")
        if p.is_file()
    )
    expected = sorted(
        p.relative_to(GENERATED / "lightsail")
        for p in (GENERATED / "lightsail").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert produced == expected
    for relative in produced:
        assert (output / "lightsail" / relative).read_bytes() == (
            GENERATED / "lightsail" / relative
        ).read_bytes()
