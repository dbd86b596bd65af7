"""Shared fixtures: generated packages are built once per session and reused."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from generator.pipeline import Files, build_files, generate

REPO = Path(__file__).resolve().parent.parent
LIGHTSAIL_MODEL = REPO / "models" / "lightsail" / "2016-11-28"
KITCHEN_SINK_MODEL = Path(__file__).parent / "fixtures" / "kitchen_sink"
GENERATED = REPO / "generated"

sys.path.insert(0, str(Path(__file__).parent))  # tests/loopback.py and friends
sys.path.insert(0, str(GENERATED))  # the checked-in `lightsail` package


class PythonSnapshot(SingleFileSnapshotExtension):
    """Snapshots stored as real .py files, so they read as code in review."""

    _write_mode = WriteMode.TEXT
    file_extension = "py"


@pytest.fixture
def python_snapshot(snapshot):  # type: ignore[no-untyped-def]
    return snapshot.use_extension(PythonSnapshot)


@pytest.fixture(scope="session")
def lightsail_files() -> Files:
    """Lightsail's package as the generator produces it now, in memory."""
    return build_files(LIGHTSAIL_MODEL)


def configured_templates() -> list[Path]:
    """The template directories pyproject.toml lists (``[tool.botocore-codegen]``), which
    `make generate` and `make check` use besides the built-in ones."""
    from generator.cli import configured_templates as read

    return read(REPO / "pyproject.toml")


@pytest.fixture(scope="session")
def configured_lightsail_files(lightsail_files: Files) -> Files:
    """Lightsail's package as `make generate` writes it: with the configured templates."""
    templates = configured_templates()
    if not templates:
        return lightsail_files
    return build_files(LIGHTSAIL_MODEL, templates=templates)


@pytest.fixture(scope="session")
def kitchen_sink_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The kitchen-sink fixture model generated into a temporary directory on sys.path."""
    output = tmp_path_factory.mktemp("kitchen_sink")
    generate(KITCHEN_SINK_MODEL, output)
    sys.path.insert(0, str(output))
    yield output / "kitchen_sink"
    sys.path.remove(str(output))
