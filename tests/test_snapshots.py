"""Snapshots of emitted code, stored as .py files under tests/__snapshots__/.

They pin the output on purpose: when a template change alters them, review the diff and
update with `pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import Files


def snapshot_id(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


LIGHTSAIL_FILES = [
    "operations/register_container_image.py",
    "shapes/register_container_image_request.py",
    "shapes/register_container_image_result.py",
    "shapes/container_image.py",
    "errors.py",
]
"""client.py's register_container_image method is pinned by tests/test_docstrings.py; the
rest of generated/ by the freshness test (tests/test_generated_fresh.py)."""


@pytest.mark.parametrize("path", LIGHTSAIL_FILES, ids=snapshot_id)
def test_lightsail(path: str, lightsail_files: Files, python_snapshot) -> None:  # type: ignore[no-untyped-def]
    assert lightsail_files.files[path] == python_snapshot


def kitchen_sink_files() -> list[str]:
    """Every generated file of the fixture model except the verbatim runtime copy."""
    from conftest import KITCHEN_SINK_MODEL

    from generator.pipeline import build_files

    files = build_files(KITCHEN_SINK_MODEL).files
    return sorted(
        p for p in files if p.endswith((".py", ".pyi")) and not p.startswith("_runtime/")
    )


@pytest.mark.parametrize("path", kitchen_sink_files(), ids=snapshot_id)
def test_kitchen_sink(path: str, kitchen_sink_dir: Path, python_snapshot) -> None:  # type: ignore[no-untyped-def]
    assert (kitchen_sink_dir / path).read_text(encoding="utf-8") == python_snapshot
